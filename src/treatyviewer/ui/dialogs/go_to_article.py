"""Go → Go to Article…: pick an article by name, or type its number, and read it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ...core.comparison import Comparison, Row
from ...core.document import Segment, SegmentKind
from ..common.names import segment_name


def tr(text: str) -> str:
    return QCoreApplication.translate("GoToArticle", text)


def article_choices(cmp: Comparison) -> list[tuple[str, Row]]:
    """Every row in reading order, named as the panes name it: "Art. 4 → Art. IX"."""
    out = []
    for row in cmp.rows():
        if row.kind == "pair":
            pair = cmp.pairs[row.index]
            old = " + ".join(segment_name(cmp.old.segments[i]) for i in pair.old)
            new = " + ".join(segment_name(cmp.new.segments[j]) for j in pair.new)
            name = new if old == new else f"{old} → {new}"
        elif row.kind == "added":
            name = tr("{0} (only in the newer text)").format(
                segment_name(cmp.new.segments[row.index])
            )
        else:
            name = tr("{0} (only in the older text)").format(
                segment_name(cmp.old.segments[row.index])
            )
        out.append((name, row))
    return out


_PREFIX = re.compile(r"^\s*(?:art(?:icle|ikel|\.)?|статья|madde|§|sec(?:tion|\.)?)\s*", re.I)


def typed_article(cmp: Comparison, choices: list[tuple[str, Row]], typed: str) -> Row | None:
    """The row a reader means by what they typed: a name from the list, or a number
    as either text prints it ("5", "V", "Art. 5", "article ix"); the newer text's
    article first, as the panes are read in its order."""
    for name, row in choices:
        if name == typed:
            return row
    wanted = _PREFIX.sub("", typed).strip().rstrip(".").casefold()
    if not wanted:
        return None
    best: tuple[int, Row] | None = None
    for _name, row in choices:
        for rank, seg in _segments(cmp, row):
            if seg.label.casefold() == wanted and (best is None or rank < best[0]):
                best = (rank, row)
    if best is not None:
        return best[1]
    return next((row for name, row in choices if wanted in name.casefold()), None)


def _segments(cmp: Comparison, row: Row) -> list[tuple[int, Segment]]:
    """A row's segments, ranked: the newer text's before the older's, articles before
    annexes and the rest (typing "2" means Art. 2, not Annex 2)."""
    if row.kind == "pair":
        new = [cmp.new.segments[j] for j in cmp.pairs[row.index].new]
        old = [cmp.old.segments[i] for i in cmp.pairs[row.index].old]
    else:
        new = [cmp.new.segments[row.index]] if row.kind == "added" else []
        old = [cmp.old.segments[row.index]] if row.kind == "removed" else []
    return [
        (2 * (seg.kind is not SegmentKind.ARTICLE) + side, seg)
        for side, segs in ((0, new), (1, old))
        for seg in segs
    ]


def ask_article(cmp: Comparison, current: Row | None, parent: QWidget) -> Row | None:
    """The row the reader chose or typed, or None when they cancelled. What names no
    article is asked again, saying so, with what was typed kept in the field."""
    choices = article_choices(cmp)
    names = [name for name, _row in choices]
    start = next((k for k, (_n, row) in enumerate(choices) if row == current), 0)
    label = tr("Article:")
    while True:
        name, ok = QInputDialog.getItem(parent, tr("Go to Article"), label, names, start, True)
        if not ok:
            return None
        row = typed_article(cmp, choices, name)
        if row is not None:
            return row
        label = tr("Neither text has an article “{0}”. Article:").format(name.strip())
