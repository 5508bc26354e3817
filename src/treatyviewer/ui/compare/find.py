"""Find across both panes with a match count ("3 of 12")."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ...io.report_words import percent_text
from ..common.colours import Scheme
from .find_scan import FindScan, Match
from .pane import ComparisonPane

MAX_MATCHES = 5000
"""More matches than this are counted but not all highlighted (keeps typing responsive)."""
TYPING_PAUSE = 300
"""Milliseconds without a key press before a long text is searched again."""


class FindBar(QWidget):
    moved = Signal()
    """A match was gone to: whatever change was current is not where the reader is."""
    matchShown = Signal(object, int)
    """The pane and the position of the match gone to (its article is the one read)."""

    def __init__(self, panes: Callable[[], list[ComparisonPane]], scheme: Scheme) -> None:
        super().__init__()
        self.panes = panes
        self.reading_pane: Callable[[], ComparisonPane | None] = lambda: None
        """The pane whose top is the reading position (the first match shown follows it)."""
        self.scheme = scheme
        self.written: Callable[[], float | None] = lambda: None
        """How much of the texts is written into the panes so far (None: all of it);
        only what is written can be searched."""
        self.beyond: Callable[[re.Pattern[str], int], tuple[ComparisonPane, int] | None] = (
            lambda _pattern, _direction: None
        )
        """For a pair the panes hold a stretch of: moves the stretch to the next match
        after (before, -1) it, and says in which pane and near which position that
        match is now (None: there is none beyond it)."""
        self.matches: list[Match] = []
        self._needle = ""
        """What was searched for last."""
        self.current = -1
        self.last_sought = ""
        """What the bar held when it was last closed: F3 opens it again on that."""
        self._resume: Match | None = None
        self._resume_step = 1
        """The match F3 goes on from when it opens the bar again, and which way."""
        self.setAccessibleName(self.tr("Find in both texts"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        self.edit = QLineEdit()
        self.edit.installEventFilter(self)
        self.edit.setPlaceholderText(self.tr("Find in both texts"))
        self.edit.setAccessibleName(self.tr("Text to find"))
        self.edit.setClearButtonEnabled(True)
        self.scan = FindScan(self)
        self.scan.progressed = self._show_count
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE)
        self._typing.timeout.connect(self.search)
        self.edit.textChanged.connect(self._typed)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        self.count.setAccessibleName(self.tr("Matches"))
        prev_b, next_b, close_b = QToolButton(), QToolButton(), QToolButton()
        prev_b.setText("▲")
        prev_b.setToolTip(self.tr("Previous match (Shift+Enter)"))
        prev_b.setAccessibleName(self.tr("Previous match"))
        next_b.setText("▼")
        next_b.setToolTip(self.tr("Next match (Enter)"))
        next_b.setAccessibleName(self.tr("Next match"))
        close_b.setText("×")
        close_b.setToolTip(self.tr("Close (Esc)"))
        close_b.setAccessibleName(self.tr("Close the find bar"))
        prev_b.clicked.connect(lambda: self.step(-1))
        next_b.clicked.connect(lambda: self.step(1))
        close_b.clicked.connect(self.close_bar)
        self.whole = QToolButton()
        self.whole.setText(self.tr("Whole words"))
        self.whole.setCheckable(True)
        self.whole.setToolTip(
            self.tr("Match whole words only: “the” no longer finds “other” or “Brotherhood”")
        )
        self.whole.setAccessibleName(self.tr("Match whole words only"))
        self.whole.toggled.connect(lambda _on: self.search() if self.edit.text() else None)
        self.case = QToolButton()
        self.case.setText(self.tr("Match case"))
        self.case.setCheckable(True)
        self.case.setToolTip(self.tr("Match capitals as typed: “Party” no longer finds “party”"))
        self.case.setAccessibleName(self.tr("Match capitals as typed"))
        self.case.toggled.connect(lambda _on: self.search() if self.edit.text() else None)
        label = QLabel(self.tr("Fi&nd:"))
        label.setBuddy(self.edit)
        lay.addWidget(label)
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.whole)
        lay.addWidget(self.case)
        lay.addWidget(self.count)
        lay.addWidget(prev_b)
        lay.addWidget(next_b)
        lay.addWidget(close_b)
        self.hide()

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        """The bar goes; the word it showed stays chosen in its text, which takes the
        keys (Annotate, Copy and Page Down work on from it: Escape then Annotate had
        asked the reader to select the word just found)."""
        match = self.current_match()
        self.last_sought = self.edit.text() or self.last_sought
        self.edit.clear()
        self.hide()
        self.scan.texts.clear()  # a long pair's plain texts are tens of megabytes
        if match is not None:
            from PySide6.QtGui import QTextCursor

            pane, start, end = match
            cursor = pane.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            pane.setTextCursor(cursor)
            pane.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape typed in the search field closes the bar: the window's Escape shortcut
        (which cancels a running comparison) must not take it first."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the search field passes on: Enter (Shift+Enter) steps, Escape closes.
        (The field's own ``returnPressed`` is not followed too: Enter would step twice.)"""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1)
        else:
            super().keyPressEvent(event)

    def _typed(self) -> None:
        """Short texts are searched at each key press; long ones once typing pauses."""
        long_text = sum(p.document().characterCount() for p in self.panes()) >= self.scan.at_once
        if long_text:
            self.scan.stop()
            self._typing.start()
            self.count.setText(self.tr("searching…") if self.edit.text() else "")
        else:
            self.search()

    def search(self, text: str = "") -> None:
        """Search for what is typed; the first match from the reading position is
        gone to once all of the texts are searched."""
        self._typing.stop()
        self._find(text or self.edit.text(), self._first_found)

    def _first_found(self) -> None:
        self.current = self._first_from_reading_position() - 1
        resume, self._resume = self._resume, None
        if resume is not None and resume in self.matches:  # F3 goes on from the word left
            self.current = self.matches.index(resume) + self._resume_step - 1
        if self.matches:
            self.step(1)
        elif not (self._cross(1) or self._cross(-1)):
            self._show_count()

    def _find(self, text: str, then: Callable[[], None]) -> None:
        self._needle = text
        self.matches = []
        self.current = -1
        pattern = needle_pattern(text, self.whole.isChecked(), self.case.isChecked())
        panes = self.panes()
        if pattern is None:
            for pane in panes:
                pane.set_layer("find", [], self.scheme.find_bg)
                pane.set_layer("find-current", [], self.scheme.find_current_bg)

        def found() -> None:
            self.matches = list(self.scan.matches)
            for pane in panes:
                here = [(a, b) for p, a, b in self.matches if p is pane][:MAX_MATCHES]
                pane.set_layer("find", here, self.scheme.find_bg)
            then()

        self.scan.start(pattern, panes, found)
        if self.scan.running:
            self._show_count()

    def refresh(self) -> None:
        """Search again once the texts are all written: the count becomes the whole
        one, the current match stays current (with none yet, the first is gone to)."""
        if self.isHidden() or not self.edit.text():
            return
        current = self.matches[self.current] if 0 <= self.current < len(self.matches) else None

        def again() -> None:
            if current is None or current not in self.matches:
                self._first_found()
            else:
                self.current = self.matches.index(current)
                self._show_count()

        self._find(self.edit.text(), again)

    def _first_from_reading_position(self) -> int:
        """The first match at or after the top of the reading pane, wrapping to that
        pane's first match; 0 when the reading pane has none."""
        pane = self.reading_pane()
        here = [i for i, m in enumerate(self.matches) if m[0] is pane]
        if pane is None or not here:
            return 0
        top = pane.cursorForPosition(QPoint(0, 0)).position()
        return next((i for i in here if self.matches[i][1] >= top), here[0])

    def current_match(self) -> Match | None:
        """The match on show (pane, start, end), while the bar is open."""
        if not self.isVisible() or not 0 <= self.current < len(self.matches):
            return None
        return self.matches[self.current]

    def step_or_open(self, direction: int) -> None:
        """F3 (Shift+F3): the next (previous) match; with the bar closed, the bar opens
        again on the word last sought and goes to its match from the reading place, or
        empty, to type one (F3 had done nothing, and said nothing)."""
        if self.isVisible() and self.edit.text():
            self.step(direction)
            return
        left = self._chosen_word()
        self.open()
        if self.last_sought and not self.edit.text():
            # the word Escape left chosen: the search goes on from it, and it is no
            # longer chosen (two matches had looked current, the chosen and the first)
            self._resume, self._resume_step = left, direction
            if left is not None:
                cursor = left[0].textCursor()
                cursor.clearSelection()
                left[0].setTextCursor(cursor)
            self.edit.setText(self.last_sought)
            self.edit.selectAll()

    def _chosen_word(self) -> Match | None:
        """The passage chosen in a pane, as a match would name it."""
        for pane in self.panes():
            cursor = pane.textCursor()
            if cursor.hasSelection():
                return pane, cursor.selectionStart(), cursor.selectionEnd()
        return None

    def step(self, direction: int) -> None:
        if not self.matches:
            self._show_count()
            return
        past = not 0 <= self.current + direction < len(self.matches)
        if past and self._cross(direction):
            return
        self.current = (self.current + direction) % len(self.matches)
        pane, start, end = self.matches[self.current]
        pane.reveal(start)  # laid out (a far article of a long text is not): first, as
        # writing it back would collapse a selection made in it before
        pane.set_layer("find-current", [(start, end)], self.scheme.find_current_bg)
        for other in self.panes():
            if other is not pane:
                other.set_layer("find-current", [], self.scheme.find_current_bg)
        rect = pane.cursorRect(_cursor(pane, start))
        bar = pane.verticalScrollBar()
        bar.setValue(bar.value() + rect.center().y() - pane.viewport().height() // 3)
        self._show_count()
        self.moved.emit()
        self.matchShown.emit(pane, start)

    def _cross(self, direction: int) -> bool:
        """Past the last (first) match in a stretch of a pair too tall for Qt: the
        stretch that holds the next (previous) match, searched, and that match gone to.
        False when there is none beyond the stretch."""
        pattern = needle_pattern(self._needle, self.whole.isChecked(), self.case.isChecked())
        found = self.beyond(pattern, direction) if pattern is not None else None
        if found is None:
            return False
        pane, position = found

        def near() -> None:
            here = [i for i, m in enumerate(self.matches) if m[0] is pane]
            if not here:
                self._show_count()
                return
            after = [i for i in here if self.matches[i][1] >= position]
            before = [i for i in here if self.matches[i][1] <= position]
            k = (
                (after[0] if after else here[-1])
                if direction > 0
                else (before[-1] if before else here[0])
            )
            self.current = k - direction
            self.step(direction)

        self._find(self._needle, near)
        return True

    def _show_count(self) -> None:
        written = self.written()
        if not self.edit.text():
            self.count.setText("")
        elif self.scan.running:
            self.count.setText(
                self.tr("searching… {0}").format(
                    percent_text(min(99, int(self.scan.share() * 100)))
                )
            )
        elif written is not None:  # say plainly that the rest is not searched yet
            share = min(99, int(written * 100))
            found = (
                self.tr("{0} of {1} so far").format(self.current + 1, len(self.matches))
                if self.matches
                else self.tr("no matches yet")
            )
            self.count.setText(
                self.tr("{0} · {1} of the texts laid out").format(found, percent_text(share))
            )
        elif not self.matches:
            self.count.setText(self.tr("no matches"))
        else:
            self.count.setText(self._place_in_texts())
        self.count.setToolTip(
            self.tr(
                "The texts are still being laid out: Find searches what is laid out so far, "
                "and searches again when all of it is"
            )
            if written is not None and self.edit.text()
            else ""
        )

    def _place_in_texts(self) -> str:
        """ "3 of 12", counted in the text the match is in when both texts have some:
        the first match of the newer text, at its top, had read "517 of 1032" (the
        older text's 516 counted first)."""
        total = len(self.matches)
        panes = self.panes()
        pane = self.matches[max(0, self.current)][0]
        here = [k for k, m in enumerate(self.matches) if m[0] is pane]
        if len(panes) != 2 or len(here) == total or pane not in panes:
            return self.tr("{0} of {1}").format(self.current + 1, total)
        nth = here.index(self.current) + 1 if self.current in here else 1
        if pane is panes[0]:
            return self.tr("{0} of {1} in the older text · {2} in both").format(
                nth, len(here), total
            )
        return self.tr("{0} of {1} in the newer text · {2} in both").format(nth, len(here), total)


def _cursor(pane: ComparisonPane, position: int):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(pane.document())
    cursor.setPosition(position)
    return cursor


def needle_pattern(
    text: str, whole_words: bool = False, match_case: bool = False
) -> re.Pattern[str] | None:
    """What the reader typed, in any case (``match_case``: as typed), with or without
    accents, with any spacing or line break between words; ``whole_words``: not inside
    a longer word.

    Wrapped texts keep their line breaks and indentation (shown as one space), so
    "your cost" must also find "your\\n    cost"; "decoration" finds "décoration",
    "Ardahan" "Ardahân", "Διαδικασια" "Διαδικασία" (readers type without accents).
    """
    words = _unquoted(text).split()
    if not words:
        return None
    gap = r"[\s\u200b\u2028\u2029]+"
    found = gap.join(map(_any_accent, words))
    if whole_words:
        found = rf"(?<![^\W_]){found}(?![^\W_])"
    return re.compile(found, 0 if match_case else re.IGNORECASE)


_QUOTES = {'"': '"', "'": "'", "“": "”", "„": "“", "«": "»", "‘": "’"}
"""Quotation marks as a reader puts them around a phrase to search for."""


def _unquoted(text: str) -> str:
    """A phrase typed inside quotation marks, as a web search takes one ('"the Straits"'):
    every search is of the phrase as typed already, and the marks had found nothing."""
    text = text.strip()
    if len(text) > 2 and _QUOTES.get(text[0]) == text[-1]:
        return text[1:-1]
    return text


_MARKS = "[\u0300-\u036f\u064b-\u065f\u0670]*"
"""Accents and vowel signs written as marks of their own after a letter."""
_ACCENTED = (range(0xC0, 0x250), range(0x1E00, 0x1F00), range(0x386, 0x3D0), (0x401, 0x451))
"""Latin and Greek letters that may carry an accent, and Russian ё (that is written е
as often; й and ї are letters of their own)."""


def _bare(letters: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", letters) if not unicodedata.combining(c))


@cache
def _accented_forms() -> dict[str, str]:
    """Each bare letter, in lower case, and the letters that are it with accents."""
    forms: dict[str, str] = {}
    for code in itertools.chain(*_ACCENTED):
        letter = chr(code)
        bare = _bare(letter).lower()
        if len(bare) == 1 and bare != letter.lower() and letter.lower() not in forms.get(bare, ""):
            forms[bare] = forms.get(bare, "") + letter.lower()
    return forms


def _without_accents(word: str) -> str:
    """``word`` with the accents a reader may leave out taken off its Latin, Greek and
    Cyrillic letters, and marks of their own dropped; other letters as typed: a Hangul
    syllable comes apart into its letters when decomposed ("헌법" found nothing), and
    the voicing mark of a kana is no accent ("が" is not "か")."""
    out = []
    for c in unicodedata.normalize("NFC", word):
        if unicodedata.combining(c):
            continue
        out.append(_bare(c) if ord(c) < _LAST_ACCENTABLE else c)
    return "".join(out)


_LAST_ACCENTABLE = 0x1F00
"""Letters below this (Latin, Greek, Cyrillic, Armenian, Arabic…) may carry accents a
reader leaves out; Hangul, kana and ideographs lie far above it."""


def _any_accent(word: str) -> str:
    """A pattern of ``word`` in which each letter may carry an accent or not."""
    out = []
    for letter in _without_accents(word):
        forms = _accented_forms().get(letter.lower(), "")
        forms = forms.upper() if letter.isupper() else forms  # (in the case typed)
        out.append(f"[{re.escape(letter + forms)}]{_MARKS}" if forms else re.escape(letter))
    return "".join(out)
