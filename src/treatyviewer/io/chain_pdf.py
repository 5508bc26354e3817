"""The chain report as PDF: Qt lays out the same HTML the HTML export writes."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core.chain import Chain
from .chain_report import chain_html
from .lineage_table import version_name
from .pdf_export import DPI, MARGINS_MM, PAPERS


def render_chain_pdf(chain: Chain, paper: str = "a4", changed_only: bool = False) -> bytes:
    """The finished PDF as bytes; the lineage table first, then one history per article."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(PAPERS.get(paper, QPageSize.PageSizeId.A4)))
    writer.setResolution(DPI)
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    writer.setTitle(" → ".join(version_name(d, k) for k, d in enumerate(chain.documents)))
    writer.setCreator("treatyviewer")
    doc = QTextDocument()
    doc.setHtml(chain_html(chain, for_print=True, changed_only=changed_only))
    doc.print_(writer)
    buffer.close()
    return bytes(data.data())
