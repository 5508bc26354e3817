"""The concordance table: every article pair, added and removed article, sortable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from ...core.comparison import Comparison, Row
from ...core.fate import related_articles
from ..common.colours import Scheme
from ..common.filtering import refilter
from ..common.model_index import DECORATION, DISPLAY, FONT, FOREGROUND, TOOLTIP, Index
from ..common.names import label_name, reference, related_text
from ..common.tips import paragraph_tip
from ..common.vocabulary import (
    STATUS_WORDS,
    conjecture_tip,
    number,
    pair_flags,
    pair_status,
    pair_status_of,
    percent,
    status_text,
)
from .label_query import label_wanted, names_label

SWATCH = 12
"""Side of the status colour square, in pixels."""
LITTLE_IN_COMMON = 0.5
"""Similarity below which a doubtful pair is said to share little of its wording."""


def swatch(colour: QColor) -> QIcon:
    """The status colour as an icon that looks the same in a selected row: a bare
    colour would be tinted with the selection and lose its place in the colour key."""
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(colour)
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(pixmap, mode)
    return icon


SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("old", "new", "status", "similarity", "kept", "confidence", "changes", "origin")


class ConcordanceModel(QAbstractTableModel):
    def __init__(self, scheme: Scheme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme
        self.cmp: Comparison | None = None
        self.rows: list[Row] = []
        self._cells: dict[tuple[int, str], tuple[str, Any]] = {}
        self._absent: dict[tuple[int, str], bool] = {}
        self._swatches: dict[int, QIcon] = {}
        """Status colour icons by colour, made once rather than at every paint of a cell."""
        """Asked for each cell's font and colour at every paint: found once."""
        self._headers = (
            self.tr("Older"),
            self.tr("Newer"),
            self.tr("Status"),
            self.tr("Similarity"),
            self.tr("Kept"),
            self.tr("Link confidence"),
            self.tr("Changes"),
            self.tr("Decided by"),
        )
        self._header_tips = (
            self.tr("The article of the older text"),
            self.tr("What the newer text made of it"),
            self.tr("Unchanged, modified, moved, renumbered, split, merged, added or removed"),
            self.tr(
                "How much of the wording the two share, counting both articles' words: an "
                "article kept whole under much new text is little similar. Kept, the share "
                "of the older article's words the newer one keeps, tells that apart from a "
                "rewording."
            ),
            self.tr(
                "How much of the older article's wording the newer one keeps: 100% when "
                "nothing of it was deleted, however much was added. Similarity counts both "
                "articles' words, so it is low both for a rewording and for a long addition."
            ),
            self.tr(
                "How likely it is that these two articles are counterparts at all, however "
                "much their wording differs. Pairs below the review threshold (Preferences) "
                "are offered for review."
            ),
            self.tr("Word changes found in the pair"),
            self.tr("Whether the program paired the articles or you did (Link, Accept, Unlink)"),
        )

    def set_comparison(self, cmp: Comparison | None) -> None:
        self.beginResetModel()
        self.cmp = cmp
        self.rows = cmp.rows() if cmp is not None else []
        self._cells = {}
        self._absent = {}
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # The bounds checked here rather than by hasIndex(), which would call rowCount()
        # and columnCount() back in Python: the proxy and the header ask for thousands
        # of indexes as the table is first sized and painted.
        if parent.isValid() or not (0 <= row < len(self.rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return paragraph_tip(self._header_tips[section])
        return None

    # -- what a row says ---------------------------------------------------------
    def labels(self, row: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        assert self.cmp is not None
        r = self.rows[row]
        if r.kind == "pair":
            p = self.cmp.pairs[r.index]
            return tuple(self.cmp.label_of("old", p.old)), tuple(self.cmp.label_of("new", p.new))
        if r.kind == "added":
            return (), (self.cmp.new.segments[r.index].label,)
        return (self.cmp.old.segments[r.index].label,), ()

    def references(self, row: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The labels as people read them: annexes as "Annex 1", not a bare "1"."""
        assert self.cmp is not None
        r = self.rows[row]
        old, new = self.cmp.old.segments, self.cmp.new.segments
        if r.kind == "pair":
            p = self.cmp.pairs[r.index]
            return tuple(reference(old[i]) for i in p.old), tuple(reference(new[i]) for i in p.new)
        if r.kind == "added":
            return (), (reference(new[r.index]),)
        return (reference(old[r.index]),), ()

    def related(self, row: int) -> str:
        """For an article only one text has: where its matter went (or came from)."""
        r = self.rows[row]
        return related_text(r.kind, self.noted(row)) if r.kind != "pair" else ""

    def noted(self, row: int) -> tuple[str, ...]:
        """Where the texts' metadata and the editors' notes say an unpaired article's
        matter went (or came from)."""
        assert self.cmp is not None
        r = self.rows[row]
        if r.kind == "pair":
            return ()
        doc, other = (
            (self.cmp.old, self.cmp.new) if r.kind == "removed" else (self.cmp.new, self.cmp.old)
        )
        return related_articles(doc, doc.segments[r.index], other)

    def status(self, row: int) -> str:
        assert self.cmp is not None
        r = self.rows[row]
        if r.kind != "pair":
            return self.cmp.unpaired_status(r.kind, r.index)
        return pair_status(self.cmp.pairs[r.index])

    def doubts(self, row: int) -> list[str]:
        """What in a pair speaks against it, as the reader can check it in the texts
        (the review list had said only "please review" on every row)."""
        assert self.cmp is not None
        r = self.rows[row]
        if r.kind != "pair":
            return []
        p = self.cmp.pairs[r.index]
        out = []
        if p.shown_similarity < LITTLE_IN_COMMON:
            out.append(
                self.tr("• They share only {0} of their wording.").format(percent(p.similarity))
            )
        if p.moved:
            out.append(self.tr("• It stands at another place in the other text."))
        if len(p.old) > 1 or len(p.new) > 1:
            out.append(self.tr("• One text's article is several of the other's."))
        if p.renumbered:
            out.append(self.tr("• The two carry different numbers."))
        if not out:
            out.append(
                self.tr(
                    "• Its wording stands out only a little from how unrelated articles "
                    "of these texts read alike."
                )
            )
        return out

    def conjecture(self, row: int) -> str:
        """Why a pair's move or renumbering is only the edition's conjecture, or ""."""
        r = self.rows[row]
        if r.kind != "pair" or self.cmp is None:
            return ""
        return conjecture_tip(self.cmp, self.cmp.pairs[r.index])

    def uncertain(self, row: int) -> bool:
        r = self.rows[row]
        return r.kind == "pair" and self.cmp is not None and self.cmp.pairs[r.index].uncertain

    def changed(self, row: int) -> bool:
        return self.status(row) != "unchanged" or self._flags(row)

    def status_words(self, row: int) -> set[str]:
        """The status a row shows and the flags beside it ("modified (renumbered)")."""
        assert self.cmp is not None
        r = self.rows[row]
        words = {self.status(row)}
        if r.kind == "pair":
            words.update(self.cmp.pairs[r.index].badges)
        return words

    def _flags(self, row: int) -> bool:
        """Whether a pair shows flags beside its status ("(renumbered)")."""
        assert self.cmp is not None
        r = self.rows[row]
        if r.kind != "pair":
            return False
        return bool(pair_flags(self.cmp.pairs[r.index]))

    def _value(self, row: int, column: str) -> tuple[str, Any]:
        """(display text, sort key)."""
        assert self.cmp is not None
        r = self.rows[row]
        old, new = self.labels(row)
        old_refs, new_refs = self.references(row)
        pair = self.cmp.pairs[r.index] if r.kind == "pair" else None
        if column == "old":
            text = " + ".join(old_refs) or self._related(row) or self.tr("(none)")
            return text, self._order(old, "old")
        if column == "new":
            text = " + ".join(new_refs) or self._related(row) or self.tr("(none)")
            return text, self._order(new, "new")
        if column == "status":
            text = pair_status_of(self.cmp, pair) if pair else status_text(self.status(row))
            related = self.related(row)
            if related:
                text += " · " + related
            return text, text
        if pair is None:
            if column == "origin" and self.cmp.unpaired_by_reader(r.kind, r.index):
                who = self.tr("reader (unlinked)")
                return who, who
            return "—", -1.0
        if column == "similarity":
            return percent(pair.shown_similarity), pair.similarity
        if column == "kept":
            return percent(pair.shown_kept), pair.kept
        if column == "confidence":
            if pair.origin == "reader":  # the reader's choice: no figure vouches for it
                return self.tr("set by you"), pair.confidence
            mark = " ⚠" if pair.uncertain else ""
            return f"{percent(pair.shown_confidence)}{mark}", pair.confidence
        if column == "changes":
            return number(len(pair.changes)), len(pair.changes)
        who = self.tr("reader") if pair.origin == "reader" else self.tr("automatic")
        return who, who

    def _by_reader(self, row: int) -> bool:
        """Whether the row is a pair the reader set (linked or accepted)."""
        assert self.cmp is not None
        r = self.rows[row]
        return r.kind == "pair" and self.cmp.pairs[r.index].origin == "reader"

    def _cell(self, row: int, column: str) -> tuple[str, Any]:
        cell = self._cells.get((row, column))
        if cell is None:  # sorting asks for every row many times: compute once
            cell = self._cells[(row, column)] = self._value(row, column)
        return cell

    def shown_text(self, row: int, column: int) -> tuple[str, bool]:
        """What a cell says and whether in italics (it stands for no article): all its
        width depends on, asked without going through Qt (``column_fit``)."""
        name = COLUMNS[column]
        return self._cell(row, name)[0], self.absent(row, name)

    def _swatch(self, status: str) -> QIcon:
        colour = self.scheme.status(status)
        icon = self._swatches.get(colour.rgba())
        if icon is None:
            icon = self._swatches[colour.rgba()] = swatch(colour)
        return icon

    def absent(self, row: int, column: str) -> bool:
        """Whether the cell of an article column stands for no article at all."""
        if column not in ("old", "new"):
            return False
        found = self._absent.get((row, column))
        if found is None:
            refs = self.references(row)[0 if column == "old" else 1]
            found = self._absent[(row, column)] = not refs and not self._related(row)
        return found

    def _related(self, row: int) -> str:
        """For an added or removed article, the other text's articles that share its matter."""
        assert self.cmp is not None
        r = self.rows[row]
        if r.kind == "removed":
            related, other = self.cmp.related_old.get(r.index, ()), self.cmp.new
        elif r.kind == "added":
            related, other = self.cmp.related_new.get(r.index, ()), self.cmp.old
        else:
            return ""
        # What the editors say wins over what the wording suggests, so that this
        # cell and the status beside it name the same articles.
        noted = self.noted(row)
        if not (related or noted):
            return ""
        names = ", ".join(noted or [reference(other.segments[x.index]) for x in related])
        return self.tr("(none) · related: {0}").format(names)

    def _order(self, labels: tuple[str, ...], side: str) -> int:
        if not labels or self.cmp is None:
            return -1
        doc = self.cmp.old if side == "old" else self.cmp.new
        try:
            return doc.index_of(labels[0])
        except KeyError:
            return -1

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.cmp is None or index.row() >= len(self.rows):
            return None
        row, column = index.row(), COLUMNS[index.column()]
        if role in (DISPLAY, SORT_ROLE):
            cell = self._cell(row, column)
            return cell[0] if role == DISPLAY else cell[1]
        if role == ROW_ROLE:
            return row
        if role in (FONT, FOREGROUND) and self.absent(row, column):
            # Set apart from any label: a dash would read as the numeral 一 of a
            # Chinese article, so the cell says "(none)" in grey italics.
            if role == FOREGROUND:
                return QColor(self.scheme.muted)
            font = QFont()
            font.setItalic(True)
            return font
        if role == DECORATION and column == "status":
            return self._swatch(self.status(row))
        if role == FOREGROUND and column == "confidence" and self.uncertain(row):
            return QColor(self.scheme.status("removed"))
        if role == TOOLTIP:
            conjecture = self.conjecture(row) if column == "status" else ""
            if self.uncertain(row) and column in ("confidence", "status"):
                lines = [self.tr("Low confidence: please review this pairing"), *self.doubts(row)]
                return "\n".join([*lines, conjecture] if conjecture else lines)
            if conjecture:
                return conjecture
            if column == "origin":
                return self.tr("Whether the pairing was found automatically or set by you")
            if column == "confidence" and self._by_reader(row):
                return self.tr(
                    "You set this pairing (Link with…, Link selected or Accept): the "
                    "program rates only the pairings it finds"
                )
            if column in ("old", "new") and self.noted(row):
                return self.related(row)  # "its matter went to …", from the notes
            if column in ("old", "new") and self._related(row):
                return self.tr(
                    "Not paired; these articles of the other text share part of its wording"
                )
            if self.status(row) == "unknown" and column in ("status", "old", "new"):
                return self.tr(
                    "Not known whether it has a counterpart: one text gives this part only "
                    "as editor's notes, so the two cannot be compared"
                )
            if self.absent(row, column):
                return (
                    self.tr("No counterpart in the old text")
                    if column == "old"
                    else self.tr("No counterpart in the new text")
                )
            if column in ("old", "new"):  # the whole heading where the column elides it
                return self.data(index, DISPLAY)
        return None


WORD_COLUMNS = tuple(COLUMNS.index(name) for name in ("old", "new", "status", "origin"))
"""The columns typed text is looked for in: those of words, not the figures (a "4"
had found every pair with 4 changes)."""
LABEL_COLUMNS = (COLUMNS.index("old"), COLUMNS.index("new"))


class ConcordanceFilter(QSortFilterProxyModel):
    """Sort by real values; filter by text and by scope (all, to review, changed)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scope = "all"
        self.status_filter: str | None = None
        """The status word the filter text names, if it names one."""
        self.label_filter: str | None = None
        """The article label the filter text names ("4" for "Art. 4"), if it names one."""
        self.text_filter = ""
        """Other typed text, small letters, looked for in the columns of words."""
        self.keeps_all = True
        """No scope, status or text narrows the table: every row is kept without asking
        (a long comparison has tens of thousands of rows, each asked at every reset)."""
        self.setSortRole(SORT_ROLE)

    def set_scope(self, scope: str) -> None:
        def change() -> None:
            self.scope = scope
            self._narrowed()

        refilter(self, change)

    def _narrowed(self) -> None:
        wanted = self.status_filter or self.label_filter or self.text_filter
        self.keeps_all = self.scope == "all" and not wanted

    def set_text(self, text: str) -> None:
        """A status word ("moved") keeps the rows with that status or flag, so it no
        longer finds "removed"; a label ("4", "Art. 4", "IV") the rows naming that
        article; any other text is looked for in the columns of words."""
        wanted = text.strip().casefold()
        status = next(
            (key for key in STATUS_WORDS if wanted in (key, status_text(key).casefold())), None
        )
        label = None if status else label_wanted(wanted, label_name("").strip())

        def change() -> None:
            self.status_filter = status
            self.label_filter = label
            self.text_filter = "" if status or label else wanted
            self._narrowed()

        refilter(self, change)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self.keeps_all:
            return True
        model = self.sourceModel()
        assert isinstance(model, ConcordanceModel)
        if self.scope == "review" and not model.uncertain(source_row):
            return False
        if self.scope == "changed" and not model.changed(source_row):
            return False
        if self.status_filter is not None:
            return self.status_filter in model.status_words(source_row)
        if self.label_filter is not None:
            label = self.label_filter
            return any(
                names_label(label, model.shown_text(source_row, c)[0]) for c in LABEL_COLUMNS
            )
        wanted = self.text_filter
        return any(wanted in model.shown_text(source_row, c)[0].casefold() for c in WORD_COLUMNS)
