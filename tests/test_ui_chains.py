"""A chain of versions in the window: the strip, the lineage table, the history panel."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from conftest import wait_compared
from synthetic_chain import write_chain
from treatyviewer.ui.chains.lineage_model import LINEAGE_ROLE
from treatyviewer.ui.notes.annotation_model import COLUMNS

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def chain_paths(tmp_path_factory):
    return write_chain(tmp_path_factory.mktemp("chain-ui"))


def wait_chain(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    state = window.chains.state
    qtbot.waitUntil(lambda: state.chain is not None and not state.busy, timeout=30000)
    wait_compared(qtbot, window, None)


def _moscow_to_kars(qtbot, window):  # type: ignore[no-untyped-def]
    """The bundled chain open in ``window``, its second pair (Moscow → Kars) on show."""
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    before = window.session.comparison
    window.actions_["go.next_pair"].trigger()
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: window.session.new_name == "kars-1921", timeout=30000)
    return window


def _open_chain(qtbot, make_window, paths):  # type: ignore[no-untyped-def]
    window = make_window()
    window.chains.open_chain(list(paths))
    wait_chain(qtbot, window)
    qtbot.waitUntil(lambda: window.session.old_name == paths[0], timeout=30000)
    wait_compared(qtbot, window, None)
    return window


def _row_of(window, version: int, label: str) -> int:  # type: ignore[no-untyped-def]
    chain = window.chains.state.chain
    return chain.lineage_of(version, chain.documents[version].index_of(label))


def test_a_chain_opens_with_the_first_two_texts_side_by_side(
    qtbot, make_window, chain_paths
) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    strip = window.chains.strip
    assert window.chains.toolbar.isVisible()
    assert len(strip.chips) == 4
    assert [c.isChecked() for c in strip.chips] == [True, True, False, False]
    model = window.chains.table.model
    assert model.columnCount() == 5  # number, then one column per version
    assert model.rowCount() == len(window.chains.state.chain.lineages)
    assert (window.session.old_name, window.session.new_name) == tuple(chain_paths[:2])


def test_the_strip_puts_any_two_versions_side_by_side(qtbot, make_window, chain_paths) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    strip = window.chains.strip
    before = window.session.comparison
    strip.chips[3].click()  # the second chip chosen stays; version 4 joins it
    wait_compared(qtbot, window, before)
    assert (window.session.old_name, window.session.new_name) == (chain_paths[1], chain_paths[3])
    before = window.session.comparison
    strip.arrows[2].click()  # 3 → 4
    wait_compared(qtbot, window, before)
    assert (window.session.old_name, window.session.new_name) == (chain_paths[2], chain_paths[3])
    assert [c.isChecked() for c in strip.chips] == [False, False, True, True]


def test_the_go_menu_steps_from_pair_to_pair_of_a_chain(qtbot, make_window, chain_paths) -> None:
    """Next and Previous Pair of Versions (Alt+Right, Alt+Left) step along the
    chain as the strip's arrows do: stepping was the mouse's alone."""
    window = make_window()
    step, back = window.actions_["go.next_pair"], window.actions_["go.prev_pair"]
    assert not step.isEnabled() and not back.isEnabled()  # two texts: no chain to step
    window = _open_chain(qtbot, make_window, chain_paths)
    step, back = window.actions_["go.next_pair"], window.actions_["go.prev_pair"]
    assert step.isEnabled() and "Alt+Right" in step.toolTip()

    def shows(a: int, b: int) -> None:
        pair = (chain_paths[a], chain_paths[b])
        qtbot.waitUntil(
            lambda: (window.session.old_name, window.session.new_name) == pair, timeout=30000
        )
        wait_compared(qtbot, window, None)
        qtbot.waitUntil(lambda: not window.chains.state.busy, timeout=30000)

    step.trigger()
    shows(1, 2)
    step.trigger()
    shows(2, 3)
    step.trigger()  # at the last pair: it stays
    assert window.chains.state.pair == (2, 3)
    back.trigger()
    shows(1, 2)
    assert [c.isChecked() for c in window.chains.strip.chips] == [False, True, True, False]
    assert window.actions_["view.lineages"].shortcut().toString() == "F8"


def test_history_shows_every_version_of_the_article_with_its_changes(
    qtbot, make_window, chain_paths
) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    table = window.chains.table
    n = _row_of(window, 0, "6")  # skips version 2 and comes back in version 3
    index = table.proxy.mapFromSource(table.model.index(n, 1))
    table.table.setCurrentIndex(index)
    text = window.chains.history.browser.toPlainText()
    assert "removed in this version" in text
    assert "returned" in text and "changes since version 1" in text  # as the panes set badges
    assert all(f"{k}. version{k}" in text for k in range(1, 5))
    html = window.chains.history.browser.toHtml()
    assert "line-through" in html  # the words struck on the way back


def test_lineage_table_sorts_and_filters(qtbot, make_window, chain_paths) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    dock = window.chains.table
    total = dock.proxy.rowCount()
    dock.filter.setText("returned")
    assert dock.proxy.rowCount() == 2
    dock.filter.setText("")
    dock.changed_only.setChecked(True)
    changed = dock.proxy.rowCount()
    assert 0 < changed < total
    dock.changed_only.setChecked(False)
    dock.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # by place in version 4
    first = dock.proxy.index(0, 0).data(LINEAGE_ROLE)
    assert window.chains.state.chain.lineages[first].at(3).present is False


def test_lineage_table_follows_the_reading_position(qtbot, make_window, chain_paths) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    cmp = window.session.comparison
    doc = cmp.old
    k = cmp.pair_of_old(doc.index_of("9"))
    source = window.concordance.row_of(
        next(r for r in cmp.rows() if r.index == k and r.kind == "pair")
    )
    window.concordance.select_row(source)
    expected = _row_of(window, 0, "9")
    qtbot.waitUntil(lambda: window.chains.table.current_lineage() == expected, timeout=5000)
    assert "9" in window.chains.history.browser.toPlainText()


def test_the_history_follows_the_article_read_whatever_the_table_shows(qtbot, make_window) -> None:
    """In the bundled chain's second step, at Art. VI, the History panel kept saying
    "Choose an article…": it followed the lineage table's selection, and the table
    (filtered to the changed lineages) had no row to select."""
    window = make_window(size=(1400, 900))
    _moscow_to_kars(qtbot, window)
    cmp = window.session.comparison
    chains = window.chains
    chains.history_dock.show()
    chains.table.changed_only.setChecked(True)
    chains.table.filter.setText("no lineage is named so")
    assert chains.table.proxy.rowCount() == 0
    row = next(r for r in cmp.rows() if r.kind == "pair"
               and cmp.new.segments[cmp.pairs[r.index].new[0]].label == "VI")  # fmt: skip
    window.concordance.select_row(window.concordance.row_of(row))
    qtbot.waitUntil(lambda: "→ VI" in chains.history.browser.toPlainText(), timeout=5000)


def test_double_click_on_another_version_brings_it_side_by_side(
    qtbot, make_window, chain_paths
) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    n = _row_of(window, 0, "11")  # absent from version 3, back in version 4
    before = window.session.comparison
    window.chains.jump(n, 3)
    wait_compared(qtbot, window, before)
    assert window.session.new_name == chain_paths[3]


def test_several_dropped_files_open_a_chain(qtbot, make_window, chain_paths) -> None:
    window = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(p) for p in chain_paths[:3]])
    pane = window.view.old_pane
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    pane.dropEvent(event)
    wait_chain(qtbot, window)
    assert len(window.chains.state.chain.documents) == 3


def test_opening_another_pair_closes_the_chain(qtbot, make_window, chain_paths) -> None:
    window = _open_chain(qtbot, make_window, chain_paths)
    before = window.session.comparison
    window.open_pair("draft-1920", "moscow-1921")
    wait_compared(qtbot, window, before)
    assert not window.chains.state.active
    assert not window.chains.toolbar.isVisible()


def test_screenshots_of_the_chain_views(qtbot, make_window, chain_paths, tmp_path: Path) -> None:
    """The strip, the table and the history render (saved when TREATYVIEWER_SHOTS names a folder)."""
    import os

    window = _open_chain(qtbot, make_window, chain_paths)
    for widget in (window.chains.toolbar, window.chains.table, window.chains.history):
        image = widget.grab()
        assert image.width() > 100 and image.height() > 20
    folder = os.environ.get("TREATYVIEWER_SHOTS")
    if folder:
        window.grab().save(str(Path(folder) / "chain-window.png"))


def _chain_saved_and_reopened(qtbot, make_window, chain_paths, tmp_path):  # type: ignore[no-untyped-def]
    """A chain of three texts saved as a session, and that session opened in a new window."""
    window = _open_chain(qtbot, make_window, chain_paths[:3])
    path = tmp_path / "chain.tvproj"
    assert window.reading.controller.save_as(path)
    fresh = make_window()
    assert fresh.reading.controller.open(path)
    wait_chain(qtbot, fresh)
    qtbot.waitUntil(lambda: fresh.session.old_name == chain_paths[0], timeout=30000)
    return fresh


def test_a_saved_chain_session_reopens_as_the_chain(
    qtbot, make_window, chain_paths, tmp_path
) -> None:
    fresh = _chain_saved_and_reopened(qtbot, make_window, chain_paths, tmp_path)
    assert fresh.chains.state.names == chain_paths[:3]
    assert fresh.chains.toolbar.isVisible()


def test_a_pair_session_that_became_a_chain_is_not_saved_over_its_file(
    qtbot, make_window, tmp_path
) -> None:
    """A session of the bundled pair, then the bundled chain (whose first two texts are
    that pair): Save must not quietly turn the pair's file into a chain's; the window
    asks for a new name (Save As), and the file still holds the pair."""
    from treatyviewer.core.project import load_project

    window = make_window()
    controller = window.reading.controller
    path = tmp_path / "pair.tvproj"
    assert controller.save_as(path)
    assert controller.file_fits
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    assert controller.path == path
    assert not controller.file_fits
    assert not controller.save()
    assert len(load_project(path).documents) == 2
    # Save As proposes a name of its own: the chain's three texts, not the pair's file.
    assert window.reading.files._proposed_name().endswith("-vs-Treaty-of-Kars-1921")
    # Nor does the title call the chain by the pair's session name: it says where its
    # notes came from, and that the chain is not saved.
    window.update_title()
    title = window.windowTitle()
    assert not title.startswith("pair"), title
    assert "Treaty of Kars (1921)" in title and "not saved, notes from pair" in title


def test_a_reopened_chain_session_saves_to_its_own_file(
    qtbot, make_window, chain_paths, tmp_path
) -> None:
    fresh = _chain_saved_and_reopened(qtbot, make_window, chain_paths, tmp_path)
    assert fresh.reading.controller.file_fits
    assert fresh.reading.controller.save()


def test_a_two_text_session_still_opens_as_a_pair(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    path = tmp_path / "pair.tvproj"
    assert window.reading.controller.save_as(path)
    fresh = make_window()
    previous = fresh.session.comparison
    assert fresh.reading.controller.open(path)
    wait_compared(qtbot, fresh, previous)
    assert not fresh.chains.state.active
    assert (fresh.session.old_name, fresh.session.new_name) == ("draft-1920", "moscow-1921")


def test_the_bundled_chain_opens_from_the_file_menu(qtbot, make_window) -> None:
    window = make_window()
    action = window.actions_["file.bundled_chain"]
    assert action.isEnabled()
    action.trigger()
    wait_chain(qtbot, window)
    chain = window.chains.state.chain
    assert [d.source for d in chain.documents] == ["draft-1920", "moscow-1921", "kars-1921"]
    assert window.chains.strip.chips[2].text().endswith("Treaty of Kars (1921)")


def test_two_text_mode_leaves_no_stray_dock_tab_bar(make_window) -> None:
    """The history docks wait hidden for a chain; they must not leave a one-tab bar
    (which showed up over the Outline dock)."""
    from PySide6.QtWidgets import QTabBar

    window = make_window()
    bars = [b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible()]
    assert bars  # Parties and places | Notes
    assert all(bar.count() >= 2 for bar in bars), [
        [bar.tabText(k) for k in range(bar.count())] for bar in bars
    ]


def test_chain_docks_wait_for_a_chain_but_keep_their_saved_place(qtbot, tmp_path) -> None:
    """Two texts build no lineage table or history; a layout saved with the lineage dock
    showing does not bring an empty one back in front of the concordance while no chain
    is open, and View offers the docks only once one is (they opened empty)."""
    from conftest import new_window

    window = new_window(tmp_path)
    qtbot.addWidget(window)
    chains = window.chains
    assert not chains.table_dock.built and not chains.history_dock.built
    assert window.findChild(type(chains.table_dock), "lineage-dock") is chains.table_dock
    chains.table_dock.show()
    assert chains.table_dock.built and chains.table.model.rowCount() == 0
    window.settings.set_geometry("state", window.saveState())
    window.persist = False
    window.close()

    again = new_window(tmp_path)
    qtbot.addWidget(again)
    dock = again.chains.table_dock
    qtbot.waitExposed(again)
    assert not dock.isVisible() and again.concordance.isVisible()
    assert not again.chains.history_dock.built
    toggle = again.actions_["view.history"]
    assert not toggle.isEnabled()
    toggle.trigger()
    assert not again.chains.history_dock.isVisible() and not again.chains.history_dock.built


def test_a_chain_opened_on_a_corrected_pair_keeps_the_corrections(qtbot, make_window) -> None:
    """Draft 4 linked to XV by the reader, then the bundled chain opened: the
    concordance kept the link, the lineage table said "4 → — removed"."""
    window = make_window()
    before = window.session.comparison
    window.link(("4",), ("XV",))
    wait_compared(qtbot, window, before)
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    qtbot.waitUntil(
        lambda: (("4",), ("XV",)) in window.chains.state.chain.comparisons[0].overrides.links,
        timeout=30000,
    )
    chain = window.chains.state.chain
    lineage = chain.lineages[_row_of(window, 0, "4")]
    moscow = chain.documents[1]
    assert [moscow.segments[k].label for k in lineage.steps[1].segments] == ["XV"]


def test_export_while_a_chain_is_open_writes_the_chains_report(
    qtbot, make_window, tmp_path: Path
) -> None:
    """File → Export with the three bundled versions open wrote the report of the two
    shown side by side, under their names, without a word of the third."""
    from pypdf import PdfReader

    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    exports = window.exports
    assert exports._default_path("pdf").name == (
        "Moscow-draft-1920-vs-Treaty-of-Moscow-1921-vs-Treaty-of-Kars-1921.pdf"
    )
    for kind in ("pdf", "html"):
        path = tmp_path / f"chain.{kind}"
        with qtbot.waitSignal(exports.done, timeout=120000):
            assert exports.start(kind, path)
        assert path.exists()
    pages = PdfReader(tmp_path / "chain.pdf").pages[:3]
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert "Treaty of Kars" in text
    assert "Treaty of Kars" in (tmp_path / "chain.html").read_text(encoding="utf-8")
    # A note of the reader's on the Treaty of Moscow is printed under that version,
    # beside the curated notes, or alone when only the reader's are asked for.
    from treatyviewer.ui.dialogs.export_dialog import ExportOptions

    window.reading.store.create_from_selection("new", 0, 12, "a note of mine")
    for which in ("all", "mine"):
        path = tmp_path / f"{which}.html"
        with qtbot.waitSignal(exports.done, timeout=120000):
            assert exports.start("html", path, ExportOptions(notes=which))
        page = path.read_text(encoding="utf-8")
        moscow = page.index("<b>2. Treaty of Moscow (1921)</b>")
        assert moscow < page.index("a note of mine") < page.index("<b>3. Treaty of Kars", moscow)
        curated = "Kastamonu, Sinop, Angora"  # a curated note on the Treaty of Moscow
        assert (curated in page) == (which == "all")


def test_the_window_title_names_every_version_of_an_open_chain(qtbot, make_window) -> None:
    """With the bundled chain open the title named only the two texts side by side,
    no word of the Treaty of Kars."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    qtbot.waitUntil(lambda: "Treaty of Kars" in window.windowTitle(), timeout=10000)
    assert "Moscow draft (1920) → Treaty of Moscow (1921) → Treaty of Kars (1921)" in (
        window.windowTitle()
    )


