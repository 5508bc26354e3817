"""Two articles of one template about other parties are not one article moved.

A debt of one state to another was struck out and, an article further on, a debt of
two other states put in: the same words but for every name and figure. The aligner
paired them as the one article moved (0.999). Put in at the struck article's own
number, the new one may be that article rewritten for other parties, or another put in
its place: it stays paired, and is offered for review. A text made again for other
parties, where every article is such a twin, keeps its pairs.
"""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

ARTICLES = {
    "customs": "The customs posts of Velmora at Ostvik and of Brenholt at Karina shall be open "
    "day and night and shall clear rock salt within 24 hours of arrival.",
    "commission": "A mixed commission of six members, named half by Brenholt and half by "
    "Velmora, shall sit at Tormark and decide all claims relating to raw cotton.",
    "fishing": "Fishing in the lake of Dunmora shall be reserved to the inhabitants of the "
    "border communes from the first of May to the last day of September.",
    "post": "Letters and parcels sent between Ostvik and Tormark shall be conveyed without "
    "transit charges up to a weight of 20 kilograms per consignment.",
    "railway": "The railway from Karina to Lindholm shall be rebuilt within three years at "
    "the common cost of both Parties, each bearing the works on its own side.",
}
OLD_DEBT = (
    "The debt of the Grand Duchy of Salenza towards the Principality of Harund, fixed at 40 "
    "million gold francs, shall be repaid in twelve equal yearly instalments at the "
    "treasury in Milava."
)
NEW_DEBT = (
    "The debt of the Free City of Quenberg towards the Sultanate of Feria, fixed at 250 "
    "million gold francs, shall be repaid in five equal yearly instalments at the "
    "treasury in Galstad."
)


def _treaty(bodies: list[str]) -> str:
    return "TREATY\n\n" + "".join(f"Article {n}\n\n{b}\n\n" for n, b in enumerate(bodies, 1))


def _aligned(old_bodies: list[str], new_bodies: list[str]):  # type: ignore[no-untyped-def]
    old, new = make_document(_treaty(old_bodies)), make_document(_treaty(new_bodies))
    found = align(old, new)
    pairs = {
        (old.segments[lk.old[0]].label, new.segments[lk.new[0]].label): lk.confidence
        for lk in found.links
        if len(lk.old) == len(lk.new) == 1
    }
    added = [new.segments[j].label for j in found.added]
    removed = [old.segments[i].label for i in found.removed]
    return pairs, added, removed


def test_a_twin_put_in_beside_a_struck_article_is_added() -> None:
    a = ARTICLES
    old = [a["customs"], a["commission"], OLD_DEBT, a["fishing"], a["post"], a["railway"]]
    new = [a["customs"], a["commission"], a["fishing"], NEW_DEBT, a["post"], a["railway"]]
    pairs, added, removed = _aligned(old, new)
    assert (removed, added) == (["3"], ["4"])
    assert {k for k in pairs if k[0] != "preamble"} == {
        ("1", "1"),
        ("2", "2"),
        ("4", "3"),
        ("5", "5"),
        ("6", "6"),
    }


def test_a_twin_put_in_at_the_struck_article_s_number_is_offered_for_review() -> None:
    a = ARTICLES
    old = [a["customs"], a["commission"], OLD_DEBT, a["fishing"], a["post"], a["railway"]]
    new = [a["customs"], a["commission"], NEW_DEBT, a["fishing"], a["post"], a["railway"]]
    pairs, added, removed = _aligned(old, new)
    assert (removed, added) == ([], [])
    assert pairs[("3", "3")] <= 0.6
    assert all(conf > 0.9 for key, conf in pairs.items() if key not in (("3", "3"),))


def test_a_text_made_again_for_other_parties_keeps_its_pairs() -> None:
    swap = {"Velmora": "Astoria", "Brenholt": "Doravia", "Ostvik": "Penmar", "Karina": "Sulby",
            "Tormark": "Vandel", "Dunmora": "Orsk", "Lindholm": "Quay", "24": "48", "20": "25",
            "Salenza": "Quenberg", "Harund": "Feria", "Milava": "Galstad", "40": "250"}  # fmt: skip
    old = [*ARTICLES.values(), OLD_DEBT]

    def other_parties(text: str) -> str:
        return " ".join(swap.get(w, w) for w in text.split(" "))

    pairs, added, removed = _aligned(old, [other_parties(b) for b in old])
    assert (removed, added) == ([], [])
    assert {k for k in pairs if k[0] != "preamble"} == {(str(n), str(n)) for n in range(1, 7)}


def test_a_twin_in_the_struck_article_s_place_renumbered_with_it_is_offered_for_review() -> None:
    """An article put in at the head of the text renumbered every one after it: the
    twin in the struck article's place, between the counterparts of its neighbours,
    keeps its place if not its number (an article of formulas whose edits put other
    names in had been left "removed" beside an "added" self, 13 → 15 of a French
    treaty). It stays paired, offered for review, as under its own number."""
    a = ARTICLES
    opening = "Each Party shall name a delegate to the conference at Tormark within one month."
    old = [a["customs"], a["commission"], OLD_DEBT, a["fishing"], a["post"], a["railway"]]
    new = [opening, a["customs"], a["commission"], NEW_DEBT, a["fishing"], a["post"],
           a["railway"]]  # fmt: skip
    pairs, added, removed = _aligned(old, new)
    assert (removed, added) == ([], ["1"])
    assert pairs[("3", "4")] <= 0.6
    assert all(conf > 0.9 for key, conf in pairs.items() if key != ("3", "4"))
