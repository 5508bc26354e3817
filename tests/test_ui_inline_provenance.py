"""In the inline redline a pair's heading stands for both texts: its "reconstructed"
badge says which of them it is about (it did not say that it was the draft's)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def _badge_tips(document, word: str) -> list[str]:  # type: ignore[no-untyped-def]
    tips = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if word in fragment.text() and fragment.charFormat().toolTip():
                tips.append(fragment.charFormat().toolTip())
            it += 1
        block = block.next()
    return tips


def test_the_inline_reconstructed_badge_names_the_text_it_is_about(make_window, qtbot) -> None:
    window = make_window()
    window.actions_["view.mode.inline"].trigger()
    qtbot.waitUntil(lambda: not window.view.writing())
    tips = _badge_tips(window.view.inline_pane.document(), "reconstructed")
    assert tips, "the draft's reconstructed articles carry the badge"
    title = window.view.old_box.full_title.split(" — ")[0]  # "Moscow draft (1920)"
    assert all(tip.startswith(f"The older text, {title}:") for tip in tips), tips[0]
