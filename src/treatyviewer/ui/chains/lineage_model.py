"""The lineage table: one row per lineage, one column per version; sortable and filterable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from ...core.chain import Chain
from ...core.lineage import Step
from ...io.chain_report import TINTED
from ...io.lineage_table import cell_label, joined_labels, step_note, step_words, version_name
from ..common.colours import Scheme
from ..common.filtering import refilter
from ..common.model_index import Index
from ..common.names import unnumbered_names
from ..common.vocabulary import status_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
LINEAGE_ROLE = Qt.ItemDataRole.UserRole + 2


def said_of(status: str, flags: tuple[str, ...]) -> str:
    """ "moved (modified, renumbered)" in the interface's language."""
    said = status_text(status)
    return said + (f" ({', '.join(status_text(f) for f in flags)})" if flags else "")


def step_said(chain: Chain, step: Step) -> str:
    """``lineage_table.step_note`` in the interface's language: the tooltip and the
    filter had read "modified, moved, renumbered" in English under a Russian window."""
    status, flags = step_words(step)
    said = said_of(status, flags)
    if step.status == "returned" and step.since is not None:
        said = QCoreApplication.translate("LineagePanel", "returned from version {0}").format(
            step.since + 1
        ) + (f" ({', '.join(status_text(f) for f in flags)})" if flags else "")
    if step.joined and step.status != "added":
        said += ", " + QCoreApplication.translate("LineagePanel", "beside it {0} added").format(
            joined_labels(chain, step)
        )
    return said


class LineageTableModel(QAbstractTableModel):
    def __init__(self, scheme: Scheme, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.scheme = scheme
        self.chain: Chain | None = None

    def set_chain(self, chain: Chain | None) -> None:
        self.beginResetModel()
        self.chain = chain
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.chain is None else len(self.chain.lineages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.chain is None else len(self.chain.documents) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if self.chain is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return "#"
            k = section - 1
            return f"{k + 1}. {version_name(self.chain.documents[k], k)}"
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            doc = self.chain.documents[section - 1]
            return doc.title or doc.source
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        chain = self.chain
        if chain is None or not index.isValid():
            return None
        lineage = chain.lineages[index.row()]
        if role == LINEAGE_ROLE:
            return index.row()
        if index.column() == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return index.row() + 1  # the chain holds them in reading order
            return None
        step = lineage.steps[index.column() - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            label = cell_label(chain, step, unnumbered_names())
            # as the pair's concordance and the reports say it: "moved (modified)"
            status, flags = step_words(step)
            if status in ("present", "unchanged", "absent") and not flags:
                return label
            return f"{label}  ·  {said_of(status, flags)}"
        if role == SORT_ROLE:
            return min(step.segments) if step.present else 1 << 30
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{cell_label(chain, step, unnumbered_names())}: {step_said(chain, step)}"
        if role == Qt.ItemDataRole.BackgroundRole and step.status in TINTED:
            went = step.status == "returned" or (
                step.moved and step.shown_status in ("unchanged", "modified")
            )
            shown = "moved" if went else step.shown_status
            return self.scheme.status_tint(shown)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell_label(chain, step, unnumbered_names())}, {step_said(chain, step)}"
        return None


class LineageFilter(QSortFilterProxyModel):
    """Rows whose labels or statuses contain the filter text; optionally changed ones only."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.changed_only = False
        self.setSortRole(SORT_ROLE)

    def set_text(self, text: str) -> None:
        refilter(self, lambda: setattr(self, "text", text.strip().casefold()))

    def set_changed_only(self, on: bool) -> None:
        refilter(self, lambda: setattr(self, "changed_only", on))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        chain = model.chain if isinstance(model, LineageTableModel) else None
        if chain is None:
            return True
        lineage = chain.lineages[source_row]
        if self.changed_only and not lineage.changed:
            return False
        if not self.text:
            return True
        # the words on show (a Russian reader types "удалена") and the English ones
        words = " ".join(
            f"{cell_label(chain, s)} {cell_label(chain, s, unnumbered_names())} "
            f"{step_note(chain, s)} {step_said(chain, s)}"
            for s in lineage.steps
        ).casefold()
        return all(part in words for part in self.text.split())
