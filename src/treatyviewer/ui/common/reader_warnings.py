"""Reader warnings in the interface language.

The readers (``io``) and the segmenter (``core``) speak English: the command
line prints their warnings as they are. The window recognises their fixed
patterns here and shows them translated; a warning it does not know is shown
in English rather than not at all. ``core``'s refusals of a session file or a
note are recognised the same way (``io`` translates its own refusals).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...core.bidi import isolated
from ...core.document import Document
from ...core.structure_summary import summary_of
from ...core.unrelated import UNRELATED


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("ReaderWarnings", text, disambiguation, n)


def _decoded(m: re.Match[str]) -> str:
    if m["how"] == "guessed":
        text = tr("decoded as {0} (guessed); choose another encoding if it looks wrong")
    else:
        text = tr("decoded as {0} (no byte-order mark); choose another encoding if it looks wrong")
    return text.format(m["enc"])


_PATTERNS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(
            r"decoded as (?P<enc>\S+) \((?P<how>guessed|no byte-order mark)\); "
            r"choose another encoding if it looks wrong"
        ),
        _decoded,
    ),
    (
        re.compile(r"(?P<what>.+) appears (?P<n>\d+) times; the repeat is labelled (?P<label>.+)"),
        lambda m: tr("{0} appears %n times; the repeat is labelled {1}", "", int(m["n"])).format(
            m["what"], m["label"]
        ),
    ),
    (
        re.compile(
            r"(?P<n>\d+) headings repeat an earlier number \(the first: (?P<what>.+)\); "
            r"each repeat is labelled with #2, #3 and so on"
        ),
        lambda m: tr(
            "%n headings repeat an earlier number (the first: {0}); each repeat is labelled "
            "with #2, #3 and so on",
            "",
            int(m["n"]),
        ).format(m["what"]),
    ),
    (
        re.compile(r"article numbers are not in order \((?P<a>.+) is followed by (?P<b>.+)\)"),
        lambda m: tr("article numbers are not in order ({0} is followed by {1})").format(
            m["a"], m["b"]
        ),
    ),
    (
        re.compile(r"no article headings found; the text is compared paragraph by paragraph"),
        lambda m: tr("no article headings found; the text is compared paragraph by paragraph"),
    ),
    (
        re.compile(r"the PDF is encrypted without a password for reading; opened it"),
        lambda m: tr("the PDF is encrypted without a password for reading; opened it"),
    ),
    (
        re.compile(
            r"(?:1 byte at position (?P<at>\d+) is|(?P<n>\d+) bytes \(the first at position "
            r"(?P<first>\d+)\) are) not UTF-8 and shown as \ufffd; "
            r"choose another encoding if it looks wrong"
        ),
        lambda m: _stray(m),
    ),
    (
        re.compile(r"header/footer lines removed \((?P<lines>.+)\)"),
        lambda m: tr("header/footer lines removed ({0})").format(_furniture(m["lines"])),
    ),
    (
        re.compile(r"line numbers in the margin removed \((?P<n>\d+) lines\)"),
        lambda m: tr("line numbers in the margin removed (%n line(s))", "", int(m["n"])),
    ),
    (
        re.compile(r"(?P<n>\d+) footnotes? set after the paragraphs? that cites? (?:it|them)"),
        lambda m: (
            tr("1 footnote set after the paragraph that cites it")
            if m["n"] == "1"
            else tr("%n footnotes set after the paragraphs that cite them", "", int(m["n"]))
        ),
    ),
    (
        re.compile(
            r"(?P<bare>\d+) of (?P<all>\d+) pages have no text layer \(scanned pages\?\); "
            r"their text is missing — run OCR on the PDF first"
        ),
        lambda m: tr(
            "{0} of %n page(s) have no text layer (scanned pages?); their text is missing — "
            "run OCR on the PDF first",
            "",
            int(m["all"]),
        ).format(m["bare"]),
    ),
    (
        re.compile(r"a passage embedded as (?P<kind>.+) was left out"),
        lambda m: tr("a passage embedded as {0} was left out").format(m["kind"]),
    ),
    (
        re.compile(
            r"tracked changes read as accepted \((?P<ins>\d+) insertions?, "
            r"(?P<dels>\d+) deletions?\); to compare the text before them, "
            r"reject them in Word and save a copy"
        ),
        lambda m: tr(
            "tracked changes read as accepted ({0}, {1}); to compare the text before them, "
            "reject them in Word and save a copy"
        ).format(
            tr("%n insertion(s)", "", int(m["ins"])), tr("%n deletion(s)", "", int(m["dels"]))
        ),
    ),
    (
        re.compile(r"box frames drawn with (?P<chars>.+) were left out \(lines (?P<lines>.+)\)"),
        lambda m: tr("box frames drawn with {0} were left out (lines {1})").format(
            m["chars"], m["lines"]
        ),
    ),
    (
        re.compile(r"(?P<n>\d+) lines? printed twice across a page break (?:was|were) kept once"),
        lambda m: tr("%n line(s) printed twice across a page break kept once", "", int(m["n"])),
    ),
    (
        re.compile(r"(?P<n>\d+) words? hyphenated at line ends (?:was|were) rejoined"),
        lambda m: tr("%n word(s) hyphenated at line ends rejoined", "", int(m["n"])),
    ),
    (
        re.compile(r"not a TEI document \(no <text> element\); all of its text was read"),
        lambda m: tr("not a TEI document (no <text> element); all of its text was read"),
    ),
    (
        re.compile(
            r"its front matter \(metadata between '(?P<fence>\S+)' lines, "
            r"lines 1-(?P<last>\d+)\) is not compared"
        ),
        lambda m: tr(
            "its front matter (metadata between '{0}' lines, lines 1-{1}) is not compared"
        ).format(m["fence"], m["last"]),
    ),
    (
        re.compile(r"(?P<n>\d+) lines? of HTML comments \(<!-- \.\.\. -->\) not compared"),
        lambda m: tr("%n line(s) of HTML comments (<!-- ... -->) not compared", "", int(m["n"])),
    ),
    (
        re.compile(
            r"(?:(?P<fences>\d+) fence lines? of Pandoc divs \(:::\))?(?: and )?"
            r"(?:(?P<marks>\d+) attribute blocks? \(\{#id \.class\}\))? not compared"
        ),
        lambda m: _pandoc(m),
    ),
    (
        re.compile(re.escape(UNRELATED)),
        lambda m: tr("the two texts share almost no wording: they may not be versions of one text"),
    ),
)


def _stray(m: re.Match[str]) -> str:
    """Bytes a UTF-8 text held that are not UTF-8 (a transfer broke them)."""
    if m["at"] is not None:
        text = tr(
            "1 byte at position {0} is not UTF-8 and shown as {1}; "
            "choose another encoding if it looks wrong"
        )
        return text.format(m["at"], "\ufffd")
    text = tr(
        "%n bytes (the first at position {0}) are not UTF-8 and shown as {1}; "
        "choose another encoding if it looks wrong",
        "",
        int(m["n"]),
    )
    return text.format(m["first"], "\ufffd")


_FURNITURE = re.compile(r"(?P<n>\d+) (?P<what>running header/footer lines|page numbers)")


def _furniture(lines: str) -> str:
    """ "3 running header/footer lines, 2 page numbers" in the interface language."""

    def one(m: re.Match[str]) -> str:
        if m["what"] == "page numbers":
            return tr("%n page number(s)", "", int(m["n"]))
        return tr("%n running header/footer line(s)", "", int(m["n"]))

    return _FURNITURE.sub(one, lines)


def _pandoc(m: re.Match[str]) -> str:
    said = []
    if m["fences"]:
        said.append(tr("%n fence line(s) of Pandoc divs (:::)", "", int(m["fences"])))
    if m["marks"]:
        said.append(tr("%n attribute block(s) ({#id .class})", "", int(m["marks"])))
    return tr("{0} not compared").format(tr(" and ").join(said))


def translate_warning(warning: str) -> str:
    """``warning`` in the interface language when it is one the readers give, or a
    refusal of ``core``'s (a note or a session file it cannot read)."""
    for pattern, render in _PATTERNS + _REFUSALS:
        m = pattern.fullmatch(warning)
        if m:
            return render(m)
    return warning


