"""Export entry points for the CLI and the GUI: PDF, HTML, CSV and JSON reports.

Each function renders to memory and then saves with ``atomic_write_*``, so a
failed or cancelled export never leaves a half-written file. ``export_pdf``
uses Qt painting only (no widgets) and may run in a worker thread.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.atomic import atomic_write_bytes, atomic_write_text
from ..core.chain import Chain
from ..core.comparison import Comparison
from ..core.entities import Gazetteer
from .csv_export import CSV_ENCODING, changes_csv, comparison_csv
from .json_text import json_text
from .reader_name import is_unsigned, saved_reader_name, signed
from .report_model import Report, build_report
from .report_notes import (
    NOTE_CHOICES,
    PlacedNote,
    bundled_annotations,
    notes_for_texts,
    place_annotations,
    project_annotations,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from ..core.annotations import Annotation
    from .pdf_export import Progress

__all__ = [
    "NOTE_CHOICES",
    "ensure_gui_app",
    "export_all",
    "export_changes_csv",
    "export_csv",
    "export_html",
    "export_json",
    "export_pdf",
    "make_report",
    "print_comparison",
    "use_language",
]


def _gazetteer() -> Gazetteer:
    """The bundled gazetteer, or an empty one while it is missing or unreadable."""
    from ..core.errors import TreatyViewerError

    try:
        return Gazetteer.bundled()
    except (TreatyViewerError, OSError):
        return Gazetteer(())


def make_report(
    cmp: Comparison,
    annotations: Sequence[Annotation] | None = None,
    changed_only: bool = False,
    gazetteer: Gazetteer | None = None,
    reader: str = "",
) -> Report:
    """The report every format renders; ``None`` annotations means the curated notes.

    ``reader`` signs the notes that name no author (empty: they stay unsigned)."""
    if annotations is None:
        annotations = bundled_annotations(cmp)
    notes: list[PlacedNote] = place_annotations(cmp, annotations, reader)
    return build_report(cmp, notes, gazetteer or _gazetteer(), changed_only)


def export_pdf(
    cmp: Comparison,
    path: str | Path,
    annotations: Sequence[Annotation] | None = None,
    layout: str = "side-by-side",
    changed_only: bool = False,
    paper: str = "a4",
    progress: Progress | None = None,
    report: Report | None = None,
    reader: str = "",
) -> None:
    """Write the annotated PDF. Needs a QGuiApplication; safe in a worker thread."""
    from .pdf_export import render_pdf

    report = report or make_report(cmp, annotations, changed_only, reader=reader)
    atomic_write_bytes(path, render_pdf(report, layout, paper, progress))


def print_comparison(
    cmp: Comparison,
    printer: QPagedPaintDevice,
    annotations: Sequence[Annotation] | None = None,
    layout: str = "side-by-side",
    changed_only: bool = False,
    progress: Progress | None = None,
    reader: str = "",
    pages: tuple[int, int] | None = None,
) -> int:
    """Print the comparison on ``printer`` as ``export_pdf`` lays it out (only the
    pages ``pages`` names, first and last from 1, when given); returns the number of
    pages printed. Needs a QGuiApplication; safe in a worker thread."""
    from .pdf_export import print_report

    report = make_report(cmp, annotations, changed_only, reader=reader)
    return print_report(printer, report, layout, progress, pages)


def export_html(
    cmp: Comparison,
    path: str | Path,
    annotations: Sequence[Annotation] | None = None,
    layout: str = "side-by-side",
    changed_only: bool = False,
    report: Report | None = None,
    reader: str = "",
) -> None:
    """Write the self-contained HTML report (inline CSS, no scripts, no requests)."""
    from .html_export import render_html

    report = report or make_report(cmp, annotations, changed_only, reader=reader)
    atomic_write_text(path, render_html(report, layout))


def export_csv(cmp: Comparison, path: str | Path) -> None:
    """Write the concordance as CSV (one row per pair, added or removed article)."""
    atomic_write_text(path, comparison_csv(cmp), CSV_ENCODING)


def export_changes_csv(cmp: Comparison, path: str | Path) -> None:
    """Write every word change with its class (one row per change)."""
    atomic_write_text(path, changes_csv(cmp), CSV_ENCODING)


def export_json(cmp: Comparison, path: str | Path) -> None:
    """Write the ``treatyviewer.comparison/2`` object."""
    atomic_write_text(path, json_text(cmp.to_json()))


def ensure_gui_app() -> object:
    """A QGuiApplication for headless painting; offscreen when there is no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if no_display and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["treatyviewer"])


