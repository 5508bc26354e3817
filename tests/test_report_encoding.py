"""A report says, in its account of each text, that the text's encoding was guessed,
as the window warns: a reader of the PDF alone has no other way to know."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.cli import run
from treatyviewer.io.export import use_language

pytestmark = pytest.mark.gui

OLD = (
    "Договор\n\nСтатья 1\nРоссийская Республика и Турция признают, что область Карс "
    "остаётся в пределах Турции.\n\nСтатья 2\nСтороны обязуются открыть пути сообщения.\n"
)
NEW = OLD.replace("открыть", "немедленно открыть")
SAID = {
    "en": "Encoding: Windows-1251, guessed",
    "ru": "Кодировка: Windows-1251, угадана",
    "tr": "Kodlama: Windows-1251, tahmin edildi",
}


def pdf_text(path: Path) -> str:
    text = " ".join(p.extract_text() or "" for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_reports_say_a_guessed_encoding_of_a_text(qapp, tmp_path, lang) -> None:
    old, new = tmp_path / "dogovor-1920.txt", tmp_path / "dogovor-1921.txt"
    old.write_bytes(OLD.encode("cp1251"))
    new.write_bytes(NEW.encode("utf-8"))  # read as UTF-8 with certainty: nothing to say
    pdf, html = tmp_path / "r.pdf", tmp_path / "r.html"
    try:
        args = ["export", str(old), str(new), "--pdf", str(pdf), "--html", str(html)]
        assert run([*args, "--lang", lang]) == 0
    finally:
        use_language("en")
    page = re.sub(r"<[^>]+>", "", html.read_text(encoding="utf-8"))
    for said in (pdf_text(pdf), " ".join(page.split())):
        assert said.count(SAID[lang]) == 1, said[:1500]


def test_a_text_read_in_a_chosen_encoding_says_nothing_of_it(qapp, tmp_path) -> None:
    old, new = tmp_path / "a.txt", tmp_path / "b.txt"
    old.write_bytes(OLD.encode("cp1251"))
    new.write_bytes(NEW.encode("cp1251"))
    html = tmp_path / "r.html"
    assert run(["export", str(old), str(new), "--encoding", "cp1251", "--html", str(html)]) == 0
    assert "guessed" not in html.read_text(encoding="utf-8")
