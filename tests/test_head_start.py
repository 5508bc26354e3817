"""The first pair compared in a forked process at launch gives the window exactly the
comparison it would have made itself; when that process fails the window still opens
and compares by itself; nothing is forked once threads run."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from synthetic import text_of_size
from treatyviewer.core.comparison import comparison_json
from treatyviewer.core.entities import Gazetteer, find_mentions
from treatyviewer.core.xrefs import find_references
from treatyviewer.ui.state.comparing import Receiver, Unwatched, run
from treatyviewer.ui.state.request import Loaded, Request

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def run_alone(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter: a head start is begun only in a process with one thread,
    before Qt is imported, and a test runner's worker is neither."""
    tests = os.path.dirname(__file__)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    made = text_of_size(60_000, seed=11)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(made.old_text, encoding="utf-8")
    new.write_text(made.new_text, encoding="utf-8")
    return old, new


def compare_request(request: Request) -> Loaded:
    """The comparison the window makes by itself (on its worker thread)."""
    return run(request, Receiver(Unwatched(), request))


def scanned(loaded: tuple) -> tuple:  # type: ignore[type-arg]
    """What the window shows of a comparison: the comparison and both texts' scans."""
    old, new, cmp = loaded
    gazetteer = Gazetteer.bundled()
    return (
        json.dumps(comparison_json(cmp), sort_keys=True),
        [find_references(d) for d in (old, new)],
        [find_mentions(d, gazetteer) for d in (old, new)],
    )


