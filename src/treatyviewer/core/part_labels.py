"""Paragraph and point labels that changed: numbering, not a figure of the text.

When paragraphs 2 and 3 of an article are struck out, its paragraph "4." is
printed "2." in the new text. The word diff sees the digit change; it is the
paragraph's place in the list, not an amount or a date the text states, so it
is classed ``numbering`` (form) wherever both sides of a change lie in the
label of a numbered paragraph or point, or are the circled number ("⑤" → "⑥")
that opens a Korean or Japanese paragraph. A label put in or struck out alone
(an article that gains a second paragraph has its first marked "(1)" or "①")
is numbering too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from .change_kinds import SUBSTANCE
from .document import Document
from .textdiff import Change


def label_spans(doc: Document, indices: Sequence[int]) -> list[tuple[int, int]]:
    """Where the labels of the parts of units ``indices`` stand, sorted (absolute)."""
    spans = [
        (p.start, p.body_start) for i in indices for p in doc.segments[i].parts
    ]  # fmt: skip
    return sorted(spans)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    len_max = 1 << 62  # after every span that starts at ``start``
    k = bisect_right(spans, (start, len_max)) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


_CIRCLED = re.compile("[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]")
"""A circled number, ① to ㊿: the mark of a paragraph in Korean and Japanese laws."""
_BEFORE_MARK = re.compile(r"[ \t*_\u3000]*")
"""What may stand between a line's start and its paragraph's mark ("**⑤**" in Markdown)."""


def _circled_mark(text: str, start: int, end: int) -> bool:
    """The span is the circled number that opens a line: a paragraph's mark, which
    the paragraphs found in a text do not always include."""
    if not _CIRCLED.fullmatch(text, start, end):
        return False
    line = text.rfind("\n", 0, start) + 1
    return _BEFORE_MARK.fullmatch(text, line, start) is not None


def numbering_changes(
    old: Document,
    new: Document,
    old_ix: Sequence[int],
    new_ix: Sequence[int],
    changes: Sequence[Change],
) -> list[Change]:
    """``changes`` with each substance change that only replaces one part label by
    another, or only puts in or strikes out a part label, classed ``numbering``: an
    article that gains a second paragraph has its first marked "(1)" or "①", the
    label of its place in the list, not a figure of the text."""
    old_spans = new_spans = None
    out = []
    for c in changes:
        if c.change_class in SUBSTANCE:
            if old_spans is None or new_spans is None:
                old_spans, new_spans = label_spans(old, old_ix), label_spans(new, new_ix)
            sides = (
                [(old.text, old_spans, c.old_start, c.old_end)] if c.op != "insert" else []
            ) + ([(new.text, new_spans, c.new_start, c.new_end)] if c.op != "delete" else [])
            if all(_is_label(*side) for side in sides):
                c = replace(c, change_class="numbering")
        out.append(c)
    return out


def _is_label(text: str, spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """The span is (inside) a part's label, or a circled paragraph mark."""
    if not text[start:end].strip():
        return False
    return _inside(spans, start, end) or _circled_mark(text, start, end)
