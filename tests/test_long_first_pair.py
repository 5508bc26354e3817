"""A long pair named on the command line is compared from launch on, in a process of
its own forked before Qt is imported, while the window is built: the window shows the
comparison it would have made itself, and Cancel ends that process at once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from synthetic import text_of_size
from treatyviewer.core.comparison import comparison_json
from treatyviewer.ui.state.comparing import Receiver, Unwatched, run
from treatyviewer.ui.state.request import LONG_PAIR_BYTES, Request

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def run_alone(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter, started as the program starts: one thread, no Qt yet."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip


@pytest.fixture(scope="module")
def long_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    made = text_of_size(LONG_PAIR_BYTES // 2 + 40_000, seed=23)
    folder = tmp_path_factory.mktemp("long")
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(made.old_text, encoding="utf-8")
    new.write_text(made.new_text, encoding="utf-8")
    assert Request(str(old), str(new)).weight() >= LONG_PAIR_BYTES
    return old, new


def test_a_long_first_pair_is_compared_from_launch_as_the_window_would(
    long_pair: tuple[Path, Path], tmp_path: Path
) -> None:
    shot = tmp_path / "shot.png"
    proc = run_alone(
        """
        import json, os, sys
        from treatyviewer.ui.app import launch
        from treatyviewer.ui.state.apart import Apart

        args = launch.read_args([sys.argv[1], sys.argv[2], "--screenshot", sys.argv[3]])
        head = launch.begin_first_pair(args)
        assert isinstance(head, Apart), head
        assert head.process.pid != os.getpid() and head.process.is_alive()
        assert "PySide6.QtCore" not in sys.modules  # forked before Qt
        app, window = launch.build_window(args, head)
        code = launch.open_first(args, app, window)
        assert not head.process.is_alive()  # ended once its comparison is in
        from treatyviewer.core.comparison import comparison_json
        print(json.dumps(comparison_json(window.session.comparison), sort_keys=True))
        sys.exit(code)
        """,
        str(long_pair[0]), str(long_pair[1]), str(shot),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert shot.stat().st_size > 0
    request = Request(str(long_pair[0]), str(long_pair[1]))
    here = run(request, Receiver(Unwatched(), request))[2]
    assert proc.stdout.strip() == json.dumps(comparison_json(here), sort_keys=True)


def test_cancel_ends_the_comparison_begun_at_launch(long_pair: tuple[Path, Path]) -> None:
    proc = run_alone(
        """
        import json, sys, time
        from treatyviewer.ui.app import launch

        args = launch.read_args([sys.argv[1], sys.argv[2]])
        head = launch.begin_first_pair(args)
        app, window = launch.build_window(args, head)
        from PySide6.QtWidgets import QApplication

        window.persist = False
        window.progress.enabled = False
        window.show()
        session = window.session
        stages = []
        session.started.connect(stages.append)
        window.open_pair(sys.argv[1], sys.argv[2])
        deadline = time.monotonic() + 120
        while len(stages) < 3 and time.monotonic() < deadline:  # reading, then aligning
            QApplication.processEvents()
            time.sleep(0.005)
        alive_before = head.process.is_alive()
        session.cancel()
        # A deadline of its own: on a loaded machine the niced process may take most
        # of the first one to reach aligning, leaving Cancel no time to be seen.
        deadline = time.monotonic() + 60
        while head.process.exitcode is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        while session.comparison is None and time.monotonic() < deadline:
            QApplication.processEvents()  # nothing was shown before: the bundled pair is
            time.sleep(0.005)
        print(json.dumps({
            "stages": len(stages), "alive_before": alive_before,
            "exitcode": head.process.exitcode, "names": [session.old_name, session.new_name],
        }))
        """,
        str(long_pair[0]), str(long_pair[1]),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    said = json.loads(proc.stdout.strip().splitlines()[-1])
    assert said["stages"] >= 3 and said["alive_before"]
    assert said["exitcode"] == -signal.SIGKILL  # ended by Cancel, not done with its work
    assert said["names"] == ["draft-1920", "moscow-1921"]
