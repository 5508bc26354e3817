"""An article cut in two without a word changed is split into its two parts, though
one part's wording is also that of an article elsewhere.

In a protocol of 2,000 articles, old 265 (a clause on denouncing the protocol, then
two on nationals) became new 265 and 266 word for word, and old 290, the first
clause alone, moved far on with a word edited. The first part, held once in each
text with old 290's wording, was paired with 290 at certainty, as a move, and 265
took the moved article as its second half.
"""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

CLAUSE = (
    "The Government of Estonia may denounce this Protocol by notice given not less than "
    "seven months before the end of each period of five years."
)
NATIONALS = (
    "Nationals of Estonia residing in the territory of the other Parties shall enjoy the "
    "treatment laid down in Article 5."
)
STATES = ["Latvia", "Lithuania", "Finland", "Poland", "Sweden", "Norway", "Denmark", "Iceland"]


def _own(n: int) -> str:
    return (
        f"The Government of {STATES[n % 8]} shall ratify this Protocol within {n + 3} months "
        f"and notify the depositary of measure {n} taken in {STATES[(n * 3 + 1) % 8]}."
    )


def _texts() -> tuple[str, str]:
    olds = [f"{CLAUSE} {NATIONALS}" if n == 5 else CLAUSE if n == 12 else _own(n)
            for n in range(1, 21)]  # fmt: skip
    news = [*olds[:4], CLAUSE, NATIONALS, *(b for k, b in enumerate(olds[5:], 6) if k != 12)]
    news.insert(16, CLAUSE.replace("before the end", "before the close"))
    old, new = ("\n\n".join(f"Article {n}\n\n{b}" for n, b in enumerate(bodies, 1))
                for bodies in (olds, news))  # fmt: skip
    return old, new


def _links(old_text: str, new_text: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    old, new = make_document(old_text), make_document(new_text)
    cmp = compare(old, new)
    assert not cmp.added and not cmp.removed
    return {
        (
            tuple(old.segments[i].label for i in p.old),
            tuple(new.segments[j].label for j in p.new),
        )
        for p in cmp.pairs
    }


def test_an_article_cut_in_two_keeps_its_parts_against_a_copy_of_one() -> None:
    links = _links(*_texts())
    assert (("5",), ("5", "6")) in links, sorted(links)
    assert (("12",), ("17",)) in links, sorted(links)


def test_two_articles_joined_word_for_word_are_a_merge() -> None:
    """The same texts read the other way: old 5 and 6 joined as new 5."""
    old, new = _texts()
    links = _links(new, old)
    assert (("5", "6"), ("5",)) in links, sorted(links)
    assert (("17",), ("12",)) in links, sorted(links)
