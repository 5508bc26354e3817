"""The status bar: counts of changes per status, and the colour legend."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

from ..core.comparison import Comparison
from .colours import Scheme
from .vocabulary import number, status_text


class StatusLine(QObject):
    """Fills a window's status bar; ``counts`` and ``legend`` are its labels."""

    def __init__(self, bar: QStatusBar, scheme: Scheme) -> None:
        super().__init__(bar)
        self.scheme = scheme
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("Counts of changes"))
        self.counts.setWordWrap(True)  # large system fonts wrap instead of clipping
        s = scheme
        inserted, deleted = self.tr("inserted"), self.tr("deleted")
        replaced = self.tr("replaced")
        legend = QLabel(
            self.tr("Legend:") + f" <span style='background:{s.inserted_bg};color:{s.inserted_fg}'>"
            f"<u>{inserted}</u></span> <span style='background:{s.deleted_bg};"
            f"color:{s.deleted_fg}'><s>{deleted}</s></span> <span style='background:"
            f"{s.replaced_bg};color:{s.replaced_fg}'>{replaced}</span>"
        )
        legend.setAccessibleName(self.tr("Colour legend"))
        self.legend = legend
        bar.addWidget(self.counts, 1)
        bar.addPermanentWidget(legend)

    def show_counts(self, cmp: Comparison) -> None:
        stats = cmp.stats()
        deleted, inserted = cmp.word_counts()
        parts = []
        for status, count in stats.items():
            if count:
                colour = self.scheme.status(status).name()
                parts.append(
                    f"<span style='color:{colour}'>■</span> {number(count)} {status_text(status)}"
                )
        parts.append(
            self.tr("{0} words deleted, {1} inserted").format(number(deleted), number(inserted))
        )
        review = sum(p.uncertain for p in cmp.pairs)
        if review:
            parts.append(self.tr("{0} pairings to review").format(number(review)))
        self.counts.setText(" · ".join(parts))
