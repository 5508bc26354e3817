"""File → Export: PDF, HTML, CSV and JSON written off the GUI thread.

The window asks (options, file name); this runs the export in the worker pool,
reports progress like the comparison does (the same progress panel, Cancel
works), and says in the message bar what was written or why not. A cancelled or
failed export writes nothing: the exporters save atomically.
"""

from __future__ import annotations

import os
from argparse import Namespace
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal

from ...core.comparison import Comparison
from ...core.errors import TreatyViewerError
from ..common.file_names import titles_stem
from ..common.folders import folder_of_texts, readers_folder
from ..common.reader_warnings import translate_warning
from ..state.worker import CancellableWork, Job
from .pair_files import same_text
from .while_loading import WAIT

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ...core.annotations import Annotation
    from ...core.chain import Chain
    from ..dialogs.export_dialog import ExportOptions
    from ..state.annotation_store import AnnotationStore
    from ..state.session import ComparisonSession
    from ..state.settings import Settings
    from .message_bar import MessageBar

KINDS = ("pdf", "html", "csv", "json", "tei")
_SUFFIX = {"tei": "xml"}
"""A file name's ending where it is not the kind's name."""


def _page_count(path: str) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _write(
    kind: str,
    cmp: Comparison,
    path: str,
    notes: list[Annotation],
    options: ExportOptions,
    stop: Callable[[int, int], bool],
    reader: str = "",
) -> int:
    """Write one export (in a worker thread); returns the page count of a PDF, else 0."""
    from ...io import export

    if kind == "pdf":
        export.export_pdf(
            cmp,
            path,
            notes,
            layout=options.layout,
            changed_only=options.changed_only,
            paper=options.paper,
            progress=stop,
            reader=reader,
        )
        return _page_count(path)
    if kind == "html":
        export.export_html(
            cmp,
            path,
            notes,
            layout=options.layout,
            changed_only=options.changed_only,
            reader=reader,
        )
    elif kind == "csv":
        export.export_csv(cmp, path)
    elif kind == "tei":
        from ...core.chain import chain_from
        from ...io.tei_export import export_tei

        export_tei(chain_from((cmp.old, cmp.new), (cmp,), cmp.options), path, notes)
    else:
        export.export_json(cmp, path)
    return 0


CHAIN_KINDS = ("pdf", "html", "csv", "json")
"""What a chain of versions exports as its own report (every version, one history per
article); TEI stays the apparatus of the two texts side by side."""


def _write_chain(
    kind: str, chain: Chain, path: str, options: ExportOptions, notes: list[Annotation]
) -> int:
    """Write the report of the open chain (in a worker thread); PDF page count, else 0."""
    from ...io.export import export_chain_reports

    fields = dict.fromkeys(CHAIN_KINDS, None) | {kind: path}
    args = Namespace(**fields, paper=options.paper, changed_only=options.changed_only)
    export_chain_reports(chain, args, notes)
    return _page_count(path) if kind == "pdf" else 0


EXPORTED = "exported\n"
"""The start of the tag of the news of an export."""


def is_about(tag: str, names: tuple[str, str]) -> bool:
    """Whether the news of an export tagged ``tag`` is about the pair ``names``: both
    texts are among those exported (either pair of a chain's report, a pair's report
    in either order). A pair that only shares a text with the exported one (the Treaty
    of Moscow beside the Treaty of Kars after a report on the draft beside it) is not."""
    texts = tag.removeprefix(EXPORTED).split("\n")
    return all(any(same_text(text, name) for text in texts) for name in names)


