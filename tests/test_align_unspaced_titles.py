"""Titles in a script written without spaces, read for the words they share.

A Japanese law sets an article's title in brackets over it ("（不服申立ての制限）"),
with no spaces between its words. An article rewritten in place under its kept
number, whose title changed its first words and kept its last one, is that article:
its place, its number and the word its title kept speak for it.
"""

from __future__ import annotations

from related_excerpts import versions
from treatyviewer.core.align import align
from treatyviewer.core.article_pair import UNCERTAIN_BELOW


def test_an_article_rewritten_under_its_number_keeps_its_pair_by_the_last_word_of_its_title() -> (
    None
):
    """The Administrative Procedure Act of 1993 and its text of 2014: Article 27,
    "restriction on appeals", rewritten as "restriction on requests for review" in one
    short sentence, was reported struck out and a new Article 27 put in; each title
    read as one long word, and the two shared none."""
    old, new = versions("gyosei-tetsuzuki-{}-excerpt.txt", 1993, 2014)
    alignment = align(old, new)
    labels = {
        (old.segments[link.old[0]].label, new.segments[link.new[0]].label): link
        for link in alignment.links
    }
    link = labels[("二十七", "二十七")]
    assert link.confidence < UNCERTAIN_BELOW  # offered for review: its place speaks for it
    assert {new.segments[j].label for j in alignment.added} == {"三十六の二", "三十六の三"}
    assert not alignment.removed


def test_a_title_that_shares_only_a_particle_names_another_article() -> None:
    """ "の" joins words; two titles that share it and nothing else share no matter."""
    from treatyviewer.core.align_engine import _title_stem_set

    assert _title_stem_set("不服申立ての制限") & _title_stem_set("審査請求の制限") == {"制限"}
    assert not _title_stem_set("公聴会の開催") & _title_stem_set("理由の提示")
    assert _title_stem_set("scope of the act") == {"scope", "the", "act"}
