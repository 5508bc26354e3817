"""What a report says, independent of how it is drawn (PDF or HTML).

A comparison becomes a list of article blocks, each holding its text as *runs*:
stretches of one kind (equal, inserted, deleted, replaced, note marker) that
remember where they came from in the old or new document. The renderers only
style runs; the offsets let the PDF place highlight quads exactly and find the
pages that mention an entity.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from ..core.article_pair import whole_percent
from ..core.attested_numbers import conjectured_sides
from ..core.bidi import isolated
from ..core.comparison import ArticlePair, Comparison
from ..core.document import Document, Segment, known_by_file_name, short_title
from ..core.document_script import counts_characters
from ..core.entities import Gazetteer, find_mentions
from ..core.moved_paragraphs import in_order_cuts
from ..core.parts import aligned_cuts
from ..core.withheld import given_as_note, is_withheld
from .front_matter import OWN_TITLE
from .report_classes import shown_line
from .report_names import reference, related_name, report_pair_title, segment_name
from .report_notes import NoteSpan, PlacedNote
from .report_redline import redline_runs
from .report_runs import ChangeSpan, Run, RunKind, Side, segment_runs, split_runs
from .report_words import QT_TRANSLATE_NOOP, ReportWords, percent_text


def _shown_percent(fraction: float | None) -> str:
    return "" if fraction is None else percent_text(whole_percent(fraction))


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
    kept: float | None = None
    """The share of the older wording the newer text keeps (``ArticlePair.shown_kept``);
    None for an unpaired article."""
    entity_ids: tuple[str, ...] = ()
    old_provenance: str = ""
    new_provenance: str = ""
    old_refs: tuple[str, ...] = ()
    new_refs: tuple[str, ...] = ()
    """The labels as the window's concordance shows them ("Annex 1", not "1")."""
    related: tuple[str, ...] = ()
    """For an article only one text has: the other text's articles its matter went to
    (or came from), by their labels."""
    related_names: tuple[str, ...] = ()
    """``related`` as a report names them (``related_name``: "Preamble", not the label
    "preamble"), in the same order."""
    fate: str = ""
    """ "What became of it", when a note on the older article says where it went: the
    note's own sentence (data, in ``FATE_LANGUAGE``)."""
    fate_further: tuple[str, ...] = ()
    """The articles that sentence names beyond those the block's heading shows: what a
    report in another language says in its own words in place of the sentence."""
    related_by_wording: bool = False
    """``related`` found by the aligner in the wording the two share, no note naming
    them: said as such, more weakly than a note's "its matter went to"."""
    rows: tuple[tuple[tuple[Run, ...], tuple[Run, ...]], ...] = ()
    """Side by side, the two columns cut into rows at the matched numbered paragraphs
    and points (so that (b) stands beside the (c) it became); empty: one row."""
    decided: str = ""
    """ "linked by the reader" or "unlinked by the reader" where the pairing is the
    reader's, not the aligner's: a report must not pass a reader's choice off as found."""
    conjectured_in: tuple[str, ...] = ()
    """The texts (their short titles) whose number for this moved or renumbered
    article is the editors' reconstruction: the move is then a conjecture
    (``core.attested_numbers``), which the report says beside the badges."""

    @property
    def changed(self) -> bool:
        """Changed in its words or its place: an article only renumbered, its words and
        its place kept, is unchanged, as the window's "Show Only Changed" has it."""
        return self.badges[0] != "unchanged" or "moved" in self.badges

    @property
    def measure(self) -> str:
        """ "similarity 87% · kept 90% · 3 changes" for a pair that changed, else ""."""
        if self.similarity is None or not self.changed:
            return ""
        similarity = ReportWords.tr("similarity {0}").format(self.similarity_shown)
        kept = ReportWords.tr("kept {0}").format(self.kept_shown)
        changes = ReportWords.tr("%n change(s)", None, self.changes)
        return f"{similarity} · {kept} · {changes}"

    @property
    def numbering_note(self) -> str:
        """ "numbering reconstructed" beside a conjectured move's badges, or ""."""
        return ReportWords.tr("numbering reconstructed") if self.conjectured_in else ""

    @property
    def conjecture(self) -> str:
        """Why the move or renumbering is a conjecture, naming the text, or ""."""
        if not self.conjectured_in:
            return ""
        return ReportWords.tr(
            "The number of this article in {0} is the editors' reconstruction, not "
            "attested: that it moved or was renumbered is a conjecture, not a fact to cite."
        ).format(", ".join(self.conjectured_in))

    @property
    def similarity_shown(self) -> str:
        """ "87%", as the window shows it ("" for an unpaired article)."""
        return _shown_percent(self.similarity)

    @property
    def kept_shown(self) -> str:
        """ "100%", as the window shows it ("" for an unpaired article)."""
        return _shown_percent(self.kept)

    @property
    def figures(self) -> tuple[str, str, str]:
        """The concordance's figures: similarity, kept and changes ("" unpaired)."""
        changes = str(self.changes) if self.similarity is not None else ""
        return self.similarity_shown, self.kept_shown, changes

    @property
    def related_template(self) -> str:
        """ "its matter went to {0}" (or "came from", for an added article), to be given
        the ``related`` labels; "" when there are none. Wording shared is said with the
        side it is on after the labels: "in the older text, shares wording with L615-11"
        beside an added article had read as if the added article were the older text's."""
        if not self.related:
            return ""
        if self.related_by_wording:
            if self.old_labels:
                return ReportWords.tr("shares wording with {0} of the newer text")
            return ReportWords.tr("shares wording with {0} of the older text")
        if self.old_labels:
            return ReportWords.tr("its matter went to {0}")
        return ReportWords.tr("its matter came from {0}")

    @property
    def related_note(self) -> str:
        """ "matter went to I, II, III, XV" for a concordance's status cell, or ""."""
        if not self.related:
            return ""
        if self.related_by_wording:
            template = self.related_template
        elif self.old_labels:
            template = ReportWords.tr("matter went to {0}")
        else:
            template = ReportWords.tr("matter came from {0}")
        return template.format(", ".join(self.shown_related))

    @property
    def shown_related(self) -> tuple[str, ...]:
        """The names of ``related`` to print."""
        return self.related_names or self.related

    @property
    def old_cell(self) -> str:
        """The earlier side as the concordance names it (see ``NO_COUNTERPART``); an
        Arabic label isolated, so that the cell keeps its left alignment and its order."""
        return " + ".join(map(isolated, self.old_refs)) or ReportWords.tr(NO_COUNTERPART)

    @property
    def new_cell(self) -> str:
        return " + ".join(map(isolated, self.new_refs)) or ReportWords.tr(NO_COUNTERPART)


