"""Annotations placed for a report: a thin adapter over ``core.annotations``.

Reports need only "which number, which text, where in which document"; this
module is the one place that knows how annotations are stored and re-anchored,
so the renderers never touch the W3C model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..core.annotations import Annotation
    from ..core.comparison import Comparison


@dataclass(frozen=True, slots=True)
class NoteSpan:
    """Where a note's passage lies: absolute offsets in the old or new text."""

    number: int
    side: Literal["old", "new"]
    start: int
    end: int


@dataclass(frozen=True)
class PlacedNote:
    """A numbered note with the passages it marks (none: an orphan, shown apart)."""

    number: int
    note: str
    spans: tuple[NoteSpan, ...] = ()
    entity_ids: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    status: str = "anchored"
    author: str = ""
    """Who wrote it: the curated notes' editors, or the reader (PDF comment author)."""
    written: str = ""
    """When (the date of its ``created`` stamp), '' when the note records none."""
    passage: str = ""
    """The words it is on (its first passage, shortened), quoted before the note as a
    critical apparatus quotes its lemma: a marker on another page, or none, had left
    the reader guessing what the note is about."""
    own: bool = False
    """The reader's own note, not one of the curated notes shipped with the app."""

    @property
    def signature(self) -> str:
        """'treatyviewer editors, 2026-11-25': who wrote the note, where it says so, and
        when, as the report prints it beside the note (a reader's note and the
        editors' had read alike)."""
        return ", ".join(p for p in (self.author, self.written) if p)


def place_annotations(
    cmp: Comparison, annotations: Iterable[Annotation], reader: str = ""
) -> list[PlacedNote]:
    """Re-anchor every annotation against the compared texts and number them.

    Numbers follow the reading order of the report (article pairs in the newer
    text's order, the older column before the newer), so markers read 1, 2, 3.
    A note that names no creator is the reader's own, signed ``reader``.
    """
    from ..core.anchoring import anchor_target

    docs = (cmp.old, cmp.new)
    ranks = _reading_ranks(cmp)
    raw: list[tuple[tuple[int, int, int], Annotation, list[tuple[str, int, int]], str]] = []
    for ann in annotations:
        spans: list[tuple[str, int, int]] = []
        statuses = []
        for i, target in enumerate(ann.targets):
            anchoring = anchor_target(target, docs, i)
            statuses.append(anchoring.status)
            if anchoring.status != "orphan" and target.pair is not None and anchoring.start is None:
                spans.extend(_pair_heading(target.pair.old, target.pair.new, cmp))
                continue
            if anchoring.start is None or anchoring.end is None or anchoring.status == "orphan":
                continue
            side = _side_of(target.source, cmp, i)
            if side is not None:
                spans.append((side, anchoring.start, anchoring.end))
        status = "orphan" if not spans else ("moved" if "moved" in statuses else "anchored")
        raw.append((_order_key(spans, ranks, cmp), ann, spans, status))
    raw.sort(key=lambda item: item[0])
    curated = curated_ids()
    out = []
    for number, (_, ann, spans, status) in enumerate(raw, start=1):
        out.append(
            PlacedNote(
                number,
                ann.note or ann.label or "(no text)",
                tuple(NoteSpan(number, side, a, b) for side, a, b in spans),  # type: ignore[arg-type]
                tuple(ann.entity_ids),
                tuple(ann.tags),
                status,
                # a note records its author; the reader's own are signed by the name of
                # whoever exports them (they had been signed only in the PDF comment)
                ann.creator.name if ann.creator and ann.creator.name else reader,
                (ann.created or "")[:10],
                _passage(cmp, spans[0]) if spans else "",
                ann.id not in curated,
            )
        )
    return out


QUOTED_CHARS = 90
"""How much of a note's passage its line quotes before an ellipsis."""


def quoted(text: str) -> str:
    """A note's passage as its line quotes it: on one line, cut at ``QUOTED_CHARS``."""
    passage = " ".join(text.split())
    if len(passage) > QUOTED_CHARS:
        passage = passage[: QUOTED_CHARS - 1].rstrip() + "…"
    return passage


def _passage(cmp: Comparison, span: tuple[str, int, int]) -> str:
    side, start, end = span
    return quoted((cmp.old if side == "old" else cmp.new).text[start:end])


