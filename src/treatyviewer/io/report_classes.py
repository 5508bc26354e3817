"""Change classes in the reports: the tag after a change, the counts, the legend.

Wording is the common case and goes untagged; every other class gets a short
tag after the change, and changes of form are drawn lighter, so a reader sees
substance first and still sees what changed only in form.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..core.change_classes import CLASSES, FORM
from .report_words import QT_TRANSLATE_NOOP, ReportWords

TAGS: dict[str, str] = {
    "figure": QT_TRANSLATE_NOOP("ReportWords", "figure"),
    "name-variant": QT_TRANSLATE_NOOP("ReportWords", "name"),
    "spelling": QT_TRANSLATE_NOOP("ReportWords", "spelling"),
    "case": QT_TRANSLATE_NOOP("ReportWords", "case"),
    "punctuation": QT_TRANSLATE_NOOP("ReportWords", "punct"),
    "whitespace": QT_TRANSLATE_NOOP("ReportWords", "spacing"),
    "reference": QT_TRANSLATE_NOOP("ReportWords", "ref"),
    "numbering": QT_TRANSLATE_NOOP("ReportWords", "num"),
}
"""The tag after a change of each class (in English, the tag of "figure" is its name)."""
CLASS_NAMES: dict[str, str] = {
    "wording": QT_TRANSLATE_NOOP("ReportWords", "wording"),
    "figure": QT_TRANSLATE_NOOP("ReportWords", "figures"),
    "name-variant": QT_TRANSLATE_NOOP("ReportWords", "name variants"),
    "spelling": QT_TRANSLATE_NOOP("ReportWords", "spelling"),
    "case": QT_TRANSLATE_NOOP("ReportWords", "case"),
    "punctuation": QT_TRANSLATE_NOOP("ReportWords", "punctuation"),
    "whitespace": QT_TRANSLATE_NOOP("ReportWords", "whitespace"),
    "reference": QT_TRANSLATE_NOOP("ReportWords", "references"),
    "numbering": QT_TRANSLATE_NOOP("ReportWords", "numbering"),
}
"""Each class as the reports' counts name it: the window's words ("figures", "name
variants"), not the identifiers of the JSON and CSV, which a reader never chose."""
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
FORM_ORDER = tuple(c for c in CLASSES if c in FORM)


def class_name(change_class: str) -> str:
    """A class as the reports name it ("figures"), in the report's language."""
    if change_class not in CLASS_NAMES:
        return change_class
    return ReportWords.tr(CLASS_NAMES[change_class])


def form_note() -> str:
    return ReportWords.tr(
        "A change of form (here a name variant) is drawn lighter than one of substance."
    )


def tag_legend() -> str:
    """'name = name variants, punct = punctuation, …; figure, spelling, case as named;
    no tag = wording.' in the report's language: what each tag after a change means."""
    named = ", ".join(f"{tag(c)} = {class_name(c)}" for c in CLASSES if c in TAGS and TAGS[c] != c)
    return named + ReportWords.tr("; figure, spelling, case as named; no tag = wording.")


def tag(change_class: str) -> str:
    """The tag printed after a change ('' for wording), in the report's language."""
    return ReportWords.tr(TAGS[change_class]) if change_class in TAGS else ""


def count_of(n: int, what: str) -> str:
    """'41 wording' (Russian and Turkish put the word first: 'формулировки: 41')."""
    return ReportWords.tr("{0} {1}", "a count and what it counts: 41 wording").format(n, what)


def class_count(n: int, change_class: str) -> str:
    """'figures 3', as the window's status bar counts a class (Russian and Turkish:
    'числа: 3'); ``count_of`` puts the count first, as '6 modified' reads."""
    what = class_name(change_class)
    said = ReportWords.tr("{0} {1}", "a change class and its count: figures 3")
    # the count never wraps away from its class ("numbering" ending a line, "0" the next)
    return said.replace(" ", "\u00a0").format(what, n)


def is_form(change_class: str) -> bool:
    return change_class in FORM


def counts_line(counts: Mapping[str, int]) -> str:
    """'wording 41, figures 3, punctuation 11' (classes with changes, in class order)."""
    parts = [class_count(counts[c], c) for c in CLASSES if counts.get(c)]
    return ", ".join(parts) if parts else ReportWords.tr("no word changes")


def shown_line(shown: frozenset[str], hidden: Mapping[str, int]) -> str:
    """What a filtered report leaves out, so the reader knows ('' when nothing is)."""
    if shown >= set(CLASSES):
        return ""
    kept = [class_name(c) for c in CLASSES if c in shown]
    total = sum(hidden.values())
    left_out = counts_line(hidden) if total else ReportWords.tr("none in these texts")
    return ReportWords.tr("Only changes of {0} are shown; left out: {1}.").format(
        ", ".join(kept), left_out
    )


def class_lines(counts: Mapping[str, int]) -> str:
    """'Substance: wording 41, figures 3. Form: name variants 0, …' (every class, zeros too)."""
    substance = ", ".join(class_count(counts.get(c, 0), c) for c in CLASSES if c not in FORM)
    form = ", ".join(class_count(counts.get(c, 0), c) for c in FORM_ORDER)
    return ReportWords.tr("Substance: {0}. Form: {1}.").format(substance, form)
