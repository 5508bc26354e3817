"""A unit that is a title alone, with nothing under it, is not paired across the text
at certainty by the words of its title.

An introduction listing what an edition adds ("- 2.1.4 Character Key Shortcuts (A)")
and a list of members ("- A. Name (Employer)") are titles with no text: each had been
paired far away, at certainty, with a unit of another name that shares two or three of
its words (the criterion of that title below; another member of the same employer).
Such a pair is offered for review; a line moved whole keeps its certainty."""

from __future__ import annotations

import random

import pytest

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document
from treatyviewer.core.segment_alike import segmented_alike

WORDS = [
    "quay",
    "slipway",
    "pier",
    "breakwater",
    "vessel",
    "crew",
    "master",
    "tide",
    "mooring",
    "buoy",
    "anchor",
    "chain",
    "lantern",
    "flag",
    "signal",
    "berth",
    "dock",
    "crane",
    "cargo",
    "toll",
    "ledger",
    "permit",
    "licence",
    "season",
    "winter",
    "storm",
    "fog",
    "channel",
    "rope",
    "fender",
    "hull",
    "keel",
    "mast",
    "sail",
    "engine",
    "fuel",
    "barrel",
    "net",
    "catch",
    "ferry",
]


def _sections(rng: random.Random) -> list[tuple[str, str]]:
    """Titled sections of a harbour's rules, each a title over three sentences."""
    out: dict[str, str] = {}
    for a, b in zip(rng.sample(WORDS, 24), rng.sample(WORDS, 24), strict=True):
        if a != b:
            out[f"{a.capitalize()} and {b.capitalize()}"] = " ".join(
                f"The {rng.choice(WORDS)} of each {rng.choice(WORDS)} is kept by the "
                f"{rng.choice(WORDS)} near the {rng.choice(WORDS)}."
                for _ in range(3)
            )
    return list(out.items())


def _text(sections: list[tuple[str, str]]) -> str:
    out = [
        "Harbour Rules",
        "",
        "These rules say how the harbour is run and who may moor in it.",
        "",
    ]
    for title, body in sections:
        out += [title, ""] + ([body, ""] if body else [])
    return "\n".join(out)


@pytest.mark.parametrize("seed", [1, 2])
def test_a_lone_title_paired_far_off_by_its_words_is_offered_for_review(seed: int) -> None:
    sections = _sections(random.Random(seed))
    old = [*sections[:4], ("Lighthouse Keepers", ""), *sections[4:]]
    duties = (
        "Lighthouse keepers trim the lamp at dusk and write the hours of the light "
        "in the lighthouse log."
    )
    new = [*sections, ("Duties of Lighthouse Keepers", duties)]
    o, n = segmented_alike(make_document(_text(old)), make_document(_text(new)))
    alignment = align(o, n)
    lone = next(i for i, s in enumerate(o.segments) if o.body(s).strip() == "Lighthouse Keepers")
    link = next(lk for lk in alignment.links if lone in lk.old)
    assert link.confidence < 0.9
    # every other section, moved up by one place, keeps its certainty
    others = [lk for lk in alignment.links if lone not in lk.old]
    assert len(others) > 2 * len(sections) and all(lk.confidence >= 0.99 for lk in others)
