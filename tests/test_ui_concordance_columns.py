"""Concordance columns fit their widest cell, as Qt itself would size them, after every change."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from treatyviewer.ui.concordance.column_fit import ROWS_MEASURED

pytestmark = pytest.mark.gui


def _qt_widths(table) -> list[int]:  # type: ignore[no-untyped-def]
    """What Qt's own resize-to-contents gives each column but the stretched last one."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(ROWS_MEASURED)
    widths = []
    for column in range(header.count() - 1):
        size = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        widths.append(max(size, header.minimumSectionSize()))
    return widths


def _fit(concordance) -> bool:  # type: ignore[no-untyped-def]
    """Each column as wide as Qt would make it, or, where that is beyond the most a
    column takes, at least that most and at most its contents (it got spare width)."""
    table, most = concordance.table, concordance.columns.most
    return all(
        have == want or most <= have <= want
        for have, want in zip(_widths(table), _qt_widths(table), strict=True)
    )


def _widths(table) -> list[int]:  # type: ignore[no-untyped-def]
    header = table.horizontalHeader()
    return [header.sectionSize(c) for c in range(header.count() - 1)]


def test_columns_fit_their_contents_and_the_last_takes_the_rest(make_window) -> None:
    window = make_window()
    table = window.concordance.table
    assert window.concordance.proxy.rowCount() > 10
    assert _fit(window.concordance)
    header = table.horizontalHeader()
    last = header.count() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) == (
        table.viewport().width()
    )


def test_columns_fit_again_when_the_rows_or_the_font_change(make_window, qtbot) -> None:
    window = make_window()
    concordance = window.concordance
    table = concordance.table
    before = _widths(table)
    concordance.filter.setText("added")  # the removed Art. 4's "related: I, II, III, XV" goes
    assert _fit(concordance)
    assert _widths(table)[1] < before[1], (_widths(table), before)
    concordance.filter.setText("")
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert _fit(concordance) and _widths(table) == before  # the same rows: the same widths
    font = QFont(table.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    table.setFont(font)
    qtbot.waitUntil(lambda: _fit(concordance))
    cap = concordance.columns.most
    grown = [after > was for after, was in zip(_widths(table), before, strict=True) if was < cap]
    assert grown and all(grown), (before, _widths(table))


def test_a_long_pair_s_columns_fit_rows_far_below_the_first(make_window, tmp_path) -> None:
    """In a long pair the first rows may all be short ("unchanged") while longer texts
    come further down: they were clipped ("modified…", "unchang…")."""
    words = ("harbour", "pilot", "vessel", "register", "quay", "crossing", "channel", "berth")
    bodies = [" ".join(words[(k + j) % 8] for j in range(12)) + f" rule {k}." for k in range(90)]
    new_bodies = [*bodies[:80], bodies[85], *bodies[80:85], *bodies[86:]]  # 86 moved up
    new_bodies[83] = new_bodies[83].replace("quay", "slipway")
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("\n\n".join(f"Article {k + 1}\n{b}" for k, b in enumerate(bodies)), "utf-8")
    new.write_text("\n\n".join(f"Article {k + 1}\n{b}" for k, b in enumerate(new_bodies)), "utf-8")
    window = make_window(old, new)
    concordance = window.concordance
    table, model = concordance.table, concordance.model
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    texts = [[model.shown_text(row, c)[0] for row in range(model.rowCount())] for c in range(3)]
    assert max(map(len, texts[2])) > max(map(len, texts[2][:ROWS_MEASURED]))  # the case
    for column in range(header.count() - 1):
        widest = max(metrics.horizontalAdvance(t) for t in texts[column]) if column < 3 else 0
        assert header.sectionSize(column) >= min(widest, concordance.columns.most), column


def test_a_wide_window_gives_a_long_status_its_width_before_the_last_column(make_window) -> None:
    """At 1600 px "Decided by" took half the table while the status beside it read
    "removed · its matter went to I…"."""
    window = make_window(size=(1600, 1000))
    concordance = window.concordance
    table, model = concordance.table, concordance.model
    status = 2
    texts = [model.shown_text(row, status)[0] for row in range(model.rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(t) for t in texts)
    assert widest > concordance.columns.most  # the case: longer than a column's most
    assert table.horizontalHeader().sectionSize(status) >= widest
