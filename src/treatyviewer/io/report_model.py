"""What a report says, independent of how it is drawn (PDF or HTML).

A comparison becomes a list of article blocks, each holding its text as *runs*:
stretches of one kind (equal, inserted, deleted, replaced, note marker) that
remember where they came from in the old or new document. The renderers only
style runs; the offsets let the PDF place highlight quads exactly and find the
pages that mention an entity.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..core.comparison import ArticlePair, Comparison
from ..core.document import Document, Segment, reflowed
from ..core.entities import Gazetteer, find_mentions
from ..core.textdiff import Change
from .report_notes import NoteSpan, PlacedNote

Side = Literal["old", "new"]
RunKind = Literal["equal", "insert", "delete", "replace_old", "replace_new", "marker", "label"]


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text; ``start`` is its offset in the ``side`` document (−1: none)."""

    text: str
    kind: RunKind
    side: Side | None = None
    start: int = -1
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Block:
    """One line of the reading order: an aligned pair, or an added/removed article."""

    key: str
    title: str
    badges: tuple[str, ...]
    old_runs: tuple[Run, ...]
    new_runs: tuple[Run, ...]
    inline_runs: tuple[Run, ...]
    notes: tuple[PlacedNote, ...]
    old_labels: tuple[str, ...]
    new_labels: tuple[str, ...]
    similarity: float | None
    changes: int
    entity_ids: tuple[str, ...] = ()
    old_provenance: str = ""
    new_provenance: str = ""

    @property
    def changed(self) -> bool:
        return self.badges != ("unchanged",)


@dataclass(frozen=True)
class Report:
    old: Document
    new: Document
    blocks: tuple[Block, ...]
    stats: dict[str, int]
    words_deleted: int
    words_inserted: int
    other_notes: tuple[tuple[PlacedNote, str], ...]
    """Notes not shown in any block, each with the reason (orphan, article left out)."""
    mentions: tuple[tuple[Side, int, str], ...] = ()
    """Every gazetteer mention: side, absolute offset, entity id (for the index)."""
    entity_labels: dict[str, str] = field(default_factory=dict)
    entity_kinds: dict[str, str] = field(default_factory=dict)
    exported: str = field(default_factory=lambda: date.today().isoformat())

    @property
    def heading(self) -> str:
        return f"{short_title(self.old)} ↔ {short_title(self.new)}"


def short_title(doc: Document) -> str:
    """'Draft of 24 August 1920' rather than the full formal title, when known."""
    meta = doc.metadata
    for key in ("short_title", "short"):
        if isinstance(meta.get(key), str) and meta[key]:
            return str(meta[key])
    title = doc.title or doc.source or "Untitled"
    return title if len(title) <= 60 else title[:57].rstrip() + "…"


def side_name(doc: Document) -> str:
    """A column caption: the short title, or the date when the title is long."""
    return short_title(doc)


# --- runs ---------------------------------------------------------------------


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


def segment_runs(
    doc: Document,
    seg: Segment,
    side: Side,
    change_spans: Sequence[tuple[int, int, RunKind]],
    notes: Sequence[NoteSpan],
) -> list[Run]:
    """The body of one segment cut at change and note boundaries, markers after notes."""
    lo, hi = seg.body_start, seg.end
    spans = [(a, b) for a, b, _ in change_spans] + [
        (min(max(n.start, lo), hi), min(max(n.end, lo), hi)) for n in notes
    ]
    points = _cuts(spans, lo, hi)
    runs: list[Run] = _markers_at(notes, lo, lo, hi) if lo == hi else []
    for a, b in itertools.pairwise(points):
        kind: RunKind = "equal"
        for ca, cb, ck in change_spans:
            if ca <= a and b <= cb and ca < cb:
                kind = ck
                break
        runs.append(Run(reflowed(doc.text, a, b), kind, side, a, _covering(notes, a, b)))
        runs.extend(_markers_at(notes, b, lo, hi))
    return _merge_runs(runs)


def _merge_runs(runs: list[Run]) -> list[Run]:
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
            and prev.start + len(prev.text) == r.start
        ):
            out[-1] = Run(prev.text + r.text, r.kind, r.side, prev.start, r.notes)
        else:
            out.append(r)
    return out


