"""How a report names a part of a treaty, in the report's language.

``Segment.display_name`` in core is English ("Art. IV", "Preamble"); the window names
parts in its own language (``ui.common.names``), and the reports, which may not import
the window, name them here the same way: a Russian report reads "Ст. IV" and
"Преамбула", a Turkish one "Md. IV" and "Giriş". A name the text prints itself ("§ 4",
"Protocol 1", "第一条") is the text's own and stays as printed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.document import Document, Segment, SegmentKind, shown_label
from ..core.own_name import pair_title
from ..core.provisions import names_itself
from .report_words import QT_TRANSLATE_NOOP, ReportWords


def segment_name(seg: Segment) -> str:
    """ "Art. IV", "Preamble", "Annex 1", in the report's language."""
    generic = seg.kind is SegmentKind.ANNEX and seg.term == "Annex"
    printed = seg.display_name()
    if (seg.term and not generic) or seg.named_as_printed:
        return printed
    if seg.kind is SegmentKind.ARTICLE:
        if printed != f"Art. {shown_label(seg.label)}":  # a heading over a range, "3."
            return printed
        return ReportWords.tr("Art. {0}").format(shown_label(seg.label))
    if seg.kind is SegmentKind.ANNEX:
        return annex_name(shown_label(seg.label))
    if seg.kind is SegmentKind.PREAMBLE:
        return ReportWords.tr("Title") if seg.label == "title" else ReportWords.tr("Preamble")
    if seg.kind is SegmentKind.CLOSING:
        return ReportWords.tr("Closing")
    return printed


def annex_name(label: str) -> str:
    """ "Annex 1" (for the label "1" or "Annex 1"), or a unit's own name when its label
    says what it is ("Protocol")."""
    numbered = _ANNEX_LABEL.fullmatch(label)
    if numbered:
        return ReportWords.tr("Annex {0}").format(numbered.group(1))
    if names_itself(label):
        return label.capitalize() if label.isupper() else label
    return ReportWords.tr("Annex {0}").format(label)


_ANNEX_LABEL = re.compile(r"Annex\s+(\S.*)")


def reference(seg: Segment) -> str:
    """A part as the concordance lists it: the bare label ("IV"), the unnumbered parts
    and annexes named ("preamble", "Annex 1"), as the window's concordance has them."""
    if seg.named_as_printed:
        return seg.display_name()
    if seg.kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING):
        return lower(segment_name(seg))
    if seg.kind is SegmentKind.ANNEX:
        return segment_name(seg)
    return seg.reference


def lower(name: str) -> str:
    """A name in small letters as the report's language writes them ("giriş")."""
    from .report_words import report_locale

    return report_locale().toLower(name)


def report_pair_title(old: Document, new: Document, olds: Sequence[int],
                      news: Sequence[int]) -> str:  # fmt: skip
    """A pair's name in a report ("Art. 4 → Art. V") in the report's language."""
    return pair_title(old, new, olds, news, segment_name)


KINDS = {
    "party": QT_TRANSLATE_NOOP("ReportWords", "party"),
    "state": QT_TRANSLATE_NOOP("ReportWords", "state"),
    "person": QT_TRANSLATE_NOOP("ReportWords", "person"),
    "territory": QT_TRANSLATE_NOOP("ReportWords", "territory"),
    "town": QT_TRANSLATE_NOOP("ReportWords", "town"),
    "river": QT_TRANSLATE_NOOP("ReportWords", "river"),
    "mountain": QT_TRANSLATE_NOOP("ReportWords", "mountain"),
    "sea": QT_TRANSLATE_NOOP("ReportWords", "sea"),
    "strait": QT_TRANSLATE_NOOP("ReportWords", "strait"),
    "concept": QT_TRANSLATE_NOOP("ReportWords", "concept"),
}
"""A gazetteer entity's kind as the index of parties and places says it."""


def kind_name(kind: str) -> str:
    """An entity's kind ("town") in the report's language; a kind we do not know as
    the gazetteer writes it."""
    word = KINDS.get(kind)
    return ReportWords.tr(word) if word else kind