def test_the_kars_articles_not_given_leave_their_stretch_not_known(qtbot, make_window) -> None:
    """The bundled Kars edition prints Articles XI–XVII and XIX as notes only: the
    lineage table and the pair's concordance say "not known", not "removed"."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    dock = window.chains.table
    dock.filter.setText("not known")
    assert dock.proxy.rowCount() == 14  # Moscow IX–XIII, XV; Kars XI–XVII, XIX
    dock.filter.setText("removed")
    removed = dock.proxy.rowCount()
    assert removed == 3  # draft 4, Moscow IV and the map (Annex 2), dropped outright

    pair = make_window("moscow-1921", "kars-1921")
    wait_compared(qtbot, pair, None)
    model = pair.concordance.model
    status = {model.index(r, 0).data(): model.status(r) for r in range(model.rowCount())}
    assert status["X"] == "unknown", status
    assert status["IV"] == "removed"
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "X")
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Not known whether it has a counterpart"), tip
    # The status bar counts them apart from the added and removed.
    said = pair.counts.toolTip() + pair.counts.text()
    assert "14 not known" in said and "3 added" in said and "2 removed" in said, said
    # Opposite Moscow X the Kars pane does not say "not in the Treaty of Kars".
    beside = {item.text for item in pair.view.new_pane.placeholders}
    assert "— not known whether in the Treaty of Kars (1921) —" in beside, beside
    assert "— not in the Treaty of Kars (1921) —" in beside  # Moscow IV: removed


def test_the_pdf_options_of_a_chain_offer_its_notes_and_one_layout(
    qtbot, make_window, monkeypatch
) -> None:
    """The options offered the side-by-side and inline layouts for a chain's report,
    which has one; the notes are the reader's to choose, as for a pair."""
    from PySide6.QtWidgets import QLabel

    from treatyviewer.ui.dialogs.export_dialog import ExportOptionsDialog

    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    shown = []
    monkeypatch.setattr(ExportOptionsDialog, "exec", lambda self: shown.append(self) or 0)
    window.exports.ask("pdf")
    (dialog,) = shown
    intro = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "notes under the version they are on" in intro
    assert not dialog.inline.isEnabled() and dialog.notes.isEnabled()
    assert [dialog.notes.itemData(i) for i in range(dialog.notes.count())] == [
        "all",
        "mine",
        "curated",
    ]
    assert dialog.paper.isEnabled() and dialog.changed_only.isEnabled()
    assert dialog.windowTitle() == "Export the Chain Report"


