"""Find in a long text without holding up the window: its panes' texts are searched
a slice at a time between events.

A regular expression over two 20 MB texts takes a second or two; done at each key
press it froze the window while the reader typed. Here each turn of the event loop
searches one slice, and the panes' plain texts are taken from Qt once per text as
written (parking an article writes the same characters again: the text stays).
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextDocument

from .pane import ComparisonPane

SLICE = 400_000
"""Characters searched per turn of the event loop (some 20-40 ms)."""
OVERLAP = 4_000
"""How far past its slice a match that began inside it may run (words with spaces
between them)."""
AT_ONCE = 1_000_000
"""Texts shorter than this (both panes together) are searched in one go."""

Match = tuple[ComparisonPane, int, int]


class PlainTexts:
    """Each document's plain text, taken again only when the document changed length."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[weakref.ref[QTextDocument], int, str]] = {}
        """By document: the documents are not kept alive for it (a long text's is big)."""

    def of(self, document: QTextDocument) -> str:
        count = document.characterCount()
        kept = self._cache.get(id(document))
        if kept is not None and kept[0]() is document and kept[1] == count:
            return kept[2]
        text = document.toPlainText()
        self._cache = {
            key: value
            for key, value in self._cache.items()
            if value[0]() is not None and value[0]() is not document
        }
        key = id(document)
        self._cache[key] = (weakref.ref(document, lambda _ref: self._forget(key)), count, text)
        if len(self._cache) > 4:  # the panes shown now, and the ones just before
            self._cache.pop(next(iter(self._cache)))
        return text

    def _forget(self, key: int) -> None:
        """A document is gone: so is its text."""
        kept = self._cache.get(key)
        if kept is not None and kept[0]() is None:
            del self._cache[key]

    def clear(self) -> None:
        self._cache.clear()

    def __len__(self) -> int:
        """How many texts are held."""
        return len(self._cache)


class FindScan(QObject):
    """One search over the panes, finished at once for short texts, else in slices."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = PlainTexts()
        self.at_once, self.slice = AT_ONCE, SLICE
        """Below how many characters a search is done in one go; characters per slice."""
        self.matches: list[Match] = []
        self.running = False
        self._work: list[tuple[ComparisonPane, str | None]] = []
        """Panes still to search, each with its text once taken (None: not yet)."""
        self._pattern: re.Pattern[str] | None = None
        self._at = 0
        self._total = 0
        self._searched = 0
        self._done: Callable[[], None] = lambda: None
        self.progressed: Callable[[], None] = lambda: None
        """Called after each slice of a long search (the bar shows how far it got)."""
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._turn)

    def start(
        self,
        pattern: re.Pattern[str] | None,
        panes: list[ComparisonPane],
        done: Callable[[], None],
    ) -> None:
        """Search ``panes`` for ``pattern``; ``done`` is called once all is searched."""
        self.stop()
        self.matches, self._pattern, self._done, self._at = [], pattern, done, 0
        # A pane's text is taken from Qt as its search begins (a pane written with a 20 MB
        # text gives it in 0.1-0.3 s of processor time): a long search takes each pane's
        # in a turn of its own; with nothing to find (the bar empty, as at every
        # comparison shown), none is taken.
        self._work = [] if pattern is None else [(pane, None) for pane in panes]
        self.running = True
        # (a document counts its last paragraph's end too; its plain text does not)
        self._total = sum(pane.document().characterCount() - 1 for pane, _text in self._work)
        self._searched = 0
        if self._total < self.at_once:
            while self._slice():
                pass
            self._finish()
        else:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.running = False

    def share(self) -> float:
        """How much of the texts this search has gone through (0..1)."""
        return min(1.0, self._searched / self._total) if self._total else 1.0

    def _turn(self) -> None:
        if self._slice():
            self.progressed()
            self._timer.start()
        else:
            self._finish()

    def _finish(self) -> None:
        self.running = False
        self._done()

    def _slice(self) -> bool:
        """Search the next slice; say whether any text is left."""
        if not self._work or self._pattern is None:
            return False
        pane, text = self._work[0]
        if text is None:
            text = self.texts.of(pane.document())
            self._work[0] = (pane, text)
            if self._total >= self.at_once:  # that was this turn's slice
                return True
        begin = self._at
        end = min(len(text), begin + self.slice)
        for m in self._pattern.finditer(text, begin, min(len(text), end + OVERLAP)):
            if m.start() >= end:
                break
            self.matches.append((pane, m.start(), m.end()))
            self._at = max(self._at, m.end())
        self._at = max(self._at, end)
        self._searched += self._at - begin
        if self._at >= len(text):
            self._work.pop(0)
            self._at = 0
        return bool(self._work)
