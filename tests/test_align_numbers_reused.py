"""Numbers a text kept, and numbers it gave again to articles of its own.

A constitution amended in place over a century keeps its articles' numbers, but now
and then moves an article's matter into its neighbour and gives the freed number to
a new article: Mexico's ban on slavery (1917 Article 2) went into Article 1 in 2001,
and Article 2 now holds the rights of indigenous peoples; the freedom of profession
(1917 Article 4) opens Article 5 since 1974, and Article 4 holds equality and health.
Article 3 between them, on education, rewritten many times over, is still Article 3.
"""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.article_pair import UNCERTAIN_BELOW
from treatyviewer.core.document import Document
from treatyviewer.core.segment import make_document

_ARTICLES = [
    "All persons enjoy the rights this constitution grants, which may not be restricted.",
    "Slavery is forbidden; slaves from abroad who enter the territory become free.",
    "Teaching is free, but that given in official schools shall be lay and unpaid.",
    "No person may be prevented from taking up the profession or trade he chooses.",
    "No one shall be made to work without just pay and his full consent.",
    "The expression of ideas shall be the object of no judicial inquiry.",
    "Writing and publishing on any matter whatever is free and inviolable.",
    "Officials shall respect the right of petition made in writing and peacefully.",
    "The right to assemble peacefully for any lawful purpose may not be curtailed.",
    "The inhabitants are free to keep arms in their homes for their defence.",
    "Every man may enter, leave and travel through the republic without a passport.",
    "No titles of nobility or hereditary honours shall be granted.",
    "No one may be tried by special laws or by special tribunals.",
    "No law shall be given retroactive effect to the prejudice of any person.",
]


def _constitution(bodies: list[str]) -> Document:
    return make_document("\n\n".join(f"Article {k}\n{b}" for k, b in enumerate(bodies, 1)))


def test_an_article_rewritten_between_two_numbers_given_again_keeps_its_pair() -> None:
    """Mexico's constitution of 1917 and of 2025: Article 3, on education, rewritten
    from end to end, was reported struck out and a new Article 3 put in: the new
    Articles 2 and 4, whose old namesakes had gone into Articles 1 and 5, were counted
    as articles in place, so the new Article 3 stood one place further on than the old."""
    new = [
        _ARTICLES[0] + " " + _ARTICLES[1],
        "The nation recognises the indigenous peoples and their own forms of government.",
        "Everyone has the right to education; the state shall provide it from nursery "
        "school to university, and shall see to its quality, equity and inclusion.",
        "Man and woman are equal before the law, which protects the family and health.",
        _ARTICLES[3] + " " + _ARTICLES[4],
        *_ARTICLES[5:],
    ]
    old_doc, new_doc = _constitution(_ARTICLES), _constitution(new)
    alignment = align(old_doc, new_doc)
    link = next(link for link in alignment.links if link.old == (2,))
    assert link.new == (2,)
    assert link.confidence < UNCERTAIN_BELOW  # offered for review: its place speaks for it
    assert set(alignment.added) == {1, 3}
    assert not alignment.removed