NO_COUNTERPART = QT_TRANSLATE_NOOP("ReportWords", "(none)")
"""An article with no counterpart, as the window's concordance says it: a dash could
be read as the Chinese or Japanese numeral one (一) that labels the first article."""


@dataclass(frozen=True)
class LeftOutRun:
    """Articles in a row that ``changed_only`` left out, unchanged where they stood,
    listed as one line of the concordance ("§ 12 – § 45 … 34 unchanged, not printed"):
    line by line they had filled 7 of a 17-page report."""

    first: Block
    last: Block
    count: int

    @property
    def old_cell(self) -> str:
        return f"{self.first.old_cell} – {self.last.old_cell}"

    @property
    def new_cell(self) -> str:
        return f"{self.first.new_cell} – {self.last.new_cell}"

    @property
    def note(self) -> str:
        return ReportWords.tr("%n unchanged, not printed", None, self.count)


RUN_LEAST = 3
"""Rows left out in a row from which the concordance lists them as one line."""


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
    class_counts: dict[str, int] = field(default_factory=dict)
    """Word changes per class, those a filter left out included (``left_out``)."""
    left_out: str = ""
    """What ``--only`` or the window's class filter left out, in words ('' if nothing)."""
    exported: str = field(default_factory=lambda: date.today().isoformat())
    unchanged_left_out: int = 0
    """Articles ``changed_only`` left out, their words and place unchanged."""
    rows: tuple[Block, ...] | None = None
    """Every article in reading order, those left out too: the concordance lists them
    all (a reader looks there for where an article went), linking the ones shown."""

    @cached_property
    def own_markers(self) -> frozenset[str]:
        """The markers ("[3]") of the reader's own notes, drawn in their colour."""
        notes = [n for b in self.blocks for n in b.notes] + [n for n, _ in self.other_notes]
        return frozenset(f"[{n.number}]" for n in notes if n.own)

    @property
    def concordance_rows(self) -> tuple[tuple[Block, bool], ...]:
        """(block, shown) for each row of the concordance."""
        shown = {b.key for b in self.blocks}
        return tuple((b, b.key in shown) for b in (self.rows or self.blocks))

    @property
    def concordance_lines(self) -> list[tuple[Block, bool] | LeftOutRun]:
        """``concordance_rows`` with each run of at least ``RUN_LEAST`` rows left out
        as one line."""
        out: list[tuple[Block, bool] | LeftOutRun] = []
        run: list[Block] = []

        def close() -> None:
            if len(run) >= RUN_LEAST:
                out.append(LeftOutRun(run[0], run[-1], len(run)))
            else:
                out.extend((block, False) for block in run)
            run.clear()

        for block, shown in self.concordance_rows:
            if shown:
                close()
                out.append((block, True))
            else:
                run.append(block)
        close()
        return out

    @property
    def shown_line(self) -> str:
        """ "40 articles shown", saying so when the unchanged ones were left out."""
        n = len(self.blocks)
        line = ReportWords.tr("%n article(s) shown", None, n)
        if self.unchanged_left_out:
            line += " " + ReportWords.tr(
                "(only the changed ones; %n unchanged left out)", None, self.unchanged_left_out
            )
        if self.left_out:  # on the first page: a filtered report must say it is one
            line += f" · {self.left_out}"
        return line

    @property
    def heading(self) -> str:
        return f"{titled(self.old)} ↔ {titled(self.new)}"

    @property
    def counts_characters(self) -> bool:
        """Whether the words counted are characters (texts written without spaces)."""
        return counts_characters(self.old, self.new)

    @property
    def conjectured_texts(self) -> str:
        """The texts whose reconstructed numbers some pairs' moves rest on, named once."""
        return ", ".join(dict.fromkeys(t for b in self.blocks for t in b.conjectured_in))


