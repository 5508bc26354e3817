"""Two versions of one article that cite other names, read as two subjects.

Two articles of one template about two states ("the Government of Chile shall",
"the Government of Peru shall") cite their names in the same place: between the
same words. A rewritten article that names other things cites them between other
words, and now and then one of those words is a preposition or an article that a
name of the other version also follows ("ni en Allemagne ni en Autriche" against
"la Commission en vertu de"). That one word is weak evidence of two subjects, which
two articles in one place that read far beyond chance outweigh; two names between
the same two words part the two whatever they share.
"""

from __future__ import annotations

from related_excerpts import versions
from treatyviewer.core.align import align
from treatyviewer.core.align_features import Stems, Vectors, weigh
from treatyviewer.core.align_mutual import named_apart

STATES = ["Argentina", "Austria", "Chile", "Estonia", "Mexico", "Norway", "Peru", "Spain",
          "Sweden", "Latvia", "Bolivia", "Brazil", "Canada", "Cuba", "Denmark", "Egypt"]  # fmt: skip


def _apart(old: str, new: str, alike: bool = False) -> bool:
    """``named_apart`` of ``old`` and ``new`` among other articles that cite a state each."""
    others = [
        f"The Government of {s} shall inform the National Assembly of every measure taken "
        f"under Article {2 + k % 5}."
        for k, s in enumerate(STATES)
    ]
    stems = Stems("english", 2 * len(others) + 2)
    vecs = (Vectors([*others, old], stems), Vectors([*others, new], stems))
    weigh(*vecs, range(len(others) + 1), range(len(others) + 1))
    return named_apart(vecs[0], len(others), vecs[1], len(others), outweighed=lambda: alike)


def test_a_name_in_the_place_of_another_parts_two_articles_of_one_template() -> None:
    old = "The Government of Ruritania shall inspect the bridges within 30 days."
    assert _apart(old, old.replace("Ruritania", "Freedonia"), alike=True)
    # At a sentence's end, the end is the word after.
    assert _apart("Transit of persons in Lima.", "Transit of persons in Vienna.", alike=True)


def test_a_name_beside_one_word_of_another_parts_two_articles_only_unless_alike() -> None:
    """An article rewritten where it stood, words and names put in among its own:
    "Ararat" and "Georgia" came into the name "the Grand National Assembly", and
    both stand before "undertakes" as "Grand" did, but not after the same word."""
    old = (
        "The Government of the Grand National Assembly undertakes to guarantee the "
        "inheritance of property at Surmalu and the telegraph communications."
    )
    new = (
        "The Government Ararat National Assembly Georgia undertakes to guarantee the and "
        "inheritance of hospitals property at in the Empire communications."
    )
    assert _apart(old, new)
    assert not _apart(old, new, alike=True)


def test_an_article_rewritten_under_its_number_with_other_names_keeps_its_pair() -> None:
    """Council Regulation (EC) No 44/2001, Articles 61 to 68, and its recast,
    Regulation (EU) No 1215/2012, Articles 64 to 68, in French. Article 65 named the states where a third party
    could not be joined ("ni en Allemagne ni en Autriche"); the recast refers to a
    list kept by the Commission ("la Commission en vertu de l'article 76"). "en"
    after one name and after the other had made them two articles on two subjects,
    and Article 65 was reported struck out and another put in."""
    old, new = versions("brussels-i-{}-fr-excerpt.txt", 2001, 2012)
    alignment = align(old, new)
    pairs = {
        (old.segments[link.old[0]].label, new.segments[link.new[0]].label)
        for link in alignment.links
    }
    assert ("65", "65") in pairs
    assert {("67", "67"), ("68", "68")} <= pairs
