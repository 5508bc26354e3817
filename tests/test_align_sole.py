"""Articles left alone between two pairs, and short parts left beside one.

At the end, an article may be the only open one of its text between two pairs that
keep both texts' order, with an open article of the other text in the same gap:
rewritten where it stood, it is paired when the two share far more words than
articles drawn at random. A short part of a split or merge reworded heavily, left
next to the pair of the rest, joins that pair when it holds far more of the words
its counterpart leaves unexplained than random articles do. A pair that moves an
article gives way to the only open article where it stood when that one reads as
much like it. All are checked on stretches of texts made apart from the test
suite, against their whole truth."""

from __future__ import annotations

from pathlib import Path

import pytest

from real_pair_truth import load
from treatyviewer.core.align import align
from treatyviewer.core.document import Document
from treatyviewer.core.segment import make_document

EXCERPTS = Path(__file__).resolve().parent / "heldout_excerpts"


@pytest.mark.parametrize(
    "name", ["split-russian", "split-french", "alone-french", "place-english", "struck-among-rules"]
)
def test_an_excerpt_aligns_as_its_truth_says(name: str) -> None:
    pair = load(name, EXCERPTS)
    old, new = make_document(pair.truth.old_text), make_document(pair.truth.new_text)
    alignment = align(old, new)

    def labels(doc: Document, indices: tuple[int, ...]) -> tuple[str, ...]:
        return tuple(doc.segments[k].label for k in indices)

    links = {(labels(old, link.old), labels(new, link.new)) for link in alignment.links}
    assert sorted(links - pair.truth.links) == []
    assert sorted(pair.truth.links - links) == []
    assert {new.segments[j].label for j in alignment.added} == pair.truth.added
    assert {old.segments[i].label for i in alignment.removed} == pair.truth.removed
