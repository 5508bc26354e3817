"""A long pair read without a saved session comes back, at the next start, at the
article the reader left it at, as a short pair does.

A 5 MB pair left at Art. 4000 had reopened at its Preamble: shown in part while it was
compared, each stage of the comparison had counted as leaving it, and its top was kept
as the place to reopen it at (and the place read was then not gone back to)."""

from __future__ import annotations

import pytest

from conftest import wait_compared
from synthetic import text_of_size
from test_ui_session_return import close_launched, first_window, launched
from treatyviewer.ui.state.session import PARTIAL_FROM
from treatyviewer.ui.state.settings import Settings

pytestmark = pytest.mark.gui


def test_a_long_pair_reopens_at_the_article_read(qtbot, tmp_path, monkeypatch) -> None:
    made = text_of_size(3 * PARTIAL_FROM, seed=23)  # shown in part while it is compared
    old, new = tmp_path / "long-old.txt", tmp_path / "long-new.txt"
    old.write_text(made.old_text, encoding="utf-8")
    new.write_text(made.new_text, encoding="utf-8")
    first = first_window(qtbot, tmp_path, (1400, 900))
    first.open_pair(str(old), str(new))
    wait_compared(qtbot, first, timeout=120_000)
    cmp = first.session.comparison
    far = len(cmp.new.segments) * 4 // 5
    article = cmp.row_of_segment(1, far)
    first.view.jump_to_segment(1, far)
    qtbot.waitUntil(lambda: first.view.navigator.row_at_top() == article)
    first.close()
    names = (str(old), str(new))
    kept = Settings().pair_place(names)
    assert kept is not None and kept["article"]["new"] == [cmp.new.segments[far].label]

    second = launched(qtbot, monkeypatch)
    wait_compared(qtbot, second, timeout=120_000)
    assert second.session.new_name == str(new)
    qtbot.waitUntil(lambda: second.view.navigator.row_at_top() == article, timeout=10_000)
    close_launched(second)
    assert Settings().pair_place(names) == kept