def test_a_click_on_a_lineage_cell_of_a_version_on_show_goes_there(
    qtbot, make_window, chain_paths
) -> None:
    """A new reader clicked a row of the lineage table: the History panel changed, the
    panes stayed on the Preamble. A cell of a version side by side now goes there."""
    window = _open_chain(qtbot, make_window, chain_paths)
    table = window.chains.table
    n = _row_of(window, 0, "9")
    index = table.proxy.mapFromSource(table.model.index(n, 2))  # version 2: the newer one
    before = window.view.new_pane.verticalScrollBar().value()
    table.table.clicked.emit(index)
    qtbot.wait(50)
    assert window.view.new_pane.verticalScrollBar().value() != before
    row = window.position.row_at_top()
    chain, cmp = window.chains.state.chain, window.session.comparison
    expected = chain.lineages[n].steps[1].segments[0]
    assert row is not None and row.kind == "pair" and cmp.pairs[row.index].new[0] == expected


def test_the_history_follows_an_article_chosen_in_the_outline(
    qtbot, make_window, chain_paths
) -> None:
    """After the reader chose Art. 9 in the outline, the History panel still showed
    Article 1 (its hint says it follows the article read in the texts)."""
    window = _open_chain(qtbot, make_window, chain_paths)
    window.chains.history_dock.show()
    cmp = window.session.comparison
    segment = cmp.old.index_of("9")
    window._jump_outline(0, segment, 0)
    expected = _row_of(window, 0, "9")
    qtbot.waitUntil(lambda: window.chains.table.current_lineage() == expected, timeout=5000)
    assert "9" in window.chains.history.browser.toPlainText().split("\n")[0]