def _column(
    doc: Document,
    indices: Sequence[int],
    side: Side,
    pair: ArticlePair | None,
    notes: Sequence[NoteSpan],
) -> list[Run]:
    runs: list[Run] = []
    for n, i in enumerate(indices):
        seg = doc.segments[i]
        if len(indices) > 1:
            runs.append(Run(("\n" if n else "") + seg.display_name() + "\n", "label"))
        spans: list[tuple[int, int, RunKind]] = []
        for c in pair.changes if pair else ():
            if side == "old" and c.old_end > c.old_start:
                spans.append(
                    (c.old_start, c.old_end, "delete" if c.op == "delete" else "replace_old")
                )
            elif side == "new" and c.new_end > c.new_start:
                spans.append(
                    (c.new_start, c.new_end, "insert" if c.op == "insert" else "replace_new")
                )
        mine = [s for s in notes if s.side == side and seg.start <= s.start < seg.end]
        runs.extend(segment_runs(doc, seg, side, spans, mine))
    return runs


def _inline(cmp: Comparison, pair: ArticlePair, notes: Sequence[NoteSpan]) -> list[Run]:
    """The redline: new text with the old wording struck through where it changed."""
    runs: list[Run] = []
    changes = sorted(pair.changes, key=lambda c: (c.new_start, c.old_start))
    new_notes = [_to_new(n, cmp, pair) if n.side == "old" else n for n in notes]
    for n, j in enumerate(pair.new):
        seg = cmp.new.segments[j]
        if len(pair.new) > 1:
            runs.append(Run(("\n" if n else "") + seg.display_name() + "\n", "label"))
        mine = [s for s in new_notes if seg.start <= s.start < seg.end]
        spans = [
            (c.new_start, c.new_end, "insert" if c.op == "insert" else "replace_new")
            for c in changes
            if c.new_end > c.new_start
        ]
        body = segment_runs(cmp.new, seg, "new", spans, mine)
        runs.extend(
            _insert_deletions(cmp, body, [c for c in changes if c.old_end > c.old_start], seg)
        )
    return runs


OPENERS = "([{“‘«\"'/-"


def _runs_together(last: str, first: str) -> bool:
    """Would ``last`` followed by ``first`` glue two words into one?"""
    return bool(last) and not last.isspace() and last not in OPENERS and first.isalnum()


def _gap_before(text: str, at: int, floor: int) -> bool:
    """True when a line break (or nothing) separates ``at`` from the text before it."""
    before = text[floor:at]
    gap = before[len(before.rstrip()) :]
    return "\n" in gap or not before.strip()


def deletion_point(cmp: Comparison, c: Change, seg: Segment) -> int:
    """Where a change's old wording goes in the new segment: at its new offset, but
    a deletion that ended a line of the older text stays at the end of the line
    before instead of opening the next one ("Navigation [and fishing]" above the
    next paragraph, not in front of it)."""
    text = cmp.new.text
    at = c.new_start
    if _gap_before(text, at, seg.body_start) and not _gap_before(cmp.old.text, c.old_start, 0):
        at = seg.body_start + len(text[seg.body_start : at].rstrip())
    return at


def _old_wording(c: Change, last: str, following: str) -> list[Run]:
    """A change's old wording, with a space on either side where words would touch."""
    kind: RunKind = "delete" if c.op == "delete" else "replace_old"
    runs = []
    if c.old_text and _runs_together(last, c.old_text[0]):
        runs.append(Run(" ", "equal"))
    runs.append(Run(c.old_text, kind, "old", c.old_start))
    if c.old_text and not c.old_text[-1].isspace() and (following[:1].isalnum() or not following):
        runs.append(Run(" ", "equal"))
    return runs


def _split_at(body: list[Run], points: Sequence[int]) -> list[Run]:
    """Cut the new-text runs at the given offsets, so old wording can go in between."""
    out: list[Run] = []
    for r in body:
        cuts = sorted({p for p in points if r.start >= 0 and r.start < p < r.start + len(r.text)})
        if not cuts or r.kind == "marker":
            out.append(r)
            continue
        edges = [r.start, *cuts, r.start + len(r.text)]
        for a, b in itertools.pairwise(edges):
            out.append(Run(r.text[a - r.start : b - r.start], r.kind, r.side, a, r.notes))
    return out