class WindowExport(CancellableWork):
    done = Signal(str, bool)
    """(path, written): an export ended; False when it failed or was cancelled."""

    def __init__(
        self,
        session: ComparisonSession,
        settings: Settings,
        messages: MessageBar,
        store: AnnotationStore,
        parent: QWidget,
        shown: Callable[[Comparison], Comparison] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.shown = shown
        """The window's class filter: an export prints what the window shows, and says so."""
        self.settings = settings
        self.messages = messages
        self.store = store
        self.dialog_parent = parent
        self.chain: Callable[[], Chain | None] = lambda: None
        """The chain of versions open in the window, if any: it exports its own report."""
        self.session_file: Callable[[], Path | None] = lambda: None
        """The saved session open, if any: its exports go beside it."""
        self.viewing: Callable[[], str] = lambda: "side"
        """The window's layout ("side", "inline", …): a first PDF takes it."""
        self.titles: Callable[[], list[str]] = list
        """The short titles of the open texts (every version of an open chain), as Save
        Session names them: the proposed file names follow the same pattern."""
        self.pair_titles: Callable[[], list[str]] = list
        """Those of the two texts shown side by side (an export of the pair alone)."""

    # -- asking --------------------------------------------------------------------------
    def ask(self, kind: str) -> None:
        """The whole interaction: PDF options, the save dialog, then the export."""
        if self.session.comparison is None:
            return
        if self.session.busy:  # the panes may show a pair still being compared
            self.messages.show_message(
                self.tr("Wait until the texts are compared, or cancel, to export them."),
                tag=WAIT,
                replace=True,
            )
            return
        from ..dialogs.export_dialog import ExportOptions, ExportOptionsDialog  # on first use

        options = ExportOptions.remembered(self.settings, self.viewing())
        if kind == "pdf":
            dialog = ExportOptionsDialog(
                options, self.dialog_parent, chain=self.chain() is not None
            )
            if not dialog.exec():
                return
            options = dialog.options()
            options.remember(self.settings)
        from PySide6.QtWidgets import QFileDialog  # on first use

        path, _ = QFileDialog.getSaveFileName(
            self.dialog_parent,
            self._caption(kind),
            str(self._default_path(kind)),
            self._filter(kind),
        )
        if not path:
            return
        if not path.lower().endswith(f".{_SUFFIX.get(kind, kind)}"):
            path += f".{_SUFFIX.get(kind, kind)}"
        self.settings.set("export_folder", os.path.dirname(path))
        self.start(kind, path, options)

    def _caption(self, kind: str) -> str:
        if self.chain() is not None and kind in CHAIN_KINDS:
            return self.tr("Export the Chain Report")
        return {
            "pdf": self.tr("Export Annotated PDF"),
            "html": self.tr("Export HTML Report"),
            "csv": self.tr("Export Concordance as CSV"),
            "json": self.tr("Export Comparison as JSON"),
            "tei": self.tr("Export TEI Apparatus"),
        }[kind]

    def _filter(self, kind: str) -> str:
        return {
            "pdf": self.tr("PDF documents (*.pdf)"),
            "html": self.tr("Web pages (*.html)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
            "tei": self.tr("TEI XML files (*.xml)"),
        }[kind]

    def _default_path(self, kind: str) -> Path:
        s = self.session
        chain = self.chain() if kind in CHAIN_KINDS else None
        titles = self.titles() if chain else self.pair_titles()
        session_file = self.session_file()
        folder = (  # beside the saved session read now, else where the last export went
            (str(Path(session_file).parent) if session_file is not None else "")
            or self.settings.get("export_folder")
            or folder_of_texts(s.old_name, s.new_name)
            or readers_folder()
        )
        stem = titles_stem(titles, "comparison")
        return Path(folder) / f"{stem}.{_SUFFIX.get(kind, kind)}"

    # -- running --------------------------------------------------------------------------
    def notes(self, which: str = "all") -> list[Annotation]:
        """The reader's notes and/or the curated notes about the open texts, by the
        same rule as the command line's ``--notes``."""
        cmp = self.session.comparison
        if cmp is None:
            return []
        from ...io.report_notes import notes_for_export

        return notes_for_export(cmp, self.store.annotations(), which)

    def start(self, kind: str, path: str | Path, options: ExportOptions | None = None) -> bool:
        """Export the current comparison to ``path`` in the background; False (with a
        message) when there is nothing to export or an export is already running."""
        cmp = self.session.comparison
        if cmp is None or kind not in KINDS:
            return False
        if self.shown is not None:
            cmp = self.shown(cmp)
        if self.busy:
            self.messages.show_message(
                self.tr("An export is already running; wait for it or cancel it."), "info"
            )
            return False
        path = str(path)
        from ..dialogs.export_dialog import ExportOptions
        from ..dialogs.preferences import reader_name

        options = options or ExportOptions.remembered(self.settings)
        chain = self.chain() if kind in CHAIN_KINDS else None
        if chain is not None:  # a chain open: its report, every version (the window's own)
            chosen = options
            from ...io.report_notes import notes_for_texts

            sources = [d.source for d in chain.documents]
            mine = self.store.signed(reader_name(self.settings))  # signed as a pair's are
            notes = notes_for_texts(sources, mine, options.notes)
            job = Job(lambda _stop: _write_chain(kind, chain, path, chosen, notes))
        else:
            notes = self.notes(options.notes)
            reader = reader_name(self.settings)
            job = Job(lambda stop: _write(kind, cmp, path, notes, options, stop, reader))
        job.signals.finished.connect(lambda pages: self._finished(job, path, pages))
        job.signals.failed.connect(lambda exc: self._failed(job, path, exc))
        job.signals.cancelled.connect(lambda pages: self._cancelled(path, pages))
        self._start(self.tr("Exporting {0}…").format(os.path.basename(path)), job)
        return True

    def _finished(self, job: Job, path: str, pages: int) -> None:
        if self._end(job):
            self._report_written(path, pages)

    def _report_written(self, path: str, pages: int) -> None:
        name = os.path.basename(path)
        if pages == 1:
            text = self.tr("Exported {0} (1 page)").format(name)
        elif pages:
            text = self.tr("Exported {0} (%n page(s))", "", pages).format(name)
        else:
            text = self.tr("Exported {0}").format(name)
        url = QUrl.fromLocalFile(path)
        choices = []
        if url.isLocalFile() and os.path.isfile(path):
            from PySide6.QtGui import QDesktopServices  # on first use

            folder = QUrl.fromLocalFile(os.path.dirname(os.path.abspath(path)))

            def open_or_say(target: QUrl) -> None:
                # With no program set to open it, Qt only logged that it found none.
                if not QDesktopServices.openUrl(target):
                    self.messages.show_message(
                        self.tr("No program here opens {0}; the file is saved there.").format(
                            target.toLocalFile()
                        ),
                        "warning",
                    )

            choices = [
                (self.tr("Open File"), lambda: open_or_say(url)),
                (self.tr("Open Folder"), lambda: open_or_say(folder)),
            ]
        self.messages.show_message(text, "info", choices, tag=self._tag(), replace=True)
        self.done.emit(path, True)

    def _tag(self) -> str:
        """Tag of the news of an export, done, failed or cancelled: tagged with the
        texts exported, it goes when another pair is opened (``is_about``), and takes
        the place of the news of the export before (a failure had stayed above the
        later success, and over every pair opened after it)."""
        chain = self.chain()
        if chain is not None:  # a chain's report is about every version
            return EXPORTED + "\n".join(d.source for d in chain.documents)
        return f"{EXPORTED}{self.session.old_name}\n{self.session.new_name}"

    def _failed(self, job: Job, path: str, exc: object) -> None:
        if not self._end(job):
            return
        if isinstance(exc, TreatyViewerError):
            reason = translate_warning(str(exc))  # names the file and says why (SaveError)
        else:
            reason = self.tr("{0} could not be exported: {1}").format(path, exc)
        text = self.tr("Export failed: {0}").format(reason)
        self.messages.show_message(text, "error", tag=self._tag(), replace=True)
        self.done.emit(path, False)

    def _cancelled(self, path: str, pages: object) -> None:
        if isinstance(pages, int):  # it finished before the cancel reached it
            self._report_written(path, pages)
            return
        self.messages.show_message(
            self.tr("Export of {0} cancelled; nothing was written.").format(os.path.basename(path)),
            "info",
            tag=self._tag(),
            replace=True,
        )
        self.done.emit(path, False)
