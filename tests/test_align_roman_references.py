"""Cross-references written in upper-case roman numerals ("as provided in Article XI")
that change with the articles they cite when a text is renumbered: the numeral is a
figure, as "Article 11" is, not a name that the two versions of an article differ in."""

from __future__ import annotations

import pytest

from treatyviewer.core.align_features import Stems, Vectors, weigh
from treatyviewer.core.align_mutual import named_apart
from treatyviewer.core.comparison import compare
from treatyviewer.core.numerals import to_roman
from treatyviewer.core.segment import make_document

# (article cited, the rest of the sentence); the first article is struck out and
# every article, and every reference to one, moves up by one.
ARTICLES = [
    (9, "the Commission shall restrict the exchange of information within the frontier zone."),
    (3, "the Council shall protect the security of the border at the ports of entry."),
    (11, "the Council shall restrict the security of the border on the border rivers."),
    (11, "each Contracting Party shall protect the exchange of information at the ports of entry."),
    (
        2,
        "each Contracting Party may review the conservation of fisheries within the frontier zone.",
    ),
    (2, "each Contracting Party shall protect the transit of persons on the border rivers."),
    (7, "the Commission shall protect the security of the border at the ports of entry."),
    (2, "the Commission shall ensure the security of the border in the free zone."),
    (3, "the Council shall restrict the transit of persons in the free zone."),
    (6, "the Parties shall protect the transit of persons in the free zone."),
    (5, "the Council shall protect the conservation of fisheries on the border rivers."),
    (10, "the Council shall protect the transit of persons in the free zone."),
]


def _treaty(articles: list[tuple[int, str]], number: object) -> str:
    return "TREATY\n\nThe Parties agree as follows.\n\n" + "".join(
        f"ARTICLE {number(n)}\nAs provided in Article {number(cited)}, {rest}\n\n"
        for n, (cited, rest) in enumerate(articles, start=1)
    )


@pytest.mark.parametrize("number", [to_roman, str], ids=["roman", "arabic"])
def test_articles_renumbered_with_their_references_pair_with_their_successors(number):
    """Article I struck out: II to XII became I to XI, and each reference to an article
    with it. Read as a name (a word capitalised wherever it stands), "Article VI" in
    old X and "Article V" in new IX made two articles of one formula about two
    different things, and X and XII were left removed, IX and XI added; the same text
    numbered in arabic figures paired throughout."""
    new = [(cited - 1, rest) for cited, rest in ARTICLES[1:]]
    cmp = compare(make_document(_treaty(ARTICLES, number)), make_document(_treaty(new, number)))
    pairs = {
        (cmp.old.segments[p.old[0]].label, cmp.new.segments[p.new[0]].label)
        for p in cmp.pairs
        if len(p.old) == len(p.new) == 1
    }
    expected = {(number(n), number(n - 1)) for n in range(2, 13)}
    assert expected <= pairs
    assert [cmp.old.segments[i].label for i in cmp.removed] == [number(1)]
    assert not cmp.added


def _named_apart(old: list[str], new: list[str]) -> bool:
    stems = Stems("english")
    old_vecs, new_vecs = Vectors(old, stems), Vectors(new, stems)
    weigh(old_vecs, new_vecs, range(len(old)), range(len(new)))
    return named_apart(old_vecs, 0, new_vecs, 0)


REST = [
    "The Council shall protect the transit of persons in the free zone.",
    "Either Party may denounce this Agreement by written notice.",
]


@pytest.mark.parametrize("number", [to_roman, str], ids=["roman", "arabic"])
def test_an_article_whose_cited_numbers_changed_is_not_named_apart(number):
    """A section of a long renumbered text, reworded, cites Articles CCLXXXIV and CCLIII
    where it had cited CXXI and CCLV. Its cited numerals, read as names, were all it
    named, none kept: it read as the formula's article about other things, and was
    left removed beside its successor added (arabic figures are no names)."""
    old = (
        f"The Contracting Parties shall coordinate the exchange of information as provided"
        f" in Article {number(121)}. Without prejudice to Article {number(255)}, each"
        " Contracting Party may support the settlement of disputes."
    )
    new = (
        f"The Contracting Parties shall coordinate the exchange of information as provided"
        f" in Article {number(284)}. Without prejudice to Article {number(253)}, the"
        " Commission may support the settlement of disputes."
    )
    assert not _named_apart([old, *REST], [new, *REST])


def test_places_are_still_named_apart():
    """What a numeral stops being, a place still is: "the Government of Chile" against
    "the Government of Peru"."""
    old = "The Government of Chile shall notify the Depositary of the ratification."
    new = "The Government of Peru shall notify the Depositary of the ratification."
    assert _named_apart([old, *REST], [new, *REST])
