"""History of this article: each version of the current article in turn, with the word
changes of every step (deleted words struck, inserted words underlined)."""

from __future__ import annotations

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...core.chain import Chain
from ...io.chain_report import Wording, history_html
from ..common.names import unnumbered_names
from ..common.vocabulary import confidence_text, provenance_text, status_text


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
        self._empty()

    def _empty(self) -> None:
        self.browser.setHtml(
            "<p><i>"
            + self.tr("Choose an article in the lineage table or read on in the texts.")
            + "</i></p>"
        )

    def set_chain(self, chain: Chain | None) -> None:
        self.chain = chain
        if chain is None or self.lineage is None or self.lineage >= len(chain.lineages):
            self.lineage = None
            self._empty()
        else:
            self.show_lineage(self.lineage)

    def show_lineage(self, n: int) -> None:
        if self.chain is None or not 0 <= n < len(self.chain.lineages):
            return
        self.lineage = n
        self.browser.setHtml(  # numbered as the table and the reports number it
            history_html(self.chain, n + 1, self.chain.lineages[n], self._wording())
        )

    def _wording(self) -> Wording:
        """The history in the interface's language (it was English in Russian and Turkish:
        "PRESENT", "Preamble → Preamble")."""
        phrases = {
            "present": self.tr("present"),
            "not in this version": self.tr("not in this version"),
            "removed in this version": self.tr("removed in this version"),
            "not known: an edition gives this part of the text only as editor's notes": self.tr(
                "not known: an edition gives this part of the text only as editor's notes"
            ),
            "changes since version {0}": self.tr("changes since version {0}"),
            "{0}, only in {1}": self.tr("{0}, only in {1}"),
            "{0}, of {1}": self.tr("{0}, of {1}"),
            "{0}, confidence {1}": self.tr("{0}, confidence {1}"),
            "on «{0}»": self.tr("on «{0}»"),  # a note's passage, quoted before it
            "(a note without words)": self.tr("(a note without words)"),
            "your note": self.tr("your note"),
        }
        return Wording(
            status=lambda status: phrases.get(status) or status_text(status),
            names=unnumbered_names(),
            # the edition's words of how an article is known ("reconstructed", "uncertain")
            phrase=lambda text: phrases.get(text) or confidence_text(provenance_text(text)),
        )
