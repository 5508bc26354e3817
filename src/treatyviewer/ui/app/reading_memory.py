"""Where the reader was, saved with a session, and which notes belong to a place or party.

The place is kept by labels, not pixels or offsets, so it still means the same
article after the window is resized or the texts are laid out with another font.
Moving around is not an edit: the session is not marked unsaved for it (see
``TRANSIENT_VIEW`` in the project controller).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from ...core.comparison import Comparison, Row

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..compare.comparison_view import ComparisonView
    from ..notes.annotation_panel import AnnotationPanel
    from ..state.annotation_places import Entry
    from ..state.annotation_store import AnnotationStore


def labels_of(cmp: Comparison, row: Row) -> dict[str, Any]:
    """The labels of a row's articles on each side, as a saved place names them."""
    if row.kind == "pair":
        pair = cmp.pairs[row.index]
        old = [cmp.old.segments[i].label for i in pair.old]
        new = [cmp.new.segments[j].label for j in pair.new]
    elif row.kind == "added":
        old, new = [], [cmp.new.segments[row.index].label]
    else:
        old, new = [cmp.old.segments[row.index].label], []
    return {"old": old, "new": new}


def reading_place(view: ComparisonView, notes: AnnotationPanel | None) -> dict[str, Any]:
    """The article at the top of the reading pane and the selected note, if any."""
    place: dict[str, Any] = {}
    cmp = view.cmp
    row = view.navigator.row_at_top() if cmp is not None else None
    if cmp is not None and row is not None:
        place["article"] = labels_of(cmp, row)
    note = notes.current_annotation() if notes is not None else None
    if note:
        place["note"] = note
    return place


MOST_VERSIONS = 1000
"""More versions than any chain holds: an index past it in a session file is noise."""


def saved_pair(place: Any) -> tuple[int, int] | None:
    """The two versions of a chain a saved place was read in (indexes, older side
    first as shown), or None for a place in a pair of texts or one read from a file
    that holds no such thing."""
    pair = place.get("pair") if isinstance(place, dict) else None
    if not isinstance(pair, list) or len(pair) != 2:
        return None
    if not all(type(k) is int and 0 <= k < MOST_VERSIONS for k in pair) or pair[0] == pair[1]:
        return None
    return pair[0], pair[1]


def _segment(labels: Any, doc_labels: list[str]) -> int | None:
    if isinstance(labels, list) and labels and isinstance(labels[0], str):
        return doc_labels.index(labels[0]) if labels[0] in doc_labels else None
    return None


def restore_reading_place(
    view: ComparisonView, notes: Callable[[], AnnotationPanel], place: Any
) -> None:
    """Go back to the saved article and select the saved note, once the texts are shown
    (``notes`` gives the Notes panel, built only when there is a note to select)."""
    if not isinstance(place, dict):
        return

    def restore() -> None:
        cmp = view.cmp
        article = place.get("article")
        if cmp is not None and isinstance(article, dict):
            old = _segment(article.get("old"), [s.label for s in cmp.old.segments])
            new = _segment(article.get("new"), [s.label for s in cmp.new.segments])
            if old is not None or new is not None:
                for pane in view.panes():
                    pane.flush_relayout()
                view.navigator.jump_to_segments(old, new)
        note = place.get("note")
        if isinstance(note, str):
            notes().select_annotation(note)

    QTimer.singleShot(0, restore)


def linked_notes(store: AnnotationStore, entity_id: str | None) -> list[tuple[str, str]]:
    """(note id, "Art. I · the note") for every note linked to an entity."""
    out = []
    for entry in store.entries() if entity_id else []:
        if entity_id in entry.annotation.entity_ids:
            text = " ".join(entry.annotation.note.split())
            out.append(
                (entry.annotation.id, f"{entry.place_name} · {text}" if entry.place_name else text)
            )
    return out


def note_at(store: AnnotationStore, side: str, offset: int) -> Entry | None:
    """The note whose passage holds this offset (the shortest when notes nest)."""
    hits = [
        entry
        for entry in store.entries()
        if entry.place is not None
        and entry.place[0] == side
        and entry.place[1] <= offset < entry.place[2]
    ]
    return min(hits, key=lambda e: e.place[2] - e.place[1] if e.place else 0, default=None)
