"""The one object every view and exporter reads: two documents, their pairs, the diffs.

Change offsets are absolute positions in each document's text, so a pane can
paint them directly; the JSON form converts them to segment-relative offsets as
the command-line contract requires.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Literal

from .align import Alignment, Overrides, Related, align
from .article_pair import UNCERTAIN_BELOW as UNCERTAIN_BELOW
from .article_pair import ArticlePair as ArticlePair
from .article_pair import PairDiff, pair_from_link
from .attested_numbers import move_conjectured
from .cancel import StopCheck, check, part
from .change_classes import CLASSES, ChangeClassifier, class_counts
from .class_context import class_context
from .document import Document, Segment, SegmentKind
from .document_script import counts_characters
from .early_diffs import Units, early_diffs
from .fate import related_articles
from .memory import give_back
from .parallel import Beside, lent, shared_map
from .repealed import is_repeal_notice
from .structure_json import divisions_json, parts_json, references_json, segment_json
from .structure_summary import summary_of
from .textdiff import Change, DiffOptions, word_count
from .unrelated import comparison_warnings
from .withheld import given_as_note, open_fates
from .xrefs import (
    Reference,
    ReferenceChange,
    compare_references,
    keep_references,
    scan_references,
)

STATUSES = ("unchanged", "modified", "moved", "renumbered", "split", "merged", "added", "removed")
COUNTED = (*STATUSES[:2], "rewritten", *STATUSES[2:])
"""The counts of ``Comparison.stats``: the rewritten (``ArticlePair.rewritten``) said
right after the modified they are among, as moved and renumbered are flags counted too."""
WITHIN = {"rewritten": "modified"}
"""Counts that are part of another, said inside it ("6 modified (2 rewritten)"): listed
beside it, the rewritten read as a group of their own (31 for 29 articles)."""


def counts_within(stats: Mapping[str, int]) -> list[tuple[str, int, dict[str, int]]]:
    """``stats`` in order, each status with the counts that are part of it (by name)
    and without those counts as entries of their own."""
    parts: dict[str, dict[str, int]] = {}
    for among, whole in WITHIN.items():
        if stats.get(among):
            parts.setdefault(whole, {})[among] = stats[among]
    return [(s, n, parts.get(s, {})) for s, n in stats.items() if s not in WITHIN]


PROGRESS_SCALE = 1000
ALIGN_SHARE = 550
"""Share of ``compare``'s progress scale spent aligning (about half, measured at 500 KB)."""
SCHEMA = "treatyviewer.comparison/2"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the reading order: a pair, an added or a removed segment."""

    kind: Literal["pair", "added", "removed"]
    index: int
    """Index into ``pairs`` for a pair, else a segment index in the new/old text."""


SAME_WORDS_LOOKED_FOR = 24
NEAR = 8
"""Characters of an older passage, and how far round the place reckoned for it, that
``new_offset_of_old`` looks for in the newer text."""


@dataclass(frozen=True)
class Comparison:
    old: Document
    new: Document
    pairs: tuple[ArticlePair, ...]
    added: tuple[int, ...]
    removed: tuple[int, ...]
    options: DiffOptions = field(default_factory=DiffOptions)
    overrides: Overrides = field(default_factory=Overrides)
    related_old: Mapping[int, tuple[Related, ...]] = field(default_factory=dict)
    """Removed old segment → new segments that took up part of its matter."""
    related_new: Mapping[int, tuple[Related, ...]] = field(default_factory=dict)
    """Added new segment → old segments whose matter it took up in part."""
    shown: frozenset[str] = frozenset(CLASSES)
    """The change classes kept (see ``only``); all of them unless filtered."""
    hidden: Mapping[str, int] = field(default_factory=dict, hash=False, compare=False)
    """Changes left out by ``only``, per class: the record of what is not shown."""

    def with_review_threshold(self, below: float) -> Comparison:
        """The same comparison with pairs under ``below`` confidence offered for review."""
        pairs = tuple(replace(p, review_below=below) for p in self.pairs)
        return replace(self, pairs=pairs)

    def unpaired_by_reader(self, kind: str, index: int) -> bool:
        """Whether an added or removed article is unpaired because the reader unlinked it
        (its row is then the reader's decision, not the aligner's)."""
        side = 0 if kind == "removed" else 1
        label = (self.old if side == 0 else self.new).segments[index].label
        return any(unlink[side] == label for unlink in self.overrides.unlinks)

    def review_queue(self) -> list[int]:
        """Indices of the pairs to review, least likely first."""
        queue = [k for k, p in enumerate(self.pairs) if p.uncertain]
        return sorted(queue, key=lambda k: self.pairs[k].confidence)

    def stats(self) -> dict[str, int]:
        return dict(self._stats)

    @cached_property
    def warnings(self) -> tuple[str, ...]:
        """What the comparison warns of, beside each text's own warnings: texts that
        share almost no wording (``unrelated``)."""
        return comparison_warnings(self.old, self.new, self.pairs, lambda: sum(self.word_counts()))

    def to_review(self) -> int:
        """How many pairs are offered for review (``review_queue``'s length)."""
        return self._to_review

    @cached_property
    def _to_review(self) -> int:
        return sum(p.uncertain for p in self.pairs)

    @cached_property
    def _stats(self) -> dict[str, int]:
        counts: Counter[str] = Counter({s: 0 for s in STATUSES})
        for p in self.pairs:
            counts[p.status] += 1
            counts["moved"] += p.moved
            counts["renumbered"] += p.renumbered
            counts["rewritten"] += p.rewritten
        counts["added"] = len(self.added)
        counts["removed"] = len(self.removed)
        # Repealed: the articles paired with a notice of repeal under their number, and
        # the added notices the views call repealed (a chapter's heading kept over
        # "Repealed with effect from …", its articles gone): the pane said "repealed"
        # of such a chapter while the counts said nothing was.
        repealed = sum(p.repealed for p in self.pairs) + len(self.notices)
        return {s: counts[s] for s in COUNTED} | {"repealed": repealed}

    def warm(self) -> Comparison:
        """Find at once what every view of a comparison asks for (the reading order,
        the pair of each segment, the counts, what structure each text was cut by), so
        that a window can do it off its GUI thread: for a long text these walks take a
        good part of a second."""
        self.rows()
        self.old_to_pair, self.new_to_pair, self.flat_changes  # noqa: B018 (found once, kept)
        self.stats(), self.class_counts(), self.word_counts(), self.to_review()
        summary_of(self.old), summary_of(self.new)
        return self

    @cached_property
    def flat_changes(self) -> list[tuple[int, Change]]:
        """(pair index, change) of every change, in pair order: the changes' ids, which
        every view of the comparison numbers alike (100,000 of them at 20 MB, listed in
        a tenth of a second: ``warm`` lists them off the window's thread)."""
        return [(k, c) for k, p in enumerate(self.pairs) for c in p.changes]

    @cached_property
    def notices(self) -> frozenset[int]:
        """Added articles whose whole text is a notice of repeal ("Repealed.", "삭제 <…>"):
        a number kept after its text went to another article or out of force. They stay
        added (nothing of the older text is theirs); views call them repealed."""
        new = self.new
        return frozenset(j for j in self.added if is_repeal_notice(new.body(new.segments[j])))

    @cached_property
    def unknown(self) -> tuple[frozenset[int], frozenset[int]]:
        """Removed old and added new articles whose fate is not known, because an
        edition gives an article of that stretch only as an editor's note ("[Not
        reproduced.]"): they stay unpaired, and views call them "not known"."""
        docs = (self.old, self.new)

        def withheld(side: int, index: int) -> bool:
            return given_as_note(docs[side], docs[side].segments[index])

        kept = [(p.old, p.new) for p in self.pairs if not p.moved]
        opened: tuple[set[int], set[int]] = (set(), set())
        # A note stands only for units of its own kind: an annex given as a note says
        # nothing of the articles of a text that has no annexes.
        for group in {_note_group(seg.kind) for doc in docs for seg in doc.segments}:
            of_group = tuple(
                [k for k in unpaired if _note_group(doc.segments[k].kind) == group]
                for doc, unpaired in zip(docs, (self.removed, self.added), strict=True)
            )
            found = open_fates(kept, (of_group[0], of_group[1]), withheld)
            opened[0].update(found[0])
            opened[1].update(found[1])
        return frozenset(opened[0]), frozenset(opened[1])

    def shown_stats(self) -> dict[str, int]:
        """``stats`` as a reader is told them: the added notices of repeal counted as
        repealed only, as the views call them (``unpaired_status``), and the articles
        whose fate is not known (``unknown``) counted apart from the added and removed
        ones they are among."""
        out = self.stats()
        out["added"] -= len(self.notices)
        gone, new = self.unknown
        new = new - self.notices
        if not (gone or new):
            return out
        out["added"] -= len(new)
        out["removed"] -= len(gone)
        at = list(out).index("removed") + 1
        items = list(out.items())
        return dict([*items[:at], ("unknown", len(gone) + len(new)), *items[at:]])

    def unpaired_status(self, kind: str, index: int) -> str:
        """What views call a removed ("removed", old index) or added ("added", new
        index) article: "repealed" for an added notice of repeal (``notices``),
        "unknown" when its fate is not known (``unknown``), else ``kind``."""
        if kind == "added" and index in self.notices:
            return "repealed"
        if index in self.unknown[0 if kind == "removed" else 1]:
            return "unknown"
        return kind

    def class_counts(self) -> dict[str, int]:
        """Changes per class (wording, figure, name-variant, …) over all pairs."""
        return dict(self._class_counts)

    @cached_property
    def _class_counts(self) -> dict[str, int]:
        """``class_counts``, counted once: a long text has hundreds of thousands of
        changes, and the status line asks for the counts in several forms."""
        return class_counts([c for p in self.pairs for c in p.changes])

    @cached_property
    def counts_characters(self) -> bool:
        """Whether the words counted are characters: both texts are written without
        spaces (Chinese, Japanese), where each character is a word to the diff."""
        return counts_characters(self.old, self.new)

    def word_counts(self) -> tuple[int, int]:
        """Words deleted and inserted, over all pairs and added/removed articles."""
        return self._word_counts

    @cached_property
    def _word_counts(self) -> tuple[int, int]:
        deleted = sum(p.words_deleted for p in self.pairs)
        inserted = sum(p.words_inserted for p in self.pairs)
        # words as a pair's diff counts them, so that linking two articles that share
        # nothing leaves the totals as they were
        deleted += sum(word_count(self.old.body(self.old.segments[i])) for i in self.removed)
        inserted += sum(word_count(self.new.body(self.new.segments[j])) for j in self.added)
        return deleted, inserted

    def pair_of_old(self, index: int) -> int | None:
        return self.old_to_pair.get(index)

    def pair_of_new(self, index: int) -> int | None:
        return self.new_to_pair.get(index)

    def new_offset_of_old(self, offset: int) -> int | None:
        """Where an offset of the older text's wording stands in the newer text, for
        words the two share (a redline writes them once, from the newer text): None for
        an article with no counterpart."""
        i = self.old.segment_at(offset)
        k = self.pair_of_old(i) if i is not None else None
        if i is None or k is None or not self.pairs[k].new:
            return None
        old_seg, new_seg = self.old.segments[i], self.new.segments[self.pairs[k].new[0]]
        at = new_seg.body_start + max(0, offset - old_seg.body_start)
        for c in sorted(self.pairs[k].changes, key=lambda c: c.old_start):
            if c.old_start > offset or not new_seg.start <= c.new_start <= new_seg.end:
                break
            at = c.new_start if offset < c.old_end else c.new_end + (offset - c.old_end)
        # The diff may count the spaces around a change apart: the same words close by.
        passage = self.old.text[offset : offset + SAME_WORDS_LOOKED_FOR]
        lead = len(passage) - len(passage.lstrip())
        for words in (passage.strip(), (passage.split() or [""])[0]):  # then its first word
            found = self.new.text.find(words, max(new_seg.start, at - NEAR), at + NEAR + len(words))
            if words and found >= 0:
                at = found - lead
                break
        return max(new_seg.start, min(at, new_seg.end))

    def segment_of_row(self, row: Row) -> tuple[int, int]:
        """(side, segment) of a row's article: a pair's newer one when it has one."""
        if row.kind == "pair":
            pair = self.pairs[row.index]
            return (1, pair.new[0]) if pair.new else (0, pair.old[0])
        return (0 if row.kind == "removed" else 1, row.index)

    def row_of_segment(self, side: int, index: int) -> Row:
        """The reading-order row that holds segment ``index`` of the old (0) or new (1) text."""
        k = self.pair_of_old(index) if side == 0 else self.pair_of_new(index)
        if k is not None:
            return Row("pair", k)
        return Row("removed" if side == 0 else "added", index)

    @cached_property
    def old_to_pair(self) -> dict[int, int]:
        """Old segment index → index of the pair holding it."""
        return {i: k for k, p in enumerate(self.pairs) for i in p.old}

    @cached_property
    def new_to_pair(self) -> dict[int, int]:
        """New segment index → index of the pair holding it."""
        return {j: k for k, p in enumerate(self.pairs) for j in p.new}

    def rows(self) -> list[Row]:
        """Reading order: the new text's order, removed articles after their old neighbour."""
        return list(self._reading_order)

    @cached_property
    def _reading_order(self) -> tuple[Row, ...]:
        """``rows``, found once (the panes, the redline and the concordance all ask)."""
        rows: list[Row] = []
        added = set(self.added)
        new_map = self.new_to_pair
        emitted: set[int] = set()
        removed_after: dict[int, list[int]] = {}
        old_map = self.old_to_pair
        # The pair of the nearest paired old segment before each removed one, found in
        # one pass (a search back from each would be quadratic on long removed runs).
        anchor_of: list[int] = []
        anchor = -1
        for i in range(len(self.old.segments)):
            anchor_of.append(anchor)
            anchor = old_map.get(i, anchor)
        for i in self.removed:
            removed_after.setdefault(anchor_of[i], []).append(i)
        rows.extend(Row("removed", i) for i in removed_after.get(-1, []))
        for j in range(len(self.new.segments)):
            if j in added:
                rows.append(Row("added", j))
                continue
            k = new_map[j]
            if k in emitted:
                continue
            emitted.add(k)
            rows.append(Row("pair", k))
            rows.extend(Row("removed", i) for i in removed_after.get(k, []))
        return tuple(rows)

    def references(self, side: Literal["old", "new"], indices: Sequence[int]) -> list[str]:
        """Labels for people: annexes read "Annex 1" so they are not taken for articles."""
        doc = self.old if side == "old" else self.new
        return [doc.segments[i].reference for i in indices]

    def label_of(self, side: Literal["old", "new"], indices: Sequence[int]) -> list[str]:
        doc = self.old if side == "old" else self.new
        return [doc.segments[i].label for i in indices]

    @cached_property
    def reference_changes(self) -> list[ReferenceChange]:
        """Every cross-reference of a paired unit beside its counterpart, with what
        became of it (unchanged, renumbered with its target, retargeted)."""
        return compare_references(self.old, self.new, self.pairs)

    def to_json(self) -> dict[str, Any]:
        return comparison_json(self)


def build_comparison(
    old: Document,
    new: Document,
    alignment: Alignment,
    options: DiffOptions | None = None,
    overrides: Overrides | None = None,
    should_stop: StopCheck | None = None,
    classify: bool = True,
    review_below: float = UNCERTAIN_BELOW,
    helpers: int = 0,
    early: Mapping[Units, PairDiff] | None = None,
) -> Comparison:
    """Diff every aligned pair and class every change (unless ``classify`` is off).

    ``should_stop(done, total)`` may cancel long runs. ``helpers`` forked processes
    may share a long list of pairs (``core.parallel``; single-threaded callers only).
    Only this process asks ``should_stop`` (a helper has nobody to report to): its own
    share's progress stands for the whole. ``early`` holds diffs already worked out
    (``core.early_diffs``), by the units they pair.
    """
    options = options or DiffOptions()
    early = early or {}
    links = alignment.links
    todo = [k for k in range(len(links)) if (links[k].old, links[k].new) not in early]
    classes = ChangeClassifier(class_context(old, new, alignment)) if classify and todo else None
    home = os.getpid()
    reported = 0

    def diff_links(ks: Sequence[int]) -> list[ArticlePair]:
        nonlocal reported
        stop = should_stop if os.getpid() == home else None
        out = []
        for n, k in enumerate(ks):
            if stop is not None:  # never backwards (a failed helper's share is redone here)
                reported = max(reported, n * len(todo) // len(ks))
                check(stop, reported, len(todo))
            link, moved = links[k], k in alignment.moved
            out.append(pair_from_link(old, new, link, moved, options, classes, review_below))
        return out

    check(should_stop, 0, len(todo) or 1)  # diffing begins (even with every pair diffed early)
    done = dict(zip(todo, shared_map(diff_links, todo, helpers), strict=True))
    moved = alignment.moved
    pairs = [
        done.get(k)
        or pair_from_link(
            old, new, link, k in moved, options, None, review_below, early[link.old, link.new]
        )
        for k, link in enumerate(links)
    ]
    return comparison_of(old, new, alignment, pairs, options, overrides)


def comparison_of(old: Document, new: Document, alignment: Alignment, pairs: Sequence[ArticlePair],
                  options: DiffOptions, overrides: Overrides | None) -> Comparison:  # fmt: skip
    """The comparison of ``alignment``'s links made into ``pairs`` (in link order)."""
    return Comparison(old, new, tuple(pairs), alignment.added, alignment.removed, options,
                      overrides or Overrides(), alignment.related_old, alignment.related_new)  # fmt: skip


def compare(
    old: Document,
    new: Document,
    options: DiffOptions | None = None,
    overrides: Overrides | None = None,
    should_stop: StopCheck | None = None,
    classify: bool = True,
    review_below: float = UNCERTAIN_BELOW,
    helpers: int = 0,
) -> Comparison:
    """Align two documents, diff every pair and class every change. ``should_stop`` sees
    one progress scale through both stages; ``helpers`` as for ``build_comparison``."""
    options = options or DiffOptions()
    alignment, early = align_beside(old, new, options, overrides, should_stop, classify, helpers)
    diffing = part(should_stop, ALIGN_SHARE, PROGRESS_SCALE, PROGRESS_SCALE)
    return build_comparison(
        old, new, alignment, options, overrides, diffing, classify, review_below, helpers, early
    )


def align_beside(
    old: Document,
    new: Document,
    options: DiffOptions,
    overrides: Overrides | None = None,
    should_stop: StopCheck | None = None,
    classify: bool = True,
    helpers: int = 0,
    diff_beside: bool = True,
) -> tuple[Alignment, Mapping[Units, PairDiff]]:
    """Align two documents (``should_stop`` sees the first ``ALIGN_SHARE`` of
    ``compare``'s scale) and keep their cross-references; the diffs a helper worked
    out beside the aligner come back with the alignment, by the units they pair
    (none without ``diff_beside``: the helper then only scans, and is soon done)."""

    units = len(old.segments) + len(new.segments)
    long, diffs_too = units >= SCAN_BESIDE, diff_beside and units < BESIDE_BELOW

    def beside(
        stopped: Callable[[], bool],
    ) -> tuple[list[tuple[Reference, ...]], Mapping[Units, PairDiff]]:
        found = scan_references((old, new))
        return found, early_diffs(old, new, options, classify, stopped) if diffs_too else {}

    if long and helpers:
        # What reading freed (the texts as they came through the readers' pipes) would
        # otherwise be copied into the helper page by page as this process reuses it.
        give_back()
    helper = Beside(beside, helpers if long else 0)
    try:
        with lent(helpers):
            alignment = align(
                old, new, overrides, part(should_stop, 0, ALIGN_SHARE, PROGRESS_SCALE)
            )
    except BaseException:
        helper.cancel()
        raise
    got = helper.finish()
    found = scan_references((old, new)) if got is None else got[0]
    for doc, refs in zip((old, new), found, strict=True):
        keep_references(doc, refs)
    return alignment, {} if got is None else got[1]


SCAN_BESIDE = 300
"""Units in the two texts from which a helper beside the aligner pays (about
150 KB of text): it scans the references and diffs the pairs it foresees..."""
BESIDE_BELOW = 60_000
"""...and from which it only scans (about 25 MB of text a side): the diffs it kept
while the aligner ran, with what it copied of this process's pages as they changed,
came to some 250 MB at 50 MB, while the aligner forks a helper of its own at its
largest; the summed peak of the three passed 2 GB (2,097 MB; 1,884 MB without those
diffs, which the helpers then work out after the alignment, 43 s → 49 s)."""


def _related_json(other: Document, related: tuple[Related, ...]) -> list[dict[str, Any]]:
    return [{"label": other.segments[r.index].label, "score": r.score} for r in related]


def _owner(doc: Document, indices: Sequence[int], pos: int) -> Segment:
    """The pair's segment that holds ``pos`` (an insertion point may sit at its end)."""
    if len(indices) == 1:
        return doc.segments[indices[0]]
    segs = [doc.segments[i] for i in indices]
    for seg in segs:
        if seg.start <= pos <= seg.end:
            return seg
    return segs[0]


def change_segments(cmp: Comparison, pair: ArticlePair, c: Change) -> tuple[Segment, Segment]:
    """The segments of the pair that hold the change, old and new (its JSON offsets
    are relative to their starts)."""
    return _owner(cmp.old, pair.old, c.old_start), _owner(cmp.new, pair.new, c.new_start)


def _change_json(c: Change, cmp: Comparison, pair: ArticlePair) -> dict[str, Any]:
    old_seg, new_seg = change_segments(cmp, pair, c)
    out: dict[str, Any] = {
        "op": c.op,
        "old": [c.old_start - old_seg.start, c.old_end - old_seg.start],
        "new": [c.new_start - new_seg.start, c.new_end - new_seg.start],
        "old_text": c.old_text,
        "new_text": c.new_text,
        "class": c.change_class,
    }
    if len(pair.old) > 1:
        out["old_segment"] = old_seg.label
    if len(pair.new) > 1:
        out["new_segment"] = new_seg.label
    return out


def pair_json(cmp: Comparison, p: ArticlePair) -> dict[str, Any]:
    """One pair of ``comparison_json``."""
    return {
        "old": cmp.label_of("old", p.old),
        "new": cmp.label_of("new", p.new),
        "status": p.status,
        "renumbered": p.renumbered,
        "moved": p.moved,
        "numbering_reconstructed": move_conjectured(cmp.old, cmp.new, p),
        "repealed": p.repealed,
        "rewritten": p.rewritten,
        "similarity": round(p.similarity, 3),
        "kept": round(p.kept, 3),
        "score": round(p.score, 4),
        "confidence": p.confidence,
        "origin": p.origin,
        "changes": [_change_json(c, cmp, p) for c in p.changes],
        "coarse": p.coarse,
        "parts": parts_json(cmp.old, cmp.new, p.old, p.new),
    }


def comparison_json(cmp: Comparison, pairs: Sequence[Any] | None = None) -> dict[str, Any]:
    """The ``treatyviewer.comparison/2`` object of the command-line contract;
    ``pairs`` stands for the ``pair_json`` of every pair when given (written
    elsewhere, see ``io.comparison_json_text``)."""

    def doc_json(
        doc: Document,
        other: Document,
        unpaired: Sequence[int],
        related: Mapping[int, tuple[Related, ...]],
    ) -> dict[str, Any]:
        segments = [segment_json(s) for s in doc.segments]
        for k in unpaired:
            segments[k]["related"] = _related_json(other, related.get(k, ()))
            # What the texts' own notes say (draft Art. 4 → I, II, III, XV): the window
            # shows it, and the wording alone finds only part of it.
            segments[k]["noted"] = list(related_articles(doc, doc.segments[k], other))
        return {
            "title": doc.title,
            "source": doc.source_name,
            "segments": segments,
            "warnings": list(doc.warnings),
            "structure": doc.structure,
            "divisions": divisions_json(doc),
        }

    deleted, inserted = cmp.word_counts()
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "old": doc_json(cmp.old, cmp.new, cmp.removed, cmp.related_old),
        "new": doc_json(cmp.new, cmp.old, cmp.added, cmp.related_new),
        "options": {
            "ignore_case": cmp.options.ignore_case,
            "ignore_punctuation": cmp.options.ignore_punctuation,
            "ignore_whitespace": cmp.options.ignore_whitespace,
            "ignore_numbering": cmp.options.ignore_numbering,
        },
        "pairs": [pair_json(cmp, p) for p in cmp.pairs] if pairs is None else pairs,
        "references": references_json(cmp.old, cmp.new, cmp.reference_changes),
        "added": cmp.label_of("new", cmp.added),
        "removed": cmp.label_of("old", cmp.removed),
        # Of the added and removed, those whose fate an edition's missing text leaves open.
        "unknown": {
            "old": cmp.label_of("old", sorted(cmp.unknown[0])),
            "new": cmp.label_of("new", sorted(cmp.unknown[1])),
        },
        # Of the added, those that are only a notice of repeal (counted as repealed).
        "repealed": cmp.label_of("new", sorted(cmp.notices)),
        "stats": cmp.stats()
        | {"words_deleted": deleted, "words_inserted": inserted, "classes": cmp.class_counts()},
        # What the comparison warns of (each text's own warnings are under "old", "new").
        "warnings": list(cmp.warnings),
    }
    if cmp.shown != frozenset(CLASSES):
        out["shown_classes"] = [c for c in CLASSES if c in cmp.shown]
        out["stats"]["hidden_classes"] = {c: cmp.hidden.get(c, 0) for c in CLASSES
                                          if c not in cmp.shown}  # fmt: skip
    return out


def _note_group(kind: SegmentKind) -> SegmentKind:
    """The units an editor's note of this kind may stand for: articles, paragraphs and
    headed units stand for one another (editions head one unit differently)."""
    return SegmentKind.ARTICLE if kind in _BODY_UNITS else kind


_BODY_UNITS = frozenset({SegmentKind.ARTICLE, SegmentKind.PARAGRAPH, SegmentKind.HEADING})
