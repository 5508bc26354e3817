"""An article struck out and a shorter one put in its place under another number, on
the same matter, are offered for review, not read as one article moved at certainty.

A berth act sets out a council's grant in five paragraphs of fractions and dates; the
next version strikes it and puts in, under a number of its own, one sentence letting the
council pay a supplement. The two share the matter and a few phrases but hardly any of
their wording in order: one article rewritten or one replaced by another is the
reader's call. It had read as the article renumbered, at 0.999."""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document
from treatyviewer.core.segment_alike import segmented_alike

ARTICLES = [
    "This Act governs the berths of the harbour of Westmark and the fees charged for them.",
    "The harbour board keeps a register of every vessel that holds a berth, with the name "
    "of its owner and its home port.",
    "A berth is let for one season at a time. The lease runs from the first of April to the "
    "last day of October.",
    "The owner of a vessel applies for a berth in writing before the first of February, on "
    "the form the board publishes.",
    "The board allots the berths in the order in which the applications were received, "
    "giving priority to fishing vessels.",
    "The fee for a berth is set each year by the board and is paid in two instalments, in "
    "April and in July.",
    "A berth holder who leaves the harbour for more than thirty days informs the harbour "
    "master in advance.",
    "The harbour master may move a vessel to another berth when works on the quay require "
    "it, at the board's cost.",
    "A lease ends when the vessel is sold, unless the board agrees to let the new owner "
    "take it over.",
    "An appeal against a decision of the board lies with the town council, within six "
    "weeks of the decision.",
    "This Act enters into force on the first of January following its publication.",
]
GRANT = (
    "1. The grant of the town council to a berth holder who fishes for a living amounts to:\n\n"
    "a. for a vessel under twelve metres, one third of the berth fee, raised by an amount "
    "the council sets each year so that fee and grant together do not exceed the fee for a "
    "vessel of that length;\n\n"
    "b. for a vessel of twelve metres or more, one sixth of the berth fee, raised in the "
    "same way.\n\n"
    "2. The grant to a berth holder who fishes part time amounts to one sixth of the berth "
    "fee, and to one ninth where the vessel is also let to visitors.\n\n"
    "3. The council pays the grant in the month after the second instalment of the fee has "
    "been paid, and recovers it where the lease ends before October.\n\n"
    "4. A berth holder who applies for the grant sends the council, before the first of "
    "May, the catch book of the last season and a statement of the nights spent at sea.\n\n"
    "5. The amounts of the first and second paragraphs are revised each January by the "
    "index of harbour prices that the council publishes in its gazette."
)
SUPPLEMENT = (
    "The town council may grant a berth holder who fishes for a living a supplement, so "
    "that the fee and the supplement together do not exceed the fee for a vessel of that "
    "length."
)


def _act(articles: list[tuple[str, str]]) -> str:
    return "Harbour Berths Act\n\n" + "\n\n".join(f"Article {n}\n{body}" for n, body in articles)


def test_a_struck_article_and_a_short_one_put_in_under_another_number_are_for_review() -> None:
    old = [(str(k), body) for k, body in enumerate([*ARTICLES[:6], GRANT, *ARTICLES[6:]], 1)]
    new = [(str(k), body) for k, body in enumerate(ARTICLES[:6], 1)]
    new += [("6a", SUPPLEMENT)]
    new += [(str(k), body) for k, body in enumerate(ARTICLES[6:], 7)]
    o, n = segmented_alike(make_document(_act(old)), make_document(_act(new)))
    alignment = align(o, n)
    by_label = {
        (o.segments[lk.old[0]].label, n.segments[lk.new[0]].label): lk.confidence
        for lk in alignment.links
    }
    assert by_label[("7", "6a")] < 0.9  # still paired, for the reader to confirm
    # the articles after it, renumbered by one and worded as before, stay certain
    assert all(by_label[(str(k + 1), str(k))] >= 0.99 for k in range(7, 12))
