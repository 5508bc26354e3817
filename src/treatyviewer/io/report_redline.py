"""The inline redline of one article pair: the newer text with the older wording struck
through where it changed, placed where a reader expects it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from ..core.comparison import ArticlePair, Comparison
from ..core.document import Segment
from ..core.redline_spacing import apart, closes
from ..core.textdiff import Change
from .report_classes import tag
from .report_names import segment_name
from .report_notes import NoteSpan
from .report_runs import ChangeSpan, Run, RunKind, noted_runs, segment_runs


def redline_runs(cmp: Comparison, pair: ArticlePair, notes: Sequence[NoteSpan]) -> list[Run]:
    """The redline: new text with the old wording struck through where it changed."""
    runs: list[Run] = []
    changes = sorted(pair.changes, key=lambda c: (c.new_start, c.old_start))
    # A note made on words the newer text struck stays on them; one on kept words
    # moves onto the newer text through the unchanged stretches.
    struck = [n for n in notes if n.side == "old" and _within_old_wording(n, changes)]
    new_notes = [_to_new(n, cmp, pair) if n.side == "old" else n for n in notes
                 if n not in struck]  # fmt: skip
    for n, j in enumerate(pair.new):
        seg = cmp.new.segments[j]
        if len(pair.new) > 1:
            runs.append(Run(("\n" if n else "") + segment_name(seg) + "\n", "label"))
        mine = [s for s in new_notes if seg.start <= s.start < seg.end]
        spans: list[ChangeSpan] = [
            (
                c.new_start,
                c.new_end,
                "insert" if c.op == "insert" else "replace_new",
                c.change_class,
            )
            for c in changes
            if c.new_end > c.new_start
        ]
        body = segment_runs(cmp.new, seg, "new", spans, mine)
        runs.extend(
            _insert_deletions(
                cmp, body, [c for c in changes if c.old_end > c.old_start], seg, struck
            )
        )
    return runs


def _within_old_wording(note: NoteSpan, changes: Sequence[Change]) -> bool:
    return any(
        c.old_start <= note.start and note.end <= c.old_end and c.old_end > c.old_start
        for c in changes
    )


OPENERS = "([{“‘«\"'/-"


def runs_together(last: str, first: str) -> bool:
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


def _old_wording(
    c: Change, last: str, following: str, notes: Sequence[NoteSpan] = (), old_text: str = ""
) -> list[Run]:
    """A change's old wording, with a space on either side where words would touch,
    and the notes made on it (``notes``: those within its old wording). ``old_text``:
    the older text, whose characters around the run say whether its script spaces
    words at all."""
    kind: RunKind = "delete" if c.op == "delete" else "replace_old"
    runs = []
    before = old_text[c.old_start - 1 : c.old_start] if c.old_start > 0 else ""
    if c.old_text and runs_together(last, c.old_text[0]) and apart(last, c.old_text, before):
        runs.append(Run(" ", "equal"))
    mine = [n for n in notes if c.old_start <= n.start and n.end <= c.old_end]
    runs.extend(noted_runs(c.old_text, c.old_start, kind, "old", mine, c.change_class))
    if c.op == "delete" and tag(c.change_class):
        runs.append(Run(tag(c.change_class), "tag", change_class=c.change_class))
    if (
        c.old_text
        and not c.old_text[-1].isspace()
        and not closes(following[:1])
        and apart(c.old_text, following, old_text[c.old_end : c.old_end + 1])
    ):
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
            out.append(
                Run(r.text[a - r.start : b - r.start], r.kind, r.side, a, r.notes, r.change_class)
            )
    return out


def _insert_deletions(
    cmp: Comparison,
    body: list[Run],
    changes: Sequence[Change],
    seg: Segment,
    notes: Sequence[NoteSpan] = (),
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
            out.extend(_old_wording(pending[k][1], last_char(), r.text, notes, cmp.old.text))
            k += 1
        out.append(r)
    for _at, c in pending[k:]:
        out.extend(_old_wording(c, last_char(), "", notes, cmp.old.text))
    return out


def _to_new(note: NoteSpan, cmp: Comparison, pair: ArticlePair) -> NoteSpan:
    """An old-text note moved onto the new text through the unchanged stretches."""
    old0 = cmp.old.segments[pair.old[0]].body_start
    new0 = cmp.new.segments[pair.new[0]].body_start

    def move(pos: int, end: bool) -> int:
        inside = next((c for c in pair.changes if c.old_start < pos < c.old_end), None)
        if inside is not None:  # a note that opens or closes on struck words
            return inside.new_end if end else inside.new_start
        # Words put in right where the note ends are not the note's (its end had been
        # carried past them: a note on "… States" took in a whole clause added after).
        before = [
            c for c in pair.changes
            if c.old_end < pos or (c.old_end == pos and not (end and c.old_start == pos))
        ]  # fmt: skip
        if not before:
            return carry(cmp.old.text, old0, pos, cmp.new.text, new0)
        last = max(before, key=lambda c: (c.old_end, c.new_end))
        return carry(cmp.old.text, last.old_end, pos, cmp.new.text, last.new_end)

    start = move(note.start, end=False)
    return NoteSpan(note.number, "new", start, max(start, move(note.end, end=True)))


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
