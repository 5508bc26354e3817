"""One aligned pair of articles: what the views read of it, and how its word diff is built.

The pair's changes carry absolute offsets into each document's text, mapped back from
the joined bodies the diff runs on, so a pane can paint them directly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .align import Link, Origin
from .change_classes import ChangeClassifier
from .document import Document, Segment, SegmentKind
from .moved_paragraphs import pieces_of_moved
from .part_labels import numbering_changes
from .parts import diff_pieces, divided_diff, sectioned_diff
from .renumbered import is_renumbered
from .repealed import is_repeal_notice
from .textdiff import Change, DiffOptions, DiffResult, diff_words, word_count

PairStatus = Literal["unchanged", "modified", "split", "merged", "comparing"]
"""``comparing``: a one-to-one pair whose words are not diffed yet (``pending_pair``)."""
UNCERTAIN_BELOW = 0.9
"""Default review threshold: pairs less likely than this to be right are offered
for review. Confidence is a calibrated probability, so 0.9 means "one in ten or
worse may be wrong"; the reader can choose another threshold."""
_JOIN = "\n\n"


SHOWN_CHANGED_MOST = 0.99
"""The most similarity a pair with changes is shown with."""

REWRITTEN_BELOW = 0.15
"""Similarity under which a modified pair is said to be rewritten: less than a sixth of
the two articles' words in common (the French Constitution's Articles 73 and 74 of 2003
are 3 % and 5 % similar to 1976's and had read "modified", as a pair with one word
changed does). Every view, report and output says it from ``ArticlePair.rewritten``."""


def kept_share(words_deleted: int, old_words: int) -> float:
    """The share of the older article's words the newer one keeps: 1 − words deleted
    over the older words, from the word diff.

    Similarity counts both sides (twice the words in common over all the words), so an
    article kept word for word under three new paragraphs reads 26 %, as one largely
    reworded does (the 1920 draft's Article 1 in the 1921 treaty's Article I). This
    figure looks at the older wording alone: near 1 when it stands and more was added,
    low when it was reworded or struck out. An older side with no words loses none."""
    if old_words <= 0:
        return 1.0
    return round(max(0.0, 1.0 - words_deleted / old_words), 4)


def whole_percent(fraction: float) -> int:
    """A share (0–1) as the whole percentage every view and export shows: the window
    showed 0.495 as 50 % and the PDF as 0.49."""
    return round(fraction * 100)


@dataclass(frozen=True, slots=True)
class ArticlePair:
    old: tuple[int, ...]
    new: tuple[int, ...]
    status: PairStatus
    renumbered: bool
    moved: bool
    similarity: float
    confidence: float
    origin: Origin
    changes: tuple[Change, ...]
    words_deleted: int = 0
    words_inserted: int = 0
    kept: float = 0.0
    """The share of the older wording the newer text keeps (``kept_share``); 0 until
    the pair's words are diffed, as ``similarity``."""
    coarse: bool = False
    """The word diff ran out of its time budget: some changes are whole passages."""
    score: float = 0.0
    """The aligner's decision score (``similarity`` is the word diff's figure)."""
    review_below: float = UNCERTAIN_BELOW
    """The review threshold in force when this pair was built."""
    pending: bool = False
    """Paired, but its words are not diffed yet: no change, figure or "unchanged" is
    known of it (a comparison still arriving, see ``core.streamed``)."""
    repealed: bool = False
    """The later text keeps the article's number with a notice of repeal ("(weggefallen)",
    "Утратила силу") or a free place ("[Reserved]") instead of its text."""

    @property
    def uncertain(self) -> bool:
        return self.origin == "auto" and self.confidence < self.review_below

    @property
    def shown_similarity(self) -> float:
        """The similarity as figures show it: a changed pair never reads 1.00 or 100%
        (one word in a long article is 0.999), the JSON keeps the exact figure."""
        return min(self.similarity, SHOWN_CHANGED_MOST) if self.changes else self.similarity

    @property
    def shown_kept(self) -> float:
        """The kept share as figures show it: with a word deleted never 100 %, while
        an article only added to reads 100 % (the JSON keeps the exact figure)."""
        return min(self.kept, SHOWN_CHANGED_MOST) if self.words_deleted else self.kept

    @property
    def shown_confidence(self) -> float:
        """The confidence as figures show it: below certainty never 100 % (0.995 read
        "100 % ⚠" in the list of pairs to review below 100 %)."""
        return min(self.confidence, SHOWN_CHANGED_MOST) if self.confidence < 1.0 else 1.0

    @property
    def rewritten(self) -> bool:
        """Modified nearly throughout: similarity under ``REWRITTEN_BELOW``.
        Not said of a pair not yet diffed, nor of one whose later text is only a notice
        of repeal (which keeps none of the wording, and is said to be repealed)."""
        return (
            self.status == "modified"
            and not self.pending
            and not self.repealed
            and self.similarity < REWRITTEN_BELOW
        )

    @property
    def badges(self) -> tuple[str, ...]:
        """The status and the flags beside it, "rewritten" right after "modified"."""
        out: list[str] = [self.status]
        if self.rewritten:
            out.append("rewritten")
        if self.pending and self.status != "comparing":
            out.append("comparing")
        if self.moved:
            out.append("moved")
        if self.renumbered:
            out.append("renumbered")
        if self.repealed:
            out.append("repealed")
        return tuple(out)


