"""The other refusals and warnings of reading are shown in the interface's language too:
a Russian window said "… is 2 KB; the limit is 1 KB", "… is not text: it looks like a
RAR archive" and "1 byte at position 7 is not UTF-8 …" in English."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from treatyviewer.core.errors import InputError
from treatyviewer.io.limits import add_limit_args, limits_from_args
from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui

_LATIN = set("abcdefghijklmnopqrstuvwxyz")


def _russian(said: str, name: str) -> None:
    """Names the file, and says the rest in Russian: Cyrillic words, no English ones."""
    assert name in said, said
    rest = said.replace(name, "")
    assert any("а" <= ch <= "я" for ch in rest.lower()), said
    english = {"is", "not", "the", "limit", "looks", "like", "byte", "position", "archive"}
    words = {w.strip(".,;:()").lower() for w in rest.split()}
    assert not words & english, said


def _shown(window, qtbot, old: Path) -> str:  # type: ignore[no-untyped-def]
    """The message about ``old``: a refusal names it in its text; a reader's warning is
    tied to it by its tag ("The older text: …" on screen) and is given the file's name."""

    def about() -> list[str]:
        return [
            m.text if old.name in m.text else f"{old.name}: {m.text}"
            for m in window.message_bar.messages()
            if old.name in m.text or (m.tag.startswith("reader\n") and old.name in m.tag)
        ]

    window.open_pair(str(old), "moscow-1921")
    qtbot.waitUntil(lambda: not window.session.busy and bool(about()))
    return about()[-1]


def test_refusals_and_a_warning_are_russian_in_a_russian_window(
    make_window, qapp, qtbot, tmp_path: Path
) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Article 1\n\n" + "word " * 1000, encoding="utf-8")
    rar = tmp_path / "packed.txt"
    rar.write_bytes(b"Rar!\x1a\x07\x00" + b"\x00" * 64)
    stray = tmp_path / "stray.txt"
    stray.write_bytes(
        "Статья 1\n\nВысокие договаривающиеся стороны согласились о нижеследующем.\n".encode()
        + b"\xff"
        + "\n\nСтатья 2\n\nНастоящий договор вступает в силу.\n".encode()
    )
    parser = argparse.ArgumentParser()
    add_limit_args(parser)
    try:
        assert i18n.install(qapp, "ru") == "ru"
        window = make_window()
        window.session.limits = limits_from_args(parser.parse_args(["--max-size", "0.002"]))
        _russian(_shown(window, qtbot, big), "big.txt")
        _russian(_shown(window, qtbot, rar), "packed.txt")
        said = _shown(window, qtbot, stray)
        _russian(said, "stray.txt")
        assert "\ufffd" in said and "UTF-8" in said, said
    finally:
        i18n.install(qapp, "en")


def test_a_session_file_that_cannot_be_opened_is_told_in_russian(
    make_window, qapp, qtbot, tmp_path: Path
) -> None:
    """core's refusal ("… is not a valid project file: …") was shown in English."""
    broken = tmp_path / "broken.tvproj"
    broken.write_text(
        '{"schema": "treatyviewer.project/1", "version": 1, "annotations": {}}', encoding="utf-8"
    )
    newer = tmp_path / "newer.tvproj"
    newer.write_text('{"schema": "treatyviewer.project/9", "version": 9}', encoding="utf-8")
    garbled = tmp_path / "garbled.tvproj"
    garbled.write_text("{not json", encoding="utf-8")
    try:
        assert i18n.install(qapp, "ru") == "ru"
        window = make_window()
        for path in (broken, newer, garbled):
            assert not window.reading.controller.open(path)
            said = next(t for t in reversed(window.message_bar.texts()) if path.name in t)
            _russian(said, path.name)
    finally:
        i18n.install(qapp, "en")


