"""The window says when the two texts compared share almost no wording (a licence
opened beside a treaty was compared without a word), and stops saying it once a pair
of versions is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import wait_compared

pytestmark = pytest.mark.gui
HERE = Path(__file__).parent


def _warned(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [t for t in window.message_bar.texts() if "share almost no wording" in t]


def test_unrelated_texts_are_told_in_the_message_bar(make_window, qtbot) -> None:
    window = make_window(HERE / "real_pairs/osl/OSL-2.1.txt", HERE / "real_pairs/epl/EPL-2.0.txt")
    said = _warned(window)
    assert said == ["The two texts share almost no wording: they may not be versions of one text."]
    assert window.session.comparison.pairs[0].uncertain  # the preambles, offered for review
    previous = window.session.comparison
    window.open_pair(
        str(HERE / "real_pairs/epl/EPL-1.0.txt"), str(HERE / "real_pairs/epl/EPL-2.0.txt")
    )
    wait_compared(qtbot, window, previous)
    assert _warned(window) == []
