"""Numbering marks at the start of a line: "1.", "3.1", "(a)", "ii)", "§ 4", "Part II".

This module only says what each mark *could* be; ``structure`` decides by
evidence (a sequence that counts up, a consistent place in the hierarchy) which
of them really number the text and which are prose that happens to start with a
number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from . import turkish_divisions
from .cancel import StopCheck, check
from .headings import (
    ANNEX_WORDS,
    ARABIC_BIS,
    ARTICLE_WORDS,
    CJK_ANNEX_WORD,
    CJK_ANNEX_WORDS,
    DIVISION_AFTER_WORD,
    DIVISION_RANKS,
    LATIN_SUFFIXES,
    NOTE,
    POINT_WORDS,
    SWISS_DIVISION,
    UNIT_WORDS,
    alternation,
    division_rank,
)
from .numerals import (
    CJK_DIGITS,
    FRENCH_ORDINALS,
    GERMAN_ORDINAL_STEMS,
    NUMBER_WORD_PATTERN,
    designator_value,
    fold,
    roman_value,
)
from .sentence_ends import ASIDE_RE

# Ranks order the styles from the widest level down; equal indentation breaks ties.
RANK_DIVISION = 1.0
RANK_SECTION_WORD = 2.0
RANK_ARTICLE_WORD = 2.5
RANK_ANNEX = 2.6
RANK_ROMAN = 3.0
RANK_LETTER_HEADING = 3.05
RANK_NUMBER = 3.1
RANK_POINT_WORD = 3.4
RANK_NUMBER_PAREN = 3.5
RANK_NUMBER_ROUND = 3.6
RANK_LETTER = 3.8
RANK_SMALL_ROMAN = 3.9

_SUPERSCRIPT = "[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2}"
"""A number set as a superscript after another: a unit or division put in after it
("§ 3¹", Estonian "2¹. jagu")."""
# "12 bis", "12-ter", "12a", "102A", "2а": a unit inserted after another ("§§ 50 bis 52"
# is a German range, 50 to 52).
_SUFFIX = (
    rf"(?:\s?-?(?:{'|'.join(LATIN_SUFFIXES)})\b(?![ \t]+\d)|\s?{ARABIC_BIS}|(?:(?!st|nd|rd|th)[a-z]{{2}}|[a-zA-Zа-я])(?![\w])"
    # German "§ 17 a)" as some laws print "§ 17a"; Norwegian "§ 14 a." over its title
    r"|[ \t][a-z](?=\)|\.|[ \t]*$)"
    rf"|{_SUPERSCRIPT}|\^\d{{1,2}}(?!\d))?"  # Estonian "§ 3¹", "§ 3^1"
)
_WORDS = alternation(
    list(ARTICLE_WORDS) + list(ANNEX_WORDS) + list(UNIT_WORDS) + list(DIVISION_RANKS)
    + list(POINT_WORDS)
)  # fmt: skip
_WORD_RE = re.compile(
    rf"(?P<word>(?i:{_WORDS}))(?![^\W\d_])\.?[ \t\u00a0]*(?:(?i:no\.?|№|nr\.?)\s*)?"
    # Norwegian and Danish laws number sections within chapters: "§ 1-1", "§ 2-3".
    rf"(?P<num>\d{{1,5}}(?:\.\d{{1,3}})*(?:-\d{{1,3}}(?![\d\-]))?(?:\.?[ºª°]|(?<=1)(?:er|re|ère)\b|{_SUFFIX})|I(?:er|re)\b|[IVXLCDM]{{1,8}}\b|[A-ZА-Я](?:\.\d{{1,3}})*\b"
    rf"|(?i:{NUMBER_WORD_PATTERN})\b)(?P<punct>[ \t]*[.:)\-–—]+)?[ \t]*(?P<rest>.*)"
)
# "4.1.ENTREE EN VIGUEUR": the space after the stop lost here too.
_DOTTED_RE = re.compile(
    r"(?P<num>\d{1,3}(?:\.\d{1,3})+)(?P<punct>\.?)"
    r"(?:(?=[ \t])|(?<=\.)(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁё]))[ \t]*(?P<rest>.*)"
)
# "1.Definitions": text taken from a PDF often loses the space after the stop.
_NUMBER_RE = re.compile(
    r"(?P<num>\d{1,5})(?P<suffix>(?:[A-Z]{1,2}|[a-z])(?=\.(?:[ \t]|$)))?(?P<punct>[.)])(?:(?=[ \t]|$)|(?<=\.)(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zß-ÿа-яё]))"
    r"[ \t]*(?P<rest>.*)"
)
# "1- PURPOSE.", "2 – Scope": a number and a dash before a title in capitals, as French
# and Italian charters head their sections (read as "1.", the same run).
_DASHED_NUMBER_RE = re.compile(
    r"(?P<num>\d{1,3})(?P<punct>[ \t]?[-–—])[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])(?P<rest>.*)"
)
# "2 . . . . . . .": a section of a British Act repealed, its number kept over dots.
_OMITTED_RE = re.compile(
    r"(?P<num>\d{1,4})(?P<suffix>[A-Z]{1,2})?(?P<punct>)[ \t]+(?P<rest>(?:\.[ \t]*){3,})$"
)
# "1 Duty to restore fisheries": a number and a title with no stop between them, as
# the sections of an Act of Parliament are headed; only a heading line of its own.
_TITLED_NUMBER_RE = re.compile(
    r"(?P<num>\d{1,4})(?P<suffix>[A-Z]{1,2})?(?P<punct>)[ \t]+(?=[A-ZÀ-ÖØ-ÞА-ЯЁ])(?P<rest>.*)"
)
_PAREN_RE = re.compile(
    r"\((?P<num>\d{1,3}|[a-zа-я]{1,2}|[ivxlc]{1,6}|[A-Z])\)(?P<punct>)(?=[ \t])[ \t]*(?P<rest>.*)"
)
PAREN_MAX = 999
"""The highest "(N)" read alone; a higher one ("(1000)") only goes on a run ("(998)",
"(999)"): alone, "(2010)" opening a paragraph is a year, not an item."""
_LONG_PAREN_RE = re.compile(r"\((?P<num>\d{4,5})\)(?=[ \t])[ \t]*(?P<rest>.*)")
_HALF_RE = re.compile(r"(?P<num>[a-zа-я]|[ivxlc]{2,6})(?P<punct>\))(?=[ \t])[ \t]*(?P<rest>.*)")
_ROMAN_RE = re.compile(r"(?P<num>[IVXLC]{1,6})(?P<punct>\.)(?=[ \t]|$)[ \t]*(?P<rest>.*)")
# "A. Definitions": a capital letter heading a titled section of its own line, as the
# sections of terms of service, contracts and policies are lettered.
_LETTER_HEADING_RE = re.compile(r"(?P<num>[A-Z])(?P<punct>\.)[ \t]+(?P<rest>[A-Z].*)")
# "第二章　管理", "제3장 보칙": the divisions of a Chinese, Japanese or Korean law,
# numbered between 第/제 and the character that names the division.
_CJK_DIVISION_RE = re.compile(
    rf"(?:第[ \t]*(?P<num>\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})[ \t]*(?P<word>[编編章节節款])"
    r"|제[ \t]*(?P<knum>\d{1,4})[ \t]*(?P<kword>[편장절관])"
    # An annex or schedule: "附件一：服务水平", "附表2", "別表第一", "별표 1".
    rf"|(?P<aword>{CJK_ANNEX_WORD})[ \t]*第?[ \t]*(?P<anum>\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})"
    r"(?=[：:\s]|$)"  # (a title or nothing after it: "別表第一に定める…" cites it)
    r")(?P<punct>[：:]?)[ \t\u3000]*(?P<rest>.*)"
)
_CJK_DIVISIONS = {
    "编": "part", "編": "part", "편": "part", "章": "chapter", "장": "chapter",
    "节": "section", "節": "section", "절": "section", "款": "subsection", "관": "subsection",
}  # fmt: skip
_CJK_RANKS = {"part": 1, "chapter": 3, "section": 4, "subsection": 4.5}
# "I. FEJEZET", "2 kap. Tillstånd": a division numbered before its word.
_DIVISION_AFTER_RE = re.compile(
    rf"(?P<num>[IVXLC]{{1,6}}|\d{{1,3}}(?:{_SUPERSCRIPT})?)\.?[ \t]+(?P<word>{DIVISION_AFTER_WORD})(?![^\W\d_])"
    r"(?P<punct>)[ \t]*(?P<rest>.*)"
)
_SWISS_DIVISION_RE = re.compile(rf"{SWISS_DIVISION}[ \t]*(?P<rest>.*)")
# "Erster Titel - Gerichtsbarkeit", "ZWEITES BUCH": a German division numbered by an
# ordinal before its word.
_GERMAN_ORDINAL = rf"(?i:{alternation(list(GERMAN_ORDINAL_STEMS))})(?i:e[rsn]?)"
_GERMAN_WORD = r"(?i:buch|teil|titel|abschnitt|unterabschnitt|kapitel)"
_GERMAN_DIVISION_RE = re.compile(
    rf"(?P<num>{_GERMAN_ORDINAL})[ \t]+(?P<word>{_GERMAN_WORD})(?![^\W\d_])"
    r"(?P<punct>[ \t]*[.:\-–—]*)[ \t]*(?P<rest>.*)"
)
_GERMAN_ORDINAL_FIRSTS = frozenset(s[0].upper() for s in GERMAN_ORDINAL_STEMS)
# "Deuxième partie : La propriété industrielle", "PREMIER LIVRE": a French division
# numbered by an ordinal before its word, as codes number their widest parts.
_FRENCH_WORDS = ("partie", "livre", "titre", "sous-titre", "chapitre", "sous-section")
_FRENCH_ORDINAL = rf"(?i:{alternation(list(FRENCH_ORDINALS))})"
_FRENCH_DIVISION_RE = re.compile(
    rf"(?P<num>{_FRENCH_ORDINAL})[ \t]+(?P<word>(?i:{alternation(_FRENCH_WORDS)}))(?![^\W\d_])"
    r"(?P<punct>[ \t]*[.:\-–—]*)[ \t]*(?P<rest>.*)"
)
_FRENCH_ORDINAL_FIRSTS = frozenset(s[0].upper() for s in FRENCH_ORDINALS)
ORDINAL_DIVISION = (
    rf"(?:{_FRENCH_ORDINAL}[ \t]+(?i:{alternation(_FRENCH_WORDS)})"
    rf"|{_GERMAN_ORDINAL}[ \t]+{_GERMAN_WORD})(?![^\W\d_])"
)
"""A division numbered by an ordinal before its word, French or German ("Deuxième
partie", "Zweites Buch"), as a pattern without groups."""
_ROMAN_LETTERS = frozenset("IVXLCDM")
_DIGITS_RE = re.compile(r"\d+")
# A box drawn with asterisks around a passage ("*  6. Disclaimer  *").
_BOX_RE = re.compile(r"^\*[ \t]+(.*?)[ \t]*\*?$")
# A heading set in Markdown ("## 3. Term", "**Section 4.**").
_MARKDOWN_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|\*\*(?=\S))(.*?)(?:\*\*)?[ \t]*$")
# A table of contents entry: its title runs into dot leaders and a page number
# ("1.  Introduction . . . . . . 4", "Article 5 .......... 12").
LEADERS_RE = re.compile(
    r"(?:\.[ \t]?){3,}[ \t]*\d{1,4}[ \t]*$|…[ \t]*\d{1,4}[ \t]*$"
    # a long title leaves room for two dots only ("… Characters in Encoded Data ..4")
    r"|[^\W\d_][ \t]?\.\.[ \t]?\d{1,4}[ \t]*$"
    # a contents set in two columns runs on into the other column's entry
    r"|(?:\.[ \t]){4,}[ \t]*\d{1,4}[ \t]+\S"
)
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
_ANNEX_SET = frozenset(w.casefold() for w in ANNEX_WORDS)
_POINT_SET = frozenset(w.casefold() for w in POINT_WORDS)


