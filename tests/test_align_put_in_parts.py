"""A split the aligner all but doubts, whose second half is numbered as put in under
the kept number ("Article 6" into "6" and "6a"): the new article is a remedy of its own
that borrows the formulas of the one before it (a constitution's complaints of
self-governing bodies, put in after the complaint of persons), not its second half.
It is added; the kept number pairs alone."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

COMMON = [
    "The Constitutional Court is the judicial body protecting the Constitution.",
    "Its seat is in the capital; its judges are independent.",
    "The Court decides whether laws conform with the Constitution.",
    "The Court interprets the Constitution where a dispute arises on its meaning.",
    "The Court decides disputes of competence between the central bodies of the State.",
]
OLD7 = (
    "The Court decides on complaints against the final decisions of the central bodies of "
    "the State, of local bodies and of the bodies of local self-government that violated "
    "the fundamental rights and freedoms of citizens, unless another court decides on "
    "the protection of those rights and freedoms."
)
NEW7 = (
    "(1) The Court decides on complaints of natural or legal persons who claim a breach "
    "of their fundamental rights or freedoms, or of human rights arising from a treaty "
    "the Republic has ratified, unless another court decides on the protection of those "
    "rights and freedoms.\n\n(2) Where the Court upholds a complaint, it annuls the "
    "decision, measure or other interference, and may order the one who breached the "
    "rights to restore the state before the breach.\n\n(3) The Court may award fair "
    "financial satisfaction to the one whose rights were breached."
)
NEW7A = (
    "(1) The Court decides on complaints of the bodies of local self-government against an "
    "unconstitutional or unlawful decision or other interference in matters of "
    "self-government, unless another court decides on its protection.\n\n(2) Where the "
    "Court upholds such a complaint, it states what decision or interference breached "
    "which law, and annuls the decision."
)
LATER = [
    "The Court decides whether the election of a member of Parliament was valid.",
    "The Court decides whether a referendum was held in conformity with the Constitution.",
    "The Court decides on charges brought by Parliament against the President.",
    "Details of the proceedings before the Court are laid down by law.",
]


def law(articles: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"Article {label}\n\n{body}" for label, body in articles)


def test_an_article_put_in_under_a_kept_number_is_added_not_a_doubted_half() -> None:
    old = [(str(k), b) for k, b in enumerate(COMMON, 1)] + [("6", OLD7)]
    new = [(str(k), b) for k, b in enumerate(COMMON, 1)] + [("6", NEW7), ("6a", NEW7A)]
    old += [(str(k), b) for k, b in enumerate(LATER, 7)]
    new += [(str(k), b) for k, b in enumerate(LATER, 7)]
    o, n = make_document(law(old)), make_document(law(new))
    cmp = compare(o, n)
    links = {
        (tuple(o.segments[i].label for i in p.old), tuple(n.segments[j].label for j in p.new))
        for p in cmp.pairs
    }
    assert (("6",), ("6",)) in links
    assert [n.segments[j].label for j in cmp.added] == ["6a"]


def test_a_readers_link_elsewhere_stays_once_when_the_put_in_half_is_loosed() -> None:
    """The split's kept-number pair is built again without the reader's links, which
    the aligner lists among its own: the reader's link had come back twice, and the
    kept number's pair had gone."""
    from treatyviewer.core.align_engine import Aligner
    from treatyviewer.core.align_types import Overrides

    old = [(str(k), b) for k, b in enumerate(COMMON, 1)] + [("6", OLD7)]
    new = [(str(k), b) for k, b in enumerate(COMMON, 1)] + [("6", NEW7), ("6a", NEW7A)]
    old += [(str(k), b) for k, b in enumerate(LATER, 7)]
    new += [(str(k), b) for k, b in enumerate(LATER, 7)]
    o, n = make_document(law(old)), make_document(law(new))
    alignment = Aligner(o, n, Overrides(links=((("10",), ("10",)),)), None).run()
    pairs = [
        (tuple(o.segments[i].label for i in lk.old), tuple(n.segments[j].label for j in lk.new))
        for lk in alignment.links
    ]
    assert pairs.count((("10",), ("10",))) == 1
    assert (("6",), ("6",)) in pairs, pairs