def _reason(why: str) -> str:
    """Why a file could not be opened (``core.atomic.os_reason``'s words)."""
    known = {
        "the disk is full": tr("the disk is full"),
        "the disk quota is exceeded": tr("the disk quota is exceeded"),
        "the folder is on a read-only file system": tr("the folder is on a read-only file system"),
        "permission denied": tr("permission denied"),
        "the folder does not exist": tr("the folder does not exist"),
        "part of the path is not a folder": tr("part of the path is not a folder"),
        "a folder has that name": tr("a folder has that name"),
        "the file name is too long": tr("the file name is too long"),
        "the disk reported an input/output error": tr("the disk reported an input/output error"),
    }
    return known.get(why, why)


def _must_be(m: re.Match[str]) -> str:
    kinds = {"an object": tr("an object"), "a list": tr("a list"), "text": tr("text")}
    kinds |= {"a number": tr("a number"), "a value": tr("a value")}
    what = m["what"]
    if what.startswith("each label in "):
        what = tr("each label in {0}").format(what.removeprefix("each label in "))
    return tr("{0} must be {1}").format(what, kinds[m["kind"]])


_REFUSALS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    # a file that could not be written (core.atomic, core.autosave)
    (
        re.compile(
            r"(?P<path>.+) could not be saved: (?P<why>.+); "
            r"(?P<kept>the previous version is unchanged|nothing was written)"
        ),
        lambda m: tr("{0} could not be saved: {1}; {2}").format(
            m["path"],
            _reason(m["why"]),
            tr("the previous version is unchanged")
            if m["kept"] == "the previous version is unchanged"
            else tr("nothing was written"),
        ),
    ),
    (
        re.compile(r"Could not autosave to (?P<path>.+): (?P<why>[^:]+)"),
        lambda m: tr("Could not autosave to {0}: {1}").format(m["path"], _reason(m["why"])),
    ),
    (
        re.compile(r"Could not remove the autosave (?P<path>.+): (?P<why>[^:]+)"),
        lambda m: tr("Could not remove the autosave {0}: {1}").format(m["path"], _reason(m["why"])),
    ),
    (
        re.compile(r"Autosave failed: (?P<why>.+)"),
        lambda m: tr("Autosave failed: {0}").format(translate_warning(m["why"])),
    ),
    # a session file (core.session_storage, core.project)
    (
        re.compile(r"Could not open (?P<path>.+): (?P<why>[^:]+)"),
        lambda m: tr("Could not open {0}: {1}").format(m["path"], _reason(m["why"])),
    ),
    (
        re.compile(r"(?P<path>.+) is not a project file: it is not UTF-8 text"),
        lambda m: tr("{0} is not a project file: it is not UTF-8 text").format(m["path"]),
    ),
    (
        re.compile(
            r"(?P<path>.+) is not a valid project file: broken JSON at line (?P<line>\d+), "
            r"column (?P<column>\d+) \((?P<why>.+)\)"
        ),
        lambda m: tr(
            "{0} is not a valid project file: broken JSON at line {1}, column {2} ({3})"
        ).format(m["path"], m["line"], m["column"], m["why"]),
    ),
    (
        re.compile(
            r"(?P<path>.+) was saved by a newer version of treatyviewer \(project format "
            r"(?P<newest>.+)\); this version reads format (?P<known>\S+) and older\. "
            r"Update treatyviewer to open it"
        ),
        lambda m: tr(
            "{0} was saved by a newer version of treatyviewer (project format {1}); this "
            "version reads format {2} and older. Update treatyviewer to open it"
        ).format(m["path"], m["newest"], m["known"]),
    ),
    (
        re.compile(r"(?P<path>.+?) is not a valid project file: (?P<why>.+)"),
        lambda m: tr("{0} is not a valid project file: {1}").format(
            m["path"], translate_warning(m["why"])
        ),
    ),
    (
        re.compile(r"it is not a treatyviewer project \(no treatyviewer\.project schema\)"),
        lambda m: tr("it is not a treatyviewer project (no treatyviewer.project schema)"),
    ),
    (
        re.compile(
            r"its format version \((?P<schema>.+), version (?P<version>.+)\) is not understood"
        ),
        lambda m: tr("its format version ({0}, version {1}) is not understood").format(
            m["schema"], m["version"]
        ),
    ),
    (
        re.compile(r"it must hold a JSON object"),
        lambda m: tr("it must hold a JSON object"),
    ),
    (
        re.compile(r"documents\.(?P<role>\w+) is missing"),
        lambda m: tr("documents.{0} is missing").format(m["role"]),
    ),
    # a note that cannot be read (core.annotation_jsonld), in a session or imported
    (
        re.compile(r"note (?P<n>\d+)(?P<words> \(\".*\"\))?: (?P<why>.+)"),
        lambda m: tr("note {0}{1}: {2}").format(
            m["n"], m["words"] or "", translate_warning(m["why"])
        ),
    ),
    (
        re.compile(r"annotation (?P<id>\S+) has no target"),
        lambda m: tr("annotation {0} has no target").format(m["id"]),
    ),
    (
        re.compile(r"annotation (?P<id>\S+): (?P<why>.+)"),
        lambda m: tr("annotation {0}: {1}").format(m["id"], translate_warning(m["why"])),
    ),
    (
        re.compile(r"an annotation must be a JSON object"),
        lambda m: tr("an annotation must be a JSON object"),
    ),
    (re.compile(r"an annotation has no id"), lambda m: tr("an annotation has no id")),
    (
        re.compile(r"selector offsets must be whole numbers ≥ 0"),
        lambda m: tr("selector offsets must be whole numbers ≥ 0"),
    ),
    (re.compile(r"pair labels must be text"), lambda m: tr("pair labels must be text")),
    (
        re.compile(r"a target must be an object or an IRI"),
        lambda m: tr("a target must be an object or an IRI"),
    ),
    (
        re.compile(r"selector end (?P<end>-?\d+) is before its start (?P<start>-?\d+)"),
        lambda m: tr("selector end {0} is before its start {1}").format(m["end"], m["start"]),
    ),
    (
        re.compile(r"unknown change op (?P<op>.+)"),
        lambda m: tr("unknown change op {0}").format(m["op"]),
    ),
    (
        re.compile(r"(?P<what>.+) must be (?P<kind>an object|a list|text|a number|a value)"),
        _must_be,
    ),
)


