"""Build the QTextDocuments a pane shows from a Comparison, in one pass per side.

Text goes in paragraph by paragraph through one QTextCursor on a document that
no view holds yet, so nothing relayouts while it grows. Each change carries its
id in a char-format property, which is how hover, tooltips and tests find it.
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from ...core.bidi import FIRST_STRONG_ISOLATE, LEFT_TO_RIGHT_ISOLATE, POP_ISOLATE
from ...core.comparison import ArticlePair, Comparison
from ...core.document import Document, Segment, SegmentKind, reflowed
from ...core.fate import related_articles
from ...core.own_name import shown_from
from ...core.textdiff import Change
from ...core.withheld import given_as_note, is_withheld
from ..common.colours import Scheme
from ..common.names import segment_name
from ..common.slices import Steps, run_through
from ..common.vocabulary import (
    badge_text,
    confidence_text,
    conjecture_tip,
    percent,
)
from .formats import SEGMENT_PROP, Formats
from .frames import ARTICLES_PER_FRAME, open_frame, page
from .related_links import related_fate, write_related
from .structure_marks import marking_steps

PARA_RE = re.compile(r"\n[ \t]*\n\s*")


def tr(text: str) -> str:
    return QCoreApplication.translate("render", text)


NOT_KNOWN_SPAN = -2
"""The span id of the body of an article whose fate is not known (``Comparison.unknown``)."""


@dataclass
class SideMap:
    """Where each segment and each source offset landed in a rendered document."""

    heading_block: dict[int, int] = field(default_factory=dict)
    last_block: dict[int, int] = field(default_factory=dict)
    run_src: list[int] = field(default_factory=list)
    run_qt: list[int] = field(default_factory=list)
    run_len: list[int] = field(default_factory=list)

    def to_qt(self, offset: int) -> int:
        k = bisect_right(self.run_src, offset) - 1
        if k < 0:
            return self.run_qt[0] if self.run_qt else 0
        return self.run_qt[k] + min(offset - self.run_src[k], self.run_len[k])

    def to_src(self, position: int, forward: bool = False) -> int:
        """The source offset of a rendered position (the inverse of ``to_qt``).

        A position outside the text runs (a heading, a block separator) maps to the
        end of the run before it, or with ``forward`` to the start of the run after it.
        """
        k = bisect_right(self.run_qt, position) - 1
        if k < 0:
            return self.run_src[0] if self.run_src else 0
        inside = position - self.run_qt[k]
        if inside > self.run_len[k] and forward and k + 1 < len(self.run_src):
            return self.run_src[k + 1]
        return self.run_src[k] + min(inside, self.run_len[k])

    def covers(self, offset: int) -> bool:
        """True when the source offset was rendered (its article is not hidden)."""
        k = bisect_right(self.run_src, offset) - 1
        return k >= 0 and offset <= self.run_src[k] + self.run_len[k]


@dataclass
class Rendered:
    document: QTextDocument
    map: SideMap
    changes: list[tuple[int, Change]]
    """(pair index, change) for every change id used in the char formats."""


_first: list[tuple[weakref.ref[Comparison], list[int]]] = []


def first_change_ids(cmp: Comparison) -> list[int]:
    """The id of each pair's first change (and the count at the end): the ids of pair
    ``k`` run from ``[k]`` to ``[k + 1]``."""
    if _first and _first[0][0]() is cmp:
        return _first[0][1]
    out = [0]
    for pair in cmp.pairs:
        out.append(out[-1] + len(pair.changes))
    _first[:] = [(weakref.ref(cmp), out)]
    return out


def reflow(text: str) -> str:
    """Same length as ``text``: soft line breaks become spaces unless the line is short."""
    return reflowed(text)


def paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Absolute (start, end) of the paragraphs in ``text[start:end]``."""
    out, pos = [], start
    for m in PARA_RE.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end and text[pos:end].strip():
        out.append((pos, end.__index__() if text[end - 1] != "\n" else end - 1))
    return [(a, b) for a, b in out if b > a]


