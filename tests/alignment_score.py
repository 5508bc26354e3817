"""Score an alignment against a synthetic pair's truth as sets of label links."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from synthetic import SyntheticPair
from treatyviewer.core.align import Alignment
from treatyviewer.core.comparison import Comparison
from treatyviewer.core.document import Document

Link = tuple[tuple[str, ...], tuple[str, ...]]


def label_links(old: Document, new: Document, alignment: Alignment) -> set[tuple[str, str]]:
    """Every (old label, new label) an alignment links, a split or merge giving one
    per part."""
    return {
        (old.segments[i].label, new.segments[j].label)
        for link in alignment.links
        for i in link.old
        for j in link.new
    }


def part_links(old: Document, new: Document, alignment: Alignment) -> list[Link]:
    """Every link an alignment makes as the labels on each side, a split or merge
    naming all its parts in one link."""
    return [
        (
            tuple(old.segments[i].label for i in link.old),
            tuple(new.segments[j].label for j in link.new),
        )
        for link in alignment.links
    ]


def predicted(cmp: Comparison) -> set[tuple]:
    links = {
        ("link", tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new)))
        for p in cmp.pairs
    }
    added = {("added", label) for label in cmp.label_of("new", cmp.added)}
    removed = {("removed", label) for label in cmp.label_of("old", cmp.removed)}
    return links | added | removed


def truth(pair: SyntheticPair) -> set[tuple]:
    return (
        {("link", old, new) for old, new in pair.links}
        | {("added", label) for label in pair.added}
        | {("removed", label) for label in pair.removed}
    )


def link_f1(pair: SyntheticPair, cmp: Comparison) -> float:
    want, got = truth(pair), predicted(cmp)
    hits = len(want & got)
    if not hits:
        return 0.0
    precision, recall = hits / len(got), hits / len(want)
    return 2 * precision * recall / (precision + recall)


def _f1(want: set[str], got: set[str]) -> float:
    if not want and not got:
        return 1.0
    hits = len(want & got)
    return 2 * hits / (len(want) + len(got))


@dataclass(frozen=True)
class Score:
    """Link precision and recall apart, and how well additions and removals were found."""

    precision: float
    recall: float
    added_f1: float
    removed_f1: float
    judged: tuple[tuple[float, bool], ...]
    """(confidence, right) for every pair the aligner made on its own."""

    @property
    def wrong(self) -> int:
        return sum(not right for _, right in self.judged)


def score(pair: SyntheticPair, cmp: Comparison) -> Score:
    links: set[Link] = set()
    judged = []
    for p in cmp.pairs:
        link = (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new)))
        links.add(link)
        if p.origin == "auto":
            judged.append((p.confidence, link in pair.links))
    hits = len(links & pair.links)
    return Score(
        precision=hits / len(links) if links else 1.0,
        recall=hits / len(pair.links) if pair.links else 1.0,
        added_f1=_f1(pair.added, set(cmp.label_of("new", cmp.added))),
        removed_f1=_f1(pair.removed, set(cmp.label_of("old", cmp.removed))),
        judged=tuple(judged),
    )


BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001)


def reliability(judged: list[tuple[float, bool]]) -> list[tuple[float, float, int, float, float]]:
    """Per confidence bin: (low, high, pairs, mean confidence, share right)."""
    rows = []
    for low, high in itertools.pairwise(BINS):
        inside = [(c, ok) for c, ok in judged if low <= c < high]
        if inside:
            mean = sum(c for c, _ in inside) / len(inside)
            right = sum(ok for _, ok in inside) / len(inside)
            rows.append((low, min(high, 1.0), len(inside), mean, right))
    return rows


def related_named(pair: SyntheticPair, cmp: Comparison) -> tuple[int, list[tuple[str, str]]]:
    """How many related articles the comparison names, and the wrong ones as (old
    label, new label): a generated added or removed article took up no other
    article's matter, so a related article is right only where the aligner left a
    true pair unpaired."""
    linked = {(o, n) for olds, news in pair.links for o in olds for n in news}
    named = [
        (cmp.old.segments[k].label, cmp.new.segments[r.index].label)
        for k, items in cmp.related_old.items()
        for r in items
    ] + [
        (cmp.old.segments[r.index].label, cmp.new.segments[k].label)
        for k, items in cmp.related_new.items()
        for r in items
    ]
    return len(named), [link for link in named if link not in linked]
