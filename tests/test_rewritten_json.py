"""The command line's JSON and text say which pairs were rewritten, as the window and
the reports do: the French Constitution's Articles 73 and 74, rewritten in 2003 under
their numbers, had been given as "modified" only, as Article 60 with one word changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyviewer.cli import run

PAIR = Path(__file__).resolve().parent / "real_pairs" / "fr-const"
TEXTS = (str(PAIR / "Constitution-1976-excerpt.md"), str(PAIR / "Constitution-2003-excerpt.md"))


def compared(capsys: pytest.CaptureFixture[str], form: str) -> str:
    assert run(["compare", *TEXTS, "--format", form]) == 0
    return capsys.readouterr().out


def test_json_flags_a_pair_rewritten_and_counts_them(capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(compared(capsys, "json"))
    flagged = {p["old"][0]: p["rewritten"] for p in data["pairs"]}
    assert flagged["73"] and flagged["74"]
    assert not any(flagged[a] for a in ("56", "60", "65", "68", "72"))  # 72: a third kept
    assert [p["status"] for p in data["pairs"] if p["rewritten"]] == ["modified"] * 2
    assert data["stats"]["rewritten"] == 2 and data["stats"]["modified"] == 6


def test_text_says_rewritten_beside_modified(capsys: pytest.CaptureFixture[str]) -> None:
    lines = compared(capsys, "text").splitlines()

    def line(label: str) -> str:
        return next(t for t in lines if t.split()[:3] == [label, "→", label])

    assert "modified, rewritten  similarity 0.03" in line("73")
    assert "rewritten" not in line("72")
    assert any(t.startswith("13 unchanged, 6 modified (2 rewritten), 0 moved") for t in lines)
