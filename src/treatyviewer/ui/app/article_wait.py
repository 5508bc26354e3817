"""Go to Article on a long pair still being written: go at once when the article is
laid out; otherwise say so plainly and go as soon as it is."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer

from ...core.comparison import Row
from ..common.vocabulary import percent
from ..dialogs.article_lookup import row_name

if TYPE_CHECKING:
    from ..compare.comparison_view import ComparisonView
    from .message_bar import MessageBar

TAG = "go-to-article-waiting"
"""Tag of the message saying the article asked for is not laid out yet."""
CHECK_MS = 250
"""How often the wait is looked at (the message goes once the jump is made)."""


def tr(text: str) -> str:
    return QCoreApplication.translate("GoToArticle", text)


def _waiting(view: ComparisonView) -> object:
    """What the view still waits to bring up (None: nothing)."""
    if view.mode == "inline":
        return view.inline.waiting if view.inline is not None else None
    return view.navigator.waiting


def go_or_wait(view: ComparisonView, bar: MessageBar, row: Row) -> None:
    bar.clear_tagged(lambda tag: tag != TAG)
    view.navigator.show_row(row)
    target = _waiting(view)
    if target is None or view.cmp is None:
        return
    share = view.written_share()
    so_far = tr(" ({0} of the text is laid out so far)").format(percent(share)) if share else ""
    bar.show_message(
        tr("{0} is not laid out yet{1}; the view goes there as soon as it is.").format(
            row_name(view.cmp, row), so_far
        ),
        "info",
        tag=TAG,
        replace=True,
    )
    timer = QTimer(bar)
    timer.setInterval(CHECK_MS)

    def check() -> None:
        if _waiting(view) != target:  # gone there, or the reader went elsewhere
            timer.stop()
            timer.deleteLater()
            bar.clear_tagged(lambda tag: tag != TAG)

    timer.timeout.connect(check)
    timer.start()
