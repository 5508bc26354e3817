"""Two versions of a short policy headed by titles alone, cut the same way: a version
whose top title has no text under it had been read paragraph by paragraph while the
next version, which gave that title a sentence, was cut by its titles ("¶1" removed,
"Privacy Statement" added, every section paired with a paragraph)."""

from __future__ import annotations

import json
from pathlib import Path

from treatyviewer.cli import run
from treatyviewer.core.segment import BY_PARAGRAPH
from treatyviewer.core.segment_alike import segmented_alike
from treatyviewer.io.readers import read_document

SECTIONS = """
### What we collect

We collect your name, your email address and your IP address when you register.

### How we use it

We use your information to run the service and to bill you.
"""


def test_a_title_with_no_text_of_its_own_pairs_with_itself(tmp_path: Path, capsys) -> None:
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("## Privacy Statement\n" + SECTIONS, encoding="utf-8")
    new.write_text(
        "## Privacy Statement\n\nThis statement explains how we handle personal data.\n" + SECTIONS,
        encoding="utf-8",
    )
    assert run(["compare", str(old), str(new), "--format", "json"]) == 0
    value = json.loads(capsys.readouterr().out)
    labels = ["Privacy Statement", "What we collect", "How we use it"]
    assert [s["label"] for s in value["old"]["segments"]] == labels
    assert BY_PARAGRAPH not in value["old"].get("warnings", [])
    assert not value["added"] and not value["removed"]
    assert [p["status"] for p in value["pairs"]] == ["modified", "unchanged", "unchanged"]


def test_one_title_over_paragraphs_stays_paragraphs(tmp_path: Path) -> None:
    """A title over plain paragraphs is no cut by titles: the other version's text,
    cut by its titles, does not make one of a lone heading line."""
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text("## Notice\n\nFirst paragraph here.\n\nSecond paragraph here.\n")
    new.write_text("## Notice\n" + SECTIONS, encoding="utf-8")
    first, _ = segmented_alike(read_document(old), read_document(new))
    assert BY_PARAGRAPH in first.warnings
