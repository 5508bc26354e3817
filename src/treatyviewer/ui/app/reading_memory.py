"""Where the reader was, saved with a session: the article at the top and the note chosen.

Kept by labels, not pixels or offsets, so it still means the same place after the
window is resized or the texts are laid out with another font. Moving around is
not an edit: the session is not marked unsaved for it (see ``TRANSIENT_VIEW``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from ...core.comparison import Comparison, Row

if TYPE_CHECKING:
    from .main_window import MainWindow


def _labels(cmp: Comparison, row: Row) -> dict[str, Any]:
    if row.kind == "pair":
        pair = cmp.pairs[row.index]
        old = [cmp.old.segments[i].label for i in pair.old]
        new = [cmp.new.segments[j].label for j in pair.new]
    elif row.kind == "added":
        old, new = [], [cmp.new.segments[row.index].label]
    else:
        old, new = [cmp.old.segments[row.index].label], []
    return {"old": old, "new": new}


def reading_place(window: MainWindow) -> dict[str, Any]:
    """The article at the top of the reading pane and the selected note, if any."""
    place: dict[str, Any] = {}
    cmp = window.view.cmp
    row = window.position.row_at_top() if cmp is not None else None
    if cmp is not None and row is not None:
        place["article"] = _labels(cmp, row)
    note = window.reading.notes.current_annotation()
    if note:
        place["note"] = note
    return place


def _segment(labels: Any, doc_labels: list[str]) -> int | None:
    if isinstance(labels, list) and labels and isinstance(labels[0], str):
        return doc_labels.index(labels[0]) if labels[0] in doc_labels else None
    return None


def restore_reading_place(window: MainWindow, place: Any) -> None:
    """Go back to the saved article and select the saved note, once the texts are shown."""
    if not isinstance(place, dict):
        return

    def restore() -> None:
        cmp = window.view.cmp
        article = place.get("article")
        if cmp is not None and isinstance(article, dict):
            old = _segment(article.get("old"), [s.label for s in cmp.old.segments])
            new = _segment(article.get("new"), [s.label for s in cmp.new.segments])
            if old is not None or new is not None:
                for pane in window.view.panes():
                    pane.flush_relayout()
                window.view.navigator.jump_to_segments(old, new)
        note = place.get("note")
        if isinstance(note, str):
            window.reading.notes.select_annotation(note)

    QTimer.singleShot(0, restore)
