"""What the window says about a user's own file, in the interface language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from treatyviewer.io.readers import read_document
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.reader_warnings import translate_warning
from treatyviewer.ui.dialogs.about import AboutTextsDialog

pytestmark = pytest.mark.gui

TEXT = (
    "Договор\n\nСтатья 1\nРоссийская Республика и Турция признают, что область Карс "
    "остаётся в пределах Турции.\n\nСтатья 2\nСтороны обязуются открыть пути сообщения.\n"
)


@pytest.fixture
def cp1251_doc(tmp_path: Path):
    path = tmp_path / "dogovor.txt"
    path.write_bytes(TEXT.encode("cp1251"))
    return read_document(str(path))


def test_about_these_texts_describes_a_user_file(qtbot, qapp, cp1251_doc) -> None:
    i18n.install(qapp, "en")  # as the app does at start: English plural forms
    assert any("guessed" in w for w in cp1251_doc.warnings)
    dialog = AboutTextsDialog(cp1251_doc, cp1251_doc)
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    assert "dogovor.txt" in text
    assert "Windows-1251 (guessed)" in text
    # The parts a reader can find, not the program's count of its units ("segments")
    assert "Divided into a preamble, 2 articles" in " ".join(text.split())
    assert "segment" not in text
    assert "bytes" in text and cp1251_doc.content_hash in text
    assert "decoded as cp1251 (guessed)" in text


def test_reader_warnings_are_translated_for_display(qapp, cp1251_doc) -> None:
    warning = next(w for w in cp1251_doc.warnings if w.startswith("decoded as"))
    assert translate_warning(warning) == warning
    assert translate_warning("something new") == "something new"
    try:
        for lang in ("ru", "tr"):
            assert i18n.install(qapp, lang) == lang
            shown = translate_warning(warning)
            assert shown != warning and "cp1251" in shown, lang
            again = translate_warning("3 words hyphenated at line ends were rejoined")
            assert "3" in again and "hyphenated" not in again, lang
            order = translate_warning("article numbers are not in order (4 is followed by 2)")
            assert "4" in order and "followed" not in order, lang
    finally:
        i18n.install(qapp, "en")


def test_english_plurals_say_note_or_notes(qapp) -> None:
    i18n.install(qapp, "en")
    one = QCoreApplication.translate("PairFiles", "%n note(s) placed again", "", 1)
    many = QCoreApplication.translate("PairFiles", "%n note(s) placed again", "", 3)
    assert (one, many) == ("1 note placed again", "3 notes placed again")


def test_about_these_texts_names_the_parts_of_the_bundled_treaty(qtbot, qapp) -> None:
    """The bundled 1921 text: its articles, annexes, preamble and closing, as a reader
    finds them in the outline, and no count of the program's own units."""
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.ui.dialogs.about import division_text

    i18n.install(qapp, "en")
    new = load_bundled("moscow-1921")
    said = division_text(new)
    assert said == "a preamble, 16 articles, 3 annexes, a closing part"
    assert "segment" not in said and "(es)" not in said and "(s)" not in said