def test_an_article_not_given_is_not_also_badged_reconstructed(make_window) -> None:
    """Kars Articles XI–XVII carried both "not known" and "reconstructed": a wording
    said to be reconstructed where there is none."""
    from treatyviewer.io.report_model import article_provenance
    from treatyviewer.ui.compare.render import provenance_badges

    window = make_window("moscow-1921", "kars-1921")
    kars = window.session.comparison.new
    for label, badged in (("XI", False), ("XIX", False), ("X", True)):
        said = article_provenance(kars, [kars.index_of(label)])  # the History's line too
        assert said.startswith("reconstructed") is badged, (label, said)
        kinds = [
            kind for kind, _tip in provenance_badges(kars, kars.segments[kars.index_of(label)])
        ]
        assert ("reconstructed" in kinds) is badged, (label, kinds)


def test_the_history_follows_the_outline_in_the_bundled_chain_s_second_step(
    qtbot, make_window
) -> None:
    """Stepping to 2 → 3 (Moscow → Kars) and choosing Art. IX in the outline left the
    History panel on Article 1."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    before = window.session.comparison
    window.chains.strip.choose(1, 2)
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: window.session.new_name == "kars-1921", timeout=30000)
    window.chains.history_dock.show()
    cmp = window.session.comparison
    segment = cmp.old.index_of("IX")
    window._jump_outline(0, segment, 0)
    chain = window.chains.state.chain
    expected = chain.lineage_of(1, segment)
    qtbot.waitUntil(lambda: window.chains.table.current_lineage() == expected, timeout=5000)
    assert "IX" in window.chains.history.browser.toPlainText()


def test_the_chain_panels_are_offered_only_with_a_chain_open(qtbot, make_window) -> None:
    """View → Lineage Table on two texts opened an empty, narrow panel."""
    window = make_window()
    table, history = window.actions_["view.lineages"], window.actions_["view.history"]
    assert not table.isEnabled() and not history.isEnabled()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    assert table.isEnabled() and history.isEnabled()
    window.chains.state.close()
    assert not table.isEnabled() and not history.isEnabled()


def test_stepping_to_the_next_pair_keeps_the_article_read(qtbot, make_window) -> None:
    """Reading Moscow Art. III in 1 → 2, a new reader stepped to 2 → 3 and was put at
    the Preamble: the same article, as Kars has it, stays in view."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    cmp = window.session.comparison
    window._jump_outline(1, cmp.new.index_of("III"), 0)
    qtbot.wait(50)
    chain = window.chains.state.chain
    lineage = chain.lineage_of(1, cmp.new.index_of("III"))
    before = window.session.comparison
    window.chains.strip.choose(1, 2)
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: window.session.new_name == "kars-1921", timeout=30000)
    for pane in window.view.panes():
        pane.flush_relayout()
    qtbot.wait(50)
    row = window.position.row_at_top()
    now = window.session.comparison
    assert row is not None and row.kind == "pair"
    kars_segment = now.pairs[row.index].new[0]
    assert chain.lineage_of(2, kars_segment) == lineage, now.new.segments[kars_segment].label


