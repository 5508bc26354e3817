"""What the readers noticed about the texts (a guessed encoding, a skipped part), shown
once per newly read text in the message bar, for as long as that text is on screen."""

from __future__ import annotations

import operator
from functools import partial

from PySide6.QtCore import QCoreApplication

from ...core.comparison import Comparison
from ...core.document import Document
from ..common.reader_warnings import structure_message, tr, translate_warning
from ..state.session import ComparisonSession
from .message_bar import MessageBar

TAG = "reader"
"""First line of a notice's tag; the second is the name of the text it is about."""
COMPARED = "compared"
"""Tag of what the comparison itself warns of (two texts that share almost no wording)."""


class ReaderNotices:
    def __init__(self, messages: MessageBar, session: ComparisonSession) -> None:
        self.messages, self.session = messages, session
        self._warned: tuple[Document | None, Document | None] = (None, None)
        """The documents whose warnings were last shown."""
        self._compared: tuple[Document | None, Document | None] = (None, None)
        """The documents whose comparison's warnings were last shown."""
        # A long pair takes the screen before it is compared: the previous pair's
        # notices (its numbers out of order…) no longer describe the texts shown.
        session.textsRead.connect(lambda _old, _new: self.withdraw())
        session.partial.connect(lambda _cmp: self.withdraw())
        # Cancelled or failed, the previous pair comes back, and its notices with it.
        session.cancelled.connect(lambda _names: self.tell_again())
        session.failed.connect(lambda _text: self.tell_again())

    def withdraw(self) -> None:
        """Close every notice; the texts they were about are told anew when shown again."""
        self._warned = self._compared = (None, None)
        self.messages.clear_tagged(lambda tag: tag.partition("\n")[0] not in (TAG, COMPARED))

    def tell_again(self) -> None:
        """The notices of the pair the session holds, unless they are on show."""
        cmp, s = self.session.comparison, self.session
        if cmp is not None:
            self.show(cmp.old, cmp.new, (s.old_name, s.new_name))
            self.show_comparison(cmp)

    def show_comparison(self, cmp: Comparison) -> None:
        """What the comparison warns of ("the two texts share almost no wording"), once
        for a pair of texts: a pairing corrected does not bring back a warning closed."""
        if self._compared == (cmp.old, cmp.new):
            return
        self._compared = (cmp.old, cmp.new)
        self.messages.clear_tagged(lambda tag: tag != COMPARED)
        for warning in cmp.warnings:
            self._say(translate_warning(warning), "warning", COMPARED)

    def show(self, old: Document, new: Document, names: tuple[str, str]) -> None:
        """Each text's warnings, unless the same text was shown already (recompared,
        swapped); a text read again drops its earlier warnings. A notice both new
        texts share is said once, of both."""
        seen, self._warned = self._warned, (old, new)
        older = QCoreApplication.translate("MainWindow", "older")
        newer = QCoreApplication.translate("MainWindow", "newer")
        fresh = [not any(doc is shown for shown in seen) for doc in (old, new)]
        told = [_notices(doc) for doc in (old, new)]
        shared = set(told[0]) & set(told[1]) if all(fresh) else set()
        for k, (which, name) in enumerate(zip((older, newer), names, strict=True)):
            if not fresh[k]:
                continue
            tag = f"{TAG}\n{name}"
            self.messages.clear_tagged(partial(operator.ne, tag))
            for what, level in told[k]:
                if (what, level) not in shared:
                    self._say(_of_one(which, what), level, tag)
                elif k == 0:  # said once, of both
                    both = QCoreApplication.translate("MainWindow", "Both texts: {0}")
                    self._say(both.format(what), level, tag)

    def _say(self, text: str, level: str, tag: str) -> None:
        """One notice, beginning and ending as a sentence does (Russian and Turkish put
        "older"/"newer" first: "более ранний текст: …" reads "Более ранний текст: …")."""
        text = text[:1].upper() + text[1:]
        ended = text if text.endswith((".", "!", "?", "…")) else text + "."
        self.messages.show_message(ended, level, tag=tag)


NOTICES_TOLD = 8
"""Warnings of one text shown in the message bar; the rest are counted in one more."""


def _notices(doc: Document) -> list[tuple[str, str]]:
    """What to tell of a text, in the interface language: its warnings (a text with
    hundreds is told of a few, and how many more there are), then which numbering it
    was cut by; each with its level."""
    out = [(translate_warning(warning), "warning") for warning in doc.warnings[:NOTICES_TOLD]]
    more = len(doc.warnings) - NOTICES_TOLD
    if more > 0:
        told = tr("%n more warning(s) about this text not shown here", "", more)
        out.append((told, "warning"))
    structure = structure_message(doc)
    return [*out, (structure, "info")] if structure else out


def _of_one(which: str, what: str) -> str:
    return QCoreApplication.translate("MainWindow", "The {0} text: {1}").format(which, what)
