"""File ▸ Open Recent lists pairs that opened, by absolute path."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import wait_compared

pytestmark = pytest.mark.gui


def test_a_pair_opened_by_relative_names_is_remembered_by_absolute_path(
    make_window, small_pair, qtbot, monkeypatch
) -> None:
    window = make_window()
    old, new = small_pair
    monkeypatch.chdir(old.parent)
    previous = window.session.comparison
    window.open_pair(old.name, new.name)
    wait_compared(qtbot, window, previous)
    first = window.settings.recent_pairs()[0]
    assert first == (str(old.resolve()), str(new.resolve()))
    assert all(Path(p).is_absolute() for p in first)
    monkeypatch.chdir(old.parent.parent)  # the menu still opens it from elsewhere
    titles = [a.text() for a in window.files.recent_menu.actions()]
    assert f"{old.name}  ↔  {new.name}" in titles
