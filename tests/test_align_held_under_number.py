"""An article cut down to part of its old text, under its kept number.

Between two articles that kept their numbers, the only open article of each text
under one number, one of them held far beyond chance by the other, is that article
grown around its old text or cut down to part of it: its number and place say which
article it is, as a title that keeps every word does (``_pair_expanded_under_title``).
"""

from __future__ import annotations

from related_excerpts import versions
from treatyviewer.core.align import align
from treatyviewer.core.article_pair import UNCERTAIN_BELOW


def test_an_article_cut_down_to_its_lead_in_keeps_its_pair_under_its_number() -> None:
    """Council Regulation (EC) No 44/2001, Articles 59 to 76, and its recast,
    Regulation (EU) No 1215/2012, Articles 62 to 81, in English. Article 69 listed
    the conventions between member states that the Regulation supersedes; the recast
    keeps its opening words and refers to a list kept by the Commission. Between
    Articles 68 and 70, both kept, it had been reported struck out and put in again."""
    old, new = versions("brussels-i-{}-en-excerpt.txt", 2001, 2012)
    alignment = align(old, new)
    links = {
        (old.segments[link.old[0]].label, new.segments[link.new[0]].label): link
        for link in alignment.links
    }
    assert links[("69", "69")].confidence < UNCERTAIN_BELOW  # its place speaks for it
    assert {("68", "68"), ("70", "70")} <= links.keys()
