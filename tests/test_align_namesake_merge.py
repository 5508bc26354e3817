"""An article merged far away into the article that keeps the number of another: a
constitution's court-review article (125) reworded and grown around the rule of an
article struck out much further on (132), whose paragraphs it took nearly word for
word. The far article pairs one to one with the grown one; the article whose number
was kept, reworded, had been left "removed" beside it, though the new article holds
most of its words. It joins the pair as a merge."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

REVIEW_OLD = (
    "The Constitutional Court decides whether (a) laws conform with the Constitution, "
    "(b) government orders and the regulations of ministries conform with the "
    "Constitution and the laws, (c) the bylaws of municipalities conform with the laws."
)
REVIEW_NEW = (
    "(1) The Constitutional Court decides whether (a) laws conform with the Constitution "
    "and with the treaties ratified by Parliament, (b) government orders and the "
    "regulations of ministries and other central bodies conform with the Constitution, "
    "the treaties and the laws, (c) the bylaws of municipalities and of regions conform "
    "with the Constitution and the laws, unless another court decides on them.\n\n"
    "(2) Where the Court finds that a rule does not conform, the rule loses its effect; "
    "the body that issued it must bring it into conformity within six months of the "
    "publication of the finding, failing which it ceases to be in force.\n\n"
    "(3) Findings under paragraph 2 are published in the manner laid down for laws."
)
EFFECT_OLD = (
    "(1) Where the Court finds that a rule named in Article 5 does not conform, that rule "
    "loses its effect; the body that issued it must bring it into conformity within six "
    "months of the publication of the finding, failing which it ceases to be in force.\n\n"
    "(2) Findings under paragraph 1 are published in the manner laid down for laws."
)
BETWEEN = [
    "The Court interprets the Constitution where a dispute arises on its meaning.",
    "The Court decides disputes of competence between the central bodies of the State.",
    "The Court hears complaints against the final decisions of administrative bodies.",
    "The Court decides whether the election of a member of Parliament was valid.",
    "The Court decides whether a referendum was held in conformity with the Constitution.",
    "The Court decides on charges brought by Parliament against the President.",
]


def constitution(review: str, effect: str | None) -> str:
    articles = [
        "The Constitutional Court is the judicial body protecting the Constitution.",
        "Its seat is in the capital; its judges are independent.",
        "Proceedings before it are public unless the law provides otherwise.",
        "A judge may not belong to a political party.",
        review,
        *BETWEEN,
    ]
    if effect is not None:
        articles.append(effect)
    articles.append("Details of the proceedings before the Court are laid down by law.")
    return "\n\n".join(f"Article {k}\n\n{text}" for k, text in enumerate(articles, start=1))


def test_the_kept_number_joins_the_far_article_merged_into_it() -> None:
    old = make_document(constitution(REVIEW_OLD, EFFECT_OLD))
    new = make_document(constitution(REVIEW_NEW, None))
    cmp = compare(old, new)
    links = {
        (tuple(old.segments[i].label for i in p.old), tuple(new.segments[j].label for j in p.new))
        for p in cmp.pairs
    }
    assert (("5", "12"), ("5",)) in links
    assert "5" not in {old.segments[i].label for i in cmp.removed}
    assert "12" not in {old.segments[i].label for i in cmp.removed}
    assert (("13",), ("12",)) in links  # the closing article, renumbered
