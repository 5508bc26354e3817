"""The inline redline: one column in reading order, deletions struck, insertions underlined.

The redline is written a row (an article pair, or an article only one text has) at a
time, so a long text can be written from the event loop (``inline_writing``) while
the reader reads its first screens; written at once, it is the same document.
"""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from ...core.bidi import reads_right_to_left
from ...core.comparison import Comparison, Row
from ...core.document import Document, Segment, short_title
from ...core.fate import related_articles
from ...core.own_name import own_name_end, shown_from
from ...core.redline_spacing import apart, closes
from ...core.textdiff import Change
from ..common.slices import Steps, run_through
from ..common.vocabulary import badge_text
from .formats import SEGMENT_PROP, Formats
from .related_links import related_fate, write_related
from .render import (
    PARA_RE,
    SideMap,
    heading_parts,
    provenance_badges,
    reflow,
    tr,
)

Event = tuple[int, int, int, int, Change]
"""(position in the new text, 0 = old words / 1 = new words, change index, id, change)."""
OPENERS = "([{“‘«\"'/-\u2028"


def _runs_together(last: str, first: str) -> bool:
    """Would ``last`` followed by ``first`` glue two words into one?"""
    return bool(last) and not last.isspace() and last not in OPENERS and first.isalnum()


def _spaces(text: str, at: int) -> int:
    """How many whitespace characters follow ``at`` (looking no further than they go:
    the texts are megabytes long, and this is asked for every change)."""
    end = at
    while end < len(text) and text[end].isspace():
        end += 1
    return end - at


def _gap_before(text: str, at: int, floor: int) -> bool:
    """True when a line break separates ``at`` from the text before it (a line start),
    or only whitespace lies between ``floor`` and ``at``."""
    start = min(at, len(text))
    while start > floor and text[start - 1].isspace():
        start -= 1
    return start <= floor or "\n" in text[start:at]