def test_the_lineage_table_says_moved_as_the_pair_view_does(qtbot, make_window) -> None:
    """Moscow II → Kars VI read "modified" in the lineage table and "moved (modified)"
    in the pair's own concordance."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    chain = window.chains.state.chain
    model = window.chains.table.model
    n = next(
        k
        for k, lineage in enumerate(chain.lineages)
        if lineage.steps[2].present and lineage.steps[2].moved
    )
    cell = model.index(n, 3).data()
    assert "moved" in cell, cell
    # The same words as the pair's own concordance and as the chain's report: the
    # report had said "modified, moved, renumbered" of this article.
    from treatyviewer.io.lineage_table import step_note
    from treatyviewer.ui.common.vocabulary import pair_status_text

    step = chain.lineages[n].steps[2]
    kars = chain.comparisons[1]
    pair = next(p for p in kars.pairs if step.segments[0] in p.new)
    said = cell.split("  ·  ")[1]
    assert said == pair_status_text(pair) == step_note(chain, step), (said, step_note(chain, step))


def test_the_lineage_table_names_the_preamble_in_the_reader_s_language_and_fits(
    qtbot, make_window, qapp
) -> None:
    """In Turkish the panes said "Giriş" and the lineage table "Preamble"; and with the
    table made narrower its last version's column stood behind a scroll bar."""
    from treatyviewer.ui.common import i18n

    i18n.install(qapp, "tr")
    try:
        window = _open_chain(qtbot, make_window, ["draft-1920", "moscow-1921", "kars-1921"])
        table = window.chains.table.table
        cells = [table.model().index(0, c).data() for c in range(1, 4)]
        assert cells[0] == "Giriş" and all("Preamble" not in c for c in cells), cells
        window.resize(window.width() - 300, window.height())
        qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0)
    finally:
        i18n.install(qapp, "en")


def test_the_history_speaks_the_interface_s_language(qtbot, make_window, qapp) -> None:
    """In Turkish the history of an article read "PRESENT" and "Preamble → Preamble"."""
    from treatyviewer.ui.common import i18n

    i18n.install(qapp, "tr")
    try:
        window = _open_chain(qtbot, make_window, ["draft-1920", "moscow-1921", "kars-1921"])
        history = window.chains.history
        history.show_lineage(0)
        text = history.browser.toPlainText()
        assert "Giriş → Giriş → Giriş" in text, text[:200]
        assert "PRESENT" not in text and "mevcut" in text
        # How the edition knows the draft's preamble, in Turkish too (it read
        # "reconstructed, confidence uncertain" in every language).
        assert "reconstructed" not in text and "confidence" not in text, text[:600]
    finally:
        i18n.install(qapp, "en")


def test_a_chain_opened_is_in_open_recent_and_opens_again_from_there(
    qtbot, make_window, chain_paths
) -> None:
    """File → Open Recent listed only the pairs a chain had shown ("v1 ↔ v2", "v2 ↔ v3"):
    the chain itself could not be opened again from there."""
    window = _open_chain(qtbot, make_window, chain_paths)
    names = [str(Path(p).resolve()) for p in chain_paths]
    assert window.settings.recent_chains()[0] == names
    window.chains.state.close()
    window.open_pair("draft-1920", "moscow-1921")
    qtbot.waitUntil(lambda: window.session.old_name == "draft-1920", timeout=30000)
    wait_compared(qtbot, window, None)
    wanted = "  →  ".join(Path(p).name for p in chain_paths)
    action = next(a for a in window.files.recent_menu.actions() if a.text() == wanted)
    action.trigger()
    wait_chain(qtbot, window)
    assert window.chains.state.names == names


