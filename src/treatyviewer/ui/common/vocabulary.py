"""Words and numbers the interface shows for core values, in the interface language.

Core names statuses with plain English identifiers ("modified", "renumbered"); the
views show them through ``status_text`` so that badges, the concordance table and
the status bar use one translation. Numbers go through the default ``QLocale`` that
``i18n.install`` sets, so Russian shows "85 %" and Turkish "%85".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...core.article_pair import ArticlePair, whole_percent
from ...core.attested_numbers import conjectured_sides, move_conjectured
from ...core.comparison import Comparison
from ...core.document import short_title
from ...io.report_words import percent_text
from .translatable import QT_TRANSLATE_NOOP

STATUS_WORDS = {
    "unchanged": QT_TRANSLATE_NOOP("status", "unchanged"),
    "modified": QT_TRANSLATE_NOOP("status", "modified"),
    "moved": QT_TRANSLATE_NOOP("status", "moved"),
    "renumbered": QT_TRANSLATE_NOOP("status", "renumbered"),
    "split": QT_TRANSLATE_NOOP("status", "split"),
    "merged": QT_TRANSLATE_NOOP("status", "merged"),
    "added": QT_TRANSLATE_NOOP("status", "added"),
    "removed": QT_TRANSLATE_NOOP("status", "removed"),
    "repealed": QT_TRANSLATE_NOOP("status", "repealed"),
    "comparing": QT_TRANSLATE_NOOP("status", "comparing…"),
    "reconstructed": QT_TRANSLATE_NOOP("status", "reconstructed"),
    "paraphrased": QT_TRANSLATE_NOOP("status", "paraphrased"),
    "returned": QT_TRANSLATE_NOOP("status", "returned"),
    "unknown": QT_TRANSLATE_NOOP("status", "not known"),
    "rewritten": QT_TRANSLATE_NOOP("status", "rewritten"),
}

STATUS_SIGNS = {
    "unchanged": "=",
    "modified": "≠",
    "rewritten": "≢",
    "moved": "↕",
    "renumbered": "#",
    "split": "÷",
    "merged": "∪",
    "added": "+",
    "removed": "−",
    "repealed": "†",
    "unknown": "?",
}
"""A sign per status, the same in every language: where there is no room for the
words, the sign says which count is which, not the colour of its square alone."""

PROVENANCE_WORDS = {
    "attested": QT_TRANSLATE_NOOP("provenance", "attested"),
    "reconstructed": QT_TRANSLATE_NOOP("provenance", "reconstructed"),
    "paraphrased from a source": QT_TRANSLATE_NOOP("provenance", "paraphrased from a source"),
}

CLASS_WORDS = {
    "wording": QT_TRANSLATE_NOOP("change class", "wording"),
    "figure": QT_TRANSLATE_NOOP("change class", "figures"),
    "name-variant": QT_TRANSLATE_NOOP("change class", "name variants"),
    "spelling": QT_TRANSLATE_NOOP("change class", "spelling"),
    "case": QT_TRANSLATE_NOOP("change class", "case"),
    "punctuation": QT_TRANSLATE_NOOP("change class", "punctuation"),
    "whitespace": QT_TRANSLATE_NOOP("change class", "whitespace"),
    "reference": QT_TRANSLATE_NOOP("change class", "references"),
    "numbering": QT_TRANSLATE_NOOP("change class", "numbering"),
}

CONFIDENCE_WORDS = {
    "sure": QT_TRANSLATE_NOOP("provenance", "sure"),
    "probable": QT_TRANSLATE_NOOP("provenance", "probable"),
    "uncertain": QT_TRANSLATE_NOOP("provenance", "uncertain"),
}


def status_text(status: str) -> str:
    """A pair or article status as the interface names it (unknown ones unchanged)."""
    if status not in STATUS_WORDS:
        return status
    return QCoreApplication.translate("status", STATUS_WORDS[status])


def badge_text(status: str) -> str:
    """A status set as a badge beside a heading: one piece that never breaks over two
    lines ("yeniden oluşturulmuş" wrapped under a narrow heading in Turkish)."""
    return "\u00a0" + status_text(status).replace(" ", "\u00a0") + "\u00a0"


def pair_status(pair: ArticlePair) -> str:
    """The status a pair is listed with: a moved article is "moved", whether or not
    its wording changed (that is said beside it, see ``pair_status_text``)."""
    return "moved" if pair.moved and pair.status in ("unchanged", "modified") else pair.status


def pair_flags(pair: ArticlePair) -> list[str]:
    """The badges said beside a pair's status ("renumbered"; "modified" beside "moved";
    "rewritten", see ``ArticlePair.rewritten``)."""
    hidden = {pair_status(pair), "unchanged"}  # a moved article says whether its wording changed
    return [b for b in pair.badges if b not in hidden]


NUMBERING_RECONSTRUCTED = QT_TRANSLATE_NOOP("status", "numbering reconstructed")
"""Said among a pair's flags when its move or renumbering rests on a number the
edition reconstructed (``core.attested_numbers``)."""


def pair_status_text(pair: ArticlePair, conjectured: bool = False) -> str:
    """ "moved (modified)", "modified (renumbered)": the status and the flags beside
    it, as the concordance and the outline both say it; ``conjectured``: the move or
    renumbering rests on a reconstructed number ("moved (modified, numbering
    reconstructed)"), which a historian must not cite as a fact."""
    flags = [status_text(b) for b in pair_flags(pair)]
    if conjectured:
        flags.append(QCoreApplication.translate("status", NUMBERING_RECONSTRUCTED))
    joined = ", ".join(flags)
    return status_text(pair_status(pair)) + (f" ({joined})" if joined else "")


def conjecture_tip(cmp: Comparison, pair: ArticlePair) -> str:
    """Why a pair's move or renumbering is a conjecture, naming the text whose
    numbering of the article is reconstructed; "" when it is not one."""
    sides = conjectured_sides(cmp.old, cmp.new, pair)
    if not sides:
        return ""
    texts = ", ".join(short_title(cmp.old if side == "old" else cmp.new) for side in sides)
    return QCoreApplication.translate(
        "status",
        "The number of this article in {0} is the editors' reconstruction, not attested: "
        "that it moved or was renumbered is a conjecture, not a fact to cite.",
    ).format(texts)


def pair_status_of(cmp: Comparison, pair: ArticlePair) -> str:
    """``pair_status_text`` saying whether the move or renumbering is a conjecture."""
    return pair_status_text(pair, move_conjectured(cmp.old, cmp.new, pair))


def class_text(change_class: str) -> str:
    """A change class as the interface names it: "figures", "name variants", …"""
    word = CLASS_WORDS.get(change_class)
    return QCoreApplication.translate("change class", word) if word else change_class


def provenance_text(value: str) -> str:
    """How a text's metadata says an article is known ("attested", "reconstructed", …)."""
    word = PROVENANCE_WORDS.get(value)
    return QCoreApplication.translate("provenance", word) if word else value


def confidence_text(value: str) -> str:
    word = CONFIDENCE_WORDS.get(value)
    return QCoreApplication.translate("provenance", word) if word else value


def number(value: int) -> str:
    """A count with the interface locale's digit grouping."""
    return QLocale().toString(int(value))


def percent(fraction: float) -> str:
    """A share (0–1) as a whole percentage, written the interface language's way."""
    return percent_text(whole_percent(fraction))
