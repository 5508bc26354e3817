"""The reports' own words in the reader's language: ``export --lang`` on the command
line, and the window's language in File → Export. The texts compared stay as they are."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui

# The summary's heading, the legend's, the concordance's, a column head, a badge, the
# title page's caption and a page footer.
WORDS = {
    "en": ("Summary", "Legend", "Word changes by class", "Similarity", "MODIFIED",
           "OLDER TEXT", "page 1 of"),
    "ru": ("Сводка", "Условные обозначения", "Изменения слов по классам", "Сходство",
           "ИЗМЕНЕНА", "РАННИЙ ТЕКСТ", "стр. 1 из"),
    "tr": ("Özet", "Açıklama", "Sınıflarına göre sözcük değişiklikleri", "Benzerlik",
           "DEĞİŞTİRİLDİ", "ESKİ METİN", "sayfa 1 /"),
}  # fmt: skip
# How the bundled draft's metadata says an article is known, beside its heading.
PROVENANCE = {
    "ru": "реконструкция, уверенность: вероятно",
    "tr": "yeniden oluşturulmuş, güven: olası",
}
# How the report names the bundled pair's articles: a pair's heading, the concordance's
# unnumbered parts ("preamble" in the window's table), and the running head of a page a
# pair runs on to. None of these is in the texts themselves (neither text writes
# "Art." nor "Preamble → Preamble"), so a hit is the report's own word.
NAMES = {
    "en": ("Preamble → Preamble", "Closing → Closing", "Art. 3 → Art. IX",
           "preamble preamble", "closing closing", "(continued)"),
    "ru": ("Преамбула → Преамбула", "Заключительная часть → Заключительная часть",
           "Ст. 3 → Ст. IX", "преамбула преамбула",
           "заключительная часть заключительная часть", "(продолжение)"),
    "tr": ("Giriş → Giriş", "Kapanış → Kapanış", "Md. 3 → Md. IX", "giriş giriş",
           "kapanış kapanış", "(devam)"),
}  # fmt: skip
# The map page: its title, the legend's markers, the frontier's line with how sure we
# are of it, how the line was drawn, the places numbered on the map, the base map.
MAP = {
    "en": ("Map of the places the texts name", "named in both texts",
           "only in the older text", "Frontier of Art. I — confidence: medium",
           "Drawn by us", "Numbered on the map:", "Base map:"),
    "ru": ("Карта мест, названных в текстах", "названо в обоих текстах",
           "только в раннем тексте", "Граница по ст. I — уверенность: средняя",
           "Проведена нами", "Номера на карте:", "Основа карты:"),
    "tr": ("Metinlerin andığı yerlerin haritası", "iki metinde de geçen",
           "yalnızca eski metinde", "I. madde sınırı — güven: orta",
           "tarafımızdan çizilmiştir", "Haritada numaralı:", "Altlık harita:"),
}  # fmt: skip
# The kind of an index entry, after the entity's name (the names are the gazetteer's).
KINDS = {
    "en": ("Georgy Chicherin person", "Kars town", "Araxes river", "Armenia state",
           "National Pact concept"),
    "ru": ("Georgy Chicherin лицо", "Kars город", "Araxes река", "Armenia государство",
           "National Pact понятие"),
    "tr": ("Georgy Chicherin kişi", "Kars şehir", "Araxes nehir", "Armenia devlet",
           "National Pact kavram"),
}  # fmt: skip
OUTLINE = {
    "en": "Summary and concordance",
    "ru": "Сводка и таблица соответствия",
    "tr": "Özet ve madde karşılıkları",
}


def pdf_text(path: Path) -> str:
    """Every page's text, its words separated by single spaces (pypdf gives tabs), its
    ligatures ("ﬂ") as letters."""
    pages = (page.extract_text() for page in PdfReader(path).pages)
    return unicodedata.normalize("NFKC", " ".join(" ".join(text.split()) for text in pages))


def last_page_text(path: Path) -> str:
    """The map page's text (the map comes last), as ``pdf_text`` gives it."""
    text = PdfReader(path).pages[-1].extract_text()
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def assert_names_of_its_own(pdf: Path, lang: str) -> None:
    """The report's names of articles, its index's kinds and its map page in ``lang``,
    and none of them in English."""
    text, last = pdf_text(pdf), last_page_text(pdf)
    for word in NAMES[lang] + KINDS[lang]:
        assert word in text, word
    for word in NAMES["en"] + KINDS["en"]:
        assert word not in text, word
    assert "Art. " not in text  # neither text says it: a report's name of an article
    for word in MAP[lang]:
        assert word in last, word
    for word in MAP["en"]:
        assert word not in last, word
    assert "Frontier of" not in last and "confidence" not in last


