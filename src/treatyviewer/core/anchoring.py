"""Re-anchoring: where an annotation's passage lies in a text that may have changed.

An annotation records its passage three ways (quote, context, position). When
the text changes we trust them in that order of strength and refuse weak
matches: a note silently moved onto a look-alike passage is worse than an
orphan the reader can see and fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Literal

from .annotation_jsonld import to_jsonld
from .annotations import CONTEXT_CHARS, Annotation, Target, target_from_selection
from .document import Document
from .entities import Gazetteer

SCHEMA = "treatyviewer.annotations/1"
_STATUS_RANK = {"anchored": 0, "moved": 1, "orphan": 2}

Status = Literal["anchored", "moved", "orphan"]

# A passage found elsewhere must share most of its recorded context: two
# unrelated 32-character windows of treaty prose score about 0.3 on this scale
# (99th percentile below 0.5), a passage whose neighbourhood was lightly edited
# 0.7 and more. Short quotes recur by chance, so they must prove more, and a
# quote that is itself only similar more still.
MIN_CONTEXT = 0.55
SHORT_QUOTE_CONTEXT = 0.25
FUZZY_CONTEXT = 0.1
# A fuzzy match must be this close to the quote (difflib ratio).
MIN_QUOTE = 0.8
# An identical quote this long, found once, is the passage even if it moved
# to new surroundings.
DISTINCTIVE_QUOTE = 48
# Limits that keep re-anchoring fast when a short quote recurs everywhere.
_MAX_OCCURRENCES = 200_000
_MAX_SCORED = 400
_MAX_CANDIDATES = 24
_NEAR = 2000.0


@dataclass(frozen=True, slots=True)
class Anchoring:
    """Where a target lies in a document now; offsets are absolute, None for orphans."""

    status: Status
    start: int | None
    end: int | None
    segment: str | None
    score: float
    quote_changed: bool = False
    """Placed on a passage whose wording differs slightly from the recorded quote."""


def _ratio(a: str, b: str) -> float:
    """Similarity of two strings; SequenceMatcher is not symmetric, so take the lower."""
    if not a and not b:
        return 1.0
    forward = SequenceMatcher(None, a, b, autojunk=False).ratio()
    backward = SequenceMatcher(None, b, a, autojunk=False).ratio()
    return min(forward, backward)


def _context(target: Target, text: str, start: int, end: int) -> float | None:
    """How well the recorded prefix and suffix match around ``[start, end)``."""
    p, s = len(target.prefix), len(target.suffix)
    if p + s == 0:
        return None
    before = text[max(0, start - p) : start]
    after = text[end : end + s]
    return (_ratio(target.prefix, before) * p + _ratio(target.suffix, after) * s) / (p + s)


def required_context(quote_length: int, fuzzy: bool = False) -> float:
    """The context agreement a passage found away from its offsets must reach."""
    shortness = max(0.0, 1.0 - quote_length / (2 * CONTEXT_CHARS))
    return MIN_CONTEXT + SHORT_QUOTE_CONTEXT * shortness + (FUZZY_CONTEXT if fuzzy else 0.0)


def _nearness(target: Target, start: int) -> float:
    if target.start is None:
        return 0.0
    return 1.0 / (1.0 + abs(start - target.start) / _NEAR)


def _occurrences(text: str, needle: str, limit: int = _MAX_OCCURRENCES) -> list[int]:
    found: list[int] = []
    pos = text.find(needle)
    while pos != -1 and len(found) < limit:
        found.append(pos)
        pos = text.find(needle, pos + 1)
    return found


def _placed(document: Document, status: Status, start: int, end: int, score: float) -> Anchoring:
    index = document.segment_at(start)
    label = document.segments[index].label if index is not None else None
    return Anchoring(status, start, end, label, round(score, 4))


def _orphan(score: float = 0.0) -> Anchoring:
    return Anchoring("orphan", None, None, None, round(score, 4))


def _adjacent_agreement(target: Target, text: str, pos: int) -> int:
    """Characters of recorded context that agree right next to an occurrence (cheap)."""
    n = len(target.exact)
    before = text[max(0, pos - len(target.prefix)) : pos][::-1]
    after = text[pos + n : pos + n + len(target.suffix)]
    return _common_prefix_length(before, target.prefix[::-1]) + _common_prefix_length(
        after, target.suffix
    )


def _common_prefix_length(a: str, b: str) -> int:
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return i
    return min(len(a), len(b))


def _shortlist(target: Target, text: str, hits: list[int]) -> list[int]:
    """A quote found thousands of times: score only the occurrences whose
    neighbours agree with the recorded context, and the nearest ones."""
    if len(hits) <= _MAX_SCORED:
        return hits
    by_context = sorted(hits, key=lambda p: -_adjacent_agreement(target, text, p))
    by_distance = sorted(hits, key=lambda p: -_nearness(target, p))
    half = _MAX_SCORED // 2
    return list(dict.fromkeys(by_context[:half] + by_distance[:half]))


def _anchor_exact_elsewhere(target: Target, document: Document) -> Anchoring | None:
    """The recorded quote found verbatim, at the occurrence whose context fits best."""
    text, n = document.text, len(target.exact)
    hits = _occurrences(text, target.exact)
    if not hits:
        return None
    scored = []
    for pos in _shortlist(target, text, hits):
        ctx = _context(target, text, pos, pos + n)
        # Among equals the first in reading order (a quote recorded without its
        # context or place had gone to its last occurrence, in an annex).
        scored.append((1.0 if ctx is None else ctx, _nearness(target, pos), -pos))
    ctx, _near, last = max(scored)
    pos = -last
    unique_and_long = len(hits) == 1 and n >= DISTINCTIVE_QUOTE
    if ctx < required_context(n) and not unique_and_long:
        return None
    # Same words in the same surroundings: the passage has not moved, only the
    # text before it changed length. "moved" is kept for a passage that now
    # stands in other surroundings.
    status: Status = "anchored" if ctx >= 0.999 else "moved"
    return _placed(document, status, pos, pos + n, 0.7 + 0.3 * ctx)


def _candidate_starts(target: Target, text: str) -> list[int]:
    """Likely starts of an edited quote: where pieces of it or its context recur."""
    q, n = target.exact, len(target.exact)
    votes: dict[int, int] = {}
    k = max(1, min(4, n // 6))
    size = n // k
    probes = [(q[i * size : (i + 1) * size], -i * size) for i in range(k)]
    if len(target.prefix) >= 8:
        tail = target.prefix[-16:]
        probes.append((tail, len(tail)))
    if len(target.suffix) >= 8:
        probes.append((target.suffix[:16], -n))
    for needle, shift in probes:
        if len(needle) < 4:
            continue
        hits = _occurrences(text, needle, 64)
        if len(hits) == 64:  # too common to say anything
            continue
        for pos in hits:
            start = min(max(0, pos + shift), len(text))
            votes[start] = votes.get(start, 0) + 1
    if target.start is not None:
        votes.setdefault(min(target.start, len(text)), 0)
    ranked = sorted(votes, key=lambda s: (-votes[s], -_nearness(target, s)))
    kept: list[int] = []
    slack = max(8, n // 4)
    for start in ranked:
        if all(abs(start - k) > slack for k in kept):
            kept.append(start)
        if len(kept) == _MAX_CANDIDATES:
            break
    return kept


def _best_span(q: str, text: str, guess: int) -> tuple[int, int, float]:
    """The span near ``guess`` most like the quote, and its similarity."""
    slack = max(8, len(q) // 4)
    w0 = max(0, guess - slack)
    window = text[w0 : guess + len(q) + slack]
    blocks = SequenceMatcher(None, q, window, autojunk=False).get_matching_blocks()
    blocks = [b for b in blocks if b.size >= 3] or [b for b in blocks if b.size]
    if not blocks:
        return guess, guess, 0.0
    first, last = blocks[0], blocks[-1]
    starts = {w0 + first.b, max(w0, w0 + first.b - first.a)}
    tail = len(q) - (last.a + last.size)
    ends = {w0 + last.b + last.size, min(w0 + len(window), w0 + last.b + last.size + tail)}
    options = [(_ratio(q, text[s:e]), s, e) for s in starts for e in ends if e > s]
    if not options:
        return guess, guess, 0.0
    ratio, s, e = max(options)
    return s, e, ratio


def _anchor_fuzzy(target: Target, document: Document) -> Anchoring:
    """A lightly edited quote in its old context; anything weaker is an orphan."""
    text = document.text
    best: tuple[float, int, int] | None = None
    best_score = 0.0
    for guess in _candidate_starts(target, text):
        start, end, quote = _best_span(target.exact, text, guess)
        if quote < MIN_QUOTE:
            best_score = max(best_score, 0.6 * quote)
            continue
        ctx = _context(target, text, start, end)
        if ctx is None:
            ctx = 1.0 if quote >= 0.9 else 0.0
        score = 0.6 * quote + 0.3 * ctx + 0.1 * _nearness(target, start)
        if ctx < required_context(len(target.exact), fuzzy=True):
            best_score = max(best_score, score)
            continue
        if best is None or score > best[0]:
            best = (score, start, end)
    if best is None:
        return _orphan(best_score)
    score, start, end = best
    return replace(_placed(document, "moved", start, end, score), quote_changed=True)


def reanchor(target: Target, document: Document) -> Anchoring:
    """Find a target's passage in a (possibly edited) document.

    The quote at the recorded offsets is *anchored*; the quote found verbatim
    elsewhere with its context, or a close variant of it in its old context,
    is *moved*; anything else is an *orphan*. A weak match is never taken.
    """
    text = document.text
    if not target.has_quote:
        return _anchor_without_quote(target, document)
    start, end = target.start, target.end
    if start is not None and end is not None and text[start:end] == target.exact:
        return _placed(document, "anchored", start, end, 1.0)
    return _anchor_exact_elsewhere(target, document) or _anchor_fuzzy(target, document)


def _anchor_without_quote(target: Target, document: Document) -> Anchoring:
    """Offsets alone are trusted while they fit; a bare label needs its segment."""
    if target.start is not None and target.end is not None:
        if target.end <= len(document.text):
            return _placed(document, "anchored", target.start, target.end, 1.0)
        return _orphan()
    if target.segment is not None:
        try:
            seg = document.by_label(target.segment)
        except KeyError:
            return _orphan()
        return Anchoring("anchored", seg.start, seg.end, seg.label, 1.0)
    return _orphan()


# --- anchoring whole annotations ------------------------------------------------


def _find_document(target: Target, documents: Sequence[Document], side: int) -> Document | None:
    for doc in documents:
        if target.source and doc.source == target.source:
            return doc
    if target.source and documents:
        name = Path(target.source).name
        matches = [d for d in documents if d.source and Path(d.source).name == name]
        if len(matches) == 1:
            return matches[0]
    if not target.source and side < len(documents):
        return documents[side]
    return None


def _anchor_pair(target: Target, documents: Sequence[Document]) -> Anchoring:
    """A pair target is anchored while both sides' labels still exist."""
    assert target.pair is not None
    sides = (target.pair.old, target.pair.new)
    ok = len(documents) >= 2 and all(
        label in {s.label for s in doc.segments}
        for doc, labels in zip(documents[:2], sides, strict=True)
        for label in labels
    )
    first = (target.pair.new or target.pair.old or (None,))[0]
    if not ok:
        return Anchoring("orphan", None, None, None, 0.0)
    return Anchoring("anchored", None, None, first, 1.0)


