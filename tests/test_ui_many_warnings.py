"""A text with thousands of repeated article numbers (a law pasted in many times) once
held the window still for half a minute while each warning was put in the message bar
one by one; the reader is now told of the repeats once."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.io.readers import read_document

pytestmark = pytest.mark.gui

ARTICLES = "".join(
    f"Articolul {n}\nAsociații hotărăsc asupra punctului {n} al ordinii de zi.\n\n"
    for n in range(1, 31)
)


def _pasted(tmp_path: Path, name: str, times: int, edit: str = "") -> Path:
    path = tmp_path / name
    path.write_text(ARTICLES * times + edit, encoding="utf-8")
    return path


def test_repeated_numbers_are_one_warning(tmp_path: Path) -> None:
    doc = read_document(_pasted(tmp_path, "lege.txt", 40))
    assert len(doc.segments) == 1200
    repeats = [w for w in doc.warnings if "repeat" in w]
    assert repeats == [
        "1170 headings repeat an earlier number (the first: Articolul 1); "
        "each repeat is labelled with #2, #3 and so on"
    ]


def test_a_few_repeats_are_still_named_one_by_one(tmp_path: Path) -> None:
    doc = read_document(_pasted(tmp_path, "lege.txt", 1, "Articolul 7\nDin nou.\n"))
    assert "Articolul 7 appears 2 times; the repeat is labelled 7#2" in doc.warnings


def test_the_window_tells_a_few_warnings_and_counts_the_rest(make_window, tmp_path) -> None:
    old = _pasted(tmp_path, "veche.txt", 40)
    new = _pasted(tmp_path, "noua.txt", 40, "Articolul 31\nArticol nou.\n")
    window = make_window(old, new)
    bar = window.message_bar
    shown = bar.texts() + [m.text for m in bar.waiting()]
    assert any("1170 headings repeat an earlier number" in t for t in shown)
    assert len(shown) <= 6
