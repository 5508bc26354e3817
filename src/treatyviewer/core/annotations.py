"""Notes on passages, in the W3C Web Annotation data model (the JSON-LD form is in
``annotation_jsonld``).

A target records its passage three ways: the segment label, the exact quote
with 32 characters of context either side, and absolute offsets into
``Document.text``. Offsets go stale when a text is edited; the quote and its
context let ``reanchor`` find the passage again, and when it cannot be found
with confidence the note becomes an orphan: kept and shown, never dropped and
never pinned to a passage that merely looks alike.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from .document import Document
from .session_storage import utc_now

__all__ = [
    "CONTEXT_CHARS",
    "Annotation",
    "Creator",
    "PairRef",
    "Target",
    "annotate_selection",
    "new_id",
    "snap_to_words",
    "target_from_selection",
]

CONTEXT_CHARS = 32
ChangeOp = Literal["insert", "delete", "replace"]


@dataclass(frozen=True, slots=True)
class PairRef:
    """An aligned article pair: labels on the old side and on the new side."""

    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Target:
    """Where a note points: a passage of one document (or a pair or change)."""

    source: str
    segment: str | None = None
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    pair: PairRef | None = None
    change: ChangeOp | None = None

    @property
    def has_quote(self) -> bool:
        return bool(self.exact)


@dataclass(frozen=True, slots=True)
class Creator:
    name: str
    type: str = "Person"


@dataclass(frozen=True)
class Annotation:
    """One note with its tags, entity links and targets."""

    id: str
    targets: tuple[Target, ...]
    note: str = ""
    tags: tuple[str, ...] = ()
    entity_ids: tuple[str, ...] = ()
    motivation: str = "commenting"
    creator: Creator | None = None
    created: str = ""
    modified: str | None = None
    language: str = "en"
    label: str = ""
    # Wikidata URIs read with the entity links, re-emitted when no gazetteer is given.
    entity_uris: tuple[tuple[str, str], ...] = ()


# --- creating ---------------------------------------------------------------


def new_id() -> str:
    """A fresh note id (``uuid`` is imported only when a note is made: it is slow to load)."""
    import uuid

    return f"urn:uuid:{uuid.uuid4()}"


def _in_word(text: str, pos: int) -> bool:
    """True when ``pos`` falls between two characters of one word ("Kars'ın" is one)."""
    if not 0 < pos < len(text):
        return False
    before, after = text[pos - 1], text[pos]
    joiners = "'’-"
    return (
        (before.isalnum() or before in joiners)
        and (after.isalnum() or after in joiners)
        and (before.isalnum() or after.isalnum())
    )


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to whole words and trimmed of surrounding spaces, so a note
    quotes "The detailed", never "The detaile" (mouse selections stop mid-word)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, end
    while _in_word(text, start):
        start -= 1
    while _in_word(text, end):
        end += 1
    return start, end


def target_from_selection(
    document: Document, start: int, end: int, source: str | None = None
) -> Target:
    """A target for ``document.text[start:end]``: quote, context, offsets, segment."""
    if not 0 <= start < end <= len(document.text):
        raise ValueError(f"selection {start}-{end} is outside the text (0-{len(document.text)})")
    index = document.segment_at(start)
    return Target(
        source=document.source if source is None else source,
        segment=document.segments[index].label if index is not None else None,
        exact=document.text[start:end],
        prefix=document.text[max(0, start - CONTEXT_CHARS) : start],
        suffix=document.text[end : end + CONTEXT_CHARS],
        start=start,
        end=end,
    )


def annotate_selection(
    document: Document,
    start: int,
    end: int,
    note: str,
    *,
    tags: Iterable[str] = (),
    entity_ids: Iterable[str] = (),
    creator: Creator | None = None,
    annotation_id: str | None = None,
    created: str | None = None,
    source: str | None = None,
) -> Annotation:
    """A new note on a selection of one document."""
    return Annotation(
        id=annotation_id or new_id(),
        targets=(target_from_selection(document, start, end, source),),
        note=note,
        tags=tuple(tags),
        entity_ids=tuple(entity_ids),
        creator=creator,
        created=created or utc_now(),
    )
