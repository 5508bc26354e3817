"""The places Next Change goes to in the reading pane, found without measuring them all.

A long pair has a hundred thousand changes; measuring where each lies on every
press took most of a second. Within one pane a change further on in the text is
never higher up, so the word changes are kept in text order (found once per
comparison and pane) and only the few a press needs are measured, by bisection.
Articles only one text has are few and placed by the heights already measured.

A stop is addressed by a cursor ``(w, a)``: the number of word-change stops and
of article stops before it; its index among all stops is ``w + a``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from ...core.comparison import Comparison, Row
from .geometry import SideGeometry

if TYPE_CHECKING:
    from .view_parts import ViewParts

Cursor = tuple[int, int]


class Stop(NamedTuple):
    """One place Next Change goes to: a word change, or a whole added/removed article
    (or one moved with its words kept)."""

    y: float
    position: int | None
    """Where the text cursor goes in the primary pane (None: the article is not in it)."""
    change: int | None
    """Index into the rendered changes, for a word change."""
    row: Row | None
    """The concordance row of a whole article that only one text has (or that moved)."""


def word_positions(view: ViewParts) -> list[tuple[int, int]]:
    """(position, change id) of each word change in the primary pane, in text order;
    changes at one position make one stop (the first change id)."""
    pane = view.primary()
    if pane is view.inline_pane:
        found = [
            (p, cid) for cid, p in (view.inline.change_positions.items() if view.inline else [])
        ]
    elif view.rendered is None:
        return []
    else:
        side = 0 if pane is view.old_pane else 1
        r = view.rendered[side]
        found = []
        for cid, (_k, c) in enumerate(r.changes):
            start = c.old_start if side == 0 else c.new_start
            if r.map.covers(start):
                found.append((r.map.to_qt(start), cid))
    found.sort()
    out: list[tuple[int, int]] = []
    for position, cid in found:
        if not out or out[-1][0] != position:
            out.append((position, cid))
    return out


def moved_only(cmp: Comparison, side: int) -> list[tuple[int, int]]:
    """(pair, its first article in one text: 0 old, 1 new) for the pairs whose articles
    moved and kept every word: no word change stops there, yet a reader looking for
    what changed must not pass a moved article by."""
    return [
        (k, (p.old, p.new)[side][0])
        for k, p in enumerate(cmp.pairs)
        if p.moved and p.status == "unchanged"
    ]


def article_stops(view: ViewParts) -> list[Stop]:
    """Added and removed articles, and articles moved with no word changed, top to
    bottom. Side by side both panes share one vertical layout (a lonely article leaves
    a band in the other pane), so the article's top in its own pane is also where to
    stop in the other."""
    cmp, pane = view.cmp, view.primary()
    if cmp is None:
        return []
    out = []
    if pane is view.inline_pane:
        if view.inline is None:
            return []
        layout = pane.document().documentLayout()
        moved = {k for k, _ in moved_only(cmp, 1)}
        for row, number in zip(view.inline.rows, view.inline.row_blocks, strict=False):
            if row.kind != "pair" or row.index in moved:
                block = pane.document().findBlockByNumber(number)
                y = layout.blockBoundingRect(block).top()
                out.append(Stop(y, block.position(), None, row))
    elif view.rendered is not None:
        own = 0 if pane is view.old_pane else 1
        lonely = [(0, "removed", i, i) for i in cmp.removed]
        lonely += [(1, "added", j, j) for j in cmp.added]
        # A moved article stops where its own pane shows it.
        lonely += [(own, "pair", k, i) for k, i in moved_only(cmp, own)]
        for side, kind, index, i in lonely:
            if i not in view.geo[side].ranges:
                continue
            position = None
            if side == own:
                number = view.rendered[side].map.heading_block[i]
                position = pane.document().findBlockByNumber(number).position()
            out.append(Stop(view.geo[side].ranges[i][0], position, None, Row(kind, index)))  # type: ignore[arg-type]
    return sorted(out, key=_order)


def _order(stop: Stop) -> tuple[float, int]:
    return stop.y, stop.position or 0


class StopIndex:
    """The stops of the primary pane as the view is laid out now."""

    def __init__(self, view: ViewParts, words: list[tuple[int, int]]) -> None:
        self.document = view.primary().document()
        self.words = words
        self.articles = article_stops(view)
        self.geo = SideGeometry()
        """Measures the word stops asked for (its caches hold for this layout)."""

    @property
    def count(self) -> int:
        return len(self.words) + len(self.articles)

    def word(self, w: int) -> Stop:
        position, cid = self.words[w]
        return Stop(self.geo.y_of_position(self.document, position), position, cid, None)

    def at(self, cursor: Cursor) -> Stop:
        """The stop a cursor points at (the nearer of the next word and article stop)."""
        w, a = cursor
        if w >= len(self.words):
            return self.articles[a]
        if a >= len(self.articles):
            return self.word(w)
        word = self.word(w)
        return word if _order(word) <= _order(self.articles[a]) else self.articles[a]

    def after(self, cursor: Cursor) -> Cursor:
        """The cursor of the stop after the one ``cursor`` points at."""
        w, a = cursor
        return (w + 1, a) if self.at(cursor).change is not None else (w, a + 1)

    def before(self, cursor: Cursor) -> Cursor:
        """The cursor of the stop before the one ``cursor`` points at (or of the last
        stop, from the end ``(len(words), len(articles))``)."""
        w, a = cursor
        if w == 0:
            return w, a - 1
        if a == 0:
            return w - 1, a
        word, article = self.word(w - 1), self.articles[a - 1]
        return (w - 1, a) if _order(word) > _order(article) else (w, a - 1)

    def from_y(self, y: float) -> Cursor:
        """The cursor of the first stop at or below ``y``."""
        return self._words_before((y, -1)), sum(1 for s in self.articles if s.y < y)

    def _words_before(self, place: tuple[float, int]) -> int:
        """How many word stops come before ``place`` (y, position), by bisection."""
        lo, hi = 0, len(self.words)
        while lo < hi:
            mid = (lo + hi) // 2
            if _order(self.word(mid)) < place:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def of_index(self, k: int) -> Cursor:
        """The cursor of stop ``k`` (0 or the last: where Next Change starts over)."""
        if k <= 0:
            return 0, 0
        return self.before((len(self.words), len(self.articles)))

    def find(self, key: int | Row) -> Cursor | None:
        """The cursor of a change (its id) or of a whole article's row, if it is a stop."""
        if isinstance(key, Row):
            for a, stop in enumerate(self.articles):
                if stop.row == key:
                    return self._words_before(_order(stop)), a
            return None
        for w, (_position, cid) in enumerate(self.words):
            if cid == key:
                stop = self.word(w)
                return w, sum(1 for s in self.articles if _order(s) < _order(stop))
        return None

    def every(self) -> list[Stop]:
        """All the stops, top to bottom (measures them all: for a short text, or a test)."""
        words = [self.word(w) for w in range(len(self.words))]
        return sorted(words + self.articles, key=_order)
