"""Help dialogs: provenance of the texts, and about the application.

"About these texts" shows everything the text's metadata records (see
``resources/texts/*.meta.json``): how the text was made (the rendering note),
the sources with their references and links, the signatories, the original
languages and, article by article, provenance, confidence, source and note.
Links open in the browser, and only when they are http(s).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..core.document import Document
from ..io import report_palette as palette
from .vocabulary import confidence_text, provenance_text, status_text

WEB_SCHEMES = ("http", "https")


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def tr(text: str) -> str:
    return QCoreApplication.translate("about", text)


def is_web_link(url: str) -> bool:
    return QUrl(url).scheme().lower() in WEB_SCHEMES and url.lower().startswith(WEB_SCHEMES)


def _language(code: str) -> str:
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if locale.language() == QLocale.Language.English:
        name = "English"  # nativeLanguageName() says "American English" for plain "en"
    else:
        name = locale.nativeLanguageName() or QLocale.languageToString(locale.language())
    return f"{name} ({code})"


def _fact(label: str, value: str) -> str:
    return (
        f"<tr><th align=left valign=top style='padding-right:12px'>{escape(label)}</th>"
        f"<td>{value}</td></tr>"
    )


def _reference(doc: Document, label: str) -> str:
    """The article as people call it: "Art. IV", "Annex 1 (C)", "Preamble"."""
    for seg in doc.segments:
        if seg.label == label:
            return seg.display_name()
    return label.capitalize() if label in ("preamble", "closing") else label


def _facts(doc: Document, meta: dict[str, Any]) -> str:
    facts = []
    if meta.get("short_title"):
        facts.append(_fact(tr("Short title"), escape(str(meta["short_title"]))))
    if meta.get("date"):
        facts.append(_fact(tr("Date"), escape(str(meta["date"]))))
    if meta.get("place"):
        facts.append(_fact(tr("Place"), escape(str(meta["place"]))))
    parties = meta.get("parties")
    if isinstance(parties, list) and parties:
        facts.append(_fact(tr("Parties"), "<br>".join(escape(str(p)) for p in parties)))
    language = meta.get("language") or doc.language
    if language:
        facts.append(_fact(tr("Language of this text"), escape(_language(str(language)))))
    originals = meta.get("original_languages")
    if isinstance(originals, list) and originals:
        names = ", ".join(_language(str(c)) for c in originals)
        facts.append(_fact(tr("Original languages"), escape(names)))
    for key, label in (
        ("edition", tr("Edition")),
        ("licence", tr("Licence")),
        ("license", tr("Licence")),
        ("note", tr("Note")),
    ):
        if meta.get(key):
            facts.append(_fact(label, escape(str(meta[key]))))
    if isinstance(meta.get("source"), str) and meta["source"]:
        facts.append(_fact(tr("Source"), _linked(str(meta["source"]))))
    elif doc.source:
        facts.append(_fact(tr("File"), escape(doc.source)))
    return "<table cellpadding=3>" + "".join(facts) + "</table>" if facts else ""


def _linked(text: str) -> str:
    if is_web_link(text):
        return f"<a href='{escape(text, quote=True)}'>{escape(text)}</a>"
    return escape(text)


def _signatories(meta: dict[str, Any]) -> str:
    people = meta.get("signatories")
    if not isinstance(people, list) or not people:
        return ""
    items = []
    for person in people:
        if isinstance(person, dict):
            name = f"<b>{escape(str(person.get('name', '')))}</b>"
            details = [str(person[k]) for k in ("role", "party") if person.get(k)]
            items.append(name + "".join(f" — {escape(d)}" for d in details))
        else:
            items.append(escape(str(person)))
    return _h3(tr("Signatories")) + "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _sources(meta: dict[str, Any]) -> str:
    sources = meta.get("sources")
    if not isinstance(sources, list) or not sources:
        return ""
    items = []
    for source in sources:
        if not isinstance(source, dict):
            items.append(f"<li>{escape(str(source))}</li>")
            continue
        parts = [escape(str(source.get("reference", "")))]
        url = str(source.get("url") or "")
        if url:
            parts.append(_linked(url))
        if source.get("used_for"):
            used_for = escape(tr("Used for:"))
            parts.append(f"<i>{used_for}</i> {escape(str(source['used_for']))}")
        items.append("<li style='margin-bottom:6px'>" + "<br>".join(parts) + "</li>")
    return _h3(tr("Sources")) + "<ol>" + "".join(items) + "</ol>"


def _articles(doc: Document, meta: dict[str, Any]) -> str:
    articles = meta.get("articles")
    if not isinstance(articles, dict) or not articles:
        return ""
    head = "".join(
        f"<th align=left>{escape(h)}</th>"
        for h in (tr("Article"), tr("Provenance"), tr("Confidence"), tr("Source"), tr("Note"))
    )
    rows = [
        _h3(tr("Article by article")) + ""
        "<table border=1 cellspacing=0 cellpadding=4 style='border-color:#888888'>"
        f"<tr>{head}</tr>"
    ]
    for label, info in articles.items():
        if not isinstance(info, dict):
            continue
        cells = (
            escape(_reference(doc, str(label))),
            escape(provenance_text(str(info.get("provenance", "")))),
            escape(confidence_text(str(info.get("confidence", "")))),
            escape(str(info.get("source", ""))),
            escape(str(info.get("note", ""))),
        )
        rows.append("<tr>" + "".join(f"<td valign=top>{c}</td>" for c in cells) + "</tr>")
    rows.append("</table>")
    return "".join(rows)


def provenance_html(doc: Document, heading: str) -> str:
    meta: dict[str, Any] = doc.metadata if isinstance(doc.metadata, dict) else {}
    out = [f"<h2>{escape(heading)}: {escape(str(meta.get('title') or doc.title))}</h2>"]
    out.append(_facts(doc, meta))
    note = meta.get("rendering_note")
    if note:
        out.append(
            _h3(tr("How this text was made")) + ""
            "<table width='100%' cellpadding=8 style='background:"
            f"{palette.tint(palette.PROVENANCE, 0.18)};color:#1b1b1b'>"
            f"<tr><td>{escape(str(note))}</td></tr></table>"
        )
    out.append(_signatories(meta))
    out.append(_sources(meta))
    out.append(_articles(doc, meta))
    if not meta or set(meta) <= {"id"}:
        none = escape(tr("No provenance recorded for this text."))
        out.append(f"<p><i>{none}</i></p>")
    for warning in doc.warnings:
        out.append(f"<p>⚠ {escape(warning)}</p>")
    return "".join(out)


class AboutTextsDialog(QDialog):
    def __init__(self, old: Document, new: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About these texts"))
        self.resize(820, 640)
        lay = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Provenance of the texts"))
        # Links are followed by hand so that only http(s) ever reaches the browser.
        self.view.setOpenLinks(False)
        self.view.setOpenExternalLinks(False)
        self.view.anchorClicked.connect(self.open_link)
        self.view.setHtml(
            provenance_html(old, self.tr("Older text"))
            + "<hr>"
            + provenance_html(new, self.tr("Newer text"))
        )
        lay.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def open_link(self, url: QUrl) -> bool:
        """Opens web links in the browser; any other scheme is ignored."""
        if url.scheme().lower() not in WEB_SCHEMES:
            return False
        return QDesktopServices.openUrl(url)


def about_html(version: str) -> str:
    p = palette
    inserted, deleted, replaced = tr("inserted"), tr("deleted"), tr("replaced")
    samples = (
        f"<span style='background:{p.INSERT_BG};color:{p.INSERT_FG}'><u>{inserted}</u></span>, "
        f"<span style='background:{p.DELETE_BG};color:{p.DELETE_FG}'><s>{deleted}</s></span>, "
        f"<span style='background:{p.REPLACE_BG};color:{p.REPLACE_FG}'>{replaced}</span>"
    )
    badges = " ".join(
        f"<span style='background:{colour};color:{p.badge_text_colour(colour)}'>"
        f"&nbsp;{escape(status_text(status))}&nbsp;</span>"
        for status, colour in p.BADGE_COLOURS.items()
        if status != "paraphrased"
    )
    what = escape(tr("Read and compare versions of a treaty, article by article."))
    colours = escape(tr("Colours follow the Okabe–Ito palette, safe for colour-blind readers:"))
    licence = escape(tr("Licensed under the GNU GPL, version 3 or later."))
    return (
        f"<h3>treatyviewer {escape(version)}</h3>"
        f"<p>{what}</p>"
        f"<p>{colours} {samples}.</p>"
        f"<p>{badges}</p>"
        f"<p>{licence}</p>"
    )
