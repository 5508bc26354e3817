"""Go → Go to Article…: pick an article by name and read it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from ...core.comparison import Comparison, Row
from ..common.names import segment_name


def tr(text: str) -> str:
    return QCoreApplication.translate("GoToArticle", text)


def article_choices(cmp: Comparison) -> list[tuple[str, Row]]:
    """Every row in reading order, named as the panes name it: "Art. 4 → Art. IX"."""
    out = []
    for row in cmp.rows():
        if row.kind == "pair":
            pair = cmp.pairs[row.index]
            old = " + ".join(segment_name(cmp.old.segments[i]) for i in pair.old)
            new = " + ".join(segment_name(cmp.new.segments[j]) for j in pair.new)
            name = new if old == new else f"{old} → {new}"
        elif row.kind == "added":
            name = tr("{0} (only in the newer text)").format(
                segment_name(cmp.new.segments[row.index])
            )
        else:
            name = tr("{0} (only in the older text)").format(
                segment_name(cmp.old.segments[row.index])
            )
        out.append((name, row))
    return out


def ask_article(cmp: Comparison, current: Row | None, parent: QWidget) -> Row | None:
    """The row the reader chose, or None when they cancelled."""
    choices = article_choices(cmp)
    names = [name for name, _row in choices]
    start = next((k for k, (_n, row) in enumerate(choices) if row == current), 0)
    name, ok = QInputDialog.getItem(
        parent, tr("Go to Article"), tr("Article:"), names, start, False
    )
    return choices[names.index(name)][1] if ok and name in names else None
