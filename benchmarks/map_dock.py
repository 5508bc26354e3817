"""The Map dock: how long it takes to open after the window, and what it adds to start-up.

Runs the real window offscreen in a child process: the window opens on the
bundled pair and is fully laid out; then View → Map is switched on and the
clock stops when the dock has painted its map. The map is built on first show,
so start-up pays only for an empty dock (measured on its own).
"""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, sys, time
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QSettings
app = QApplication(sys.argv)
import treatyviewer.ui
from treatyviewer.ui.app.main_window import MainWindow
from treatyviewer.ui.state.settings import Settings
import tempfile, pathlib
tmp = pathlib.Path(tempfile.mkdtemp())
window = MainWindow(Settings(QSettings(str(tmp / "w.ini"), QSettings.Format.IniFormat)), state_dir=tmp)
window.progress.enabled = False
window.resize(1600, 1000)
window.show()
window.open_pair("draft-1920", "moscow-1921")
while window.session.busy or window.session.comparison is None:
    app.processEvents()
for pane in window.view.panes():
    pane.flush_relayout()
app.processEvents()
t_window = time.perf_counter() - t0
t1 = time.perf_counter()
window.actions_["view.map"].setChecked(True)
while window.map_room.panel is None or window.map_room.panel.canvas.scene is None:
    app.processEvents()
window.map_room.panel.canvas.grab()
t_map = time.perf_counter() - t1
from treatyviewer.ui.app.map_room import MapRoom
t2 = time.perf_counter()
for _ in range(20):
    MapRoom(window, window.session, window.reading.gazetteer, window.reading.entities,
            window.concordance, window.reading.store, window.reading.go_to)
t_room = (time.perf_counter() - t2) / 20
print(json.dumps({"window": t_window, "map": t_map, "room": t_room}))
"""


def bench_map_dock(python: str = sys.executable) -> None:
    print("\nMap dock (bundled pair, offscreen window, best of 3)")
    runs = []
    for _ in range(3):
        out = subprocess.run([python, "-c", CHILD], capture_output=True, text=True, check=True,
                             env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    window = min(r["window"] for r in runs)
    opened = min(r["map"] for r in runs)
    room = min(r["room"] for r in runs)
    print(f"{'window ready (start to laid out)':<46} {window:9.3f} s")
    print(f"{'map dock open, after the window':<46} {opened * 1000:9.0f} ms   (budget 150 ms)")
    print(f"{'start-up cost of the (empty) map dock':<46} {room * 1000:9.1f} ms   "
          f"= {room / window:.2%} of the window's start")  # fmt: skip


if __name__ == "__main__":
    bench_map_dock()