def compared_start(seg: Segment) -> int:
    """Where a unit's compared text begins: after its heading, unless the heading is
    all that names it ("## What if I break the API?", a section titled only): a
    reworded title is then a change of the unit (it had read "unchanged, 1.00")."""
    return seg.start if seg.kind is SegmentKind.HEADING else seg.body_start


def _joined_bodies(
    doc: Document, indices: Sequence[int], whole: bool = False
) -> tuple[str, list[int], list[int]]:
    """Bodies joined by blank lines, with the offset tables to map back; ``whole``:
    the units with their headings."""
    parts, starts, absolute = [], [], []
    pos = 0
    for i in indices:
        seg = doc.segments[i]
        begin = seg.start if whole else compared_start(seg)
        body = doc.text[begin : seg.end]
        starts.append(pos)
        absolute.append(begin)
        parts.append(body)
        pos += len(body) + len(_JOIN)
    return _JOIN.join(parts), starts, absolute


def _paragraphs(doc: Document, indices: Sequence[int]) -> bool:
    return all(doc.segments[i].kind is SegmentKind.PARAGRAPH for i in indices)


def _numbers_printed(
    loose: Document, loose_ix: Sequence[int], units: Document, unit_ix: Sequence[int]
) -> bool:
    """Whether ``loose`` is read paragraph by paragraph and its first paragraph begins
    with the heading of the first of ``units`` ("1. Grant…" against the article "1."),
    which then are compared with their headings."""
    if not _paragraphs(loose, loose_ix) or _paragraphs(units, unit_ix):
        return False
    seg = units.segments[unit_ix[0]]
    head = units.text[seg.start : seg.body_start].strip()
    para = loose.segments[loose_ix[0]]
    return bool(head) and loose.text[para.start : para.end].lstrip().startswith(head)


def _mapper(starts: list[int], absolute: list[int]) -> Callable[[int], int]:
    def to_abs(pos: int) -> int:
        k = max(0, bisect_right(starts, pos) - 1)
        return absolute[k] + pos - starts[k]

    return to_abs


def _diff(
    old: Document,
    new: Document,
    old_ix: tuple[int, ...],
    new_ix: tuple[int, ...],
    joined: tuple[str, list[int], str, list[int]],
    options: DiffOptions,
) -> DiffResult:
    """Word diff of a pair; one unit to one unit runs part by matched part, a split
    or merge unit by unit against the paragraphs most like each, or paragraph by
    paragraph when paragraphs changed order (whichever of these, or the plain diff
    of the joined texts, finds more words the same)."""
    a, a_starts, b, b_starts = joined
    if len(old_ix) == 1 and len(new_ix) == 1:
        by_parts = sectioned_diff(old, new, old_ix[0], new_ix[0], options)
        return by_parts if by_parts is not None else diff_words(a, b, options)
    tried = [divided_diff(a, a_starts, b, b_starts, options)]
    pieces = pieces_of_moved(a, a_starts, b, b_starts)
    if pieces is not None:
        moved = diff_pieces(a, b, pieces, options)
        ordered = sorted(moved.changes, key=lambda c: (c.new_start, c.old_start))
        tried.append(replace(moved, changes=tuple(ordered)))
    if tried[0] is None or tried[0].similarity < CLOSE_DIVISION:
        tried.append(diff_words(a, b, options))
    found = [r for r in tried if r is not None]
    return max(found, key=lambda r: r.equal_tokens)  # the first of equals: max keeps it


CLOSE_DIVISION = 0.9
"""A division of a split or merge this alike is kept without trying the plain diff
(which then could find only a few more words the same)."""


@dataclass(frozen=True, slots=True)
class PairDiff:
    """A pair's classed word changes and figures: the same whichever link the pair is
    part of, so it may be worked out before the alignment is known."""

    changes: tuple[Change, ...]
    similarity: float
    words_deleted: int
    words_inserted: int
    kept: float
    """``kept_share`` of the older units' words."""
    coarse: bool