_DANGLING = re.compile(r"\s*[-–—:]+$")
"""The dash or colon after "Article 8 -" whose title begins the text below the
heading: without the title beside it, it dangles."""


def heading_text(doc: Document, seg: Segment) -> str:
    head = doc.text[seg.start : seg.body_start].strip()
    head = _DANGLING.sub("", " ".join(head.split())) or head
    if seg.term == "§" and head.rstrip(".") == seg.label:
        return segment_name(seg)  # "0." reads "§ 0" where it stands as a heading
    return head or segment_name(seg)


def heading_parts(doc: Document, seg: Segment) -> tuple[str, str]:
    """(what a text prints above an article's own heading line, as one line: the
    divisions it opens and their titles ("I. FEJEZET · ÁLTALÁNOS RENDELKEZÉSEK"), a
    caption ("（目的）"), or "" when the heading comes first; the heading itself)."""
    if not seg.heading or seg.kind is not SegmentKind.ARTICLE:
        return "", heading_text(doc, seg)
    lines = [ln.strip() for ln in doc.text[seg.start : seg.body_start].splitlines()]
    lines = [ln for ln in lines if ln]
    own = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].startswith(seg.heading)), 0)
    if own == 0:
        return "", heading_text(doc, seg)
    own_line = " ".join(" ".join(lines[own:]).split())
    return " · ".join(lines[:own]), _DANGLING.sub("", own_line) or own_line


def provenance(doc: Document, seg: Segment) -> dict[str, object] | None:
    articles = doc.metadata.get("articles") if isinstance(doc.metadata, dict) else None
    if not isinstance(articles, dict):
        return None
    entry = articles.get(seg.label)
    return entry if isinstance(entry, dict) else None


def provenance_badges(doc: Document, seg: Segment) -> list[tuple[str, str]]:
    """A "reconstructed" or "paraphrased" badge (with its tooltip) unless attested.
    Never "reconstructed" for an article whose text is not given ("[Not reproduced in
    this edition]"): it claims a wording that is not there, beside "not known". (A
    note saying what an annex holds is still a paraphrase.)"""
    prov = provenance(doc, seg)
    if not prov:
        return []
    how = str(prov.get("provenance", "")).strip()
    if not how or how == "attested":
        return []
    kind = "reconstructed" if how.startswith("reconstruct") else "paraphrased"
    if kind == "reconstructed" and is_withheld(doc.body(seg)):
        return []
    if kind == "reconstructed":
        lines = [
            tr(
                "Reconstructed: what this passage says comes from published summaries and "
                "secondary accounts; its wording is the editors', not an attested text."
            )
        ]
    else:
        lines = [tr("Paraphrased: a summary of the passage from a source, not a full rendering.")]
    if prov.get("confidence"):
        sure = confidence_text(str(prov["confidence"]))
        lines.append(
            tr("How sure: {0} (of the content and its place, never of the wording)").format(sure)
        )
    if prov.get("source"):
        lines.append(tr("Source: {0}").format(prov["source"]))
    if prov.get("note"):
        lines.append(str(prov["note"]))
    lines.append(tr("Help → About these texts tells how each text was made."))
    return [(kind, "\n".join(lines))]


