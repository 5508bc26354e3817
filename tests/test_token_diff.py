"""The compiled diff-match-patch gives exactly Google's results; a pair never hangs."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_textdiff import apply
from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.textdiff import DiffOptions, diff_words
from treatyviewer.core.token_diff import ANCHOR_MIN_TOKENS, COMPILED, common_prefix, common_suffix

needs_compiled = pytest.mark.skipif(
    not COMPILED, reason="fast-diff-match-patch has no wheel for this platform"
)
VOCABULARY = ["Kars", "Ardahan", "Batum", "the", "shall", "frontier", ",", ".", "Карс", "и", "42",
              "Aras", "treaty", "parties", "Nakhichevan", "IV", "1921", "—", "Boğazlar"]  # fmt: skip
passages = st.lists(st.sampled_from(VOCABULARY), max_size=300).map(" ".join)


def _same(old: str, new: str, options: DiffOptions) -> None:
    fast = diff_words(old, new, options, budget=60)
    python = diff_words(old, new, options, budget=60, compiled=False)
    assert fast == python
    assert not fast.coarse


@needs_compiled
@settings(max_examples=150, deadline=None)
@given(passages, passages, st.booleans(), st.booleans())
def test_compiled_and_python_diffs_are_identical(
    old: str, new: str, ignore_case: bool, keep_space: bool
) -> None:
    _same(old, new, DiffOptions(ignore_case=ignore_case, ignore_whitespace=not keep_space))


def _edited(rng: random.Random, words: list[str], edits: int) -> list[str]:
    out = list(words)
    for _ in range(edits):
        at = rng.randrange(len(out))
        roll = rng.random()
        if roll < 0.4:
            out[at] = rng.choice(VOCABULARY)
        elif roll < 0.7:
            out.insert(at, f"w{rng.randrange(10_000)}")
        else:
            del out[at]
    return out


@needs_compiled
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_long_passages_cut_at_anchors_are_identical_too(seed: int) -> None:
    rng = random.Random(seed)
    # Distinct words make anchors; the common ones make the gaps between them hard.
    words = [rng.choice([*VOCABULARY, f"u{k}"]) for k in range(ANCHOR_MIN_TOKENS + 800)]
    old, new = " ".join(words), " ".join(_edited(rng, words, 150))
    _same(old, new, DiffOptions())


def test_spent_budget_gives_a_coarse_but_correct_diff() -> None:
    rng = random.Random(5)
    words = [rng.choice(VOCABULARY) for _ in range(ANCHOR_MIN_TOKENS + 500)]
    old, new = " ".join(words), " ".join(_edited(rng, words, 200))
    result = diff_words(old, new, budget=0)
    assert result.coarse
    assert apply(old, new, result.changes) == new  # coarse, never wrong
    assert not diff_words(old, new).coarse


def test_a_coarse_pair_is_labelled_in_the_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = load_bundled("draft-1920"), load_bundled("moscow-1921")
    assert not any(p["coarse"] for p in compare(old, new).to_json()["pairs"])
    monkeypatch.setattr("treatyviewer.core.textdiff.PAIR_BUDGET", 0.0)
    pairs = compare(old, new).to_json()["pairs"]
    modified = [p for p in pairs if p["status"] != "unchanged"]
    assert modified and all(p["coarse"] for p in modified)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab第条 12", max_size=12), st.text(alphabet="ab第条 12", max_size=12))
def test_shared_ends_found_by_halving_are_those_read_character_by_character(a: str, b: str) -> None:
    """The classifier asks every change for the ends its two texts share (a Chinese
    or Korean citation changes inside a run of characters): found by halving, they
    are the ends a reading character by character finds."""
    head = next(
        (k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(min(a, b, key=len))
    )
    rest_a, rest_b = a[head:][::-1], b[head:][::-1]
    tail = next(
        (k for k, (x, y) in enumerate(zip(rest_a, rest_b, strict=False)) if x != y),
        min(len(rest_a), len(rest_b)),
    )
    assert common_prefix(a, b) == head
    assert common_suffix(a[head:], b[head:]) == tail
