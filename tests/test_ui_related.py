"""An article left unpaired names, in the concordance, the articles that took up its matter."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt


def test_removed_draft_article_4_names_its_related_articles(make_window, qtbot) -> None:
    window = make_window()
    model = window.concordance.model
    row = next(r for r in range(model.rowCount()) if model.labels(r) == (("4",), ()))
    newer = model.data(model.index(row, 1), Qt.ItemDataRole.DisplayRole)
    assert newer.startswith("related: ") and "I" in newer.removeprefix("related: ").split(", ")
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip and "share" in tip
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
    window = make_window()
    session = window.session
    confidences = sorted(p.confidence for p in session.comparison.pairs if p.origin == "auto")
    with qtbot.waitSignal(session.changed):
        session.set_review_threshold((confidences[0] + confidences[1]) / 2)
    assert len(session.comparison.review_queue()) == 1
    assert "1 pairing to review" in window.counts.text()
    with qtbot.waitSignal(session.changed):
        session.set_review_threshold(1.01)
    assert f"{len(confidences)} pairings to review" in window.counts.text()
