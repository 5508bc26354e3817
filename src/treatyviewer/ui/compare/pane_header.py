"""The title bar over each text: the document's title and, for text files, its encoding.

The encoding button shows how the file was decoded ("Windows-1251", marked when it
was only guessed) and opens the menu that reads the text again in another encoding.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.comparison import Comparison
from ...core.document import Document
from ..common.encodings import encoding_label
from ..common.folders import named_with_folder


def _title(doc: Document) -> str:
    title = str(doc.title)
    meta = doc.metadata or {}
    date = meta.get("date") if isinstance(meta, dict) else None
    return f"{title} ({date})" if date and str(date) not in title else title


def pane_titles(
    cmp: Comparison, names: tuple[str, str], from_file: tuple[bool, bool]
) -> tuple[tuple[str, str], tuple[str, str]]:
    """(shown title, tooltip) per side. Two texts with the same title (two .docx
    drafts both "TREATY OF FRIENDSHIP …") lead with their file names, and two files
    of one name ("a/t.txt", "b/t.txt") with their folders' names too."""
    titles = (_title(cmp.old), _title(cmp.new))
    same = titles[0].casefold() == titles[1].casefold()
    bases = [os.path.basename(n) for n in names]
    namesakes = all(from_file) and bases[0] == bases[1] and names[0] != names[1]
    out = []
    for side, (title, doc) in enumerate(zip(titles, (cmp.old, cmp.new), strict=True)):
        name = names[side]
        tip = f"{title}\n{name}" if from_file[side] and name else title
        short = doc.metadata.get("short_title") if isinstance(doc.metadata, dict) else None
        if isinstance(short, str) and short and not same:
            title = short  # the full official title stays in the tooltip
        if same and from_file[side] and name:
            shown = named_with_folder(name) if namesakes else bases[side]
            title = f"{shown} — {title}"
        if reconstructed(doc):
            title = QCoreApplication.translate("PaneHeader", "{0} — a reconstruction").format(title)
            note = doc.metadata.get("rendering_note")
            tip = f"{tip}\n\n{note}" if isinstance(note, str) and note else tip
        out.append((title, tip))
    return out[0], out[1]


def reconstructed(doc: Document) -> bool:
    """Whether most of a bundled text's articles are the editors' reconstruction (the
    1920 draft, of which no complete text is known): the pane says so in its title,
    not only in each article's badge."""
    articles = doc.metadata.get("articles") if isinstance(doc.metadata, dict) else None
    if not isinstance(articles, dict) or not articles:
        return False
    made = sum(
        1
        for info in articles.values()
        if isinstance(info, dict) and str(info.get("provenance", "")).startswith("reconstruct")
    )
    return 2 * made > len(articles)


NO_INDICATOR = "QToolButton::menu-indicator { image: none; width: 0; }"
"""The arrow is part of the text: Qt's corner indicator overlaps short labels."""


class PaneHeader(QWidget):
    """Title label plus encoding button above one pane; the pane fills the rest."""

    def __init__(self, title: QLabel, pane: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.encoding = QToolButton()
        self.encoding.setObjectName("encoding-button")
        self.encoding.setAutoRaise(True)
        self.encoding.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.encoding.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.encoding.setAccessibleName(self.tr("Encoding of the text"))
        self.encoding.setStyleSheet(NO_INDICATOR)
        self.encoding.hide()
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setContentsMargins(10, 4, 10, 2)
        title.setWordWrap(False)
        title.setMinimumWidth(40)
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.full_title = ""
        """The whole title; the label shows it cut at its end ("Moscow draft (1920) — a
        reco…"): cut in its middle it read as another title ("Moscow draf…onstruction")."""
        title.installEventFilter(self)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 6, 0)
        bar.setSpacing(4)
        bar.addWidget(title, 1)
        bar.addWidget(self.encoding)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(bar)
        lay.addWidget(pane, 1)

    def set_menu(self, menu: QMenu) -> None:
        """The "Reopen with Encoding" menu of this side: on the button and the title."""
        self.encoding.setMenu(menu)
        self.title.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.title.customContextMenuRequested.connect(
            lambda pos: (
                menu.exec(self.title.mapToGlobal(pos)) if self.encoding.isVisible() else None
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """A button with a style sheet keeps the palette it had when the sheet was set
        (light text on the light palette, after dark colours were turned off)."""
        if event.type() == QEvent.Type.PaletteChange:
            self.encoding.setStyleSheet("")
            self.encoding.setStyleSheet(NO_INDICATOR)
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.title and event.type() == QEvent.Type.Resize:
            self._elide()
        return super().eventFilter(watched, event)

    def _elide(self) -> None:
        margins = self.title.contentsMargins()
        room = self.title.width() - margins.left() - margins.right()
        metrics = self.title.fontMetrics()
        shown = metrics.elidedText(self.full_title, Qt.TextElideMode.ElideRight, max(room, 0))
        if shown != self.title.text():
            self.title.setText(shown)

    def show_document(self, text: str, doc: Document, from_file: bool, tip: str = "") -> None:
        self.full_title = text
        self.title.setText(text)
        self._elide()
        self.title.setToolTip(tip or text)
        shown = from_file and bool(doc.encoding)
        self.encoding.setVisible(shown)
        if not shown:
            return
        guessed = any("guessed" in w or "no byte-order mark" in w for w in doc.warnings)
        label = encoding_label(doc.encoding)
        marked = self.tr("{0} (guessed)").format(label) if guessed else label
        self.encoding.setText(f"{marked} ▾")
        tip = self.tr("Decoded as {0}. Click to read the text again in another encoding.")
        lines = [tip.format(label)]
        if guessed:
            lines.append(self.tr("The encoding was guessed."))
        self.encoding.setToolTip("\n".join(lines))
