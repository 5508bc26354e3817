"""A French verb and its noun in "-ification" read as one word.

The French Snowball stemmer cuts "modifie" and "modification" to "modif" but
"modifier" and "modifié" to "modifi": an article that uses both the noun and the
verb counts the word twice, one that uses a single form once. A short article
whose matter is little more than that word was then held by any article writing
it both ways.
"""

from __future__ import annotations

from related_excerpts import versions
from treatyviewer.core.align import align
from treatyviewer.core.align_features import Stems, features


def test_the_forms_of_a_verb_and_its_noun_share_one_stem() -> None:
    stems = Stems("french")
    for family in (
        "modifie modifié modifiée modifier modification modifications",
        "notifie notifier notifié notification",
        "certifiée certifier certification",
    ):
        words = family.split()
        found = [features(word, stems)[0] for word in words]
        assert len(set(found)) == 1, dict(zip(words, found, strict=True))


def test_a_short_article_is_not_paired_by_its_one_verb() -> None:
    """Council Regulation (EC) No 1346/2000, chapters IV and V, and its recast,
    Regulation (EU) 2015/848, chapters V to VII, in French. Old Article 45 (the
    Council may amend the annexes) is struck out (the correlation table names no
    successor); new Article 88 (the Commission adopts and amends the standard forms)
    is new. The two share the Commission and "modifier", which 88 writes as noun
    and verb; they had been paired at a similarity of 0.04."""
    old, new = versions("insolvency-{}-fr-excerpt.txt", 2000, 2015)
    alignment = align(old, new)
    paired_old = {old.segments[i].label for link in alignment.links for i in link.old}
    paired_new = {new.segments[j].label for link in alignment.links for j in link.new}
    assert "45" not in paired_old
    assert "88" not in paired_new
    assert {"43", "44", "46", "47"} <= paired_old  # the articles around it keep their pairs
