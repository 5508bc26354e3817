"""A short text of one formula in which every article was edited where it stands.

Each article of a small protocol names an action, a place and a time limit; the
new version changes the place and the time limit of every one. No article stayed
verbatim, so nothing anchors the pairs, and the texts are too short for the
aligner to learn how alike two unrelated articles of the formula read: every
article came out removed and added. Under the same numbers in the same order,
each reading clearly more like its namesake than like any other, they are the
same articles, offered for review."""

from __future__ import annotations

import pytest

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

ACTIONS = (
    "survey the canals",
    "repair the roads",
    "inspect the stores",
    "rebuild the landings",
)


def _protocol(places: list[str], days: list[int], order: list[int] | None = None) -> str:
    order = order if order is not None else list(range(len(places)))
    articles = [
        f"Article {n}\n\nThe High Contracting Parties shall jointly {ACTIONS[k]} in the "
        f"district of {places[k]} within {days[k]} days of the entry into force of the "
        "present Protocol."
        for n, k in enumerate(order, start=1)
    ]
    return "Protocol on Works\n\n" + "\n\n".join(articles) + "\n"


def _links(old_text: str, new_text: str) -> tuple[list[tuple[str, str, float]], list[str]]:
    old, new = make_document(old_text, source="old"), make_document(new_text, source="new")
    result = align(old, new)
    links = [
        (old.segments[lk.old[0]].label, new.segments[lk.new[0]].label, lk.confidence)
        for lk in result.links
        if old.segments[lk.old[0]].label != "preamble"
    ]
    return links, [new.segments[j].label for j in result.added]


@pytest.mark.parametrize("count", [2, 3, 4])
def test_every_article_edited_in_place_pairs_with_its_namesake(count: int) -> None:
    old = _protocol(["Alazani", "Iori", "Khrami", "Debeda"][:count], [30, 45, 60, 90][:count])
    new = _protocol(["Aragvi", "Ksani", "Liakhvi", "Pshavi"][:count], [40, 50, 75, 120][:count])
    links, added = _links(old, new)
    assert [(a, b) for a, b, _ in links] == [(str(n), str(n)) for n in range(1, count + 1)]
    assert added == []


def test_articles_that_swapped_their_matter_under_kept_numbers_are_not_paired_by_number() -> None:
    """New Article 1 holds old Article 2's action and the other way round: the numbers
    say nothing, and no pair is made by them."""
    old = _protocol(["Alazani", "Iori"], [30, 45])
    new = _protocol(["Aragvi", "Ksani"], [40, 50], order=[1, 0])
    links, _ = _links(old, new)
    assert ("1", "1") not in {(a, b) for a, b, _ in links}
    assert ("2", "2") not in {(a, b) for a, b, _ in links}
