"""The runs of words two articles share in order, found the same way however unequal
their lengths (a text without line breaks is one article of a million words, read
against every short article of the other text)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from treatyviewer.core.align_unpaired import BAND, BAND_WORDS, RUN, Reading, banded_runs


def _every_step(a: Reading, b: Reading) -> list[tuple[int, int, int]]:
    """The definition: every word pair of ``a`` looked up in ``b`` in turn."""
    wa, wb = a.words, b.words
    la, lb = len(wa), len(wb)
    width, scale = min(BAND * lb, BAND_WORDS), lb / max(1, la)
    runs = []
    for i, step in enumerate(a.steps):
        found = b.places.get(step, [])
        for j in found[
            bisect_left(found, i * scale - width) : bisect_right(found, i * scale + width)
        ]:
            if i and j and wa[i - 1] == wb[j - 1]:
                continue
            k = RUN
            while i + k < la and j + k < lb and wa[i + k] == wb[j + k]:
                k += 1
            runs.append((i, j, k))
    return runs


words = st.lists(
    max_size=300,
    elements=st.sampled_from(
        ["of", "the", "parties", "agree", "kars", "batum", "ardahan", "frontier"]
    ),
)


@settings(max_examples=60, deadline=None)
@given(long=words.filter(lambda w: len(w) > 40), short=words)
def test_a_long_article_against_a_short_one_gives_the_runs_of_the_definition(long, short) -> None:
    for a, b in ((long, short), (short, long), (long * 3 + short, short)):
        assert banded_runs(Reading(a), Reading(b)) == _every_step(Reading(a), Reading(b))


def test_the_runs_of_a_short_paragraph_inside_a_long_text_are_found() -> None:
    filler = [f"w{n}" for n in range(3000)]
    paragraph = ["the", "parties", "agree", "to", "return", "kars"]
    long = filler[:20] + paragraph + filler[20:]
    assert banded_runs(Reading(long), Reading(paragraph)) == [(20, 0, 6)]
    assert banded_runs(Reading(paragraph), Reading(long)) == [(0, 20, 6)]
    elsewhere = filler[:2000] + paragraph + filler[2000:]  # far from where it stood
    assert banded_runs(Reading(elsewhere), Reading(paragraph)) == []
