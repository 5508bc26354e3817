"""A heading set right under an article's own heading, before its text, is its caption."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.cli import load
from treatyviewer.core.comparison import compare

ACT = """# Act on Ferry Tickets

##### § 1

#### Issuing tickets

(1) The harbour office issues a ticket to every traveller.

##### § 2

#### Prices

(1) A single crossing costs {price} crowns.

##### § 3

#### Lost tickets

(1) A traveller reports a lost ticket to the office within ten days.
"""


def test_a_caption_under_a_numbered_heading_stays_with_its_article(tmp_path: Path) -> None:
    (tmp_path / "old.md").write_text(ACT.format(price="five"), encoding="utf-8")
    (tmp_path / "new.md").write_text(ACT.format(price="twenty"), encoding="utf-8")
    cmp = compare(load(str(tmp_path / "old.md")), load(str(tmp_path / "new.md")))
    labels = [s.label for s in cmp.old.segments if s.label != "preamble"]
    assert labels == ["1", "2", "3"]
    changed = [(cmp.label_of("old", p.old), p.status) for p in cmp.pairs if p.changes]
    assert changed == [(["2"], "modified")]
    assert "Prices" in cmp.old.text[cmp.old.segments[2].start : cmp.old.segments[2].end]
