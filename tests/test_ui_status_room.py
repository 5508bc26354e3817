"""The status bar of a small window (1024×700): the counts where only figures fit
still say which is which without colour, and what a load is doing is read whole."""

from __future__ import annotations

import multiprocessing

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from conftest import wait_compared
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.vocabulary import STATUS_SIGNS, number, status_text

pytestmark = pytest.mark.gui


def test_the_narrowest_counts_give_each_colour_a_sign(make_window, qapp) -> None:
    """In Russian at 1024 px only "■ 7 ■ 1 ■ 3" fitted: colour alone told the statuses
    apart. Each figure now has its status's sign ("■≠7 ■↕1 ■#3"), explained in the tooltip."""
    i18n.install(qapp, "ru")
    try:
        window = make_window(size=(1024, 700))
        QApplication.processEvents()
        counts = window.counts
        shown = counts.shown()
        assert "изменено" not in shown, "the words fit: this is not the narrowest form"
        stats = {s: n for s, n in window.session.comparison.stats().items() if n}
        assert len(stats) >= 4
        for status, count in stats.items():
            assert f"■{STATUS_SIGNS[status]}{number(count)}" in shown, (status, shown)
            assert f"{STATUS_SIGNS[status]} {status_text(status)}" in counts.toolTip()
        assert len(set(STATUS_SIGNS.values())) == len(STATUS_SIGNS)  # no two alike
    finally:
        i18n.install(qapp, "en")


def test_a_cut_figure_line_keeps_whole_coloured_items(make_window) -> None:
    """Cut short, the figures lost their colours (the line was elided as plain text)."""
    window = make_window(size=(1024, 700))
    counts = window.counts
    counts.setFixedWidth(counts.fontMetrics().horizontalAdvance("■=99 ■≠99 …") + 12)
    QApplication.processEvents()
    rich = QLabel.text(counts)  # what the label draws, tags and all
    assert rich.endswith(" …") and "<span" in rich, rich
    assert counts.shown().count("■") >= 1


def test_what_a_load_is_doing_is_read_whole(make_window, large_pair, qtbot) -> None:
    """At 1024 px the stage was cut to "Comparing the wording of the pairs marked “com…":
    while the texts are read and compared, the place among the previous texts' changes
    and the legend of mentions and notes make room for it, and come back after."""
    window = make_window(size=(1024, 700))
    window.session.apart_from = 0
    window.progress.enabled = True
    place, mentions = window.position.change_label, window.reading.legend
    assert place.isVisible() and mentions.isVisible()
    samples: dict[str, list[bool]] = {}
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: window.progress.panel is not None, timeout=30_000)
    while window.session.busy or window.view.writing():
        panel = window.progress.panel
        if panel is not None and panel.label.text():
            assert not place.isVisible() and not mentions.isVisible()
            samples.setdefault(panel.label.text(), []).append(
                panel.label.shown() == panel.label.text()
            )
        qtbot.wait(20)  # the status bar lays out again after each new stage
    wait_compared(qtbot, window, timeout=120_000)
    read = {stage: any(whole) for stage, whole in samples.items() if len(whole) >= 3}
    assert read and all(read.values()), samples
    assert place.isVisible() and mentions.isVisible()
    qtbot.waitUntil(lambda: not multiprocessing.active_children(), timeout=10_000)


def test_a_narrow_status_bar_gives_the_legend_word_to_the_counts(make_window) -> None:
    """At 1024 px the word "Legend:" took the room of the last count (Russian, eight
    statuses): there the swatches stand alone; a wide window keeps the word."""
    window = make_window(size=(1024, 700))
    QApplication.processEvents()
    legend = window.status.legend
    assert "Legend:" not in legend.text() and "inserted" in legend.text()
    narrow = legend.width()
    window.resize(1600, 1000)
    QApplication.processEvents()
    assert legend.text().startswith("Legend: ") and legend.width() > narrow
