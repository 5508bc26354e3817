"""An article left unpaired names, in the concordance, the articles that took up its matter."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt


def test_removed_draft_article_4_names_its_related_articles(make_window, qtbot) -> None:
    window = make_window()
    model = window.concordance.model
    row = next(r for r in range(model.rowCount()) if model.labels(r) == (("4",), ()))
    newer = model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
    # The editors' notes name where its matter went; the cell and the status agree.
    assert newer == "(none) · related: I, II, III, XV"  # no counterpart: only related
    status = model.data(model.index(row, 2), Qt.ItemDataRole.DisplayRole)
    assert status.endswith("its matter went to I, II, III, XV")
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip == "its matter went to I, II, III, XV"
    # A paired row keeps its plain labels.
    paired = next(r for r in range(model.rowCount()) if model.labels(r) == (("1",), ("I",)))
    assert model.data(model.index(paired, 1), Qt.ItemDataRole.DisplayRole) == "I"
    if os.environ.get("TREATYVIEWER_SHOTS"):
        table = window.concordance.table
        table.scrollTo(window.concordance.proxy.mapFromSource(model.index(row, 0)))
        table.grab().save(os.path.join(os.environ["TREATYVIEWER_SHOTS"], "related.png"))


def test_review_threshold_changes_the_review_queue_at_once(make_window, qtbot) -> None:
    window = make_window()
    session = window.session
    automatic = sum(p.origin == "auto" for p in session.comparison.pairs)
    with qtbot.waitSignal(session.changed):
        session.set_review_threshold(1.01)
    assert len(session.comparison.review_queue()) == automatic
    with qtbot.waitSignal(session.changed):
        session.set_review_threshold(0.0)
    assert session.comparison.review_queue() == []


def test_status_line_counts_pairings_to_review_in_good_english(make_window, qtbot) -> None:
    # Moscow -> Kars has one pairing less sure than all others (the draft's two least
    # sure are the preamble and the closing, equally sure).
    window = make_window("moscow-1921", "kars-1921")
    session = window.session
    confidences = sorted(p.confidence for p in session.comparison.pairs if p.origin == "auto")
    assert confidences[0] < confidences[1]
    with qtbot.waitSignal(session.changed):
        session.set_review_threshold((confidences[0] + confidences[1]) / 2)
    assert len(session.comparison.review_queue()) == 1
    assert "1 pairing to review" in window.counts.text()
    with qtbot.waitSignal(session.changed):
        session.set_review_threshold(1.01)
    assert f"{len(confidences)} pairings to review" in window.counts.text()


def test_without_editors_notes_the_wording_names_the_related_articles(make_window):
    from pathlib import Path

    pairs = Path(__file__).parent / "related_pairs"
    window = make_window(pairs / "commission-old.txt", pairs / "commission-new.txt")
    cmp = window.session.comparison
    model = window.concordance.model
    # Old Art. 2 was struck out and shared out between new Arts. 7 and 3.
    assert list(cmp.related_old) == [cmp.old.index_of("2")]
    for index, related in cmp.related_old.items():
        row = next(r for r in range(model.rowCount()) if model.rows[r].kind == "removed"
                   and model.rows[r].index == index)  # fmt: skip
        names = ", ".join(cmp.new.segments[x.index].reference for x in related)
        assert names == "7, 3"
        assert (
            model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
            == f"(none) · related: {names}"
        )
        tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
        assert "share part of its wording" in tip


def test_a_one_letter_link_follows_a_click_beside_its_letter(make_window, qtbot) -> None:
    """The "I" of "its matter went to I, II, III, XV" showed its tip ("Goes to Art. I")
    where a click only moved the text cursor: click and tip now find the link alike,
    a few pixels to either side of a narrow letter."""
    window = make_window(size=(1400, 900))
    pane = window.view.old_pane
    cmp = window.session.comparison
    four = cmp.old.index_of("4")
    block = pane.document().findBlockByNumber(window.view.rendered[0].map.heading_block[four])
    at = block.position() + block.text().index("went to I,") + len("went to ")
    cursor = pane.textCursor()
    cursor.setPosition(at)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    qtbot.wait(50)
    end = pane.textCursor()
    end.setPosition(at + 1)
    left, right = pane.cursorRect(cursor).left(), pane.cursorRect(end).left()
    assert right - left < 8  # a narrow letter
    beside = pane.cursorRect(end).center()
    beside.setX(right + 3)  # just past the letter, where the tip still showed
    with qtbot.waitSignal(pane.articleClicked, timeout=3000) as clicked:
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=beside)
    side, index = clicked.args
    assert (side, cmp.new.segments[index].label) == (1, "I")


def test_following_a_related_link_makes_that_article_current(make_window, qtbot) -> None:
    """The "4" of Art. II's "its matter came from 4": the pane went to draft Art. 4, but
    the concordance and the outline kept "3 → IX", the article at the top before."""
    from treatyviewer.core.comparison import Row

    window = make_window(size=(1400, 900))
    cmp = window.view.cmp
    four = cmp.old.index_of("4")
    window.view.jump_to_segment(0, four)  # what a click on the link does
    proxy = window.concordance.proxy
    wanted = proxy.mapFromSource(
        window.concordance.model.index(window.concordance.row_of(Row("removed", four)), 0)
    ).row()
    qtbot.waitUntil(lambda: window.concordance.table.currentIndex().row() == wanted, timeout=3000)
    qtbot.wait(500)  # and it stays when the scrolling settles
    assert window.concordance.table.currentIndex().row() == wanted
