"""A section named by its heading alone keeps its name when its words are rewritten."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.cli import load
from treatyviewer.core.comparison import compare

SCOPE = "## Scope\n\nThese rules apply in every room of the club and at its outings.\n\n"
CREDITS = "## Credits\n\nThe rules follow those of the rowing club next door.\n"
OLD = (
    SCOPE + "## Complaints\n\nA member who is wronged writes to the secretary, who "
    "answers within a week and keeps the writer's name to herself.\n\n" + CREDITS
)


def _pairs(folder: Path, *sections: str):  # type: ignore[no-untyped-def]
    """OLD against the same rules with ``sections`` between Scope and Credits, read as
    files, as a reader opens them ("## " lines are Markdown headings)."""
    (folder / "old.md").write_text(OLD, encoding="utf-8")
    (folder / "new.md").write_text(SCOPE + "".join(sections) + CREDITS, encoding="utf-8")
    cmp = compare(load(str(folder / "old.md")), load(str(folder / "new.md")))
    pairs = [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]
    return pairs, cmp.label_of("new", cmp.added), cmp.label_of("old", cmp.removed)


def test_a_rewritten_section_alone_between_two_pairs_keeps_its_heading(tmp_path: Path) -> None:
    pairs, added, removed = _pairs(
        tmp_path,
        "## Complaints\n\nGrievances of any kind may be brought before the stewards on "
        "duty.\n\nStewards must protect the privacy of those who come forward.\n\n",
    )
    assert pairs == [(["Scope"], ["Scope"]), (["Complaints"], ["Complaints"]),
                     (["Credits"], ["Credits"])]  # fmt: skip
    assert added == removed == []


def test_a_rewritten_section_finds_its_name_among_new_sections_beside_it(tmp_path: Path) -> None:
    pairs, added, removed = _pairs(
        tmp_path,
        "## Stewards\n\nStewards on duty wear a green band.\n\n",
        "## Complaints\n\nGrievances of any kind may be brought before the stewards.\n\n",
        "## Penalties\n\nA first fault earns a word; a second, a fine.\n\n",
    )
    assert (["Complaints"], ["Complaints"]) in pairs
    assert sorted(added) == ["Penalties", "Stewards"] and removed == []


def test_a_heading_two_new_sections_share_is_no_evidence(tmp_path: Path) -> None:
    _, _, removed = _pairs(
        tmp_path,
        "## Complaints\n\nStewards on duty wear a green band.\n\n",
        "## Complaints\n\nGrievances of any kind may be brought before the stewards.\n\n",
    )
    assert removed == ["Complaints"]


NOTICE_OLD = (
    "# Privacy notice\n\n## Accounts\n\nYou can create an account to sync your bookmarks "
    "across devices. We keep your email address and a hashed password.\n\n"
    "## Crash reports\n\nWhen the browser crashes it may send us a report with technical "
    "data about the crash.\n\n"
    "## Location\n\nWebsites may ask for your location; we send nearby wireless networks "
    "to a location service.\n"
)
NOTICE_NEW = (
    "# Privacy notice\n\n## Location\n\nWebsites may ask for your location; we send "
    "nearby wireless networks to a location service.\n\n"
    "## To provide crash reporting\n\nIf the program stops unexpectedly, a description "
    "of the fault can be submitted to our engineers.\n\n"
    "## To provide accounts\n\nSigning up lets you keep settings in step on every "
    "computer you use.\n"
)


def _notice(folder: Path, old: str, new: str):  # type: ignore[no-untyped-def]
    (folder / "old.md").write_text(old, encoding="utf-8")
    (folder / "new.md").write_text(new, encoding="utf-8")
    return compare(load(str(folder / "old.md")), load(str(folder / "new.md")))


def test_a_recast_policy_pairs_sections_whose_headings_hold_each_other(tmp_path: Path) -> None:
    """A privacy notice recast by purpose ("Accounts" became "To provide accounts")
    and put in another order: the headings say which section each became, though
    hardly a word of the text stayed. The pairs are offered for review."""
    cmp = _notice(tmp_path, NOTICE_OLD, NOTICE_NEW)
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))): p for p in cmp.pairs
    }
    accounts = pairs[(("Accounts",), ("To provide accounts",))]
    crashes = pairs[(("Crash reports",), ("To provide crash reporting",))]
    assert (("Location",), ("Location",)) in pairs
    assert not cmp.added and not cmp.removed
    assert accounts.confidence < 0.9 and crashes.confidence < 0.9


def test_a_heading_two_new_headings_hold_pairs_with_neither(tmp_path: Path) -> None:
    """ "Crash reports" is held by both "Reports of crashes" and "Crash reports to
    regulators": the heading cannot say which section it became."""
    new = NOTICE_NEW.replace("To provide crash reporting", "Reports of crashes").replace(
        "## To provide accounts", "## Crash reports to regulators"
    )
    cmp = _notice(tmp_path, NOTICE_OLD, new)
    assert "Crash reports" in cmp.label_of("old", cmp.removed)
