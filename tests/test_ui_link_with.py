"""Link with…: the pair the reader makes is the one shown and selected afterwards, and
the article to link with is found by typing part of its name.

A long pair is aligned again in stages after a link (first with some pairs still
being compared, then whole): the view had stayed at, or gone to, the article at the
top of the panes before, an unrelated one, and the new pair was neither shown nor
selected in the concordance."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from conftest import make_treaty_pair, wait_compared, when_modal
from treatyviewer.core.comparison import Row

pytestmark = pytest.mark.gui


def _without(text: str, n: int) -> str:
    """``text`` without its Article ``n``."""
    return re.sub(rf"\n\nArticle {n}\n\n.*?(?=\n\nArticle {n + 1}\n)", "", text, flags=re.S)


@pytest.fixture
def long_pair(tmp_path: Path) -> tuple[Path, Path]:
    """A long pair (written step by step, aligned in stages) whose older text lacks
    Article 200 and whose newer text lacks Article 300: one removed, one added."""
    old, new = make_treaty_pair(articles=450)
    a, b = tmp_path / "old.txt", tmp_path / "new.txt"
    a.write_text(_without(old, 200), encoding="utf-8")
    b.write_text(_without(new, 300), encoding="utf-8")
    return a, b


def _link_with(qtbot, window, row: Row, keys: list[str | Qt.Key]) -> None:  # type: ignore[no-untyped-def]
    """Select ``row`` in the concordance, Link with…, then the keyboard alone: the
    ``keys`` (words typed, or keys pressed) in the dialog's field."""
    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    conc = window.concordance
    conc.select_row(conc.row_of(row))

    def answer(dialog: LinkDialog) -> None:
        for key in keys:
            if isinstance(key, str):
                qtbot.keyClicks(dialog.field, key)
            else:
                qtbot.keyClick(dialog.field, key)

    when_modal(LinkDialog, answer)
    conc.link_button.click()


def test_link_with_shows_and_selects_the_new_pair_of_a_long_pair(
    make_window, qtbot, long_pair
) -> None:
    window = make_window(*long_pair, size=(1400, 900))
    cmp = window.view.cmp
    removed = Row("removed", cmp.old.index_of("300"))
    window.jump_row(removed)
    _link_with(qtbot, window, removed, ["200", Qt.Key.Key_Return])
    wait_compared(qtbot, window, cmp)
    after = window.view.cmp
    k = next(i for i, p in enumerate(after.pairs) if after.label_of("old", p.old) == ["300"])
    assert after.label_of("new", after.pairs[k].new) == ["200"]
    pair = Row("pair", k)
    conc = window.concordance
    qtbot.waitUntil(lambda: conc.selected_rows() == [conc.row_of(pair)], timeout=10000)
    qtbot.waitUntil(lambda: window.position.row_at_top() == pair, timeout=10000)
    qtbot.wait(300)  # and it stays
    assert window.position.row_at_top() == pair
    assert conc.selected_rows() == [conc.row_of(pair)]


def test_link_with_finds_the_article_by_typing(make_window, qtbot) -> None:
    """The list of the other text's articles narrows to those whose name, pairing or
    title holds what is typed, in any case; the shares of words in common and the
    likeliest article, chosen at first, are as before (the shares: see
    ``test_ui_link_knock_on``); arrows and Enter link."""
    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    window = make_window(size=(1400, 900))
    cmp = window.view.cmp
    seen: dict[str, object] = {}

    def answer(dialog: LinkDialog) -> None:
        seen["first"] = dialog.textValue()
        qtbot.keyClicks(dialog.field, "UNPAIRED")
        seen["narrowed"] = [
            dialog.model.lines[dialog.model.at(r)] for r in range(dialog.model.rowCount())
        ]
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, "nothing of the kind")
        seen["none"] = dialog.model.rowCount(), dialog.chosen()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # nothing to link with: stays open
        seen["open"] = dialog.isVisible()
        dialog.field.clear()
        qtbot.keyClicks(dialog.field, "art. v")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
        seen["chosen"] = dialog.textValue()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    conc = window.concordance
    conc.select_row(conc.row_of(Row("removed", cmp.old.index_of("4"))))
    when_modal(LinkDialog, answer)
    conc.link_button.click()
    # Related and unpaired: Art. I, related too, is paired with Art. 1 (Enter broke it).
    assert "— unpaired; related" in str(seen["first"]), seen["first"]
    narrowed = seen["narrowed"]
    assert isinstance(narrowed, list) and narrowed
    assert all("unpaired" in line for line in narrowed)
    assert seen["none"] == (0, None) and seen["open"]
    assert str(seen["chosen"]).startswith("Art. VI —"), seen["chosen"]  # V, then one down
    wait_compared(qtbot, window, cmp)
    after = window.view.cmp
    k = next(i for i, p in enumerate(after.pairs) if after.label_of("old", p.old) == ["4"])
    assert after.label_of("new", after.pairs[k].new) == ["VI"]
    qtbot.waitUntil(lambda: conc.selected_rows() == [conc.row_of(Row("pair", k))], timeout=5000)
