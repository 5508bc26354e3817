"""The Concordance and the panes give, beside similarity, the share of the older wording
kept: the 1920 draft's Article 1, kept word for word under three new paragraphs of the
1921 treaty's Article I, read "Similarity 26%" alone, as if largely rewritten."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from treatyviewer.ui.concordance.concordance import COLUMNS

pytestmark = pytest.mark.gui


def test_the_concordance_shows_kept_beside_similarity(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    model = window.concordance.model
    kept = COLUMNS.index("kept")
    assert kept == COLUMNS.index("similarity") + 1
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(kept, horizontal, Qt.ItemDataRole.DisplayRole) == "Kept"
    for column in (kept, kept - 1):  # each header's tooltip tells the two figures apart
        tip = model.headerData(column, horizontal, Qt.ItemDataRole.ToolTipRole)
        assert "older article" in tip and "both" in tip, tip
    row = next(r for r in range(model.rowCount()) if model.labels(r) == (("1",), ("I",)))
    assert model.index(row, kept - 1).data() == "26%"
    assert model.index(row, kept).data() == "100%"


def test_the_status_column_stays_in_view_in_a_small_window(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(size=(800, 600))
    table = window.concordance.table
    header = table.horizontalHeader()
    status = COLUMNS.index("status")
    assert header.sectionViewportPosition(status) + header.sectionSize(status) <= (
        table.viewport().width()
    )


def test_a_pair_s_badge_tooltip_gives_the_wording_kept(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    cmp = window.session.comparison
    pair = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["1"])
    for side, rendered in zip((pair.old, pair.new), window.view.rendered, strict=True):
        block = rendered.document.findBlockByNumber(rendered.map.heading_block[side[0]])
        tips = set()
        it = block.begin()
        while not it.atEnd():
            tips.add(it.fragment().charFormat().toolTip())
            it += 1
        assert "Similarity 26%, older wording kept 100%, confidence" in " ".join(tips), tips


def _heading_tips(window, pair) -> str:  # type: ignore[no-untyped-def]
    """The tooltips on the headings of ``pair``'s articles, in both panes."""
    tips = set()
    for side, rendered in zip((pair.old, pair.new), window.view.rendered, strict=True):
        block = rendered.document.findBlockByNumber(rendered.map.heading_block[side[0]])
        it = block.begin()
        while not it.atEnd():
            tips.add(it.fragment().charFormat().toolTip())
            it += 1
    return " ".join(tips)


def test_a_pair_the_reader_linked_is_said_set_by_them_not_sure_to_100_percent(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Linked by hand, the draft's Art. 4 and the treaty's Art. II read "Similarity 1%,
    Kept 0%, Link confidence 100%": as if the program vouched for the reader's choice."""
    from conftest import wait_compared, when_modal
    from treatyviewer.core.comparison import Row
    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    window = make_window()
    conc, cmp = window.concordance, window.session.comparison
    conc.select_row(conc.row_of(Row("removed", cmp.old.index_of("4"))))

    def answer(dialog: LinkDialog) -> None:
        qtbot.keyClicks(dialog.field, "II")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    when_modal(LinkDialog, answer)
    conc.link_button.click()
    wait_compared(qtbot, window, cmp)
    model, after = conc.model, window.session.comparison
    row = next(r for r in range(model.rowCount()) if model.labels(r) == (("4",), ("II",)))
    cell = model.index(row, COLUMNS.index("confidence"))
    assert cell.data() == "set by you"
    assert "You set this pairing" in cell.data(Qt.ItemDataRole.ToolTipRole)
    automatic = next(r for r in range(model.rowCount()) if model.labels(r) == (("1",), ("I",)))
    assert model.index(automatic, COLUMNS.index("confidence")).data() == "100%"
    pair = next(p for p in after.pairs if after.label_of("old", p.old) == ["4"])
    tips = _heading_tips(window, pair)
    assert "pairing set by you" in tips and "confidence" not in tips, tips
