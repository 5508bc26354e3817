"""The interface's words as a Russian or Turkish reader meets them in the window: one
word for one status, article names that read right inside a sentence, labels whole."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.vocabulary import number, status_text

pytestmark = pytest.mark.gui

COUNTED = ("unchanged", "modified", "moved", "renumbered", "split", "merged", "added",
           "removed", "repealed", "unknown")  # fmt: skip
"""The statuses the status bar counts."""


@pytest.fixture
def window_in(make_window, qapp):  # type: ignore[no-untyped-def]
    def make(lang: str, **kw):  # type: ignore[no-untyped-def]
        assert i18n.install(qapp, lang) == lang
        return make_window(**kw)

    yield make
    i18n.install(qapp, "en")


def stems(word: str) -> list[str]:
    """The words of a status without their endings ("исключена" → "исключен"), which
    agree with what they are said of."""
    return [w[:-1] if len(w) > 3 else w for w in word.split()]


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_the_status_bar_counts_each_status_by_the_word_the_table_uses(window_in, lang) -> None:
    """In Russian the status bar said "1 удалена" where the concordance said
    "исключена", and "7 изменено · 1 перемещена" read as two genders in one line (the
    form agreed with each count in turn)."""
    window = window_in(lang)
    line = window.status
    for status in COUNTED:
        word = status_text(status)
        forms = set()
        for n in (1, 2, 5, 7, 21):
            said = line.status_count(status, n)
            assert all(stem in said for stem in stems(word)), (status, word, said)
            forms.add(said.replace(number(n), "#"))
        assert len(forms) == 1, forms  # one form, whatever the count
    counts = window.counts.text()
    stats = window.session.comparison.shown_stats()
    assert stats["removed"] and line.status_count("removed", stats["removed"]) in counts
    table = window.concordance.model
    shown = {table.index(r, 2).data() for r in range(table.rowCount())}
    assert any(text.startswith(status_text("removed")) for text in shown), shown


def test_link_with_names_the_article_paired_after_a_colon_in_russian(window_in, qtbot) -> None:
    """ "Заключительная часть — в паре с Заключительная часть": a name put after "с" in
    the nominative. The name now follows a colon, where any name reads right."""
    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    window = window_in("ru")
    dock, model = window.concordance, window.concordance.model
    dock.select_row(next(r for r in range(model.rowCount()) if model.labels(r)[0] == ("2",)))
    seen: dict[str, list[str]] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LinkDialog) and w.isVisible())  # fmt: skip
        seen["items"] = dialog.comboBoxItems()
        dialog.reject()

    QTimer.singleShot(200, look)
    dock.link_with_selected()
    qtbot.waitUntil(lambda: "items" in seen)
    items = seen["items"]
    assert "Заключительная часть — в паре: Заключительная часть" in items, items
    assert not any(" с " in item for item in items), items


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_the_outline_tabs_are_named_whole_in_a_narrow_dock(window_in, lang) -> None:
    """At the outline's usual width the Russian tab read "Поздний т", cut behind two
    scroll arrows. Where the full names do not fit, the tabs take their short names,
    and the dock is not made narrower than those."""
    from PySide6.QtCore import Qt

    window = window_in(lang, size=(1600, 1000))
    window.set_outline_visible(True)
    for width in (190, 150):
        window.resizeDocks([window.outline], [width], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        bar = window.outline.sides
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            assert rect.right() < bar.width(), (width, bar.tabText(i))
            assert rect.width() >= bar.tabSizeHint(i).width(), (width, bar.tabText(i))
            text_width = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
            assert rect.width() > text_width, (width, bar.tabText(i))
    if lang == "en":  # short names only where the full ones do not fit
        window.resizeDocks([window.outline], [260], Qt.Orientation.Horizontal)
        QApplication.processEvents()
        assert [bar.tabText(i) for i in range(2)] == ["Older text", "Newer text"]


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_the_menus_name_the_keys_as_the_keyboard_and_the_tooltips_do(window_in, lang) -> None:
    """In Turkish the File menu read "Kontrol+Seçenek+O": Qt's catalogue calls Alt by
    the Mac's "Option" (Seçenek), while the tooltips and the User Guide say Ctrl+Alt+O.
    A menu names its keys as ``NativeText`` gives them."""
    from PySide6.QtGui import QAction, QKeySequence

    window = window_in(lang)
    native = QKeySequence.SequenceFormat.NativeText
    portable = QKeySequence.SequenceFormat.PortableText
    shown = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            said = key.toString(native)
            assert not any(w in said for w in ("Seçenek", "Kontrol", "Üst Karakter")), said
            if re.fullmatch(r"((Ctrl|Alt|Shift|Meta)\+)*([A-Z0-9]|F\d+)", key.toString(portable)):
                shown[action.objectName()] = said
                assert said == key.toString(portable), said
    assert shown["file.open_chain"] == "Ctrl+Alt+O", shown
    assert shown["file.save_session_as"] == "Ctrl+Shift+S", shown


def _line_under_heading(window, label: str):  # type: ignore[no-untyped-def]
    """The block after an older article's heading in the side-by-side pane."""
    four = window.view.cmp.old.index_of(label)
    doc = window.view.old_pane.document()
    return doc.findBlockByNumber(window.view.rendered[0].map.heading_block[four]).next()


def test_what_became_of_an_article_is_said_in_the_readers_language(window_in) -> None:
    """The draft's Art. 2 read "Что с ней стало: Successor: 1921 Articles VI and VII.":
    the editors' note (English, as the texts are) set in a Russian sentence. In Russian
    the line now names in Russian the articles the note adds to those the heading shows,
    with the note itself as its tooltip; under an unpaired article, whose heading names
    them all already, there is nothing to add. The reports do the same."""
    from treatyviewer.io.export import make_report
    from treatyviewer.io.report_textdoc_pairs import what_became

    window = window_in("ru")
    assert "Successor" not in window.view.old_pane.document().toPlainText()
    line = _line_under_heading(window, "2")  # paired with VI; the note names VI and VII
    assert line.text() == "Что с ней стало: её содержание перешло также в VII"
    tip = line.begin().fragment().charFormat().toolTip()
    assert tip == "Примечание редакторов: Successor: 1921 Articles VI and VII.", tip
    four = _line_under_heading(window, "4")  # unpaired: its heading names I, II, III, XV
    assert "её содержание перешло в I, II, III, XV" in four.previous().text()
    assert not four.text().startswith("Что с ней стало")
    blocks = {b.old_labels: b for b in make_report(window.session.comparison, []).blocks}
    assert what_became(blocks[("2",)]) == "Судьба статьи: её содержание перешло также в VII"
    assert blocks[("4",)].fate and what_became(blocks[("4",)]) == ""


def test_in_english_the_editors_sentence_is_the_line(make_window) -> None:
    window = make_window()
    line = _line_under_heading(window, "2")
    assert line.text() == "What became of it: Successor: 1921 Articles VI and VII."
    assert _line_under_heading(window, "4").text().startswith("What became of it: Replaced")