def structure_message(doc: Document) -> str:
    """What numbering the segmenter cut the text by, in the interface language.

    Built from the document's segments rather than from the segmenter's English
    sentence, so every language reads it whole.
    """
    found = summary_of(doc)
    if found is None or found.articles_only:
        return ""  # articles found by their headings need no notice
    words = {"§": tr("numbered sections"), "Section": tr("sections"), "Clause": tr("clauses")}
    what = words.get(found.term, tr("articles") if not found.term else tr("units"))
    first, last = isolated(_printed(doc, found.first)), isolated(_printed(doc, found.last))
    text = tr("numbering found: {0} {1} to {2}, {3} in all").format(what, first, last, found.units)
    if found.again:
        text += tr(" ({0} of them numbered again after {1})").format(found.again, last)
    if found.parts:
        text += tr("; numbered paragraphs and points inside them: {0}").format(found.parts)
    if found.headings:
        text += tr("; unnumbered headings kept as segments: {0}").format(found.headings)
    if found.divisions:
        text += tr("; divisions above them (parts, chapters…): {0}").format(found.divisions)
    return text


def _printed(doc: Document, label: str) -> str:
    """A label as the outline names its article: "第一条", not "一" (read as a dash)."""
    for seg in doc.segments:
        if seg.label == label:
            return seg.display_name() if seg.named_as_printed else label
    return label