def pair_diff(
    old: Document,
    new: Document,
    old_ix: tuple[int, ...],
    new_ix: tuple[int, ...],
    options: DiffOptions,
    classes: ChangeClassifier | None = None,
) -> PairDiff:
    """The word diff of old units ``old_ix`` against new units ``new_ix``, in
    absolute offsets, classed by ``classes``."""
    # A text read paragraph by paragraph keeps its articles' numbers in its text ("1.
    # Grant. You may…"): against it, the other text's articles are read with theirs.
    a, a_starts, a_abs = _joined_bodies(old, old_ix, _numbers_printed(new, new_ix, old, old_ix))
    b, b_starts, b_abs = _joined_bodies(new, new_ix, _numbers_printed(old, old_ix, new, new_ix))
    if a == b:  # the same words: nothing to diff or to count
        return PairDiff((), 1.0, 0, 0, 1.0, False)
    result = _diff(old, new, old_ix, new_ix, (a, a_starts, b, b_starts), options)
    changes = []
    if len(a_starts) == len(b_starts) == 1:
        # One unit a side (nearly every pair): its offsets move by where its text
        # begins, without asking the offset tables four times a change.
        at_old, at_new = a_abs[0], b_abs[0]
        for c in result.changes:
            o0, o1 = c.old_start + at_old, c.old_end + at_old
            n0, n1 = c.new_start + at_new, c.new_end + at_new
            changes.append(Change(c.op, o0, o1, n0, n1, old.text[o0:o1], new.text[n0:n1]))
    else:
        to_old, to_new = _mapper(a_starts, a_abs), _mapper(b_starts, b_abs)
        for c in result.changes:
            o0 = to_old(c.old_start)
            o1 = to_old(c.old_end) if c.old_end > c.old_start else o0
            n0 = to_new(c.new_start)
            n1 = to_new(c.new_end) if c.new_end > c.new_start else n0
            changes.append(Change(c.op, o0, o1, n0, n1, old.text[o0:o1], new.text[n0:n1]))
    if classes is not None and changes:
        changes = numbering_changes(old, new, old_ix, new_ix, classes.classify_all(changes))
    deleted, inserted = result.words()
    kept = kept_share(deleted, word_count(a))
    return PairDiff(
        tuple(changes), round(result.similarity, 4), deleted, inserted, kept, result.coarse
    )


def pending_pair(
    old: Document, new: Document, link: Link, moved: bool, review_below: float = UNCERTAIN_BELOW
) -> ArticlePair:
    """The pair ``link`` makes, before its words are diffed: what the alignment says
    of it (shape, move, renumbering, confidence), and nothing of its changes."""
    status: PairStatus = (
        "merged" if len(link.old) > 1 else "split" if len(link.new) > 1 else "comparing"
    )
    return ArticlePair(
        old=link.old,
        new=link.new,
        status=status,
        renumbered=_renumbered(old, new, link),
        moved=moved,
        similarity=0.0,
        confidence=link.confidence,
        origin=link.origin,
        changes=(),
        score=link.score,
        review_below=review_below,
        pending=True,
    )


def _renumbered(old: Document, new: Document, link: Link) -> bool:
    return (
        len(link.old) == 1
        and len(link.new) == 1
        and is_renumbered(old.segments[link.old[0]], new.segments[link.new[0]])
    )


def _repealed(old_body: str, new_body: str) -> bool:
    """Whether the later text keeps the article's number and a notice of repeal, or
    nothing at all (a consolidated text prints a deleted article as its heading over a
    rule), where the earlier one had its text."""
    gone = not new_body.strip() or is_repeal_notice(new_body)
    return gone and bool(old_body.strip()) and not is_repeal_notice(old_body)


def pair_from_link(
    old: Document,
    new: Document,
    link: Link,
    moved: bool,
    options: DiffOptions,
    classes: ChangeClassifier | None = None,
    review_below: float = UNCERTAIN_BELOW,
    diff: PairDiff | None = None,
) -> ArticlePair:
    """The pair ``link`` makes; ``diff`` is its ``pair_diff`` when already known."""
    if diff is None:
        diff = pair_diff(old, new, link.old, link.new, options, classes)
    status: PairStatus
    if len(link.old) > 1:
        status = "merged"
    elif len(link.new) > 1:
        status = "split"
    else:
        status = "modified" if diff.changes else "unchanged"
    renumbered = _renumbered(old, new, link)
    repealed = len(link.new) == 1 and _repealed(
        old.body(old.segments[link.old[0]]), new.body(new.segments[link.new[0]])
    )  # several: a range of articles gone under one heading ("§§ 2 und 3 (weggefallen)")
    return ArticlePair(
        old=link.old,
        new=link.new,
        status=status,
        renumbered=renumbered,
        moved=moved,
        similarity=diff.similarity,
        confidence=link.confidence,
        origin=link.origin,
        changes=diff.changes,
        words_deleted=diff.words_deleted,
        words_inserted=diff.words_inserted,
        kept=diff.kept,
        coarse=diff.coarse,
        score=link.score,
        review_below=review_below,
        repealed=repealed,
    )
