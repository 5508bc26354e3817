"""The words deleted and inserted that a comparison reports, over its pairs and the
articles left unpaired.

A reader linked an article struck out (its words counted as deleted) with an
article put in (its words counted as inserted) that share no word: the totals
moved, by one word on the bundled pair, because unpaired articles were counted by
their spaces and pairs by their words ("Kars—Ardahan" one word, or two)."""

from __future__ import annotations

from treatyviewer.core.align_types import Overrides
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

OLD = (
    "Article 1\nThe frontier follows the river to the Kars—Ardahan road.\n\n"
    "Article 2\nTrade between the parties is free of duty, save on salt—and on wine.\n"
)
NEW = (
    "Article 1\nThe frontier follows the river to the Kars—Ardahan road.\n\n"
    "Article 3\nEach government names a consul at Batum within a month.\n"
)


def test_linking_two_articles_that_share_nothing_leaves_the_totals_as_they_were() -> None:
    old, new = make_document(OLD), make_document(NEW)
    apart = compare(old, new, overrides=Overrides(unlinks=(("2", "3"),)))
    linked = compare(old, new, overrides=Overrides().with_link(["2"], ["3"]))
    assert apart.label_of("old", apart.removed) == ["2"]
    assert [(p.old, p.new) for p in linked.pairs if p.origin == "reader"]
    assert linked.word_counts() == apart.word_counts() == (14, 10)


def test_an_article_removed_counts_its_words_not_its_spaces() -> None:
    old = make_document(OLD)
    new = make_document(OLD[OLD.index("Article 2") :])
    assert compare(old, new).word_counts() == (10, 0)  # "Kars—Ardahan" is two words
