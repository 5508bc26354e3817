"""Help dialogs: provenance of the texts, and about the application."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..core.document import Document


def provenance_html(doc: Document, heading: str) -> str:
    meta = doc.metadata if isinstance(doc.metadata, dict) else {}
    rows = [f"<h2>{escape(heading)}: {escape(doc.title)}</h2>"]
    facts = []
    for key in ("date", "place", "language", "source", "edition", "licence", "license", "note"):
        value = meta.get(key)
        if value:
            facts.append(
                f"<tr><th align=left>{escape(key.capitalize())}</th>"
                f"<td>{escape(str(value))}</td></tr>"
            )
    if doc.source and not meta.get("source"):
        facts.append(f"<tr><th align=left>File</th><td>{escape(doc.source)}</td></tr>")
    rows.append("<table cellpadding=3>" + "".join(facts) + "</table>")
    articles = meta.get("articles")
    if isinstance(articles, dict) and articles:
        rows.append(
            "<table border=0 cellpadding=3><tr><th align=left>Article</th>"
            "<th align=left>Provenance</th><th align=left>Confidence</th>"
            "<th align=left>Source</th></tr>"
        )
        for label, info in articles.items():
            if not isinstance(info, dict):
                continue
            rows.append(
                "<tr>"
                + "".join(
                    f"<td>{escape(str(v))}</td>"
                    for v in (
                        label,
                        info.get("provenance", ""),
                        info.get("confidence", ""),
                        info.get("source", "") or info.get("note", ""),
                    )
                )
                + "</tr>"
            )
        rows.append("</table>")
    elif not meta or set(meta) <= {"id"}:
        rows.append("<p><i>No provenance recorded for this text.</i></p>")
    for warning in doc.warnings:
        rows.append(f"<p>⚠ {escape(warning)}</p>")
    return "".join(rows)


class AboutTextsDialog(QDialog):
    def __init__(self, old: Document, new: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About these texts"))
        self.resize(760, 560)
        lay = QVBoxLayout(self)
        view = QTextBrowser()
        view.setOpenExternalLinks(True)
        view.setHtml(
            provenance_html(old, self.tr("Older text"))
            + provenance_html(new, self.tr("Newer text"))
        )
        lay.addWidget(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def about_html(version: str) -> str:
    return (
        f"<h3>treatyviewer {escape(version)}</h3>"
        "<p>Read and compare versions of a treaty, article by article.</p>"
        "<p>Colours follow the Okabe–Ito palette, safe for colour-blind readers: "
        "<span style='background:#c9eee2'><u>inserted</u></span>, "
        "<span style='background:#fbd9c4'><s>deleted</s></span>, "
        "<span style='background:#fbe6b3'>replaced</span>.</p>"
        "<p>Licensed under the GNU GPL, version 3 or later.</p>"
    )
