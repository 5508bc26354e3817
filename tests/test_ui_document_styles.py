"""How the window shows document styles beyond treaties (see test_document_styles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from test_document_styles import ZH_NEW, ZH_OLD

pytestmark = pytest.mark.gui


def test_no_counterpart_cannot_be_read_as_the_chinese_numeral_one(
    make_window, tmp_path: Path
) -> None:
    old, new = tmp_path / "zh-old.txt", tmp_path / "zh-new.txt"
    old.write_text(ZH_OLD, encoding="utf-8")
    new.write_text(ZH_NEW, encoding="utf-8")
    window = make_window(old, new)
    model = window.concordance.model
    cells = {
        (model.index(r, 0).data(), model.index(r, 1).data()): r for r in range(model.rowCount())
    }
    absent = [(o, n) for (o, n) in cells if "(none)" in (o, n)]
    assert sorted(absent) == [("(none)", "三"), ("五", "(none)")], sorted(cells)
    first = cells[("一", "一")]
    removed = cells[("五", "(none)")]
    cell = model.index(removed, 1)
    assert cell.data(Qt.ItemDataRole.FontRole).italic()
    assert cell.data(Qt.ItemDataRole.ToolTipRole) == "No counterpart in the new text"
    assert model.index(first, 1).data(Qt.ItemDataRole.FontRole) is None
