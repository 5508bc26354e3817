"""Start-up builds what the first screen shows; hidden docks and dialogs wait for first use
and then show the same as if they had been there from the start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import new_window, wait_compared

HIDDEN_AT_START = (
    "treatyviewer.ui.notes.annotation_panel",
    "treatyviewer.ui.notes.annotation_editor",
    "treatyviewer.ui.map.map_panel",
    "treatyviewer.ui.chains.lineage_dock",
    "treatyviewer.ui.chains.history_panel",
    "treatyviewer.ui.dialogs.export_dialog",
    "treatyviewer.ui.dialogs.preferences",
    "treatyviewer.ui.dialogs.go_to_article",
    "treatyviewer.ui.dialogs.help_guide",
    "treatyviewer.ui.dialogs.open_dialog",
    "treatyviewer.io.report_model",  # what the exports lay out
    "treatyviewer.io.report_runs",
)


def _run_fresh(code: str, tmp_path: Path) -> dict[str, Any]:
    """Run ``code`` in a fresh process with settings of its own; the JSON it printed last."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "cfg"))
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.returncode == 0, out.stderr[-2000:]
    found: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def test_a_started_window_has_not_imported_what_hidden_docks_and_dialogs_use(
    tmp_path: Path,
) -> None:
    """In a fresh process, as ``treatyviewer`` starts: the window on the bundled pair,
    compared and shown, without the modules of the docks and dialogs it does not show."""
    code = (
        "import json, sys, time\n"
        "from treatyviewer.ui.app.launch import build_window, read_args\n"
        "args = read_args([])\n"
        "app, window = build_window(args)\n"
        "window.persist = False\n"
        "window.progress.enabled = False\n"
        "window.show()\n"
        "window.open_bundled()\n"
        "deadline = time.monotonic() + 60\n"
        "while (window.session.busy or window.session.comparison is None)"
        " and time.monotonic() < deadline:\n"
        "    app.processEvents()\n"
        "    time.sleep(0.005)\n"
        "app.processEvents()\n"
        "print(json.dumps({'compared': window.session.comparison is not None,"
        " 'notes': window.reading.notes_built,"
        " 'loaded': sorted(m for m in sys.modules if m.startswith('treatyviewer.'))}))\n"
    )
    result = _run_fresh(code, tmp_path)
    assert result["compared"] and not result["notes"]
    loaded = set(result["loaded"])
    assert "treatyviewer.ui.entities.entity_panel" in loaded  # shown: built at start
    assert [m for m in HIDDEN_AT_START if m in loaded] == []


COMPARED_ELSEWHERE = (
    "treatyviewer.core.align_engine",  # the aligner
    "treatyviewer.core.segment",  # reading: segmenting
    "treatyviewer.io.readers",
    "treatyviewer.ui.state.apart",  # multiprocessing, for long pairs
    "multiprocessing",
)


def test_a_window_handed_its_first_comparison_imports_no_comparing_machinery(
    tmp_path: Path,
) -> None:
    """As ``treatyviewer`` starts on the bundled pair: the pair is compared in the process
    forked at launch, and the window, handed the result, imports none of what reads
    or aligns (the child does); the window shows it highlighted all the same."""
    code = (
        "import json, sys\n"
        "from treatyviewer.ui.app.launch import launch\n"
        f"code = launch(['--screenshot', {str(tmp_path / 'shot.png')!r}])\n"
        "print(json.dumps({'code': code, 'loaded': sorted(sys.modules)}))\n"
    )
    result = _run_fresh(code, tmp_path)
    assert result["code"] == 0 and (tmp_path / "shot.png").stat().st_size > 10_000
    loaded = set(result["loaded"])
    assert "treatyviewer.core.comparison" in loaded
    assert [m for m in COMPARED_ELSEWHERE if m in loaded] == []


def test_notes_dock_is_built_when_first_shown_with_the_notes_of_the_open_texts(
    make_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    reading = window.reading
    # The tab behind "Parties and places": present, but nothing of it on screen.
    assert not reading.notes_built and reading.notes_dock.visibleRegion().isEmpty()
    # A note made while the dock is still unbuilt is listed once it is shown.
    note_id = reading.store.create_for_pair(0)
    curated = [e for e in reading.store.entries() if e.origin == "curated"]
    assert curated, "the bundled pair comes with the editors' notes"
    window.actions_["view.notes"].setChecked(False)
    window.actions_["view.notes"].setChecked(True)
    qtbot.waitUntil(lambda: reading.notes_built, timeout=5000)
    assert not reading.notes_dock.visibleRegion().isEmpty()
    model = reading.notes.model
    assert model.rowCount() == len(reading.store.entries())
    assert model.row_of(note_id) >= 0
    assert all(model.row_of(e.id) >= 0 for e in curated)
    # And it follows the store from then on.
    reading.store.create_for_pair(1)
    assert model.rowCount() == len(reading.store.entries())


def test_a_layout_saved_with_notes_in_front_brings_them_back_built(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = new_window(tmp_path)
    qtbot.addWidget(window)
    window.open_bundled()
    wait_compared(qtbot, window)
    window.reading.set_dock_visible(window.reading.notes_dock, True)
    qtbot.waitUntil(window.reading.notes_dock.isVisible, timeout=5000)
    window.settings.set_geometry("state", window.saveState())
    window.persist = False
    window.close()

    again = new_window(tmp_path)
    qtbot.addWidget(again)
    again.open_bundled()
    wait_compared(qtbot, again)
    dock = again.reading.notes_dock
    qtbot.waitUntil(lambda: again.reading.notes_built, timeout=5000)
    assert not dock.visibleRegion().isEmpty()
    assert again.reading.notes.model.rowCount() == len(again.reading.store.entries()) > 0
    assert again.reading.entity_dock.visibleRegion().isEmpty()  # behind, as it was left
