"""The window's side of a chain of versions: actions, the version strip above the panes,
the lineage table and the history panel, and keeping them in step with the reading.

The chain widgets live in ``ui.chains``; this module wires them to the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from ...core.align import Overrides
from ...core.chain_session import chain_overrides, chain_project, chain_refs
from ...core.comparison import Row
from ...core.project import DocumentRef, Project, locate_source
from ...core.resources import BUNDLED_CHAIN, is_bundled_id
from ..chains.chain_state import ChainState
from ..chains.version_strip import VersionStrip
from ..common.actions import ActionSpec
from ..common.dock_toggle import toggle_dock
from ..common.lazy_dock import LazyDock
from ..state.project_controller import source_name

if TYPE_CHECKING:
    from ..chains.history_panel import HistoryPanel
    from ..chains.lineage_dock import LineagePanel
    from ..common.actions import ActionRegistry
    from ..common.colours import Scheme
    from ..compare.comparison_view import ComparisonView
    from ..concordance.concordance_dock import ConcordanceDock
    from ..state.project_controller import ProjectController
    from ..state.session import ComparisonSession
    from ..state.undo import OverridesCommand
    from .message_bar import MessageBar


@dataclass(frozen=True)
class WindowParts:
    """What of the window the chain needs: its state, views and two requests."""

    actions: ActionRegistry
    session: ComparisonSession
    scheme: Scheme
    view: ComparisonView
    concordance: ConcordanceDock
    message_bar: MessageBar
    controller: ProjectController
    open_pair: Callable[[str, str], bool]
    jump_row: Callable[[Row], None]


TABLE_SHARE = 0.3
"""Share of the window height the lineage table gets when a chain opens..."""
HISTORY_SHARE = 0.3
"""...and share of its width the history of the article chosen there, beside it."""


def tr(text: str) -> str:
    return _translate("ChainWindow", text)


def _translate(context: str, text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


class ChainWindow(QObject):
    def __init__(self, window: QMainWindow, parts: WindowParts) -> None:
        super().__init__(window)
        self.window = window
        self.parts = parts
        self.state = ChainState(self)
        self.scheme = parts.scheme
        """The colours the lineage table is drawn in (they follow dark / high contrast)."""
        self.strip = VersionStrip()
        self.strip.pairChosen.connect(self.show_pair)
        self.toolbar = QToolBar(tr("Versions"))
        self.toolbar.setObjectName("version-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addWidget(self.strip)
        self.toolbar.hide()
        # The docks exist from the start (the saved layout names them, the View menu
        # toggles them); their tables are built when a chain first needs them.
        self.table_dock = LazyDock(
            QCoreApplication.translate("LineagePanel", "Lineages"),
            "lineage-dock",
            self._build_table,
            window,
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.table_dock)
        self.history_dock = LazyDock(
            QCoreApplication.translate("HistoryPanel", "History of this article"),
            "history-dock",
            self._build_history,
            window,
        )
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.history_dock)
        for dock in (self.table_dock, self.history_dock):
            dock.hide()
        self._pending_jump: tuple[int, int] | None = None
        self._resume: tuple[tuple[int, int], Callable[[], None]] | None = None
        """A saved session's pair of versions to show once its chain is read, and how
        to restore the place read in it."""
        self._place_in_pair: tuple[tuple[int, int], Callable[[], None]] | None = None
        """The place to restore once that pair is on show."""
        self._declare()
        self._connect()

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        if self.table_dock.built:
            self.table.set_scheme(scheme)

    @property
    def table(self) -> LineagePanel:
        return cast("LineagePanel", self.table_dock.content())

    @property
    def history(self) -> HistoryPanel:
        return cast("HistoryPanel", self.history_dock.content())

    def _build_table(self) -> QWidget:
        from ..chains.lineage_dock import LineagePanel

        table = LineagePanel(self.scheme)
        table.lineageChosen.connect(lambda n: self.history.show_lineage(n))
        table.jumpRequested.connect(self.jump)
        table.cellClicked.connect(self._clicked)
        table.set_chain(self.state.chain)
        return table

    def _build_history(self) -> QWidget:
        from ..chains.history_panel import HistoryPanel

        history = HistoryPanel()
        history.set_chain(self.state.chain)
        return history

    # -- actions ---------------------------------------------------------------------------
    def _declare(self) -> None:
        reg = self.parts.actions
        reg.add(
            ActionSpec(
                "file.open_chain",
                tr("Open a C&hain of Versions…"),
                "file",
                ("Ctrl+Alt+O",),
                tr("Open three or more versions of a text, oldest first"),
            ),
            self.open_dialog,
        )
        bundled = reg.add(
            ActionSpec(
                "file.bundled_chain",
                tr("Open the Bundled &Chain"),
                "file",
                ("Ctrl+Alt+B",),
                tr("The 1920 draft, the Treaty of Moscow and the Treaty of Kars (1921)"),
            ),
            self.open_bundled,
        )
        bundled.setEnabled(all(is_bundled_id(name) for name in BUNDLED_CHAIN))
        self.dock_actions = []
        for key, dock, text, keys in (
            ("view.lineages", self.table_dock, tr("Lineage Ta&ble"), "F8"),
            ("view.history", self.history_dock, tr("Histor&y of This Article"), "Ctrl+Alt+Y"),
        ):
            # Its key brings the dock to the front where it is a tab behind another
            # (as Shift+F9 does the Outline's): F8 had shown the table behind the
            # Concordance, so that nothing seemed to happen.
            action = reg.add(
                ActionSpec(key, text, "view", (keys,), checkable=True, section="chain"),
                lambda on, d=dock, k=key: toggle_dock(d, on, reg[k]),
            )
            action.setChecked(dock.isVisible())
            dock.visibilityChanged.connect(lambda _v, d=dock, a=action: a.setChecked(d.isVisible()))
            self.dock_actions.append(action)
        self.steps = [
            reg.add(
                ActionSpec(
                    key, text, "go", (keys,),
                    tr("Compare the neighbouring versions of the chain after (before) these"),
                    section="chain",
                ),
                lambda _c=False, d=direction: self.step_pair(d),
            )
            for key, text, keys, direction in (
                ("go.next_pair", tr("Ne&xt Pair of Versions"), "Alt+Right", 1),
                ("go.prev_pair", tr("Pre&vious Pair of Versions"), "Alt+Left", -1),
            )
        ]  # fmt: skip
        self._chain_docks_usable(self.state.active)

    def _chain_docks_usable(self, on: bool) -> None:
        """The Lineage Table, History and the steps between pairs only with a chain
        open: on two texts they opened as an empty panel, with nothing to say why."""
        for action in (*self.dock_actions, *self.steps):
            action.setEnabled(on)

    def step_pair(self, direction: int) -> None:
        """Side by side, the two neighbouring versions after (``direction`` 1) or before
        (-1) the earlier of the two shown, as the strip's arrows pick them."""
        st = self.state
        if not st.active or st.chain is None:
            return
        last = len(st.chain.documents) - 2
        a = max(0, min(last, min(st.pair) + direction))
        if (a, a + 1) != tuple(sorted(st.pair)):
            self.strip.choose(a, a + 1)

    def _connect(self) -> None:
        s = self.state
        s.opened.connect(self._opened)
        s.changed.connect(self._changed)
        s.failed.connect(self.parts.message_bar.show_failure)
        s.closed.connect(self._closed)
        self.parts.session.changed.connect(self._session_changed)
        for pane in self.parts.view.panes():
            pane.filesDropped.connect(self.open_chain)
        model = self.parts.concordance.table.selectionModel()
        model.currentRowChanged.connect(self._concordance_row)
        controller = self.parts.controller
        controller.decorate = self._with_chain
        controller.opened.connect(self._session_opened)

    # -- sessions --------------------------------------------------------------------------
    def _with_chain(self, project: Project) -> Project:
        """The saved session holds every text of the open chain and each pair's corrections."""
        st, s = self.state, self.parts.session
        if not st.active or st.chain is None:
            return project
        refs = [
            DocumentRef(source_name(name), doc.content_hash, None)
            for name, doc in zip(st.names, st.chain.documents, strict=True)
        ]
        pairs = [(k, k + 1) for k in range(len(refs) - 1)]
        current = st.pair if st.shows(s.old_name, s.new_name) else None
        overrides = [
            s.overrides if p == current else st.overrides.get(p, Overrides()) for p in pairs
        ]
        chained = chain_project(refs, overrides, project.annotations, project.view)
        if current == (0, 1):
            accepted = project.alignment.accepted
            chained = replace(chained, alignment=replace(chained.alignment, accepted=accepted))
        return chained

    def _session_opened(self) -> None:
        project = self.parts.controller.opened_project
        if project is None:
            return
        refs = chain_refs(project)
        if len(refs) < 3:
            self.state.close()
            return
        path = self.parts.controller.path
        folder = Path(path).parent if path else None
        names = [locate_source(ref.source, folder, is_bundled_id) for ref in refs]
        self.state.limits = self.parts.session.limits
        self.state.open(names, self.parts.session.options, chain_overrides(project))
        self.state.pair = (0, 1)

    # -- opening ---------------------------------------------------------------------------
    def open_chain(self, names: list[str]) -> None:
        """Open two texts as a pair, three or more as a chain (the first two side by side)."""
        if len(names) < 3:
            self.state.close()
            self.parts.open_pair(names[0], names[-1])
            return
        # The first pair first: that asks about unsaved work, and while it asked, the
        # chain read behind the question had already put its versions and lineages
        # over the texts still on show.
        if not self.parts.open_pair(names[0], names[1]):
            return  # the reader kept the texts on show: no chain over them
        self.state.limits = self.parts.session.limits
        self.state.open(names, self.parts.session.options)
        self.state.pair = (0, 1)

    def open_bundled(self) -> None:
        self.open_chain(list(BUNDLED_CHAIN))

    def open_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # on first use

        from ..dialogs.open_dialog import text_filters

        paths, _ = QFileDialog.getOpenFileNames(
            self.window,
            tr("Open versions, oldest first"),
            "",
            text_filters(),
        )
        if len(paths) >= 2:
            self.open_chain(paths)

    def resume_in_pair(self, pair: tuple[int, int], restore: Callable[[], None]) -> bool:
        """A session saved while a later pair of its chain was on show: that pair comes
        back once the chain is read, and then the place read in it (its labels name
        articles of that pair: "XVI" of the Treaty of Kars is not "XVI" of Moscow's)."""
        if pair == (0, 1):
            return False
        self._resume = (pair, restore)
        return True

    def _resume_pair(self) -> None:
        resume, self._resume = self._resume, None
        chain = self.state.chain
        if resume is None or chain is None:
            return
        (a, b), restore = resume
        if max(a, b) >= len(chain.documents):
            restore()  # (the file names a pair the chain does not have: the first one)
            return
        self._place_in_pair = ((a, b), restore)
        self.strip.choose(a, b, emit=False)
        self.show_pair(a, b, keep_place=False)

    def show_pair(self, a: int, b: int, keep_place: bool = True) -> None:
        """Put versions ``a`` and ``b`` side by side, with the corrections made to them
        (``keep_place``: the article read stays in view)."""
        st = self.state
        if not st.active:
            return
        read = self._lineage_read() if keep_place else None
        st.pair = (a, b)
        if read is not None:  # the article read stays in view
            k = self._shown_at(read, (b, a))
            self._pending_jump = None if k is None else (read, k)
        self.parts.session.open_pair(st.names[a], st.names[b], st.overrides.get((a, b)))

    def keep_to_pair(self, command: OverridesCommand) -> None:
        """``command``, made in the pair of the chain on show, undone or redone there:
        when another pair is on show by then, the pair it was made in comes back with
        the corrections it sets (they had been set in the pair on show, and the chain,
        its lineages and the History kept the correction undone)."""
        st = self.state
        if not st.active:
            return
        pair, names = st.pair, list(st.names)

        def elsewhere(overrides: Overrides) -> bool:
            session = self.parts.session
            if st.names != names or (
                st.pair == pair and st.shows(session.old_name, session.new_name)
            ):
                return False  # on show (or the chain is gone): set in the texts shown
            st.overrides[pair] = overrides
            self.strip.choose(*pair, emit=False)
            self.show_pair(*pair, keep_place=False)
            return True

        command.elsewhere = elsewhere

    def _lineage_read(self) -> int | None:
        """The lineage of the article at the top of the panes, in the pair on show (a
        new reader stepping from 1 → 2 to 2 → 3 at Art. III was put at the Preamble)."""
        row = self.parts.view.navigator.row_at_top()
        return None if row is None or self.state.busy else self._lineage_of(row)

    def _lineage_of(self, row: Row) -> int | None:
        """The lineage of a concordance row of the pair on show."""
        chain, cmp = self.state.chain, self.parts.session.comparison
        if chain is None or cmp is None:
            return None
        side, segment = cmp.segment_of_row(row)
        return chain.lineage_of(self.state.pair[side], segment)

    def _shown_at(self, n: int, versions: tuple[int, ...]) -> int | None:
        """The first of ``versions`` that has lineage ``n``, if any."""
        chain = self.state.chain
        steps = chain.lineages[n].steps if chain is not None else ()
        return next((k for k in versions if k < len(steps) and steps[k].present), None)

    # -- keeping in step -------------------------------------------------------------------
    def _opened(self) -> None:
        chain = self.state.chain
        if chain is None:
            return
        self._chain_docks_usable(True)
        s = self.parts.session
        if s.comparison is not None and self.state.shows(s.old_name, s.new_name):
            # The pair on show keeps the reader's corrections (a session of those two
            # texts, then its chain opened): the lineages must read as its concordance.
            self.state.corrected(s.comparison)
        self.strip.set_versions(chain.documents)
        self.strip.choose(*self.state.pair, emit=False)
        if self._resume is not None:
            QTimer.singleShot(0, self._resume_pair)
        w = self.window
        if w.toolBarArea(self.toolbar) == Qt.ToolBarArea.NoToolBarArea:
            w.addToolBarBreak()  # a row of its own, under the main toolbar
            w.addToolBar(self.toolbar)
        self.toolbar.show()
        table, history = self.table_dock, self.history_dock
        if not w.tabifiedDockWidgets(table):
            # Tabified only now: a hidden tab partner leaves a stray tab bar in two-text mode.
            w.tabifyDockWidget(self.parts.concordance, table)
        table.show()
        table.raise_()
        w.resizeDocks([table], [int(w.height() * TABLE_SHARE)], Qt.Orientation.Vertical)
        if w.dockWidgetArea(history) != Qt.DockWidgetArea.BottomDockWidgetArea:
            # Beside the lineage table it tells about, not a fifth tab on the right
            # (where "Parties and places" went out of sight behind scroll arrows).
            w.addDockWidget(
                Qt.DockWidgetArea.BottomDockWidgetArea, history, Qt.Orientation.Horizontal
            )
        history.show()
        w.resizeDocks([history], [int(w.width() * HISTORY_SHARE)], Qt.Orientation.Horizontal)

    def show_docks(self) -> None:
        """The chain's toolbar and docks shown again (after View → Reset Layout)."""
        self._opened()

    def _changed(self) -> None:
        if self.table_dock.built:
            self.table.set_chain(self.state.chain)
        if self.history_dock.built:
            self.history.set_chain(self.state.chain)
        self._concordance_row(self.parts.concordance.table.currentIndex(), QModelIndex())

    def leave_chain_view(self) -> None:
        """No chain open: its docks (that a saved layout may bring back) are put away."""
        if not self.state.active and not self.state.busy:
            self._closed()

    def _closed(self) -> None:
        """Two texts alone again: the chain's strip and docks go, the concordance
        comes back to the front."""
        self._chain_docks_usable(False)
        self._resume = self._place_in_pair = None
        if self.toolbar.isVisible():
            self.toolbar.hide()
        for dock in (self.table_dock, self.history_dock):
            if dock.built and self.state.chain is None:
                cast("LineagePanel | HistoryPanel", dock.content()).set_chain(None)
            if not dock.isHidden():
                dock.hide()

    def _session_changed(self) -> None:
        st, s = self.state, self.parts.session
        if not st.active and not st.busy:
            self.leave_chain_view()
            return
        if not st.active or st.busy or s.comparison is None:
            return
        if not st.shows(s.old_name, s.new_name):
            a, b = st.index_of(s.old_name), st.index_of(s.new_name)
            if a is None or b is None:
                st.close()  # the reader opened other texts
                return
            st.pair = (a, b)
            self.strip.choose(a, b, emit=False)
        st.corrected(s.comparison)
        if self._place_in_pair is not None and self._place_in_pair[0] == st.pair:
            pair, restore = self._place_in_pair
            self._place_in_pair = None
            # Once every view has taken the pair, as the jump below waits for it.
            QTimer.singleShot(0, lambda: self._restore_in(pair, restore))
        if self._pending_jump is not None:
            n, k = self._pending_jump
            self._pending_jump = None
            # Once every view has taken the new pair (the panes show it from its top),
            # unless the reader has stepped to another pair since: the late jump had
            # put the pair stepped away from back on show.
            pair = st.pair
            QTimer.singleShot(0, lambda: self._jump_in(pair, n, k))

    def _concordance_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """The lineage table and the history follow the reading position (the
        concordance's current row): the history had waited for a click in the table."""
        chain, cmp = self.state.chain, self.parts.session.comparison
        if chain is None or cmp is None or not current.isValid() or self.state.busy:
            return
        if not self.state.shows(self.parts.session.old_name, self.parts.session.new_name):
            return
        source = self.parts.concordance.proxy.mapToSource(current).row()
        rows = self.parts.concordance.model.rows
        if 0 <= source < len(rows):
            self._follow(rows[source])

    def follow_row(self, row: Row | None) -> None:
        """The article read, the concordance's row or not: a pair accepted from "To
        review" and read is no longer listed there, and the History had stayed on the
        article read before."""
        chain, cmp = self.state.chain, self.parts.session.comparison
        if row is None or chain is None or cmp is None or self.state.busy:
            return
        if self.state.shows(self.parts.session.old_name, self.parts.session.new_name):
            self._follow(row)

    def _follow(self, row: Row) -> None:
        n = self._lineage_of(row)
        if n is not None and self.table_dock.built:
            self.table.follow(n)
        if n is not None and self.history_dock.built and n != self.history.lineage:
            self.history.show_lineage(n)

    def _clicked(self, n: int, k: int) -> None:
        """A click goes to the lineage in the texts on show, as a concordance row does:
        at the version clicked when it is one of the two, else (its number, or another
        version: a double click brings that one in) where the newer text has it, or the
        older."""
        if self.state.chain is None or self.state.busy:
            return
        a, b = self.state.pair
        shown = self._shown_at(n, (k,) if k in (a, b) else (b, a))
        if shown is not None:
            self.jump(n, shown)

    def _restore_in(self, pair: tuple[int, int], restore: Callable[[], None]) -> None:
        if self.state.pair == pair:  # (unless the reader stepped to another pair since)
            restore()

    def _jump_in(self, pair: tuple[int, int], n: int, k: int) -> None:
        if self.state.pair == pair:
            self.jump(n, k)

    def jump(self, n: int, k: int) -> None:
        """Show lineage ``n`` as it stands in version ``k``; other versions are brought in."""
        chain, cmp = self.state.chain, self.parts.session.comparison
        if chain is None or cmp is None:
            return
        step = chain.lineages[n].steps[k]
        a, b = self.state.pair
        if k not in (a, b):
            self._pending_jump = (n, k)
            self.strip.choose(*((k - 1, k) if k > 0 else (0, 1)))
            return
        if not step.present:
            return
        segment = step.segments[0]
        if k == b:
            p = cmp.pair_of_new(segment)
            row = Row("pair", p) if p is not None else Row("added", segment)
        else:
            p = cmp.pair_of_old(segment)
            row = Row("pair", p) if p is not None else Row("removed", segment)
        self.parts.jump_row(row)
