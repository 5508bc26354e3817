"""Change classes on the command line and in the reports: --only, tags, counts, legend."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import pytest
from pypdf import PdfReader

from class_pairs import SAMPLE_NEW, SAMPLE_OLD
from treatyviewer.cli import run
from treatyviewer.core.change_classes import CLASSES
from treatyviewer.io.csv_export import CHANGE_FIELDS
from treatyviewer.io.export import use_language

OLD, NEW = SAMPLE_OLD, SAMPLE_NEW


@pytest.fixture
def pair(tmp_path):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return str(old), str(new)


def compare_json(capsys, *args: str) -> dict:
    code = run(["compare", *args, "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return json.loads(out.out)


def classes_in(data: dict) -> list[str]:
    return sorted(c["class"] for p in data["pairs"] for c in p["changes"])


def test_only_substance_keeps_wording_and_figures_and_counts_what_it_left_out(capsys, pair):
    full = compare_json(capsys, *pair)
    assert classes_in(full) == sorted(
        ["name-variant", "figure", "punctuation", "case", "spelling", "wording"]
    )
    only = compare_json(capsys, *pair, "--only", "substance")
    assert classes_in(only) == ["figure", "wording"]
    assert only["shown_classes"] == ["wording", "figure"]
    hidden = only["stats"]["hidden_classes"]
    assert hidden == {"name-variant": 1, "spelling": 1, "case": 1, "punctuation": 1,
                      "whitespace": 0, "reference": 0, "numbering": 0}  # fmt: skip
    assert classes_in(compare_json(capsys, *pair, "--only", "case,spelling")) == [
        "case",
        "spelling",
    ]


def test_only_with_an_unknown_class_is_a_usage_error(capsys, pair):
    code = run(["compare", *pair, "--only", "substance,colour"])
    err = capsys.readouterr().err
    assert code == 2 and "colour" in err and "substance" in err and len(err.splitlines()) == 1


def test_text_output_names_the_class_of_every_change(capsys, pair):
    assert run(["compare", *pair]) == 0
    out = capsys.readouterr().out
    lines = [line.split() for line in out.splitlines()]
    assert ["name-variant", "-", "Batum"] in lines and ["figure", "-", "three"] in lines
    assert "changes: 1 wording, 1 figure, 1 name-variant, 1 spelling, 1 case, 1 punctuation" in out


def test_csv_exports_carry_the_classes(tmp_path, pair):
    changes, conc = tmp_path / "changes.csv", tmp_path / "conc.csv"
    assert run(["export", *pair, "--changes-csv", str(changes), "--csv", str(conc)]) == 0
    rows = list(csv.DictReader(io.StringIO(changes.read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == CHANGE_FIELDS
    assert {(r["old_text"], r["class"]) for r in rows} >= {("Batum", "name-variant"),
                                                          ("three", "figure")}  # fmt: skip
    conc_rows = csv.DictReader(io.StringIO(conc.read_text(encoding="utf-8-sig")))
    first = next(r for r in conc_rows if r["new"] == "1")
    assert {c: first[c] for c in CLASSES} == {
        "wording": "0", "figure": "1", "name-variant": "1", "spelling": "1", "case": "1",
        "punctuation": "1", "whitespace": "0", "reference": "0", "numbering": "0",
    }  # fmt: skip


def test_html_tags_form_changes_and_prints_the_counts(tmp_path, pair):
    out = tmp_path / "r.html"
    assert run(["export", *pair, "--html", str(out)]) == 0
    raw = out.read_text(encoding="utf-8")
    assert "figures\u00a01" in raw  # a count never wraps away from its class
    html = unicodedata.normalize("NFKC", raw)
    # The classes are named in the window's words, not by the identifiers of the JSON
    assert 'class="replace-new form" title="name variants">Batumi</ins>' in html
    assert '<sup class="tag" title="name variants">name</sup>' in html
    assert "Substance: wording 1, figures 1. Form: name variants 1, spelling 1, case 1" in html
    assert "name-variant" not in html
    filtered = tmp_path / "s.html"
    assert run(["export", *pair, "--html", str(filtered), "--only", "substance"]) == 0
    text = unicodedata.normalize("NFKC", filtered.read_text(encoding="utf-8"))
    assert 'title="name variants">Batumi' not in text and "port of Batumi" in text
    assert "Only changes of wording, figures are shown; left out: name variants 1" in text
    assert "Form: name variants 1, spelling 1, case 1" in text


@pytest.mark.gui
def test_pdf_summary_lists_changes_per_class_and_the_legend_explains_tags(qapp, tmp_path, pair):
    out = tmp_path / "r.pdf"
    assert run(["export", *pair, "--pdf", str(out), "--only", "substance"]) == 0
    pages = PdfReader(out).pages
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() or "" for p in pages))
    text = " ".join(text.split())
    assert "Word changes by class" in text
    assert "Substance: wording 1, figures 1" in text
    # The counts are the texts' own, and the line under them says which were left out
    # ("Form: 0 case" above "left out: 1 case" read as a contradiction).
    assert "Form: name variants 1, spelling 1, case 1, punctuation 1" in text
    assert "left out: name variants 1, spelling 1, case 1, punctuation 1" in text
    assert "no tag = wording" in text
    assert "name-variant" not in text


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("ru", ("По существу: формулировки: 1, числа: 1", "Форма: варианты названий: 1")),
        ("tr", ("Öz: ifade: 1, sayılar: 1", "Biçim: ad biçimleri: 1")),
    ],
)
def test_reports_name_the_classes_as_the_window_does_in_each_language(
    qapp, tmp_path, pair, lang, counts
):
    """The counts say "числа", "sayılar" as the window's Show menu and status bar do."""
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    try:
        assert run(["export", *pair, "--pdf", str(pdf), "--html", str(html), "--lang", lang]) == 0
    finally:
        use_language("en")  # the reports' words stay English for the tests after this one
    text = unicodedata.normalize(
        "NFKC", " ".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    )
    page = unicodedata.normalize("NFKC", html.read_text(encoding="utf-8"))
    for words in (" ".join(text.split()), page):
        assert all(count in words for count in counts)
        assert "name-variant" not in words and "figure," not in words


@pytest.mark.gui
def test_pdf_class_tags_and_note_marks_are_printed_large_enough_to_read(qapp, tmp_path):
    """Qt's superscript shrinks its font again: the tag "figure" after a changed date
    was printed at 4 pt and a note's mark "[1]" at 5 pt, specks on a printed page."""
    out = tmp_path / "bundled.pdf"
    assert run(["export", "--pdf", str(out)]) == 0
    sizes: dict[str, list[float]] = {"tag": [], "mark": []}

    def visit(text, cm, tm, font, size):
        word = unicodedata.normalize("NFKC", text).strip("\u2009 \t")
        kind = (
            "tag" if word in CLASSES else "mark" if word[:1] == "[" and word[1:-1].isdigit() else ""
        )
        if kind:
            sizes[kind].append(size * cm[0] * abs(tm[0]))

    for page in PdfReader(out).pages:
        page.extract_text(visitor_text=visit)
    assert sizes["tag"] and sizes["mark"]
    assert min(sizes["tag"]) >= 6.5, sizes["tag"]
    assert min(sizes["mark"]) >= 6.0, sizes["mark"]
