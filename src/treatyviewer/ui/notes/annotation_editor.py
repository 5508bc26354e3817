"""Editing one note: its text, its links to gazetteer entities, its tags.

Every change goes through the store, which pushes an undo command; the editor
then redraws from the store's ``changed`` signal, so undo and redo show up here
without special cases. Typing is applied after a short pause (and when the
reader moves on), and consecutive edits of one note merge into one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.document import Document
from ...core.entities import Gazetteer, find_mentions
from ..state.annotation_store import AnnotationStore
from .annotation_model import status_name
from .entity_completer import EntityCompleter

NOTE_APPLY_DELAY_MS = 500
"""Pause in typing after which the note text is applied (one merged undo step)."""
QUOTE_LINES = 2
"""Lines of the quoted passage shown; a longer quote scrolls (it pushed the note box
down to one line in a 700 px window)."""
NOTE_LINES = 3
NOTE_MOST_LINES = 8
"""Lines of the note box, however short the window: the dock scrolls instead."""
LIST_LINES = 2
"""Rows of linked entities or tags shown side by side; more scroll."""


def _lines_high(widget: QAbstractScrollArea, lines: int) -> int:
    """The height of ``lines`` lines of text in a scrolled box, with its frame."""
    margins = widget.contentsMargins()
    return widget.fontMetrics().lineSpacing() * lines + margins.top() + margins.bottom() + 8


class _NoteEdit(QPlainTextEdit):
    """The note's box, which asks for no more than its least height: a scroll area
    gives a widget the height it prefers, and the box's default preference (a dozen
    lines) had put a scroll bar beside an editor that fitted."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())


