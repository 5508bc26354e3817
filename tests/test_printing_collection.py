"""A command that only prints runs without the cycle collector; one that writes files
keeps it (with a raised threshold). Each case runs the program in a process of its
own, as a user starts it, with the command's work replaced by a report of whether
collection is on when the work would begin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SPY = (
    "import gc, sys\n"
    "import treatyviewer.cli as cli\n"
    "def run(args):\n"
    "    print('collecting' if gc.isenabled() else 'held', gc.get_threshold()[0])\n"
    "    return 0\n"
    "cli.run = run\n"
    "from treatyviewer.app import main\n"
    "sys.exit(main())\n"
)


def _state(tmp_path: Path, *args: str) -> str:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-c", SPY, *args],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout.strip()


@pytest.mark.parametrize("command", ["compare", "entities", "annotations"])
def test_a_printing_command_runs_without_collecting_cycles(tmp_path: Path, command: str) -> None:
    assert _state(tmp_path, command).startswith("held")


def test_a_command_writing_files_still_collects(tmp_path: Path) -> None:
    from treatyviewer.app import YOUNG_OBJECTS

    assert _state(tmp_path, "export") == f"collecting {YOUNG_OBJECTS}"
