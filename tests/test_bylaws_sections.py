"""Bylaws whose articles hold sections numbered under them ("ARTICLE III" over
"Section 3.2.") are compared section by section, also when the short articles
(offices, seal, fiscal year) hold none.

A foundation's bylaws hold sections in nine of their fourteen articles: under the
two thirds asked of sections in general, they had been compared article by
article, and a section struck out of the article on members (the rest renumbered)
read as one long article "modified"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyviewer.cli import run

MEMBERS = {
    "Classes": "There are three classes of members: basic, supporting and fellows.",
    "Sponsors": "A sponsor member is an organisation that pays the yearly sponsor fee.",
    "Fellows": "A fellow is a member the board names for long service to the community.",
    "Withdrawal": "A member may withdraw at any time by writing to the secretary.",
}


def bylaws(members: list[str]) -> str:
    sections = "".join(
        f"**Section 3.{n}. {name}.** {MEMBERS[name]}\n\n" for n, name in enumerate(members, 1)
    )
    return (
        "Bylaws of the Garden Software Foundation\n\n"
        "ARTICLE I\n\n### Offices\n\nThe corporation keeps such offices as the board decides.\n\n"
        "ARTICLE II\n\n### Meetings\n\n"
        "**Section 2.1. Annual Meeting.** The members meet once a year in the spring.\n\n"
        "**Section 2.2. Quorum.** A tenth of the voting members make a quorum.\n\n"
        f"ARTICLE III\n\n### Members\n\n{sections}"
        "ARTICLE IV\n\n### Seal\n\nThe corporation has no seal.\n\n"
        "ARTICLE V\n\n### Directors\n\n"
        "**Section 5.1. Powers.** The board runs the affairs of the corporation.\n\n"
        "**Section 5.2. Number.** The board has between five and eleven directors.\n\n"
    )


def test_a_section_struck_out_reads_removed_and_the_rest_renumbered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "old.md").write_text(bylaws(list(MEMBERS)), encoding="utf-8")
    (tmp_path / "new.md").write_text(bylaws(["Classes", "Fellows", "Withdrawal"]), encoding="utf-8")
    assert (
        run(["compare", str(tmp_path / "old.md"), str(tmp_path / "new.md"), "--format", "json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    pairs = {(p["old"][0], p["new"][0]): p["status"] for p in out["pairs"]}
    assert out["removed"] == ["3.2"]
    assert ("3.3", "3.2") in pairs and ("3.4", "3.3") in pairs
    assert ("2.1", "2.1") in pairs and ("5.2", "5.2") in pairs
    assert out["added"] == []