def own_title(doc: Document) -> str:
    """The title a file gives itself (front matter, its opening heading) when it is
    known by its file name ("" otherwise)."""
    own = doc.metadata.get(OWN_TITLE) if doc.metadata else None
    return own if isinstance(own, str) and known_by_file_name(doc) else ""


def titled(doc: Document) -> str:
    """A text as a report's heading names it: its own title with its file's name beside
    it ("대한민국헌법 (constitution-1980)"), else its short title: a pair of laws was
    titled "constitution-1972 ↔ constitution-1980" by their files alone."""
    own = own_title(doc)
    return f"{own} ({short_title(doc)})" if own else short_title(doc)


def dashed(text: str) -> str:
    """ "— text —", the dashes held to the words by no-break spaces: a closing dash
    alone had begun a line of a narrow column."""
    return f"—\u00a0{text}\u00a0—"


def absent_note(doc: Document, side: Side) -> str:
    """What an empty column says: "— not in the Draft of 24 August 1920 —"; a text
    known only by its file name is called the older (newer) text, and the file named."""
    name = doc.source_name
    if known_by_file_name(doc):
        if side == "old":
            said = ReportWords.tr("not in the older text ({0})")
        else:
            said = ReportWords.tr("not in the newer text ({0})")
        if not name:
            said = said.replace(" ({0})", "").replace("({0})", "")
        return dashed(said.format(name))
    said = ReportWords.tr("not in the {0}")
    return dashed(said.format(short_title(doc)))


EMPTY_NOTE = QT_TRANSLATE_NOOP("ReportWords", "(no text under this heading)")


def empty_column_note(block: Block, docs: tuple[Document, Document], side: Side) -> str:
    """What a block's empty column (of ``side``; ``docs``: old and new) says: no text
    under its heading, the article not in that text, or not known to be in it
    (``Comparison.unknown``): one text gives that part only as editor's notes."""
    doc = docs[0] if side == "old" else docs[1]
    if block.old_labels if side == "old" else block.new_labels:
        return ReportWords.tr(EMPTY_NOTE)
    if block.badges == ("unknown",):
        own = docs[1] if side == "old" else docs[0]  # the text that has the article
        shown = block.new_runs if side == "old" else block.old_runs
        if is_withheld("".join(r.text for r in shown if r.kind not in ("marker", "tag", "label"))):
            said = ReportWords.tr("not known: the {0} gives this article only as a note")
            return dashed(said.format(short_title(own)))
        said = ReportWords.tr("not known whether in the {0}: it gives this part only as notes")
        return dashed(said.format(short_title(doc)))
    return absent_note(doc, side)


