"""Diffs worked out beside the aligner are those the comparison would make, and a
change whose class depends on the alignment is never taken from them."""

from __future__ import annotations

import pickle

import pytest

from treatyviewer.core import early_diffs as early_diffs_module
from treatyviewer.core.align import align
from treatyviewer.core.comparison import build_comparison, compare
from treatyviewer.core.early_diffs import early_diffs, likely_pairs
from treatyviewer.core.segment import make_document
from treatyviewer.core.textdiff import DiffOptions

FRONTIER = "The frontier follows the river Arpa to the village of Kulp and thence the ridge."
TRADE = "Trade across the frontier is free of duties for goods of local produce and herds."
BATUM = "Batum and its district are ceded to Georgia under the terms set out in Article {n}."
OLD = f"Article 1\n{FRONTIER}\n\nArticle 2\n{TRADE} Herds may cross.\n\nArticle 3\n{BATUM}\n"
NEW = (
    "Article 1\nThe parties shall meet at Kars within two months of signature.\n\n"
    f"Article 2\n{FRONTIER}\n\nArticle 3\n{TRADE} Flocks may cross.\n\nArticle 4\n{BATUM}\n"
)


def test_a_reference_that_follows_the_renumbering_is_classed_after_aligning() -> None:
    old = make_document(OLD.format(n=2))
    new = make_document(NEW.format(n=3))
    alone = compare(old, new)
    classes = {(p.old, p.new): [c.change_class for c in p.changes] for p in alone.pairs}
    assert classes[(2,), (3,)] == ["reference"]  # "Article 2" became "Article 3" with it
    assert ((2,), (3,)) in likely_pairs(old, new)

    early = early_diffs(old, new, DiffOptions(), True, lambda: False)
    assert ((2,), (3,)) not in early  # its class needs the concordance
    assert ((0,), (1,)) in early
    for p in alone.pairs:
        diff = early.get((p.old, p.new))
        if diff is not None:
            assert diff.changes == p.changes
            assert (diff.words_deleted, diff.words_inserted) == (p.words_deleted, p.words_inserted)


def test_a_comparison_built_with_early_diffs_is_the_one_built_without() -> None:
    old = make_document(OLD.format(n=2))
    new = make_document(NEW.format(n=3))
    alone = compare(old, new)
    early = early_diffs(old, new, DiffOptions(), True, lambda: False)
    with_early = build_comparison(old, new, align(old, new), early=early)
    assert with_early.pairs == alone.pairs
    assert with_early.to_json() == alone.to_json()


def test_diffs_sent_from_the_helper_arrive_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pickled a batch at a time as they are found, the diffs come back all there."""
    monkeypatch.setattr(early_diffs_module, "PACK_EVERY", 2)
    old = make_document(OLD.format(n=2))
    new = make_document(NEW.format(n=3))
    early = early_diffs(old, new, DiffOptions(), True, lambda: False)
    assert len(early) == 3
    sent = pickle.loads(pickle.dumps(early))
    assert sent == early and type(sent) is dict


def test_the_helper_stops_when_asked() -> None:
    old = make_document(OLD.format(n=2))
    new = make_document(NEW.format(n=3))
    assert early_diffs(old, new, DiffOptions(), True, lambda: True) == {}


def test_an_article_split_in_two_is_foreseen_as_the_split_only() -> None:
    """Its halves are not also diffed alone against it: that work would be wasted."""
    first = (
        "The frontier follows the river Arpa from its mouth upstream to the village of Kulp,"
        " passing the ferry at Kaghyzman and the old bridge below the fortress of Kars,"
        " and thence runs along the crest of the ridge"
    )
    second = (
        "of the Soghanly mountains to the shore of the Black Sea north of the village of"
        " Sarp, leaving the port of Batum with its harbour and its district to Georgia."
    )
    old = make_document(f"Article 1\n{TRADE}\n\nArticle 2\n{first} {second}\n")
    new = make_document(f"Article 1\n{TRADE}\n\nArticle 2\n{first}.\n\nArticle 3\n{second}\n")
    assert [(p.old, p.new) for p in compare(old, new).pairs] == [((0,), (0,)), ((1,), (1, 2))]
    guessed = likely_pairs(old, new)
    assert ((1,), (1, 2)) in guessed
    assert ((1,), (1,)) not in guessed and ((1,), (2,)) not in guessed
    assert ((0,), (0,)) in guessed
