"""The command line of the window: --screenshot renders a PNG and exits."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from treatyviewer.ui.app.launch import launch

pytestmark = pytest.mark.gui


def test_screenshot_writes_a_png(qapp, small_pair, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    code = launch(
        [str(small_pair[0]), str(small_pair[1]), "--screenshot", str(out), "--size", "900x600"]
    )
    assert code == 0
    image = QImage(str(out))
    assert image.width() == 900 and image.height() == 600


def test_screenshot_of_unreadable_input_exits_2(qapp, tmp_path: Path, capsys) -> None:
    out = tmp_path / "shot.png"
    code = launch([str(tmp_path / "nope.txt"), "moscow-1921", "--screenshot", str(out)])
    assert code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.txt" in err[0]


def test_bad_usage_exits_2(qapp, capsys) -> None:
    assert launch(["only-one", "--screenshot", "x.png"]) == 2
