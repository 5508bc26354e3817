"""What the readers noticed about the texts (a guessed encoding, a skipped part), shown
once per newly read text in the message bar."""

from __future__ import annotations

import operator
from functools import partial

from PySide6.QtCore import QCoreApplication

from ...core.document import Document
from ..common.reader_warnings import structure_message, translate_warning
from .message_bar import MessageBar


class ReaderNotices:
    def __init__(self, messages: MessageBar) -> None:
        self.messages = messages
        self._warned: tuple[Document | None, Document | None] = (None, None)
        """The documents whose warnings were last shown."""

    def show(self, old: Document, new: Document, names: tuple[str, str]) -> None:
        """Each text's warnings, unless the same text was shown already (recompared,
        swapped); a text read again drops its earlier warnings."""
        seen, self._warned = self._warned, (old, new)
        older = QCoreApplication.translate("MainWindow", "older")
        newer = QCoreApplication.translate("MainWindow", "newer")
        for doc, which, name in zip((old, new), (older, newer), names, strict=True):
            if any(doc is shown for shown in seen):
                continue
            tag = f"reader\n{name}"
            self.messages.clear_tagged(partial(operator.ne, tag))
            for warning in doc.warnings:
                self.messages.show_message(
                    QCoreApplication.translate("MainWindow", "The {0} text: {1}").format(
                        which, translate_warning(warning)
                    ),
                    "warning",
                    tag=tag,
                )
            structure = structure_message(doc)
            if structure:  # which numbering the text was cut by
                self.messages.show_message(
                    QCoreApplication.translate("MainWindow", "The {0} text: {1}").format(
                        which, structure
                    ),
                    "info",
                    tag=tag,
                )
