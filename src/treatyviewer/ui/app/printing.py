"""File → Print: the comparison printed as the PDF export lays it out.

The print dialog chooses the printer and the paper (the export's paper to begin
with); the pages are laid out and painted in the worker pool, with the same
progress panel and Cancel as an export, and with the same options (layout,
changed articles only, which notes) and the Show menu's filter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QPageSize

from ...core.comparison import Comparison
from ..state.worker import CancellableWork, Job
from .while_loading import WAIT

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from ..state.session import ComparisonSession
    from ..state.settings import Settings
    from .exporting import WindowExport
    from .message_bar import MessageBar


MAX_PAGE = 99_999
"""The last page number the print dialog accepts (the report's length is known only
once it is laid out; pages past its end print nothing)."""


def chosen_pages(printer: QPrinter) -> tuple[int, int] | None:
    """The first and last page chosen in the print dialog (from 1), or None for all."""
    from PySide6.QtPrintSupport import QPrinter  # on first use

    if printer.printRange() != QPrinter.PrintRange.PageRange or printer.fromPage() < 1:
        return None
    return printer.fromPage(), max(printer.fromPage(), printer.toPage())


class WindowPrint(CancellableWork):
    done = Signal(bool)
    """Printing ended: True when every page went to the printer."""

    def __init__(
        self,
        session: ComparisonSession,
        settings: Settings,
        messages: MessageBar,
        exports: WindowExport,
        parent: QWidget,
        shown: Callable[[Comparison], Comparison] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.messages = messages
        self.exports = exports
        """Whose notes and options an export would carry: a print carries the same."""
        self.shown = shown
        self.dialog_parent = parent

    def ask(self) -> None:
        """The print dialog, then the printing."""
        if self.session.comparison is None:
            return
        if self.session.busy:
            self.messages.show_message(
                self.tr("Wait until the texts are compared, or cancel, to print them."),
                tag=WAIT,
                replace=True,
            )
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # on first use

        from ...io.pdf_export import PAPERS
        from ..dialogs.export_dialog import ExportOptions

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        paper = ExportOptions.remembered(self.settings).paper
        printer.setPageSize(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)))
        printer.setDocName(self.job_name())
        dialog = QPrintDialog(printer, self.dialog_parent)
        dialog.setWindowTitle(self.tr("Print"))  # (a longer title was cut in the middle)
        # A range of pages may be chosen; they keep the whole report's page numbers.
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, MAX_PAGE)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def job_name(self) -> str:
        """The print job's name (and the file name "Print to File" offers)."""
        from ...core.document import short_title

        cmp = self.session.comparison
        return f"{short_title(cmp.old)} ↔ {short_title(cmp.new)}" if cmp is not None else ""

    def print_to(self, printer: QPrinter) -> bool:
        """Print the current comparison on ``printer`` in the background; False (with
        a message) when there is nothing to print or printing is under way."""
        cmp = self.session.comparison
        if cmp is None:
            return False
        if self.busy:
            self.messages.show_message(
                self.tr("The comparison is being printed; wait for it or cancel it."), "info"
            )
            return False
        if self.shown is not None:
            cmp = self.shown(cmp)
        from ...io.export import print_comparison
        from ...io.pdf_export import DPI
        from ..dialogs.export_dialog import ExportOptions
        from ..dialogs.preferences import reader_name

        printer.setResolution(DPI)  # laid out as the PDF is (a printer may keep its own)
        options = ExportOptions.remembered(self.settings)
        notes = self.exports.notes(options.notes)
        reader = reader_name(self.settings)

        pages = chosen_pages(printer)

        def work(stop: Callable[[int, int], bool]) -> int:
            layout, changed = options.layout, options.changed_only
            return print_comparison(cmp, printer, notes, layout, changed, stop, reader, pages)

        to_file = printer.outputFileName()
        job = Job(work)
        job.signals.finished.connect(lambda pages: self._finished(job, pages, to_file))
        job.signals.failed.connect(lambda exc: self._failed(job, exc))
        job.signals.cancelled.connect(self._cancelled)
        self._start(self.tr("Printing…"), job)
        return True

    def _finished(self, job: Job, pages: int, to_file: str = "") -> None:
        if self._end(job):
            self._printed(int(pages), to_file)

    def _printed(self, pages: int, to_file: str = "") -> None:
        """``to_file``: the file "Print to File" wrote, which the message names."""
        if pages == 0:  # the range chosen starts past the last page
            self.messages.show_message(
                self.tr("Nothing was printed: the comparison has fewer pages than that."),
                "info",
            )
        elif to_file:
            self.messages.show_message(
                self.tr("Printed the comparison to {0} (%n page(s)).", "", pages).format(to_file),
                "info",
            )
        else:
            self.messages.show_message(
                self.tr("Printed the comparison (%n page(s)).", "", pages), "info"
            )
        self.done.emit(True)

    def _failed(self, job: Job, exc: object) -> None:
        if self._end(job):
            self.messages.show_message(self.tr("Printing failed: {0}").format(exc), "error")
            self.done.emit(False)

    def _cancelled(self, pages: object) -> None:
        if isinstance(pages, int):  # it finished before the cancel reached it
            self._printed(pages)
            return
        self.messages.show_message(self.tr("Printing cancelled."), "info")
        self.done.emit(False)
