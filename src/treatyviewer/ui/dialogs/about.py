"""Help dialogs: provenance of the texts, and about the application (versions, licences).

"About these texts" shows everything the text's metadata records (see
``resources/texts/*.meta.json``): how the text was made (the rendering note),
the sources with their references and links, the signatories, the original
languages and, article by article, provenance, confidence, source and note.
Links open in the browser, and only when they are http(s).
"""

from __future__ import annotations

import os
import platform
from collections import Counter
from html import escape
from importlib import metadata
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QUrl, qVersion
from PySide6.QtWidgets import QWidget

from ...core.document import Document, SegmentKind
from ...core.resources import bundled_metadata, is_bundled_id, load_bundled
from ...io import report_palette as palette
from ...io.encoding_names import guessed_encoding
from ...io.front_matter import OWN_TITLE
from ..common.encodings import encoding_label
from ..common.names import label_name
from ..common.reader_warnings import translate_warning
from ..common.vocabulary import confidence_text, provenance_text
from .text_page import WEB_SCHEMES, TextPage


def _h3(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("about", text, disambiguation, n)


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
    return label_name(label, doc)


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


def _grid(headings: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A bordered table of plain-text cells, escaped here."""
    head = "".join(f"<th align=left>{escape(h)}</th>" for h in headings)
    body = "".join(
        "<tr>" + "".join(f"<td valign=top>{escape(c)}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        "<table border=1 cellspacing=0 cellpadding=4 style='border-color:#888888'>"
        f"<tr>{head}</tr>{body}</table>"
    )


def _attestation(info: dict[str, Any]) -> tuple[str, ...]:
    """Provenance, confidence, source and note of one metadata entry."""
    return (
        provenance_text(str(info.get("provenance", ""))),
        confidence_text(str(info.get("confidence", ""))),
        str(info.get("source", "")),
        str(info.get("note", "")),
    )


def _attestation_headings() -> tuple[str, ...]:
    return (tr("Provenance"), tr("Confidence"), tr("Source"), tr("Note"))


def _articles(doc: Document, meta: dict[str, Any]) -> str:
    articles = meta.get("articles")
    if not isinstance(articles, dict) or not articles:
        return ""
    rows = [
        (_reference(doc, str(label)), *_attestation(info))
        for label, info in articles.items()
        if isinstance(info, dict)
    ]
    headings = (tr("Article"), *_attestation_headings())
    return _h3(tr("Article by article")) + _grid(headings, rows)


def _correspondences(doc: Document, meta: dict[str, Any]) -> str:
    """The articles this text is known to repeat from another, each with its provenance."""
    table = meta.get("correspondences")
    pairs = table.get("pairs") if isinstance(table, dict) else None
    if not isinstance(table, dict) or not isinstance(pairs, list) or not pairs:
        return ""
    other = str(table.get("with") or "")
    other_doc = load_bundled(other) if is_bundled_id(other) else None
    rows = [
        (
            _reference(doc, str(pair.get("here", ""))),
            _reference(other_doc, str(pair.get("there", "")))
            if other_doc
            else str(pair.get("there", "")),
            *_attestation(pair),
        )
        for pair in pairs
        if isinstance(pair, dict)
    ]
    headings = (
        str(meta.get("short_title") or doc.title),
        str(bundled_metadata(other).get("short_title") or other) if other else tr("Other text"),
        *_attestation_headings(),
    )
    summary = f"<p>{escape(str(table.get('summary') or ''))}</p>"
    return _h3(tr("Known correspondences")) + summary + _grid(headings, rows)


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
    out.append(_correspondences(doc, meta))
    if not meta or set(meta) <= {"id", OWN_TITLE}:  # a title a file gives itself: no provenance
        none = escape(
            tr("No provenance recorded for this text; this is what is known of the file.")
        )
        out.append(f"<p><i>{none}</i></p>")
        out.append(file_facts(doc))
    else:
        for warning in doc.warnings:
            out.append(f"<p>⚠ {escape(translate_warning(warning))}</p>")
    return "".join(out)


def division_text(doc: Document) -> str:
    """ "2,600 articles, a preamble, a closing part": the parts a reader can find and
    cite, by kind ("2,601 segments" counted the program's units, which a reader never
    sees named)."""
    kinds = Counter(seg.kind for seg in doc.segments)
    units = kinds[SegmentKind.ARTICLE] + kinds[SegmentKind.ANNEX]
    parts = []
    if kinds[SegmentKind.PREAMBLE]:
        parts.append(tr("a preamble"))
    if kinds[SegmentKind.ARTICLE]:
        parts.append(tr("%n article(s)", "", kinds[SegmentKind.ARTICLE]))
    if kinds[SegmentKind.ANNEX]:
        parts.append(tr("%n annex(es)", "", kinds[SegmentKind.ANNEX]))
    others = kinds[SegmentKind.HEADING] + kinds[SegmentKind.PARAGRAPH]
    if others:  # unnumbered passages: "other" beside articles, else all there is
        parts.append(tr("%n other part(s)", "", others) if units else tr("%n part(s)", "", others))
    if kinds[SegmentKind.CLOSING]:
        parts.append(tr("a closing part"))
    return ", ".join(parts)


def file_facts(doc: Document) -> str:
    """A user's file: where it is, how it was decoded, how big, how it was cut, its checksum."""
    facts = []  # the file's name is among the facts above
    if doc.encoding:
        guessed = bool(guessed_encoding(doc))
        how = tr("guessed") if guessed else tr("detected with certainty or chosen")
        facts.append(_fact(tr("Encoding"), escape(f"{encoding_label(doc.encoding)} ({how})")))
    locale = QLocale()
    if doc.source and os.path.isfile(doc.source):
        size = locale.formattedDataSize(os.path.getsize(doc.source))
    else:
        size = locale.formattedDataSize(len(doc.text.encode("utf-8")))
    characters = tr("%n character(s)", "", len(doc.text))
    facts.append(_fact(tr("Size"), escape(f"{size} · {characters}")))
    facts.append(_fact(tr("Divided into"), escape(division_text(doc))))
    if doc.warnings:
        lines = "<br>".join("⚠ " + escape(translate_warning(w)) for w in doc.warnings)
        facts.append(_fact(tr("When reading"), lines))
    facts.append(
        _fact(tr("SHA-256"), f"<span style='font-family:monospace'>{doc.content_hash}</span>")
    )
    return "<table cellpadding=3>" + "".join(facts) + "</table>"


class AboutTextsDialog(TextPage):
    def __init__(self, old: Document, new: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        html = (
            provenance_html(old, self.tr("Older text"))
            + "<hr>"
            + provenance_html(new, self.tr("Newer text"))
        )
        self.fill(
            self.tr("About these texts"), self.tr("Provenance of the texts"), html, (820, 640)
        )


LIBRARIES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("PySide6 / Qt", ("PySide6-Essentials", "PySide6"), "LGPL-3.0-only"),
    ("Shiboken6", ("shiboken6",), "LGPL-3.0-only"),
    ("diff-match-patch", ("diff-match-patch",), "Apache-2.0"),
    ("pypdf", ("pypdf",), "BSD-3-Clause"),
    ("python-docx", ("python-docx",), "MIT"),
    ("charset-normalizer", ("charset-normalizer",), "MIT"),
    ("defusedxml", ("defusedxml",), "PSF-2.0"),
    ("platformdirs", ("platformdirs",), "MIT"),
)
"""The libraries treatyviewer runs on: name, distributions to ask for its version, licence."""

PROGRAM_LICENCE = "GPL-3.0-or-later"
CONTENT_LICENCE = "CC BY 4.0"
GPL_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
CC_BY_URL = "https://creativecommons.org/licenses/by/4.0/"


def installed_version(distributions: tuple[str, ...]) -> str:
    for name in distributions:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return tr("not installed")


def _row(cells: tuple[str, ...], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag} align=left>{c}</{tag}>" for c in cells) + "</tr>"


def about_html(version: str) -> str:
    """Help → About: what the program is, its versions, and every licence."""
    import PySide6

    what = escape(tr("Read and compare versions of a treaty, article by article."))
    versions = "".join(
        _fact(label, escape(value))
        for label, value in (
            (tr("Version"), version),
            ("Python", f"{platform.python_version()} ({platform.python_implementation()})"),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
        )
    )
    program = escape(
        tr(
            "treatyviewer is free software: you can redistribute it and/or modify it under "
            "the terms of the GNU General Public License as published by the Free Software "
            "Foundation, either version 3 of the License, or (at your option) any later "
            "version. It is distributed in the hope that it will be useful, but WITHOUT ANY "
            "WARRANTY; see the licence for details."
        )
    )
    content = escape(
        tr(
            "The English texts that come with the program, the gazetteer of parties and "
            "places and the curated notes are our own work, licensed under {0}. The treaty "
            "itself is an official act and in the public domain."
        )
    ).format(f"<a href='{CC_BY_URL}'>{CONTENT_LICENCE}</a>")
    head = _row(
        (escape(tr("Library")), escape(tr("Version")), escape(tr("Licence"))), "th"
    ).replace("<th ", "<th style='background:#e6e6e6;color:#1b1b1b' ")
    libraries = "".join(
        _row((escape(name), escape(installed_version(dists)), escape(licence)))
        for name, dists, licence in LIBRARIES
    )
    return (
        f"<h2>treatyviewer {escape(version)}</h2>"
        f"<p>{what}</p>"
        f"<table cellpadding=2>{versions}</table>"
        + _h3(tr("Licence of the program"))
        + f"<p><b><a href='{GPL_URL}'>{PROGRAM_LICENCE}</a></b> — {program}</p>"
        + _h3(tr("Licence of the bundled texts"))
        + f"<p>{content}</p>"
        + _h3(tr("Libraries"))
        + "<table border=1 cellspacing=0 cellpadding=4 style='border-color:#999999'>"
        f"{head}{libraries}</table>"
    )


class AboutDialog(TextPage):
    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-treatyviewer")
        self.view.document().setDocumentMargin(12)
        title = self.tr("About treatyviewer")
        self.fill(title, title, about_html(version), (640, 700))
