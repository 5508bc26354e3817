"""Formula-built texts: what tells a counterpart's part from an article that shares its formulas."""

from __future__ import annotations

import random

from synthetic_writers import FormulaicWriter
from test_align import document, links_of
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

PREAMBLE = (("preamble",), ("preamble",))


def _compare(old: list[list[str]], new: list[list[str]]):
    return compare(
        make_document(document(old, [str(k + 1) for k in range(len(old))])),
        make_document(document(new, [str(k + 1) for k in range(len(new))])),
    )


def test_one_sentence_put_in_beside_an_edited_article_stays_added():
    """Articles of a sentence or two of formulas. Article 11 changes its party (Mixed →
    Ottoman Commission) and a new article about the Mixed Commission follows it: it
    holds the very words 11 lost, but none of 11's sentence in order, so it is added,
    not the second half of a split."""
    writer = FormulaicWriter(random.Random(34))
    old = [writer.article(14) for _ in range(100)]
    old[10] = [
        "The Mixed Commission agrees to abolish the fishing rights between Ardahan as soon "
        "as circumstances permit and the settlement of claims of Sukhum."
    ]
    new = [writer.edit(a, 0.1) for a in old]
    new[10] = [old[10][0].replace("Mixed", "Ottoman")]
    fresh = (
        "The Mixed Commission undertakes to return the railway traffic between Tiflis on "
        "condition of reciprocity."
    )
    new[11:11] = [[fresh]]
    cmp = _compare(old, new)
    assert cmp.label_of("new", cmp.added) == ["12"] and not cmp.removed
    assert links_of(cmp) == {
        PREAMBLE,
        *(((str(k),), (str(k if k <= 11 else k + 1),)) for k in range(1, 101)),
    }