def test_the_window_s_lineage_rows_are_numbered_as_the_report_numbers_them(
    qtbot, make_window
) -> None:
    """A reader citing "lineage row 2" meant the draft's Art. 1 in the window and its
    Art. 2 in the exported report: the table numbered the rows in the first version's
    order, the report (and the JSON, text and CSV) in the newest's. All read from the
    first version on now."""
    import re

    from treatyviewer.io.chain_report import chain_html
    from treatyviewer.io.lineage_table import cell_label

    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    chain = window.chains.state.chain
    model = window.chains.table.model
    in_window = {
        int(model.data(model.index(r, 0))): [
            cell_label(chain, step) for step in chain.lineages[model.index(r, 0).row()].steps
        ]
        for r in range(model.rowCount())
    }
    report = chain_html(chain, for_print=True)
    table = report[report.index("<tbody>") : report.index("</tbody>")]
    for row in re.findall(r"<tr>(.*?)</tr>", table):
        cells = [re.sub(r"<[^>]+>.*", "", c) for c in re.findall(r"<td[^>]*>(.*?)</td>", row)]
        number, labels = int(cells[0]), [unescape(c) for c in cells[1:]]
        assert in_window[number] == labels, number
    assert in_window[2][0] == "1"  # both read from the draft on: its Art. 1 first


