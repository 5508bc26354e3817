"""Beside similarity, each pair gives the share of the older article's words the newer
one keeps: the 1920 draft's Article 1 stands word for word in the 1921 treaty's Article
I, which only adds three paragraphs, and read "similarity 0.26" alone, as if largely
rewritten."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from treatyviewer.cli import load, run
from treatyviewer.core.article_pair import ArticlePair, kept_share
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.resources import load_bundled

FR = Path(__file__).resolve().parent / "real_pairs" / "fr-const"


def pair_of(cmp: Comparison, old: str) -> ArticlePair:
    return next(p for p in cmp.pairs if cmp.label_of("old", p.old) == [old])


def test_an_article_kept_whole_under_new_paragraphs_is_kept_though_little_similar() -> None:
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    pair = pair_of(cmp, "1")
    assert cmp.label_of("new", pair.new) == ["I"]
    assert pair.similarity < 0.3 and pair.words_inserted > 100
    assert pair.kept >= 0.95 and pair.shown_kept == 1.0


def test_a_rewritten_pair_keeps_little_of_its_wording() -> None:
    cmp = compare(
        load(str(FR / "Constitution-1976-excerpt.md")),
        load(str(FR / "Constitution-2003-excerpt.md")),
    )
    for label in ("73", "74"):
        pair = pair_of(cmp, label)
        assert pair.rewritten and pair.kept < 0.3, (label, pair.kept)
    assert pair_of(cmp, "56").kept == 1.0  # unchanged


def test_the_share_kept_counts_the_older_words_deleted() -> None:
    assert kept_share(0, 40) == 1.0
    assert kept_share(10, 40) == 0.75
    assert kept_share(40, 40) == 0.0
    assert kept_share(0, 0) == 1.0  # nothing to lose


def test_the_json_gives_kept_on_every_pair(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["compare", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema"] == "treatyviewer.comparison/2"
    assert all(0 <= p["kept"] <= 1 for p in data["pairs"])
    pair = next(p for p in data["pairs"] if p["old"] == ["1"])
    assert pair["new"] == ["I"] and pair["kept"] >= 0.95 and pair["similarity"] < 0.3


def test_the_text_output_says_kept_beside_similarity(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["compare", "--format", "text"]) == 0
    lines = capsys.readouterr().out.splitlines()
    line = next(t for t in lines if t.split()[:3] == ["1", "→", "I"])
    assert "similarity 0.26  kept 1.00  changes 1" in line