class QuoteView(QPlainTextEdit):
    """The quoted passage, selectable, at most ``QUOTE_LINES`` high: a long one scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.viewport().setAutoFillBackground(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.Start)  # the quote from its beginning
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As high as the quote's lines at this width, up to ``QUOTE_LINES``; none if empty."""
        text = self.toPlainText()
        width = max(1, self.viewport().width() - 2 * int(self.document().documentMargin()))
        flags = Qt.TextFlag.TextWordWrap
        rect = self.fontMetrics().boundingRect(0, 0, width, 100_000, flags, text)
        lines = min(QUOTE_LINES, -(-rect.height() // self.fontMetrics().lineSpacing()))
        # A block of plain text stands a document margin lower than its lines alone:
        # without it a one-word quote was a few pixels short and got a scroll bar.
        height = _lines_high(self, lines) + int(self.document().documentMargin()) if text else 0
        if self.height() != height:
            self.setFixedHeight(height)


class _ChipList(QListWidget):
    """A list of chips that takes the palette the window turns to: its style sheet fixed
    its colours when it was set, and in the dark palette it stayed a white box. The
    window changes its style, then its palette: the sheet is set again after both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._due = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and not self._due:
            self._due = True
            QTimer.singleShot(0, self, self._polish_again)  # (not once it is gone)

    def _polish_again(self) -> None:
        self.setStyleSheet(self.styleSheet())
        QTimer.singleShot(0, self, self._done)  # (the style change this sets off is its own)

    def _done(self) -> None:
        self._due = False


def _chips(widget: QListWidget, accessible: str, remove: Callable[[], None]) -> None:
    """A list of short names laid out side by side, each framed as a chip that Delete
    removes once chosen (a new reader saw plain words, "Batum  Kars", and no way to
    take one off); ``_fit_chips`` keeps it to ``LIST_LINES`` rows and hides it while
    empty (two tall empty lists took the room of the table's rows)."""
    widget.setAccessibleName(accessible)
    widget.setFlow(QListView.Flow.LeftToRight)
    widget.setWrapping(True)
    widget.setResizeMode(QListView.ResizeMode.Adjust)
    widget.setSpacing(2)
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    widget.setStyleSheet(
        "QListWidget::item { border: 1px solid palette(mid); border-radius: 7px;"
        " padding: 0px 6px; color: palette(text); }"
        " QListWidget::item:selected { background: palette(highlight);"
        " color: palette(highlighted-text); }"
    )
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(remove)


def _fit_chips(widget: QListWidget) -> None:
    """Show the list as high as its rows of names (up to ``LIST_LINES``), or not at all."""
    widget.setVisible(widget.count() > 0)
    if not widget.count():
        return
    widget.doItemsLayout()
    row = widget.visualItemRect(widget.item(0)).height() + 2 * widget.spacing()
    bottom = max(widget.visualItemRect(widget.item(k)).bottom() for k in range(widget.count()))
    rows = min(LIST_LINES, max(1, -(-(bottom + widget.spacing()) // row)))
    widget.setFixedHeight(rows * row + 2 * widget.frameWidth())


def _remove_button(text: str, parent: QWidget) -> QToolButton:
    """A small "remove" button beside a box: its words in the tooltip, an icon shown."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(text)
    button.setAccessibleName(text)
    icon = parent.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
    if not icon.isNull():
        button.setIcon(icon)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    return button


class AnnotationEditor(QWidget):
    goTo = Signal(str, int, int)
    """(side, start, end) of the edited note, when the reader asks to see it."""
    dismissed = Signal(str)
    """(note id) Escape in the note's text: the reader leaves the note as it is."""

    def __init__(
        self,
        store: AnnotationStore,
        gazetteer: Gazetteer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AnnotationEditor")
        self.setAccessibleName(self.tr("Note editor"))
        self._filling = False  # True while the editor itself sets the note text
        self.store = store
        self.gazetteer = gazetteer if gazetteer is not None else store.gazetteer
        self._id: str | None = None
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_APPLY_DELAY_MS)
        self._note_timer.timeout.connect(self.apply_note)
        self._build()
        store.changed.connect(self._refresh)
        self._refresh()

    def _build(self) -> None:
        self.place_label = QLabel(self)
        self.place_label.setWordWrap(True)
        self.quote_label = QuoteView(self)
        self.quote_label.setAccessibleName(self.tr("Quoted passage"))

        self.note_edit = _NoteEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note text"))
        self.note_edit.setPlaceholderText(self.tr("Write a note…"))
        self.note_edit.textChanged.connect(self._note_typed)
        self.note_edit.setTabChangesFocus(True)  # Tab goes on to Entities, as in a form
        self.note_edit.installEventFilter(self)
        self.note_edit.setMinimumHeight(_lines_high(self.note_edit, NOTE_LINES))
        # Past a few lines a note scrolls, and the list of notes above gets the room (it
        # showed three notes above an empty box as tall as the list).
        self.note_edit.setMaximumHeight(_lines_high(self.note_edit, NOTE_MOST_LINES))

        self.entity_edit = QLineEdit(self)
        self.entity_edit.setAccessibleName(self.tr("Link an entity"))
        self.entity_edit.setPlaceholderText(self.tr("Entity: Kars, Карс, Armenia…"))
        self.completer = EntityCompleter(self.gazetteer, self)
        self.entity_edit.setCompleter(self.completer)
        self.entity_edit.returnPressed.connect(self.link_typed_entity)
        self.completer.activated.connect(lambda _text: self.link_typed_entity())
        self._named_in: tuple[Document | None, Document | None] | None = None
        self.entity_edit.textEdited.connect(lambda _text: self._complete_from_texts())
        self.entity_edit.textEdited.connect(self.completer.prefer)
        self.entity_problem = QLabel(self)
        self.entity_problem.setObjectName("entity-problem")
        self.entity_problem.setWordWrap(True)
        self.entity_problem.setStyleSheet("color: #D55E00;")  # vermilion: light and dark
        self.entity_problem.hide()
        self.entity_edit.textEdited.connect(lambda _text: self._say_entity_problem(""))
        self.entity_list = _ChipList(self)
        _chips(self.entity_list, self.tr("Linked entities"), self._unlink_selected)
        self.unlink_button = _remove_button(self.tr("Remove the link chosen below"), self)
        self.unlink_button.clicked.connect(self._unlink_selected)

        self.tag_edit = QLineEdit(self)
        self.tag_edit.setAccessibleName(self.tr("Add a tag"))
        self.tag_edit.setPlaceholderText(self.tr("Tag, then Enter"))
        self.tag_model = QStringListModel(self)
        tag_completer = QCompleter(self.tag_model, self)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_edit.setCompleter(tag_completer)
        self.tag_edit.returnPressed.connect(self.add_typed_tag)
        self.tag_list = _ChipList(self)
        _chips(self.tag_list, self.tr("Tags"), self._remove_selected_tag)
        self.untag_button = _remove_button(self.tr("Remove the tag chosen below"), self)
        self.untag_button.clicked.connect(self._remove_selected_tag)

        self.copy_button = QToolButton(self)
        self.copy_button.setText(self.tr("Copy into session"))
        self.copy_button.setToolTip(self.tr("Curated notes are read-only; edit a copy of it"))
        self.copy_button.clicked.connect(self._copy_curated)
        self.delete_button = QToolButton(self)
        self.delete_button.setText(self.tr("Delete note"))
        self.delete_button.setToolTip(self.tr("Delete the note (Del in the list of notes)"))
        self.delete_button.clicked.connect(self._delete)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(3)
        form.addRow(self.tr("Note"), self.note_edit)
        entity_row = QHBoxLayout()
        entity_row.addWidget(self.entity_edit, 1)
        entity_row.addWidget(self.unlink_button)
        form.addRow(self.tr("Entities"), entity_row)
        form.addRow("", self.entity_problem)
        form.addRow("", self.entity_list)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_edit, 1)
        tag_row.addWidget(self.untag_button)
        form.addRow(self.tr("Tags"), tag_row)
        form.addRow("", self.tag_list)
        # Where the note is and what to do with it on one line: a row of buttons of
        # its own below the form was cut off in a 700 px window.
        heading = QHBoxLayout()
        heading.addWidget(self.place_label, 1)
        heading.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        self.place_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        # Tab goes from box to box as the form reads (Note, Entities, Tags), then to the
        # chips and their buttons: Tab from Entities had landed on a chip, where the tag
        # typed next was lost.
        order = (self.note_edit, self.entity_edit, self.tag_edit, self.entity_list,
                 self.unlink_button, self.tag_list, self.untag_button)  # fmt: skip
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        # Never less than its rows take: a chip added grows it at once (in its scroll
        # area, between two layouts, the note's box had been squeezed under its lines).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(heading)
        layout.addWidget(self.quote_label)
        layout.addLayout(form, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.note_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self._id is not None
        ):
            self.apply_note()
            self.dismissed.emit(self._id)
            return True
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        """As high as its least: the list of notes above takes the rest of the dock (the
        note box's own large hint left the list one row in a 700 px window); the reader
        can drag the divider."""
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    # -- public API ---------------------------------------------------------------
    @property
    def annotation_id(self) -> str | None:
        return self._id

    def set_annotation(self, annotation_id: str | None) -> None:
        """Show a note (None: nothing); pending typing is applied to the previous one. An
        entity or tag typed and not yet linked goes with it: it was the previous note's,
        and stood in the box over the next texts opened."""
        if annotation_id == self._id:
            return
        self.apply_note()
        self._id = annotation_id
        self.entity_edit.clear()
        self.tag_edit.clear()
        self._say_entity_problem("")
        self._refresh()

    def apply_note(self) -> None:
        """Apply the typed note text now (the delay timer calls this too)."""
        self._note_timer.stop()
        entry = self.store.entry(self._id) if self._id else None
        if entry is None or not entry.editable:
            return
        text = self.note_edit.toPlainText()
        if text != entry.annotation.note:
            self.store.set_note(entry.id, text)

    def link_typed_entity(self) -> bool:
        """Link the entity named in the entity box, or else the first the list offers
        for what was typed ("Kar" → Kars); False if the list offers none (the editor
        then says so below the box and keeps the text to be corrected)."""
        typed = " ".join(self.entity_edit.text().split())
        if self._id is None or not typed:
            return False
        entity_id = self.completer.entity_id(typed) or self.completer.first_offered(typed)
        if entity_id is None:
            self._say_entity_problem(self.tr("“{0}” is not in the gazetteer").format(typed))
            return False
        self._say_entity_problem("")
        self.store.link_entity(self._id, entity_id)
        QTimer.singleShot(0, self.entity_edit.clear)  # after the completer fills the box
        return True

    def add_typed_tag(self) -> None:
        tag = self.tag_edit.text().strip()
        if tag and self._id is not None:
            self.store.add_tag(self._id, tag)
        self.tag_edit.clear()

    # -- internals --------------------------------------------------------------------
    def _complete_from_texts(self) -> None:
        """Offer first the entities the open texts name (their mentions are found once
        per text, and already are by the time a reader writes a note)."""
        session = self.store.session
        texts = (session.old, session.new)
        known = self._named_in
        if known is not None and all(a is b for a, b in zip(texts, known, strict=True)):
            return
        self._named_in = texts
        named: dict[str, int] = {}
        for doc in texts:
            for mention in find_mentions(doc, self.gazetteer) if doc is not None else ():
                named[mention.entity_id] = named.get(mention.entity_id, 0) + 1
        self.completer.set_named(named)

    def _say_entity_problem(self, text: str) -> None:
        self.entity_problem.setText(text)
        self.entity_problem.setAccessibleName(text)
        self.entity_problem.setVisible(bool(text))

    def _note_typed(self) -> None:
        if not self._filling:
            self._note_timer.start()

    def _refresh(self) -> None:
        entry = self.store.entry(self._id) if self._id else None
        editable = entry is not None and entry.editable
        for widget in (self.note_edit, self.entity_edit, self.tag_edit):
            widget.setReadOnly(not editable)
            # With no note, greyed: white fields took the typing and kept nothing.
            widget.setEnabled(entry is not None)
        for button in (self.unlink_button, self.untag_button, self.delete_button):
            button.setEnabled(editable)
        self.copy_button.setVisible(entry is not None and not editable)
        self.delete_button.setVisible(not self.copy_button.isVisibleTo(self))  # one at a time
        self.tag_model.setStringList(self.store.tags())
        self.entity_list.clear()
        self.tag_list.clear()
        self.entity_list.hide()
        self.tag_list.hide()
        if entry is None:
            self._set_note_text("")
            self.place_label.setText(self.tr("No note selected"))
            self.quote_label.clear()
            return
        annotation = entry.annotation
        origin = self.tr("curated, read-only") if entry.origin == "curated" else self.tr("mine")
        self.place_label.setText(
            f"<b>{escape(entry.place_name)}</b> · {status_name(entry.status)} · {origin}"
        )
        quote = " / ".join(t.exact for t in annotation.targets if t.exact)
        self.quote_label.setText(f"“{quote}”" if quote else "")
        if not self._note_timer.isActive():
            self._set_note_text(annotation.note)
        for entity_id in annotation.entity_ids:
            entity = self.gazetteer.get(entity_id)
            item = QListWidgetItem(entity.label if entity else entity_id)
            item.setData(Qt.ItemDataRole.UserRole, entity_id)
            about = entity.description if entity is not None else ""
            item.setToolTip("\n".join([*([about] if about else []), self.tr("Delete unlinks it")]))
            self.entity_list.addItem(item)
        self.tag_list.addItems(list(annotation.tags))
        _fit_chips(self.entity_list)
        _fit_chips(self.tag_list)

    def _set_note_text(self, text: str) -> None:
        if self.note_edit.toPlainText() == text:
            return
        self._filling = True
        try:
            self.note_edit.setPlainText(text)
        finally:
            self._filling = False

    def _unlink_selected(self) -> None:
        item = self.entity_list.currentItem()
        if item is not None and self._id is not None:
            self.store.unlink_entity(self._id, item.data(Qt.ItemDataRole.UserRole))

    def _remove_selected_tag(self) -> None:
        item = self.tag_list.currentItem()
        if item is not None and self._id is not None:
            self.store.remove_tag(self._id, item.text())

    def _copy_curated(self) -> None:
        if self._id is not None:
            self.set_annotation(self.store.copy_curated(self._id))

    def _delete(self) -> None:
        if self._id is not None:
            self.apply_note()
            self.store.delete(self._id)
            self.set_annotation(None)
