"""Finding the article a reader names in Go to Article: every row's name, and the row
a typed number or name stands for."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core.comparison import Comparison, Row
from ...core.document import Document, Segment, SegmentKind
from ...core.numerals import roman_value
from ..common.names import segment_name


def tr(text: str) -> str:
    return QCoreApplication.translate("GoToArticle", text)


def row_name(cmp: Comparison, row: Row) -> str:
    """A row named as the panes name it: "Art. 4 → Art. IX"."""
    if row.kind == "pair":
        pair = cmp.pairs[row.index]
        old = " + ".join(segment_name(cmp.old.segments[i]) for i in pair.old)
        new = " + ".join(segment_name(cmp.new.segments[j]) for j in pair.new)
        return new if old == new else f"{old} → {new}"
    doc = cmp.new if row.kind == "added" else cmp.old
    name = segment_name(doc.segments[row.index])
    if cmp.unpaired_status(row.kind, row.index) == "unknown":  # an editor's note stands there
        # which text has it: in a chain the older text may have its own Art. XI too
        if row.kind == "added":
            return tr("{0} of the newer text, not known whether in the older").format(name)
        return tr("{0} of the older text, not known whether in the newer").format(name)
    if row.kind == "added":
        return tr("{0}, only in the newer text").format(name)
    return tr("{0}, only in the older text").format(name)


def article_choices(cmp: Comparison) -> list[tuple[str, Row]]:
    """Every row in reading order with its name (the dialog names rows only as they
    are shown: a long text has tens of thousands)."""
    return [(row_name(cmp, row), row) for row in cmp.rows()]


_PREFIX = re.compile(r"^\s*(?:art(?:icle|ikel|\.)?|статья|madde|§|sec(?:tion|\.)?)\s*", re.I)


_OLDER = frozenset(("old", "older", "draft", "стар", "старый", "старая", "eski"))
_NEWER = frozenset(("new", "newer", "нов", "новый", "новая", "yeni"))
_SIDE = re.compile(
    rf"^\s*(?P<word>{'|'.join(sorted(_OLDER | _NEWER, key=len, reverse=True))})\b\.?\s*", re.I
)
"""A word before the number naming the text it is counted in ("old 30", "new V")."""


def typed_article(
    cmp: Comparison, rows: Sequence[Row], typed: str, name: Callable[[int], str]
) -> Row | None:
    """The row a reader means by what they typed: a number as either text prints it
    ("5", "V", "Art. 5", "article ix"), the newer text's article first, as the panes
    are read in its order, or the older text's for "old 5" ("new 5": the newer's only);
    else a name from the list (``name(n)``: the name of ``rows[n]``, found only as far
    as needed)."""
    only, typed, wanted = _read_typed(typed)
    if wanted:
        best: tuple[int, Row] | None = None
        for row in rows:
            for rank, seg in _segments(cmp, row, only):
                if seg.label.casefold() == wanted and (best is None or rank < best[0]):
                    best = (rank, row)
        if best is None and (value := _value(wanted)) is not None:
            # "14" where the text prints "XIV" (or "xiv" where it prints "14")
            for row in rows:
                for rank, seg in _segments(cmp, row, only):
                    if seg.number == value and (best is None or rank < best[0]):
                        best = (rank, row)
        if best is not None:
            return best[1]
        if (in_division := _in_division(cmp, rows, typed, only)) is not None:
            return in_division
    typed = typed.strip()
    if not typed:
        return None
    partial: Row | None = None
    within = _within_names(wanted) if wanted else None
    for n, row in enumerate(rows):
        text = name(n)
        if text == typed:
            return row
        if partial is None and within is not None and within.search(text.casefold()):
            partial = row
    return partial


def _within_names(wanted: str) -> re.Pattern[str]:
    """What a name must hold to be the one meant by ``wanted``: the words typed, and
    where they end in a figure, no further figure after it ("L132-1" names no "Art.
    L132-10", a provision of its own that Go to had opened instead without a word)."""
    return re.compile(re.escape(wanted) + (r"(?!\d)" if wanted[-1:].isdigit() else ""))


_VOLUME_WORDS = ("volume", "book", "том", "cilt")
"""Words a reader may put before a division's number whatever the text calls it."""
_UNIT_WORDS = ("chapter", "article", "section", "глава", "статья", "bölüm", "madde")
"""Words a reader may put before a unit's number whatever the text calls it."""
_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_BETWEEN = re.compile(r"[\s.,:;/§-]*")
"""What may stand between the words and numbers of "Vol. II, Chapter I" or "II:I"."""


def _in_division(cmp: Comparison, rows: Sequence[Row], typed: str, only: int | None) -> Row | None:
    """The unit a reader names by its division and its number in it, where a book in
    volumes counts its chapters again in each (labelled "II:I"): "II I", "2:1",
    "Vol. II, Chapter I", "volume 2 chapter 1"; or, by a division's own word and
    number alone ("Vol II"), the first unit in that division. The newer text's first,
    as ``typed_article`` ranks them."""
    asked = _division_and_unit(typed)
    if asked is None:
        return None
    best: tuple[int, Row] | None = None
    for row in rows:
        for rank, seg in _segments(cmp, row, only):
            doc = cmp.new if rank % 2 == 0 else cmp.old
            if _names_unit(doc, seg, *asked) and (best is None or rank < best[0]):
                best = (rank, row)
    return None if best is None else best[1]


def _division_and_unit(typed: str) -> tuple[str | None, str, str | None] | None:
    """(word before the division's number, that number, the unit's number) of what a
    reader typed, in lower case; the unit's None for a division named alone, which
    needs its word ("Vol II": "II" alone is the second article); the division's "" for
    a unit named by its own word alone ("Chapter II": the first so numbered, as "2" is,
    where the text calls its units so). None for anything else."""
    tokens = _TOKEN.findall(typed)
    if not tokens or any(_BETWEEN.fullmatch(gap) is None for gap in _TOKEN.split(typed)):
        return None
    kinds = "".join("n" if _value(t.casefold()) is not None else "w" for t in tokens)
    words = [t.casefold() for t, k in zip(tokens, kinds, strict=True) if k == "w"]
    numbers = [t.casefold() for t, k in zip(tokens, kinds, strict=True) if k == "n"]
    if kinds in ("nn", "wnn"):  # "ch II:I": the word is the unit's, any division
        word = words[0] if words and not _says(words[0], _UNIT_WORDS) else None
        return word, numbers[0], numbers[1]
    if kinds in ("nwn", "wnwn") and _says(words[-1], _UNIT_WORDS):
        return (words[0] if kinds == "wnwn" else None), numbers[0], numbers[1]
    if kinds == "wn" and _says(words[0], _UNIT_WORDS):  # "chapter 2": as "2" is read
        return words[0], "", numbers[0]
    if kinds == "wn":
        return words[0], numbers[0], None
    return None


def _says(word: str, names: Sequence[str]) -> bool:
    """Whether ``word`` is one of ``names`` or a short form of one ("vol", "ch")."""
    return any(len(word) >= 2 and (n.startswith(word) or word.startswith(n)) for n in names)


def _names_unit(
    doc: Document, seg: Segment, word: str | None, division: str, unit: str | None
) -> bool:
    """Whether ``seg`` is the unit so numbered in a division so numbered (any unit of
    it when ``unit`` is None) that holds it, the division called by ``word`` if given."""
    if unit is not None and not (
        seg.label.rpartition(":")[2].casefold() == unit or seg.number == _value(unit)
    ):
        return False
    if not division:  # a unit named by its own word alone ("Chapter II"), in any division
        return word is not None and _says(word, (seg.heading.split(" ", 1)[0].casefold(),))
    k = seg.division
    while k is not None:
        held = doc.divisions[k]
        named = word is None or _says(word, (held.term.casefold(), *_VOLUME_WORDS))
        if named and (
            held.label.casefold() == division or _value(held.label.casefold()) == _value(division)
        ):
            return True
        k = held.parent
    return False


@dataclass(frozen=True)
class Clause:
    """A numbered clause a reader typed ("3.2"): the row of its article, and where the
    clause begins in the text that prints it (``side``: 0 older, 1 newer)."""

    row: Row
    side: int
    offset: int


def _read_typed(typed: str) -> tuple[int | None, str, str]:
    """What a reader typed, read: the text it is counted in, when a word before the
    number names one ("old 30", "new V": None for either), what follows that word, and
    the number or name wanted, in lower case, with "Art." and a closing stop left out."""
    side = _SIDE.match(typed)
    only = None
    if side:
        only = 1 if side["word"].casefold() in _OLDER else 0
        typed = typed[side.end() :]
    return only, typed, _PREFIX.sub("", typed).strip().rstrip(".").casefold()


def typed_clause(cmp: Comparison, typed: str) -> Clause | None:
    """The clause a reader means by what they typed, as either text prints its key
    ("3.2", "Art. 8.2", "old 5.3.1"), the newer text's first; None if no article holds
    one so named."""
    only, _, wanted = _read_typed(typed)
    if not wanted:
        return None
    for which in (1, 0):
        if only == which:
            continue
        doc = cmp.new if which else cmp.old
        for k, seg in enumerate(doc.segments):
            for part in seg.parts:
                if part.key.casefold() == wanted:
                    return Clause(cmp.row_of_segment(which, k), which, part.start)
    return None


def _value(wanted: str) -> int | None:
    """The number a reader typed, in figures or in Roman numerals."""
    if wanted.isdigit():
        return int(wanted)
    return roman_value(wanted.upper())


def _segments(cmp: Comparison, row: Row, only: int | None = None) -> list[tuple[int, Segment]]:
    """A row's segments, ranked: the newer text's before the older's, articles before
    annexes and the rest (typing "2" means Art. 2, not Annex 2); ``only`` 0 or 1: those
    of the newer or of the older text alone."""
    if row.kind == "pair":
        new = [cmp.new.segments[j] for j in cmp.pairs[row.index].new]
        old = [cmp.old.segments[i] for i in cmp.pairs[row.index].old]
    else:
        new = [cmp.new.segments[row.index]] if row.kind == "added" else []
        old = [cmp.old.segments[row.index]] if row.kind == "removed" else []
    return [
        (2 * (seg.kind is not SegmentKind.ARTICLE) + side, seg)
        for side, segs in ((0, new), (1, old))
        if only is None or side == only
        for seg in segs
    ]
