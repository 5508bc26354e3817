"""The structure of the texts in an exported PDF or HTML: an outline by level and
cross-references as internal links.

The outline nests each article block under the divisions of the text it belongs
to ("Part II" › "Chapter 3" › "Art. 12 → Art. 14") and lists the numbered
paragraphs and points inside it; a resolved reference ("section 4") links to
the block of the unit it names.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from ..core.division_text import heading_end
from ..core.document import Document, Segment, short_title
from ..core.xrefs import find_references
from .report_model import Block, Report
from .report_notes import PlacedNote

Side = str


@dataclass(frozen=True)
class OutlineEntry:
    """One outline line: its title, where it points (a Qt document position) and
    the index of its parent entry (None at the top)."""

    title: str
    pos: int
    parent: int | None


def source_to_layout(runs: list[tuple[int, int, int]]) -> Callable[[int], int | None]:
    """Map an offset in a text to its position in the laid-out report (None if absent)."""
    ordered = sorted(runs)
    starts = [r[0] for r in ordered]

    def to_pos(offset: int) -> int | None:
        k = bisect_right(starts, offset) - 1
        if k < 0:
            return None
        src, pos, length = ordered[k]
        return pos + (offset - src) if offset <= src + length else None

    return to_pos


def _titles_of(report: Report, keys: list[tuple[Side, int]]) -> list[tuple[str, str]]:
    """Each division of ``division_keys`` by its name ("Part I") and as the window
    heads it ("Part I — General Provisions"). (A removed article is headed by the
    older text's divisions, whose titles may read otherwise than the newer's: the
    names say whether it stands in the one already headed.)"""
    out = []
    for side, k in keys:
        d = (report.old if side == "old" else report.new).divisions[k]
        out.append((d.name, f"{d.name} — {d.title}" if d.title else d.name))
    return out


@dataclass(frozen=True)
class OpenedDivisions:
    """The divisions a block opens (the first at ``depth``), their headings and keys."""

    depth: int
    titles: list[str]
    keys: list[tuple[Side, int]]


def divisions_opened(report: Report) -> dict[str, OpenedDivisions]:
    """Per block key, the divisions whose headings stand before it: those it stands in
    that the block before it did not (a Part's articles run on under one heading).

    Divisions are told apart by their names, so that a removed article, headed by the
    older text's divisions, does not head its renamed Part again. But the newer text's
    heading is printed even where the older text's of that name stood for it (a
    constitution that made its Chapter 3 another chapter had printed the older "Chapter
    3" alone, and the newer one's sections under it), and a removed article that
    matches the headings above it leaves them be (the newer text's section had been
    headed again after each one). A heading of the older text's says so ("Part IV
    (esc-1961)"): the older Part IV of a charter, its removed articles printed among
    the newer Part III's, had read as the newer Part IV, printed again further on.

    A division whose heading is the block's own ("Part I" over the Social Charter's unit
    "PART I", its heading alone) is not headed again: the block heads it."""
    out: dict[str, OpenedDivisions] = {}
    shown: list[tuple[str, Side]] = []
    for block in report.blocks:
        keys = division_keys(report, block)
        if keys is None:
            continue
        heads = _titles_of(report, keys)
        side = keys[0][0] if keys else "new"
        names = [name for name, _ in heads]
        same = next(
            (
                n
                for n, ((was, by), name) in enumerate(zip(shown, names, strict=False))
                if was != name or (by == "old" and side == "new")
            ),
            min(len(shown), len(names)),
        )
        titles = [title for _, title in heads[same:]]
        opened = keys[same:]
        if titles and _heads_itself(report, block, opened[-1], titles[-1]):
            titles, opened = titles[:-1], opened[:-1]
        if titles:
            if side == "old":  # (another text's Part IV than the one printed before)
                titles = [f"{title} ({short_title(report.old)})" for title in titles]
            out[block.key] = OpenedDivisions(same, titles, opened)
        if heads[same:] or side == "new":
            shown = shown[:same] + [(name, side) for name in names[same:]]
    return out


def _heads_itself(report: Report, block: Block, key: tuple[Side, int], title: str) -> bool:
    """Whether the block's unit is the division's heading itself: the heading stands
    in the unit's and names it ("Part I", unit "PART I")."""
    unit = _unit_of(report, block)
    if unit is None:
        return False
    doc, side, index = unit
    seg = doc.segments[index]
    start = doc.divisions[key[1]].start
    if side != key[0] or not seg.start <= start < seg.body_start:
        return False
    return _folded(title) == _folded(seg.display_name())


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


def division_keys(report: Report, block: Block) -> list[tuple[Side, int]] | None:
    """The divisions a block's unit stands in, outermost first, as (side, index in that
    text's divisions); None for a block that stands for no unit."""
    unit = _unit_of(report, block)
    if unit is None:
        return None
    doc, side, index = unit
    out: list[tuple[Side, int]] = []
    k = doc.segments[index].division
    while k is not None:
        out.append((side, k))
        k = doc.divisions[k].parent
    return out[::-1]


