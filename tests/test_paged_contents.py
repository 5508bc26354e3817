"""A table of contents that runs over a page break stays out of the articles.

A treaty printed with a running head and a page number on every page lists its
articles in a table of contents two pages long: "Page 2" and the running head stand
between two of its entries. The entries had been dropped only where nothing but
entries stood between them, so the first entry of each page was read as an article
of its own and the real one labelled "1#2". A text of our own in that layout.
"""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.document import SegmentKind
from treatyviewer.io.readers import read_document

TITLES = ("Scope", "Definitions", "Cooperation", "Reports", "Fees", "Licences", "Review",
          "Amendments", "Signature", "Ratification", "Entry into force", "Depositary")  # fmt: skip


def _treaty() -> str:
    lines = ["Convention on Transboundary Resources", "", "Contents"]
    for n, title in enumerate(TITLES, 1):
        lines.append(f"Art. {n}. {title} {'.' * (8 + n)} {n + 2}")
        if n == 6:
            lines += ["", "Page 2", "Convention on Transboundary Resources", ""]
    lines += ["", "The States Parties have agreed as follows:", ""]
    for n, title in enumerate(TITLES, 1):
        lines += [
            f"Art. {n}. {title}",
            "",
            f"The Parties shall report on measure {n} to the committee every year.",
            "",
        ]
    return "\n".join(lines)


def test_a_contents_page_break_leaves_its_entries_in_the_preamble(tmp_path: Path) -> None:
    path = tmp_path / "treaty.txt"
    path.write_text(_treaty(), encoding="utf-8")
    doc = read_document(path)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == [str(n) for n in range(1, 13)]
    assert all("every year" in doc.text[s.start : s.end] for s in units)