@dataclass(frozen=True, slots=True)
class Marker:
    """One numbering mark and where it stands.

    ``style`` groups marks that belong to one sequence ("num.1", "(a)",
    "word:section"); ``values`` holds the numbers of the mark (several for
    "3.1.2"); ``alt`` is a second reading of an ambiguous mark ("(i)" is the
    ninth letter or roman one).
    """

    start: int
    body_start: int
    line_end: int
    indent: int
    style: str
    rank: float
    values: tuple[int, ...]
    label: str
    term: str
    title: str
    para_start: bool
    alt: tuple[str, float, int] | None = None
    lead_in: bool = False
    """The line above ends in a colon ("This Charter provides that:"): likelier the
    first item of a list than a unit."""
    mid_sentence: bool = False
    """The line above is wrapped prose cut after a lower-case word ("…in the cases
    listed in the said" over "Article 3."): the mark goes on its sentence."""
    after_title: bool = False
    """The paragraph above is a title line alone ("Guidelines", between blank lines):
    a list numbered from 1 again under it is a second run of units, not points."""
    over_clauses: bool = False
    """The next line is its first clause ("3. Copying, modification and …" over
    "3.1 The Licensee…"): a heading, however long its title."""
    item_below: bool = False
    """A number alone on its line whose text, on the next line, goes on in lower case
    ("2." over "that the Covered Software was made available…"): an item of a list."""
    over_body: bool = False
    """Its line (or two) is a paragraph of its own, ending no clause, and the next
    paragraph is prose under it, not another mark ("1. transport: Protocol 2 MAC
    algorithm", a blank line, "This is a new transport-layer MAC method…"): a heading,
    though its title opens in lower case, where a list's items follow one another."""

    @property
    def value(self) -> int:
        return self.values[-1]

    @property
    def standalone(self) -> bool:
        """A heading line of its own: nothing after it, or a short title."""
        title = self.title
        if self.style.startswith("div:"):  # "Chapitre 2. - Recours…. <inséré par L …>"
            title = without_note(title)
            if (title[:1] in "-–—" and len(title) <= 80) or _stopped_title(title):
                return True
        longest = DIVISION_TITLE_MAX if self.style.startswith("div:") else TITLE_MAX
        return not title or (
            (len(title) <= longest or self.over_clauses)
            and not title.rstrip("*†‡ ").endswith((".", ";", ","))
        )  # a sentence keeps its stop before a footnote mark ("…not allowed.*")


