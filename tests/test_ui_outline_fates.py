"""The outline and the concordance name what became of an article in the same words,
and the outline's arrow joins only articles that are paired. A new reader saw "Art. 5
→ V  moved" in the outline and "moved (modified)" in the concordance, "Art. 4 → I, II,
III, XV  removed" (as if paired with them), and after an Unlink "Art. 5 → V  removed"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

pytestmark = pytest.mark.gui

ARROWS = "→←⇢⇠"


def _units(window, side: int) -> dict[int, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Segment index -> (label, status) of the outline's unit lines of one text."""
    dock = window.outline
    dock.sides.setCurrentIndex(side)
    model = dock.tree.model()
    found: dict[int, tuple[str, str]] = {}

    def walk(parent: QModelIndex) -> None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            segment, offset = index.data(Qt.ItemDataRole.UserRole + 1)
            if segment >= 0 and offset < 0:
                found[segment] = (str(index.data()), str(index.siblingAtColumn(1).data()))
            walk(index)

    walk(QModelIndex())
    return found


def _concordance(window, side: int) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """Segment index of one text -> the status the concordance gives its row."""
    model, cmp = window.concordance.model, window.session.comparison
    said: dict[int, str] = {}
    for row, r in enumerate(model.rows):
        if r.kind == "pair":
            pair = cmp.pairs[r.index]
            segments = pair.old if side == 0 else pair.new
        else:
            segments = [r.index] if (r.kind == "removed") == (side == 0) else []
        for segment in segments:
            said[segment] = str(model.index(row, 2).data())
    return said


def _same_words(window) -> dict[int, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Both texts' outlines say each article's fate as the concordance does; the older
    text's lines are returned."""
    cmp = window.session.comparison
    for side in (1, 0):
        units, said = _units(window, side), _concordance(window, side)
        assert set(units) == set(said)
        for segment, (label, status) in units.items():
            assert status == said[segment], (side, label, status, said[segment])
            paired = (cmp.pair_of_old if side == 0 else cmp.pair_of_new)(segment) is not None
            if not paired:
                assert not any(a in label for a in ARROWS), (label, status)
    return units


def test_the_outline_names_each_fate_as_the_concordance_does(make_window) -> None:
    window = make_window()
    window.actions_["view.outline"].trigger()
    assert window.outline.isVisible()
    old = {label: status for label, status in _same_words(window).values()}
    # Art. 5 kept its number (V, as 1 is I); the draft's 5 and 2 are reconstructed numbers.
    assert old["Art. 5"] == "moved (modified, numbering reconstructed)"
    assert old["Art. 2 → VI"] == "modified (renumbered, numbering reconstructed)"
    assert old["Art. 3 → IX"] == "modified (renumbered)"  # an attested number
    assert old["Art. 4"] == "removed · its matter went to I, II, III, XV"


def test_after_an_unlink_the_outline_draws_no_arrow_to_the_other_article(
    make_window, qtbot
) -> None:
    window = make_window()
    window.actions_["view.outline"].trigger()
    window.unlink(("5",), ("V",))
    cmp = window.session.comparison
    qtbot.waitUntil(lambda: window.session.comparison.pair_of_old(cmp.old.index_of("5")) is None)
    qtbot.waitUntil(lambda: "Art. 5" in {label for label, _ in _units(window, 0).values()})
    old = {label: status for label, status in _same_words(window).values()}
    assert old["Art. 5"] == "removed · its matter went to V"


def test_an_article_that_keeps_its_number_has_no_arrow_whatever_its_numeral_form(
    make_window,
) -> None:
    """The outline read "Art. 1" beside "Art. 5 → V", though both kept their number under
    a roman numeral: the arrow showed for a moved article, not for one kept in place.
    It now joins only an article to one of another number, or to several."""
    window = make_window()
    window.actions_["view.outline"].trigger()
    cmp = window.session.comparison
    for side in (0, 1):
        pair_of = cmp.pair_of_old if side == 0 else cmp.pair_of_new
        for segment, (label, _status) in _units(window, side).items():
            k = pair_of(segment)
            if k is None:
                continue
            pair = cmp.pairs[k]
            others = pair.new if side == 0 else pair.old
            arrow = any(a in label for a in ARROWS)
            assert arrow == (pair.renumbered or len(others) > 1), (side, label)
    labels = {label for label, _ in _units(window, 1).values()}
    assert {"Art. I", "Art. V", "Art. VI ← 2"} <= labels, labels
