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
