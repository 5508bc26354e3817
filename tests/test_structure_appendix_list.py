"""A short list at the end of a text, or a number met late, never numbers the text.

A bylaw numbers its sections in depth ("1.1. Editor" over "1.1.1.", "1.1.2.") and
ends with an appendix whose change log is a list "1.", "2.", "3.". Three changes
logged had been read as the bylaw's three units (its sections cut by their titles
before them), one change as no list at all (the text cut at its clauses): two
versions that differ in their change log were cut two ways and nothing paired. In
Markdown, sections named by their titles and one numbered late ("## Article 11")
had become a preamble and that one article. Texts of our own in those layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.io.readers import read_document

ROLES = ("Editor", "Archivist", "Webmaster", "Treasurer", "Liaison", "Outreach Director",
         "Orientation Director", "Ombudsperson")  # fmt: skip


def _read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _bylaw(
    changes: int, chapters: int = 1, trained: tuple[int, ...] = (), heading: str = "APPENDIX"
) -> str:
    """A society's bylaw of directors, chapter by chapter, with its change log under
    ``heading`` (none where it is empty)."""
    parts = ["BYLAW 2", "THE DIRECTORS BYLAW"]
    for c in range(1, chapters + 1):
        parts.append(f"CHAPTER {c} - DIRECTORS OF GROUP {c}")
        for k, role in enumerate(ROLES, 1):
            parts.append(f"{c}.{k}. {role}")
            parts.append(
                f"{c}.{k}.1. There shall be one (1) {role} of group {c}, who shall be"
                f" responsible for the {role.lower()} office of the Society."
            )
            parts.append(f"{c}.{k}.2. The {role} shall be overseen by the Vice-President.")
            if k in trained:
                parts.append(
                    f"{c}.{k}.3. The {role} shall attend a training on the prevention of"
                    " harassment before November."
                )
    parts += [heading] if heading else []
    parts.append("The following changes were made from the previous version:")
    parts += [f"{n}. Revised as per the decision of the Board of meeting {n}." for n in
              range(1, changes + 1)]  # fmt: skip
    return "\n\n".join(parts) + "\n"


def _units(doc: Document) -> list[str]:
    return [s.label for s in doc.segments if s.kind is not SegmentKind.PREAMBLE]


@pytest.mark.parametrize(
    ("chapters", "heading"), [(1, "APPENDIX"), (2, "APPENDIX"), (1, ""), (2, "")]
)
def test_a_bylaw_with_one_or_three_changes_logged_is_cut_alike(
    tmp_path: Path, chapters: int, heading: str
):
    """With its appendix's heading, or with none, the list after the clauses numbered
    in depth is no numbering of the bylaw's."""
    three = _read(tmp_path, "three.txt", _bylaw(3, chapters, heading=heading))
    one = _read(tmp_path, "one.txt", _bylaw(1, chapters, heading=heading))
    assert _units(three) == _units(one)
    assert f"{chapters}.8" in _units(three)
    assert not {"1", "2", "3"} & set(_units(three))  # the log's items number nothing


@pytest.mark.parametrize("chapters", [1, 2])
def test_the_change_log_stays_the_parts_of_the_appendix(tmp_path: Path, chapters: int):
    doc = _read(tmp_path, "bylaw.txt", _bylaw(3, chapters))
    appendix = doc.segments[-1]
    assert (appendix.label, appendix.kind) == ("APPENDIX", SegmentKind.ANNEX)
    assert [p.label for p in appendix.parts] == ["1", "2", "3"]
    last_section = doc.text[doc.segments[-2].start : doc.segments[-2].end]
    assert "APPENDIX" not in last_section


@pytest.mark.parametrize("chapters", [1, 2])
def test_two_versions_of_the_bylaw_pair_section_by_section(tmp_path: Path, chapters: int):
    old = _read(tmp_path, "old.txt", _bylaw(3, chapters))
    new = _read(tmp_path, "new.txt", _bylaw(1, chapters, trained=(2, 5)))
    result = compare(old, new)
    pairs = {(old.segments[p.old[0]].label, new.segments[p.new[0]].label) for p in result.pairs}
    assert (f"{chapters}.1", f"{chapters}.1") in pairs
    assert ("APPENDIX", "APPENDIX") in pairs
    assert not result.removed
    added = [new.segments[j].label for j in result.added]
    # the trained directors' new clauses, cut as units or read as parts of a section
    assert set(added) <= {f"{c}.{k}.3" for c in range(1, chapters + 1) for k in (2, 5)}


BODY = (
    "There shall be one {r}, who shall be responsible for the work of the {low} office as"
    " described in the bylaws. The {r} shall be overseen by the Vice-President and shall"
    " report to the Board twice a year."
)
TRAINING = " The {r} shall attend a training on prevention before November."
FORCE = "This bylaw comes into force when the Board adopts it."


def _section(heading: str, role: str, trained: bool = False) -> str:
    body = BODY + (TRAINING if trained else "")
    return f"## {heading}\n\n{body.format(r=role, low=role.lower())}"


@pytest.mark.parametrize("word", ["Article", "Artikel"])
def test_an_article_numbered_after_titled_sections_does_not_swallow_them(tmp_path: Path, word: str):
    titled = "\n\n".join(_section(r, r) for r in ROLES)
    numbered = "\n\n".join(
        _section(f"{word} {k}", r, trained=k % 3 == 0) for k, r in enumerate(ROLES, 1)
    )
    last = f"## {word} {len(ROLES) + 1}\n\n{FORCE}\n"
    old = _read(tmp_path, "old.md", f"# THE DIRECTORS BYLAW\n\n{titled}\n\n{last}")
    new = _read(tmp_path, "new.md", f"# THE DIRECTORS BYLAW\n\n{numbered}\n\n{last}")
    assert _units(old) == [*ROLES, str(len(ROLES) + 1)]
    result = compare(old, new)
    # each titled section pairs with the article it became, the reworded ones too
    assert not result.removed and not result.added
    pairs = {(old.segments[p.old[0]].label, new.segments[p.new[0]].label) for p in result.pairs}
    assert {(r, str(k)) for k, r in enumerate(ROLES, 1)} <= pairs
