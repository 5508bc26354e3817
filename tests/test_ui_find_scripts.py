"""Find finds words in every script the texts are written in.

Accents a reader leaves out are found ("decoration" finds "décoration"); to do so the
typed word was decomposed, and a Hangul syllable comes apart into its letters when
decomposed: in the Korean constitution "헌법" (constitution) found nothing, though
it stands in nearly every article; and a kana's voicing mark was taken for an accent
("が" found "か")."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.ui.compare.find import needle_pattern

KOREAN_OLD = "제1조\n대한민국은 민주공화국이다.\n\n제2조\n이 헌법은 공포한 날로부터 시행한다.\n"
KOREAN_NEW = "제1조\n대한민국은 민주공화국이다.\n\n제2조\n이 헌법은 공포한 날부터 시행한다.\n"


@pytest.mark.parametrize(
    ("typed", "text", "found"),
    [
        ("헌법", "이 헌법은 공포한", "헌법"),
        ("が", "かが", "が"),
        ("监察委员会", "国家监察委员会", "监察委员会"),
        ("decoration", "la décoration", "décoration"),
        ("Διαδικασια", "Η Διαδικασία", "Διαδικασία"),
        ("Ardahan", "Ardahân", "Ardahân"),
    ],
)
def test_a_word_is_found_as_written_and_without_its_accents(typed: str, text: str, found: str):
    pattern = needle_pattern(typed)
    assert pattern is not None
    match = pattern.search(text)
    assert match is not None and match.group() == found


def test_find_in_the_window_finds_a_korean_word(make_window, qtbot, tmp_path: Path) -> None:
    (tmp_path / "old.txt").write_text(KOREAN_OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(KOREAN_NEW, encoding="utf-8")
    window = make_window(tmp_path / "old.txt", tmp_path / "new.txt")
    bar = window.find_bar
    bar.open()
    bar.edit.setText("헌법")
    bar.search()
    qtbot.waitUntil(lambda: len(bar.matches) >= 2)  # once in each text