def use_language(lang: str) -> str:
    """Write the reports' own words in ``lang`` (en, ru, tr) from now on, as the window
    does in its language; returns the language in use (English when its catalogue
    cannot be found)."""
    from PySide6.QtCore import QCoreApplication

    from .catalogues import install

    app = ensure_gui_app()
    assert isinstance(app, QCoreApplication)
    return install(app, lang)


def export_all(texts: Chain | Comparison, args: argparse.Namespace) -> list[str]:
    """Write every output the command line names; returns the paths written.

    Two texts give the pair's reports; three or more give the chain's (lineage
    table and article histories in PDF and HTML, the lineage object in JSON).
    """
    if isinstance(texts, Comparison):
        from ..core.chain import chain_from

        texts = chain_from((texts.old, texts.new), (texts,), texts.options)
    chain = texts
    mine = project_annotations(args.project) if args.project else []
    if any(is_unsigned(a) for a in mine):  # signed as the window signs them
        mine = signed(mine, saved_reader_name())
    which = getattr(args, "notes", "all")
    # the curated notes about every text of a chain, not only the first two
    annotations = notes_for_texts([d.source for d in chain.documents], mine, which)
    written: list[str] = []
    if getattr(args, "tei", None):
        from .tei_export import export_tei

        export_tei(chain, args.tei, annotations)
        written.append(args.tei)
    if len(chain.documents) > 2:
        return written + export_chain_reports(chain, args, annotations)
    cmp = chain.comparisons[0]
    report: Report | None = None
    if args.pdf or args.html:
        report = make_report(cmp, annotations, args.changed_only)
    if args.pdf:
        ensure_gui_app()
        export_pdf(cmp, args.pdf, layout=args.layout, paper=args.paper, report=report)
        written.append(args.pdf)
    if args.html:
        export_html(cmp, args.html, layout=args.layout, report=report)
        written.append(args.html)
    if args.csv:
        export_csv(cmp, args.csv)
        written.append(args.csv)
    if getattr(args, "changes_csv", None):
        export_changes_csv(cmp, args.changes_csv)
        written.append(args.changes_csv)
    if args.json:
        export_json(cmp, args.json)
        written.append(args.json)
    return written


def export_chain_reports(
    chain: Chain, args: argparse.Namespace, annotations: Sequence[Annotation] | None
) -> list[str]:
    """PDF, HTML, CSV and JSON of a chain of three or more texts; the PDF and HTML
    print ``annotations`` under the versions they are on."""
    from .chain_notes import anchored_notes
    from .lineage_table import lineage_csv

    written: list[str] = []
    changed_only = bool(getattr(args, "changed_only", False))
    notes = anchored_notes(chain, annotations or ())
    if args.pdf:
        from .chain_pdf import render_chain_pdf

        ensure_gui_app()
        atomic_write_bytes(args.pdf, render_chain_pdf(chain, args.paper, changed_only, notes))
        written.append(args.pdf)
    if args.html:
        from .chain_report import chain_html

        atomic_write_text(args.html, chain_html(chain, changed_only=changed_only, notes=notes))
        written.append(args.html)
    if args.csv:
        atomic_write_text(args.csv, lineage_csv(chain), CSV_ENCODING)
        written.append(args.csv)
    if args.json:
        atomic_write_text(args.json, json_text(chain.to_json()))
        written.append(args.json)
    return written
