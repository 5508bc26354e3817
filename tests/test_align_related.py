"""Related articles: an unpaired article names the articles of the other text that
took up its matter, and only those, by the wording specific to it (phrases,
names, figures), not by the formulas every article of a treaty repeats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alignment_score import related_named
from synthetic import family_pair
from treatyviewer.core.comparison import Comparison, compare, comparison_json
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document

HERE = Path(__file__).parent / "related_pairs"


def _related(cmp: Comparison) -> dict[tuple[str, str], list[str]]:
    found = {}
    for side, other, related in (
        ("old", cmp.new, cmp.related_old),
        ("new", cmp.old, cmp.related_new),
    ):
        doc = cmp.old if side == "old" else cmp.new
        for k, items in related.items():
            found[(side, doc.segments[k].label)] = [other.segments[r.index].label for r in items]
    return found


def test_draft_article_4_is_related_where_its_matter_went_not_by_shared_formulas() -> None:
    """The editors' notes: its matter went to the frontier of Article I and to
    Articles II, III and XV. Article VIII shares only common words with it
    (Russia, Turkish, territory, part of, under whose/whose aim)."""
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    related = _related(cmp)[("old", "4")]
    assert related[0] == "I"  # "territories included in the Turkish National Pact"
    assert "VIII" not in related
    assert set(related) <= {"I", "II", "III", "XV"}
    # The JSON carries them with their scores: the share of the article's specific
    # wording each holds, best first.
    data = comparison_json(cmp)
    four = next(s for s in data["old"]["segments"] if s["label"] == "4")
    assert [r["label"] for r in four["related"]] == related
    scores = [r["score"] for r in four["related"]]
    assert all(0 < s < 0.5 for s in scores) and scores == sorted(scores, reverse=True)
    # Beside them, what the texts' notes name, both ways (the window shows these).
    assert four["noted"] == ["I", "II", "III", "XV"]
    two = next(s for s in data["new"]["segments"] if s["label"] == "II")
    assert two["noted"] == ["4"]


def test_a_short_licence_drafted_afresh_names_where_its_sections_went() -> None:
    """CC BY 3.0 → 4.0: eleven sections a side, too few pairs to fit the tail of
    unrelated standings, had named nothing related, though the grant (3.0 § 3) is
    4.0's § 2 reworded and the restrictions (§ 4) its conditions (§ 3)."""
    folder = Path(__file__).parent / "real_pairs" / "cc-by"
    cmp = compare(read_document(folder / "CC-BY-3.0.txt"), read_document(folder / "CC-BY-4.0.txt"))
    related = _related(cmp)
    assert related[("old", "3")] == ["2"] and related[("old", "4")] == ["3"]
    assert related[("new", "2")] == ["3"] and related[("new", "3")] == ["4"]
    # Nothing else is named: the other unpaired sections share only formulas.
    assert {key for key, found in related.items() if found} == {
        ("old", "3"), ("old", "4"), ("new", "2"), ("new", "3"),
    }  # fmt: skip


def test_a_relation_found_from_either_side_is_shown_from_both() -> None:
    """CC BY-SA 3.0 → 4.0: 4.0's License Conditions (§ 3) stand out against 3.0's
    Restrictions (§ 4), while § 4, weighed against longer sections, had named nothing:
    the reader saw "related: 4" on one side and nothing on the other."""
    cmp = compare(
        read_document(HERE / "cc-by-sa-3.0.txt"), read_document(HERE / "cc-by-sa-4.0.txt")
    )
    related = _related(cmp)
    assert related[("new", "3")] == ["4"] and related[("old", "4")] == ["3"]
    assert related[("new", "2")] == ["3"] and related[("old", "3")] == ["2"]
    for (side, label), found in related.items():
        other = "new" if side == "old" else "old"
        for name in found:
            assert label in related.get((other, name), []), (side, label, name)


def test_a_removed_article_shared_out_between_two_articles_names_both() -> None:
    """Old Art. 2 (a frontier commission) is struck out; its pillars go to new Art. 3
    and its commission at Alexandropol to new Art. 7, both far from its place.
    New Art. 6 (schools) is new matter written in the same formulas as the rest."""
    old = read_document(HERE / "commission-old.txt")
    new = read_document(HERE / "commission-new.txt")
    cmp = compare(old, new)
    assert [old.segments[i].label for i in cmp.removed] == ["2"]
    assert [new.segments[j].label for j in cmp.added] == ["6"]
    related = _related(cmp)
    assert sorted(related[("old", "2")]) == ["3", "7"]
    assert related[("old", "2")][0] == "7"  # it holds more of Art. 2
    assert ("new", "6") not in related


@pytest.mark.parametrize("family", ["short", "formulaic", "french"])
def test_formula_built_unrelated_articles_are_not_named_related(family: str) -> None:
    """The generator's added articles are new and its removed ones dropped: nothing
    took up their matter, though they share most of their words with every other
    article. A related article may only be the counterpart the aligner missed."""
    pair = family_pair(family, 300, 101)
    cmp = compare(make_document(pair.old_text), make_document(pair.new_text))
    assert len(cmp.added) + len(cmp.removed) >= 20
    _, wrong = related_named(pair, cmp)
    assert wrong == []


def test_related_articles_are_the_same_under_any_string_hash() -> None:
    """Set order follows the per-process string hash: the related articles and their
    scores must not."""
    script = (
        "import json, sys; from treatyviewer.core.comparison import compare, comparison_json; "
        "from treatyviewer.io.readers import read_document as r; "
        "d = comparison_json(compare(r(sys.argv[1]), r(sys.argv[2]))); "
        "print(json.dumps([s.get('related') for s in d['old']['segments'] + d['new']['segments']]))"
    )
    args = [
        sys.executable,
        "-c",
        script,
        str(HERE / "commission-old.txt"),
        str(HERE / "commission-new.txt"),
    ]
    outs = {
        subprocess.run(
            args,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outs) == 1


def test_related_articles_do_not_change_with_the_hash_seed() -> None:
    """The Swiss ordinance's new Art. 7b was related to old Art. 20 under one hash seed
    and to nothing under another: the articles holding most of its rarest wording were
    taken from a count whose ties fell in the order of a set of words."""
    import os

    folder = Path(__file__).parent / "real_pairs" / "ch-rvov"
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, TREATYVIEWER_HELPERS="0")
        run = subprocess.run(
            [sys.executable, "-m", "treatyviewer", "compare", str(folder / "RVOV-2010.md"),
             str(folder / "RVOV-2019.md"), "--format", "json"],
            capture_output=True, text=True, env=env, check=True,
        )  # fmt: skip
        outputs.add(run.stdout)
    assert len(outputs) == 1
