"""The command-line JSON contract of design.md, and the CLI's exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from treatyviewer.cli import run

STATUS = {"unchanged", "modified", "split", "merged"}


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def pair_files(tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(
        "Treaty\n\nPreamble text.\n\nArticle 4\nRussia agrees to mediate over Kars.\n\n"
        "Article 9\nThis article goes away entirely with its own words.\n",
        encoding="utf-8",
    )
    new.write_text(
        "Treaty\n\nPreamble text.\n\nArticle V\nRussia agrees to mediate over Kars and Ardahan.\n\n"
        "Article XVII\nA brand new provision on prisoners of war.\n",
        encoding="utf-8",
    )
    return str(old), str(new)


def test_compare_json_follows_the_contract(capsys, pair_files):
    code, out, err = run_cli(capsys, "compare", *pair_files, "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["schema"] == "treatyviewer.comparison/2"
    for side in ("old", "new"):
        assert data[side]["title"]
        for seg in data[side]["segments"]:
            assert set(seg) >= {"label", "kind", "start", "end"}
    pair = next(p for p in data["pairs"] if p["old"] == ["4"])
    assert pair["new"] == ["V"]
    assert pair["status"] == "modified" and pair["renumbered"] is True and pair["moved"] is False
    assert 0 < pair["similarity"] < 1
    (change,) = pair["changes"]
    assert change["op"] == "insert" and change["new_text"] == "and Ardahan"
    with open(pair_files[1], encoding="utf-8") as fh:
        new_text = fh.read()
    seg = next(s for s in data["new"]["segments"] if s["label"] == "V")
    start, end = change["new"]
    assert new_text[seg["start"] + start : seg["start"] + end] == "and Ardahan"
    assert data["added"] == ["XVII"] and data["removed"] == ["9"]
    assert set(data["stats"]) >= {"unchanged", "modified", "split", "merged", "added", "removed",
                                  "moved", "renumbered"}  # fmt: skip
    assert all(p["status"] in STATUS for p in data["pairs"])


@pytest.mark.parametrize("flags", [("--format", "json"), ("--json",)])
def test_compare_bundled_pair_by_default(capsys, flags: tuple[str, ...]):
    code, out, _ = run_cli(capsys, "compare", *flags)
    assert code == 0
    data = json.loads(out)
    assert "1920" in data["old"]["title"] or "Draft" in data["old"]["title"]
    assert any(p["old"] == ["6"] and p["new"] == ["XIV"] for p in data["pairs"])


def test_compare_csv_and_text(capsys, pair_files):
    code, out, _ = run_cli(capsys, "compare", *pair_files, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert {r["status"] for r in rows} >= {"added", "removed"}
    code, out, _ = run_cli(capsys, "compare", *pair_files, "--format", "text")
    assert code == 0 and "renumbered" in out and "+ and Ardahan" in out


@pytest.mark.parametrize(
    "args",
    [
        ("compare", "only-one-file"),
        ("compare", "--format", "yaml"),
        ("frobnicate",),
    ],
)
def test_bad_usage_exits_2_with_one_line(capsys, args):
    code, _out, err = run_cli(capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_no_command_names_the_commands_instead_of_failing(capsys):
    code, out, err = run_cli(capsys)
    assert code == 2 and not out
    assert "internal error" not in err and len(err.strip().splitlines()) == 1
    assert all(name in err for name in ("compare", "export", "entities", "annotations"))


def test_unreadable_input_exits_2_naming_the_file(capsys, tmp_path):
    missing = tmp_path / "nowhere.txt"
    code, _, err = run_cli(capsys, "compare", str(missing), str(missing))
    assert code == 2
    assert "nowhere.txt" in err
    assert len(err.strip().splitlines()) == 1


def test_console_entry_point_runs_headless(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "compare", "draft-1920", "moscow-1921",
         "--format", "json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema"] == "treatyviewer.comparison/2"


def test_core_imports_no_qt():
    code = (
        "import sys, pkgutil, importlib, treatyviewer.core as c\n"
        "for m in pkgutil.iter_modules(c.__path__): importlib.import_module('treatyviewer.core.' + m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], timeout=60).returncode == 0


def test_export_with_a_project_uses_its_texts_and_corrections(capsys, tmp_path, pair_files):
    from treatyviewer.core.project import AlignmentEdits, DocumentRef, Link, Project, save_project

    project = tmp_path / "reading.tvproj"
    save_project(
        project,
        Project(
            documents={"old": DocumentRef(pair_files[0]), "new": DocumentRef(pair_files[1])},
            alignment=AlignmentEdits(links=(Link(("9",), ("XVII",)),)),
        ),
    )
    out = tmp_path / "report.json"
    code, _, err = run_cli(capsys, "export", "--project", str(project), "--json", str(out))
    assert code == 0, err
    data = json.loads(out.read_text(encoding="utf-8"))
    forced = next(p for p in data["pairs"] if p["old"] == ["9"])
    assert forced["new"] == ["XVII"] and forced["origin"] == "reader"


def test_help_lists_the_commands_and_a_mistyped_id_names_the_bundled_ones(capsys):
    from treatyviewer.app import main

    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for command in ("compare", "export", "entities", "annotations"):
        assert command in out
    # what a bare start does: the session open at the last close, else the bundled pair
    assert "reopens the saved reading session" in " ".join(out.split())
    code, _, err = run_cli(capsys, "compare", "moscow-1922", "draft-1920")
    assert code == 2 and "draft-1920, moscow-1921" in err


def test_text_and_csv_name_annexes_so_they_are_not_read_as_articles(capsys):
    code, out, _ = run_cli(capsys, "compare", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0
    assert {"Annex 1", "Annex 2"} <= {r["new"] for r in rows}
    assert {r["moved"] for r in rows} <= {"true", "false"}


def test_a_mistyped_command_is_named_as_such(capsys):
    from treatyviewer.app import main

    assert main(["frobnicate"]) == 2
    assert "unknown command 'frobnicate'" in capsys.readouterr().err


def test_annotations_of_a_session_whose_folder_moved(capsys, tmp_path, pair_files):
    """Texts are looked for beside the session file when their recorded paths are gone."""
    import shutil

    from treatyviewer.core.annotations import annotate_selection
    from treatyviewer.core.project import DocumentRef, Project, save_project
    from treatyviewer.io.readers import read_document

    first = tmp_path / "first"
    first.mkdir()
    old, new = (shutil.copy(p, first) for p in pair_files)
    doc = read_document(new)
    start = doc.text.index("mediate over Kars")
    note = annotate_selection(doc, start, start + len("mediate over Kars"), "Kars only")
    save_project(
        first / "s.tvproj",
        Project(documents={"old": DocumentRef(old), "new": DocumentRef(new)}, annotations=(note,)),
    )
    moved = shutil.move(str(first), str(tmp_path / "moved"))
    code, out, err = run_cli(
        capsys, "annotations", str(Path(moved) / "s.tvproj"), "--format", "json"
    )
    assert code == 0, err
    (item,) = json.loads(out)["items"]
    assert item["status"] == "anchored" and item["segment"] == "V"


def test_with_text_gives_the_string_every_offset_indexes(capsys, tmp_path):
    """Offsets index the text as read, not the file: a line's trailing spaces and a
    Markdown heading's marks are gone, so a script slicing the file landed a few
    characters off. ``--with-text`` hands over the string itself."""
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(
        "## Article 1   \nAlpha text here.  \n\n## Article 2\nBeta text.\n", encoding="utf-8"
    )
    new.write_text(
        "## Article 1\nAlpha text here.\n\n## Article 2\nBeta text changed.\n", encoding="utf-8"
    )
    code, out, err = run_cli(capsys, "compare", str(old), str(new), "--json", "--with-text")
    assert code == 0, err
    data = json.loads(out)
    for side in ("old", "new"):
        text = data[side]["text"]
        starts = [text[s["start"] : s["end"]].split("\n")[0] for s in data[side]["segments"]]
        assert starts == ["Article 1", "Article 2"]
    pair = next(p for p in data["pairs"] if p["old"] == ["2"])
    seg = next(s for s in data["new"]["segments"] if s["label"] == "2")
    change = pair["changes"][0]
    inserted = data["new"]["text"][
        seg["start"] + change["new"][0] : seg["start"] + change["new"][1]
    ]
    assert inserted.strip() == "changed"
    code, out, _ = run_cli(capsys, "compare", str(old), str(new), "--json")
    assert "text" not in json.loads(out)["old"]
