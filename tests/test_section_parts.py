"""Numbered sections inside chapters, followed when a chapter is cut in two and when a
section becomes a heading over sub-sections (as the W3C Process did between 2005
and 2020): the JSON's ``parts`` say which section became which."""

from __future__ import annotations

from treatyviewer.core.comparison import compare, pair_json
from treatyviewer.core.segment import make_document

MEMBERS = (
    "Members are organizations that subscribe to the membership agreement and pay "
    "their annual fees on time."
)
COMMITTEE = (
    "The committee is composed of one representative of each member organization and "
    "reviews plans at each meeting."
)
LISTS = "Mailing lists serve the committee for discussion between meetings and for votes."
BOARD = (
    "The board guides the consortium on strategy, legal matters and the resolution of "
    "conflicts between members."
)
SEATS = (
    "Elected participants serve two years; a vacated seat is filled by the candidate "
    "with the next most votes."
)
OTHER = (
    "Working groups produce technical reports and keep track of the comments they "
    "received from reviewers."
)


def _pairs(old: str, new: str) -> list[dict]:
    cmp = compare(make_document(old), make_document(new))
    return [pair_json(cmp, p) for p in cmp.pairs]


def _links(pair: dict) -> set[tuple]:
    return {
        (p["old"], p.get("old_segment"), p["new"], p.get("new_segment"))
        for p in pair["parts"]
        if p["old"] and p["new"]
    }


def test_the_sections_of_a_chapter_cut_in_two_are_found_in_either_half():
    old = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Members and groups\n\n"
        f"## 2.1. Members\n\n{MEMBERS}\n\n## 2.2. The committee\n\n{COMMITTEE}\n\n"
        f"## 2.3. Mailing lists\n\n{LISTS}\n\n## 2.4. The board\n\n{BOARD}\n\n"
        f"## 2.5. Vacated seats\n\n{SEATS}\n\n"
        f"# 3. Working groups\n\n{OTHER}\n"
    )
    new = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Members\n\n"
        f"## 2.1. Members\n\n{MEMBERS}\n\n## 2.2. The committee\n\n{COMMITTEE}\n\n"
        f"## 2.3. Mailing lists\n\n{LISTS}\n\n"
        "# 3. Elected groups\n\n"
        f"## 3.1. The board\n\n{BOARD}\n\n## 3.2. Vacated seats\n\n{SEATS}\n\n"
        f"# 4. Working groups\n\n{OTHER}\n"
    )
    split = next(p for p in _pairs(old, new) if p["old"] == ["2"])
    assert split["new"] == ["2", "3"]
    assert _links(split) == {
        ("2.1", None, "2.1", "2"),
        ("2.2", None, "2.2", "2"),
        ("2.3", None, "2.3", "2"),
        ("2.4", None, "3.1", "3"),
        ("2.5", None, "3.2", "3"),
    }


def test_a_section_that_became_a_heading_over_sub_sections_keeps_its_number():
    """Old 2.2 "The board" is new 2.2 "The board" over 2.2.1 "Role" (its old words)
    and 2.2.2 "Seats": 2.2 stays 2.2, not the sub-section that carries its words."""
    old = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Groups\n\n"
        f"## 2.1. The committee\n\n{COMMITTEE}\n\n"
        f"## 2.2. The board\n\n{BOARD}\n\n### 2.2.1. Vacated seats\n\n{SEATS}\n\n"
        f"# 3. Working groups\n\n{OTHER}\n"
    )
    new = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Groups\n\n"
        f"## 2.1. The committee\n\n{COMMITTEE}\n\n"
        "## 2.2. The board\n\nThe board has a role and elected seats.\n\n"
        f"### 2.2.1. Role of the board\n\n{BOARD}\n\n### 2.2.2. Vacated seats\n\n{SEATS}\n\n"
        f"# 3. Working groups\n\n{OTHER}\n"
    )
    pair = next(p for p in _pairs(old, new) if p["old"] == ["2"])
    assert pair["new"] == ["2"]
    links = {(o, n) for o, _, n, _ in _links(pair)}
    assert ("2.2", "2.2") in links
    assert ("2.2.1", "2.2.2") in links
