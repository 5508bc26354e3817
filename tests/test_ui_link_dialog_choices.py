"""Link with… as a new reader met it: each article listed by its label alone, a filter
that found nothing for "Turkey" (a word of Art. II's opening), and, for draft Art. 2,
the list starting at the treaty's Annex 2 (labelled "2" too), where Enter linked them,
while Art. VI was marked related with a third of its words in common."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from conftest import wait_compared, when_modal
from treatyviewer.core.comparison import Row

pytestmark = pytest.mark.gui


def _open_link_with(qtbot, window, row: Row, act) -> None:  # type: ignore[no-untyped-def]
    """Select ``row`` in the concordance, press Link with…, and ``act(dialog)``."""
    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    conc = window.concordance
    conc.select_row(conc.row_of(row))
    done: list[bool] = []

    def answer(dialog: LinkDialog) -> None:
        try:
            act(dialog)
        finally:
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    when_modal(LinkDialog, answer)
    conc.link_button.click()
    qtbot.waitUntil(lambda: bool(done))


def _listed(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    model = dialog.list.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_each_article_is_listed_with_its_opening_words_as_go_to_article_gives_them(
    make_window, qtbot
) -> None:
    from treatyviewer.ui.dialogs.article_dialog import ArticleNames

    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    seen: dict[str, list[str]] = {}
    _open_link_with(
        qtbot,
        window,
        Row("removed", cmp.old.index_of("4")),
        lambda d: seen.update(lines=_listed(d)),
    )
    line = next(x for x in seen["lines"] if x.startswith("Art. II —"))
    assert "Turkey agrees to cede to Georgia" in line, line
    # The same words Go to Article shows beside Art. II.
    names = ArticleNames(cmp)
    goto = next(
        names.index(n, 0).data()
        for n, row in enumerate(names.rows)
        if row == Row("added", cmp.new.index_of("II"))
    )
    words = goto.split(" — ", 1)[1]
    assert words in line, (words, line)
    assert all(
        any(opening in x for x in seen["lines"])
        for opening in ("Each of the Contracting Parties agrees", "[The map of the frontier")
    )


def test_typing_a_word_of_an_article_s_opening_finds_it(make_window, qtbot) -> None:
    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    seen: dict[str, object] = {}

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.field, "Turkey")
        seen["lines"] = _listed(dialog)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    before = window.session.comparison
    _open_link_with(qtbot, window, Row("removed", cmp.old.index_of("4")), act)
    lines = seen["lines"]
    assert isinstance(lines, list) and lines, "nothing found for a word of an opening"
    assert lines[0].startswith("Art. II —"), lines
    opening = [x for x in lines if "turkey" in x.casefold()]
    assert lines[: len(opening)] == opening  # those that open with it first
    wait_compared(qtbot, window, before)  # Enter linked with the article found
    after = window.session.comparison
    k = next(i for i, p in enumerate(after.pairs) if after.label_of("old", p.old) == ["4"])
    assert after.label_of("new", after.pairs[k].new) == ["II"]


def test_the_list_starts_at_the_related_article_not_at_one_of_the_same_label_and_another_kind(
    make_window, qtbot
) -> None:
    """Draft Art. 2 taken apart from Art. VI is unpaired, its matter in Articles VI and
    VII (related): the list starts at the likelier of them, and Enter links it (it had
    started at Annex 2, of the same number and another kind)."""
    window = make_window(size=(1400, 900))
    before = window.session.comparison
    window.unlink(("2",), ("VI",))
    wait_compared(qtbot, window, before)
    cmp = window.session.comparison
    assert cmp.old.index_of("2") in cmp.removed
    seen: dict[str, object] = {}

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["first"] = dialog.textValue()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    _open_link_with(qtbot, window, Row("removed", cmp.old.index_of("2")), act)
    first = str(seen["first"])
    assert first.startswith(("Art. VI — unpaired; related", "Art. VII — unpaired; related")), first
    wait_compared(qtbot, window, cmp)
    after = window.session.comparison
    k = next(i for i, p in enumerate(after.pairs) if after.label_of("old", p.old) == ["2"])
    assert first.startswith(f"Art. {after.label_of('new', after.pairs[k].new)[0]} —")


def test_with_no_likely_counterpart_nothing_is_chosen_for_enter(make_window, qtbot) -> None:
    """The treaty's Art. VIII has no counterpart the texts point to: nothing is chosen,
    and Enter links nothing (it had linked with the draft's one unpaired article, the
    first line chosen), until the reader picks a line."""
    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    seen: dict[str, object] = {}

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QDialogButtonBox

        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["first"], seen["ok"] = dialog.textValue(), ok.isEnabled()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
        seen["open"] = dialog.isVisible()
        qtbot.keyClick(dialog.field, Qt.Key.Key_Down)
        seen["down"], seen["ok after"] = dialog.textValue(), ok.isEnabled()

    _open_link_with(qtbot, window, Row("added", cmp.new.index_of("VIII")), act)
    assert seen["first"] == "" and not seen["ok"], seen
    assert seen["open"]
    assert str(seen["down"]).startswith("Preamble —") and seen["ok after"], seen
    assert window.session.comparison is cmp


def test_typing_a_word_further_in_an_article_finds_it(make_window, qtbot) -> None:
    """ "Batum", named three times in Art. II but not in its first words, found nothing."""
    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    seen: dict[str, object] = {}

    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.field, "Batum")
        seen["lines"] = _listed(dialog)

    _open_link_with(qtbot, window, Row("removed", cmp.old.index_of("4")), act)
    lines = seen["lines"]
    assert isinstance(lines, list)
    assert any(x.startswith("Art. II —") for x in lines), lines
    assert not any(x.startswith("Art. XVI —") for x in lines), lines  # (ratification)
