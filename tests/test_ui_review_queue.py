"""Going through "To review" with Accept alone, as a reader checks uncertain pairs.

After Accept the decided pair left the list and nothing was selected: the reader had
to find their place again for every item.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from conftest import wait_compared
from treatyviewer.ui.concordance.concordance import ROW_ROLE

pytestmark = pytest.mark.gui
RVOV = Path(__file__).parent / "real_pairs" / "ch-rvov"


def _reviewing(make_window):
    """The bundled pair with every pairing offered for review (the threshold is the
    reader's to set; at its default the bundled pair has little to review)."""
    window = make_window()
    window.session.set_review_threshold(1.01)
    conc = window.concordance
    conc.tabs.setCurrentIndex(1)  # To review
    return window, conc


def _review_labels(conc) -> list[tuple]:
    """The "To review" list as the reader sees it: each row's old and new articles."""
    return [
        conc.model.labels(int(conc.proxy.index(k, 0).data(ROW_ROLE)))
        for k in range(conc.proxy.rowCount())
    ]


@pytest.mark.parametrize("button", ["accept_button", "unlink_button"])
def test_a_decision_moves_on_to_the_next_pair_to_review(make_window, qtbot, button) -> None:
    window, conc = _reviewing(make_window)
    before = _review_labels(conc)
    assert len(before) >= 3, before
    conc.select_row(int(conc.proxy.index(1, 0).data(ROW_ROLE)))
    cmp = window.session.comparison
    QTest.mouseClick(getattr(conc, button), Qt.MouseButton.LeftButton)
    wait_compared(qtbot, window, previous=cmp)
    after = _review_labels(conc)
    assert before[1] not in after  # decided: it left the list
    assert len(after) == len(before) - 1
    # The pair that was below the decided one is chosen and shown in the texts.
    current = int(conc.table.currentIndex().data(ROW_ROLE))
    assert conc.model.labels(current) == before[2]
    row = conc.model.rows[current]
    assert window.view.navigator.row_at_top() == row


def test_the_last_item_decided_chooses_the_one_above(make_window, qtbot) -> None:
    window, conc = _reviewing(make_window)
    before = _review_labels(conc)
    conc.select_row(int(conc.proxy.index(len(before) - 1, 0).data(ROW_ROLE)))
    cmp = window.session.comparison
    QTest.mouseClick(conc.accept_button, Qt.MouseButton.LeftButton)
    wait_compared(qtbot, window, previous=cmp)
    current = int(conc.table.currentIndex().data(ROW_ROLE))
    assert conc.model.labels(current) == before[-2]


def test_the_review_threshold_is_set_in_preferences(make_window, qtbot) -> None:
    """Edit → Preferences offers the threshold (it was a setting with no control): at
    100 % every pairing the program is not certain of is listed for review."""
    from conftest import when_modal
    from treatyviewer.ui.dialogs.preferences import PreferencesDialog

    window = make_window()
    conc = window.concordance
    cmp = window.session.comparison
    unsure = {(p.old, p.new) for p in cmp.pairs if p.origin == "auto" and p.confidence < 1.0}
    assert unsure and not all(p.uncertain for p in cmp.pairs if (p.old, p.new) in unsure)
    seen: list[int] = []

    def set_all(dialog: PreferencesDialog) -> None:
        seen.append(dialog.review.value())
        dialog.review.setValue(100)
        dialog.accept()

    when_modal(PreferencesDialog, set_all)
    window.actions_["edit.preferences"].trigger()
    assert seen == [90] and window.settings.get("review_below") == 1.0
    cmp = window.session.comparison
    assert {(p.old, p.new) for p in cmp.pairs if p.uncertain} == unsure
    conc.tabs.setCurrentIndex(1)  # To review
    assert len(_review_labels(conc)) == len(unsure)
    # None of them reads "100 % ⚠": below certainty, a confidence is shown at most 99 %.
    shown = [str(conc.proxy.index(k, 4).data()) for k in range(conc.proxy.rowCount())]
    assert shown and not any(text.startswith("100") for text in shown), shown


def test_other_texts_open_on_all_articles_when_none_is_to_review(make_window, qtbot) -> None:
    """The "To review" tab, once used, met every pair after it with an empty table."""
    from conftest import wait_compared

    window = make_window()
    conc = window.concordance
    conc.tabs.setCurrentIndex(1)
    assert conc.proxy.scope == "review" and conc.proxy.rowCount() == 0
    previous = window.session.comparison
    window.open_pair("draft-1920", "kars-1921")
    wait_compared(qtbot, window, previous)
    assert not any(p.uncertain for p in window.session.comparison.pairs)  # the case
    assert conc.proxy.scope == "all" and conc.tabs.currentIndex() == 0


def test_a_pair_to_review_says_what_speaks_against_it(make_window) -> None:
    """Every row to review had the same tooltip, "please review", and no reason."""
    from treatyviewer.ui.common.model_index import TOOLTIP
    from treatyviewer.ui.concordance.concordance import COLUMNS

    window = make_window()
    window.session.set_review_threshold(1.0)
    model = window.concordance.model
    cmp = window.session.comparison
    column = COLUMNS.index("confidence")
    said = {}
    for row in range(model.rowCount()):
        r = model.rows[row]
        if r.kind == "pair" and cmp.pairs[r.index].uncertain:
            said[r.index] = str(model.data(model.index(row, column), TOOLTIP))
    assert said
    for k, text in said.items():
        pair = cmp.pairs[k]
        assert text.startswith("Low confidence") and "\n• " in text
        assert ("another place" in text) == pair.moved
        assert ("different numbers" in text) == pair.renumbered
        assert ("only" in text and "of their wording" in text) == (pair.shown_similarity < 0.5)


def test_opening_to_review_chooses_and_shows_its_first_pair(make_window, qtbot) -> None:
    """The Treaty of Kars beside the Treaty of Moscow has one pair to review (VI → I):
    "To review" opened with it framed, not chosen, and the texts at the Preamble, so
    Accept took a pair the reader had not seen."""
    window = make_window("moscow-1921", "kars-1921")
    conc = window.concordance
    conc.tabs.setCurrentIndex(1)  # To review
    assert conc.proxy.rowCount() >= 1
    first = conc.proxy.index(0, 0)
    assert conc.table.selectionModel().isSelected(first)
    row = conc.model.rows[int(first.data(ROW_ROLE))]
    qtbot.waitUntil(lambda: window.view.navigator.row_at_top() == row, timeout=3_000)


def _prefer(window, percent: int) -> None:  # type: ignore[no-untyped-def]
    """Edit → Preferences, the review threshold set to ``percent``, OK."""
    from conftest import when_modal
    from treatyviewer.ui.dialogs.preferences import PreferencesDialog

    def answer(dialog: PreferencesDialog) -> None:
        dialog.review.setValue(percent)
        dialog.accept()

    when_modal(PreferencesDialog, answer)
    window.actions_["edit.preferences"].trigger()


def _under_review(make_window, qtbot):  # type: ignore[no-untyped-def]
    """A Swiss ordinance's two versions (confidences from 97 % up), every uncertain
    pairing listed in "To review" (100 %), and the confidence of each, by its labels."""
    window = make_window(RVOV / "RVOV-2010.md", RVOV / "RVOV-2019.md", size=(1400, 900))
    conc = window.concordance
    _prefer(window, 100)
    conc.tabs.setCurrentIndex(1)  # To review
    cmp = window.session.comparison
    confidence = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))): p.confidence
        for p in cmp.pairs
    }
    listed = sorted(_review_labels(conc), key=lambda labels: confidence[labels])
    assert len(listed) >= 2 and confidence[listed[0]] < confidence[listed[-1]], listed
    return window, conc, confidence, listed


