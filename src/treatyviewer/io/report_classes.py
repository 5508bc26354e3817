"""Change classes in the reports: the tag after a change, the counts, the legend.

Wording is the common case and goes untagged; every other class gets a short
tag after the change, and changes of form are drawn lighter, so a reader sees
substance first and still sees what changed only in form.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..core.change_classes import CLASSES, FORM

TAGS: dict[str, str] = {
    "figure": "figure",
    "name-variant": "name",
    "spelling": "spelling",
    "case": "case",
    "punctuation": "punct",
    "whitespace": "spacing",
    "reference": "ref",
    "numbering": "num",
}
MEANINGS: dict[str, str] = {
    "wording": "words of substance added, removed or replaced (no tag)",
    "figure": "numbers, dates, amounts, periods",
    "name-variant": "another spelling of the same place or person",
    "spelling": "the same word in another orthography",
    "case": "capital or small letters only",
    "punctuation": "punctuation only",
    "whitespace": "spacing only",
    "reference": "a cross-reference that follows the renumbering",
    "numbering": "a paragraph's or point's own number",
}
FORM_NOTE = "A change of form (here a name variant) is drawn lighter than one of substance."
FORM_ORDER = tuple(c for c in CLASSES if c in FORM)
TAG_LEGEND = (
    ", ".join(f"{TAGS[c]} = {c}" for c in CLASSES if c in TAGS and TAGS[c] != c)
    + "; figure, spelling, case as named; no tag = wording."
)


def tag(change_class: str) -> str:
    """The tag printed after a change ('' for wording)."""
    return TAGS.get(change_class, "")


def is_form(change_class: str) -> bool:
    return change_class in FORM


def counts_line(counts: Mapping[str, int]) -> str:
    """'41 wording, 3 figure, 11 punctuation' (classes with changes, in class order)."""
    parts = [f"{counts[c]} {c}" for c in CLASSES if counts.get(c)]
    return ", ".join(parts) if parts else "no word changes"


def shown_line(shown: frozenset[str], hidden: Mapping[str, int]) -> str:
    """What a filtered report leaves out, so the reader knows ('' when nothing is)."""
    if shown >= set(CLASSES):
        return ""
    kept = [c for c in CLASSES if c in shown]
    total = sum(hidden.values())
    left_out = counts_line(hidden) if total else "none in these texts"
    return f"Only {', '.join(kept)} changes are shown; left out: {left_out}."


def class_lines(counts: Mapping[str, int]) -> str:
    """'Substance: 41 wording, 3 figure. Form: 0 name-variant, …' (every class, zeros too)."""
    substance = ", ".join(f"{counts.get(c, 0)} {c}" for c in CLASSES if c not in FORM)
    form = ", ".join(f"{counts.get(c, 0)} {c}" for c in FORM_ORDER)
    return f"Substance: {substance}. Form: {form}."