def test_f8_brings_the_lineage_table_to_the_front_from_behind_the_concordance(
    qtbot, make_window
) -> None:
    """The Lineage Table a tab behind the Concordance: F8 hid it, and a second press
    showed it still behind, so that nothing seemed to happen."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    table = window.chains.table_dock
    action = window.actions_["view.lineages"]
    assert action.shortcut().toString() == "F8"
    qtbot.waitUntil(table.isVisible)
    if table not in window.tabifiedDockWidgets(window.concordance):
        window.tabifyDockWidget(window.concordance, table)
    window.concordance.raise_()
    qtbot.waitUntil(lambda: table.visibleRegion().isEmpty())
    action.trigger()  # the reader's F8
    qtbot.waitUntil(lambda: not table.visibleRegion().isEmpty())
    assert action.isChecked() and table.isVisible()
    action.trigger()  # in front now: the key hides it
    qtbot.waitUntil(lambda: not table.isVisible())
    assert not action.isChecked()


def test_stepping_back_to_the_pair_before_keeps_the_article_read(qtbot, make_window) -> None:
    """Moscow VI in draft → Moscow, Alt+Right to Moscow → Kars (Kars Art. I), then
    Alt+Left: the reader was put at the Preamble, not back at Moscow VI."""
    window = make_window()
    window.actions_["file.bundled_chain"].trigger()
    wait_chain(qtbot, window)
    chain = window.chains.state.chain
    cmp = window.session.comparison
    six = cmp.new.index_of("VI")
    lineage = chain.lineage_of(1, six)
    from test_ui_reader_small import answer_go_to

    answer_go_to(["Art. 2 → Art. VI"], [])
    window.actions_["go.article"].trigger()  # Ctrl+G, as the reader went there
    qtbot.wait(50)
    for step, pair, version in (("go.next_pair", ("moscow-1921", "kars-1921"), 2),
                                ("go.prev_pair", ("draft-1920", "moscow-1921"), 1)):  # fmt: skip
        before = window.session.comparison
        window.actions_[step].trigger()
        wait_compared(qtbot, window, before)
        qtbot.waitUntil(lambda p=pair: (window.session.old_name, window.session.new_name) == p)
        for pane in window.view.panes():
            pane.flush_relayout()
        qtbot.wait(50)
        row = window.position.row_at_top()
        now = window.session.comparison
        assert row is not None and row.kind == "pair", (step, row)
        assert chain.lineage_of(version, now.pairs[row.index].new[0]) == lineage, step


def test_the_russian_status_line_of_moscow_to_kars_keeps_its_word_counts(
    qtbot, make_window, qapp
) -> None:
    """In Russian at 1280 px, Moscow → Kars (eight kinds of fate) showed the signs alone ("■≠11
    ■↕3 …") in a half-empty status bar: the counts of words deleted and inserted stay."""
    from PySide6.QtWidgets import QApplication

    from treatyviewer.ui.common import i18n

    i18n.install(qapp, "ru")
    try:
        window = _moscow_to_kars(qtbot, make_window(size=(1280, 800)))
        QApplication.processEvents()
        shown = window.counts.shown()
        deleted, inserted = window.session.comparison.word_counts()
        assert str(deleted)[-3:] in shown and str(inserted)[-3:] in shown, shown
        assert "слов" in shown, shown
        assert not shown.endswith("…"), shown
    finally:
        i18n.install(qapp, "en")


def test_the_lineage_filter_and_tips_speak_the_interface_s_language(
    qtbot, make_window, qapp
) -> None:
    """In Russian the lineage filter's own hint says "(например, удалена)", yet only the
    English words were searched, and the tooltips read "modified, moved, renumbered"."""
    from treatyviewer.ui.common import i18n
    from treatyviewer.ui.common.vocabulary import status_text

    i18n.install(qapp, "ru")
    try:
        window = _open_chain(qtbot, make_window, ["draft-1920", "moscow-1921", "kars-1921"])
        panel = window.chains.table
        removed = status_text("removed")
        assert removed != "removed"
        panel.proxy.set_text(removed)
        rows = panel.proxy.rowCount()
        assert rows > 0
        assert all(
            any(removed in str(panel.proxy.index(r, c).data()) for c in range(1, 4))
            for r in range(rows)
        )
        panel.proxy.set_text("")
        tips = [
            str(panel.model.index(r, 3).data(Qt.ItemDataRole.ToolTipRole))
            for r in range(panel.model.rowCount())
        ]
        assert not [t for t in tips if "moved" in t or "modified" in t], tips[:5]
    finally:
        i18n.install(qapp, "en")


def _annotate_last_article(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextCursor

    start = window.session.new.segments[-1].body_start
    pane, side_map = window.view.new_pane, window.view.layers.map("new")
    cursor = QTextCursor(pane.document())
    cursor.setPosition(side_map.to_qt(start))
    cursor.setPosition(side_map.to_qt(start + 5), QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    assert window.reading.annotate_selection() is not None


def test_a_note_on_a_later_version_of_a_chain_is_printed_in_the_chains_pdf(
    qtbot, make_window, chain_paths, tmp_path: Path
) -> None:
    """A reader annotated a chain and its PDF left the note out (it said to open the
    two texts as a pair instead); the note is now printed under its version."""
    from pypdf import PdfReader

    from treatyviewer.ui.dialogs.export_dialog import ExportOptions

    window = _open_chain(qtbot, make_window, chain_paths)
    window.chains.show_pair(2, 3)  # the last two versions
    qtbot.waitUntil(lambda: window.session.new_name == chain_paths[3], timeout=30000)
    wait_compared(qtbot, window, None)
    _annotate_last_article(window)
    note = window.reading.store.annotations()[-1]
    window.reading.store.set_note(note.id, "checked against the gazette")
    path = tmp_path / "chain.pdf"
    with qtbot.waitSignal(window.exports.done, timeout=120000):
        assert window.exports.start("pdf", path, ExportOptions(notes="mine"))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())
    assert "checked against the gazette" in text
    assert "[1]" in text
    assert not any("prints no notes" in t for t in window.message_bar.texts())


def test_a_chain_session_saved_on_a_later_pair_reopens_on_that_pair_and_article(
    qtbot, make_window, tmp_path
) -> None:
    """Saved while Moscow → Kars was on show, at Kars's Art. IX: it had reopened on
    the draft → Moscow pair, at Moscow's Art. IX (another article of the chain)."""
    from treatyviewer.core.comparison import Row

    window = _moscow_to_kars(qtbot, make_window(size=(1400, 900)))
    cmp = window.view.cmp
    # An article whose label in Kars names another article in the draft → Moscow pair.
    nine = next(
        k
        for k, p in enumerate(cmp.pairs)
        if len(p.new) == 1 and cmp.new.segments[p.new[0]].label == "IX"
    )
    assert cmp.label_of("old", cmp.pairs[nine].old) != ["IX"]
    window.view.navigator.jump_to_pair(nine)
    # the reading position follows the panes a moment later (slower on a busy machine)
    qtbot.waitUntil(lambda: window.position.row_at_top() == Row("pair", nine), timeout=5000)
    path = tmp_path / "chain.tvproj"
    assert window.reading.controller.save_as(path)
    fresh = make_window(size=(1400, 900))
    assert fresh.reading.controller.open(path)
    qtbot.waitUntil(lambda: fresh.session.new_name == "kars-1921", timeout=30000)
    wait_chain(qtbot, fresh)
    assert fresh.session.old_name == "moscow-1921"
    assert [c.isChecked() for c in fresh.chains.strip.chips] == [False, True, True]
    reopened = fresh.view.cmp
    qtbot.waitUntil(
        lambda: (
            fresh.position.row_at_top()
            == Row("pair", reopened.new_to_pair[reopened.new.index_of("IX")])
        ),
        timeout=5000,
    )


def test_a_note_on_a_version_not_on_show_is_in_another_text_not_lost(
    qtbot, make_window, tmp_path
) -> None:
    """A note on the Treaty of Kars, then the draft → Moscow pair put on show: the note
    had been listed in orange as "⚠ not found", and the command line called it an
    orphan in the saved chain; it is on a text of the chain that is not shown."""
    from treatyviewer.annotation_report import annotations_report

    window = _moscow_to_kars(qtbot, make_window(size=(1400, 900)))
    store = window.reading.store
    kars = window.session.new
    at = kars.text.index("Kars")
    note = store.create_from_selection("new", at, at + 4, "Kars itself")
    assert store.entry(note).status == "anchored"
    before = window.session.comparison
    window.actions_["go.prev_pair"].trigger()
    wait_compared(qtbot, window, before)
    entry = store.entry(note)
    assert entry is not None and entry.status == "elsewhere"
    assert entry not in store.orphans()
    model = window.reading.notes.model
    row = model.row_of(note)
    status = model.index(row, COLUMNS.index("status"))
    assert model.data(status) == "in another text"
    assert "kars-1921" in model.data(status, Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(row, COLUMNS.index("text"))) == "kars-1921"
    path = tmp_path / "chain.tvproj"
    assert window.reading.controller.save_as(path)
    (item,) = [i for i in annotations_report(str(path))["items"] if "Kars itself" in str(i)]
    assert item["status"] == "anchored" and item["segment"]


def test_opening_a_chain_over_unsaved_work_asks_before_showing_any_of_it(
    qtbot, make_window, chain_paths, monkeypatch
) -> None:
    """Behind "Save your notes?", the title, the versions' strip and the lineages had
    already turned to the new chain while the texts still showed the old pair;
    Cancel keeps all of it as it was."""
    window = make_window()
    files = window.reading.files
    seen: list[bool] = []

    def asked() -> bool:
        seen.append(window.chains.state.active or window.chains.state.busy)
        return False  # Cancel

    monkeypatch.setattr(files, "may_discard", asked)
    window.reading.store.create_for_pair(1, "unsaved")
    title = window.windowTitle()
    window.chains.open_chain(list(chain_paths))
    qtbot.wait(100)
    assert seen == [False]
    assert not window.chains.state.active and not window.chains.toolbar.isVisible()
    assert window.windowTitle() == title
    assert window.session.old_name == "draft-1920"


def _accept_row(qtbot, window, k: int) -> None:  # type: ignore[no-untyped-def]
    """Accept pair ``k`` of the texts on show with the concordance's button."""
    from treatyviewer.core.comparison import Row

    conc, cmp = window.concordance, window.session.comparison
    conc.select_row(conc.row_of(Row("pair", k)))
    assert conc.accept_button.isEnabled()
    conc.accept_button.click()
    wait_compared(qtbot, window, cmp)


def test_undo_of_an_accept_in_another_step_of_the_chain_undoes_it_there(
    qtbot, make_window, chain_paths
) -> None:
    """A pairing accepted in 1 → 2, then 2 → 3 read, then Ctrl+Z: the pair on show was
    given the corrections 1 → 2 had before the Accept, while the Accept stayed in the
    chain (its lineages and the History were out of step with the undo), and Redo put
    it into 2 → 3. Undo and Redo now bring 1 → 2 back and take it or put it there."""
    from treatyviewer.core.align import Overrides

    paths = chain_paths[:3]
    window = _open_chain(qtbot, make_window, paths)
    state, chains = window.chains.state, window.chains
    chains.history_dock.show()
    _accept_row(qtbot, window, 2)
    accepted = window.session.overrides
    assert accepted.links and state.chain.comparisons[0].overrides == accepted
    before = window.session.comparison
    window.actions_["go.next_pair"].trigger()
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: window.session.new_name == paths[2], timeout=30000)

    def on_show(a: int, b: int) -> bool:
        session = window.session
        return (
            state.pair == (a, b)
            and (session.old_name, session.new_name) == (paths[a], paths[b])
            and session.comparison is not None
            and not session.busy
        )

    before = window.session.comparison
    window.actions_["edit.undo"].trigger()
    qtbot.waitUntil(
        lambda: on_show(0, 1) and window.session.comparison is not before, timeout=30000
    )
    wait_compared(qtbot, window, before)
    assert window.session.overrides == Overrides()
    assert state.chain.comparisons[0].overrides == Overrides()
    assert state.overrides[(1, 2)] == Overrides()
    assert [c.isChecked() for c in chains.strip.chips][:3] == [True, True, False]
    assert chains.history.chain is state.chain
    qtbot.wait(100)  # nothing said of pairs "no longer paired" between two other texts
    assert not [m.text for m in window.message_bar.messages() if "aligned again" in m.text]

    window.actions_["go.next_pair"].trigger()
    qtbot.waitUntil(lambda: on_show(1, 2), timeout=30000)
    before = window.session.comparison
    window.actions_["edit.redo"].trigger()
    qtbot.waitUntil(
        lambda: on_show(0, 1) and window.session.comparison is not before, timeout=30000
    )
    wait_compared(qtbot, window, before)
    assert window.session.overrides == accepted
    assert state.chain.comparisons[0].overrides == accepted
    assert state.overrides[(1, 2)] == Overrides()


def test_undo_of_an_accept_in_to_review_brings_the_pair_back_with_its_history(
    qtbot, make_window, chain_paths
) -> None:
    """In a chain of three, the first pair to review accepted in "To review", then
    Ctrl+Z: the pair was back in the list, but nothing in it was chosen and the texts
    and the History stayed on the next pair to review, as if it were still decided."""
    from treatyviewer.core.comparison import Row

    paths = chain_paths[:3]
    window = make_window()
    window.session.review_below = 1.0  # every pairing short of certain is to review
    window.chains.open_chain(list(paths))
    wait_chain(qtbot, window)
    qtbot.waitUntil(lambda: window.session.old_name == paths[0], timeout=30000)
    chains, conc = window.chains, window.concordance
    chains.history_dock.show()
    conc.tabs.setCurrentIndex(1)  # "To review"
    assert conc.proxy.scope == "review" and conc.proxy.rowCount() >= 2
    first = conc.model.rows[conc.proxy.mapToSource(conc.proxy.index(0, 0)).row()]
    _accept_row(qtbot, window, first.index)
    lineage = chains._lineage_of(first)
    qtbot.waitUntil(lambda: chains.history.lineage not in (None, lineage), timeout=5000)

    before = window.session.comparison
    window.actions_["edit.undo"].trigger()
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: chains.history.lineage == lineage, timeout=5000)
    assert conc.selected_rows() == [conc.row_of(Row("pair", first.index))]
    assert window.view.navigator.row_at_top() == Row("pair", first.index)
    assert chains.history.browser.toPlainText().startswith(f"{lineage + 1}. ")

    second = conc.model.rows[conc.proxy.mapToSource(conc.proxy.index(1, 0)).row()]
    conc.select_row(conc.row_of(second))  # read on in the list
    window.jump_row(second)
    qtbot.waitUntil(lambda: chains.history.lineage != lineage, timeout=5000)
    before = window.session.comparison
    window.actions_["edit.redo"].trigger()  # redone, the pair accepted is what is read
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: window.view.navigator.row_at_top() == first, timeout=5000)
    qtbot.waitUntil(lambda: chains.history.lineage == lineage, timeout=5000)
