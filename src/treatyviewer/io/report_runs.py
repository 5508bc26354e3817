"""Runs: stretches of one kind of text (equal, inserted, deleted, replaced, note marker)
that remember where they came from, cut from a segment by its changes and notes."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from ..core.document import Document, Segment, reflowed
from ..core.own_name import shown_from
from ..core.redline_spacing import unspaced
from .report_classes import tag
from .report_notes import NoteSpan

Side = Literal["old", "new"]
RunKind = Literal[
    "equal", "insert", "delete", "replace_old", "replace_new", "marker", "label", "tag"
]  # fmt: skip
ChangeSpan = tuple[int, int, RunKind, str]
"""Start, end, how the run is drawn, and the change's class."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text; ``start`` is its offset in the ``side`` document (−1: none)."""

    text: str
    kind: RunKind
    side: Side | None = None
    start: int = -1
    notes: tuple[int, ...] = ()
    change_class: str = ""
    """For a change run: its class (wording, spelling, …); "" for the rest."""


def _cuts(spans: Sequence[tuple[int, int]], lo: int, hi: int) -> list[int]:
    points = {lo, hi}
    for a, b in spans:
        points.update(p for p in (a, b) if lo < p < hi)
    return sorted(points)


def _covering(notes: Sequence[NoteSpan], a: int, b: int) -> tuple[int, ...]:
    return tuple(n.number for n in notes if n.start < b and n.end > a)


def _markers_at(notes: Sequence[NoteSpan], pos: int, lo: int, hi: int) -> list[Run]:
    out = []
    for n in notes:
        end = min(max(n.end, lo), hi)
        if end == pos:
            out.append(Run(f"[{n.number}]", "marker"))
    return out


def noted_runs(
    text: str, start: int, kind: RunKind, side: Side, notes: Sequence[NoteSpan], cls: str = ""
) -> list[Run]:
    """``text`` (at ``start`` in its document) as runs of one kind, cut where the
    notes on it begin and end, each note's marker after its last word."""
    end = start + len(text)
    points = _cuts([(n.start, n.end) for n in notes], start, end)
    runs: list[Run] = _markers_at(notes, start, start, end) if start == end else []
    for a, b in itertools.pairwise(points):
        runs.append(Run(text[a - start : b - start], kind, side, a, _covering(notes, a, b), cls))
        runs.extend(_markers_at(notes, b, start, end))
    return runs


def segment_runs(
    doc: Document,
    seg: Segment,
    side: Side,
    change_spans: Sequence[ChangeSpan],
    notes: Sequence[NoteSpan],
) -> list[Run]:
    """The body of one segment cut at change and note boundaries, markers after notes,
    the class tag after each change of a class other than wording."""
    marked = [(a, b) for a, b, _, _ in change_spans] + [(n.start, n.end) for n in notes]
    lo, hi = shown_from(doc.text, seg, marked), seg.end
    spans = [(a, b) for a, b, _, _ in change_spans] + [
        (min(max(n.start, lo), hi), min(max(n.end, lo), hi)) for n in notes
    ]
    # A change's tag goes after the word the change ends in ("6,000,000 figure", not
    # "6 figure,000,000"; a web address is not cut by one either).
    tags: dict[int, list[str]] = {}
    for _ca, cb, _ck, cc in change_spans:
        if tag(cc) and lo < cb <= hi:
            tags.setdefault(_token_end(doc.text, cb, hi), []).append(cc)
    points = sorted({*_cuts(spans, lo, hi), *(t for t in tags if lo < t < hi)})
    runs: list[Run] = _markers_at(notes, lo, lo, hi) if lo == hi else []
    for a, b in itertools.pairwise(points):
        kind: RunKind = "equal"
        cls = ""
        for ca, cb, ck, cc in change_spans:
            if ca <= a and b <= cb and ca < cb:
                kind, cls = ck, cc
                break
        runs.append(Run(reflowed(doc.text, a, b), kind, side, a, _covering(notes, a, b), cls))
        runs.extend(Run(tag(c), "tag", change_class=c) for c in tags.get(b, ()))
        runs.extend(_markers_at(notes, b, lo, hi))
    return merge_runs(runs)


def _token_end(text: str, at: int, hi: int) -> int:
    """Where the run of characters without a space that ``at`` ends in (or stops
    inside) ends; a closing stop or bracket stays after it, as after a word. In a
    script set without spaces (Chinese) the change's own end is the word's end: the
    next space there is often the paragraph's end."""
    end = at
    if at > 0 and unspaced(text[at - 1]):
        return at  # (each later step checks the character it passed as ``text[end]``)
    while end < hi and not text[end].isspace() and not unspaced(text[end]):
        end += 1
    while end > at and text[end - 1] in ".,;:!?)]»”\"'":
        end -= 1
    return end


def merge_runs(runs: list[Run]) -> list[Run]:
    """Join neighbours of the same kind and notes (fewer format switches to draw)."""
    out: list[Run] = []
    for r in runs:
        prev = out[-1] if out else None
        if (
            prev is not None
            and r.kind == prev.kind
            and r.kind not in ("marker", "label")
            and r.side == prev.side
            and r.notes == prev.notes
            and r.change_class == prev.change_class
            and prev.start + len(prev.text) == r.start
        ):
            out[-1] = Run(prev.text + r.text, r.kind, r.side, prev.start, r.notes, r.change_class)
        else:
            out.append(r)
    return out


def split_runs(runs: Sequence[Run], offsets: Sequence[int]) -> list[list[Run]]:
    """The runs cut into ``len(offsets) + 1`` pieces at the given source offsets (in
    order); a run that spans an offset is cut in two. Runs with no source stay with
    the text before them (markers, tags), or after them (a unit's label)."""
    pieces: list[list[Run]] = [[]]
    labels: list[Run] = []
    k = 0
    for run in runs:
        if run.start < 0:
            (labels if run.kind == "label" else pieces[-1]).append(run)
            continue
        while k < len(offsets) and offsets[k] <= run.start:
            pieces.append([])
            k += 1
        pieces[-1].extend(labels)
        labels.clear()
        while k < len(offsets) and run.start < offsets[k] < run.start + len(run.text):
            cut = offsets[k] - run.start
            pieces[-1].append(replace(run, text=run.text[:cut]))
            run = replace(run, text=run.text[cut:], start=offsets[k])
            pieces.append([])
            k += 1
        pieces[-1].append(run)
    pieces[-1].extend(labels)
    pieces.extend([] for _ in range(len(offsets) + 1 - len(pieces)))
    return pieces
