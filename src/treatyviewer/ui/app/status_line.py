"""The status bar: counts of changes per status, and the colour legend."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from ...core.change_classes import CLASSES
from ...core.comparison import Comparison, counts_within
from ..common.colours import Scheme
from ..common.vocabulary import STATUS_SIGNS, class_text, number, status_text
from ..compare.formats import FORM_LIGHTER, blend

SEPARATOR = " · "
SAID_FOR_MS = 6000
"""How long a passing message stays in the status bar."""
LEGEND_WORD_FROM_PX = 1280
"""Status bars narrower than this show the colour legend without the word "Legend:"."""
MESSAGE_MARGIN_PX = 12
"""Qt draws a passing message from 6 px in and stops 2 px before the labels on its right."""
_TAG = re.compile(r"<[^>]+>")
_ITEM = re.compile(r" (?=<span)")
"""Where one coloured item of a part ends and the next begins."""


def plain(html: str) -> str:
    return unescape(_TAG.sub("", html))


class ElidingLabel(QLabel):
    """One line of parts joined by " · ": the fullest of its forms that fits (the parts
    themselves, then each shorter form given, in order); if none does, the parts of
    the last form that fit, then "…". The whole text is in the tooltip. It never
    wraps, so the status bar keeps one line's height."""

    def __init__(self, share: float | None = None) -> None:
        """``share``: the label asks for room for its whole text, up to that share of
        the status bar (a permanent widget); None: it takes what it is given."""
        super().__init__()
        self.parts: list[str] = []
        self.forms: list[list[str]] = []
        """The parts, then their shorter forms: the first that fits is shown."""
        self.share = share
        self.setTextFormat(Qt.TextFormat.RichText)
        policy = QSizePolicy.Policy.Ignored if share is None else QSizePolicy.Policy.Preferred
        self.setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    def set_parts(
        self, parts: list[str], shorter: Sequence[Sequence[str]] = (), key: str = ""
    ) -> None:
        """``key``: a line under the whole text in the tooltip (what the signs of a
        short form stand for)."""
        self.parts = list(parts)
        self.forms = [self.parts, *(list(form) for form in shorter)]
        whole = SEPARATOR.join(parts)
        self.setToolTip(f"{whole}<br>{key}" if key else whole)
        self.updateGeometry()  # a permanent label asks for room for its new text
        self._fit()

    def text(self) -> str:
        """The whole text, whatever fits on screen."""
        return SEPARATOR.join(self.parts)

    def shown(self) -> str:
        """What is on screen now (plain text)."""
        return plain(super().text())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        """As wide as the whole text, up to ``share`` of the status bar: the rest is
        left to the widgets beside it (the counts, the legend)."""
        hint = super().sizeHint()
        if self.share is None:
            return hint
        widths = [self.fontMetrics().horizontalAdvance(plain(SEPARATOR.join(f))) + 8
                  for f in self.forms]  # fmt: skip
        bar = self.parentWidget()
        cap = int(bar.width() * self.share) if bar is not None else max(widths, default=0)
        # the fullest form that fits under the cap: no room asked for and left empty
        return QSize(next((w for w in widths if w <= cap), cap), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - 4
        for form in self.forms:
            if metrics.horizontalAdvance(plain(SEPARATOR.join(form))) <= room:
                super().setText(SEPARATOR.join(form))
                return
        self._cut(self.forms[-1] if self.forms else [], room)

    def _cut(self, parts: list[str], room: int) -> None:
        """The parts that fit in ``room`` px, then "…"."""
        metrics = self.fontMetrics()
        room -= metrics.horizontalAdvance(" …")
        shown: list[str] = []
        used = 0
        for k, part in enumerate(parts):
            width = metrics.horizontalAdvance((SEPARATOR if k else "") + plain(part))
            if used + width > room:
                break
            shown.append(part)
            used += width
        if shown:
            super().setText(SEPARATOR.join(shown) + SEPARATOR + "…")
        elif parts and _ITEM.search(parts[0]):
            super().setText(self._items_that_fit(parts[0], room))
        else:
            first = plain(parts[0]) if parts else ""
            super().setText(metrics.elidedText(first, Qt.TextElideMode.ElideRight, max(room, 0)))

    def _items_that_fit(self, part: str, room: int) -> str:
        """The leading items of a part made of coloured items ("■≠7 ■↕1 ■+14") that
        fit, then "…": cut whole, so that each keeps its colour and sign."""
        metrics = self.fontMetrics()
        items = _ITEM.split(part)
        kept = items[:1]
        for item in items[1:]:
            if metrics.horizontalAdvance(plain(" ".join([*kept, item]))) > room:
                break
            kept.append(item)
        return " ".join(kept) + " …"


def light(colour: str, toward: str) -> str:
    """A change colour as a change of form shows it."""
    return blend(QColor(colour), QColor(toward), FORM_LIGHTER).name()


class StatusLine(QObject):
    """Fills a window's status bar; ``counts`` and ``legend`` are its labels."""

    def __init__(self, bar: QStatusBar, scheme: Scheme) -> None:
        super().__init__(bar)
        self.counts = ElidingLabel()
        self.counts.setAccessibleName(self.tr("Counts of changes"))
        legend = QLabel()
        self.legend = legend
        self.scheme = scheme
        legend.setAccessibleName(self.tr("Colour legend"))
        legend.setToolTip(
            self.tr("Changes of form (spelling, name variants, case, punctuation, spacing, ")
            + self.tr("references, numbering) are drawn lighter than changes of substance.")
        )
        self.gives_way: list[QWidget] = [legend]
        """Labels beside the counts hidden while a passing message longer than the room
        left of them is shown (a menu's hint ran into "No change selected")."""
        self._made_way: list[QWidget] = []
        bar.addWidget(self.counts, 1)
        bar.addPermanentWidget(legend)
        bar.installEventFilter(self)
        bar.messageChanged.connect(self._message_changed)

    @property
    def scheme(self) -> Scheme:
        return self._scheme

    @scheme.setter
    def scheme(self, scheme: Scheme) -> None:
        """New colours (dark, high contrast): the legend is drawn in them too."""
        self._scheme = s = scheme
        inserted, deleted = self.tr("inserted"), self.tr("deleted")
        replaced = self.tr("replaced")
        form = self.tr("form")
        self._swatches = (
            f"<span style='background:{s.inserted_bg};color:{s.inserted_fg}'>"
            f"<u>{inserted}</u></span> <span style='background:{s.deleted_bg};"
            f"color:{s.deleted_fg}'><s>{deleted}</s></span> <span style='background:"
            f"{s.replaced_bg};color:{s.replaced_fg};text-decoration:underline overline'>{replaced}</span> <span style='background:"
            f"{light(s.replaced_bg, s.base)};color:{light(s.replaced_fg, s.muted)}'>{form}</span>"
        )
        self._fit_legend()

    def _fit_legend(self) -> None:
        """ "Legend:" before the swatches where the status bar has room for it; in a
        narrow one the swatches alone (their words say what they are), so that the
        counts keep the room (1024 px in Russian cut the last of them)."""
        bar = self.legend.parentWidget()
        roomy = bar is None or bar.width() >= LEGEND_WORD_FROM_PX
        self.legend.setText((self.tr("Legend:") + " " if roomy else "") + self._swatches)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.legend.parentWidget() and event.type() == QEvent.Type.Resize:
            self._fit_legend()
        return False

    def say(self, text: str, ms: int = SAID_FOR_MS) -> None:
        """A passing message in the counts' place, for news that needs no answer and
        would be stale in the message bar a moment later."""
        bar = self.parent()
        if isinstance(bar, QStatusBar):
            bar.showMessage(text, ms)

    def _message_changed(self, message: str) -> None:
        """A passing message (a menu item's tip) takes the counts' place, and the counts
        come back after it. Qt hides them only if they are on screen when the message
        comes: one that came while the window was hidden was drawn over them. A message
        longer than the room Qt leaves it (up to the labels on the right) has the labels
        make way, and they come back with the counts."""
        self.counts.setVisible(not message)
        for widget in self._made_way:
            widget.show()
        self._made_way = []
        bar = self.parent()
        shown = [w for w in self.gives_way if w.isVisible()]
        if not message or not isinstance(bar, QStatusBar) or not shown:
            return
        needed = bar.fontMetrics().horizontalAdvance(message) + MESSAGE_MARGIN_PX
        if needed > min(w.mapTo(bar, QPoint(0, 0)).x() for w in shown):
            self._made_way = shown
            for widget in shown:
                widget.hide()

    def status_count(self, status: str, count: int) -> str:
        """ "7 modified": one message per status so each language can inflect for number."""
        n = int(count)
        texts = {
            "unchanged": lambda: self.tr("%Ln unchanged", "", n),
            "modified": lambda: self.tr("%Ln modified", "", n),
            "rewritten": lambda: self.tr("%Ln rewritten", "", n),
            "moved": lambda: self.tr("%Ln moved", "", n),
            "renumbered": lambda: self.tr("%Ln renumbered", "", n),
            "split": lambda: self.tr("%Ln split", "", n),
            "merged": lambda: self.tr("%Ln merged", "", n),
            "added": lambda: self.tr("%Ln added", "", n),
            "removed": lambda: self.tr("%Ln removed", "", n),
            "repealed": lambda: self.tr("%Ln repealed", "", n),
            "unknown": lambda: self.tr("%Ln not known", "", n),
        }
        text = texts.get(status)
        return text() if text else f"{number(n)} {status_text(status)}"

    def word_counts(self, deleted: int, inserted: int, characters: bool = False) -> str:
        """ "135 words deleted, 1,447 inserted"; ``characters``: the texts are written
        without spaces (Chinese, Japanese), whose words the diff counts are characters."""
        if characters:
            return (
                self.tr("%Ln character(s) deleted", "", int(deleted))
                + ", "
                + self.tr("%Ln inserted", "characters", int(inserted))
            )
        return (
            self.tr("%Ln word(s) deleted", "", int(deleted))
            + ", "
            + self.tr("%Ln inserted", "words", int(inserted))
        )

    def short_word_counts(self, deleted: int, inserted: int, characters: bool = False) -> str:
        """ "words: −135 +1447", where the status bar is narrow."""
        text = self.tr("characters: −{0} +{1}") if characters else self.tr("words: −{0} +{1}")
        return text.format(number(int(deleted)), number(int(inserted)))

    def class_counts(self, cmp: Comparison) -> str:
        """ "Word changes: wording 41, figures 3 · 15 hidden": per class, substance first,
        with the count of what the Show menu hides."""
        counts = cmp.class_counts()
        shown = [f"{class_text(c)} {number(counts[c])}" for c in CLASSES if counts[c]]
        text = self.tr("Word changes: {0}").format(", ".join(shown) or number(0))
        return text + self._hidden(cmp)

    def class_total(self, cmp: Comparison) -> str:
        """ "44 word changes · 15 hidden": the class counts summed, where the bar is narrow
        (word changes: Next Change also stops at whole articles added or removed)."""
        counts = cmp.class_counts()
        total = sum(counts[c] for c in CLASSES)
        return self.tr("%Ln word change(s)", "", int(total)) + self._hidden(cmp)

    def _hidden(self, cmp: Comparison) -> str:
        if cmp.shown == frozenset(CLASSES):
            return ""
        return " · " + self.tr("%Ln hidden", "changes", int(sum(cmp.hidden.values())))

    def show_counts(self, cmp: Comparison) -> None:
        """The counts in full where they fit; else shorter forms of the same counts,
        leanest last (then the class counts are left to the tooltip)."""
        stats = cmp.shown_stats()
        deleted, inserted = cmp.word_counts()
        statuses, bare, figures, signs = [], [], [], []
        for status, count, parts in counts_within(stats):
            if count:
                square = f"<span style='color:{self.scheme.status(status).name()}'>■</span>"
                # "6 modified (2 rewritten)": the rewritten are among the modified
                said = self.status_count(status, count) + "".join(
                    f" ({self.status_count(part, n)})" for part, n in parts.items()
                )
                statuses.append(f"{square} {said}")
                bare.append(said)
                figures.append(
                    f"{square}{STATUS_SIGNS.get(status, '')}{number(count)}"
                    + "".join(f" ({STATUS_SIGNS.get(p, '')}{number(n)})" for p, n in parts.items())
                )
                signs += [f"{STATUS_SIGNS.get(s, '')} {status_text(s)}" for s in (status, *parts)]
        words, short_words = (
            self.word_counts(deleted, inserted, cmp.counts_characters),
            self.short_word_counts(deleted, inserted, cmp.counts_characters),
        )
        classes, total = self.class_counts(cmp), self.class_total(cmp)
        n = cmp.to_review()
        review = [self.tr("%Ln pairing(s) to review", "", n)] if n else []
        short_review = [self.tr("%Ln to review", "pairings", n)] if n else []
        lean = ", ".join(bare)
        self.counts.set_parts(
            [*statuses, words, classes, *review],
            [
                [*statuses, words, total, *short_review],
                [*statuses, short_words, total, *short_review],
                [*statuses, short_words, *short_review],
                [lean, short_words, *short_review],
                [lean, *short_review],
                # "■≠7 ■↕1 ■+14": a sign beside each colour, the words in the tooltip
                # (with the counts of words while they fit: in Russian the lean form
                # did not, and the signs stood alone in a half-empty bar)
                [" ".join(figures), short_words, *short_review],
                [" ".join(figures), *short_review],
            ],
            ", ".join(signs),
        )
