"""How the window names a part of a treaty, in the interface language.

``Segment.display_name`` in core is English ("Art. IV"); everything the window
shows (headings, placeholders, tooltips, undo texts, the notes and entity
tables) goes through here instead, so a Russian or Turkish interface reads
"Ст. IV" or "Md. IV" throughout.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from ...core import part_names
from ...core.document import Document, Segment
from ...core.provisions import names_itself
from ...core.resources import is_bundled_id


def tr(text: str) -> str:
    return QCoreApplication.translate("names", text)


def unnumbered_names() -> dict[str, str]:
    """The unnumbered parts by label, as the panes name them ("Giriş" in Turkish)."""
    return {"preamble": tr("Preamble"), "closing": tr("Closing"), "title": tr("Title")}


def _word(english: str) -> str:
    """The window's word for one of ``core.part_names``' English ones (each said here
    so that the catalogue has it)."""
    match english:
        case "Art. {0}":
            return tr("Art. {0}")
        case "Annex {0}":
            return tr("Annex {0}")
        case "Preamble":
            return tr("Preamble")
        case "Title":
            return tr("Title")
        case "Closing":
            return tr("Closing")
    return tr(english)


def segment_name(seg: Segment) -> str:
    """ "Art. IV", "Preamble", "Annex 1 (C)", translated."""
    return part_names.segment_name(seg, _word)


def reference(seg: Segment) -> str:
    """The short form the concordance uses: the bare label, annexes named as such."""
    return part_names.reference(seg, _word)


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
        return part_names.annex_name(label, _word)
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
