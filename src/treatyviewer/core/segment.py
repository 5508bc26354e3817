"""Cut a normalised text into preamble, articles, closing part and annexes.

Headings are recognised in the languages whose heading words ``headings`` lists
(the word before the number, or after it as in "1 artikla" and "1 §"; "第1条" and
"제1조" in Chinese, Japanese and Korean), with arabic or roman numerals or ordinal words, either on a line of their own or opening a
paragraph ("Article 1. The parties..."). A heading inside a paragraph is a
cross-reference, not a heading, and is left alone.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from . import turkish_divisions
from .bold_titles import opens_in_bold
from .cancel import StopCheck, check, part
from .captioned_numbers import captioned_articles
from .chapter_numbering import qualified_labels, repeat_notices
from .clause_headings import (
    clause_segments,
    decimal_segments,
    outdented_segments,
    titled_segments,
)
from .division_text import divisions_apart, preamble_divisions
from .document import Division, Document, Segment, SegmentKind, normalise_text
from .headings import (
    ANNEX_PLURALS,
    ANNEX_WORD,
    ARABIC_BIS,
    ARTICLE_AFTER_WORD,
    ARTICLE_WORD,
    CJK_ANNEX_WORD,
    CJK_ANNEX_WORDS,
    DIVISION_AFTER_WORD,
    DIVISION_WORD,
    LATIN_SUFFIXES,
    LIST_JOINERS,
    NOTE,
    SWISS_DIVISION,
    alternation,
)
from .line_matches import line_matches
from .loose_headings import (
    block_above,
    lone_title_above,
    split_at_marked,
    split_end_matter,
    split_titled_annexes,
    split_trailing_sections,
    title_above,
)
from .markers import (
    DIVISION_TITLE_MAX,
    ORDINAL_DIVISION,
    RANK_DIVISION,
    RANK_SECTION_WORD,
    cut_prose,
    read_marker,
)
from .numerals import CJK_DIGITS, NUMBER_WORD_PATTERN, ORDINALS, designator_value, fold
from .outline_headings import (
    OutlineHeading,
    at_their_level,
    finer_below,
    heading_lines,
    outline_segments,
    outline_starts,
    under_one_heading,
)
from .plain_cuts import paragraph_segments, split_closing, trim_end
from .provisions import (
    PROVISION_RE,
    TRANSITIONAL_ORDINAL_RE,
    TRANSITORIOS_RE,
    is_provisions_title,
    is_supplementary,
    provision_label,
)
from .repealed import is_repeal_notice
from .run_in_numbers import run_in_segments
from .section_peers import second_series, section_peers
from .section_units import MIN_SHARE as SECTIONS_SHARE
from .sections import section_segments, with_article_parts, with_titled_parts
from .sentence_ends import CONTINUES_SENTENCE_RE, GOES_ON_RE
from .structure import MIN_BARE_UNITS, Structure, end_matter_at, find_structure
from .structure_summary import sentence, summarise
from .trailing_series import split_pointed_provisions, split_roman_provisions

# "1", "1 bis", "1-bis", "3-quater", "1a", "5A", "10da", and the ordinal marks of "Artículo 1.º",
# "Artigo 1º", "Article 1er". Articles inserted between two others carry a Latin
# suffix (Italy, France, Belgium) or a letter; either belongs to the number.
# A number after "bis" makes a German range instead ("§§ 50 bis 52": 50 to 52).
_LATIN = (
    rf"[ \t]?[-\u2010\u2011\u2013]?[ \t]?(?:(?i:{'|'.join(LATIN_SUFFIXES)})\b(?![ \t]+\d)"
    rf"|{ARABIC_BIS})"
)
# Russian and Ukrainian codes insert "Статья 2.1" (read as a decimal), "Статья 2-1",
# "Статья 2¹" and "Статья 2а" (the letter Latin or Cyrillic); Ukrainian ones "Стаття 1-1"
# (printed "Стаття 1 - 1 ." by the official site);
# Turkish laws "MADDE 5/A"; Brazilian ones "Art. 2º-A".
_NUM = (
    # Mexican laws print the ordinal mark as a letter: "Artículo 5o.", "Artículo 5o. Bis".
    r"\d{1,5}(?:\.?[ºª°]|o\.(?=[ \t\-–—]|$)|(?<=1)(?:er|re|ère)\b)?"
    rf"(?:{_LATIN}|(?:(?!st|nd|rd|th)[a-z]{{2}}|[a-zA-Zа-яА-ЯёЁΑ-Ωα-ω])(?![^\W\d_])|[\u00b9\u00b2\u00b3\u2070-\u2079]{{1,2}}"
    rf"|(?:-\d{{1,3}}){{1,2}}(?:{_LATIN})?(?!\d|\.\d|-)|"
    r"[ \t]-[ \t]\d{1,3}(?=[ \t]*\.)|-[A-Z](?![^\W\d_])|/[A-ZÇĞİÖŞÜ](?![^\W\d_])"
    # Thai "มาตรา ๒/๑", Romanian "Art. 2^1", Hebrew "סעיף 2א".
    r"|/\d{1,3}(?!\d)|\^\d{1,2}(?!\d)|[\u05d0-\u05ea](?![^\W\d_])"
    # Chilean "Artículo 41 A.-": a capital set apart, the heading ending after it.
    r"|[ \t][A-Z](?=[ \t]*(?:[.:)\-–—]|\*\*|__|$)))?"
)
# Greek laws of the last century write the ordinal as a letter: "Άρθρο 1ο" (first).
_ORDINAL_MARK_RE = re.compile(r"^(\d+)(?:\.?[ºª°]|o\.|er|re|ο$)")
# "Artículo 3.º Objeto": the ordinal mark ends the heading as a stop would.
_ORDINAL_MARKED_TITLE_RE = re.compile(r"\S+[ \t]+\d{1,5}\.?[ºª°][ \t]+[A-ZÀ-ÖØ-Þ]")
_ROMAN_NUMBER = r"(?:I(?:er|re)\b|[IVXLCDM]{1,15}\b)"  # "Chapitre Ier", as French prints I
# "ARTICLE II bis", "ARTICLE II A", "Article IIA": an article inserted after II.
_ROMAN = (
    rf"{_ROMAN_NUMBER}(?:{_LATIN}|[ \t]?[-\u2010\u2011\u2013]?[ \t]?[A-H](?=[ \t]*(?:[.:)\-–—]|$)))?"
    rf"|[IVXLCDM]{{1,15}}[A-H]\b|[IVXLCDM]{{1,15}}(?:{'|'.join(LATIN_SUFFIXES)})\b"  # "IVbis"
)
# "Article A" to "Article O" after the numbered articles of a revised charter: a
# letter alone on its line (a run of them, from A: ``_lettered_runs``).
_LETTER = r"[A-Z](?=[ \t]*(?:[.:)\-–—][ \t]*)?$)"
# The articles of a French code: "Article L. 121-1", "Article R4127-1" (legislative,
# regulatory, decree or order part, then book, title, chapter and article). A star marks
# a decree in Conseil d'État taken in the Council of Ministers: "Article R*343-4",
# "R. * 343-4" as an older edition prints it.
_CODE = r"[LRDA](?:\.?[ \t]?\*)?\.?[ \t]?\d{1,5}(?:-\d{1,4}){0,3}\b"
_LETTER_APART = (
    r"(?<=(?i:art)\.[ \t\u00a0])(?P<apart>\d{1,4}[ \t][a-z])(?=[ \t]+[A-ZÀ-ÖØ-Þ]|[ \t]*$)"
)
"""A Swiss article put in after another, as the Markdown drawn from the official PDFs
prints it: "**Art. 8** a Title", the letter outside the bold ("Art. 8 a" is 8a)."""
_MISREAD = r"(?!\d+l(?![^\W\d_]))(?=\d*[lIOОЗ])(?=[lIOОЗ]*\d)[\dlIOОЗ]{2,4}(?![^\W\d_])"
"""A number as text recognition misreads its digits: "l2" or "I2" for 12, "1O" for 10,
a Cyrillic "З" or "О" for 3 or 0 (a digit and a letter that looks like one, nothing else).
A small "l" after the digits is a letter of the number, as "k" and "m" are around it:
Dutch "Artikel 81l" follows "81k" (it had read as 811)."""
_SLIPPED = r"(?=[\dSB]{0,3}[SB]\d)(?=[SB]*\d)[\dSB]{2,4}(?![^\W\d_])"
"""A number with an "S" for a 5 or a "B" for an 8 before a digit ("S37", "4B0"): a
heading so numbered counts only where it stands in order (a real "2B" puts its letter
last, and is read as printed)."""
_SLIPPED_RE = re.compile(_SLIPPED)
_MISREAD_ROMAN = r"(?=[IVXLCDM]*l)(?=[Il]*[VXLCDM])[IVXLCDMl]{3,9}(?![^\W\d_])"
"""A roman number with an "l" for an "I" ("CXXlV", "XCl"): three letters or more, one of
them more than an I (a lone "Il" may be a word)."""
_MISREAD_RE = re.compile(_MISREAD)
_MISREAD_ROMAN_RE = re.compile(_MISREAD_ROMAN)
_AS_DIGITS = str.maketrans("lIOОЗSB", "1100358")
_CODE_RE = re.compile(_CODE)
# A heading may be set in Markdown ("## Article 1", "**Article 1.**").
_MARKUP = r"(?:#{1,6}[ \t\u00a0]+|\*\*|__)?"
# "**Art. 1**." closes its bold before its stop: both go with the heading.
# A consolidation's footnote mark after the number ("Articolul 10*)") says the article
# was changed: it is no part of the number and no title.
_TAIL = r"(?:\*{1,3}\))?(?P<punct>[ \t]*[.:)\-–—]+(?:\*\*|__)?|(?:\*\*|__)[.:)]?)?[ \t\u3000]*(?P<rest>[^\n]*)"

_TURKISH_RUNS = {"EK": "Ek", "Ek": "Ek", "GEÇİCİ": "Geçici", "GEÇICI": "Geçici", "Geçici": "Geçici"}
_ARTICLE_RE = re.compile(
    rf"^[ \t]*{_MARKUP}(?:{ARTICLE_WORD}\.?[ \t\u00a0\u202f]*"
    # Dutch codes number each article within its book: "Artikel 6:162", "6:162a"; Dutch
    # laws within their chapter, an article put in after one with a letter ("1.47a").
    rf"(?P<des>{_CODE}|{_LETTER_APART}|\d{{1,3}}:\d{{1,4}}(?:[a-z](?![^\W\d_]))?|\d{{1,5}}(?:\.\d{{1,3}}){{1,3}}(?:\b|[a-z](?![^\W\d_]))|{_MISREAD}|{_SLIPPED}|{_MISREAD_ROMAN}|{_NUM}|{_ROMAN}|{_LETTER}"
    rf"|\(\d{{1,4}}\)(?:[ \t]+{ARABIC_BIS})?"
    rf"|(?i:{NUMBER_WORD_PATTERN})\b)"
    # Turkish laws number their additional and provisional articles apart:
    # "EK MADDE 1", "GEÇİCİ MADDE 1", and one put in after them: "Ek Madde 2/A".
    rf"|(?P<pre>{'|'.join(_TURKISH_RUNS)})[ \t]+(?i:madde)[ \t]+"
    rf"(?P<des6>\d{{1,4}}(?:/[A-ZÇĞİÖŞÜ](?![^\W\d_]))?)"
    rf"|(?P<des2>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t\u00a0]+(?i:madde|статья|article)\b"
    # The number first: "1 §", "1. cikk"; inserted after it, Swedish "1 a §" and
    # Hungarian "1/A. §".
    rf"|(?P<des4>\d{{1,4}}(?:[ \t]?[a-zåäö](?![^\W\d_])|/[A-ZÁÉÍÓÖŐÚÜŰ](?![^\W\d_])"
    r"|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,2})?)"  # Lithuanian "2¹ straipsnis"
    rf"\.?[ \t\u00a0]+{ARTICLE_AFTER_WORD}(?![^\W\d_])"
    # Chinese and Japanese "第三条", Korean "제3조".
    # Inserted after it: Japanese "第二条の二", Chinese "第二条之一".
    # Taiwanese laws print one inserted after it "第 12-1 條".
    rf"|(?:第[ \t]*(?P<des3>\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})(?:-(?P<dash3>\d{{1,3}}))?[ \t]*[条條]"
    rf"(?:(?P<no>[の之])(?P<sub3>\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})"
    # put in after an inserted one: "第百五条の二の二"
    rf"(?:[の之](?P<subsub3>\d{{1,4}}|[{CJK_DIGITS}]{{1,8}}))?)?"
    # Struck out together: "第二条から第四条まで　削除", "第三条及び第四条　削除".
    rf"(?:から第[ \t]*(?:\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})[ \t]*[条條]まで"
    rf"|及び第[ \t]*(?:\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})[ \t]*[条條])?"
    # Korean "제3조", and inserted after it "제3조의2".
    rf"|제[ \t]*(?P<des5>\d{{1,4}})[ \t]*조(?:의(?P<sub5>\d{{1,3}}))?)(?=[ \t\u3000(（]|$)){_TAIL}$",
    re.MULTILINE,
)
# "ANNEX 2-A", "Annex 10-B-1": an annex to chapter 2 of a trade agreement.
_ANNEX_NUMBER = (
    r"(?:\d{1,3}(?:-[A-Z](?![^\W\d_])(?:-\d{1,2})?)?|[IVXL]{1,6}\b|[A-ZА-Я]\b)"
    r"(?:[ \t]*\([A-ZА-Я0-9]{1,3}\))?"
)
# After the articles, a constitution's amendments ("Amendment XIV") follow as annexes do.
# A French code names the annexes of its articles as articles: "Article Annexe I".
_ANNEX_RE = re.compile(
    rf"^[ \t]*{_MARKUP}(?:(?i:article)[ \t]+(?={ANNEX_WORD}))?"
    rf"(?:{ANNEX_WORD}|(?i:amendment|{alternation(ANNEX_PLURALS)}))\b"
    rf"[ \t\u00a0\u202f]*(?:(?i:no\.?|№|nr\.?)\s*)?"
    # Several annexes under one heading: "Appendices I, II and III".
    rf"(?P<des>{_ANNEX_NUMBER}(?:[ \t]*(?:,|&|(?i:{alternation(LIST_JOINERS)})\b)[ \t]*{_ANNEX_NUMBER})*)?"
    rf"{_TAIL}$",
    re.MULTILINE,
)
_CJK_ANNEX_RE = re.compile(
    rf"^[ \t]*\[?(?P<des>(?:{CJK_ANNEX_WORD})[ \t]*第?[ \t]*"
    rf"(?P<num>\d{{1,4}}|[{CJK_DIGITS}]{{1,8}}))\]?(?=[：:\s]|$)(?P<punct>[：:]?)[ \t\u3000]*"
    r"(?P<rest>[^\n。，、；,.]{0,30})$",
    re.MULTILINE,
)
"""An annex or schedule of a Chinese, Japanese or Korean text: "附件一：服务水平", "附表2",
"別表第一", "[별표 1]" (the word, then its number, then a title or nothing: "附件一、附件二为
本合同…" and "別表第一に定める…" cite them)."""
# Divisions above the articles ("Chapter I", "Part II", "Глава 3", "BÖLÜM 2"). They
# head the next article's segment instead of trailing the previous article's body. A
# title after a stop or dash may name a long matter ("Livre VIII : Application aux
# territoires d'outre-mer et à la collectivité territoriale de Mayotte").
_DIVISION_TITLE = rf"(?:[.:\-–—][^\n]{{0,{DIVISION_TITLE_MAX}}})?"
_SWISS_DIVISION = re.sub(r"\?P<\w+>", "?:", SWISS_DIVISION)
_SECTION_RE = re.compile(
    rf"^[ \t]*{_MARKUP}(?:(?:{DIVISION_WORD}|(?i:section))[ \t\u00a0]+"
    rf"(?:{_NUM}|{_ROMAN}|(?i:{NUMBER_WORD_PATTERN})\b)(?!\.\d)[ \t]*{_DIVISION_TITLE}"
    # Belgian consolidated texts note where a heading came from: "<inséré par L …>".
    rf"(?:{NOTE})?"
    # Chinese and Japanese: "第二章 管理" (chapter), 编/編 (part), 节/節 (section).
    rf"|第[ \t]*(?:\d{{1,4}}|[{CJK_DIGITS}]{{1,8}})[ \t]*[编編章节節](?:[ \t\u3000][^\n]{{0,40}})?"
    # The number first: "I. FEJEZET", "2 kap. Tillstånd".
    rf"|(?:{_ROMAN_NUMBER}|\d{{1,3}})\.?[ \t]+{DIVISION_AFTER_WORD}(?![^\W\d_])(?:[ \t]+[^\n]{{0,80}})?"
    rf"|{_SWISS_DIVISION}[^\n]{{0,{DIVISION_TITLE_MAX}}}"
    # Korean: "제2장 시험기관" (chapter), 편 (part), 절 (section).
    r"|제[ \t]*\d{1,4}[ \t]*[편장절관](?:[ \t\u3000][^\n]{0,40})?"
    # Turkish: "BİRİNCİ BÖLÜM", "YİRMİ BİRİNCİ BÖLÜM" (an ordinal before the word).
    rf"|{turkish_divisions.DIVISION}(?:[ \t]*[.:\-–—][^\n]{{0,80}})?"
    # French and German: "Deuxième partie : La propriété industrielle", "Zweites Buch".
    rf"|(?:{ORDINAL_DIVISION})[ \t]*{_DIVISION_TITLE})$",
    re.MULTILINE,
)
# A table of contents line: "Article 1 .......... 3", "Article 2 Batum 4".
_TOC_LINE_RE = re.compile(r"(?:\.{3,}|…|\s)\s*\d{1,4}\s*$|\.{8,}\s*$")


@dataclass(frozen=True)
class _Heading:
    start: int
    body_start: int
    kind: SegmentKind
    label: str
    number: int | None
    heading: str
    term: str = ""


# Words that go on citing inside an article ("Article 12 Paragraph 2 of this Treaty").
_CITED_WITHIN = frozenset(
    ("paragraph", "para", "section", "clause", "point", "subparagraph", "sub-paragraph",
     "alinéa", "al", "absatz", "abs", "satz", "unterabsatz", "nr", "buchstabe", "ziffer",
     "lid", "ust", "pkt", "comma", "apartado", "párrafo", "inciso", "parágrafo", "alínea",
     "пункт", "часть", "fıkra", "bent")
)  # fmt: skip


_PARAGRAPH_NUMBER_RE = re.compile(r"\(\d{1,3}\)")
"""The number of an article's first paragraph, on the heading's line."""


def _titled(rest: str) -> bool:
    """What follows a designator with no stop opens a sentence or a title ("The
    parties…", "Definitions"), not an abbreviation that goes on citing ("TEU sets…")."""
    word, *after = rest.split(maxsplit=1)
    if is_repeal_notice(rest):
        return True  # "Art 49 (weggefallen)", "Article 7 [Repealed]", "3 § har upphävts …"
    if _PARAGRAPH_NUMBER_RE.fullmatch(word) and after:
        return _titled(after[0])  # "มาตรา ๘  (๑) เว้นแต่…", "Artikel 8 (1) Die…"
    if word.casefold().rstrip(".,") in _CITED_WITHIN:
        return False
    if _YEAR_OPENS_RE.fullmatch(word) and after and after[0][:1].islower():
        return True  # "2/A. § 2020. január 1-jétől …": a Hungarian date opens the sentence
    first = word[:1]
    if first.isalpha() and first.lower() == first.upper():
        return True  # a script without capitals (Thai, Arabic, Hebrew, Chinese…)
    return first.isupper() and (len(word) == 1 or not word.isupper() or rest.isupper())


_YEAR_OPENS_RE = re.compile(r"(?:1[89]|20)\d\d\.")
"""A year as a Hungarian date opens a sentence with it ("2020. január 1-jétől")."""
_CITED_DIVISION_RE = re.compile(
    rf"[^\W\d_][^\n]*?[ \t]\d{{1,3}}(?:[ \t]?[a-zåäö])?[ \t]+{DIVISION_AFTER_WORD}[ \t]*$"
)
"""A line of prose that ends citing a chapter with its number first ("… som avses i 9
kap."): a section numbered before its word on the next line is the chapter's, cited."""
_STATUS_NOTE_RE = re.compile(r"/[^/\n]{3,80}/")
"""A note in slashes after a section's number saying when its text ends or begins to apply."""


def _line_above(match: re.Match[str]) -> tuple[int, str]:
    """Where the line above a heading's line starts, and that line."""
    text = match.string
    line_start = text.rfind("\n", 0, max(0, match.start() - 1)) + 1
    return line_start, text[line_start : max(line_start, match.start() - 1)]


def _is_heading(match: re.Match[str]) -> bool:
    """A heading stands alone on its line or opens a paragraph with punctuation.

    A line-final cross-reference that a line break left alone ("... in accordance
    with\nArticle 5.") continues the sentence of the line before and is no heading.
    """
    rest = match.group("rest")
    text = match.string
    line_start, prev_line = _line_above(match)
    if prev_line.strip() and match[0].lstrip(" \t#*_")[:1].islower():
        return False  # "… que señala el" / "     artículo 59.": a citation wrapped onto a line
    if match.groupdict().get("des4") and _CITED_DIVISION_RE.search(prev_line):
        return False  # "… som avses i 9 kap." / "8 §.": the section of a chapter it cites
    # A bracketed number alone after the designator ("Article 26 (6)") is a note's call
    # or the first paragraph's number with its text below: the heading stands alone.
    if not rest.strip() or _PARAGRAPH_NUMBER_RE.fullmatch(rest.strip()):
        if prev_line.strip() and CONTINUES_SENTENCE_RE.search(prev_line):
            return False
        return not _wrapped_onto(text, line_start, prev_line)
    found = match.groupdict()
    if found.get("des3") or found.get("des5"):  # "第三条　…": the text follows on its line
        return True
    if _STATUS_NOTE_RE.fullmatch(rest.strip()):
        return True  # Swedish "2 § /Upphör att gälla U:2026-06-01/": the text follows below
    if not (
        match["punct"]
        or _ORDINAL_MARKED_TITLE_RE.match(match[0].strip())
        or _titled(rest)
        or _joined(match)
    ):
        return False
    # Walk back over the whitespace before the heading (never copy the text before it:
    # that would make segmenting quadratic in the length of the text).
    start = gap_start = match.start()
    while gap_start > 0 and text[gap_start - 1].isspace():
        gap_start -= 1
    if gap_start == 0 or text.count("\n", gap_start, start) >= 2:
        return True
    return title_above(text, 0, start) < start  # "Amaç" over "MADDE 1 – (1) …"


QUOTED_INDENT = 4
"""Spaces before a unit's heading from which, in a text whose source marks its unit
headings, an unmarked one is quoted text (Markdown indents a list item's
paragraphs so)."""


def _quoted(text: str, starts: list[int], outline: tuple[OutlineHeading, ...]) -> set[int]:
    """Which of the units' ``starts`` head quoted text: unmarked by their source, where
    it marks most of them, and indented, or set after a sentence that ends with a
    colon (``_introduced``), or after another quoted one with no marked heading
    between. A German law in Markdown heads its sections "### § 1"; the "§ 1" to "§ 5"
    its annex quotes, indented under a point "f)", had become five more sections
    ("1#2" to "5#2"). A French code's article on its overseas territories quotes
    another as it applies there ("l'article R. 613-63 est ainsi rédigé : Art. R.
    613-63.- …"): that quotation had become an article of its own, paired with the
    older text's R. 613-63 in place of the article that now bears the number."""
    if not outline or not starts:
        return set()
    marked = heading_lines(text, outline)
    lines = [text.rfind("\n", 0, at) + 1 for at in starts]
    if 2 * sum(1 for line in lines if line in marked) <= len(starts):
        return set()
    quoted = set()
    quoting = False  # the last unit heading was quoted
    for at, line in sorted(zip(starts, lines, strict=True)):
        if line in marked:
            quoting = False
            continue
        head = text[line:at] if at > line else text[line : line + QUOTED_INDENT]
        indent = len(head) - len(head.lstrip(" \t"))
        if quoting or indent >= QUOTED_INDENT or _introduced(text, line, marked):
            quoted.add(at)
            quoting = True
    return quoted


def _introduced(text: str, line: int, marked: set[int]) -> bool:
    """Whether the last line with text before ``line`` ends with a colon and is no
    marked heading: a sentence that introduces what follows ("… est ainsi rédigé :",
    "… shall read as follows:")."""
    start = max(0, line - INTRODUCED_REACH)
    end = start + len(text[start:line].rstrip())
    return text.endswith(":", start, end) and text.rfind("\n", 0, end) + 1 not in marked


INTRODUCED_REACH = 2000
"""Characters before a heading in which the sentence introducing it is looked for."""


def _without_quoted_units(
    text: str, found: Structure, outline: tuple[OutlineHeading, ...]
) -> Structure:
    quoted = _quoted(text, [m.start for m in found.units], outline)
    if not quoted:
        return found
    return _keeping(found, [k for k, m in enumerate(found.units) if m.start not in quoted])


def _keeping(found: Structure, kept: Sequence[int], contents: range | None = None) -> Structure:
    """``found`` with only the units ``kept`` (indices), each with its division (and
    where a table of contents left out stands, if ``contents`` says)."""
    return replace(
        found,
        units=tuple(found.units[k] for k in kept),
        division_of=tuple(found.division_of[k] for k in kept),
        contents=found.contents if contents is None else contents,
    )


def _out_of_turn_dropped(found: dict[int, _Heading], doubtful: set[int]) -> dict[int, _Heading]:
    """``found`` without the doubtful headings (``_sentence_goes_on``) that do not
    number on from the heading before them: "Article 30" over "shall not apply …"
    inside Article 23 cites it; "Article 2" over "the parties …" after Article 1 is
    the article, its text opening in lower case."""
    out: dict[int, _Heading] = {}
    last: int | None = None
    for at in sorted(found):
        h = found[at]
        if at in doubtful and h.number != (1 if last is None else last + 1):
            continue
        out[at] = h
        if h.number is not None:
            last = h.number
    return out


_NEAR_ORDER = 3
"""Most a heading set apart by a broken-off line may number on by (articles struck out
before it): further on, or not below the next heading's number, it is cited."""


def _out_of_order_dropped(found: dict[int, _Heading], unsure: set[int]) -> dict[int, _Heading]:
    """``found`` without the unsure headings (``_after_unstopped_line``,
    ``_paragraph_above_goes_on``) that do not stand in the order of those around them:
    "Article 1." between Articles 2 and 3 is cited; "Article 192" between 190 and 193
    (191 struck out) heads its article, as "Art. 128-bis" after "Art. 128" does."""
    starts = sorted(found)
    # The next sure heading with a number after each one, found in one walk back.
    following_of: list[_Heading | None] = [None] * len(starts)
    following: _Heading | None = None
    for k in range(len(starts) - 1, -1, -1):
        following_of[k] = following
        if starts[k] not in unsure and found[starts[k]].number is not None:
            following = found[starts[k]]
    out: dict[int, _Heading] = {}
    last: _Heading | None = None
    for k, at in enumerate(starts):
        h = found[at]
        if at in unsure:
            following = following_of[k]
            low = 0 if last is None or last.number is None else last.number
            put_in = last is not None and h.number == low and h.label != last.label
            if h.number is None or not (low < h.number <= low + _NEAR_ORDER or put_in):
                continue
            if following is not None and (
                h.number > following.number  # type: ignore[operator]
                or (h.number == following.number and h.label == following.label)
            ):
                continue  # (before "Art. 22a", "Art. 22" stands in order)
        out[at] = h
        if h.number is not None:
            last = h
    return out


_LIST_ITEM_RE = re.compile(r"[a-z]{1,4}[.)]\s|\(")
"""A point ("a)", "iv.", "(b)") that may open an article's text on the next line."""


def _sentence_goes_on(text: str, at: int) -> bool:
    """Whether the line under a heading alone on its line goes on in lower case
    ("Article 30" over "shall not apply where …"): a sentence that opens by citing
    an article, its line broken after the number, not a heading over its title."""
    line_end = text.find("\n", at)
    if line_end < 0:
        return False
    below = text[line_end + 1 : line_end + 80].lstrip(" \t")
    return below[:1].islower() and _LIST_ITEM_RE.match(below) is None


def _after_unstopped_line(match: re.Match[str]) -> bool:
    """Whether a heading alone on its line was refused only because the line above
    ends without a stop (``_wrapped_onto``): the end of an article as a scan or a
    conversion leaves it ("…in Geneva" over "Article 2"), or a cross-reference wrapped
    onto a line of its own. It counts where it numbers on (``_out_of_turn_dropped``)."""
    text = match.string
    if match[0].lstrip(" \t#*_")[:1].islower():
        return False
    line_start, prev_line = _line_above(match)
    return (
        bool(prev_line.strip())
        and not CONTINUES_SENTENCE_RE.search(prev_line)
        and _wrapped_onto(text, line_start, prev_line)
    )


TAIL_CHARS = 200
"""Characters at a paragraph's end among which its last words are looked for."""
TAIL_WORDS = 2
"""Its last words looked at ("… of", "… in accordance with")."""


def _paragraph_above_goes_on(text: str, at: int) -> bool:
    """Whether the paragraph above a heading set apart by blank lines breaks off on a
    word no sentence ends on ("…subject to the provisions of", a page break, "Article
    1."): a cross-reference that the page's end left standing alone."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == 0 or text.count("\n", end, at) < 2:
        return False
    # The last words alone: searched whole, a paragraph written on one line was read
    # from every one of its characters (a seventh of the time of reading a long text).
    last = " ".join(text[max(0, end - TAIL_CHARS) : end].rsplit(maxsplit=TAIL_WORDS)[-TAIL_WORDS:])
    return GOES_ON_RE.search(last) is not None  # (not ";" or ",": a list ends so)


_PAGE_NUMBER_RE = re.compile(
    r"[-–—(\[ \t]*(?:(?i:page|p\.|seite|s\.|sayfa|стр\.|страница)[ \t]*)?\d{1,4}[-–—)\] \t]*"
)
"""A page's number on a line of its own ("- 15 -", "Seite 26", "Page 3", "12")."""
PAGE_FURNITURE_LINES = 3
"""Most lines a page's foot and the next page's head hold between two pages."""


def _page_turned_mid_sentence(text: str, at: int) -> bool:
    """Whether a heading opens a page whose paragraph before broke off mid-sentence,
    only the page's number and running head between ("…nach Konto für bei" / "- 15 -" /
    "Übereinkommen über …" / "Artikel 27 Jahr und …"): the page's turn left a
    citation at a line's start; it heads an article only in the order of those around."""
    end = _end_before(text, at)
    if end == 0 or text.count("\n", end, at) < 2:
        return False
    gap = text.rfind("\n\n", max(0, end - PAGE_FURNITURE_LINES * RUNNING_HEAD), end)
    if gap < 0:
        return False
    block_start = gap + 2
    lines = [ln.strip() for ln in text[block_start:end].split("\n")]
    if (
        len(lines) > PAGE_FURNITURE_LINES
        or not any(_PAGE_NUMBER_RE.fullmatch(ln) for ln in lines)
        or not all(map(_furniture_line, lines))
    ):
        return False
    above_end = _end_before(text, block_start)
    last_line = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
    return cut_prose(last_line, True)


def _end_before(text: str, at: int) -> int:
    """Where the text before ``at`` ends, the whitespace before ``at`` left out."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _wrapped_onto(text: str, line_start: int, prev_line: str) -> bool:
    """Whether the line above is prose cut mid-sentence ("… in the cases listed in the
    said" over "Article 3."): a cross-reference wrapped onto a line of its own."""
    above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    opened = line_start == 0 or not text[above : max(above, line_start - 1)].strip()
    opened = opened or _SENTENCE_END_RE.search(text, above, max(above, line_start - 1)) is not None
    return cut_prose(prev_line.rstrip(), opened)


def _title_at(text: str, lo: int, h: _Heading) -> int:
    """Where the title line above a heading whose text runs on its own line begins
    ("Amaç" over "MADDE 1 – (1) …"), or the heading's start. A heading alone on its
    line takes no such line: above "Article 1" it may as well end a preamble."""
    runs_on = h.body_start > h.start and "\n" not in text[h.start : h.body_start]
    return title_above(text, lo, h.start) if runs_on else h.start


# "Art 74a und 75 (weggefallen)": two articles struck out under one heading.
_JOINED_RE = re.compile(
    r"(?P<word>und|and|et|y|e|i|и|та|ve|to|bis|à|a|[-–—])[ \t]+(?P<to>\d{1,5}[a-z]?)\b"
    r"[ \t]*(?=\(|\[|$)"
)


_DASH_JOINED_RE = re.compile(r"(?P<word>)(?P<to>\d{1,5}[a-z]?)\.?[ \t]*(?=\(|\[|$)")
"""The last number of a range printed with a bare dash ("Art. 2–4. (uchylone)"): the
dash is the heading's punctuation then."""


def _joined(match: re.Match[str]) -> re.Match[str] | None:
    """The second number of a heading over two articles at once ("74a und 75", "2–4")."""
    if not match["des"]:
        return None
    if (match["punct"] or "").strip() in ("-", "–", "—") and not match["punct"][:1].isspace():
        return _DASH_JOINED_RE.match(match["rest"])
    return _JOINED_RE.match(match["rest"])


def _body_start(text: str, match: re.Match[str]) -> int:
    rest_start = match.start("rest")
    joined = _joined(match)
    if joined:
        return rest_start + joined.end()
    rest = match.group("rest").strip()
    if rest and not _STATUS_NOTE_RE.fullmatch(rest):
        return rest_start
    pos = match.end()
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _heading_start(match: re.Match[str]) -> int:
    """Where the heading's line has its first character (Markdown marks included)."""
    return match.start() + len(match.group(0)) - len(match.group(0).lstrip())


def _heading_text(match: re.Match[str]) -> str:
    """The heading as printed, without the Markdown marks around it."""
    joined = _joined(match)
    end = match.start("rest") + (joined.end() if joined else 0)
    return match.string[match.start() : end].strip().strip("#*_").strip()


CHECK_EVERY = 256
"""Headings (or articles) found between two progress reports: a few milliseconds."""


# The number an inserted article follows: "2" of "2 bis", "2-1", "2а"; "II" of "II A".
_SPACED_HYPHEN_RE = re.compile(r"(?<=\d) - (?=\d)")
_BASE_RE = re.compile(
    rf"^(\d+|[IVXLCDM]+(?=$|er$|re$|[ \t\-\u2010\u2011\u2013A-H]|(?:{'|'.join(LATIN_SUFFIXES)})$))"
)


def _base_number(des: str) -> str:
    found = _BASE_RE.match(des)
    return found[1] if found else des


def _designator(match: re.Match[str]) -> tuple[str, int | None]:
    """The label of an article heading as printed, and the number it counts by."""
    if match["des6"]:  # "EK MADDE 1": a run of its own, beside the articles' count
        return f"{_TURKISH_RUNS[match['pre']]} {match['des6']}", None
    des = (match["des"] or match["des2"] or match["des3"] or match["des4"] or match["des5"]).strip()
    if match["sub3"]:  # "第二条の二": counted by the number it follows
        deeper = f"{match['no']}{match['subsub3']}" if match["subsub3"] else ""
        return f"{des}{match['no']}{match['sub3']}{deeper}", designator_value(des)
    if match["dash3"]:  # "第 12-1 條"
        return f"{des}-{match['dash3']}", designator_value(des)
    if match["sub5"]:  # "제2조의2"
        return f"{des}의{match['sub5']}", int(des)
    if match["apart"]:  # "Art. 8 a": 8a
        des = "".join(des.split())
    if des.startswith("("):  # "المادة (1)", "مادة (5) مكرراً", as Arabic laws number them
        des = des[1:].replace(")", "", 1)
    if _MISREAD_RE.fullmatch(des) or _SLIPPED_RE.fullmatch(des):  # "Article l2": 12
        des = des.translate(_AS_DIGITS)
    elif _MISREAD_ROMAN_RE.fullmatch(des):  # "ARTICLE CXXlV": 124
        des = des.replace("l", "I")
    if _CODE_RE.fullmatch(des):  # "L. 121-1" as a later edition prints it: "L121-1"
        des = re.sub(r"[.\s]", "", des)
    elif not des.isdecimal():
        des = " ".join(_ORDINAL_MARK_RE.sub(r"\1", des).split())
        des = _SPACED_HYPHEN_RE.sub("-", des)  # "1 - 1" is "1-1"
    return des, int(des) if des.isdecimal() else designator_value(_base_number(des))


_DECREE_NUMBER_RE = re.compile(r"\((\d{1,4})\)[ \t*_]*$")


def _transitional_articles(text: str, found: dict[int, _Heading]) -> None:
    """Add to ``found`` the transitional articles under each "Transitorios" title, each
    headed by an ordinal word alone ("**Primero**"), up to the next article or title;
    a title that names its decree ("… de Reforma (260)") names them after it."""
    if "ransitorio" not in text:
        return
    titles = list(TRANSITORIOS_RE.finditer(text))
    bounds = sorted(
        [k for k, h in found.items() if h.kind is SegmentKind.ARTICLE] + [t.start() for t in titles]
    )
    for title in titles:
        k = bisect_right(bounds, title.end())
        stop = bounds[k] if k < len(bounds) else len(text)
        number = _DECREE_NUMBER_RE.search(title[0])
        decree = f" ({number[1]})" if number else ""
        first = True
        for match in TRANSITIONAL_ORDINAL_RE.finditer(text, title.end(), stop):
            if match.start() not in found and _is_heading(match):
                ordinal = " ".join(w.capitalize() for w in match["des"].split())
                label = f"Transitorio {ordinal}{decree}"
                # The title heads the first of them, as a chapter's heads its first article.
                start = _heading_start(title) if first else _heading_start(match)
                found[match.start()] = _Heading(
                    start, _body_start(text, match), SegmentKind.ANNEX, label, None, label
                )
                first = False


def _find_headings(text: str, should_stop: StopCheck | None = None) -> list[_Heading]:
    found: dict[int, _Heading] = {}
    packed: dict[int, _Heading] = {}
    doubtful: set[int] = set()
    in_order: set[int] = set()
    for n, match in enumerate(line_matches(_ARTICLE_RE, text)):
        if n % CHECK_EVERY == 0:
            check(should_stop, match.start(), len(text))
        if match["des2"] and fold(match["des2"]) not in ORDINALS:
            continue
        heading = _is_heading(match)
        alone = not match["rest"].strip()
        if not heading and alone and _after_unstopped_line(match):
            heading = True  # "…in Geneva" / "Article 2": a scan that lost the stop
            in_order.add(match.start())
        if not heading and not _packed(match):
            continue
        if heading and match["des"] and _SLIPPED_RE.fullmatch(match["des"]):
            in_order.add(match.start())  # "Article S37": 537 between 536 and 538 only
        if heading and alone and _sentence_goes_on(text, match.start()):
            doubtful.add(match.start())
        elif heading and alone and _paragraph_above_goes_on(text, match.start()):
            in_order.add(match.start())
        elif heading and _page_turned_mid_sentence(text, match.start()):
            in_order.add(match.start())  # "…für bei" / "- 15 -" / "Artikel 27 Jahr und …"
        label, number = _designator(match)
        joined = _joined(match)
        if joined and joined["word"]:  # (a range with a bare dash is cited by its first)
            label = f"{label} {joined['word']} {joined['to']}"
        (found if heading else packed)[match.start()] = _Heading(
            start=_heading_start(match),
            body_start=_body_start(text, match),
            kind=SegmentKind.ARTICLE,
            label=label,
            number=number,
            heading=_heading_text(match),
        )
    for cap in captioned_articles(text):
        if cap.start not in found:
            found[cap.start] = _Heading(
                cap.start, cap.body_start, SegmentKind.ARTICLE, cap.label, cap.number, cap.heading
            )
    if doubtful:
        found = _out_of_turn_dropped(found, doubtful)
    if in_order:
        found = _out_of_order_dropped(found, in_order)
    if packed:
        found = _with_packed(found, packed)
    # Provisions follow the articles: one named above them all ("附則" closing a
    # Japanese table of contents) is an entry of a list, not a unit.
    first_article = min(found, default=0)
    for match in line_matches(PROVISION_RE, text):
        if match.start() not in found and match.start() >= first_article and _is_heading(match):
            label = provision_label(match)
            found[match.start()] = _Heading(
                _heading_start(match),
                _body_start(text, match),
                SegmentKind.ANNEX,
                label,
                None,
                label,
            )
    _transitional_articles(text, found)
    for match in line_matches(_ANNEX_RE, text):
        if match.start() in found or _titles_article(match, found):
            continue
        if _captions_article(match, found) or _titles_chapter(match, found):
            continue
        if not (_is_heading(match) or _annex_to(match)):
            continue
        des = re.sub(r"\s+", " ", (match.group("des") or "").strip())
        found[match.start()] = _Heading(
            start=_heading_start(match),
            body_start=_body_start(text, match),
            kind=SegmentKind.ANNEX,
            label=des or _heading_text(match),
            number=designator_value(re.split(r"[\s,]", des)[0]) if des else None,
            heading=_heading_text(match),
        )
    for match in _cjk_annexes(text):
        if match.start() not in found:
            found[match.start()] = _Heading(
                start=_heading_start(match),
                body_start=_body_start(text, match),
                kind=SegmentKind.ANNEX,
                label="".join(match["des"].split()),
                number=designator_value(match["num"]),
                heading=_heading_text(match).strip("[]"),
            )
    headings = _lettered_runs([found[k] for k in sorted(found)])
    return _notes_in_annex(_within_supplementary(_bare_supplementary_joined(text, headings)))


def _cjk_annexes(text: str) -> list[re.Match[str]]:
    """The annex headings of a Chinese, Japanese or Korean text, each a paragraph of its
    own, the last of each name only: a clause lists the annexes by the same words
    ("附件一：服务水平协议" / "附件二：价格表") before they follow."""
    if not any(word in text for word in CJK_ANNEX_WORDS):  # (most texts: none)
        return []
    last: dict[str, re.Match[str]] = {}
    for match in line_matches(_CJK_ANNEX_RE, text):
        at = match.start()
        while at and text[at - 1] in " \t":  # (the blank line above may hold spaces)
            at -= 1
        if at == 0 or text.endswith("\n\n", 0, at):
            last["".join(match["des"].split())] = match
    return sorted(last.values(), key=lambda m: m.start())


LETTERED_RUN = 3
"""Articles lettered from A in a row that make a series ("Article A", "B", "C")."""


def _lettered_runs(headings: list[_Heading]) -> list[_Heading]:
    """Articles lettered A, B, C… in a row, counted by their letters ("Article C" is
    the third, not the roman 100); a lone letter that is no roman number ("Article
    B" with no A before it) heads no article."""
    out: list[_Heading] = []
    run: list[_Heading] = []

    def flush() -> None:
        if len(run) >= LETTERED_RUN:
            out.extend(replace(h, number=None) for h in run)
        else:
            out.extend(h for h in run if h.number is not None)
        run.clear()

    for h in headings:
        letter = h.kind is SegmentKind.ARTICLE and len(h.label) == 1 and h.label.isupper()
        if letter and run and ord(h.label) == ord(run[-1].label) + 1:
            run.append(h)
            continue
        flush()
        if letter and h.label == "A":
            run.append(h)
        elif not letter or h.number is not None:
            out.append(h)
    flush()
    return out


_SENTENCE_END_RE = re.compile(r"[.;:!?)\]»”\"。]\s*$")


def _packed(match: re.Match[str]) -> bool:
    """Whether a heading that runs on into its text ("Art. 2. Organem …") follows a
    line that ends a sentence, with no blank line between: articles written one
    per line."""
    if not match.group("rest").strip() or not match["punct"]:
        return False
    if match[0].lstrip(" \t#*_")[:1].islower():
        return False  # "artículo 59." cited at a line's start
    _, prev_line = _line_above(match)
    return bool(prev_line.strip()) and _SENTENCE_END_RE.search(prev_line) is not None


PACKED_RUN = 2
"""Headings after a packed one that, numbering on from it one by one, make it a heading
though it does not number on from the heading before it."""


def _opens_run(run: Sequence[_Heading]) -> bool:
    """Whether a packed heading and the ones after it number on one by one ("Art. 4."
    "Art. 5." "Art. 6."): where a page's running head or a title set above it hid the
    heading before, the run still heads articles; a cited article has no such successors."""
    number = run[0].number if run else None
    return (
        len(run) > PACKED_RUN
        and number is not None
        and all(h.number == number + k for k, h in enumerate(run))
    )


def _with_packed(found: dict[int, _Heading], packed: dict[int, _Heading]) -> dict[int, _Heading]:
    """``found`` with each packed heading that numbers on from the heading before it
    ("Art. 1." then "Art. 2." on the next line), or opens a run that numbers on
    (``_opens_run``): a line that opens with a cited article after a sentence
    ("Article 5. of the Convention …") does neither."""
    out: dict[int, _Heading] = {}
    last: int | None = None
    order = sorted({*found, *packed})
    every = [found.get(at) or packed[at] for at in order]
    for i, at in enumerate(order):
        h = found.get(at)
        if h is None:
            candidate = packed[at]
            follows = candidate.number is not None and candidate.number == (
                1 if last is None else last + 1
            )
            if not follows and not _opens_run(every[i : i + PACKED_RUN + 1]):
                continue
            h = candidate
        out[at] = h
        last = h.number
    return out


def _within_supplementary(headings: list[_Heading]) -> list[_Heading]:
    """Supplementary provisions ("附則", "부칙") close a law, and the articles they
    number ("附則 第一条", "부칙 제1조") are theirs, not the law's."""
    first = next(
        (
            k
            for k, h in enumerate(headings)
            if h.kind is SegmentKind.ANNEX and is_supplementary(h.label)
        ),
        None,
    )
    if first is None:
        return headings
    return _no_articles_from(headings, first)


def _bare_supplementary_joined(text: str, headings: list[_Heading]) -> list[_Heading]:
    """A bare "부칙" / "附則" right over the heading of an amending law's provisions
    ("## 부칙" / "부칙 <제9호,1980.10.27>") heads that unit: alone it was a unit with no
    text, paired with itself and counted among the unchanged."""
    out: list[_Heading] = []
    for h in headings:
        above = out[-1] if out else None
        if (
            above is not None
            and h.kind is above.kind is SegmentKind.ANNEX
            and above.label in _BARE_SUPPLEMENTARY
            and is_supplementary(h.label)
            and h.label != above.label
            and not text[above.body_start : h.start].strip()
        ):
            out[-1] = replace(h, start=above.start)
        else:
            out.append(h)
    return out


_BARE_SUPPLEMENTARY = frozenset(("附則", "附则", "부칙"))


def _no_articles_from(headings: list[_Heading], first: int) -> list[_Heading]:
    """``headings`` without the articles from ``first`` on (they belong to what is there)."""
    return headings[:first] + [h for h in headings[first:] if h.kind is not SegmentKind.ARTICLE]


NOTED_SHARE = 0.5
"""Most share of the numbers from the first to the last that notes in an appendix name
(they skip the articles they have nothing to say of)."""


def _notes_in_annex(headings: list[_Heading]) -> list[_Heading]:
    """An appendix after the articles that notes on some of them under their names
    ("Article 1, paragraph 2", "Article 4", "Article 12"): the notes are its text, not
    articles again: they skip the articles they have nothing to say of. An annex whose
    articles count up one by one keeps them."""
    annexes = [k for k, h in enumerate(headings) if h.kind is SegmentKind.ANNEX]
    if not annexes:
        return headings
    first = annexes[0]
    before = {h.label for h in headings[:first] if h.kind is SegmentKind.ARTICLE}
    after = [h for h in headings[first:] if h.kind is SegmentKind.ARTICLE]
    if len(after) < 2 or not all(h.label in before for h in after):
        return headings
    numbers = {h.number for h in after if h.number is not None}
    if not numbers or len(numbers) >= NOTED_SHARE * (max(numbers) - min(numbers) + 1):
        return headings  # a protocol's own Articles 1, 2, 3; a treaty's 3 and 4 quoted
    return _no_articles_from(headings, first)


_ANNEX_TO_RE = re.compile(r"(?:to|of)[ \t]+(?:the|this)[ \t]+[A-Z][^\n.;:]{0,80}")
"""What names the text an appendix belongs to ("Appendix to the Social Charter")."""


def _annex_to(match: re.Match[str]) -> bool:
    """Whether an annex word opens a title of its own that names the text it belongs
    to ("Appendix to the Revised European Social Charter"), on a line after a blank one."""
    text = match.string
    return (
        not match["des"]
        and _ANNEX_TO_RE.fullmatch(match["rest"].strip()) is not None
        and text[: match.start()].endswith("\n\n")
    )


def _titles_article(match: re.Match[str], found: dict[int, _Heading]) -> bool:
    """Whether a bare annex word ("Schedule") is the title of the article heading on
    the line above it ("ARTICLE II" / "Schedule"), or the line above that blank ("###
    Article N" / "#### Appendix" in Markdown), not an annex of its own."""
    if match.group("des"):
        return False
    text = match.string
    end = len(text[: match.start()].rstrip())
    above = text.rfind("\n", 0, end) + 1
    heading = found.get(above)
    return (
        heading is not None
        and heading.kind is SegmentKind.ARTICLE
        and (heading.body_start >= match.start())
    )


def _titles_chapter(match: re.Match[str], found: dict[int, _Heading]) -> bool:
    """Whether a bare annex word ("CHAPITRE X" / "ANNEXES") over no text of its own
    stands between two articles numbered in turn ("ARTICLE 72" … "ARTICLE 73"): the
    title of a chapter on annexes, the articles going on under it."""
    if match.group("des"):
        return False
    before = [found[k] for k in found if k < match.start()]
    after = [found[k] for k in found if k > match.start()]
    if not before or not after:
        return False
    above = max(before, key=lambda h: h.start)
    below = min(after, key=lambda h: h.start)
    return (
        above.kind is SegmentKind.ARTICLE
        and below.kind is SegmentKind.ARTICLE
        and above.number is not None
        and below.number == above.number + 1
        and not match.string[match.end() : below.start].strip()
    )


def _captions_article(match: re.Match[str], found: dict[int, _Heading]) -> bool:
    """Whether a bare annex word opening a line ("Ek Sağlık Hizmetleri", Turkish "ek"
    is both "annex" and "additional") is the caption right above an article heading
    ("EK MADDE 1 –"), as Turkish laws print their articles' captions."""
    if match.group("des"):
        return False
    below = found.get(match.end() + 1)
    return match.string.startswith("\n", match.end()) and (
        below is not None and below.kind is SegmentKind.ARTICLE
    )


def _is_toc_line(line: str) -> bool:
    """An entry of a table of contents, or a page's number alone between its pages."""
    return bool(
        _ARTICLE_RE.match(line)
        or _TOC_LINE_RE.search(line)
        or (line.isdecimal() and len(line) <= 4)
    )


_SENTENCE_ENDS = (".", ";", ":", "。", "．", "；", "：")
"""How a sentence ends, which no entry of a table of contents does: a Japanese
article of one line ("第一条　この法律は、…定めるものとする。") had read as an entry."""


def _is_toc_body(text: str) -> bool:
    """What follows a heading in a table of contents: nothing, a short title, or
    further entries and page numbers, but no sentences."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    entries = [
        _is_toc_line(ln) or (k + 1 < len(lines) and _wrapped_entry(ln, lines[k + 1]))
        for k, ln in enumerate(lines)
    ]
    if len(lines) > 2 and all(entries):
        return True
    others = [ln for ln, entry in zip(lines, entries, strict=True) if not entry]
    if len(lines) > 2 and _page_furniture(others, len(lines) - len(others)):
        return True
    return len(lines) <= 2 and all(
        _TOC_LINE_RE.search(ln) or (len(ln) <= 100 and not ln.endswith(_SENTENCE_ENDS))
        for ln in lines
    )  # (an entry's dot leaders may run across the whole page)


def _page_furniture(others: list[str], entries: int) -> bool:
    """Whether the lines among a table of contents' entries that are none are what a
    printed page sets between two pages of it: a running head, "Seite 2", "- 3 -",
    short and no sentence, a few against many entries."""
    return entries >= ENTRIES_PER_FURNITURE * len(others) and all(map(_furniture_line, others))


def _furniture_line(line: str) -> bool:
    """Whether a line may be a page's running head or number: short, and no sentence."""
    return len(line) <= RUNNING_HEAD and not line.endswith(_SENTENCE_ENDS)


ENTRIES_PER_FURNITURE = 4
RUNNING_HEAD = 80
"""The longest line taken for a page's running head or number."""


def _wrapped_entry(line: str, below: str) -> bool:
    """The first line of an entry wrapped onto a second that ends in dot leaders
    ("CHAPITRE III - CONDITIONS … DE SNCF" over "CONNECT ........ 12")."""
    return (
        len(line) <= 100
        and not line.endswith(_SENTENCE_ENDS)
        and _LEADERS_END_RE.search(below) is not None
    )


_LEADERS_END_RE = re.compile(r"(?:\.{5,}|…)\s*\d{0,4}\s*$")


def _drop_contents(text: str, headings: list[_Heading]) -> list[_Heading]:
    """Leave out a table of contents at the top: a run of headings with no text
    of their own, after which the numbering starts again from the first label.
    Its lines stay in the preamble instead of becoming empty articles. (The
    last entry may be followed by the preamble proper.)"""
    first = headings[0] if headings else None
    if first is None or first.kind is not SegmentKind.ARTICLE:
        return headings
    for k in range(1, len(headings)):
        h = headings[k]
        if h.kind is SegmentKind.ARTICLE and fold(h.label) == fold(first.label):
            if k >= 2:
                return headings[k:]
            # The entries after the first one's line, each maybe with its title below.
            line_end = text.find("\n", first.start, h.start)
            after = text[line_end : h.start] if line_end >= 0 else ""
            lines = [ln.strip() for ln in after.split("\n") if ln.strip()]
            listed = itertools.takewhile(lambda ln: _is_toc_line(ln) or _is_toc_body(ln), lines)
            return headings[k:] if sum(map(_is_toc_line, listed)) >= 2 else headings
        if not _is_toc_body(text[headings[k - 1].body_start : h.start]):
            return headings
    return headings


def _without_contents_units(text: str, found: Structure) -> tuple[Structure, range]:
    """Units that are a table of contents at the top left out, as ``_drop_contents``
    leaves out headings: a run of units with a title and no text of their own, after
    which the numbering starts again from the first ("Inhaltsübersicht" / "§ 1" /
    "Anspruch auf Zugang zu Informationen" … before "§ 1 Anspruch auf …" and its text).
    Their lines stay in the preamble; the second value is where they stand."""
    units = found.units
    if len(units) < 3:
        return found, range(0)
    for k in range(1, len(units)):
        if units[k].value == units[0].value and units[k].label == units[0].label:
            if k < 2:
                return found, range(0)
            contents = range(units[0].start, units[k].start)
            return _keeping(found, range(k, len(units)), contents=contents), contents
        if not _is_toc_body(text[units[k - 1].start : units[k].start]):
            return found, range(0)  # an entry is its number and title, with no sentence
    return found, range(0)


def _is_division(_pos: int, line: str) -> bool:
    """A division heading, with perhaps a title; not a section that opens with a
    sentence ("Section 4. Each Lender agrees to make Loans.")."""
    stripped = line.strip()
    if is_provisions_title(line):
        return True
    if _SECTION_RE.match(line) is None:
        return False
    # "Chapitre 2. - Recours contre les décisions." is a title, however long, as is
    # "CHAPITRE V : Admission et avancement dans l'ordre."
    return (
        not (stripped.endswith(".") and len(stripped.split()) > 6)
        or _DASHED_TITLE_RE.match(stripped) is not None
    )


_DASHED_TITLE_RE = re.compile(r"\S+[ \t]+\S+?[.:]?[ \t]+[-–—:][ \t]")
# "2. Értelmező rendelkezések": a numbered subtitle over a Hungarian "2. §", which
# it heads (the law numbers its subtitles in one count of their own).
_SUBTITLE_RE = re.compile(r"^[ \t]*\d{1,3}\.[ \t]+[^\W\d_][^\n]{0,78}$")
_NUMBER_FIRST_RE = re.compile(rf"^\d[^\n]*{ARTICLE_AFTER_WORD}$")


def _division_test(h: _Heading, marked: Collection[int] = ()) -> Callable[[int, str], bool]:
    """What may head the block above an article: numbered subtitles too over an
    article numbered before its word ("2. §"); a heading its source marked (at one of
    ``marked``) that names a division, by a word too ("# Partie législative"), however
    long its title."""
    test = _is_division_or_subtitle if _NUMBER_FIRST_RE.match(h.heading) else _is_division
    if not marked:
        return test

    def marked_or_test(pos: int, line: str) -> bool:
        return test(pos, line) or (pos in marked and _MARKED_DIVISION_RE.match(line) is not None)

    return marked_or_test


_MARKED_DIVISION_RE = re.compile(
    rf"[ \t]*(?:(?:{DIVISION_WORD}|(?i:section))[ \t\u00a0]+(?:{_NUM}|{_ROMAN}|[^\W\d_]+)"
    rf"|{ORDINAL_DIVISION})[ \t]*(?:[.:\-–—][^\n]*)?$"
)
"""A heading its source marked that names a division, by a number or a word, its title
however long ("Section 3 : Recours exercés devant la cour d'appel contre les décisions
du directeur général …", "Partie législative", "Titre préliminaire")."""


def _is_division_or_subtitle(pos: int, line: str) -> bool:
    """``_is_division``, or a numbered subtitle that ends no sentence."""
    if _is_division(pos, line):
        return True
    return _SUBTITLE_RE.match(line) is not None and not line.rstrip().endswith((".", ";", ",", ":"))


def annex_term(h: _Heading) -> str:
    """The word an annex is headed with, as a reader names it ("PROTOCOL 1" gives
    "Protocol"); "" when its heading is not a word and its label."""
    if h.kind is not SegmentKind.ANNEX or h.label == h.heading or not h.heading.endswith(h.label):
        return ""
    word = h.heading[: len(h.heading) - len(h.label)].strip(" .:-–—")
    if not word or " " in word or not word.isalpha():
        return ""
    return word[:1].upper() + word[1:].lower()


def _unique_labels(headings: list[_Heading], warnings: list[str]) -> list[str]:
    """Labels as printed, made unique: annex 1 beside article 1 becomes "Annex 1"."""
    article_labels = {h.label for h in headings if h.kind is SegmentKind.ARTICLE}
    counts: dict[str, int] = {}
    in_run: set[str] = set()
    """Labels met since the last annex heading: an annex that numbers its articles
    again (the Basic Law's appendix quoting Arts. 3 to 7 of another treaty) is told
    once by the numbering notice, not as a repeat of each number."""
    labels = []
    repeats: list[tuple[str, str, int]] = []
    for h in headings:
        label = h.label
        if h.kind is SegmentKind.ANNEX:
            in_run.clear()
            term = annex_term(h)
            if label in article_labels or (term == "Amendment" and label):
                label = f"{term or 'Annex'} {label}"  # "Amendment XIV" is cited so
        counts[label] = counts.get(label, 0) + 1
        repeated = h.kind is not SegmentKind.ARTICLE or label in in_run
        in_run.add(label)
        if counts[label] > 1 and repeated:
            repeats.append((h.heading or label, label, counts[label]))
        if counts[label] > 1:
            label = f"{label}#{counts[label]}"
        labels.append(label)
    warnings.extend(repeat_notices(repeats))
    return labels


def _series_notices(units: list[Segment]) -> list[str]:
    """Notices of the units numbered from 1 again ("1#2"), as of repeated headings."""
    repeats = []
    for u in units:
        label, mark, count = u.label.rpartition("#")
        if mark and u.kind is SegmentKind.ARTICLE and count.isdigit():
            repeats.append((u.heading or label, label, int(count)))
    return repeat_notices(repeats)


def _with_section_peers(text: str, headings: list[_Heading]) -> list[_Heading]:
    """ "§ 3" after "Artikel 2", continuing its count, heads an article of its own."""
    articles = [h for h in headings if h.kind is SegmentKind.ARTICLE]
    annex = next((h.start for h in headings if h.kind is SegmentKind.ANNEX), None)
    peers = section_peers(text, [(h.start, h.number) for h in articles], annex) or (
        second_series(text, [(h.start, h.body_start, h.number) for h in articles], annex)
    )
    if not peers:
        return headings
    found = [
        _Heading(p.start, p.body_start, SegmentKind.ARTICLE, p.label, p.number, p.heading, "§")
        for p in peers
    ]
    return sorted(headings + found, key=lambda h: h.start)


def _check_order(headings: list[_Heading], warnings: list[str]) -> None:
    """Warn once about numbers that go backwards (1 then 1bis is fine)."""
    runs = [
        h
        for h in headings
        if h.kind is SegmentKind.ANNEX or (h.kind is SegmentKind.ARTICLE and h.number)
    ]
    for prev, cur in itertools.pairwise(runs):
        if SegmentKind.ANNEX in (prev.kind, cur.kind):
            continue  # an annex may number its articles again
        if cur.term == "§" and not prev.term:
            continue  # sections numbered afresh after the articles (``second_series``)
        assert prev.number is not None and cur.number is not None
        if cur.number < prev.number or (cur.number == prev.number and cur.label == prev.label):
            warnings.append(
                f"article numbers are not in order ({prev.label} is followed by {cur.label})"
            )
            return


@dataclass(frozen=True)
class Cut:
    """Segments of a text, warnings for the reader, divisions and the structure found."""

    segments: list[Segment]
    warnings: list[str]
    divisions: tuple[Division, ...] = ()
    structure: str = ""
    unit_style: str = ""


def _cut(
    segments: list[Segment],
    warnings: list[str],
    divisions: tuple[Division, ...],
    unit_style: str = "",
) -> Cut:
    """The cut, told in words counted from its final segments."""
    segments = _named_in_groups(segments)
    return Cut(segments, warnings, divisions, sentence(summarise(segments, divisions)), unit_style)


def _named_in_groups(segments: list[Segment]) -> list[Segment]:
    """Sections named by headings that two groups repeat ("Primera." under "DISPOSICIONES
    ADICIONALES" and again under "DISPOSICIONES TRANSITORIAS"), each named with its
    group too ("DISPOSICIONES TRANSITORIAS – Primera"): two sections of one name could
    not be told apart. The group's heading, with nothing under it, opens its first."""
    headings = Counter(s.label for s in segments if s.kind is SegmentKind.HEADING)
    if all(n == 1 for n in headings.values()):
        return segments
    out: list[Segment] = []
    group, opens = "", None
    for k, seg in enumerate(segments):
        later = segments[k + 1] if k + 1 < len(segments) else None
        if seg.kind is not SegmentKind.HEADING:
            group = ""
        elif later is not None and later.kind is SegmentKind.HEADING and seg.body_start >= seg.end:
            group, opens = seg.label.rstrip(" .:"), seg.start  # a group's heading alone
            continue
        elif group:
            label = f"{group} – {seg.label.rstrip(' .:')}"
            seg = replace(seg, label=label, start=seg.start if opens is None else opens)
            opens = None
        out.append(seg)
    return out


def _titles_to_next(text: str, units: list[Segment], titles: set[int]) -> list[Segment]:
    """Each unit opened at the first of the headings right above it that ``titles``
    holds ("ČÁST DRUHÁ" / "Hlava I" / "Díl I" over "§ 56"), which had trailed the unit
    before: the same headings over another unit made the two read alike."""
    out = list(units)
    ordered = sorted(titles)
    for k in range(1, len(out)):
        prev, unit = out[k - 1], out[k]
        first = bisect_right(ordered, prev.body_start)  # the first title after prev's heading
        if first == len(ordered) or ordered[first] >= unit.start:
            continue
        at = ordered[first]
        end = max(prev.body_start, len(text[:at].rstrip()))
        parts = tuple(
            replace(p, end=min(p.end, end)) for p in prev.parts if p.body_start < end
        )  # the last paragraph's text ends where the titles begin
        out[k - 1] = replace(prev, end=end, parts=parts)
        out[k] = replace(unit, start=at)
    return out


def _heads_only(text: str, at: int, units: list[int], marks: set[int]) -> bool:
    """Whether nothing but marked headings stands from the heading at ``at`` to the
    next unit (at one of ``units``, sorted): a title over the units that follow."""
    k = bisect_right(units, at)
    end = units[k] if k < len(units) else len(text)
    pos = at
    while pos < end:
        line_end = text.find("\n", pos, end)
        line_end = end if line_end < 0 else line_end
        if pos not in marks and text[pos:line_end].strip():
            return False
        pos = line_end + 1
    return k < len(units)


def _names_a_division(text: str, at: int) -> bool:
    """Whether the line at ``at`` opens with a division's mark ("2. peatükk", "Teil 3")."""
    end = text.find("\n", at)
    found = read_marker(text[at : end if end >= 0 else len(text)].strip())
    return found is not None and RANK_DIVISION <= found[1] < RANK_SECTION_WORD


def _repeats_its_unit(text: str, at: int, units: list[Segment]) -> bool:
    """Whether the marked heading at ``at`` prints again the number of the unit it
    stands in: "§ 7c" (weggefallen) over "§ 7c Pflichten des Genehmigungsinhabers", a
    repealed number's stale line over the section given that number again. The two are
    one section (cut apart, the section had been an unnumbered heading, removed)."""
    k = bisect_right([u.start for u in units], at) - 1
    if k < 0 or at >= units[k].end:
        return False
    end = text.find("\n", at)
    found = read_marker(text[at : end if end >= 0 else len(text)].strip())
    return found is not None and found[4] == units[k].label


def _outline_overrules(text: str, found: Structure, outline: tuple[OutlineHeading, ...]) -> bool:
    """Headings the source marked beat numbers that stand on none of them (a policy
    headed "## Your Rights" whose only numbers are those of its lists); numbered units
    that are marked headings themselves, at whatever level ("### § 4" under "##
    Abschnitt 2"), are the structure."""
    starts = [text.rfind("\n", 0, u.start) + 1 for u in found.units]
    below_title = [h for h in outline[1:] if h.level > outline[0].level] if outline else []
    levels = Counter(h.level for h in below_title)
    repeated = [h for h in below_title if levels[h.level] > 1]  # not a subtitle met once
    if repeated and all(_DIVISION_TITLED_RE.match(h.text) for h in repeated):
        return False  # "ROZDZIAŁ II – CZŁONKOWIE" over points 4, 5, 6: chapters of units
    marked = heading_lines(text, outline) | {at for at in starts if opens_in_bold(text, at)}
    if 2 * len(set(starts) & marked) < len(found.units):
        return True
    return under_one_heading(text, outline, starts) or finer_below(text, outline, starts)


_DIVISION_TITLED_RE = re.compile(
    rf"\s*(?:{DIVISION_WORD})\s+(?:[IVXLC]{{1,6}}|\d{{1,3}}|[^\W\d_]+)\.?(?:\s*[-–—:.]\s*\S.*)?$",
    re.IGNORECASE,
)
"""A marked heading that names a division ("ROZDZIAŁ I – CELE", "Chapter 2")."""


HEADINGS_SHARE = 0.4
"""Share of segmenting spent finding the headings (the rest: where each article
begins, then their paragraphs)."""
ASSEMBLY_SHARE = 100
"""Thousandths of segmenting spent finding where each article begins."""


BY_PARAGRAPH = "no article headings found; the text is compared paragraph by paragraph"


def _after_the_articles(text: str, segments: list[Segment]) -> list[Segment]:
    """The units that a text sets after its last article without an article's heading:
    an appendix named with its title, then provisions numbered I., II., III.…, or
    points 1., 2., 3.… under a title of transitional provisions."""
    segments = split_roman_provisions(text, split_titled_annexes(text, segments))
    return split_pointed_provisions(text, segments)


def segment_text(
    text: str,
    should_stop: StopCheck | None = None,
    outline: tuple[OutlineHeading, ...] = (),
    fewest_bare: int = MIN_BARE_UNITS,
    prefer: str = "",
    lone_titles: bool = False,
    sections_share: float = SECTIONS_SHARE,
) -> Cut:
    """Segments of a normalised text, and what a reader should be told about them;
    ``should_stop`` hears how far the text is read (``core.cancel``); ``outline`` holds
    the headings its source marked (``core.outline_headings``); ``fewest_bare``: how
    many bare numbers ("1.", "2.") make a list of sections; ``prefer``: the numbering
    of the units to take where it runs long enough (``structure.choose_units``);
    ``lone_titles``: a title with no text under it heads a unit (``titled_segments``);
    ``sections_share``: the share of the articles that must hold numbered sections for
    the sections to be the units (``section_units``)."""
    warnings: list[str] = []
    share = round(HEADINGS_SHARE * 1000)
    headings = _drop_contents(text, _find_headings(text, part(should_stop, 0, share, 1000)))
    articles = [h.start for h in headings if h.kind is SegmentKind.ARTICLE]
    if quoted := _quoted(text, articles, outline):
        headings = [h for h in headings if h.start not in quoted]
    check(should_stop, share, 1000)
    if not any(h.kind is SegmentKind.ARTICLE for h in headings):
        found = _without_quoted_units(text, find_structure(text, fewest_bare, prefer), outline)
        found, contents = _without_contents_units(text, found)
        marked = outline_starts(text, outline) if outline else []
        if found.units and not (marked and _outline_overrules(text, found, outline)):
            units, divisions = section_segments(text, found, sections_share)
            warnings.extend(_series_notices(units))
            units, warnings = qualified_labels(units, divisions, warnings)
            units = split_closing(text, units)
            if outline:  # "## Anlage" after "## § 3 Inkrafttreten"
                own = [u for u in units if u.kind is not SegmentKind.PREAMBLE]
                lines = [text.rfind("\n", 0, u.start) + 1 for u in own]
                cuts = at_their_level(text, outline, lines, [u.body_start for u in own])
                # "### 2. peatükk" between "##### § 4⁴" and "##### § 5" heads a chapter,
                # "#### Jednatelé" over "##### § 133" a group of sections: neither has text
                marks = heading_lines(text, outline)
                titles = {at for at in cuts if _heads_only(text, at, lines, marks)}
                cuts = {
                    at
                    for at in cuts - titles
                    if not _names_a_division(text, at)
                    and not _repeats_its_unit(text, at, own)
                    and at not in contents  # an entry's title in a table of contents
                }
                units = _titles_to_next(text, split_at_marked(text, units, cuts), titles)
            units = split_trailing_sections(text, units, outdented_only=True)
            units = _after_the_articles(text, units)
            units = preamble_divisions(text, divisions_apart(text, units, divisions), divisions)
            return _cut(units, warnings, divisions, found.unit_style)
        clauses = clause_segments(text)
        if clauses is not None:
            return _cut(*clauses[:1], warnings, clauses[1])
        titled = (
            decimal_segments(text)
            or (outline_segments(text, outline) if marked else None)
            or titled_segments(text, lone_titles)
            or outdented_segments(text)
        )
        if titled is not None:  # (a standard's appendices after its last requirement)
            titled = split_end_matter(text, split_titled_annexes(text, titled), end_matter_at(text))
            return _cut(with_titled_parts(text, titled, list(found.markers)), warnings, ())
        run_in = run_in_segments(text)
        if run_in is not None:
            return _cut(with_titled_parts(text, run_in, list(found.markers)), warnings, ())
        if text.strip():
            warnings.append(BY_PARAGRAPH)
        return Cut(paragraph_segments(text), warnings)
    headings = _with_section_peers(text, headings)
    _check_order(headings, warnings)
    labels = _unique_labels(headings, warnings)
    segments: list[Segment] = []
    # Where each article begins (a title above its heading goes with it): a walk over
    # every heading, reported as it goes.
    cut_at = part(should_stop, share, share + ASSEMBLY_SHARE, 1000)
    starts: list[int] = []
    marked_lines = heading_lines(text, outline) if outline else set()
    for i, h in enumerate(headings):
        if i % CHECK_EVERY == 0:
            check(cut_at, i, len(headings))
        above = headings[i - 1].body_start if i else 0
        article = h.kind is SegmentKind.ARTICLE
        starts.append(
            min(
                block_above(
                    text, above, h.start, _division_test(h, marked_lines), i > 0, marked_lines
                ),
                _title_at(text, above, h),
                lone_title_above(text, above, h.start),
            )
            if article
            else h.start
        )
    first = starts[0]
    pre_end = trim_end(text, 0, first)
    if pre_end > 0 and text[:pre_end].strip():
        pre_start = len(text) - len(text.lstrip())
        segments.append(Segment("preamble", SegmentKind.PREAMBLE, pre_start, pre_end, pre_start))
    for i, (h, label) in enumerate(zip(headings, labels, strict=True)):
        nxt = starts[i + 1] if i + 1 < len(headings) else len(text)
        end = trim_end(text, starts[i], nxt)
        body_start = min(h.body_start, end)
        segments.append(
            Segment(
                label,
                h.kind,
                starts[i],
                end,
                body_start,
                h.heading,
                h.number,
                h.term or annex_term(h),
            )
        )
    level_cuts = (
        at_their_level(text, outline, [text.rfind("\n", 0, h.start) + 1 for h in headings])
        if outline
        else set()
    )
    # Only after the last article: a marked line the article headings passed over
    # earlier ("## Article 5." where a sentence cites it) stays its article's text.
    last = max((h.start for h in headings if h.kind is SegmentKind.ARTICLE), default=len(text))
    trailing = {at for at in level_cuts if at > last}
    segments = split_trailing_sections(
        text, split_at_marked(text, split_closing(text, segments), trailing)
    )
    segments = _titled_ahead(text, segments, level_cuts)
    segments = _after_the_articles(text, segments)
    parts_from = share + ASSEMBLY_SHARE
    segments, divisions = with_article_parts(
        text, segments, part(should_stop, parts_from, 1000, 1000), sections_share
    )
    segments, warnings = qualified_labels(segments, divisions, warnings)
    segments = preamble_divisions(text, divisions_apart(text, segments, divisions), divisions)
    return _cut(segments, warnings, divisions)


def _titled_ahead(text: str, segments: list[Segment], level_cuts: set[int]) -> list[Segment]:
    """The preamble cut at the headings its source marked at the articles' level, where
    they are as many as the articles: sections named by their titles ("## Editor",
    "## Treasurer" …), then one numbered late ("## Article 11"), are units alike. The
    late number had made every titled section before it the preamble."""
    articles = [s.start for s in segments if s.kind is SegmentKind.ARTICLE]
    ahead = {at for at in level_cuts if articles and at < articles[0]}
    if len(ahead) < max(MIN_TITLED_AHEAD, len(articles)):
        return segments
    return split_at_marked(text, segments, ahead, SegmentKind.PREAMBLE)


MIN_TITLED_AHEAD = 3
"""Fewest marked headings ahead of the first article that ``_titled_ahead`` reads as units."""


NORMALISED_SHARE = 80
"""Thousandths of making a document spent normalising its text (the rest: segmenting)."""


def make_document(
    text: str,
    title: str = "",
    source: str = "",
    language: str = "",
    encoding: str = "",
    metadata: dict[str, object] | None = None,
    warnings: tuple[str, ...] = (),
    should_stop: StopCheck | None = None,
    outline: tuple[OutlineHeading, ...] = (),
) -> Document:
    """Normalise, segment and wrap a text in a ``Document``; ``should_stop`` hears
    how far it is (``core.cancel``); ``outline``: the headings its source marked."""
    text = normalise_text(text)
    check(should_stop, NORMALISED_SHARE, 1000)
    outline = tuple(OutlineHeading(h.level, normalise_text(h.text).strip()) for h in outline)
    cut = segment_text(text, part(should_stop, NORMALISED_SHARE, 1000, 1000), outline)
    if not title:
        first_line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
        title = first_line[:120] or source or "Untitled"
    return Document(
        title=title,
        text=text,
        segments=tuple(cut.segments),
        source=source,
        language=language,
        encoding=encoding,
        warnings=tuple(warnings) + tuple(cut.warnings),
        metadata=dict(metadata or {}),
        divisions=cut.divisions,
        structure=cut.structure,
        unit_style=cut.unit_style,
    )
