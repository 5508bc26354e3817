"""A long text written in frames of a few dozen articles each.

After any edit of a document Qt's layout walks on over every block below the
edit, moving it, however little changed: in a 20 MB text that is a second per
edit. But it moves a child frame whose text did not change as one piece. So the
articles go into frames of ``ARTICLES_PER_FRAME``, one after another; an edit
then costs a walk over one frame's blocks and over the frames below it. Qt also
walks the frames beside the one edited, and more than in proportion to their
number (6 ms an edit at the end of 2,500 frames, against 0.1 ms at 100), so the
frames go in groups of ``FRAMES_PER_GROUP``, frames themselves: an edit at the
end of a 20 MB text then walks a few dozen groups and a few dozen frames.

The frames add no height: the empty block Qt keeps before and after a frame and
the first block in each frame are hidden (Qt lays out no hidden block, and folds
the margins around it as if it were not there), so a heading keeps its margin.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextFrame, QTextFrameFormat

ARTICLES_PER_FRAME = 32
FRAMES_PER_GROUP = 32
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
    root = cursor.document().rootFrame()
    groups = root.childFrames()
    group = groups[-1] if groups else None
    if group is None or len(group.childFrames()) >= FRAMES_PER_GROUP:
        group = _insert_frame(cursor, root, QTextFrameFormat())
    fmt = QTextFrameFormat()
    fmt.setLeftMargin(PAGE_MARGIN)
    fmt.setRightMargin(PAGE_MARGIN)
    _insert_frame(cursor, group, fmt)


def _insert_frame(cursor: QTextCursor, parent: QTextFrame, fmt: QTextFrameFormat) -> QTextFrame:
    """A new frame at the end of ``parent``, with ``cursor`` in its first block; that
    block and the ones Qt keeps around the frame are hidden."""
    doc = cursor.document()
    cursor.setPosition(parent.lastPosition())
    cursor.insertFrame(fmt)
    frame = cursor.currentFrame()
    _hide(cursor.block(), QPointF(0, 0))
    for outside in (frame.firstPosition() - 1, frame.lastPosition() + 1):
        block = doc.findBlock(outside)
        _hide(block, QPointF(0, FAR_BELOW if block.position() else 0))  # (Ctrl+Home: 0)
    return frame


def last_frame(document: QTextDocument) -> QTextFrame:
    """The innermost frame at the end of the document (the root, when it has none)."""
    frame = document.rootFrame()
    while frames := frame.childFrames():
        frame = frames[-1]
    return frame


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
