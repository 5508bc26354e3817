"""How the window names a part of a treaty, in the interface language.

``Segment.display_name`` in core is English ("Art. IV"); everything the window
shows (headings, placeholders, tooltips, undo texts, the notes and entity
tables) goes through here instead, so a Russian or Turkish interface reads
"Ст. IV" or "Md. IV" throughout.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ...core.document import Document, Segment, SegmentKind, shown_label
from ...core.provisions import names_itself
from ...core.resources import is_bundled_id


def tr(text: str) -> str:
    return QCoreApplication.translate("names", text)


def unnumbered_names() -> dict[str, str]:
    """The unnumbered parts by label, as the panes name them ("Giriş" in Turkish)."""
    return {"preamble": tr("Preamble"), "closing": tr("Closing"), "title": tr("Title")}


def segment_name(seg: Segment) -> str:
    """ "Art. IV", "Preamble", "Annex 1 (C)", translated."""
    generic = seg.kind is SegmentKind.ANNEX and seg.term == "Annex"  # said in the reader's tongue
    if (seg.term and not generic) or seg.named_as_printed:  # "§ 4", "Protocol 1", "第一条"
        return seg.display_name()
    label = shown_label(seg.label)
    if seg.kind is SegmentKind.ARTICLE:
        return tr("Art. {0}").format(label)
    if seg.kind is SegmentKind.ANNEX:
        return _annex_name(label)
    if seg.kind is SegmentKind.PREAMBLE:
        return tr("Title") if seg.label == "title" else tr("Preamble")
    if seg.kind is SegmentKind.CLOSING:
        return tr("Closing")
    return label


def _annex_name(label: str) -> str:
    """ "Annex 1", or a unit's own name when its label says what it is ("Protocol")."""
    if names_itself(label):
        return label.capitalize() if label.isupper() else label
    return tr("Annex {0}").format(label.removeprefix("Annex").strip())


def reference(seg: Segment) -> str:
    """The short form the concordance uses: the bare label, annexes named as such."""
    if seg.kind is SegmentKind.ANNEX:
        return segment_name(seg)
    if seg.kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING):
        return segment_name(seg).lower()
    if seg.named_as_printed:
        return seg.display_name()
    return shown_label(seg.label)


def label_name(label: str, doc: Document | None = None) -> str:
    """A recorded label named as a reader says it, looked up in ``doc`` when given."""
    if doc is not None:
        for seg in doc.segments:
            if seg.label == label:
                return segment_name(seg)
    if label == "preamble":
        return tr("Preamble")
    if label == "closing":
        return tr("Closing")
    if label.startswith("Annex") or names_itself(label):
        return _annex_name(label)
    return tr("Art. {0}").format(label)


def related_text(kind: str, labels: tuple[str, ...]) -> str:
    """ "its matter went to I, II, III, XV" for a removed article (came from, for an added one)."""
    if not labels:
        return ""
    if kind == "removed":
        return tr("its matter went to {0}").format(", ".join(labels))
    return tr("its matter came from {0}").format(", ".join(labels))


def label_names(labels: Iterable[str], doc: Document | None = None) -> str:
    """ "Art. 4 + Art. 5" for a split or merged side."""
    return " + ".join(label_name(label, doc) for label in labels)


def about_entity(description: str, docs: Iterable[Document | None]) -> str:
    """A gazetteer description as the texts open call for: it is written about the
    bundled treaties ("left to Georgia by Art. II"), so beside other texts it says so,
    lest the reader take its articles for theirs."""
    if not description or any(d is not None and is_bundled_id(d.source) for d in docs):
        return description
    return tr("In the bundled treaties of 1920–1921: {0}").format(description)
