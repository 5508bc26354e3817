"""Make aligned articles start at the same height in both panes.

The shorter side of each aligned (not moved) pair gets extra top margin on the
next heading, computed from one layout of each document and applied in one edit
block, so 450 articles cost one relayout, not 450.
"""

from __future__ import annotations

from collections.abc import Container

from PySide6.QtGui import QTextCursor, QTextDocument

from ...core.comparison import Comparison
from .formats import HEADING_GAP
from .frames import first_shown
from .render import SideMap

Anchor = tuple[int, int]
"""(old segment index, new segment index) whose headings should line up."""


def anchors(
    cmp: Comparison, old_map: SideMap | Container[int], new_map: SideMap | Container[int]
) -> list[Anchor]:
    """The in-order chain of pairs that can line up (moved pairs cross instead); a
    segment lines up when it is rendered (its heading is in the map, or in the set)."""
    old_shown = old_map.heading_block if isinstance(old_map, SideMap) else old_map
    new_shown = new_map.heading_block if isinstance(new_map, SideMap) else new_map
    out: list[Anchor] = []
    last_old = last_new = -1
    for row in cmp.rows():
        if row.kind != "pair":
            continue
        pair = cmp.pairs[row.index]
        if pair.moved:
            continue
        o, n = pair.old[0], pair.new[0]
        if o not in old_shown or n not in new_shown:
            continue
        if o <= last_old or n <= last_new:
            continue
        out.append((o, n))
        last_old, last_new = max(pair.old), max(pair.new)
    return out


class Padding:
    """The top margins added to heading blocks of one document, by block number."""

    def __init__(self) -> None:
        self.extra: dict[int, float] = {}
        self.bottom = 0.0

    def reset(self) -> None:
        self.extra.clear()
        self.bottom = 0.0


def _text_top(document: QTextDocument, block_number: int) -> float:
    block = document.findBlockByNumber(block_number)
    return document.documentLayout().blockBoundingRect(block).top()


def align_documents(
    chain: list[Anchor],
    docs: tuple[QTextDocument, QTextDocument],
    maps: tuple[SideMap, SideMap],
    pads: tuple[Padding, Padding],
) -> None:
    """Recompute and apply the padding of both documents (current text width)."""
    natural: list[tuple[float, float]] = []
    cum = [0.0, 0.0]
    for anchor in chain:
        ys = []
        for side in (0, 1):
            block = maps[side].heading_block[anchor[side]]
            cum[side] += pads[side].extra.get(block, 0.0)
            ys.append(_text_top(docs[side], block) - cum[side])
        natural.append((ys[0], ys[1]))
    new_pads: tuple[dict[int, float], dict[int, float]] = ({}, {})
    cum = [0.0, 0.0]
    for anchor, (y_old, y_new) in zip(chain, natural, strict=True):
        y = (y_old + cum[0], y_new + cum[1])
        target = max(y)
        for side in (0, 1):
            extra = target - y[side]
            if extra > 0.5:
                new_pads[side][maps[side].heading_block[anchor[side]]] = extra
                cum[side] += extra
    for side in (0, 1):
        _apply(docs[side], pads[side], new_pads[side])
    pad_bottoms(docs, pads)


def pad_bottoms(docs: tuple[QTextDocument, QTextDocument], pads: tuple[Padding, Padding]) -> None:
    """Make both documents end at the same height."""
    heights = [docs[s].size().height() - pads[s].bottom for s in (0, 1)]
    tallest = max(heights)
    for side in (0, 1):
        _apply_bottom(docs[side], pads[side], tallest - heights[side])


def remove_padding(
    docs: tuple[QTextDocument, QTextDocument], pads: tuple[Padding, Padding]
) -> None:
    """Take the alignment padding out again (one text shown alone needs no gaps)."""
    for side in (0, 1):
        _apply(docs[side], pads[side], {})
        _apply_bottom(docs[side], pads[side], 0.0)


def _apply(document: QTextDocument, padding: Padding, wanted: dict[int, float]) -> None:
    changed = {b for b in set(padding.extra) | set(wanted) if padding.extra.get(b) != wanted.get(b)}
    if not changed:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for number in sorted(changed):
        _set_top(cursor, number, wanted.get(number, 0.0))
    cursor.endEditBlock()
    padding.extra = dict(wanted)


def _set_top(cursor: QTextCursor, number: int, extra: float) -> None:
    block = cursor.document().findBlockByNumber(number)
    fmt = block.blockFormat()
    base = 0.0 if first_shown(block) else HEADING_GAP
    fmt.setTopMargin(base + extra)
    cursor.setPosition(block.position())
    cursor.setBlockFormat(fmt)


def line_up(
    batch: list[Anchor],
    docs: tuple[QTextDocument, QTextDocument],
    maps: tuple[SideMap, SideMap],
    pads: tuple[Padding, Padding],
) -> None:
    """Pad the higher of each anchor's two headings down to the other: the step of
    ``align_documents`` for the anchors just written, when everything above them is
    already aligned. Their heights come from one layout and the padding goes in in one
    edit per document (each edit makes Qt walk the blocks below it)."""
    blocks = [[maps[side].heading_block[anchor[side]] for anchor in batch] for side in (0, 1)]
    tops = [[_text_top(docs[side], b) for b in blocks[side]] for side in (0, 1)]
    cum = [0.0, 0.0]
    wanted: tuple[dict[int, float], dict[int, float]] = ({}, {})
    for j in range(len(batch)):
        y = (tops[0][j] + cum[0], tops[1][j] + cum[1])
        target = max(y)
        for side in (0, 1):
            extra = target - y[side]
            if extra > 0.5:
                wanted[side][blocks[side][j]] = extra
                cum[side] += extra
    for side in (0, 1):
        if not wanted[side]:
            continue
        cursor = QTextCursor(docs[side])
        cursor.beginEditBlock()
        for number, extra in wanted[side].items():
            _set_top(cursor, number, extra)
        cursor.endEditBlock()
        pads[side].extra.update(wanted[side])


def _apply_bottom(document: QTextDocument, padding: Padding, extra: float) -> None:
    """Pad the end of the document: a frame's bottom margin (a last block's does not
    count towards the document's height). The root frame's last child (the last group
    of frames, ``frames``) takes it, not the root frame: a new format for the root makes
    Qt lay out the whole text again (0.2 s a pane at 20 MB, as the text is all written).
    Padding goes in once the text is all written, so that frame stays the last."""
    if abs(extra - padding.bottom) < 0.5:
        return
    frames = document.rootFrame().childFrames()
    frame = frames[-1] if frames else document.rootFrame()
    fmt = frame.frameFormat()
    fmt.setBottomMargin(fmt.bottomMargin() - padding.bottom + extra)
    frame.setFrameFormat(fmt)
    padding.bottom = extra
