"""A numbered heading with no text of its own ("## 9. Staff") pairs by its number and
place: renamed, it is the section of that number between the same neighbours; its
only subsection folded into it, both are the one section now.

A society's bylaws, revised: sections 8 and 9 were renamed over subsections rewritten
below them, and had come out removed and added; section 3 lost its one subheading
(the text now stands under the section's own heading), and the old heading had come
out removed."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.cli import load
from treatyviewer.core.comparison import compare

HEAD = (
    "# Rowing Club Bylaws\n\n"
    "## 1. Purpose\n\n### Mission\n\nThe club teaches rowing on the river to anyone of "
    "twelve or more.\n\n### Season\n\nThe boathouse stays open from April to October, "
    "weather allowing.\n\n"
    "## 2. Boats\n\n### Lending\n\nThe club's boats are lent to members who have passed "
    "the safety test.\n\n### Log\n\nEach outing is written in the log before the boat "
    "leaves the pontoon, with the names of the crew.\n\n### Damage\n\nA crew that damages "
    "a boat reports it the same day and pays for the repair if it was careless.\n\n"
)
OLD_THREE = (
    "## 3. Membership\n\n### Joining and leaving\n\nAnyone who pays the yearly fee before "
    "the first of March is a member; a member who does not renew by then leaves the roll "
    "without further notice.\n\n"
)
NEW_THREE = (
    "## 3. Membership\n\nAnyone who pays the yearly fee before the first of April is a "
    "member; a member who does not renew by then leaves the roll without further notice.\n\n"
)
EDITED_HEAD = HEAD.replace(
    "A crew that damages a boat reports it the same day and pays for the repair if it was "
    "careless.",
    "Damage to a boat is reported to the boatman before the crew goes home; carelessness "
    "is paid for.",
)
"""The last subsection before section 3 rewritten: no walk in place reaches section 3."""
EDITED_THREE = NEW_THREE.replace("Anyone who pays", "Whoever has paid").replace(
    "leaves the roll without further notice", "is struck off the roll"
)
MIDDLE = (
    "## 4. Council\n\n### Election\n\nA council of five is elected each autumn at the "
    "general meeting.\n\n### Powers\n\nThe council runs the club between meetings and "
    "hires whoever the club pays.\n\n### Accounts\n\nThe treasurer lays the accounts "
    "before the members every spring, audited by two of them.\n\n"
    "## 5. Meetings\n\n### Calling\n\nThe general meeting is called by the secretary a "
    "month ahead.\n\n### Quorum\n\nA quorum is one member in ten present in person.\n\n"
    "### Votes\n\nMotions pass by a simple majority of those present; the chair breaks a "
    "tie.\n\n"
)
OLD_TAIL = (
    "## 6. Helpers\n\n### Volunteers\n\nVolunteers coach beginners on Saturday mornings "
    "and keep the changing rooms tidy.\n\n### Repairs\n\nHulls are mended over the winter "
    "under the boatman's eye, with glue and cloth the club buys.\n\n"
    "## 7. Staff\n\n### Boatman\n\nThe boatman looks after the fleet, trains the coaches "
    "and reports to the council on the state of every hull twice a year.\n\n"
    "## 8. Amendments\n\n### Bylaws\n\nThese bylaws change by a two-thirds vote of a "
    "general meeting.\n\n### Notice\n\nA motion to amend them is sent to every member two "
    "weeks before the meeting.\n"
)
NEW_TAIL = (
    "## 6. Helpers and Crews\n\nMembers who give their time are the heart of the club.\n\n"
    "### Volunteers\n\nVolunteers who coach the beginners do so on Sunday mornings; others "
    "keep the changing rooms clean and the kettle full.\n\n### Repairs\n\nHulls are mended "
    "over the winter under the boatman's eye, with glue and cloth bought by the club.\n\n"
    "### Crews\n\nEach racing crew names a captain who books the boats it trains in.\n\n"
    "## 7. Paid Team\n\n### Boatman\n\nA paid boatman keeps the fleet seaworthy, coaches "
    "the coaches, and tells the council twice yearly how each hull fares.\n\n"
    + OLD_TAIL[OLD_TAIL.index("## 8.") :]
)


def _compare(folder: Path, old: str, new: str):  # type: ignore[no-untyped-def]
    (folder / "old.md").write_text(old, encoding="utf-8")
    (folder / "new.md").write_text(new, encoding="utf-8")
    return compare(load(str(folder / "old.md")), load(str(folder / "new.md")))


def _pairs(cmp) -> list[tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]


def test_renamed_bare_headings_pair_by_their_numbers(tmp_path: Path) -> None:
    cmp = _compare(
        tmp_path, HEAD + NEW_THREE + MIDDLE + OLD_TAIL, HEAD + NEW_THREE + MIDDLE + NEW_TAIL
    )
    pairs = _pairs(cmp)
    assert (["6. Helpers"], ["6. Helpers and Crews"]) in pairs
    assert (["7. Staff"], ["7. Paid Team"]) in pairs
    assert (["Volunteers"], ["Volunteers"]) in pairs and (["Boatman"], ["Boatman"]) in pairs
    assert cmp.label_of("new", cmp.added) == ["Crews"] and cmp.label_of("old", cmp.removed) == []
    renamed = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["7. Staff"])
    assert renamed.confidence < 0.9  # by number and place alone: offered for review


def test_a_subsection_folded_into_its_bare_section_is_one_merge(tmp_path: Path) -> None:
    old, new = HEAD + OLD_THREE + MIDDLE + OLD_TAIL, EDITED_HEAD + EDITED_THREE + MIDDLE + OLD_TAIL
    cmp = _compare(tmp_path, old, new)
    assert (["3. Membership", "Joining and leaving"], ["3. Membership"]) in _pairs(cmp)
    assert cmp.label_of("old", cmp.removed) == [] and cmp.label_of("new", cmp.added) == []


def test_a_section_unfolded_into_a_subsection_is_one_split(tmp_path: Path) -> None:
    old, new = EDITED_HEAD + EDITED_THREE + MIDDLE + OLD_TAIL, HEAD + OLD_THREE + MIDDLE + OLD_TAIL
    cmp = _compare(tmp_path, old, new)
    assert (["3. Membership"], ["3. Membership", "Joining and leaving"]) in _pairs(cmp)
    assert cmp.label_of("old", cmp.removed) == [] and cmp.label_of("new", cmp.added) == []


def test_a_bare_heading_of_another_number_stays_apart(tmp_path: Path) -> None:
    """Only the number ties a bare heading to its counterpart: "7. Staff" does not
    pair with a "9. Sponsors" put in where it stood."""
    tail = OLD_TAIL.replace("## 7. Staff", "## 9. Sponsors")
    cmp = _compare(tmp_path, HEAD + NEW_THREE + MIDDLE + OLD_TAIL, HEAD + NEW_THREE + MIDDLE + tail)
    assert not any("7. Staff" in old for old, _ in _pairs(cmp))
    assert "7. Staff" in cmp.label_of("old", cmp.removed)