def anchor_target(target: Target, documents: Sequence[Document], side: int = 0) -> Anchoring:
    """Place one target in whichever of ``documents`` it names (old first, then new)."""
    if target.pair is not None and not target.has_quote and target.start is None:
        return _anchor_pair(target, documents)
    doc = _find_document(target, documents, side)
    if doc is None:
        return Anchoring("orphan", None, None, None, 0.0)
    return reanchor(target, doc)


def anchor_annotation(
    annotation: Annotation, documents: Sequence[Document]
) -> tuple[Anchoring, ...]:
    """One anchoring per target, in target order."""
    return tuple(anchor_target(t, documents, i) for i, t in enumerate(annotation.targets))


def annotation_status(anchorings: Sequence[Anchoring]) -> str:
    """The worst status over all targets: one orphaned side orphans the note."""
    if not anchorings:
        return "orphan"
    return max((a.status for a in anchorings), key=_STATUS_RANK.__getitem__)


def annotations_json(
    items: Iterable[Annotation],
    documents: Sequence[Document],
    gazetteer: Gazetteer | None = None,
) -> dict[str, Any]:
    """The ``treatyviewer.annotations/1`` object of the CLI contract.

    ``documents`` are the loaded texts (old first); each target is matched to
    the document whose ``source`` it names. ``segment`` is the label where the
    first target lands, or null when it is an orphan.
    """
    out = []
    for annotation in items:
        anchorings = anchor_annotation(annotation, documents)
        first = anchorings[0] if anchorings else None
        item: dict[str, Any] = {
            "annotation": to_jsonld(annotation, gazetteer),
            "status": annotation_status(anchorings),
            "segment": first.segment if first is not None else None,
        }
        if any(a.quote_changed for a in anchorings):
            item["quote_changed"] = True
        out.append(item)
    return {"schema": SCHEMA, "items": out}


def retarget(target: Target, anchoring: Anchoring, document: Document) -> Target:
    """The target re-recorded where it now lies, so the next save stores fresh
    offsets and context; orphans and unmoved targets come back unchanged."""
    if anchoring.status != "moved" or anchoring.start is None or anchoring.end is None:
        return target
    if anchoring.end <= anchoring.start:
        return target
    fresh = target_from_selection(document, anchoring.start, anchoring.end, target.source)
    return replace(fresh, pair=target.pair, change=target.change)