class InlineRenderer:
    def __init__(self, cmp: Comparison, formats: Formats, only_changed: bool = False) -> None:
        self.cmp = cmp
        self.f = formats
        self.changes = cmp.flat_changes
        self.first_id: dict[int, int] = {}
        for cid, (k, _c) in enumerate(self.changes):
            self.first_id.setdefault(k, cid)
        self.rows = [r for r in cmp.rows() if not (only_changed and self._unchanged(r))]
        """The rows shown, in reading order (unchanged pairs left out with ``only_changed``)."""
        self._row_number = {row: n for n, row in enumerate(self.rows)}
        self.row_blocks: list[int] = []
        """Heading block number of each row of ``rows`` written so far."""
        self.change_positions: dict[int, int] = {}
        self._maps: dict[str, SideMap] = {"old": SideMap(), "new": SideMap()}
        self._unsorted: set[str] = set()
        """Sides whose words went in out of their text's order (old words follow the new
        text's order: a moved article): ``maps`` sorts them."""
        self.waiting: Row | None = None
        """A row asked for before it was written (shown once it is)."""
        self._last = ""
        """The last character written in the current paragraph."""
        self._after_old = False
        """True right after deleted (old) words: the next words need a space."""
        self._beside = ""
        """The older text's character next to the old words being written or just
        written (none in a script written without spaces: no space either)."""
        self.document = QTextDocument()
        self.document.setDefaultFont(self.f.font)
        self.document.setDocumentMargin(28)
        self.document.setUndoRedoEnabled(False)
        self._cursor = QTextCursor(self.document)

    def _unchanged(self, row: Row) -> bool:
        if row.kind != "pair":
            return False
        pair = self.cmp.pairs[row.index]
        return pair.status == "unchanged" and not pair.moved

    @property
    def maps(self) -> dict[str, SideMap]:
        """Where the words of each text landed (so far): notes and mentions are drawn
        through these."""
        for side in self._unsorted:
            side_map = self._maps[side]
            runs = sorted(zip(side_map.run_src, side_map.run_qt, side_map.run_len, strict=True))
            side_map.run_src = [r[0] for r in runs]
            side_map.run_qt = [r[1] for r in runs]
            side_map.run_len = [r[2] for r in runs]
        self._unsorted.clear()
        return self._maps

    @property
    def done(self) -> bool:
        return len(self.row_blocks) == len(self.rows)

    def shows(self, row: Row) -> bool:
        return row in self._row_number

    def block_of(self, row: Row) -> int | None:
        """The heading block of a row, or None while it is not written (or not shown)."""
        n = self._row_number.get(row)
        return self.row_blocks[n] if n is not None and n < len(self.row_blocks) else None

    def row_at(self, y: float) -> Row | None:
        """The last row written whose heading starts above ``y`` (a binary search: the
        reading position is asked for at every scroll)."""
        doc = self.document
        layout = doc.documentLayout()
        lo, hi = 0, len(self.row_blocks)
        while lo < hi:
            mid = (lo + hi) // 2
            block = doc.findBlockByNumber(self.row_blocks[mid])
            if layout.blockBoundingRect(block).top() - 4 > y:
                hi = mid
            else:
                lo = mid + 1
        return self.rows[lo - 1] if lo else None

    def render(self) -> QTextDocument:
        """The whole redline at once."""
        run_through(self.steps())
        return self.document

    def steps(self) -> Steps[None]:
        """Write the rows in reading order, one edit block (one layout) each."""
        cursor, total = self._cursor, len(self.rows)
        for n in range(len(self.row_blocks), total):
            row = self.rows[n]
            cursor.beginEditBlock()
            if row.kind == "pair":
                self._pair(cursor, row.index, n == 0)
            elif row.kind == "added":
                self._lonely(cursor, self.cmp.new, row.index, "added", n == 0)
            else:
                self._lonely(cursor, self.cmp.old, row.index, "removed", n == 0)
            cursor.endEditBlock()
            yield n + 1, total

    def _heading(
        self,
        cursor: QTextCursor,
        title: str,
        badges: tuple[str, ...],
        first: bool,
        extra: list[tuple[str, str]] | None = None,
        above: str = "",
    ) -> None:
        """``above``: what the text prints over the heading (a chapter and its title),
        on a muted line of its own as the side-by-side panes show it."""
        block = QTextBlockFormat(self.f.heading_block)
        block.setProperty(SEGMENT_PROP, len(self.row_blocks))
        if first:
            block.setTopMargin(0)
            cursor.setBlockFormat(block)
        else:
            cursor.insertBlock(block)
        self.row_blocks.append(cursor.block().blockNumber())
        if above:
            cursor.insertText(above, self.f.muted)
            cursor.insertText("\u2028", self.f.heading)
        cursor.insertText(title, self.f.heading)
        for kind in badges:
            cursor.insertText("  ", self.f.plain)
            cursor.insertText(badge_text(kind), self.f.badge(kind))
        for kind, tip in extra or []:
            cursor.insertText("  ", self.f.plain)
            cursor.insertText(badge_text(kind), self.f.badge(kind, tip))

    def _names(self, doc: Document, indices: tuple[int, ...]) -> str:
        """The articles' own headings, without the chapters printed over them: "第一章
        总则 第一条 → 第一章 总 则 第一条" had named one article by its chapter twice."""
        return " + ".join(heading_parts(doc, doc.segments[i])[1] for i in indices)

    def _pair(self, cursor: QTextCursor, k: int, first: bool) -> None:
        pair = self.cmp.pairs[k]
        old_name = self._names(self.cmp.old, pair.old)
        new_name = self._names(self.cmp.new, pair.new)
        above = heading_parts(self.cmp.new, self.cmp.new.segments[pair.new[0]])[0]
        # Right to left the older name stands to the right: the arrow points left to the newer.
        arrow = "←" if reads_right_to_left(old_name + new_name) else "→"
        title = new_name if old_name == new_name else f"{old_name} {arrow} {new_name}"
        extra = [b for i in pair.old for b in self._provenance("old", i)] + [
            b for j in pair.new for b in self._provenance("new", j)
        ]
        self._heading(cursor, title, pair.badges, first, list(dict.fromkeys(extra)), above)
        base = self.first_id.get(k, 0)
        for j in pair.new:
            seg = self.cmp.new.segments[j]
            events = self._events(pair.changes, seg, base)
            if not events and own_name_end(self.cmp.new.text, seg) >= seg.end:
                continue  # a heading and nothing more: its heading line says it all
            cursor.insertBlock(self.f.body_block, self.f.plain)
            self._last = ""
            self._segment_body(cursor, seg, events)

    def _events(self, changes: tuple[Change, ...], seg: Segment, base: int) -> list[Event]:
        """Where each change's old and new text go in the new segment's text, in order.

        Deleted words follow the words they followed in the older text: a deletion
        at the end of an old paragraph stays at the end of that paragraph instead
        of opening the next one.
        """
        old_text, text = self.cmp.old.text, self.cmp.new.text
        events: list[Event] = []
        for i, c in enumerate(changes):
            # A change may run from one part of a split into the next (the words put in
            # at the end of § 11 and the heading of § 12): each part shows its share.
            runs_in = c.new_start < seg.body_start < c.new_end
            if not (seg.body_start <= c.new_start <= seg.end or runs_in):
                continue
            if c.old_end > c.old_start and not runs_in:
                at = c.new_start
                if _gap_before(text, at, seg.body_start) and not _gap_before(
                    old_text, c.old_start, 0
                ):
                    at = len(text[seg.body_start : at].rstrip()) + seg.body_start
                events.append((at, 0, i, base + i, c))
            if c.new_end > c.new_start:
                events.append((max(c.new_start, seg.body_start), 1, i, base + i, c))
        events.sort(key=lambda e: (e[0], e[2], e[1]))
        return events

    def _format(self, c: Change, side: str, cid: int) -> QTextCharFormat:
        op = c.op if c.op == "replace" else ("delete" if side == "old" else "insert")
        return self.f.change(op, side, cid, self.f.form_label(c.change_class))

    def _segment_body(self, cursor: QTextCursor, seg: Segment, events: list[Event]) -> None:
        text, old_text = self.cmp.new.text, self.cmp.old.text
        pos = shown_from(text, seg, ((e[4].new_start, e[4].new_end) for e in events))
        for at, part, _i, cid, c in events:
            if at < pos:
                continue
            self._write(cursor, text[pos:at], self.f.plain, source=("new", pos))
            pos = at
            if part == 0:
                self.change_positions.setdefault(cid, cursor.position())
                fmt = self._format(c, "old", cid)
                self._beside = old_text[c.old_start - 1 : c.old_start] if c.old_start else ""
                self._write(cursor, c.old_text, fmt, gap=True, source=("old", c.old_start))
                self._after_old = True
                self._beside = old_text[c.old_end : c.old_end + 1]
                if _gap_before(text, at, seg.body_start) and _gap_before(
                    old_text, min(c.old_end, len(old_text)) + _spaces(old_text, c.old_end), 0
                ):
                    cursor.insertText("\u2028", self.f.plain)
                    self._last = ""
            else:
                self.change_positions.setdefault(cid, cursor.position())
                fmt = self._format(c, "new", cid)
                end = min(c.new_end, seg.end)
                self._write(cursor, text[at:end], fmt, source=("new", at))
                pos = max(pos, end)
        self._write(cursor, text[pos : seg.end].rstrip("\n"), self.f.plain, source=("new", pos))

    def _provenance(self, side: str, i: int) -> list[tuple[str, str]]:
        """A "reconstructed" (or "paraphrased") badge of one text's article, its tooltip
        naming that text: a heading of the redline stands for both texts, and the badge
        had not said it was the draft's."""
        doc = self.cmp.old if side == "old" else self.cmp.new
        which = (
            tr("The older text, {0}:") if side == "old" else tr("The newer text, {0}:")
        ).format(short_title(doc))
        return [(kind, f"{which}\n{tip}") for kind, tip in provenance_badges(doc, doc.segments[i])]

    def _lonely(self, cursor: QTextCursor, doc: Document, i: int, kind: str, first: bool) -> None:
        seg: Segment = doc.segments[i]
        badge = self.cmp.unpaired_status(kind, i)  # "repealed", "not known" or the kind
        above, title = heading_parts(doc, seg)
        side = "old" if doc is self.cmp.old else "new"
        self._heading(cursor, title, (badge,), first, self._provenance(side, i), above)
        self._related(cursor, doc, i, kind)
        start = shown_from(doc.text, seg, ())
        if start >= seg.end:
            return
        cursor.insertBlock(self.f.body_block, self.f.plain)
        op = "insert" if kind == "added" else "delete"
        side = "new" if kind == "added" else "old"
        known = badge != "unknown"  # a fate not known is not marked as deleted or inserted
        self._write(
            cursor,
            doc.text[start : seg.end].rstrip("\n"),
            self.f.change(op, side, -1) if known else self.f.plain,
            source=(side, start),
        )

    def _related(self, cursor: QTextCursor, doc: Document, i: int, kind: str) -> None:
        """As beside each other: after the heading, the articles of the other text its
        matter went to (came from), each a link, and what the notes say became of it."""
        seg = doc.segments[i]
        other = self.cmp.new if kind == "removed" else self.cmp.old
        found = (self.cmp.related_old if kind == "removed" else self.cmp.related_new).get(i)
        cursor.insertText("   ", self.f.muted)
        shared = tuple(r.index for r in found or ())
        if not write_related(cursor, kind, doc, seg, other, shared, self.f.muted):
            cursor.insertText(tr("no counterpart"), self.f.muted)
        listed = set(related_articles(doc, seg, other))  # the line above names them
        line, tip = related_fate(doc, seg, other, set(), listed) if kind == "removed" else ("", "")
        if line:
            cursor.insertBlock(self.f.body_block, self.f.muted)
            fmt = QTextCharFormat(self.f.muted)
            fmt.setToolTip(tip)
            cursor.insertText(line, fmt)

    def _write(
        self,
        cursor: QTextCursor,
        text: str,
        fmt: QTextCharFormat,
        gap: bool = False,
        source: tuple[str, int] | None = None,
    ) -> None:
        """Text with paragraph breaks turned into new blocks.

        Deleted words come from the other text, so nothing in the new text
        separates them from their neighbours: a space goes in between whenever two
        words would otherwise run together ("Draft Treaty", not "DraftTreaty").
        """
        starts, pos = [], 0
        for m in PARA_RE.finditer(text):
            starts.append((pos, m.start()))
            pos = m.end()
        starts.append((pos, len(text)))
        for n, (a, b) in enumerate(starts):
            part = text[a:b]
            if n:
                cursor.insertBlock(self.f.body_block, self.f.plain)
                self._last = ""
            if not part:
                continue
            after_old = self._after_old and self._last and not self._last.isspace()
            if (
                ((gap or self._after_old) and _runs_together(self._last, part[0]))
                or (after_old and not closes(part[0]))
            ) and apart(self._last, part, self._beside if gap or self._after_old else ""):
                cursor.insertText(" ", self.f.plain)
            self._after_old = False
            self._beside = ""
            if source is not None:
                side_map = self._maps[source[0]]
                if side_map.run_src and source[1] + a < side_map.run_src[-1]:
                    self._unsorted.add(source[0])
                side_map.run_src.append(source[1] + a)
                side_map.run_qt.append(cursor.position())
                side_map.run_len.append(b - a)
            cursor.insertText(reflow(part), fmt)
            self._last = part[-1]


def render_inline(cmp: Comparison, formats: Formats, only_changed: bool) -> InlineRenderer:
    renderer = InlineRenderer(cmp, formats, only_changed)
    renderer.render()
    return renderer
