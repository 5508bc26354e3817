"""The map's own words (legend, captions, confidence), for the PDF's map page, the
HTML report's map and the ``map`` command's SVG, in the language of the installed
catalogue (``ReportWords``); the Map dock says the same with its own ``tr``.

They are kept here once: the ``map`` command installs the catalogue of its ``--lang``
and reads them from here, as the reports do.
"""

from __future__ import annotations

from .report_words import QT_TRANSLATE_NOOP, ReportWords

WORDS = {
    "title": QT_TRANSLATE_NOOP("ReportWords", "Map of the places the texts name"),
    "legend": QT_TRANSLATE_NOOP("ReportWords", "Legend"),
    "both": QT_TRANSLATE_NOOP("ReportWords", "named in both texts"),
    "one": QT_TRANSLATE_NOOP("ReportWords", "named in the text"),
    "old": QT_TRANSLATE_NOOP("ReportWords", "only in the older text"),
    "new": QT_TRANSLATE_NOOP("ReportWords", "only in the newer text"),
    "confidence": QT_TRANSLATE_NOOP("ReportWords", "confidence: {0}"),
    "keyed": QT_TRANSLATE_NOOP("ReportWords", "Numbered on the map"),
    "unnamed": QT_TRANSLATE_NOOP("ReportWords", "Too close to name on the map"),
    "unlocated": QT_TRANSLATE_NOOP("ReportWords", "Named, not on the map"),
    "base": QT_TRANSLATE_NOOP("ReportWords", "Base map"),
    "art": QT_TRANSLATE_NOOP("ReportWords", "Art."),
}
"""The words by the key the drawing code knows them by (``map_svg.render_svg``'s
``labels``)."""

CONFIDENCE = {
    "high": QT_TRANSLATE_NOOP("ReportWords", "high"),
    "medium": QT_TRANSLATE_NOOP("ReportWords", "medium"),
    "low": QT_TRANSLATE_NOOP("ReportWords", "low"),
}
"""How sure we are of a line or area we drew (the treaty features' ``confidence``)."""


ENGLISH = {**WORDS, **CONFIDENCE}
"""Every word by its key, as written here (English)."""


def map_words() -> dict[str, str]:
    """Every word of ``WORDS`` and ``CONFIDENCE`` in the report's language."""
    return {key: ReportWords.tr(text) for key, text in ENGLISH.items()}


def confidence_word(confidence: str) -> str:
    """ "medium" in the report's language; a grade we do not know as written."""
    word = CONFIDENCE.get(confidence)
    return ReportWords.tr(word) if word else confidence
