"""File → Print (Ctrl+P): the comparison printed as the PDF export lays it out."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from conftest import when_modal

pytestmark = pytest.mark.gui


def _pdf_printer(path: Path) -> QPrinter:
    """A printer that prints into a PDF file, as "Print to File" in the dialog does."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    return printer


def _print_range(window, qtbot, path: Path, first: int, last: int) -> None:  # type: ignore[no-untyped-def]
    """Print pages ``first`` to ``last`` into a PDF file, as the dialog's range asks."""
    printer = _pdf_printer(path)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(first, last)
    with qtbot.waitSignal(window.printing.done, timeout=60_000):
        assert window.printing.print_to(printer)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_printing_gives_the_pages_of_the_pdf_export_with_their_text(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    printed, exported = tmp_path / "printed.pdf", tmp_path / "exported.pdf"
    with qtbot.waitSignal(window.printing.done, timeout=60_000) as ended:
        assert window.printing.print_to(_pdf_printer(printed))
    assert ended.args == [True]
    with qtbot.waitSignal(window.exports.done, timeout=60_000):
        assert window.exports.start("pdf", exported)
    pages = PdfReader(printed).pages
    assert len(pages) > 1
    assert len(pages) == len(PdfReader(exported).pages)  # laid out as the export is
    text = [_words(page.extract_text()) for page in pages]
    assert all(f"page {k + 1} of {len(pages)}" in t for k, t in enumerate(text))
    whole = " ".join(text)
    cmp = window.session.comparison
    for title in (cmp.old.title, cmp.new.title):
        assert _words(title) in whole
    assert "Treaty of Friendship" in whole and "Preamble" in whole
    # "Print to File" says where the file went
    assert f"to {printed} ({len(pages)} pages)" in " ".join(window.message_bar.texts())


def test_ctrl_p_asks_for_a_printer_on_the_export_paper_and_a_cancel_prints_nothing(
    make_window, qtbot
) -> None:
    window = make_window()
    window.settings.set("export_paper", "letter")
    action = window.actions_["file.print"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert QKeySequence("Ctrl+P") in action.shortcuts()
    seen: list[QPageSize.PageSizeId] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QPrintDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.printer().pageLayout().pageSize().id())
        dialog.reject()

    QTimer.singleShot(0, answer)
    action.trigger()
    assert seen == [QPageSize.PageSizeId.Letter]
    assert not window.printing.busy
    assert not any("Printed" in t for t in window.message_bar.texts())


def test_a_page_range_chosen_prints_those_pages_numbered_as_in_the_whole(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    whole = tmp_path / "whole.pdf"
    with qtbot.waitSignal(window.printing.done, timeout=60_000):
        assert window.printing.print_to(_pdf_printer(whole))
    total = len(PdfReader(whole).pages)
    assert total >= 4
    part = tmp_path / "part.pdf"
    _print_range(window, qtbot, part, 2, 3)
    pages = [_words(page.extract_text()) for page in PdfReader(part).pages]
    assert len(pages) == 2
    assert f"page 2 of {total}" in pages[0] and f"page 3 of {total}" in pages[1]
    assert pages[0] == _words(PdfReader(whole).pages[1].extract_text())
    assert "(2 pages)" in window.message_bar.texts()[-1]


def test_the_print_dialog_offers_a_page_range(make_window, qtbot) -> None:
    window = make_window()
    offered: list[bool] = []

    def answer(dialog: QPrintDialog) -> None:
        offered.append(dialog.testOption(QPrintDialog.PrintDialogOption.PrintPageRange))
        dialog.reject()

    when_modal(QPrintDialog, answer)
    window.actions_["file.print"].trigger()
    assert offered == [True]


def test_a_range_past_the_last_page_prints_nothing_and_says_so(
    make_window, qtbot, tmp_path: Path
) -> None:
    window = make_window()
    out = tmp_path / "none.pdf"
    _print_range(window, qtbot, out, 900, 901)
    assert not out.exists()
    assert "Nothing was printed" in window.message_bar.texts()[-1]
