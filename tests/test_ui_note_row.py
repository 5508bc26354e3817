"""Going to a note makes its article the concordance's current row.

Clicking a note on Art. XIV in the Notes list scrolled the texts to it but left
Art. XIII chosen in the concordance: the row followed whatever article stood at the
top of the pane, above the passage that had been put in view with room around it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.concordance.concordance import ROW_ROLE

pytestmark = pytest.mark.gui


def test_each_note_gone_to_chooses_the_row_of_its_article(make_window) -> None:
    window = make_window()
    panel = window.reading.notes
    cmp = window.session.comparison
    conc = window.concordance
    checked = 0
    for row in range(panel.proxy.rowCount()):
        index = panel.proxy.index(row, 0)
        entry = panel.model.entry_at(panel.proxy.mapToSource(index).row())
        if entry.place is None:
            continue
        side, start, _end = entry.place
        k = 0 if side == "old" else 1
        segment = (cmp.old if k == 0 else cmp.new).segment_at(start)
        if segment is None:
            continue
        panel.go_to_row(index)
        QApplication.processEvents()
        current = conc.model.rows[int(conc.table.currentIndex().data(ROW_ROLE))]
        assert current == cmp.row_of_segment(k, segment), (side, start)
        checked += 1
    assert checked >= 3, "the bundled pair comes with notes placed in its articles"
