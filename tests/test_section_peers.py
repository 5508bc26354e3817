"""A German text that heads its first articles "Artikel" and the later ones "§",
the numbers running on: every heading starts an article of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

MIXED = (
    "Vertrag über Freundschaft\n\n"
    "Artikel 1\nDie Vertragsparteien verpflichten sich, den Frieden zu wahren.\n\n"
    "Artikel 2\nDie Grenzen werden nach der beigefügten Karte festgelegt.\n\n"
    "§ 3\nDie Kommission tritt einmal im Jahr zusammen und berichtet den Regierungen.\n\n"
    "§ 4 Inkrafttreten\nDieser Vertrag tritt am Tage seiner Unterzeichnung in Kraft.\n"
)

STATUTE = (
    "Satzung\n\n"
    "Artikel 1\nAllgemeines\n\n§ 1\nDer Verein führt den Namen Freunde.\n\n"
    "§ 2\nDer Verein hat seinen Sitz in Berlin.\n\n"
    "Artikel 2\nMitglieder\n\n§ 3\nMitglied kann jede Person werden.\n\n"
    "§ 4\nDie Mitgliedschaft endet durch Austritt.\n"
)


def test_paragraph_signs_that_continue_the_articles_count_are_articles() -> None:
    doc = make_document(MIXED)
    units = [(s.label, s.display_name()) for s in doc.segments if s.kind.value == "article"]
    assert units == [("1", "Art. 1"), ("2", "Art. 2"), ("3", "§ 3"), ("4", "§ 4")]
    art2 = doc.by_label("2")
    assert "Kommission" not in doc.text[art2.start : art2.end]
    assert doc.divisions == ()  # the signs head articles, not divisions above them


def test_sections_numbered_inside_their_articles_stay_sections() -> None:
    doc = make_document(STATUTE)
    assert [d.label for d in doc.divisions] == ["1", "2"]
    assert [s.display_name() for s in doc.segments if s.kind.value == "article"] == [
        "§ 1",
        "§ 2",
        "§ 3",
        "§ 4",
    ]


def test_a_sign_that_does_not_continue_the_count_cuts_nothing() -> None:
    text = MIXED.replace("§ 3\n", "§ 7\n")
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind.value == "article"] == ["1", "2"]


def test_a_changed_paragraph_pairs_with_its_namesake(tmp_path: Path) -> None:
    old, new = tmp_path / "alt.txt", tmp_path / "neu.txt"
    old.write_text(MIXED, encoding="utf-8")
    new.write_text(MIXED.replace("einmal im Jahr", "zweimal im Jahr"), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "compare", str(old), str(new), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    pairs = {tuple(p["old"]): p for p in json.loads(out.stdout)["pairs"]}
    assert pairs[("2",)]["status"] == "unchanged"
    assert pairs[("3",)]["new"] == ["3"]
    assert pairs[("3",)]["status"] == "modified"
    assert [c["old_text"] for c in pairs[("3",)]["changes"]] == ["einmal"]
    cmp = compare(make_document(MIXED), make_document(MIXED))
    assert cmp.stats()["unchanged"] == 5  # preamble and four articles, each alone
