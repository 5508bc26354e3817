"""A law converted to Markdown that sets each article's heading as one line of bold
("**Article 3 – Funding**"): the marks are how the line is drawn, so neither the panes
nor the report may show them (the heading had read "**Article 3" over "Funding**")."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document
from treatyviewer.core.segment import SegmentKind
from treatyviewer.io.readers import read_document

LAW = """\
# Law on Public Libraries

**Article 1 – Purpose**

This law sets the rules for public libraries in the city{more}.

**Article 2 – Definitions**

A public library is a library open to every resident without charge.

**Article 3 – Funding**

The city funds its public libraries from the general budget.
"""


def _read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_whole_line_bold_headings_show_no_asterisks(tmp_path: Path) -> None:
    old = _read(tmp_path, "old.md", LAW.format(more=""))
    new = _read(tmp_path, "new.md", LAW.format(more=" and the region"))
    articles = [s for s in old.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in articles] == ["1", "2", "3"]
    for seg in articles:
        assert "*" not in old.text[seg.start : seg.end], old.text[seg.start : seg.end]
    assert old.text[articles[2].start : articles[2].end].startswith("Article 3 – Funding")
    cmp = compare(old, new)
    changed = [p for p in cmp.pairs if p.status != "unchanged"]
    assert [cmp.label_of("new", p.new) for p in changed] == [["1"]]


def test_a_bold_sentence_on_a_line_of_its_own_loses_its_marks(tmp_path: Path) -> None:
    """Terms that set a whole disclaimer in bold: the words are the text, the marks not."""
    doc = _read(
        tmp_path,
        "terms.md",
        "## 1. Warranty\n\n**We make no warranties of any kind.**\n\nUse it at your own risk.\n",
    )
    assert "We make no warranties of any kind." in doc.text
    assert "**" not in doc.text


def test_numbered_titles_in_bold_lines_show_no_asterisks(tmp_path: Path) -> None:
    """ "**1. Purpose**" on a line of its own had read "**1." over "Purpose**"; a
    repealed article's notice set as code after the bold ("**H. (MADDE 145)** `Mülga`")
    kept the asterisks of its heading."""
    doc = _read(
        tmp_path,
        "rules.md",
        "# Rules\n\n**1. Purpose**\n\nThese rules govern the club.\n\n"
        "**2. Members**\n\nAny resident may join.\n\n**3. Fees** `Repealed`\n",
    )
    articles = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in articles] == ["1", "2", "3"]
    assert doc.text[articles[0].start : articles[0].end].startswith("1. Purpose\n")
    assert "*" not in doc.text


def test_a_heading_in_bold_run_on_into_its_title_or_text_shows_no_asterisks(
    tmp_path: Path,
) -> None:
    """ "**Article 1** – Purpose" and "**Art. 3.** La commission…": the heading had read
    "**Article 1**" over "– Purpose", and "**Art. 3.**"."""
    doc = _read(
        tmp_path,
        "law.md",
        "# Law\n\n**Article 1** – Purpose\n\nThis law sets rules.\n\n"
        "**Article 2** – Definitions\n\nA library is open.\n\n"
        "**Article 3.** The city funds libraries.\n",
    )
    articles = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in articles] == ["1", "2", "3"]
    assert "*" not in doc.text
    assert doc.text[articles[2].start : articles[2].end] == "Article 3. The city funds libraries."