def _insert_deletions(
    cmp: Comparison, body: list[Run], changes: Sequence[Change], seg: Segment
) -> list[Run]:
    """Put each change's old wording where it stood relative to the new text.

    Offsets are absolute in each document, so for a split or merged pair only
    the changes whose new offset lies in this segment belong here.
    """
    pending = sorted(
        ((deletion_point(cmp, c, seg), c) for c in changes
         if seg.body_start <= c.new_start <= seg.end),
        key=lambda e: (e[0], e[1].new_start),
    )  # fmt: skip
    body = _split_at(body, [at for at, _c in pending])
    out: list[Run] = []
    k = 0

    def last_char() -> str:
        return next((r.text[-1] for r in reversed(out) if r.text), "")

    for r in body:
        while k < len(pending) and r.start >= 0 and pending[k][0] <= r.start:
            out.extend(_old_wording(pending[k][1], last_char(), r.text))
            k += 1
        out.append(r)
    for _at, c in pending[k:]:
        out.extend(_old_wording(c, last_char(), ""))
    return out


def _to_new(note: NoteSpan, cmp: Comparison, pair: ArticlePair) -> NoteSpan:
    """An old-text note moved onto the new text through the unchanged stretches."""
    old0 = cmp.old.segments[pair.old[0]].body_start
    new0 = cmp.new.segments[pair.new[0]].body_start

    def move(pos: int) -> int:
        before = [c for c in pair.changes if c.old_end <= pos]
        if not before:
            return carry(cmp.old.text, old0, pos, cmp.new.text, new0)
        last = max(before, key=lambda c: c.old_end)
        return carry(cmp.old.text, last.old_end, pos, cmp.new.text, last.new_end)

    return NoteSpan(note.number, "new", move(note.start), move(note.end))


_WORD = re.compile(r"\S+")


def carry(old_text: str, old_from: int, pos: int, new_text: str, new_from: int) -> int:
    """The place in the new text of ``pos`` in an unchanged stretch of the old one.

    The stretch has the same words in both texts but not always the same spacing
    (line breaks, double spaces are not changes), so count words, not characters.
    """
    stretch = old_text[old_from:pos]
    words = stretch.split()
    if not words:
        return new_from + len(stretch) if not stretch.strip() and "\n" not in stretch else new_from
    inside = not stretch[-1].isspace()
    wanted = len(words) if inside else len(words) + 1
    found = list(itertools.islice(_WORD.finditer(new_text, new_from), wanted))
    if not found:
        return new_from
    last = found[-1]
    if inside:
        return last.start() + len(words[-1])
    return last.start() if len(found) == wanted else last.end()


# --- blocks ---------------------------------------------------------------------


def _names(doc: Document, indices: Sequence[int]) -> str:
    return " + ".join(doc.segments[i].display_name() for i in indices)


def _entity_ids(
    mentions: dict[Side, tuple[list[int], list[str]]], spans: Sequence[tuple[Side, int, int]]
) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for side, a, b in spans:
        starts, ids = mentions[side]
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        found.update(dict.fromkeys(ids[lo:hi]))
    return tuple(found)


def build_report(
    cmp: Comparison,
    notes: Sequence[PlacedNote] = (),
    gazetteer: Gazetteer | None = None,
    changed_only: bool = False,
) -> Report:
    """Turn a comparison and its placed notes into the blocks every renderer draws."""
    gazetteer = gazetteer or Gazetteer(())
    mentions: dict[Side, tuple[list[int], list[str]]] = {}
    for side, doc in (("old", cmp.old), ("new", cmp.new)):
        found = find_mentions(doc, gazetteer) if len(gazetteer) else []
        mentions[side] = ([m.start for m in found], [m.entity_id for m in found])
    by_segment: dict[tuple[Side, int], list[PlacedNote]] = {}
    for note in notes:
        for span in note.spans:
            doc = cmp.old if span.side == "old" else cmp.new
            idx = doc.segment_at(span.start)
            if idx is not None:
                by_segment.setdefault((span.side, idx), []).append(note)
    blocks: list[Block] = []
    shown: set[int] = set()
    for row in cmp.rows():
        block = _block(cmp, row.kind, row.index, by_segment, mentions)
        if changed_only and not block.changed:
            continue
        shown.update(n.number for n in block.notes)
        blocks.append(block)
    other = tuple(
        (n, "could not be placed in either text" if not n.spans else "its article is left out")
        for n in notes
        if n.number not in shown
    )
    deleted, inserted = cmp.word_counts()
    return Report(
        cmp.old,
        cmp.new,
        tuple(blocks),
        cmp.stats(),
        deleted,
        inserted,
        other,
        tuple(
            (side, start, eid)
            for side, (starts, ids) in mentions.items()
            for start, eid in zip(starts, ids, strict=True)
        ),
        {e.id: e.label for e in gazetteer},
        {e.id: e.kind for e in gazetteer},
    )


