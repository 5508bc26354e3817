"""Halves moved far from their siblings, and articles rewritten where they stood.

Two things a reader sees at once and a bag of stems and shingles does not:

- an article cut in two whose last part went to the end of the text: the part
  left in place is paired at once by its wording, and the far part reads, word
  for word, as the rest of that article (a convention whose articles draw on a
  handful of clauses, ``test_align_far_edits``);
- an article with one word in three changed where it stood, alone between two
  articles that kept their place, while a far article reads nearly as much like
  it: its place decides.
"""

from __future__ import annotations

import random

import pytest

from test_align import document, links_of
from test_align_far_edits import clause, reword
from test_align_short_in_place import _formula_articles, _put_in_others_places, _sentence, _text
from treatyviewer.core.align import align
from treatyviewer.core.align_unpaired import pair_unpaired
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document

Links = set[tuple[tuple[str, ...], tuple[str, ...]]]


def _compare(old: list[list[str]], new: list[list[str]]) -> Comparison:
    return compare(
        make_document(document(old, [str(k + 1) for k in range(len(old))])),
        make_document(document(new, [str(k + 1) for k in range(len(new))])),
    )


def cut_and_moved(seed: int) -> tuple[list[list[str]], list[list[str]], Links]:
    """Sixty old articles of three to five clauses, most kept as they were and the
    others lightly edited in place, old Art. 20 struck out and an article put in after old Art. 40; old Art. 12, of
    six clauses, is cut before its last one, which ends the new text."""
    r = random.Random(seed)
    old = [[clause(r) for _ in range(6 if k == 12 else r.randint(3, 5))] for k in range(1, 61)]
    new: list[list[str]] = []
    links: Links = {(("preamble",), ("preamble",))}
    for k, article in enumerate(old, start=1):
        if k == 20:
            continue
        new.append(reword(r, article[:5] if k == 12 else article, r.choice([0.0, 0.0, 0.05])))
        links.add(((str(k),), (str(len(new)),)))
        if k == 40:
            new.append([clause(r) for _ in range(3)])
    new.append(reword(r, old[11][5:], 0.05))
    links.discard((("12",), ("12",)))
    links.add((("12",), ("12", str(len(new)))))
    return old, new, links


@pytest.mark.parametrize("seed", [1, 2, 5])
def test_half_moved_to_the_end_joins_the_half_left_in_place(seed: int):
    old, new, truth = cut_and_moved(seed)
    cmp = _compare(old, new)
    assert links_of(cmp) == truth
    assert cmp.label_of("new", cmp.added) == ["40"]
    assert cmp.label_of("old", cmp.removed) == ["20"]
    (split,) = [p for p in cmp.pairs if cmp.label_of("old", p.old) == ["12"]]
    assert split.status == "split"


def reworded_among_added(seed: int) -> tuple[list[str], list[str]]:
    """Three hundred articles of a few formulas (two or three sentences each), every
    fifth reworded in one word of three where it stands, and now and then an added
    article of one to three sentences of the same formulas: no article was cut."""
    r = random.Random(seed)
    old = _formula_articles(seed, 300)
    new = []
    for k, body in enumerate(old):
        if k % 5 == 3:
            words = body.split()
            body = _put_in_others_places(words, random.Random(seed * 1000 + k), len(words) // 3)
        new.append(body)
        if r.random() < 0.08:
            new.append(" ".join(_sentence(r) for _ in range(r.choice([1, 2, 3]))))
    return old, new


@pytest.mark.parametrize("seed", [1, 3, 5, 8])
def test_an_added_article_of_the_same_formulas_is_no_far_part(seed: int) -> None:
    """A sentence of the formulas that an added article repeats, found in order in what
    an article reworded in place left out, is found in other articles as well: it is
    no part cut from that article."""
    old, new = reworded_among_added(seed)
    alignment = align(make_document(_text(old)), make_document(_text(new)))
    assert [
        (link.old, link.new)
        for link in alignment.links
        if any(len(side) > 1 and side[-1] - side[0] > 10 for side in (link.old, link.new))
    ] == []


PHRASES = [
    "the parties shall notify each other of any measure taken under this article",
    "within days of its adoption and consult on the free zone railway line",
    "customs regime transit of goods",
]
VOCABULARY = [word for phrase in PHRASES for word in phrase.split()]


def _formula_words(r: random.Random, count: int = 24) -> list[str]:
    return [r.choice(VOCABULARY) for _ in range(count)]


def _changed(r: random.Random, words: list[str], rate: float) -> list[str]:
    return [r.choice(VOCABULARY) if r.random() < rate else w for w in words]


def _open_articles() -> tuple[list[list[str]], list[list[str]]]:
    """Ten open articles a side, of one formula vocabulary: new 0 is old 0 with about
    one word in three changed, new 9 the same with a third of them changed again."""
    r = random.Random(6)
    olds = [_formula_words(r) for _ in range(10)]
    news = [_changed(r, olds[0], 0.3), *(_formula_words(r) for _ in range(8))]
    return olds, [*news, _changed(r, olds[0], 0.33)]


def test_article_rewritten_where_it_stood_pairs_though_a_far_one_reads_nearly_as_alike():
    olds, news = _open_articles()
    words = (olds.__getitem__, news.__getitem__)
    open_ = (range(10), range(10))
    found = pair_unpaired(words, open_, lambda i, j: True, set(), placed={(0, 0)})
    assert [(f.old, f.new) for f in found] == [(0, 0)]


def test_the_same_pair_away_from_its_place_stays_apart():
    """Its runner-up reads too nearly as well for a pair that would move an article."""
    olds, news = _open_articles()
    words = (olds.__getitem__, news.__getitem__)
    assert not pair_unpaired(words, (range(10), range(10)), lambda i, j: True, set())