def curated_ids() -> frozenset[str]:
    """The ids of the curated notes shipped with the app (the others are the reader's)."""
    from ..core.annotation_jsonld import load_collection
    from ..core.resources import resource_path

    path = resource_path("annotations", "curated.json")
    return frozenset(a.id for a in load_collection(path) if a.id) if path.is_file() else frozenset()


def _pair_heading(
    old: Sequence[str], new: Sequence[str], cmp: Comparison
) -> list[tuple[str, int, int]]:
    """Where a note on a whole pair of articles is marked: the first line of the newer
    article (of the older one when the pair has no newer side)."""
    side, labels, doc = ("new", new, cmp.new) if new else ("old", old, cmp.old)
    for seg in doc.segments:
        if labels and seg.label == labels[0]:
            line_end = doc.text.find("\n", seg.start, seg.end)
            return [(side, seg.start, seg.end if line_end < 0 else line_end)]
    return []


def _side_of(source: str, cmp: Comparison, index: int) -> str | None:
    for side, doc in (("old", cmp.old), ("new", cmp.new)):
        if source and doc.source == source:
            return side
    if source:
        name = Path(source).name
        for side, doc in (("old", cmp.old), ("new", cmp.new)):
            if doc.source and Path(doc.source).name == name:
                return side
        return None
    return ("old", "new")[index] if index < 2 else None


def _reading_ranks(cmp: Comparison) -> dict[tuple[str, int], int]:
    """(side, segment index) → the place of its row in the report."""
    ranks: dict[tuple[str, int], int] = {}
    for rank, row in enumerate(cmp.rows()):
        if row.kind == "pair":
            pair = cmp.pairs[row.index]
            ranks.update({("old", i): rank for i in pair.old})
            ranks.update({("new", j): rank for j in pair.new})
        else:
            ranks["new" if row.kind == "added" else "old", row.index] = rank
    return ranks


def _order_key(
    spans: Sequence[tuple[str, int, int]], ranks: dict[tuple[str, int], int], cmp: Comparison
) -> tuple[int, int, int]:
    keys = []
    for side, start, _ in spans:
        doc = cmp.old if side == "old" else cmp.new
        index = doc.segment_at(start)
        rank = ranks.get((side, index), len(ranks)) if index is not None else len(ranks)
        keys.append((rank, 0 if side == "old" else 1, start))
    return min(keys, default=(1 << 30, 0, 0))


NOTE_CHOICES = ("all", "mine", "curated")
"""Which notes a report carries: both kinds, the reader's own, or the curated ones."""


def notes_for_export(
    cmp: Comparison, mine: Sequence[Annotation], which: str = "all"
) -> list[Annotation]:
    """The one rule the command line and the window both follow: the reader's notes
    and/or the curated notes about the compared texts (``which`` in NOTE_CHOICES)."""
    return notes_for_texts((cmp.old.source, cmp.new.source), mine, which)


def notes_for_texts(
    sources: Iterable[str], mine: Sequence[Annotation], which: str = "all"
) -> list[Annotation]:
    """The same rule for any number of texts (every version of a chain)."""
    if which not in NOTE_CHOICES:
        raise ValueError(f"notes must be one of {', '.join(NOTE_CHOICES)}, not {which!r}")
    chosen = list(mine) if which in ("all", "mine") else []
    if which in ("all", "curated"):
        chosen += curated_annotations(sources)
    return chosen


def bundled_annotations(cmp: Comparison) -> list[Annotation]:
    """The curated notes shipped with the app that point into either compared text."""
    return curated_annotations({cmp.old.source, cmp.new.source})


def curated_annotations(sources: Iterable[str]) -> list[Annotation]:
    """The curated notes shipped with the app that point into any of ``sources``."""
    from ..core.annotation_jsonld import load_collection
    from ..core.resources import resource_path

    path = resource_path("annotations", "curated.json")
    if not path.is_file():
        return []
    wanted = set(sources) - {""}
    return [a for a in load_collection(path) if any(t.source in wanted for t in a.targets)]


def project_annotations(path: str | Path) -> list[Annotation]:
    """The notes saved in a reading session (project file)."""
    from ..core.project import load_project

    project = load_project(path)
    return list(project.annotations)
