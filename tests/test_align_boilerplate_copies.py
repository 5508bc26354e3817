"""Final clauses written the same way several times ("This Agreement shall be
registered with the Secretariat of the United Nations."): of identical copies, the
one that stayed where its neighbours did is the article's counterpart, not a copy put
in far away."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

REGISTERED = "This Convention shall be registered with the Secretariat of the United Nations."
OLD = [
    (20, "This Convention is drawn up in two originals, each text being equally authentic."),
    (21, REGISTERED),
    (22, REGISTERED),
    (23, "The annexes to this Convention form an integral part of it."),
    (24, "Either Party may denounce this Convention by written notice."),
    (25, "Either Party may denounce this Convention at any time by written notification."),
    (26, "This Convention is concluded for a period of ten years."),
]
NEW = [
    (15, "This Convention is drawn up in two originals, each text being equally authentic."),
    (16, "This Convention shall be registered with the Director of the United Nations."),
    (17, "This Convention shall be notified with the Secretariat of the United Nations."),
    (18, "The annexes to this Convention form an integral and binding part of it."),
    (19, "Either Party may denounce the Convention by written notice."),
    (20, "Either Party may denounce this Convention at any time by notification."),
    (21, "This Convention is concluded for a period of ten years."),
    (80, "The annexes to the Convention form an integral part of it."),
    (81, REGISTERED),
    (82, "This Convention shall remain in force for an indefinite period."),
    (83, "This Convention shall be signed by each Party."),
    (84, "This Convention shall remain open for accession by any State."),
]


def _text(articles: list[tuple[int, str]]) -> str:
    return "FINAL CLAUSES\n\nThe Parties have agreed as follows:\n\n" + "".join(
        f"Article {n}\n{body}\n\n" for n, body in articles
    )


def test_identical_copy_far_away_does_not_take_the_copy_edited_in_place():
    """Old 21 and 22 say the same; the new text edits both where they stood (16, 17)
    and puts in a copy of their old wording as 81, among new articles. The chain of
    identical wordings was as long through 22 → 81 as through 26 → 21, and the one
    whose pairs moved less by their share of the texts won: 22 went to 81 as moved,
    21 to 17, and 16 was found added. Two identical copies whose next-door articles
    read alike across the texts are the ones that stayed in place."""
    cmp = compare(make_document(_text(OLD)), make_document(_text(NEW)))
    pairs = {
        (cmp.old.segments[p.old[0]].label, cmp.new.segments[p.new[0]].label)
        for p in cmp.pairs
        if len(p.old) == len(p.new) == 1
    }
    assert {("20", "15"), ("21", "16"), ("22", "17"), ("26", "21")} <= pairs
    assert "81" in {cmp.new.segments[j].label for j in cmp.added}
