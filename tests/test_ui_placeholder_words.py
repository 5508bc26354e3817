"""The band where an article is missing reads as a sentence in Russian and Turkish.

A text known by its file name is called "the older text" or "the newer text"; the
band put that name, as it stands, into «{0}»: "— отсутствует в «поздний текст» —"
(the case wrong), and Turkish "— yeni metin metninde olup olmadığı bilinmiyor —"
named the text twice. With such a name the band is one whole sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui
MEMO = "Memo\n\nArticle 1\nThe rent is 900 pounds a month.\n\nArticle 2\nRent is paid in advance.\n"
BAND = {
    "en": "— not in the newer text —",
    "ru": "— нет в позднем тексте —",
    "tr": "— yeni metinde yok —",
}


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_band_of_a_missing_article_reads_as_a_sentence(
    make_window, qapp, tmp_path: Path, lang
) -> None:
    old, new = tmp_path / "memo-2019.txt", tmp_path / "memo-2023.txt"
    old.write_text(MEMO + "\nArticle 3\nKeys are returned at the end.\n", encoding="utf-8")
    new.write_text(MEMO.replace("900", "950"), encoding="utf-8")
    assert i18n.install(qapp, lang) == lang
    try:
        window = make_window(old, new)
        texts = [p.text for p in window.view.new_pane.placeholders if p.pair is None]
        assert texts == [BAND[lang]]
    finally:
        i18n.install(qapp, "en")
