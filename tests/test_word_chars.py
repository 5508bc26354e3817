"""Words in every script. A text with no Chinese or Japanese character is split by
plain word patterns, cheaper to compile; they must find exactly what the patterns
for every script find, and a text with such characters must still get one word per
character."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyviewer.core import change_tokens, textdiff, word_chars
from treatyviewer.core.align_features import words_of
from treatyviewer.core.word_chars import WORDS, WordPattern, has_unspaced, unspaced_re

PATTERNS = {
    "words": WORDS,
    "diff tokens": textdiff._SPACED_TOKEN,
    "diff tokens with spaces": textdiff._ANY_TOKEN,
    "change tokens": change_tokens.TOKEN,
    "change words": change_tokens.WORD,
}

spaced_chars = st.characters(blacklist_categories=("Cs",)).filter(
    lambda ch: unspaced_re().match(ch) is None
)
spaced_text = st.text(
    alphabet=st.one_of(st.sampled_from("Kars’a don't 1920 Статья ğİı ς_-.\u00a0\n"), spaced_chars),
    max_size=120,
)


@pytest.mark.parametrize("name", PATTERNS)
@settings(max_examples=200, deadline=None)
@given(text=spaced_text)
def test_plain_patterns_find_what_the_patterns_for_every_script_find(name: str, text: str):
    pattern: WordPattern = PATTERNS[name]
    assert not has_unspaced(text)
    assert pattern.of(text) is pattern.plain()
    assert pattern.plain().findall(text) == pattern.full().findall(text)


def test_chinese_and_japanese_characters_are_words_of_their_own():
    text = "第六条 本条约自1921年起生效; Kars かな"
    assert has_unspaced(text)
    assert WORDS.of(text) is WORDS.full()
    assert words_of(text) == ["第", "六", "条", "本", "条", "约", "自", "1921", "年", "起", "生",
                              "效", "Kars", "か", "な"]  # fmt: skip
    assert textdiff.diff_words("本条约第六条生效", "本条约第七条生效").words() == (1, 1)


def test_texts_in_other_scripts_hold_no_unspaced_character():
    for text in ("Treaty of Kars", "Статья 4. Карс", "Kars’ın sınırı", "Ελλάδα", ""):
        assert not has_unspaced(text)


def test_the_korean_interpunct_stands_between_words() -> None:
    """Korean laws join listed nouns with the letter araea ("언론ㆍ출판ㆍ집회ㆍ결사":
    speech, press, assembly, association); read as a letter, the four were one word,
    and an article listing them shared no word with one listing them apart."""
    assert words_of("언론ㆍ출판ㆍ집회ㆍ결사의 자유") == ["언론", "출판", "집회", "결사의", "자유"]
    diff = textdiff.diff_words(
        "모든 국민은 언론ㆍ출판ㆍ집회ㆍ결사의 자유를 가진다.",
        "모든 국민은 언론ㆍ출판의 자유와 집회ㆍ결사의 자유를 가진다.",
    )
    changed = " ".join(c.old_text + " " + c.new_text for c in diff.changes)
    assert "언론" not in changed and "결사의" not in changed
    assert diff.words() == (1, 2)  # "출판" for "출판의 자유와"; the interpunct is no word


def test_the_korean_interpunct_is_punctuation_to_the_change_classes() -> None:
    assert change_tokens.is_punct("ㆍ")
    assert [t.text for t in change_tokens.tokens("집회ㆍ결사", 0, 5)] == ["집회", "ㆍ", "결사"]


figure_text = st.text(alphabet=st.sampled_from("0123456789٣.,/-' ’\u00a0\u202faZ_é"), max_size=60)


@pytest.mark.parametrize("form", ["plain", "full"])
@settings(max_examples=300, deadline=None)
@given(text=figure_text)
def test_the_figure_branches_guarded_by_a_digit_find_what_they_found_unguarded(
    form: str, text: str
):
    """Dates and grouped numbers are tried only where a digit opens a token (a look-ahead
    the regex engine checks once, instead of trying their five branches at every word);
    the tokens are those the plain alternation finds."""
    spaced = word_chars.SPACED_WORD if form == "full" else word_chars.PLAIN_SPACED_WORD
    unguarded = spaced.replace(word_chars._FIGURE_WORD, _FIGURES_UNGUARDED)
    assert unguarded != spaced
    for build in (lambda s: rf"\s*(?:{s}|[^\w\s])", lambda s: rf"{s}|\s+|[^\w\s]"):
        assert re.findall(build(spaced), text) == re.findall(build(unguarded), text)


_FIGURES_UNGUARDED = f"{word_chars.NUMERIC_DATE}|{word_chars.GROUPED_NUMBER}"


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_an_ascii_text_splits_through_its_bytes_as_through_the_str_table(text: str):
    """ASCII text is split through a bytes table: the words the str table gave."""
    assert word_chars._ASCII_GAP_BYTES[:128].decode("ascii") == "".join(
        word_chars._ASCII_GAPS.values()
    )
    assert word_chars.words_in(text) == text.translate(word_chars._ASCII_GAPS).split()
