"""The status bar: counts of changes per status, and the colour legend."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from ...core.change_classes import CLASSES
from ...core.comparison import Comparison
from ..common.colours import Scheme
from ..common.vocabulary import class_text, number, status_text
from ..compare.formats import FORM_LIGHTER, blend

SEPARATOR = " · "
_TAG = re.compile(r"<[^>]+>")


def plain(html: str) -> str:
    return unescape(_TAG.sub("", html))


class ElidingLabel(QLabel):
    """One line of parts joined by " · ": the parts that fit, then "…"; the whole
    text in the tooltip. It never wraps, so the status bar keeps one line's height."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_parts(self, parts: list[str]) -> None:
        self.parts = list(parts)
        whole = SEPARATOR.join(parts)
        self.setToolTip(whole)
        self._fit()

    def text(self) -> str:
        """The whole text, whatever fits on screen."""
        return SEPARATOR.join(self.parts)

    def shown(self) -> str:
        """What is on screen now (plain text)."""
        return plain(super().text())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(" …") - 4
        shown: list[str] = []
        used = 0
        for k, part in enumerate(self.parts):
            width = metrics.horizontalAdvance((SEPARATOR if k else "") + plain(part))
            if used + width > room:
                break
            shown.append(part)
            used += width
        if len(shown) == len(self.parts):
            super().setText(SEPARATOR.join(shown))
        elif shown:
            super().setText(SEPARATOR.join(shown) + SEPARATOR + "…")
        else:
            first = plain(self.parts[0]) if self.parts else ""
            super().setText(metrics.elidedText(first, Qt.TextElideMode.ElideRight, max(room, 0)))


def light(colour: str, toward: str) -> str:
    """A change colour as a change of form shows it."""
    return blend(QColor(colour), QColor(toward), FORM_LIGHTER).name()


class StatusLine(QObject):
    """Fills a window's status bar; ``counts`` and ``legend`` are its labels."""

    def __init__(self, bar: QStatusBar, scheme: Scheme) -> None:
        super().__init__(bar)
        self.scheme = scheme
        self.counts = ElidingLabel()
        self.counts.setAccessibleName(self.tr("Counts of changes"))
        s = scheme
        inserted, deleted = self.tr("inserted"), self.tr("deleted")
        replaced = self.tr("replaced")
        form = self.tr("form")
        legend = QLabel(
            self.tr("Legend:") + f" <span style='background:{s.inserted_bg};color:{s.inserted_fg}'>"
            f"<u>{inserted}</u></span> <span style='background:{s.deleted_bg};"
            f"color:{s.deleted_fg}'><s>{deleted}</s></span> <span style='background:"
            f"{s.replaced_bg};color:{s.replaced_fg}'>{replaced}</span> <span style='background:"
            f"{light(s.replaced_bg, s.base)};color:{light(s.replaced_fg, s.muted)}'>{form}</span>"
        )
        legend.setAccessibleName(self.tr("Colour legend"))
        legend.setToolTip(
            self.tr("Changes of form (spelling, name variants, case, punctuation, spacing, ")
            + self.tr("references, numbering) are drawn lighter than changes of substance.")
        )
        self.legend = legend
        bar.addWidget(self.counts, 1)
        bar.addPermanentWidget(legend)
        bar.messageChanged.connect(self._message_changed)

    def _message_changed(self, message: str) -> None:
        """A passing message (a menu item's tip) takes the counts' place, and the counts
        come back after it. Qt hides them only if they are on screen when the message
        comes: one that came while the window was hidden was drawn over them."""
        self.counts.setVisible(not message)

    def status_count(self, status: str, count: int) -> str:
        """ "7 modified": one message per status so each language can inflect for number."""
        n = int(count)
        texts = {
            "unchanged": lambda: self.tr("%Ln unchanged", "", n),
            "modified": lambda: self.tr("%Ln modified", "", n),
            "moved": lambda: self.tr("%Ln moved", "", n),
            "renumbered": lambda: self.tr("%Ln renumbered", "", n),
            "split": lambda: self.tr("%Ln split", "", n),
            "merged": lambda: self.tr("%Ln merged", "", n),
            "added": lambda: self.tr("%Ln added", "", n),
            "removed": lambda: self.tr("%Ln removed", "", n),
        }
        text = texts.get(status)
        return text() if text else f"{number(n)} {status_text(status)}"

    def word_counts(self, deleted: int, inserted: int) -> str:
        return (
            self.tr("%Ln word(s) deleted", "", int(deleted))
            + ", "
            + self.tr("%Ln inserted", "words", int(inserted))
        )

    def class_counts(self, cmp: Comparison) -> str:
        """ "Changes: wording 41, figures 3 · 15 hidden": per class, substance first,
        with the count of what the Show menu hides."""
        counts = cmp.class_counts()
        shown = [f"{class_text(c)} {number(counts[c])}" for c in CLASSES if counts[c]]
        text = self.tr("Changes: {0}").format(", ".join(shown) or number(0))
        hidden = sum(cmp.hidden.values())
        if cmp.shown != frozenset(CLASSES):
            text += " · " + self.tr("%Ln hidden", "changes", int(hidden))
        return text

    def show_counts(self, cmp: Comparison) -> None:
        stats = cmp.stats()
        deleted, inserted = cmp.word_counts()
        parts = []
        for status, count in stats.items():
            if count:
                colour = self.scheme.status(status).name()
                parts.append(
                    f"<span style='color:{colour}'>■</span> {self.status_count(status, count)}"
                )
        parts.append(self.word_counts(deleted, inserted))
        parts.append(self.class_counts(cmp))
        review = sum(p.uncertain for p in cmp.pairs)
        if review:
            parts.append(self.tr("%Ln pairing(s) to review", "", int(review)))
        self.counts.set_parts(parts)