TITLE_MAX = 80
"""Longest title after a unit's mark that leaves it a heading line of its own."""


def _heads_its_line(m: Marker) -> bool:
    """Whether the line under ``m`` may open a paragraph because ``m`` heads its line:
    a unit's word ("§ 13", "Article 5") may carry a title as long as a division's, as
    German laws print a § over one line of 150 characters ("§ 13 Dokumentation,
    Rückverfolgung, Verordnungsermächtigung zur Meldung …"); its paragraphs "(1)", "(2)"
    under it had been read as words of that title's sentence."""
    if m.standalone:
        return True
    title = m.title.rstrip("*†‡ ")
    return (
        m.style.startswith("word:")
        and len(title) <= DIVISION_TITLE_MAX
        and not title.endswith((".", ";", ","))
    )


DIVISION_TITLE_MAX = 160
"""The same after a division's word, which may name a long matter ("1. jagu Vältimatu
abi ja ravikindlustusega hõlmamata isikule … osutatavad tervishoiuteenused")."""


_NOTED_RE = re.compile(f"{NOTE}$")
STOPPED_TITLE_MAX = 60
"""Longest division title read as a heading though it ends in a full stop."""


def _stopped_title(title: str) -> bool:
    """A division's short title set with a full stop ("Sección 1 – Definiciones.",
    "Abschnitt 2 – Geltungsbereich."): a capital, one phrase, one stop at its end.
    "Part 2 applies to …" starts in lower case; a sentence runs on past a comma."""
    body = title[:-1]
    return (
        len(title) <= STOPPED_TITLE_MAX
        and title.endswith(".")
        and title[:1].isupper()
        and not any(mark in body for mark in ".,;:!?")
    )


def without_note(title: str) -> str:
    """A heading's title without the note of where it came from (``_NOTED_RE``)."""
    return _NOTED_RE.sub("", title)


def designator_value_of(num: str) -> int | None:
    """The number a heading word's designator counts by ("Ier" 1, "IV" 4, "C" 100 as
    a roman number, "B" 2 as a letter), or None."""
    value = 1 if num in ("Ier", "Ire") else designator_value(num)  # "Chapitre Ier"
    if value is None and len(num) == 1 and num.isalpha():
        value = _letter_value(num)
    return value


def _letter_value(text: str) -> int:
    ch = text[0].lower()
    if ch in _CYRILLIC:
        return _CYRILLIC.index(ch) + 1
    return ord(ch) - ord("a") + 1


def _term(word: str) -> str:
    low = word.casefold()
    if low in ("sec.", "section"):
        return "Section"
    if low.startswith("§"):
        return "§"
    return word[:1].upper() + word[1:].lower()


_SPACED_LETTER_RE = re.compile(r"(?<=\d)[ \t](?=[a-z]$)")


_CHAPTER_SECTION_RE = re.compile(r"\d{1,3}-\d{1,2}")


def _word_marker(m: re.Match[str]) -> tuple[str, float, tuple[int, ...], str, str] | None:
    word, num = m.group("word"), _SPACED_LETTER_RE.sub("", m.group("num").strip())
    low = word.casefold()
    if num.isdecimal():  # "12", as most are: the one run of digits ``_DIGITS_RE`` finds
        values: tuple[int, ...] = (int(num),)
    elif _CHAPTER_SECTION_RE.fullmatch(num):
        # "§ 2-3", section 3 of chapter 2: counted as 203, so that "§ 2-1" opens the
        # next hundred after "§ 1-9" as "Sec. 201" does after "Sec. 109" in a bill.
        chapter, section = map(int, num.split("-"))
        values = (chapter * 100 + section,)
    else:
        # "3^1" is 3 with an inserted 1 (as "3¹"), not 3.1
        values = tuple(map(int, _DIGITS_RE.findall(num.split("^")[0]))) if num[:1].isdigit() else ()
    if num[1:2] == "." and num[:1].isalpha():  # "Appendix A.1": the first part of A
        values = (_letter_value(num), *(int(x) for x in num[2:].split(".")))
    if not values:
        value = designator_value_of(num)
        if value is None:
            return None
        values = (value,)
    rank = division_rank(low)
    if rank is not None:
        return f"div:{low}", RANK_DIVISION + rank / 10, values, _term(word), num
    if low in _ANNEX_SET:
        return "annex", RANK_ANNEX, values, _term(word), num
    if low in _POINT_SET:
        return "word:point", RANK_POINT_WORD, values, _term(word), num
    if low in ("section", "sec.", "§", "§§"):
        return "word:section", RANK_SECTION_WORD, values, _term(word), num
    return "word:article", RANK_ARTICLE_WORD, values, _term(word), num


