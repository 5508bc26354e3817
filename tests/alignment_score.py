"""Score an alignment against a synthetic pair's truth as sets of label links."""

from __future__ import annotations

from synthetic import SyntheticPair
from treatyviewer.core.comparison import Comparison


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