def heading_notes(
    report: Report, block: Block
) -> tuple[dict[tuple[Side, int], list[PlacedNote]], list[PlacedNote]]:
    """The block's notes on words that the report prints as a heading rather than in a
    column (a column begins at a unit's text): those on a division's heading, by
    (side, division index), and the others before a unit's text, on its own heading
    or on the whole pair. A note made on "Chapter 2 — Rights" had no marker at all."""
    on_divisions: dict[tuple[Side, int], list[PlacedNote]] = {}
    on_heading: list[PlacedNote] = []
    for note in block.notes:
        for span in note.spans:
            doc = report.old if span.side == "old" else report.new
            k = doc.segment_at(span.start)
            if k is None or span.end > doc.segments[k].body_start:
                continue  # (words of the text: marked where its column prints them)
            division = _division_at(doc, doc.segments[k], span.start, span.end)
            if division is None:
                on_heading.append(note)
            else:
                on_divisions.setdefault((span.side, division), []).append(note)
            break
    return on_divisions, on_heading


def _division_at(doc: Document, seg: Segment, start: int, end: int) -> int | None:
    """The division whose heading, before ``seg``'s text, the words start-end are on."""
    for k, d in enumerate(doc.divisions):
        inside = seg.start <= d.start < seg.body_start
        if inside and start < heading_end(doc.text, d, seg.body_start) and end > d.start:
            return k
    return None


def _unit_of(report: Report, block: Block) -> tuple[Document, Side, int] | None:
    """The unit a block stands for: the newer text's when it has one."""
    for doc, side, labels in (
        (report.new, "new", block.new_labels),
        (report.old, "old", block.old_labels),
    ):
        if labels:
            try:
                return doc, side, doc.index_of(labels[0])
            except KeyError:
                return None
    return None


def outline_entries(
    report: Report,
    block_pos: dict[str, int],
    side_runs: dict[str, list[tuple[int, int, int]]],
    division_pos: dict[str, int] | None = None,
) -> list[OutlineEntry]:
    """Blocks under their divisions, parts under their blocks, in reading order. A
    division points at its printed heading (``division_pos``: per block, where the
    headings it opens begin), else at its first block."""
    maps = {side: source_to_layout(runs) for side, runs in side_runs.items()}
    entries: list[OutlineEntry] = []
    division_entry: dict[tuple[Side, int], int] = {}

    def division(doc: Document, side: Side, k: int | None) -> int | None:
        if k is None:
            return None
        if (side, k) not in division_entry:
            d = doc.divisions[k]
            parent = division(doc, side, d.parent)
            title = f"{d.name} — {d.title}" if d.title else d.name
            division_entry[side, k] = len(entries)
            entries.append(OutlineEntry(title, -1, parent))
        return division_entry[side, k]

    for block in report.blocks:
        pos = block_pos[block.key]
        unit = _unit_of(report, block)
        parent = None
        if unit is not None:
            doc, side, index = unit
            parent = division(doc, side, doc.segments[index].division)
            if parent is not None and entries[parent].pos < 0:
                _fill_division(entries, parent, (division_pos or {}).get(block.key, pos))
        badges = ", ".join(block.badges)
        entries.append(OutlineEntry(f"{block.title} · {badges}", pos, parent))
        if unit is None:
            continue
        doc, side, index = unit
        mine = len(entries) - 1
        for part in doc.segments[index].parts:
            if part.level != 1:
                continue
            at = maps[side](part.start)
            if at is not None:
                entries.append(OutlineEntry(part.key, at, mine))
    return entries


def _fill_division(entries: list[OutlineEntry], k: int | None, pos: int) -> None:
    """A division points where its first block begins (and so do its parents)."""
    while k is not None and entries[k].pos < 0:
        e = entries[k]
        entries[k] = OutlineEntry(e.title, pos, e.parent)
        k = e.parent


def reference_spans(report: Report) -> dict[Side, list[tuple[int, int, str]]]:
    """Per side, (start, end, target block key) of every resolved reference, in
    text offsets, sorted."""
    block_of: dict[tuple[Side, str], str] = {}
    for block in report.blocks:
        for label in block.old_labels:
            block_of["old", label] = block.key
        for label in block.new_labels:
            block_of["new", label] = block.key
    out: dict[Side, list[tuple[int, int, str]]] = {"old": [], "new": []}
    for side, doc in (("old", report.old), ("new", report.new)):
        for ref in find_references(doc):
            if ref.target is None:
                continue
            key = block_of.get((side, doc.segments[ref.target].label))
            if key is not None:
                out[side].append((ref.start, ref.end, key))
    return out


def reference_links(
    report: Report, block_pos: dict[str, int], side_runs: dict[str, list[tuple[int, int, int]]]
) -> list[tuple[int, int, int]]:
    """(start, end, target position) in the layout for every resolved reference."""
    out: list[tuple[int, int, int]] = []
    for side, spans in reference_spans(report).items():
        to_pos = source_to_layout(side_runs.get(side, []))
        for start, end, key in spans:
            a, b = to_pos(start), to_pos(end)
            if a is not None and b is not None and b > a:
                out.append((a, b, block_pos[key]))
    return out
