"""History of this article: each version of the current article in turn, with the word
changes of every step (deleted words struck, inserted words underlined)."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...core.chain import Chain
from ...io.chain_report import history_html
from .lineage_model import reading_order


class HistoryPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setObjectName("history-browser")
        self.browser.setAccessibleName(self.tr("History of this article"))
        self.browser.setOpenLinks(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.browser)
        self.chain: Chain | None = None
        self.lineage: int | None = None
        self.rank: list[int] = []
        """Each lineage's number in the lineage table, less one (``reading_order``)."""
        self._empty()

    def _empty(self) -> None:
        self.browser.setHtml(
            "<p><i>"
            + self.tr("Choose an article in the lineage table or read on in the texts.")
            + "</i></p>"
        )

    def set_chain(self, chain: Chain | None) -> None:
        self.chain = chain
        self.rank = reading_order(chain) if chain is not None else []
        if chain is None or self.lineage is None or self.lineage >= len(chain.lineages):
            self.lineage = None
            self._empty()
        else:
            self.show_lineage(self.lineage)

    def show_lineage(self, n: int) -> None:
        if self.chain is None or not 0 <= n < len(self.chain.lineages):
            return
        self.lineage = n
        number = self.rank[n] + 1 if n < len(self.rank) else n + 1  # as the table numbers it
        self.browser.setHtml(history_html(self.chain, number, self.chain.lineages[n]))
