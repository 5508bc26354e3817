"""How a report names a part of a treaty, in the report's language.

``Segment.display_name`` in core is English ("Art. IV", "Preamble"); the window names
parts in its own language (``ui.common.names``), and the reports, which may not import
the window, name them here the same way: a Russian report reads "Ст. IV" and
"Преамбула", a Turkish one "Md. IV" and "Giriş". A name the text prints itself ("§ 4",
"Protocol 1", "第一条") is the text's own and stays as printed.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core import part_names
from ..core.document import Document, Segment, SegmentKind
from ..core.own_name import pair_title
from .report_words import QT_TRANSLATE_NOOP, ReportWords

_WORDS = (
    QT_TRANSLATE_NOOP("ReportWords", "Art. {0}"),
    QT_TRANSLATE_NOOP("ReportWords", "Annex {0}"),
    QT_TRANSLATE_NOOP("ReportWords", "Preamble"),
    QT_TRANSLATE_NOOP("ReportWords", "Title"),
    QT_TRANSLATE_NOOP("ReportWords", "Closing"),
)
"""The words of ``core.part_names`` in the report's catalogue."""


def segment_name(seg: Segment) -> str:
    """ "Art. IV", "Preamble", "Annex 1", in the report's language."""
    return part_names.segment_name(seg, ReportWords.tr)


def reference(seg: Segment) -> str:
    """A part as the concordance lists it ("IV", "preamble", "Annex 1")."""
    return part_names.reference(seg, ReportWords.tr, lower)


def related_name(seg: Segment) -> str:
    """A part named in a line on where an unpaired article's matter went: an article by
    its label as the concordance lists it ("IV"), any other part as its heading in the
    report names it ("Preamble", "Annex 1"). The bare label of an untitled opening had
    read "shares wording with preamble of the older text", in English in every report."""
    if seg.kind is SegmentKind.ARTICLE or seg.named_as_printed:
        return reference(seg)
    return segment_name(seg)


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