def export(tmp_path: Path, *lang: str) -> tuple[Path, Path]:
    pdf, html = tmp_path / "out.pdf", tmp_path / "out.html"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "export", "draft-1920", "moscow-1921",
         "--pdf", str(pdf), "--html", str(html), *lang],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return pdf, html


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_export_lang_writes_the_reports_own_words_in_that_language(
    tmp_path: Path, lang: str
) -> None:
    pdf, html = export(tmp_path, "--lang", lang)
    text = pdf_text(pdf)
    for word in WORDS[lang]:
        assert word in text, word
    for word in WORDS["en"]:
        assert word not in text, word
    assert PROVENANCE[lang] in text and "reconstructed, confidence" not in text
    assert "Treaty of Moscow" in text  # the texts stay as they are
    assert "(none)" not in text  # the concordance's cell of an article with no counterpart
    assert_names_of_its_own(pdf, lang)
    outline = [item.title for item in PdfReader(pdf).outline if hasattr(item, "title")]
    assert OUTLINE[lang] in outline and OUTLINE["en"] not in outline
    page = html.read_text(encoding="utf-8")
    assert f'<html lang="{lang}">' in page
    assert f"<h2>{WORDS[lang][0]}</h2>" in page and "<h2>Summary</h2>" not in page
    assert f"<h2>{MAP[lang][0]}</h2>" in page and MAP["en"][0] not in page
    assert NAMES[lang][0] in page and NAMES["en"][0] not in page


def test_export_without_lang_stays_english(tmp_path: Path) -> None:
    pdf, html = export(tmp_path)
    text = pdf_text(pdf)
    for word in WORDS["en"] + NAMES["en"] + KINDS["en"]:
        assert word in text, word
    for word in MAP["en"]:
        assert word in last_page_text(pdf), word
    assert "Сводка" not in text and "Özet" not in text
    assert '<html lang="en">' in html.read_text(encoding="utf-8")


def test_export_help_names_lang() -> None:
    from treatyviewer.cli import build_parser

    sub = build_parser()._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    assert "--lang" in sub.format_help()


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_pdf_from_the_window_speaks_its_language(
    make_window, qapp, qtbot, tmp_path: Path, lang: str
) -> None:
    from treatyviewer.ui.dialogs.export_dialog import ExportOptions

    assert i18n.install(qapp, lang) == lang
    try:
        window = make_window()
        path = tmp_path / "window.pdf"
        with qtbot.waitSignal(window.exports.done, timeout=60000) as blocker:
            assert window.exports.start("pdf", path, ExportOptions())
        assert blocker.args == [str(path), True]
    finally:
        i18n.install(qapp, "en")
    text = pdf_text(path)
    for word in WORDS[lang]:
        assert word in text, word
    assert WORDS["en"][0] not in text and "page 1 of" not in text
    assert_names_of_its_own(path, lang)


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_map_command_speaks_its_language_from_the_reports_words(tmp_path: Path, lang: str) -> None:
    """The map command's --lang reads the same words as the reports (one catalogue)."""
    from treatyviewer.cli import run
    from treatyviewer.io.report_words import report_language

    out = tmp_path / "map.svg"
    assert run(["map", "--svg", str(out), "--lang", lang]) == 0
    svg = out.read_text(encoding="utf-8")
    for word in MAP[lang][1:3] + MAP[lang][-1:]:
        assert word.rstrip(":") in svg, word
    assert "named in both texts" not in svg and "Base map" not in svg
    assert report_language() == "en"  # the command leaves English behind it
