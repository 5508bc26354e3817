"""Accept confirms a pair and changes nothing else.

A reader's Accept was given to the aligner as a fixed pair from the start, which
shifted its measure of chance and its first anchors: accepting draft 1 → I of the
bundled pair lost draft 2 → VI, and in a German treaty pair each Accept pushed
another section into review (99 % → 87 %), so a queue of one took four Accepts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.align import Overrides, align
from treatyviewer.io.readers import read_document

WALK = Path(__file__).parent / "walk_pairs"


def _labelled(alignment, old, new) -> dict:
    return {
        (
            tuple(old.segments[i].label for i in lk.old),
            tuple(new.segments[j].label for j in lk.new),
        ): (
            lk.score,
            lk.confidence,
            lk.origin,
        )
        for lk in alignment.links
    }


@pytest.mark.parametrize(
    "pair",
    [("draft-1920", "moscow-1921"), (WALK / "treaty-de-old.txt", WALK / "treaty-de-new.txt")],
    ids=["bundled", "german"],
)
def test_accepting_any_pair_keeps_every_other_pair_as_it_was(pair) -> None:
    old, new = (read_document(str(p)) for p in pair)
    before = _labelled(align(old, new), old, new)
    assert len(before) >= 6
    for link, (score, _confidence, origin) in before.items():
        assert origin == "auto"
        after = _labelled(align(old, new, Overrides().with_link(*link)), old, new)
        assert after.pop(link) == (score, 1.0, "reader")
        assert after == {k: v for k, v in before.items() if k != link}, link


def test_accepting_several_pairs_keeps_the_rest() -> None:
    old, new = read_document("draft-1920"), read_document("moscow-1921")
    before = _labelled(align(old, new), old, new)
    overrides = Overrides()
    for link in [(("1",), ("I",)), (("5",), ("V",)), (("3",), ("IX",))]:
        assert link in before
        overrides = overrides.with_link(*link)
    after = _labelled(align(old, new, overrides), old, new)
    assert set(after) == set(before)
    assert {k for k, v in after.items() if v[2] == "reader"} == {
        (("1",), ("I",)),
        (("5",), ("V",)),
        (("3",), ("IX",)),
    }


def test_a_correction_is_still_taken_as_given() -> None:
    # Linking draft 4 (which the aligner leaves unpaired) with Art. II is a
    # correction, not a confirmation: it is made, and marked as the reader's.
    old, new = read_document("draft-1920"), read_document("moscow-1921")
    before = _labelled(align(old, new), old, new)
    assert not any("4" in o for o, _ in before)
    after = _labelled(align(old, new, Overrides().with_link(("4",), ("II",))), old, new)
    assert after[(("4",), ("II",))][1:] == (1.0, "reader")
    assert after[(("1",), ("I",))][2] == "auto"


@pytest.mark.parametrize("new_label", ["IV", "II", "XV", "XVI"])
def test_a_correction_leaves_the_other_pairs_and_their_order_alone(new_label) -> None:
    """Linking draft 4 with Art. IV (Link with… in the window) had unpaired draft 2 and
    Art. VI, a sure pair: the reader's link had become an anchor of the texts' order,
    which then ran through 4 → IV and 5 → V and left 2 → VI and 3 → IX as moves."""
    old, new = read_document("draft-1920"), read_document("moscow-1921")
    before = align(old, new)
    after = align(old, new, Overrides().with_link(("4",), (new_label,)))
    labelled = _labelled(after, old, new)
    assert labelled.pop((("4",), (new_label,)))[1:] == (1.0, "reader")
    assert set(labelled) == set(_labelled(before, old, new))

    def moved(alignment) -> set:
        return {
            (old.segments[lk.old[0]].label, new.segments[lk.new[0]].label)
            for k, lk in enumerate(alignment.links)
            if k in alignment.moved and lk.origin == "auto"
        }

    assert moved(after) == moved(before) == {("5", "V")}


@pytest.mark.parametrize(
    "pair",
    [("draft-1920", "moscow-1921"), (WALK / "treaty-fr-old.txt", WALK / "treaty-fr-new.txt")],
    ids=["bundled", "french"],
)
def test_unlinking_a_pair_keeps_every_other_pair(pair) -> None:
    """Separating French Art. 9 from Art. 9 paired the newer 9 with the older 20 and
    broke 20 → 20; in 29 of the 31 pairs of that text an Unlink changed another pair.
    The articles set free are left unpaired unless another unpaired one fits them."""
    old, new = (read_document(str(p)) for p in pair)
    before = _labelled(align(old, new), old, new)
    singles = [link for link in before if len(link[0]) == len(link[1]) == 1]
    assert len(singles) >= 6
    for link in singles:
        unlink = Overrides().with_unlink(link[0], link[1])
        after = _labelled(align(old, new, unlink), old, new)
        assert link not in after
        others = {k: v for k, v in before.items() if k != link}
        assert {k: after[k] for k in others if k in after} == others, link
        assert set(others) <= set(after), link
        for olds, news in set(after) - set(others):  # only the freed articles pair anew
            assert set(olds) <= set(link[0]) or set(news) <= set(link[1]), (link, olds, news)