def side_name(doc: Document) -> str:
    """A column caption: the short title, or the date when the title is long."""
    return short_title(doc)


# --- runs ---------------------------------------------------------------------


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
            runs.append(Run(("\n" if n else "") + segment_name(seg) + "\n", "label"))
        spans: list[ChangeSpan] = []
        for c in pair.changes if pair else ():
            cls = c.change_class
            if side == "old" and c.old_end > c.old_start:
                spans.append(
                    (c.old_start, c.old_end, "delete" if c.op == "delete" else "replace_old", cls)
                )
            elif side == "new" and c.new_end > c.new_start:
                spans.append(
                    (c.new_start, c.new_end, "insert" if c.op == "insert" else "replace_new", cls)
                )
        mine = [s for s in notes if s.side == side and seg.start <= s.start < seg.end]
        runs.extend(segment_runs(doc, seg, side, spans, mine))
    return runs


def _whole(runs: list[Run], kind: RunKind) -> list[Run]:
    return [
        Run(r.text, kind if r.kind == "equal" else r.kind, r.side, r.start, r.notes, r.change_class)
        for r in runs
    ]


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
    sides: tuple[tuple[Side, Document], ...] = (("old", cmp.old), ("new", cmp.new))
    for side, doc in sides:
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
    every: list[Block] = []
    shown: set[int] = set()
    hidden = 0
    for row in cmp.rows():
        block = _block(cmp, row.kind, row.index, by_segment, mentions)
        every.append(block)
        if changed_only and not block.changed:
            hidden += 1
            continue
        shown.update(n.number for n in block.notes)
        blocks.append(block)
    other = tuple(
        (
            n,
            ReportWords.tr("could not be placed in either text")
            if not n.spans
            else ReportWords.tr("its article is left out"),
        )
        for n in notes
        if n.number not in shown
    )
    deleted, inserted = cmp.word_counts()
    return Report(
        cmp.old,
        cmp.new,
        tuple(blocks),
        cmp.shown_stats(),  # the articles whose fate is not known counted apart
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
        # Every class counted, those a filter left out too: the summary's "0 case" over
        # "left out: 1 case" read as a contradiction.
        dict(Counter(cmp.class_counts()) + Counter(cmp.hidden)),
        shown_line(cmp.shown, cmp.hidden),
        unchanged_left_out=hidden,
        rows=tuple(every) if hidden else None,
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
        title = report_pair_title(cmp.old, cmp.new, old_idx, new_idx)
        key = f"pair-{index}"
        noted = False
    else:
        pair = None
        old_idx = (index,) if kind == "removed" else ()
        new_idx = (index,) if kind == "added" else ()
        # An added notice of repeal ("Repealed.") is the number kept: so it is called.
        badges = (cmp.unpaired_status(kind, index),)
        doc = cmp.old if kind == "removed" else cmp.new
        title = segment_name(doc.segments[index])
        key = f"{kind}-{index}"
        noted = given_as_note(doc, doc.segments[index])
    placed: dict[int, PlacedNote] = {}
    for side, indices in (("old", old_idx), ("new", new_idx)):
        for i in indices:
            for note in by_segment.get((side, i), ()):  # type: ignore[arg-type]
                placed.setdefault(note.number, note)
    note_list = tuple(sorted(placed.values(), key=lambda n: n.number))
    spans = [s for n in note_list for s in n.spans]
    old_runs = _column(cmp.old, old_idx, "old", pair, spans)
    new_runs = _column(cmp.new, new_idx, "new", pair, spans)
    # A fate not known is neither a deletion nor an addition, nor is an editor's note
    # that an article's text is not given deleted or inserted wording.
    known = badges != ("unknown",) and not noted
    if kind == "removed" and known:  # the whole article is a deletion (an addition): one tint
        old_runs = _whole(old_runs, "delete")
    elif kind == "added" and known:
        new_runs = _whole(new_runs, "insert")
    rows = _rows(cmp, old_idx, new_idx, old_runs, new_runs) if pair is not None else ()
    if pair is not None:
        inline = redline_runs(cmp, pair, spans)
    elif not known:
        inline = list(old_runs if kind == "removed" else new_runs)
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
        similarity=pair.shown_similarity if pair else None,
        changes=len(pair.changes) if pair else 0,
        kept=pair.shown_kept if pair else None,
        entity_ids=_entity_ids(mentions, seg_spans),
        old_provenance=article_provenance(cmp.old, old_idx),
        new_provenance=article_provenance(cmp.new, new_idx),
        old_refs=tuple(_ref(cmp.old.segments[i]) for i in old_idx),
        new_refs=tuple(_ref(cmp.new.segments[j]) for j in new_idx),
        **_fate(cmp, kind, old_idx, new_idx, [n.note for n in note_list]),
        rows=rows,
        decided=_decided(cmp, kind, index, pair),
        conjectured_in=_conjectured_in(cmp, pair),
    )


