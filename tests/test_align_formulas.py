"""Formula-built texts: what tells a counterpart from an article that shares its formulas."""

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


def _moves_among_additions(n: int, seed: int, words: int, rate: float, moves: int):
    """Every fourth article from the fourth on (``moves`` of them) is edited by ``rate``
    and moved, in reverse order, to the end; the one two after each is struck out and a
    new article follows the one after it. The rest keep their place with small edits.
    Returns the comparison, the expected links and the expected added labels."""
    writer = FormulaicWriter(random.Random(seed))
    old = [writer.article(words) for _ in range(n)]
    moved = list(range(3, 3 + 4 * moves, 4))
    gone = {k + 2 for k in moved}
    new: list[tuple[int | None, list[str]]] = []
    for k, article in enumerate(old):
        if k in moved or k in gone:
            continue
        new.append((k, writer.edit(article, 0.1)))
        if k - 1 in moved:
            new.append((None, writer.article(words)))
    new += [(k, writer.edit(old[k], rate)) for k in reversed(moved)]
    cmp = _compare(old, [article for _, article in new])
    links = {PREAMBLE} | {
        ((str(k + 1),), (str(p + 1),)) for p, (k, _) in enumerate(new) if k is not None
    }
    added = [str(p + 1) for p, (k, _) in enumerate(new) if k is None]
    return cmp, links, added, [str(k + 1) for k in sorted(gone)]


def test_articles_moved_far_and_edited_by_a_third_pair_and_the_new_ones_stay_added():
    """120 formula-built articles: twelve are moved to the end with a third of their
    words changed, twelve struck out, twelve new ones put in. A moved article scores
    barely above the best of its chance matches, and so does now and then a new article
    against a struck-out one; the moved ones share runs of their sentences with their
    source, the new ones only formulas."""
    cmp, links, added, removed = _moves_among_additions(120, 41, 120, 0.35, 12)
    assert links_of(cmp) == links
    assert cmp.label_of("new", cmp.added) == added
    assert cmp.label_of("old", cmp.removed) == removed


def test_long_articles_of_formulas_new_and_struck_out_stay_apart():
    """Articles of some 500 words of formulas: two unrelated ones share most of their
    stems and shingles, so a new article and a struck-out one can be each other's best
    match; they share no running text, and the moved articles do."""
    cmp, links, added, removed = _moves_among_additions(60, 44, 500, 0.15, 6)
    assert links_of(cmp) == links
    assert cmp.label_of("new", cmp.added) == added
    assert cmp.label_of("old", cmp.removed) == removed
