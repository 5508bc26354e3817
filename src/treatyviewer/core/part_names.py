"""How a part of a treaty is named for a reader, in the reader's language.

``Segment.display_name`` is English ("Art. IV", "Preamble"). The window and the
reports name parts the same way in the reader's language; each hands these rules its
own translator (the window's catalogue, or the report's), which is all they differ
in. A name the text prints itself ("§ 4", "Protocol 1", "第一条", a heading over a
range of articles) is the text's own and stays as printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .document import RANGE_HEADING_RE, Segment, SegmentKind, shown_label
from .provisions import names_itself

Translate = Callable[[str], str]
"""Gives the reader's words for an English one ("Art. {0}", "Annex {0}", "Preamble",
"Title", "Closing")."""

WORDS = ("Art. {0}", "Annex {0}", "Preamble", "Title", "Closing")
"""Every word these rules ask a translator for."""


def segment_name(seg: Segment, tr: Translate) -> str:
    """ "Art. IV", "Preamble", "Annex 1 (C)", in the reader's language."""
    generic = seg.kind is SegmentKind.ANNEX and seg.term == "Annex"  # said in the reader's tongue
    printed = seg.display_name()
    if (seg.term and not generic) or seg.named_as_printed:
        return printed
    label = shown_label(seg.label)
    if seg.kind is SegmentKind.ARTICLE:
        if printed != f"Art. {label}":  # one heading over a range ("Article 2–3")
            return _range_name(seg, tr) or printed
        return tr("Art. {0}").format(label)
    if seg.kind is SegmentKind.ANNEX:
        return annex_name(label, tr)
    if seg.kind is SegmentKind.PREAMBLE:
        return tr("Title") if seg.label == "title" else tr("Preamble")
    if seg.kind is SegmentKind.CLOSING:
        return tr("Closing")
    return printed


def _range_name(seg: Segment, tr: Translate) -> str | None:
    """One heading over a range of articles in the reader's words ("Ст. 2–3", "Ст. 2,
    3" for "Articles 2 and 3"): the window had named it by its first number alone."""
    found = RANGE_HEADING_RE.search(seg.heading)
    if found is None:
        return None
    joined = ", " if (found["word"] or "").casefold() in ("and", "und") else "–"
    return tr("Art. {0}").format(f"{found['first']}{joined}{found['to']}")


def annex_name(label: str, tr: Translate) -> str:
    """ "Annex 1" (for the label "1" or "Annex 1"), or a unit's own name when its label
    says what it is ("Protocol")."""
    numbered = _ANNEX_LABEL.fullmatch(label)
    if numbered:
        return tr("Annex {0}").format(numbered.group(1))
    if names_itself(label):
        return label.capitalize() if label.isupper() else label
    return tr("Annex {0}").format(label)


_ANNEX_LABEL = re.compile(r"Annex\s+(\S.*)")


def reference(seg: Segment, tr: Translate, lower: Callable[[str], str] = str.lower) -> str:
    """A part as the concordance lists it: the bare label ("IV"), the unnumbered parts
    and annexes named ("preamble", "Annex 1"); ``lower`` writes small letters as the
    reader's language does ("giriş")."""
    if seg.named_as_printed:
        return seg.display_name()
    if seg.kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING):
        return lower(segment_name(seg, tr))
    if seg.kind is SegmentKind.ANNEX:
        return segment_name(seg, tr)
    return shown_label(seg.label)
