"""A long text written in frames of a few dozen articles each.

After any edit of a document Qt's layout walks on over every block below the
edit, moving it, however little changed: in a 20 MB text that is a second per
edit. But it moves a child frame whose text did not change as one piece. So the
articles go into frames of ``ARTICLES_PER_FRAME``, one after another; an edit
then costs a walk over one frame's blocks and over the frames below it.

The frames add no height: the empty block Qt keeps before and after a frame and
the first block in each frame are hidden (Qt lays out no hidden block, and folds
the margins around it as if it were not there), so a heading keeps its margin.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFrameFormat

ARTICLES_PER_FRAME = 32
FAR_BELOW = 1e9
PAGE_MARGIN = 28.0
"""Around the text. Left and right it is the frames' own: Qt's hit test takes a point
left of a frame for its start, and the panes ask for the text at their left edge."""


def page(document: QTextDocument) -> None:
    """Give an empty document the pane's margins (see ``PAGE_MARGIN``)."""
    fmt = document.rootFrame().frameFormat()
    fmt.setMargin(0)
    fmt.setTopMargin(PAGE_MARGIN)
    fmt.setBottomMargin(PAGE_MARGIN)
    document.rootFrame().setFrameFormat(fmt)


def open_frame(cursor: QTextCursor) -> None:
    """Put ``cursor`` in a new frame at the end of the document, in a hidden block
    (the next heading is inserted after it)."""
    doc = cursor.document()
    cursor.setPosition(doc.rootFrame().lastPosition())
    fmt = QTextFrameFormat()
    fmt.setLeftMargin(PAGE_MARGIN)
    fmt.setRightMargin(PAGE_MARGIN)
    cursor.insertFrame(fmt)
    frame = cursor.currentFrame()
    _hide(cursor.block(), QPointF(0, 0))
    for outside in (frame.firstPosition() - 1, frame.lastPosition() + 1):
        block = doc.findBlock(outside)
        _hide(block, QPointF(0, FAR_BELOW if block.position() else 0))  # (Ctrl+Home: 0)


def _hide(block: QTextBlock, where: QPointF) -> None:
    """Qt places no hidden block, and its hit test takes one left where it was laid
    out (nowhere: at the top) for one above the point: one outside the frames is put
    far below, so that a click between two articles never lands at the end (but the
    first, where Ctrl+Home puts the cursor, stays at the top)."""
    block.setVisible(False)
    block.document().markContentsDirty(block.position(), block.length())
    block.layout().setPosition(where)


def first_shown(block: QTextBlock) -> bool:
    """Whether no block before ``block`` is shown (it is the document's first heading)."""
    block = block.previous()
    while block.isValid() and not block.isVisible():
        block = block.previous()
    return not block.isValid()


def frame_closed_by(block: QTextBlock) -> bool:
    """Whether ``block``, the last line of an article that is laid out, is the last block
    of a frame (Qt drops its bottom margin): the next article's heading follows it
    within a frame, a hidden block between two frames (looked up by the block alone: a
    cursor asked for its frame walks the frames, and this is asked for every article
    parked)."""
    after = block.next()
    return after.isValid() and not after.isVisible()
