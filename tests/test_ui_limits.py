"""The window honours the same read limits as the command line, and saved ones."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _window(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    shot = tmp_path / "shot.png"
    return subprocess.run(
        [sys.executable, "-m", "treatyviewer", *args, "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_window_applies_the_depth_limit_given_over_the_saved_one(tmp_path: Path) -> None:
    body = "<div>" * 12 + "<p>Article 1 The parties agree.</p>" + "</div>" * 12
    deep = tmp_path / "deep.xml"
    deep.write_text(f"<TEI><text><body>{body}</body></text></TEI>", encoding="utf-8")
    settings = tmp_path / "config" / "treatyviewer" / "treatyviewer.conf"
    settings.parent.mkdir(parents=True)
    settings.write_text("[limits]\nmax-depth=8\n", encoding="utf-8")

    # The option wins over the saved value for this run, and the window applies it.
    refused = _window(tmp_path, str(deep), "moscow-1921", "--max-depth", "10")
    assert refused.returncode == 2
    # (the offscreen platform may print notes of its own before our line)
    assert refused.stderr.splitlines()[-1] == (
        f"treatyviewer: {deep} nests elements deeper than 10 levels, the limit "
        "(raise it with --max-depth N, e.g. --max-depth 1024)"
    )


def test_saved_limits_are_read_and_bad_ones_ignored(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from treatyviewer.io.limits import MB, ReadLimits
    from treatyviewer.ui.app.launch import parser
    from treatyviewer.ui.state.settings import Settings

    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    store.setValue("limits/max-unpacked", 512)
    settings = Settings(store)
    limits = settings.read_limits(parser().parse_args(["--max-ratio", "300"]))
    assert (limits.unpacked_bytes, limits.ratio) == (512 * MB, 300)
    store.setValue("limits/max-unpacked", -1)
    assert settings.read_limits() == ReadLimits()