def test_the_forked_comparison_is_the_one_made_in_process(pair, tmp_path: Path) -> None:
    out = tmp_path / "forked.pickle"
    proc = run_alone(
        """
        import os, pickle, sys
        from test_head_start import scanned
        from treatyviewer.core import parallel
        from treatyviewer.ui.state import head_start
        from treatyviewer.ui.state.head_start import HeadStart
        from treatyviewer.ui.state.request import Request

        parallel.MIN_ITEMS = 10  # the child shares its diffs with a helper of its own,
        head_start.helpers_available = lambda: 2  # as on a machine with a processor to spare
        head = HeadStart.begin(Request(sys.argv[1], sys.argv[2]))
        assert head is not None and head.pid != os.getpid()
        loaded = head.take()
        assert loaded is not None
        with open(sys.argv[3], "wb") as f:
            pickle.dump(scanned(loaded), f)
        """,
        str(pair[0]), str(pair[1]), str(out),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    forked = pickle.loads(out.read_bytes())
    here = scanned(compare_request(Request(str(pair[0]), str(pair[1]))))
    assert forked[0] == here[0]
    assert forked[1] == here[1] and any(forked[1])
    assert forked[2] == here[2]


def test_the_window_opens_and_compares_itself_when_the_child_dies(pair, tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    proc = run_alone(
        """
        import json, os, signal, sys
        from treatyviewer.ui.app import launch

        args = launch.read_args([sys.argv[1], sys.argv[2], "--screenshot", sys.argv[3]])
        head = launch.begin_first_pair(args)
        assert head is not None
        os.kill(head.pid, signal.SIGKILL)  # as the out-of-memory killer would
        app, window = launch.build_window(args, head)
        code = launch.open_first(args, app, window)
        from treatyviewer.core.comparison import comparison_json
        print(json.dumps(comparison_json(window.session.comparison), sort_keys=True))
        sys.exit(code)
        """,
        str(pair[0]), str(pair[1]), str(shot),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if line.startswith("treatyviewer:")]
    assert said == [
        "treatyviewer: the comparison begun at start-up stopped (the child ended without a "
        "result); comparing in the window instead"
    ]
    assert shot.stat().st_size > 0
    here = compare_request(Request(str(pair[0]), str(pair[1])))[2]
    assert proc.stdout.strip() == json.dumps(comparison_json(here), sort_keys=True)


def test_an_unreadable_text_is_reported_once_as_without_a_child(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "treatyviewer", str(tmp_path / "nope.txt"), "moscow-1921",
         "--screenshot", str(tmp_path / "shot.png")],
        capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert proc.returncode == 2
    said = [line for line in proc.stderr.splitlines() if line.startswith("treatyviewer:")]
    assert len(said) == 1 and "nope.txt" in said[0]


def test_nothing_is_forked_once_another_thread_runs() -> None:
    proc = run_alone(
        """
        import os, threading, time
        from treatyviewer.ui.state.head_start import HeadStart
        from treatyviewer.ui.state.request import Request

        stop = threading.Event()
        other = threading.Thread(target=stop.wait)
        other.start()
        assert HeadStart.begin(Request("draft-1920", "moscow-1921")) is None
        stop.set()
        other.join()
        while os.path.isdir("/proc/self/task") and len(os.listdir("/proc/self/task")) > 1:
            time.sleep(0.01)
        head = HeadStart.begin(Request("draft-1920", "moscow-1921"))
        assert head is not None and head.take() is not None
        """
    )
    assert proc.returncode == 0, proc.stderr


def test_a_pair_compared_before_the_window_is_built_is_in_its_first_paint(
    tmp_path: Path,
) -> None:
    """The bundled pair is compared long before the window is built: opening it shows
    it at once, and the panes are never painted empty first."""
    proc = run_alone(
        """
        import json, os, sys, time
        os.environ["XDG_CONFIG_HOME"] = sys.argv[1]
        from treatyviewer.ui.app import launch

        args = launch.read_args(["--size", "900x600"])
        head = launch.begin_first_pair(args)
        assert head is not None
        while not head.finished():
            time.sleep(0.01)
        app, window = launch.build_window(args, head)
        from PySide6.QtCore import QEvent, QObject

        painted = []

        class Paints(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    painted.append(window.view.cmp is not None)
                return False

        paints = Paints()
        window.view.new_pane.viewport().installEventFilter(paints)
        window.persist = False
        launch.show_laid_out(window)
        window.open_pair(*launch.first_pair(args))
        at_once = window.session.comparison is not None and not window.session.busy
        for _ in range(20):
            app.processEvents()
        print(json.dumps({"at_once": at_once, "painted": painted}))
        """,
        str(tmp_path / "cfg"),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["at_once"]
    assert result["painted"] and all(result["painted"])


def test_a_size_given_for_one_run_is_not_the_next_starts(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """`--size 1000x700` once, and every later start without it opened at 1000×700."""
    from treatyviewer.ui.app import launch

    args = launch.read_args(["--size", "1000x700"])
    _app, window = launch.build_window(args)
    qtbot.addWidget(window)
    before = window.settings.geometry("geometry")
    window.persist = True
    window.close()
    assert window.settings.geometry("geometry") == before


def test_a_first_start_fits_the_window_to_a_small_screen(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On a screen smaller than the first-start size (a laptop at 1280 × 720) the
    window had opened at 1400 × 900, the concordance and status line off its edge."""
    from treatyviewer.ui.app import launch

    _app, window = launch.build_window(launch.read_args([]))
    qtbot.addWidget(window)
    room = qapp.primaryScreen().availableGeometry().size()
    assert room.width() < launch.FIRST_SIZE[0]  # the test screen is the small one
    assert window.width() <= room.width() and window.height() <= room.height()


def test_the_review_threshold_of_preferences_holds_for_the_pair_compared_at_launch(
    tmp_path: Path,
) -> None:
    """Pairs below 100 % asked for in Preferences, then a restart: the first pair was
    compared before the window read the setting, and "To review" said nothing was below
    90 % until OK was pressed in Preferences again."""
    proc = run_alone(
        """
        import json, os, sys, time
        os.environ["XDG_CONFIG_HOME"] = sys.argv[1]
        from treatyviewer.ui.app import launch

        args = launch.read_args([])
        head = launch.begin_first_pair(args)
        while not head.finished():
            time.sleep(0.01)
        app, window = launch.build_window(args, head)
        window.settings.set("review_below", 1.0)
        window.session.review_below = 1.0  # as the window reads it when it is built
        window.persist = False
        window.open_pair(*launch.first_pair(args))
        cmp = window.session.comparison
        below = sum(p.confidence < 1.0 for p in cmp.pairs)
        print(json.dumps({"below": below, "to_review": cmp.to_review()}))
        """,
        str(tmp_path / "cfg"),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["below"] > 0 and result["to_review"] == result["below"]