_SENTENCE_MARKS_RE = re.compile(r"[。，、；]")
_CJK_FIRSTS = frozenset("第제" + "".join(word[0] for word in CJK_ANNEX_WORDS))
"""First characters of the lines ``_cjk_division`` reads (divisions and annexes)."""


def _cjk_division(content: str) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of "第二章　管理" or "제3장 보칙" (an article, "第三条", is read
    by the segmenter; here it is no mark)."""
    m = _CJK_DIVISION_RE.match(content)
    if m is None:
        return None
    num = m["num"] or m["knum"] or m["anum"]
    value = int(num) if num.isdecimal() else designator_value(num)
    if value is None:
        return None
    if m["aword"]:  # (named as printed, its colon left out: "附件一")
        if _SENTENCE_MARKS_RE.search(m["rest"]):
            return None  # "附件一：本合同的组成部分。": a sentence about it
        label = " ".join(content[: m.end("anum")].split())
        return "annex", RANK_ANNEX, (value,), "", label, m.start("rest"), m["rest"]
    kind = _CJK_DIVISIONS[m["word"] or m["kword"]]
    style = f"div:{kind}"
    rank = RANK_DIVISION + _CJK_RANKS[kind] / 10
    # Named as printed ("第一章", "제1장"): no term before it.
    label = " ".join(content[: m.end("punct")].split())
    return style, rank, (value,), "", label, m.start("rest"), m["rest"]


def _german_division(m: re.Match[str]) -> tuple[str, float, tuple[int, ...], str, str, int, str]:
    """``read_marker`` of "Erster Titel", "Zweites Buch"."""
    return _ordinal_division(
        m, GERMAN_ORDINAL_STEMS[m["num"].casefold().rstrip("nrs").removesuffix("e")]
    )


def _ordinal_division(
    m: re.Match[str], value: int
) -> tuple[str, float, tuple[int, ...], str, str, int, str]:
    """``read_marker`` of a division numbered by an ordinal before its word ("Zweites
    Buch", "Deuxième partie"), ``value`` the ordinal's number."""
    num, word = m["num"], m["word"]
    rank = division_rank(word)
    assert rank is not None  # every word the pattern takes is a division's
    style = f"div:{word.casefold()}"
    label = f"{num} {word}"  # named as printed, as "第一章" is: no term before it
    return style, RANK_DIVISION + rank / 10, (value,), "", label, m.start("rest"), m["rest"]


def _turkish_division(
    m: re.Match[str],
) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of "BİRİNCİ BÖLÜM", "Yirmi Birinci Bölüm"."""
    value = turkish_divisions.ordinal_value(m["num"])
    rank = turkish_divisions.division_rank(m["word"])
    if value is None or rank is None:
        return None
    num, word = " ".join(m["num"].split()), m["word"]
    style = f"div:{fold(word)}"
    label = f"{num} {word}"  # named as printed, as "Erster Titel" is
    return style, RANK_DIVISION + rank / 10, (value,), "", label, m.start("rest"), m["rest"]


def _division_after(
    m: re.Match[str],
) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    num, word = m["num"], m["word"]
    digits = _DIGITS_RE.match(num)  # "2¹": the second division put in after 2
    value = int(digits[0]) if digits else roman_value(num)
    rank = division_rank(word)
    if value is None or rank is None:
        return None
    low = word.casefold()
    return (
        f"div:{low}",
        RANK_DIVISION + rank / 10,
        (value,),
        _term(word),
        num,
        m.start("rest"),
        m["rest"],
    )


def read_marker(content: str) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """(style, rank, values, term, label, body offset, rest) of a line's opening mark."""
    # Each pattern is tried only where its first character may stand (most lines
    # are prose, and open with none of them but the words').
    first = content[:1]
    if first.isdigit() or first in "IVXLC":
        m = _DIVISION_AFTER_RE.match(content) or _SWISS_DIVISION_RE.match(content)
        if m is not None:
            return _division_after(m)
    if first.isdigit():  # a superset of what ``\d`` matches; no word opens with one
        return _numbered(content)
    if first in _CJK_FIRSTS:
        return _cjk_division(content)
    if first in _GERMAN_ORDINAL_FIRSTS:
        m = _GERMAN_DIVISION_RE.match(content)
        if m is not None:
            return _german_division(m)
    if first in turkish_divisions.FIRST_LETTERS:
        m = turkish_divisions.DIVISION_RE.match(content)
        if m is not None:
            return _turkish_division(m)
    if first in _FRENCH_ORDINAL_FIRSTS:
        m = _FRENCH_DIVISION_RE.match(content)
        if m is not None:
            return _ordinal_division(m, FRENCH_ORDINALS[fold(m["num"])])
    m = _WORD_RE.match(content) if first != "(" else None
    if m:
        found = _word_marker(m)
        if found is not None:
            style, rank, values, term, label = found
            return style, rank, values, term, label, m.start("rest"), m.group("rest")
    if first == "(" or first.islower():
        return _lettered(content)
    heading = _letter_heading(content) if content[1:2] == "." else None
    if heading is not None and first not in _ROMAN_LETTERS:
        return heading
    if first and first in "IVXLC":
        return _roman(content)
    return heading


def _letter_heading(content: str) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of a titled heading line lettered "A.", "B." (a sentence that
    opens with an initial, "A. Smith signed.", is no heading)."""
    m = _LETTER_HEADING_RE.match(content)
    if m is None or not _heading_title(m.group("rest")):
        return None
    num = m.group("num")
    value = _letter_value(num)
    rest = m.group("rest")
    return LETTER_HEADING, RANK_LETTER_HEADING, (value,), LETTER_TERM, num, m.start("rest"), rest


LETTER_TERM = "Section"
"""What "A. Definitions" heads: a lettered section."""
LETTER_HEADING = "Letter."
"""The style of "A. Definitions"; "C." or "I." may equally be a roman number: the
marker then keeps the letter as its second reading (``Marker.alt``)."""


def _numbered(content: str) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of a line that opens with a digit ("3.1", "4.", "2)")."""
    m = _DOTTED_RE.match(content)
    if m:
        values = tuple(int(x) for x in m.group("num").split("."))
        style = f"num.{len(values)}"
        rank = RANK_NUMBER + 0.05 * (len(values) - 1)
        return style, rank, values, "§", m.group("num"), m.start("rest"), m.group("rest")
    m = _NUMBER_RE.match(content)
    if m:
        style = "num.1" if m.group("punct") == "." else "num)"
        rank = RANK_NUMBER if style == "num.1" else RANK_NUMBER_PAREN
        value = int(m.group("num"))
        return style, rank, (value,), "§", _inserted(m), m.start("rest"), m.group("rest")
    m = _DASHED_NUMBER_RE.match(content)
    if m:
        value = int(m.group("num"))
        return "num.1", RANK_NUMBER, (value,), "§", m.group("num"), m.start("rest"), m.group("rest")
    m = _TITLED_NUMBER_RE.match(content) or _OMITTED_RE.match(content)
    if m and (_heading_title(m.group("rest")) or m.re is _OMITTED_RE):
        value = int(m.group("num"))
        rest = m.group("rest")
        # "10 LUTTE CONTRE LA FRAUDE" among "9. SECURITE", "11. …": a title in capitals
        # that lost its stop is of the same run (an Act's "1 Duty to …" is in words).
        style = "num.1" if m.re is _TITLED_NUMBER_RE and rest.isupper() else "num title"
        return style, RANK_NUMBER, (value,), "§", _inserted(m), m.start("rest"), rest
    return None


def _inserted(m: re.Match[str]) -> str:
    """The label of a bare number, with the letter of a unit inserted after it ("2A." in
    an Indian Act, "2A Fixed penalty notices" in a British one): the value stays 2."""
    return m.group("num") + (m.group("suffix") or "")


def _heading_title(rest: str) -> bool:
    """A short title of its own line ("Short title and commencement"), not a sentence
    that opens with a figure ("3 Members shall be appointed.")."""
    rest = rest.strip()
    return 0 < len(rest) <= 80 and not rest.endswith((".", ";", ",", ":"))


def _lettered(content: str) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of a line that opens with "(" or a small letter ("(a)", "ii)")."""
    for regex, wrap in ((_PAREN_RE, "()"), (_HALF_RE, ")")):
        m = regex.match(content)
        if m:
            num = m.group("num")
            if num.isdecimal():
                return (
                    "(num)",
                    RANK_NUMBER_ROUND,
                    (int(num),),
                    "",
                    num,
                    m.start("rest"),
                    m.group("rest"),
                )
            roman = roman_value(num) if num.islower() else None
            if roman is not None and (len(num) > 1 or num in "ivx"):
                style = f"{wrap}roman"
                return style, RANK_SMALL_ROMAN, (roman,), "", num, m.start("rest"), m.group("rest")
            if len(num) == 1:
                style = f"{wrap}{'Letter' if num.isupper() else 'letter'}"
                value = _letter_value(num)
                return style, RANK_LETTER, (value,), "", num, m.start("rest"), m.group("rest")
            return None
    return None


def _paren_run_on(
    content: str, last: int
) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of "(1000)" right after "(999)": a run of bracketed numbers that
    goes past three digits (a long generated or consolidated list)."""
    m = _LONG_PAREN_RE.match(content)
    if m is None or int(m["num"]) != last + 1:
        return None
    num = m["num"]
    return "(num)", RANK_NUMBER_ROUND, (int(num),), "", num, m.start("rest"), m["rest"]


def _roman(content: str) -> tuple[str, float, tuple[int, ...], str, str, int, str] | None:
    """``read_marker`` of a line that opens with a capital roman numeral ("IV.")."""
    m = _ROMAN_RE.match(content)
    if m:
        roman_number = roman_value(m.group("num"))
        if roman_number is not None:
            return (
                "roman.",
                RANK_ROMAN,
                (roman_number,),
                "",
                m.group("num"),
                m.start("rest"),
                m.group("rest"),
            )
    return None


LINES_PER_CHECK = 4096
"""Lines read between two progress reports: a few milliseconds."""


def _first_clause_under(markers: list[Marker], values: tuple[int, ...], pos: int) -> bool:
    """Whether a mark ``values`` at ``pos`` is the first clause ("3.1") on the line
    right under its parent's mark ("3.")."""
    if len(values) < 2 or values[-1] not in (0, 1) or not markers:
        return False
    above = markers[-1]
    return above.line_end == pos - 1 and above.values == values[:-1]


def find_markers(
    text: str, start: int = 0, end: int | None = None, should_stop: StopCheck | None = None
) -> list[Marker]:
    """Every line in ``text[start:end]`` that opens with a numbering mark.

    ``para_start`` says whether the line may open a paragraph: after a blank
    line, after a line that ends a sentence or clause, or at ``start``.
    ``should_stop`` hears how far it is, by characters (``core.cancel``).
    """
    end = len(text) if end is None else end
    markers: list[Marker] = []
    pos = start
    prev_blank = True
    prev_heading = False
    prev_line = ""
    prev_title = False
    prev_opened = True
    title_alone = False  # the last paragraph was one title line (no mark)
    bare_at = -1  # where the last line began, if it was a number alone
    last_paren = -1  # the value of the last "(N)", which a "(1000)" must go on from
    lines = 0
    while pos < end:
        lines += 1
        if should_stop is not None and lines % LINES_PER_CHECK == 0:
            check(should_stop, pos - start, end - start)
        nl = text.find("\n", pos, end)
        if nl == pos:  # an empty line, as every other line of most texts
            prev_blank = True
            pos += 1
            continue
        line_end = end if nl < 0 else nl
        line = text[pos:line_end]
        offset = 0
        stripped = line.lstrip(" \t")
        lead = len(line) - len(stripped)
        box = markdown = None
        if stripped[:1] in ("*", "#"):  # a boxed passage or a Markdown heading
            box = _BOX_RE.match(line)
            if box is None:
                box = markdown = _MARKDOWN_RE.match(line)
        if box is not None:
            offset = box.start(1)
            line = box.group(1)
            stripped = line.lstrip(" \t")
        indent = offset + len(line) - len(stripped)
        # A Markdown heading starts at its marks ("## 3. Term"), so they go with it.
        mark_at = pos + (lead if markdown is not None else indent)
        if not stripped:
            prev_blank = True
        else:
            ended = prev_line.rstrip()
            opens = (
                prev_blank
                or prev_heading
                or prev_title
                or ended.endswith((":", ";", ".", "—", "。", "：", "；"))
            )
            found = read_marker(stripped)
            shift = 0  # a joiner before the mark ("and 4. To afford…") stays with the point above
            if found is None and prev_blank and ended.endswith(";"):
                found, shift = _joined_item(stripped, markers)
            if found is not None and LEADERS_RE.search(found[6]):
                found = None  # an entry of the table of contents, not the heading
            if found is None and last_paren >= PAREN_MAX and stripped[:1] == "(":
                found = _paren_run_on(stripped, last_paren)
            bare_above = bool(markers) and markers[-1].start == bare_at
            if found is None and bare_above and stripped[0].islower():
                markers[-1] = replace(markers[-1], item_below=True)
            if found is not None:
                style, rank, values, term, label, body, rest = found
                if _first_clause_under(markers, values, pos):
                    markers[-1] = replace(markers[-1], over_clauses=True)
                    opens = opens or markers[-1].standalone
                para = (
                    opens
                    or stripped[0] in "第제"  # "第二章", "제2장" never go on a sentence
                    or _JOINED_RE.search(ended) is not None  # "(a) …; and" / "(b) …"
                    or _next_item(markers, pos, (style, values, rest), ended, prev_opened, indent)
                )
                alt = None
                if style.endswith("roman") and label in ("i", "v", "x"):
                    wrap = style[: -len("roman")]
                    alt = (f"{wrap}letter", RANK_LETTER, _letter_value(label))
                elif style == "roman." and len(label) == 1 and _letter_heading(stripped):
                    alt = (LETTER_HEADING, RANK_LETTER_HEADING, _letter_value(label))
                markers.append(
                    Marker(
                        start=mark_at + shift,
                        body_start=pos + indent + shift + body,
                        line_end=line_end,
                        indent=indent,
                        style=style,
                        rank=rank,
                        values=values,
                        label=label,
                        term=term,
                        title=rest.strip(),
                        para_start=para,
                        alt=alt,
                        lead_in=ended.endswith((":", "：")),
                        mid_sentence=not para and cut_prose(ended, prev_opened),
                        after_title=prev_blank and title_alone,
                    )
                )
            if found is not None and found[0] == "(num)":
                last_paren = found[2][0]
            bare_at = mark_at if found is not None and not found[6].strip() else -1
            prev_heading = (
                bool(markers)
                and markers[-1].start == mark_at
                and _heads_its_line(markers[-1])
                and not runs_on(markers[-1].title)
            )
            # a title alone, or the one-line lead-in under it ("Sample Licence" /
            # "Your use is subject to the following terms:")
            title_alone = (
                prev_blank
                and found is None
                and (heading_alone(stripped) or (title_alone and stripped.endswith(":")))
            )
            prev_blank = False
            prev_line = stripped
            prev_opened = opens
            prev_title = opens and title_line(stripped)  # only a line that opens a paragraph
        pos = line_end + 1
    return _without_contents(
        text,
        _without_bare_contents(
            text,
            _without_paged_contents(
                text, _without_listed_contents(text, _over_body(text, markers))
            ),
        ),
    )


BODY_TITLE_LINES = 2
"""Most lines of a title paragraph over a body (a long title wraps once)."""


def _over_body(text: str, markers: list[Marker]) -> list[Marker]:
    """``markers`` with ``over_body`` set where it holds; a few lines read per mark."""
    out = []
    for m in markers:
        ends = m.title.rstrip().endswith((".", ";", ",", ":", "：", "；", "。"))
        if m.title and not ends and _heads_a_body(text, m.start):
            m = replace(m, over_body=True)
        out.append(m)
    return out


def _heads_a_body(text: str, start: int) -> bool:
    """Whether the paragraph opening at ``start`` is at most ``BODY_TITLE_LINES``
    short lines, and the paragraph after it opens with no mark."""
    pos = start
    for _ in range(BODY_TITLE_LINES):
        nl = text.find("\n", pos)
        if nl < 0 or nl - pos > HEADING_ALONE:
            return False
        pos = nl + 1
        after = _line_at(text, pos)
        if after.strip():
            continue  # the title goes on (or the paragraph is longer: no title)
        while pos < len(text) and not after.strip():  # the blank lines under it
            pos += len(after) + 1
            after = _line_at(text, pos)
        below = after.lstrip(" \t")
        return bool(below) and below[0] not in "#*" and read_marker(below) is None
    return False


def _line_at(text: str, pos: int) -> str:
    nl = text.find("\n", pos)
    return text[pos : len(text) if nl < 0 else nl]


def _next_item(
    markers: list[Marker],
    pos: int,
    mark: tuple[str, tuple[int, ...], str],
    ended: str,
    opened: bool,
    indent: int = 0,
) -> bool:
    """Whether a numbered line (``mark``: its style, numbers and the words after them) is
    the next point of the list the line above opened, though that point ends with no
    stop ("2. … e.g., `fix(parser):`" over "3. A description MUST …", "8.2 … suitably
    qualified and experienced" over "8.3 The Supplier shall …"): a sentence wrapped
    after a word goes on in lower case ("… under clause" / "8.3 of the Agreement").
    A short point set in from the margin as the one above is one of a list too
    ("\t1.\td'un exemplaire du Contrat," over "\t2.\td'un avertissement…"): a line
    wrapped to a width goes on at the margin or under the point's words, not under its
    number."""
    style, values, rest = mark
    if not markers or not values:
        return False
    above = markers[-1]
    return (
        above.line_end == pos - 1
        and (above.line_end - above.start > UNWRAPPED or 0 < indent == above.indent)
        and above.style == style
        and above.values[:-1] == values[:-1]
        and above.values[-1:] == (values[-1] - 1,)
        and (not cut_prose(ended, opened) or rest.lstrip()[:1].isupper())
    )


UNWRAPPED = 90
"""Characters from which a point written on one line was not wrapped (texts wrapped to
a width wrap at 60 to 80): the numbered line under it opens the next point ("…bis zum"
over "3. Werktag …" in a text wrapped at 70 is one point, a German ordinal wrapped)."""


def runs_on(title: str) -> bool:
    """A numbered line that is a sentence cut by wrapping, not a heading: many words,
    ending in a short lower-case one ("(1) Die Bundesanstalt überwacht die Einhaltung
    nach" over "Artikel 5 Absatz 1 der Verordnung …"), as no heading ends. A word in
    brackets after it is still the sentence's ("… from section 6 to (new)" over
    "Appendix A.")."""
    words = title.split()
    if words and ASIDE_RE.fullmatch(words[-1]):
        words.pop()
    last = words[-1] if words else ""
    return len(words) >= RUNS_ON_WORDS and last.isalpha() and last.islower() and len(last) <= 4


RUNS_ON_WORDS = 6
"""Fewest words of a numbered line read as a sentence cut by wrapping."""


WRAPPED_PROSE = 60
"""Characters from which a line cut after a lower-case word reads as wrapped prose
even when it opened its paragraph (a title line above a heading is shorter)."""


def cut_prose(line: str, opened: bool) -> bool:
    """Whether ``line`` is running prose cut mid-sentence: it ends in a lower-case
    word, and goes on a paragraph (or is too long for a title)."""
    return line[-1:].islower() and (not opened or len(line) >= WRAPPED_PROSE)


_JOINER_RE = re.compile(
    r"(?:and|or|et|ou|und|oder|y|en|и|или|ve|veya|oraz|lub)[ \t]+(?=\d)", re.IGNORECASE
)
"""The joiner of a list's last point set before its number ("and 4. To afford…"), as a
transcription moves the "; and" that ends the point above onto the next line."""


def _joined_item(
    line: str, markers: list[Marker]
) -> tuple[tuple[str, float, tuple[int, ...], str, str, int, str] | None, int]:
    """``read_marker`` of a paragraph that opens with a joiner and then the next number
    of the points above ("3. To achieve…;" then "and 4. To afford…"), and where its
    number begins in it; (None, 0) unless the number is the one after the last mark."""
    joiner = _JOINER_RE.match(line)
    if joiner is None or not markers:
        return None, 0
    found = read_marker(line[joiner.end() :])
    last = markers[-1]
    if found is None or found[0] != "num.1" or last.style != "num.1":
        return None, 0
    if found[2] != (last.values[0] + 1,):
        return None, 0
    return found, joiner.end()


_JOINED_RE = re.compile(
    r"[;,][ \t]*(?:and|or|and/or|et|ou|und|oder|y|o|e|ed|en|of|и|или|ve|veya|oraz|lub)[ \t]*$",
    re.IGNORECASE,
)
"""A line that ends a point and joins the next to it ("…; and"): the next opens one."""
TITLE_LINE = 60
"""Longest heading line with no stop ("License Terms", "Version 1.0"), in characters."""


HEADING_ALONE = 100
"""Longest line read as a heading of its own between blank lines."""


def heading_alone(line: str) -> bool:
    """A line that may head what follows when it stands alone between blank lines: it
    opens with a capital and ends no clause ("Guidelines", "Directrices de software libre
    de Debian (DFSG)", in sentence case as many languages write headings)."""
    line = line.strip()
    return 0 < len(line) <= HEADING_ALONE and line[0].isupper() and line[-1] not in ".,;:-–—("


def title_line(line: str) -> bool:
    """A short line in title case or capitals that ends no clause: a heading ("General
    Terms", "Version 1.0", "Source Code License."). Short words ("of", "this") may
    stay in lower case. After one that opens a paragraph (the lines of a wrapped
    sentence never do), a numbered line opens one too."""
    line = line.strip()
    if not line or len(line) > TITLE_LINE or line[-1] in ",;:-–—(" or not line[0].isupper():
        return False
    return all(w[0].isupper() for w in line.split() if w[:1].isalpha() and len(w) > 4)


CONTENTS_ENTRY = 100
"""Longest line of a table of contents entry, in characters."""


BARE_CONTENTS_LEAST = 5
"""Entries a table of contents of bare numbers must hold to be read as one."""
_GROUP_TITLE_RE = re.compile(r"[^\n.;:!?]{1,60}")
"""A line between two entries of a contents that titles the entries after it."""


def _upward_runs(
    text: str,
    markers: list[Marker],
    between: Callable[[str], bool],
    opens: Callable[[Marker], bool] = lambda _m: True,
) -> Iterator[range]:
    """Each run of marks of one style numbered upwards, every mark after the first a
    short entry (``CONTENTS_ENTRY``) with only what ``between`` allows between it and
    the one before; a mark that ``opens`` refuses stands alone. The runs cover every
    mark, in order: the entries of a table of contents are such a run."""
    k = 0
    while k < len(markers):
        end = k + 1
        while (
            end < len(markers)
            and opens(markers[k])
            and markers[end].style == markers[k].style
            and markers[end].values > markers[end - 1].values
            and markers[end].line_end - markers[end].start <= CONTENTS_ENTRY
            and between(text[markers[end - 1].line_end : markers[end].start])
        ):
            end += 1
        yield range(k, end)
        k = end


def _without(markers: list[Marker], drop: set[int]) -> list[Marker]:
    return [m for n, m in enumerate(markers) if n not in drop] if drop else markers


def _without_bare_contents(text: str, markers: list[Marker]) -> list[Marker]:
    """The marks less a table of contents of bare numbers whose links are gone, as a
    web page's terms list their sections ("1. Our Mission." / "2. Searching and
    Booking." / "**Host Terms**" / "5. Hosting…"): five or more short entries numbered
    upwards from 1, with no text between them but blank lines and group titles, most
    of whose numbers head a unit again after them. Read as units, they had made the
    sections the second run ("1#2", "2#2"…)."""
    drop: set[int] = set()
    for run in _upward_runs(text, markers, _only_titles):
        first = markers[run.start]
        opens = first.style.startswith("num") and first.value == 1
        if len(run) >= BARE_CONTENTS_LEAST and opens and _head_again(markers, run):
            drop.update(run)
    return _without(markers, drop)


def _head_again(markers: list[Marker], run: range) -> bool:
    """Whether most of the entries of ``run`` number marks of their style again after it,
    as the entries of a contents name the sections that follow."""
    listed = {(markers[n].style, markers[n].values) for n in run}
    again = {(m.style, m.values) for m in markers[run.stop :]}
    return 2 * len(listed & again) >= len(listed)


_PAGE_REF_RE = re.compile(r"\s(\d{1,4})$")
"""The page number that ends an entry of a contents printed without dot leaders."""


def _page_of(m: Marker) -> int | None:
    """The page an entry of a contents refers to, or None when ``m`` is no such entry."""
    if not m.para_start or m.line_end - m.start > CONTENTS_ENTRY:
        return None
    found = _PAGE_REF_RE.search(m.title.rstrip(" *_"))
    return int(found.group(1)) if found else None


def _only_entries(gap: str) -> bool:
    """Between two entries: blank lines, or entries no mark was read in ("A.1. Record
    layer 49"; several when the page's lines were joined)."""
    return all(not line.strip() or _PAGE_REF_RE.search(line.strip()) for line in gap.split("\n"))


def _without_paged_contents(text: str, markers: list[Marker]) -> list[Marker]:
    """The marks less a table of contents whose entries end in their page numbers with
    no dot leaders, as older Internet standards print it ("1.  Introduction   3" /
    "4.1.  Basic block size   6"): five or more entries of any depth, one after the
    other, their pages never going back, most of whose numbers head sections again
    after them. Read as units, they had made the sections the second run ("1#2")."""
    drop: set[int] = set()
    k = 0
    while k < len(markers):
        last = _page_of(markers[k])
        end = k + 1
        while last is not None and end < len(markers):
            page = _page_of(markers[end])
            gap = text[markers[end - 1].line_end : markers[end].start]
            if page is None or page < last or not _only_entries(gap):
                break
            last, end = page, end + 1
        run = range(k, end)
        if (len(run) >= BARE_CONTENTS_LEAST and _head_again(markers, run)) or (
            len(run) >= TITLED_CONTENTS_LEAST and _titled_again(markers, run)
        ):
            drop.update(run)
        k = end
    return _without(markers, drop)


TITLED_CONTENTS_LEAST = 2
"""Entries a contents with page numbers must hold when each names its section again."""


def _entry_title(m: Marker) -> str:
    """An entry's or a heading's title less its page number, to compare the two."""
    return " ".join(_PAGE_REF_RE.sub("", m.title.rstrip(" *_")).split()).casefold()


def _titled_again(markers: list[Marker], run: range) -> bool:
    """Whether all entries of ``run`` but one (a contents not updated after an edit)
    head a unit again below it, with their number and title: a short contract's
    contents (three clauses, each a page) is too short for ``_head_again`` to tell from
    clauses, but a clause's title never ends in the page number of its own heading."""
    later = {(m.style, m.values, _entry_title(m)) for m in markers[run.stop :]}
    found = sum(
        (markers[n].style, markers[n].values, _entry_title(markers[n])) in later for n in run
    )
    return found >= max(TITLED_CONTENTS_LEAST, len(run) - 1)


_CONTENTS_LINE_RE = re.compile(
    rf"[ \t]*(?:\d{{1,3}}(?:\.\d{{1,3}})*\.?|[A-Z](?:\.\d{{1,3}})*\.)[ \t]+\S[^\n]{{0,{CONTENTS_ENTRY}}}"
)
"""A line of a table of contents set as an indented outline: a number of any depth
and a title ("        2.1.0. We don't build circuits until…", "    X.1. Do we…")."""


def _without_listed_contents(text: str, markers: list[Marker]) -> list[Marker]:
    """The marks less a table of contents set as one block of numbered lines with no
    page numbers, the sections' numbers at every depth and each line a title (an
    Internet draft's "Table of Contents" as plain text): five lines or more, every line
    such an entry, most of them heading their sections again after the block. Read as
    units, its "1." and "2." had been sections 1 and 2, the second running on to the
    real section 3 and taking in sections 1 to 2.5."""
    drop: set[int] = set()
    judged: dict[int, bool] = {}
    last_at: dict[str, int] | None = None  # each line (stripped) -> where it last starts
    start = scanned = 0
    for n, m in enumerate(markers):
        # The paragraph's start, searched only since the mark before (the marks are in
        # order): a text with no blank lines is not searched back to its start each time.
        blank = text.rfind("\n\n", scanned, m.start)
        start, scanned = (blank + 2 if blank >= 0 else start), m.start
        if start not in judged:
            lines = _contents_lines(text, start)
            if lines and last_at is None:
                last_at = _last_starts(text)
            judged[start] = bool(lines) and _headed_again(lines, last_at or {}, start)
        if judged[start]:
            drop.add(n)
    return _without(markers, drop)


def _contents_lines(text: str, start: int) -> list[str]:
    """The lines of the paragraph at ``start`` when there are enough of them and each
    is an entry of a contents; else none."""
    end = text.find("\n\n", start)
    lines = text[start : len(text) if end < 0 else end].split("\n")
    if len(lines) < BARE_CONTENTS_LEAST or not all(_CONTENTS_LINE_RE.fullmatch(x) for x in lines):
        return []
    return lines


def _last_starts(text: str) -> dict[str, int]:
    """Each line of the text, stripped, and where its last copy starts."""
    out: dict[str, int] = {}
    at = 0
    for line in text.split("\n"):
        out[line.strip()] = at
        at += len(line) + 1
    return out


def _headed_again(lines: list[str], last_at: dict[str, int], start: int) -> bool:
    """Whether most entries stand again as lines of their own after the contents."""
    end = start + sum(len(x) + 1 for x in lines)
    return 2 * sum(1 for x in lines if last_at.get(x.strip(), -1) >= end) >= len(lines)


def _only_titles(gap: str) -> bool:
    lines = [line.strip().strip("*_").strip() for line in gap.split("\n")]
    return all(not line or _GROUP_TITLE_RE.fullmatch(line) for line in lines)


def _headed(m: Marker) -> bool:
    """A mark headed by a word ("Sec. 102.") or a division's."""
    return bool(m.term or m.style.startswith("div:"))


def _next_line(gap: str) -> bool:
    return gap.count("\n") == 1 and not gap.strip()


def _without_contents(text: str, markers: list[Marker]) -> list[Marker]:
    """The marks less the entries of a table of contents printed without page
    numbers, as an Act lists its sections in its first one ("Sec. 102.
    Definitions."): two or more short marks headed by the same word on consecutive
    lines, numbered upwards, most of whose numbers head a unit outside any such run."""
    key = [(m.style, m.values) if _headed(m) else None for m in markers]
    blocks = [
        run
        for run in _upward_runs(text, markers, _next_line, _headed)
        if len(run) >= 2
        and markers[run.start].line_end - markers[run.start].start <= CONTENTS_ENTRY
    ]
    if not blocks:
        return markers
    listed = {b for block in blocks for b in block}
    outside = {key[n] for n in range(len(markers)) if n not in listed and key[n] is not None}
    drop = {
        b
        for block in blocks
        if 2 * sum(1 for b in block if key[b] in outside) >= len(block)
        for b in block
    }
    return _without(markers, drop)


def with_reading(marker: Marker, style: str, rank: float, value: int) -> Marker:
    """The marker read the other way ("(i)" as the letter i)."""
    return Marker(
        marker.start, marker.body_start, marker.line_end, marker.indent, style, rank,
        (*marker.values[:-1], value), marker.label, marker.term, marker.title,
        marker.para_start, None, marker.lead_in, marker.mid_sentence,
    )  # fmt: skip