def _chosen(conc):  # type: ignore[no-untyped-def]
    rows = conc.selected_rows()
    return conc.model.labels(rows[0]) if rows else None


def test_another_threshold_keeps_the_pair_chosen_under_review(make_window, qtbot) -> None:
    """Preferences compares again: the list had lost its choice, Accept greyed until
    the reader clicked a row. The pair chosen, still to review, stays chosen."""
    window, conc, confidence, listed = _under_review(make_window, qtbot)
    least = listed[0]
    conc.select_row(next(r for r in range(len(conc.model.rows)) if conc.model.labels(r) == least))
    percent = int(confidence[listed[-1]] * 100)  # the surest leave the list
    assert confidence[least] < percent / 100 <= confidence[listed[-1]]
    _prefer(window, percent)
    assert listed[-1] not in _review_labels(conc)
    assert _chosen(conc) == least
    assert conc.accept_button.isEnabled()


def test_another_threshold_chooses_the_first_item_when_the_chosen_left(make_window, qtbot) -> None:
    window, conc, confidence, listed = _under_review(make_window, qtbot)
    surest = listed[-1]
    conc.select_row(next(r for r in range(len(conc.model.rows)) if conc.model.labels(r) == surest))
    _prefer(window, int(confidence[surest] * 100))
    after = _review_labels(conc)
    assert surest not in after and after
    assert _chosen(conc) == after[0]
    assert conc.accept_button.isEnabled()
    row = conc.model.rows[int(conc.proxy.index(0, 0).data(ROW_ROLE))]
    qtbot.waitUntil(lambda: window.view.navigator.row_at_top() == row, timeout=3_000)
