"""Formula-built texts: what tells a counterpart's part from an article that shares its formulas."""

from __future__ import annotations

import random

from alignment_score import score
from synthetic import family_pair
from synthetic_writers import FormulaicWriter
from test_align import document, links_of
from treatyviewer.core.align import align
from treatyviewer.core.comparison import build_comparison, compare
from treatyviewer.core.segment import make_document

PREAMBLE = (("preamble",), ("preamble",))


def _compare(old: list[list[str]], new: list[list[str]]):
    return compare(
        make_document(document(old, [str(k + 1) for k in range(len(old))])),
        make_document(document(new, [str(k + 1) for k in range(len(new))])),
    )


def test_one_sentence_put_in_beside_an_edited_article_stays_added():
    """Articles of a sentence or two of formulas. Article 11 changes its party (Mixed →
    Ottoman Commission) and a new article about the Mixed Commission follows it: it
    holds the very words 11 lost, but none of 11's sentence in order, so it is added,
    not the second half of a split."""
    writer = FormulaicWriter(random.Random(34))
    old = [writer.article(14) for _ in range(100)]
    old[10] = [
        "The Mixed Commission agrees to abolish the fishing rights between Ardahan as soon "
        "as circumstances permit and the settlement of claims of Sukhum."
    ]
    new = [writer.edit(a, 0.1) for a in old]
    new[10] = [old[10][0].replace("Mixed", "Ottoman")]
    fresh = (
        "The Mixed Commission undertakes to return the railway traffic between Tiflis on "
        "condition of reciprocity."
    )
    new[11:11] = [[fresh]]
    cmp = _compare(old, new)
    assert cmp.label_of("new", cmp.added) == ["12"] and not cmp.removed
    assert links_of(cmp) == {
        PREAMBLE,
        *(((str(k),), (str(k if k <= 11 else k + 1),)) for k in range(1, 101)),
    }


def test_added_and_removed_sentences_that_share_only_formulas_stay_apart():
    """300 one-sentence articles of formulas. Old Art. 69 was struck out and new Art.
    CLXXXI put in far away; each is the other's best match by a wide margin (both speak
    of the Chorokh valley, "save as otherwise provided"), but they share no run of words
    longer than pairs of unrelated articles do, so they stay removed and added."""
    pair = family_pair("short", 300, 404)
    cmp = compare(make_document(pair.old_text), make_document(pair.new_text))
    assert "69" in pair.removed and "CLXXXI" in pair.added
    assert links_of(cmp) == pair.links
    assert set(cmp.label_of("old", cmp.removed)) == pair.removed
    assert set(cmp.label_of("new", cmp.added)) == pair.added


def test_split_in_place_is_found_among_articles_that_repeat_its_clauses():
    """Articles built from a stock of whole clauses: a long article repeating two of an
    article's three clauses holds more of it than either of its own edited halves, so
    neither half was "among the homes" of its matter and the split came out as one
    removed and two added articles. In a gap of two articles a side or fewer, one
    side's word is enough."""
    pair = family_pair("clauses", 1000, 303)
    old, new = make_document(pair.old_text), make_document(pair.new_text)
    result = score(pair, build_comparison(old, new, align(old, new), classify=False))
    assert (result.precision, result.recall) == (1.0, 1.0)
    assert (result.added_f1, result.removed_f1) == (1.0, 1.0)