def _block(
    cmp: Comparison,
    kind: str,
    index: int,
    by_segment: dict[tuple[Side, int], list[PlacedNote]],
    mentions: dict[Side, tuple[list[int], list[str]]],
) -> Block:
    if kind == "pair":
        pair: ArticlePair | None = cmp.pairs[index]
        assert pair is not None
        old_idx, new_idx = pair.old, pair.new
        badges = pair.badges
        title = f"{_names(cmp.old, old_idx)} → {_names(cmp.new, new_idx)}"
        key = f"pair-{index}"
    else:
        pair = None
        old_idx = (index,) if kind == "removed" else ()
        new_idx = (index,) if kind == "added" else ()
        badges = (kind,)
        doc = cmp.old if kind == "removed" else cmp.new
        title = doc.segments[index].display_name()
        key = f"{kind}-{index}"
    placed: dict[int, PlacedNote] = {}
    for side, indices in (("old", old_idx), ("new", new_idx)):
        for i in indices:
            for note in by_segment.get((side, i), ()):  # type: ignore[arg-type]
                placed.setdefault(note.number, note)
    note_list = tuple(sorted(placed.values(), key=lambda n: n.number))
    spans = [s for n in note_list for s in n.spans]
    old_runs = _column(cmp.old, old_idx, "old", pair, spans)
    new_runs = _column(cmp.new, new_idx, "new", pair, spans)
    if pair is not None:
        inline = _inline(cmp, pair, spans)
    elif kind == "added":
        inline = [Run(r.text, "insert" if r.kind == "equal" else r.kind, r.side, r.start, r.notes)
                  for r in new_runs]  # fmt: skip
    else:
        inline = [Run(r.text, "delete" if r.kind == "equal" else r.kind, r.side, r.start, r.notes)
                  for r in old_runs]  # fmt: skip
    seg_spans: list[tuple[Side, int, int]] = [
        ("old", cmp.old.segments[i].start, cmp.old.segments[i].end) for i in old_idx
    ] + [("new", cmp.new.segments[j].start, cmp.new.segments[j].end) for j in new_idx]
    return Block(
        key=key,
        title=title,
        badges=badges,
        old_runs=tuple(old_runs),
        new_runs=tuple(new_runs),
        inline_runs=tuple(inline),
        notes=note_list,
        old_labels=tuple(cmp.old.segments[i].label for i in old_idx),
        new_labels=tuple(cmp.new.segments[j].label for j in new_idx),
        similarity=pair.similarity if pair else None,
        changes=len(pair.changes) if pair else 0,
        entity_ids=_entity_ids(mentions, seg_spans),
        old_provenance=article_provenance(cmp.old, old_idx),
        new_provenance=article_provenance(cmp.new, new_idx),
    )


def article_provenance(doc: Document, indices: Sequence[int]) -> str:
    """'reconstructed, confidence uncertain (historiography)' from bundled metadata."""
    articles = doc.metadata.get("articles")
    if not isinstance(articles, dict):
        return ""
    parts = []
    for i in indices:
        info = articles.get(doc.segments[i].label)
        if not isinstance(info, dict) or not info.get("provenance"):
            continue
        text = str(info["provenance"])
        if info.get("confidence"):
            text += f", confidence {info['confidence']}"
        if info.get("source"):
            text += f" ({info['source']})"
        parts.append(text if len(indices) == 1 else f"{doc.segments[i].display_name()}: {text}")
    return "; ".join(parts)


def note_details(note: PlacedNote, report: Report, reason: str = "") -> str:
    """What follows a note's text: why it is listed apart, its entities, its tags."""
    parts = [reason] if reason else []
    if note.status == "moved":
        parts.append("re-anchored: the passage moved")
    entities = entity_line(note, report)
    if entities:
        parts.append(entities)
    if note.tags:
        parts.append("Tags: " + ", ".join(note.tags))
    return " · ".join(parts)


def entity_line(note: PlacedNote, report: Report) -> str:
    """'Parties: RSFSR, Turkey · Places: Kars' for a note's linked entities."""
    groups: dict[str, list[str]] = {"Parties": [], "Places": [], "Topics": []}
    for e in note.entity_ids:
        kind = report.entity_kinds.get(e, "concept")
        group = "Parties" if kind in _PARTY_KINDS else "Topics" if kind == "concept" else "Places"
        groups[group].append(report.entity_labels.get(e, e))
    return " · ".join(f"{name}: {', '.join(labels)}" for name, labels in groups.items() if labels)


_PARTY_KINDS = frozenset({"party", "state", "person"})
