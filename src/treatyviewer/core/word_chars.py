"""What counts as one word when texts are split into words.

Scripts written without spaces between words (Chinese, Japanese) give no word
boundaries to find, so each of their characters stands as a word of its own: a
changed year inside a long Chinese clause is then two characters changed, not the
whole clause, and two versions of a clause share their characters and character
pairs. Every other script keeps its runs of word characters as words.

Patterns that single those scripts out cost milliseconds each to compile (Python's
regex compiler walks every one of their tens of thousands of characters), in every
process that uses them. Nearly every text has none of those characters, and for such
a text a plain word class finds the same words; so each pattern here is compiled in
its plain form for texts without them, and in its full form only once a text with
them turns up.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

UNSPACED = "\u3005\u3007\u3041-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Characters of scripts written without spaces: kana, CJK ideographs (with 々 and 〇)."""

APART = "\u318d"
"""Letters that stand between words: Korean laws join listed nouns with the old vowel
letter araea ("언론ㆍ출판ㆍ집회ㆍ결사", speech, press, assembly, association) as
other texts do with a middle dot; read as a letter, the four made one word, and an
article that listed three of them shared no word with one that listed four."""

WORD = rf"[^\W{UNSPACED}{APART}]+|[{UNSPACED}]"
"""One word: a run of word characters outside those scripts, or one character inside."""

GROUPED_NUMBER = r"\d{1,3}(?:[.,\u00a0\u202f]\d{3})+(?!\d)"
"""A number written in groups of thousands ("250.000", "1,500,000", "10 000" with a
no-break space): one word, so that "250.000 euros" → "300.000 euros" changes one figure,
not "250" → "300" beside an unchanged ".000"."""

NUMERIC_DATE = (
    r"(?:[0-3]?\d\.[01]?\d\.(?:1[5-9]|20)\d\d|[0-3]?\d/[01]?\d/(?:1[5-9]|20)\d\d"
    r"|(?:1[5-9]|20)\d\d-[01]\d-[0-3]\d)(?!\d)"
)
"""A date in figures ("6.12.2011", "06/12/2011", "2011-12-06"): one word, so that
"6.12.2011" → "4.5.2021" is one figure changed, not "6." kept beside "12.2011" struck."""

_FIGURE_WORD = rf"(?=\d)(?:{NUMERIC_DATE}|{GROUPED_NUMBER})"
"""A date or a grouped number; both open with a digit, and the look-ahead lets the
regex engine try neither of their five branches at a token that opens otherwise
(most tokens are words): a quarter of the time of splitting a text into tokens."""

SPACED_WORD = (
    rf"{_FIGURE_WORD}|[^\W{UNSPACED}{APART}]+(?:['’][^\W{UNSPACED}{APART}]+)*|[{UNSPACED}]"
)
"""One word, with an apostrophe inside a word kept in it (don't, l’article)."""

PLAIN_WORD = r"\w+"
PLAIN_SPACED_WORD = rf"{_FIGURE_WORD}|\w+(?:['’]\w+)*"
"""``WORD`` and ``SPACED_WORD`` in a text that holds no character of those scripts."""


@cache
def unspaced_re() -> re.Pattern[str]:
    """One character of the scripts written without spaces, or of ``APART``."""
    return re.compile(f"[{UNSPACED}{APART}]")


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces or one
    of ``APART`` (a text in ASCII holds none, and is not searched)."""
    return not text.isascii() and unspaced_re().search(text) is not None


class WordPattern:
    """A regular expression built on the word patterns, compiled on first use in
    the form a text needs: ``build(word, spaced_word)`` gives its source."""

    def __init__(self, build: Callable[[str, str], str], flags: int = 0) -> None:
        self.build = build
        self.flags = flags

    @cache  # noqa: B019 (patterns live as long as the program)
    def plain(self) -> re.Pattern[str]:
        """The form for texts with no character of the unspaced scripts."""
        return re.compile(self.build(PLAIN_WORD, PLAIN_SPACED_WORD), self.flags)

    @cache  # noqa: B019
    def full(self) -> re.Pattern[str]:
        """The form for every text."""
        return re.compile(self.build(WORD, SPACED_WORD), self.flags)

    def of(self, text: str) -> re.Pattern[str]:
        """The pattern to search ``text`` with: both forms find the same in it."""
        return self.full() if has_unspaced(text) else self.plain()


WORDS = WordPattern(lambda word, _: word)
"""One word (``WORD``)."""


def words_in(text: str) -> list[str]:
    """The words (``WORDS``) of a text. Plain ASCII text is split without the regex
    engine, which finds the same words sooner (twice as fast on an article)."""
    if text.isascii():  # bytes map through a plain table: sooner than a str's translate
        return text.encode("ascii").translate(_ASCII_GAP_BYTES).decode("ascii").split()
    return WORDS.of(text).findall(text)


# Every ASCII character is in the table (word characters map to themselves): a
# character ``translate`` does not find there costs it an exception.
_ASCII_GAPS = {c: chr(c) if WORDS.plain().fullmatch(chr(c)) else " " for c in range(128)}
_ASCII_GAP_BYTES = "".join(_ASCII_GAPS.values()).encode("ascii").ljust(256, b" ")
"""The same table for the bytes of an ASCII text (the upper half never read)."""


UNSPACED_MOST = 0.5
"""Share of a text's letters in scripts written without spaces from which its words are
counted as characters (Chinese, Japanese; a text in another script citing a few names
in them is not)."""
_SAMPLE = 20_000


def written_without_spaces(text: str) -> bool:
    """Whether most letters of ``text`` (a sample of its start) are of scripts written
    without spaces, whose "words" are their characters."""
    sample = text[:_SAMPLE]
    if not has_unspaced(sample):
        return False
    letters = sum(1 for c in sample if c.isalpha())
    return letters > 0 and len(unspaced_re().findall(sample)) > UNSPACED_MOST * letters


HANGUL_FIRST, HANGUL_LAST = "\uac00", "\ud7a3"
"""The Hangul syllables (Korean spaces its words: not among ``UNSPACED``)."""
_HANGUL_RE = re.compile(f"[{HANGUL_FIRST}-{HANGUL_LAST}]")
_KANA_RE = re.compile("[\u3041-\u30ff]")


def script_language(text: str) -> str:
    """The language a text's script names, where the script tells it and a renderer
    needs it (Han characters are drawn apart in Chinese, Japanese and Korean): "ko",
    "ja", "zh", or "" for any other text."""
    sample = text[:_SAMPLE]
    if _HANGUL_RE.search(sample):
        return "ko"
    if _KANA_RE.search(sample):
        return "ja"
    return "zh" if written_without_spaces(sample) else ""