def _conjectured_in(cmp: Comparison, pair: ArticlePair | None) -> tuple[str, ...]:
    if pair is None:
        return ()
    sides = conjectured_sides(cmp.old, cmp.new, pair)
    return tuple(short_title(cmp.old if side == "old" else cmp.new) for side in sides)


def _decided(cmp: Comparison, kind: str, index: int, pair: ArticlePair | None) -> str:
    if pair is not None:
        return ReportWords.tr("linked by the reader") if pair.origin == "reader" else ""
    return ReportWords.tr("unlinked by the reader") if cmp.unpaired_by_reader(kind, index) else ""


def _rows(
    cmp: Comparison,
    old_idx: Sequence[int],
    new_idx: Sequence[int],
    old_runs: list[Run],
    new_runs: list[Run],
) -> tuple[tuple[tuple[Run, ...], tuple[Run, ...]], ...]:
    """A pair's columns cut at its matched parts, or a split's or merge's at its
    units and the paragraphs compared with each (see ``Block.rows``)."""
    if len(old_idx) == 1 and len(new_idx) == 1:
        cuts = aligned_cuts(cmp.old, cmp.new, old_idx[0], new_idx[0])
    else:
        cuts = in_order_cuts(cmp.old, cmp.new, old_idx, new_idx)
    if cuts is None:
        return ()
    inner = cuts[1:-1]
    olds = split_runs(old_runs, [a for a, _ in inner])
    news = split_runs(new_runs, [b for _, b in inner])
    return tuple(
        (_trimmed(a), _trimmed(b))
        for a, b in zip(olds, news, strict=True)
        if "".join(r.text for r in (*a, *b)).strip()
    )


def _trimmed(piece: list[Run]) -> tuple[Run, ...]:
    """A row's runs without the blank lines that led on to the next part."""
    out = list(piece)
    while out and out[-1].start >= 0 and not out[-1].text.strip():
        out.pop()
    if out and out[-1].start >= 0:
        last = out[-1]
        out[-1] = Run(last.text.rstrip(), last.kind, last.side, last.start, last.notes,
                      last.change_class)  # fmt: skip
    return tuple(out)


def _fate(
    cmp: Comparison, kind: str, old_idx: Sequence[int], new_idx: Sequence[int], notes: list[str]
) -> dict[str, Any]:
    """Where an unpaired article's matter went, and the sentence that says so."""
    from ..core.fate import fate_line, fate_named, related_articles

    related: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    by_wording = False
    if kind in ("removed", "added"):
        doc, other, i = (
            (cmp.old, cmp.new, old_idx[0]) if kind == "removed" else (cmp.new, cmp.old, new_idx[0])
        )
        related = related_articles(doc, doc.segments[i], other, notes)
        if not related:  # no note says: the articles it shares its specific wording with
            found = (cmp.related_old if kind == "removed" else cmp.related_new).get(i, ())
            related = tuple(other.segments[r.index].label for r in found)
            by_wording = bool(related)
        names = tuple(_related_name(other, label) for label in related)
    fates = [fate_line(cmp.old, cmp.old.segments[i], cmp.new, notes) for i in old_idx]
    paired = {cmp.new.segments[j].label for j in new_idx}
    told = [
        f for i, f in zip(old_idx, fates, strict=True)
        if f and set(related_articles(cmp.old, cmp.old.segments[i], cmp.new, notes)) - paired
    ]  # fmt: skip
    named = (
        label for i in old_idx for label in fate_named(cmp.old, cmp.old.segments[i], cmp.new, notes)
    )
    further = tuple(
        dict.fromkeys(label for label in named if label not in paired and label not in related)
    )
    return {"related": related, "related_names": names, "fate": " ".join(told),
            "fate_further": further if told else (), "related_by_wording": by_wording}  # fmt: skip


