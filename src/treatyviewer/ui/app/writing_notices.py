"""Telling the reader that a long text is still being written into the panes.

Until it is all written, Find and Ctrl+End reach only what is written so far: Find
says so in its count and searches again at the end, and Ctrl+End (which keeps the
view at the end as the text grows) says why the end keeps moving. A text too tall for
Qt to lay out whole (about 20 MB at the usual width) says that the panes hold a
stretch of it at a time (``stretches``), and a redline that tall where its end is read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...io.report_words import percent_text
from ..compare.comparison_view import ComparisonView
from ..compare.find import FindBar
from ..compare.stretch_chain import QT_TALLEST
from .message_bar import MessageBar

TAG = "writing"
LAYOUT_LIMIT = QT_TALLEST
"""The tallest document Qt lays out: the lines of a taller redline cannot be shown."""


class WritingNotices(QObject):
    def __init__(
        self, view: ComparisonView, find_bar: FindBar, messages: MessageBar, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.view, self.find_bar, self.messages = view, find_bar, messages
        find_bar.written = view.written_share
        view.end_follower.following.connect(self._following_end)
        view.filler.finished.connect(self._written)
        view.inline_writer.finished.connect(self._written)

    def _following_end(self) -> None:
        share = self.view.written_share()
        if share is None:
            return
        self.messages.show_message(
            self.tr(
                "The texts are still being laid out ({0} so far): the view stays at the end "
                "as it grows, and reaches the real end when all is laid out."
            ).format(percent_text(min(99, int(share * 100)))),
            tag=TAG,
            replace=True,
        )

    def _written(self) -> None:
        if self.view.writing():
            return
        self.messages.clear_tagged(lambda tag: tag != TAG)
        self.find_bar.refresh()
        span = self.view.stretching.span()
        cmp = self.view.cmp
        if span is not None and cmp is not None:
            first, last = (cmp.new.segments[k].display_name() for k in span)
            self.messages.show_message(
                self.tr(
                    "These texts are longer than the panes can hold at once, so they hold "
                    "a stretch at a time, now {0} to {1} of the newer text. Scroll on, or "
                    "go to any article, and the stretch moves with you."
                ).format(first, last),
                tag=TAG,
                replace=True,
            )
        elif self.view.inline_pane.document().size().height() >= LAYOUT_LIMIT:
            self.messages.show_message(
                self.tr(
                    "The redline of these texts is too long to show whole: its last "
                    "articles are not shown there. Side by Side shows every article."
                ),
                "warning",
                tag=TAG,
                replace=True,
            )
