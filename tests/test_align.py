"""The aligner finds what became of each article, judged against generated truth."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alignment_score import link_f1, predicted, truth
from synthetic import Generator, make_pair
from treatyviewer.core.align import Overrides
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document


def run(pair, overrides=None):
    return compare(make_document(pair.old_text), make_document(pair.new_text), overrides=overrides)


@pytest.mark.parametrize(
    ("articles", "edit_rate", "seed"),
    [(40, 0.05, 1), (40, 0.15, 2), (120, 0.10, 3), (300, 0.15, 4), (600, 0.08, 5),
     (1200, 0.12, 6)],
)  # fmt: skip
def test_link_f1_on_generated_treaties(articles: int, edit_rate: float, seed: int):
    pair = make_pair(articles, seed=seed, edit_rate=edit_rate)
    cmp = run(pair)
    assert link_f1(pair, cmp) >= 0.98, sorted(truth(pair) ^ predicted(cmp))[:10]


def test_every_relation_is_recognised():
    pair = make_pair(
        200, seed=11, edit_rate=0.1, p_split=0.06, p_merged=0.06, p_moved=0.05,
        p_added=0.06, p_removed=0.06,
    )  # fmt: skip
    cmp = run(pair)
    stats = cmp.stats()
    for status in ("unchanged", "modified", "split", "merged", "moved", "renumbered", "added",
                   "removed"):  # fmt: skip
        assert stats[status] > 0, status
    moved_new = {cmp.new.segments[p.new[0]].label for p in cmp.pairs if p.moved}
    assert pair.moved <= moved_new | {lbl for p in cmp.pairs for lbl in cmp.label_of("new", p.new)}
    assert link_f1(pair, cmp) >= 0.98


def test_heavily_edited_article_still_pairs_with_its_source():
    g = Generator(5)
    articles = [g.article(120) for _ in range(6)]
    edited = list(articles)
    edited[3] = g.edit(articles[3], 0.3)
    old = "\n\n".join(f"Article {i + 1}\n{' '.join(a)}" for i, a in enumerate(articles))
    new = "\n\n".join(f"Article {i + 1}\n{' '.join(a)}" for i, a in enumerate(edited))
    cmp = compare(make_document(old), make_document(new))
    assert [(p.old, p.new) for p in cmp.pairs][3] == ((3,), (3,))
    assert cmp.pairs[3].status == "modified"


def test_unrelated_articles_sharing_boilerplate_do_not_pair():
    boiler = "The High Contracting Parties agree that the present provisions shall apply. "
    old = f"Article 1\n{boiler}Kars and Ardahan shall remain within the frontier of Turkey."
    new = (
        f"Article 1\n{boiler}Prisoners of war shall be returned within three months "
        "at the expense of the receiving government."
    )
    cmp = compare(make_document(old), make_document(new))
    assert cmp.label_of("old", cmp.removed) == ["1"]
    assert cmp.label_of("new", cmp.added) == ["1"]


def test_roman_renumbering_is_flagged_but_same_number_is_not():
    old = "Article 4\nRussia will mediate over Kars.\n\nArticle 5\nThe Straits conference."
    new = "Article IV\nRussia will mediate over Kars.\n\nArticle VI\nThe Straits conference."
    cmp = compare(make_document(old), make_document(new))
    assert [p.renumbered for p in cmp.pairs] == [False, True]


def test_reader_links_and_unlinks_win():
    pair = make_pair(30, seed=9, edit_rate=0.05, p_split=0, p_merged=0, p_moved=0, p_added=0,
                     p_removed=0)  # fmt: skip
    cmp = run(pair)
    first = cmp.pairs[1]
    old_l, new_l = cmp.label_of("old", first.old), cmp.label_of("new", first.new)
    unlinked = run(pair, Overrides().with_unlink(old_l, new_l))
    assert old_l[0] in unlinked.label_of("old", unlinked.removed)
    # Link the first article with the last one, far away.
    last_new = cmp.new.segments[-2].label
    forced = run(pair, Overrides().with_link([old_l[0]], [last_new]))
    pairs = {
        (tuple(forced.label_of("old", p.old)), tuple(forced.label_of("new", p.new))): p
        for p in forced.pairs
    }
    forced_pair = pairs[((old_l[0],), (last_new,))]
    assert forced_pair.origin == "reader"
    assert forced_pair.moved


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    n=st.integers(1, 25),
    seed=st.integers(0, 10_000),
    rate=st.floats(0, 0.4),
)
def test_every_segment_appears_exactly_once(n: int, seed: int, rate: float):
    pair = make_pair(n, seed=seed, edit_rate=rate)
    cmp = run(pair)
    olds = [i for p in cmp.pairs for i in p.old] + list(cmp.removed)
    news = [j for p in cmp.pairs for j in p.new] + list(cmp.added)
    assert sorted(olds) == list(range(len(cmp.old.segments)))
    assert sorted(news) == list(range(len(cmp.new.segments)))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400), st.text(max_size=400))
def test_any_text_pair_compares_without_error(a: str, b: str):
    cmp = compare(make_document(a), make_document(b))
    for p in cmp.pairs:
        for c in p.changes:
            assert cmp.old.text[c.old_start : c.old_end] == c.old_text
            assert cmp.new.text[c.new_start : c.new_end] == c.new_text


def test_inflected_russian_articles_pair_with_their_source():
    """Drafts in Russian change word endings (области → область); that is no new article."""
    old = (
        "Статья 1\nСтороны договорились о мире.\n\n"
        "Статья 3\nСтороны согласны предоставить Нахичеванской областью автономию под защитой "
        "Азербайджана при условии, что Азербайджан не уступит этот протекторат третьему "
        "государству.\n\nСтатья 4\nПленные возвращаются в течение трёх месяцев."
    )
    new = (
        "Статья I\nСтороны договорились о вечном мире.\n\n"
        "Статья II\nДоговаривающиеся стороны соглашаются, что Нахичеванская область образует "
        "автономную территорию под протекторатом Азербайджана, при условии, что Азербайджан "
        "не уступит протекторат третьему государству.\n\n"
        "Статья III\nВоеннопленные возвращаются в течение трёх месяцев за счёт России."
    )
    cmp = compare(make_document(old), make_document(new))
    links = [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]
    assert (["3"], ["II"]) in links
    assert not cmp.added and not cmp.removed