def _related_name(doc: Document, label: str) -> str:
    """``label`` of a part of ``doc`` as a report names it (as written if no part has it)."""
    try:
        return related_name(doc.segments[doc.index_of(label)])
    except KeyError:
        return label


_PROVENANCE_WORDS = frozenset((
    QT_TRANSLATE_NOOP("ReportWords", "attested"),
    QT_TRANSLATE_NOOP("ReportWords", "reconstructed"),
    QT_TRANSLATE_NOOP("ReportWords", "paraphrased from a source"),
    QT_TRANSLATE_NOOP("ReportWords", "sure"),
    QT_TRANSLATE_NOOP("ReportWords", "probable"),
    QT_TRANSLATE_NOOP("ReportWords", "uncertain"),
    QT_TRANSLATE_NOOP("ReportWords", "{0}, confidence {1}"),
))  # fmt: skip
"""The words of a text's metadata on how its articles are known, as a report says them."""


def report_provenance_word(text: str) -> str:
    """A word of ``article_provenance`` in the report's language (others as written:
    a source's name is the text's own)."""
    return ReportWords.tr(text) if text in _PROVENANCE_WORDS else text


def article_provenance(
    doc: Document, indices: Sequence[int], word: Callable[[str], str] = report_provenance_word
) -> str:
    """'reconstructed, confidence uncertain (historiography)' from bundled metadata;
    never "reconstructed" for an article whose text is not given (as its badge).
    ``word``: the metadata's words and "{0}, confidence {1}" in the reader's language
    (the report's, unless a caller such as the chain report has words of its own)."""
    articles = doc.metadata.get("articles")
    if not isinstance(articles, dict):
        return ""
    parts = []
    for i in indices:
        seg = doc.segments[i]
        info = articles.get(seg.label)
        if not isinstance(info, dict) or not info.get("provenance"):
            continue
        if str(info["provenance"]).startswith("reconstruct") and is_withheld(doc.body(seg)):
            continue
        text = word(str(info["provenance"]))
        if info.get("confidence"):
            text = word("{0}, confidence {1}").format(text, word(str(info["confidence"])))
        if info.get("source"):
            text += f" ({info['source']})"
        parts.append(text if len(indices) == 1 else f"{segment_name(doc.segments[i])}: {text}")
    return "; ".join(parts)


def note_details(note: PlacedNote, report: Report, reason: str = "") -> str:
    """What follows a note's text: who wrote it and when, why it is listed apart, its
    entities, its tags."""
    parts = [p for p in (note.signature, reason) if p]
    if note.status == "moved":
        parts.append(ReportWords.tr("re-anchored: the passage moved"))
    entities = entity_line(note, report)
    if entities:
        parts.append(entities)
    if note.tags:
        parts.append(ReportWords.tr("Tags:") + " " + ", ".join(note.tags))
    return " · ".join(parts)


def note_lemma(note: PlacedNote) -> str:
    """'on «stand together in the struggle…»': the words a note is on, quoted before it
    as the chain report quotes them ('' for a note placed nowhere)."""
    return ReportWords.tr("on «{0}»").format(note.passage) if note.passage else ""


def own_note_label() -> str:
    """The label of a reader's own note, as the window's tooltip names it."""
    return ReportWords.tr("your note")


def entity_line(note: PlacedNote, report: Report) -> str:
    """'Parties: RSFSR, Turkey · Places: Kars' for a note's linked entities."""
    groups: dict[str, list[str]] = {"Parties": [], "Places": [], "Topics": []}
    for e in note.entity_ids:
        kind = report.entity_kinds.get(e, "concept")
        group = "Parties" if kind in _PARTY_KINDS else "Topics" if kind == "concept" else "Places"
        groups[group].append(report.entity_labels.get(e, e))
    names = {
        "Parties": ReportWords.tr("Parties"),
        "Places": ReportWords.tr("Places"),
        "Topics": ReportWords.tr("Topics"),
    }
    return " · ".join(
        f"{names[name]}: {', '.join(labels)}" for name, labels in groups.items() if labels
    )


_PARTY_KINDS = frozenset({"party", "state", "person"})


def _ref(seg: Segment) -> str:
    """A label as the concordance shows it ("第一条" for a Japanese law's "一"; "преамбула"
    in a Russian report)."""
    return reference(seg)