def test_notes_that_cannot_be_imported_are_told_in_russian(qapp, tmp_path: Path) -> None:
    """The file's refusal and each bad note's reason were English in a Russian window."""
    from treatyviewer.ui.state.annotation_transfer import read_annotations

    notes = tmp_path / "notes.jsonld"
    notes.write_text(
        '{"type": "AnnotationCollection", "items": [{"type": "Annotation", "id": "n1"},'
        ' {"type": "Annotation", "id": "n2", "target": {"source": "x", "selector":'
        ' {"type": "TextPositionSelector", "start": 9, "end": 5}}}]}',
        encoding="utf-8",
    )
    garbled = tmp_path / "garbled.jsonld"
    garbled.write_text("{not json", encoding="utf-8")
    try:
        assert i18n.install(qapp, "ru") == "ru"
        found, problems = read_annotations(notes)
        assert not found and len(problems) == 2, problems
        for said in problems:
            _russian(said, "notes.jsonld")
        with pytest.raises(InputError) as refused:
            read_annotations(garbled)
        _russian(str(refused.value), "garbled.jsonld")
    finally:
        i18n.install(qapp, "en")


def test_a_long_pair_compared_apart_is_refused_in_russian(
    make_window, qapp, qtbot, tmp_path: Path
) -> None:
    """A long pair is read in a process of its own, which had no catalogue: a file over
    the size limit was refused in English there."""
    big = tmp_path / "long.txt"
    big.write_text("Article 1\n\n" + "word " * 2000, encoding="utf-8")
    parser = argparse.ArgumentParser()
    add_limit_args(parser)
    try:
        assert i18n.install(qapp, "ru") == "ru"
        window = make_window()
        window.session.apart_from = 0  # compared in a process of its own, as a long pair is
        window.session.limits = limits_from_args(parser.parse_args(["--max-size", "0.002"]))
        _russian(_shown(window, qtbot, big), "long.txt")
    finally:
        i18n.install(qapp, "en")


def test_a_long_pair_begun_at_launch_and_refused_is_compared_again(tmp_path: Path) -> None:
    """Begun before the window knows its language, the refusal would be English: the
    launch's process gives it up (None), and the window compares the pair itself."""
    import subprocess
    import sys

    big = tmp_path / "long.txt"
    big.write_text("Article 1\n\n" + "word " * 2000, encoding="utf-8")
    script = (
        "import sys\n"
        "from treatyviewer.io.limits import ReadLimits\n"
        "from treatyviewer.ui.state.apart import Apart\n"
        "from treatyviewer.ui.state.request import Request\n"
        "begun = Apart.begin(Request(sys.argv[1], 'moscow-1921', limits=ReadLimits(file_bytes=2000)))\n"
        "print('none' if begun is None or begun.take() is None else 'taken')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(big)], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip() == "none", done.stdout + done.stderr


def test_a_file_that_cannot_be_saved_is_told_in_russian(qapp, tmp_path: Path) -> None:
    """core's "… could not be saved: the folder does not exist; nothing was written"
    reached a Russian window in English (saving a session, exporting notes)."""
    from treatyviewer.core.atomic import atomic_write_text
    from treatyviewer.core.errors import SaveError
    from treatyviewer.ui.common.reader_warnings import translate_warning

    with pytest.raises(SaveError) as refused:
        atomic_write_text(tmp_path / "gone" / "kept.tvproj", "{}")
    try:
        assert i18n.install(qapp, "ru") == "ru"
        said = translate_warning(str(refused.value))
        _russian(said, "kept.tvproj")
        assert "папка не существует" in said and "ничего не записано" in said, said
    finally:
        i18n.install(qapp, "en")


def test_the_command_line_refuses_a_file_in_english_even_writing_a_russian_report(
    tmp_path: Path,
) -> None:
    """``export --lang ru`` writes the report's words in Russian; the texts it cannot
    read are still told in the command line's English."""
    import os
    import subprocess
    import sys

    rar = tmp_path / "packed.txt"
    rar.write_bytes(b"Rar!\x1a\x07\x00" + b"\x00" * 64)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "export", str(rar), "moscow-1921",
         "--pdf", str(tmp_path / "out.pdf"), "--lang", "ru"],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert done.returncode != 0
    assert "packed.txt is not text: it looks like a RAR archive" in done.stderr, done.stderr
