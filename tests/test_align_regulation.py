"""A regulation built from a small stock of provisions: articles moved anywhere and
reworded by a fifth to a third still pair with their sources, and nothing else does.

Any two articles of such a text share most of their words, so a moved article
that lost a third of its wording scores against its source hardly above what
unrelated articles score against each other. It still reads like its source
from beginning to end, in order, which unrelated articles do not."""

from __future__ import annotations

import pytest

from alignment_score import label_links
from synthetic_fisheries import regulation
from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

OLD = [
    "The harbour masters shall report the daily catch of herring in the waters off "
    "Bornholm within 12 hours of landing. Licensed skippers must keep a register of the "
    "fuel taken on at sea east of Gotland once a year.",
    "Owners of trawlers shall verify the mesh size of drift nets along the coast of "
    "Scania before the 5th day of every month. The Fisheries Board may withhold the "
    "licences issued for salmon within the Sound on the demand of an inspector. Coastal "
    "stations shall publish the closed season for cod north of Rügen at the close of "
    "each season.",
    "The inspectors of both Parties are required to record the number of crew on board "
    "in the Kattegat once a year. Vessels flying the flag of either Party shall report "
    "the tonnage landed at each port within the Sound within 30 hours of landing.",
    "Licensed skippers shall not exceed the quantity of ice carried east of Gotland for "
    "8 days after a storm. The harbour masters shall publish the daily catch of herring "
    "in the Kattegat at the close of each season.",
    "Coastal stations must keep a register of the tonnage landed at each port north of "
    "Rügen on the demand of an inspector. Owners of trawlers shall report the licences "
    "issued for salmon in the waters off Bornholm once a year.",
    "The Fisheries Board shall verify the number of crew on board along the coast of "
    "Scania within 24 hours of landing. The inspectors of both Parties may withhold the "
    "mesh size of drift nets within the Sound before the 20th day of every month.",
    "Vessels flying the flag of either Party are required to record the fuel taken on at "
    "sea in the Kattegat once a year. Licensed skippers shall publish the closed season "
    "for cod east of Gotland at the close of each season.",
    "The harbour masters shall verify the quantity of ice carried in the waters off "
    "Bornholm on the demand of an inspector. Coastal stations shall report the daily "
    "catch of herring along the coast of Scania within 6 hours of landing.",
    "Owners of trawlers must keep a register of the number of crew on board north of "
    "Rügen once a year. The Fisheries Board shall not exceed the tonnage landed at each "
    "port in the Kattegat for 3 days after a storm.",
    "The inspectors of both Parties shall publish the licences issued for salmon east of "
    "Gotland at the close of each season. Vessels flying the flag of either Party shall "
    "verify the mesh size of drift nets within the Sound within 48 hours of landing.",
]

OLD_2_REWORDED = (
    "Owners of trawlers shall also verify the mesh of drift nets along the coast of the "
    "Sound before the 5th day of every season. The Board may withhold duly the licences "
    "issued for cod within the Sound on demand of an inspector. Coastal stations shall "
    "publish in writing the closed season for herring north Rügen at the close of each "
    "month."
)
"""Old Art. 2 with 17 of its 52 words changed: swapped for words of other provisions,
dropped, or given a filler."""


def _text(articles: list[str]) -> str:
    body = "\n\n".join(f"Article {k}\n{a}" for k, a in enumerate(articles, start=1))
    return f"REGULATION ON FISHING IN THE BALTIC\n\n{body}\n"


def _links(old_text: str, new_text: str) -> set[tuple[str, str]]:
    old, new = make_document(old_text), make_document(new_text)
    found = align(old, new)
    return {
        (old.segments[i].label, new.segments[j].label)
        for link in found.links
        for i in link.old
        for j in link.new
    }


def test_article_moved_to_the_end_and_reworded_by_a_third_pairs_with_its_source():
    """Old Art. 2 of 10 goes to the end (new Art. 10) with a third of its words
    changed; the other articles keep their wording and move up by one."""
    new = [OLD[0], *OLD[2:], OLD_2_REWORDED]
    assert _links(_text(OLD), _text(new)) == {
        ("preamble", "preamble"),
        ("1", "1"),
        *((str(k), str(k - 1)) for k in range(3, 11)),
        ("2", "10"),
    }


@pytest.mark.parametrize(
    ("articles", "seed"),
    [
        (150, 1),
        (150, 3),
        (150, 4),
        (300, 6),
        (600, 10),
        pytest.param(
            150, 2, marks=pytest.mark.xfail(
                strict=True, reason="measured R 0.993, added F1 0.92, removed F1 0.86: old "
                "Art. 41, reworded by a third and moved to 67, shares runs of words in its "
                "second half only and stays removed"
            ),
        ),
        pytest.param(
            300, 8, marks=pytest.mark.xfail(
                strict=True, reason="measured P 0.997, R 0.993: old Art. 16 is paired with "
                "new Art. 74, an added article of the same formulas, before the last stage; "
                "10 and 72 stay unpaired"
            ),
        ),
    ],
)  # fmt: skip
def test_regulation_with_far_reworded_moves_is_aligned_to_its_truth(articles: int, seed: int):
    reg = regulation(articles, seed)
    old, new = make_document(reg.old_text), make_document(reg.new_text)
    found = align(old, new)
    links = label_links(old, new, found) - {("preamble", "preamble")}
    added = {new.segments[j].label for j in found.added}
    removed = {old.segments[i].label for i in found.removed}
    hits = len(links & reg.links)
    assert hits / len(links) >= 0.995, sorted(links - reg.links)
    assert hits / len(reg.links) >= 0.99, sorted(reg.links - links)
    assert 2 * len(added & reg.added) / (len(added) + len(reg.added)) >= 0.98
    assert 2 * len(removed & reg.removed) / (len(removed) + len(reg.removed)) >= 0.98


OLD_3_AND_4_REWORDED = (
    "The inspectors of both Parties are required to record the crew on board in the "
    "Kattegat once a year. Vessels flying the flag of either Party shall also report the "
    "tonnage landed at each port within the Sound within 30 hours of landing. Licensed "
    "skippers shall not exceed the quantity of fuel carried east of Gotland for 8 days "
    "after a storm. The harbour masters shall publish duly the daily catch of cod in the "
    "Kattegat at the close of each season."
)
"""Old Arts. 3 and 4 read as one, with 7 of their 77 words changed."""


def test_two_articles_merged_and_moved_to_the_front_pair_with_both_sources():
    """Old Arts. 3 and 4 of 10 become one article put first (new Art. 1), reworded in
    places; the others keep their wording and move down by one or up by one."""
    new = [OLD_3_AND_4_REWORDED, *OLD[:2], *OLD[4:]]
    assert _links(_text(OLD), _text(new)) == {
        ("preamble", "preamble"),
        ("1", "2"),
        ("2", "3"),
        *((str(k), str(k - 1)) for k in range(5, 11)),
        ("3", "1"),
        ("4", "1"),
    }
