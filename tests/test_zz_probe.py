from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import wait_compared
from treatyviewer.core.comparison import Row


def test_probe(make_window, qtbot):
    window = make_window(size=(1400, 900))
    conc, cmp = window.concordance, window.session.comparison
    k = next(i for i, p in enumerate(cmp.pairs) if cmp.label_of("old", p.old) == ["5"])
    print("pair", k, cmp.label_of("old", cmp.pairs[k].old), cmp.label_of("new", cmp.pairs[k].new))
    src = conc.row_of(Row("pair", k))
    index = conc.proxy.mapFromSource(conc.model.index(src, 0))
    QTest.mouseClick(
        conc.table.viewport(), Qt.MouseButton.LeftButton, pos=conc.table.visualRect(index).center()
    )
    qtbot.wait(300)

    def where():
        v = window.view
        nav = v.navigator
        return (
            nav.row_at_top(),
            window.position.current_row(),
            [conc.model.labels(r) for r in conc.selected_rows()],
        )

    print("before", where())
    QTest.mouseClick(conc.unlink_button, Qt.MouseButton.LeftButton)
    wait_compared(qtbot, window, cmp)
    qtbot.wait(500)
    c2 = window.session.comparison
    print("after", where())
    window.undo_stack.undo()
    wait_compared(qtbot, window, c2)
    qtbot.wait(500)
    print("undo", where())
    c3 = window.session.comparison
    window.undo_stack.redo()
    wait_compared(qtbot, window, c3)
    qtbot.wait(500)
    print("redo", where())