class SideRenderer:
    """Renders one side (``old`` or ``new``) of a comparison."""

    def __init__(
        self,
        cmp: Comparison,
        side: str,
        formats: Formats,
    ) -> None:
        self.cmp = cmp
        self.side = side
        self.doc = cmp.old if side == "old" else cmp.new
        self.other = cmp.new if side == "old" else cmp.old
        self.f = formats
        self.changes = cmp.flat_changes  # the change ids, alike in every view
        self.pair_of = cmp.old_to_pair if side == "old" else cmp.new_to_pair
        self.lonely = set(cmp.removed if side == "old" else cmp.added)
        self._namesakes: dict[str, int] | None = None
        """The other text's unpaired articles by label (see ``_unpaired_namesake``)."""
        self._first_ids: list[int] | None = None

    def render(self, hidden: frozenset[int] = frozenset()) -> Rendered:
        return run_through(self.steps(hidden))

    def steps(self, hidden: frozenset[int] = frozenset()) -> Steps[Rendered]:
        """``render`` in steps of a few articles (see ``common.slices``)."""
        rendered = Rendered(self.new_document(), SideMap(), self.changes)
        writer = SegmentWriter(self, rendered)
        total = len(self.doc.segments)
        for i in range(total):
            if i in hidden:
                continue
            writer.write(i)
            yield i, total
        side_map = rendered.map
        yield from marking_steps(rendered.document, self.doc, side_map.to_qt, side_map.covers)
        return rendered

    def new_document(self) -> QTextDocument:
        """An empty document with the pane's font and margin."""
        qdoc = QTextDocument()
        qdoc.setDefaultFont(self.f.font)
        page(qdoc)
        return qdoc

    def _spans(self, i: int) -> list[tuple[int, int, int]]:
        """(start, end, change id) of what is highlighted in segment ``i``, in text
        order; id -1 for the body of an article only this text has. Found per segment
        as it is written (a long text has a hundred thousand changes), as are the
        formats (``_span_format``)."""
        seg = self.doc.segments[i]
        if i in self.lonely:
            if self._unpaired_status(i) == "unknown" or given_as_note(self.doc, seg):
                # Not known to be gone or new, or an editor's note that the text is not
                # given: grey, not marked as deleted or inserted wording.
                return [(seg.body_start, seg.end, NOT_KNOWN_SPAN)]
            return [(seg.body_start, seg.end, -1)]
        k = self.pair_of.get(i)
        if k is None:
            return []
        if self._first_ids is None:
            self._first_ids = first_change_ids(self.cmp)
        old = self.side == "old"
        spans = []
        for cid in range(self._first_ids[k], self._first_ids[k + 1]):
            c = self.changes[cid][1]
            start, end = (c.old_start, c.old_end) if old else (c.new_start, c.new_end)
            if end > start and start < seg.end and end > seg.start:
                spans.append((start, end, cid))
        spans.sort(key=lambda s: s[0])
        return spans

    def body_from(self, i: int) -> int:
        """Where segment ``i``'s lines begin in its text (see ``shown_from``)."""
        seg = self.doc.segments[i]
        marked = ((s, e) for s, e, cid in self._spans(i) if cid >= 0)
        return shown_from(self.doc.text, seg, marked)

    def _span_format(self, cid: int) -> QTextCharFormat:
        if cid == NOT_KNOWN_SPAN:
            return self.f.muted
        if cid < 0:
            return self.f.change("delete" if self.side == "old" else "insert", self.side, -1)
        c = self.changes[cid][1]
        return self.f.change(c.op, self.side, cid, self.f.form_label(c.change_class))

    def _heading(
        self, cursor: QTextCursor, i: int, seg: Segment, first: bool, side_map: SideMap
    ) -> None:
        """``first``: the first heading of the document (no margin above it)."""
        block = QTextBlockFormat(self.f.heading_block)
        block.setProperty(SEGMENT_PROP, i)
        if first:
            block.setTopMargin(0)
        cursor.insertBlock(block)  # after a hidden block (see ``frames``)
        side_map.heading_block[i] = cursor.block().blockNumber()
        self.heading_line(cursor, i, seg)

    def heading_line(self, cursor: QTextCursor, i: int, seg: Segment) -> None:
        """The heading's text, badges and counterpart, at ``cursor`` in its block."""
        above, head = heading_parts(self.doc, seg)
        if above:  # a line of its own over the heading, so that the heading reads alone
            cursor.insertText(above, self.f.muted)
            cursor.insertText("\u2028", self.f.heading)
        cursor.insertText(head, self.f.heading)
        for kind, tip in self._badges(i, seg):
            cursor.insertText("  ", self.f.plain)
            cursor.insertText(badge_text(kind), self.f.badge(kind, tip))
        if i not in self.pair_of:
            cursor.insertText("   ", self.f.muted)
            kind = "removed" if self.side == "old" else "added"
            found = (self.cmp.related_old if self.side == "old" else self.cmp.related_new).get(i)
            shared = tuple(r.index for r in found or ())
            if self._notice(i):
                cursor.insertText(tr("number kept, its text repealed"), self.f.muted)
            elif self._unpaired_status(i) == "unknown":
                cursor.insertText(
                    tr("its text is not given in this edition")
                    if is_withheld(self.doc.body(seg))
                    else tr("the other text gives this part only as editor's notes"),
                    self.f.muted,
                )
            elif not write_related(cursor, kind, self.doc, seg, self.other, shared, self.f.muted):
                namesake = self._unpaired_namesake(seg)
                # "No counterpart" beside an article of the same number would read as a
                # contradiction: say that the namesake was judged another article.
                cursor.insertText(
                    tr("not paired: {0} there reads otherwise").format(segment_name(namesake))
                    if namesake is not None
                    else tr("no counterpart"),
                    self.f.muted,
                )
            return
        counterpart = self._counterpart(i)
        if counterpart:
            cursor.insertText("   " + counterpart, self.f.muted)

    def _fate_line(self, cursor: QTextCursor, i: int, seg: Segment) -> None:
        """A line below the heading saying where an older article went (if it says more)."""
        line, tip = self._fate(i, seg)
        if line:
            cursor.insertBlock(self.f.body_block, self.f.muted)
            fmt = QTextCharFormat(self.f.muted)
            fmt.setToolTip(tip)
            cursor.insertText(line, fmt)

    def _fate(self, i: int, seg: Segment) -> tuple[str, str]:
        """Where an older article went, when its notes say more than its heading shows
        (see ``related_fate``)."""
        if self.side != "old":
            return "", ""
        k = self.pair_of.get(i)
        if k is None:  # the heading lists where its matter went
            return related_fate(
                self.doc, seg, self.other, set(), set(related_articles(self.doc, seg, self.other))
            )
        paired = {self.other.segments[j].label for j in self.cmp.pairs[k].new}
        return related_fate(self.doc, seg, self.other, paired, set())

    def _badges(self, i: int, seg: Segment) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if i in self.lonely and self._notice(i):
            out.append(("repealed", tr("Its number is kept over a notice of repeal")))
        elif i in self.lonely and self._unpaired_status(i) == "unknown":
            tip = tr(
                "Not known whether it was kept: the other text gives an article in this "
                "part only as an editor's note, so the two cannot be compared"
            )
            out.append(("unknown", tip))
        elif i in self.lonely:
            out.append(("removed" if self.side == "old" else "added", ""))
        else:
            k = self.pair_of.get(i)
            if k is not None:
                pair = self.cmp.pairs[k]
                tip = self._pair_tip(pair)
                conjecture = conjecture_tip(self.cmp, pair)  # "moved" on a reconstructed number
                moves = ("moved", "renumbered") if conjecture else ()
                out.extend((b, f"{tip}\n{conjecture}" if b in moves else tip) for b in pair.badges)
        out.extend(provenance_badges(self.doc, seg))
        return out

    def _unpaired_status(self, i: int) -> str:
        return self.cmp.unpaired_status("removed" if self.side == "old" else "added", i)

    def _notice(self, i: int) -> bool:
        """An added article that is only a notice of repeal (``Comparison.notices``)."""
        return self.side == "new" and i in self.cmp.notices

    def _pair_tip(self, pair: ArticlePair) -> str:
        if pair.pending:
            return tr("Paired; the wording is still being compared, changes will follow")
        if pair.origin == "reader":  # no confidence: the program does not rate the reader
            return tr("Similarity {0}, older wording kept {1}, pairing set by you").format(
                percent(pair.shown_similarity), percent(pair.shown_kept)
            )
        return tr("Similarity {0}, older wording kept {1}, confidence {2} ({3})").format(
            percent(pair.shown_similarity),
            percent(pair.shown_kept),
            percent(pair.shown_confidence),
            tr("automatic"),
        )

    def _unpaired_namesake(self, seg: Segment) -> Segment | None:
        """The other text's unpaired article with this article's label, if any."""
        if seg.kind is SegmentKind.PREAMBLE:
            return None
        if self._namesakes is None:  # worked out once, on the first unpaired article
            lonely = self.cmp.added if self.side == "old" else self.cmp.removed
            self._namesakes = {self.other.segments[j].label: j for j in lonely}
        j = self._namesakes.get(seg.label)
        return None if j is None else self.other.segments[j]

    def _counterpart(self, i: int) -> str:
        """Which articles of the other text an article is paired with ("→ Art. V")."""
        k = self.pair_of[i]
        pair = self.cmp.pairs[k]
        others = pair.new if self.side == "old" else pair.old
        names = [segment_name(self.other.segments[j]) for j in others]
        seg = self.doc.segments[i]
        if names == [segment_name(seg)] or (len(others) == 1 and not pair.renumbered):
            # Paired with its namesake, or with the article of its number written as
            # another numeral ("1", "I"): naming it again says nothing.
            return ""
        # No break between the arrow and the name ("→" alone at a line's end). In a
        # right-to-left text the note stays one left-to-right run ("← Art. 1"), each
        # name kept whole within it ("Art. الأولى"): bidirectional isolates.
        arrow = "→\u00a0" if self.side == "old" else "←\u00a0"
        # Nor within a name ("Art." at a line's end and "V" alone on the next).
        whole = ", ".join(
            f"{FIRST_STRONG_ISOLATE}{n.replace(' ', chr(0xA0))}{POP_ISOLATE}" for n in names
        )
        return f"{LEFT_TO_RIGHT_ISOLATE}{arrow}{whole}{POP_ISOLATE}"

    def _body(
        self,
        cursor: QTextCursor,
        seg: Segment,
        spans: list[tuple[int, int, int]],
        side_map: SideMap,
    ) -> None:
        text = self.doc.text
        marked = ((s, e) for s, e, cid in spans if cid >= 0)
        for a, b in paragraphs(text, shown_from(text, seg, marked), seg.end):
            cursor.insertBlock(self.f.body_block, self.f.plain)
            side_map.run_src.append(a)
            side_map.run_qt.append(cursor.position())
            side_map.run_len.append(b - a)
            para = reflow(text[a:b])
            pos = a
            k = 0
            while k < len(spans) and spans[k][0] < b:
                s, e, cid = spans[k]
                k += 1
                if e <= pos:
                    continue
                s = max(s, pos)
                e = min(e, b)
                if s > pos:
                    cursor.insertText(para[pos - a : s - a], self.f.plain)
                cursor.insertText(para[s - a : e - a], self._span_format(cid))
                pos = e
            if pos < b:
                cursor.insertText(para[pos - a :], self.f.plain)


