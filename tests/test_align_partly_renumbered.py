"""A law republished with its articles renumbered in part: the articles after an
inserted one move up by one, until one struck out further on brings the numbers
back, and from there the articles keep them. An article rewritten there from end to
end, between pairs that keep their numbers, shares little wording with its old text
(a Romanian law's "Articolul 12" read 0.18 like its namesake): as the text as a
whole does not keep its numbers, it came out removed and added. Its place beside
the kept numbers, under the same number, and its opening words say it is the same
article; an article on another matter put in under that number is not paired."""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

MATTERS = (
    ("lighthouse keepers", "lamps", "every night"),
    ("bridge wardens", "tolls", "each market day"),
    ("river bailiffs", "weirs", "after every flood"),
    ("forest rangers", "firebreaks", "before each summer"),
    ("road surveyors", "milestones", "twice a year"),
    ("well inspectors", "pumps", "each month"),
    ("granary clerks", "grain stores", "at every harvest"),
    ("school visitors", "classrooms", "each term"),
    ("market reeves", "weights and measures", "every fortnight"),
    ("ferry masters", "landing stages", "each spring"),
    ("hospital stewards", "wards", "every week"),
    ("library keepers", "catalogues", "each winter"),
    ("canal lock tenders", "lock gates", "every season"),
)

INSERTED = (
    "Volunteer fire brigades may be founded by any five residents, who shall register the "
    "brigade with the mayor and name its captain."
)
STRUCK = (
    "Beehives kept within the walls of the town shall stand at least ten paces from any "
    "street, and their owners answer for the damage done by their swarms."
)
OLD_HARBOUR = (
    "The wardens of the harbour shall inspect the moorings of the town every spring and "
    "write down their state in a register kept at the town hall for that purpose."
)
NEW_HARBOUR = (
    "The wardens now answer to the port authority, which checks berths under a yearly "
    "plan and lists their condition online."
)
OTHER_MATTER = (
    "Street lamps are lit by the municipal electricity company from dusk to dawn, and "
    "complaints about dark streets go to its customer office."
)


def _article(who: str, what: str, when: str) -> str:
    return (
        f"The {who} shall look after the {what} of the town {when}, keep a book of what "
        f"they find, and report to the council on the {what} at its next sitting."
    )


def _law(bodies: list[str]) -> str:
    articles = [f"Articolul {n}\n\n{body}" for n, body in enumerate(bodies, start=1)]
    return "Law on the town's works\n\n" + "\n\n".join(articles) + "\n"


def _compared(eleventh: str) -> tuple[set[tuple[str, str]], list[str], list[str]]:
    plain = [_article(*m) for m in MATTERS]
    # Old: 1-9 plain, 10 struck later, 11 the harbour, 12-15 plain.
    old_bodies = [*plain[:9], STRUCK, OLD_HARBOUR, *plain[9:]]
    # New: an article put in after 2 moves 3-9 to 4-10; 10 struck brings 11 back to 11.
    new_bodies = [*plain[:2], INSERTED, *plain[2:9], eleventh, *plain[9:]]
    old = make_document(_law(old_bodies), source="old")
    new = make_document(_law(new_bodies), source="new")
    result = align(old, new)
    links = {
        (old.segments[lk.old[0]].label, new.segments[lk.new[0]].label)
        for lk in result.links
        if len(lk.old) == len(lk.new) == 1
    }
    added = [new.segments[j].label for j in result.added]
    return links, added, [old.segments[i].label for i in result.removed]


def test_article_rewritten_beside_kept_numbers_pairs_with_its_namesake() -> None:
    links, added, removed = _compared(NEW_HARBOUR)
    assert ("11", "11") in links
    assert ("3", "4") in links and ("12", "12") in links
    assert added == ["3"]
    assert removed == ["10"]


def test_other_matter_under_the_number_beside_kept_numbers_is_not_paired() -> None:
    links, added, removed = _compared(OTHER_MATTER)
    assert ("11", "11") not in links
    assert added == ["3", "11"]
    assert removed == ["10", "11"]