class SegmentWriter:
    """Appends one segment at a time (heading, then body) to a rendered document."""

    def __init__(self, renderer: SideRenderer, rendered: Rendered) -> None:
        self.renderer = renderer
        self.rendered = rendered
        self.cursor = QTextCursor(rendered.document)
        self.written = 0

    def write(self, i: int) -> None:
        r, side_map = self.renderer, self.rendered.map
        seg = r.doc.segments[i]
        if self.written % ARTICLES_PER_FRAME == 0:
            open_frame(self.cursor)  # see ``frames``
        r._heading(self.cursor, i, seg, not self.written, side_map)
        self.written += 1
        r._fate_line(self.cursor, i, seg)
        r._body(self.cursor, seg, r._spans(i), side_map)
        side_map.last_block[i] = self.cursor.block().blockNumber()

    def write_body(self, cursor: QTextCursor, i: int, side_map: SideMap | None = None) -> None:
        """Write segment ``i``'s lines below its heading again at ``cursor`` (the end
        of its heading block), as ``write`` did; the map already knows where they go
        (else ``side_map`` is given the runs written)."""
        r = self.renderer
        seg = r.doc.segments[i]
        r._fate_line(cursor, i, seg)
        r._body(cursor, seg, r._spans(i), SideMap() if side_map is None else side_map)


def render_side(
    cmp: Comparison, side: str, scheme: Scheme, font: QFont, hidden: frozenset[int] = frozenset()
) -> Rendered:
    return SideRenderer(cmp, side, Formats(scheme, font)).render(hidden)
