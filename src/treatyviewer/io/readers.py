"""Open anything a user may point us at and return a ``Document``, or say why not.

This is the one entry point for the CLI and the window. It checks the file
(exists, is a file, readable, not empty, not too big), looks at the first bytes
to tell what the file really is (extensions lie: a .txt may be a ZIP or a PNG),
and hands it to the reader for that format. Every failure a user can cause comes
out as an ``InputError`` whose single line names the file and what to do.
"""

from __future__ import annotations

import io
import re
import stat
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..core.cancel import StopCheck, check, part
from ..core.document import Document, is_blank
from ..core.errors import InputError
from ..core.outline_headings import OutlineHeading
from ..core.resources import is_bundled_id, load_bundled
from .front_matter import (
    OWN_TITLE,
    drop_comment_lines,
    drop_div_fences,
    first_heading,
    split_front_matter,
)
from .limits import ReadLimits, hint, human_size
from .report_words import QT_TRANSLATE_NOOP, ReportWords
from .text_boxes import open_boxes
from .text_reader import decode_text, detect_encoding, flatten_markup, markdown_outline, tidied

__all__ = ["DEFAULT_MAX_BYTES", "ReadLimits", "detect_encoding", "human_size", "read_document"]

# Treaties are small; a 50 MB "text" is almost always the wrong file, and reading
# it would freeze the window. Users can raise it with --max-size, in the window and the CLI.
DEFAULT_MAX_BYTES = ReadLimits().file_bytes

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
"""The stream an encrypted Word, Excel or PowerPoint file keeps in its OLE container."""
# First bytes of formats people open by mistake, and what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("ReportWords", "a PNG image")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("ReportWords", "a JPEG image")),
    (b"GIF87a", QT_TRANSLATE_NOOP("ReportWords", "a GIF image")),
    (b"GIF89a", QT_TRANSLATE_NOOP("ReportWords", "a GIF image")),
    (b"II*\x00", QT_TRANSLATE_NOOP("ReportWords", "a TIFF image")),
    (b"MM\x00*", QT_TRANSLATE_NOOP("ReportWords", "a TIFF image")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("ReportWords", "an executable program (ELF)")),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("ReportWords", "a gzip archive")),
    (b"BZh", QT_TRANSLATE_NOOP("ReportWords", "a bzip2 archive")),
    (b"\xfd7zXZ\x00", QT_TRANSLATE_NOOP("ReportWords", "an xz archive")),
    (b"7z\xbc\xaf\x27\x1c", QT_TRANSLATE_NOOP("ReportWords", "a 7-Zip archive")),
    (b"Rar!\x1a\x07", QT_TRANSLATE_NOOP("ReportWords", "a RAR archive")),
    (
        _OLE_MAGIC,
        QT_TRANSLATE_NOOP("ReportWords", "an old Office file (.doc/.xls); save it as .docx"),
    ),
    (
        b"{\\rtf",
        QT_TRANSLATE_NOOP("ReportWords", "an RTF document; save it as .docx or plain text"),
    ),
    (b"SQLite format 3\x00", QT_TRANSLATE_NOOP("ReportWords", "an SQLite database")),
    (b"\x00asm", QT_TRANSLATE_NOOP("ReportWords", "a WebAssembly module")),
    (b"\xca\xfe\xba\xbe", QT_TRANSLATE_NOOP("ReportWords", "a Java class or Mach-O program")),
    (b"\xcf\xfa\xed\xfe", QT_TRANSLATE_NOOP("ReportWords", "a Mach-O program")),
    (b"OggS", QT_TRANSLATE_NOOP("ReportWords", "an Ogg audio file")),
    (b"fLaC", QT_TRANSLATE_NOOP("ReportWords", "a FLAC audio file")),
    (b"ID3", QT_TRANSLATE_NOOP("ReportWords", "an MP3 audio file")),
    (b"%!PS", QT_TRANSLATE_NOOP("ReportWords", "a PostScript file; convert it to PDF")),
)
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_ZIP_KINDS = (
    ("word/document.xml", "docx"),
    (
        "xl/workbook.xml",
        QT_TRANSLATE_NOOP("ReportWords", "an Excel workbook; save the text as .docx or plain text"),
    ),
    ("ppt/presentation.xml", QT_TRANSLATE_NOOP("ReportWords", "a PowerPoint presentation")),
    (
        "content.xml",
        QT_TRANSLATE_NOOP("ReportWords", "an OpenDocument file; save it as .docx or plain text"),
    ),
    ("META-INF/container.xml", QT_TRANSLATE_NOOP("ReportWords", "an EPUB e-book")),
)


def _load_bytes(path: Path, label: str, max_bytes: int) -> bytes:
    try:
        if path.is_dir():
            raise InputError(
                _said(
                    QT_TRANSLATE_NOOP(
                        "ReportWords", "{0} is a folder, not a file; choose a file inside it"
                    ),
                    label,
                )
            )
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # Opening a pipe or a device would block or never end.
            raise InputError(
                _said(
                    QT_TRANSLATE_NOOP(
                        "ReportWords", "{0} is not a regular file (it is a device, pipe or socket)"
                    ),
                    label,
                )
            )
        size = info.st_size
        if size > max_bytes:
            raise InputError(
                ReportWords.tr("{0} is {1}; the limit is {2} ({3})").format(
                    label, human_size(size), human_size(max_bytes), hint("file_bytes")
                )
            )
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(
            _said(
                QT_TRANSLATE_NOOP(
                    "ReportWords", "{0} does not exist (it may have been moved or deleted)"
                ),
                label,
            )
        ) from None
    except PermissionError:
        raise InputError(
            _said(QT_TRANSLATE_NOOP("ReportWords", "{0} cannot be read: permission denied"), label)
        ) from None
    except IsADirectoryError:
        raise InputError(
            _said(
                QT_TRANSLATE_NOOP(
                    "ReportWords", "{0} is a folder, not a file; choose a file inside it"
                ),
                label,
            )
        ) from None
    except OSError as exc:
        raise InputError(
            ReportWords.tr("{0} cannot be read: {1}").format(label, exc.strerror or exc)
        ) from None
    if len(data) > max_bytes:
        raise InputError(
            ReportWords.tr("{0} grew beyond the limit of {1} while being read ({2})").format(
                label, human_size(max_bytes), hint("file_bytes")
            )
        )
    if not data:
        raise InputError(_said(QT_TRANSLATE_NOOP("ReportWords", "{0} is empty (0 bytes)"), label))
    return data


def _said(message: str, label: str) -> str:
    """A message about a file the reader chose, in the interface's language: the window
    said "… does not exist" in English to a reader of its Russian or Turkish. (With no
    catalogue installed, as on the command line, it is the English given.)"""
    return ReportWords.tr(message).format(label)


def _zip_kind(data: bytes, suffix: str) -> str:
    """Reader key "docx" for a Word package (or anything named .docx), else what it holds."""
    import zipfile  # with the compression modules it brings, only for what is zipped

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return "docx" if suffix == ".docx" else QT_TRANSLATE_NOOP("ReportWords", "a ZIP archive")
    for member, kind in _ZIP_KINDS:
        if member in names:
            return kind
    return "docx" if suffix == ".docx" else QT_TRANSLATE_NOOP("ReportWords", "a ZIP archive")


def _looks_like_xml(data: bytes) -> bool:
    head = data[:512]
    for codec in ("utf-16", "utf-32") if head[:2] in (b"\xff\xfe", b"\xfe\xff") else ():
        try:
            head = head.decode(codec, errors="ignore").encode("utf-8")
            break
        except UnicodeError:
            continue
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    return head.startswith((b"<?xml", b"<TEI", b"<teiCorpus"))


def _looks_like_html(data: bytes) -> bool:
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if head.startswith(b"<?xml"):  # XHTML: an XML declaration, then the page
        head = head[head.find(b"?>") + 2 :].lstrip()
    while head.startswith(b"<!--"):
        end = head.find(b"-->")
        head = head[end + 3 :].lstrip() if end >= 0 else b""
    return head.startswith((b"<!doctype html", b"<html"))


_DOCUMENT_SUFFIXES = frozenset(
    (".txt", ".text", ".md", ".markdown", ".docx", ".docm", ".dotx", ".pdf", ".xml", ".tei",
     ".rtf", ".asc", ".html", ".htm", ".xhtml")
)  # fmt: skip


def _title_of(path: Path) -> str:
    """The file name less its format suffix; "MPL-1.1" or "Treaty v2.3" keep their version,
    which a plain ``stem`` would cut at the last dot."""
    return path.stem if path.suffix.lower() in _DOCUMENT_SUFFIXES else path.name


def _kind(data: bytes, suffix: str, label: str) -> str:
    """Which reader a file needs ("docx", "pdf", "tei", "html", "text"); refuses others."""
    what = ""
    if data.startswith(_ZIP_MAGIC):
        what = _zip_kind(data, suffix)
        if what == "docx":
            return what
    elif data.startswith(b"%PDF-") or data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    elif data.startswith(_OLE_MAGIC) and _ENCRYPTED_MARK in data[:1_000_000]:
        raise InputError(
            _said(
                QT_TRANSLATE_NOOP(
                    "ReportWords",
                    "{0} is password-protected (an encrypted Office document); remove the "
                    "password in Word (File > Info > Protect Document) and save a copy",
                ),
                label,
            )
        )
    else:
        what = next((name for magic, name in _MAGIC if data.startswith(magic)), "")
    if not what and (
        data[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ", b"ftypqt  ")
        or (data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "))
    ):
        what = QT_TRANSLATE_NOOP("ReportWords", "a media file")
    if what:
        raise InputError(
            ReportWords.tr("{0} is not text: it looks like {1}").format(label, ReportWords.tr(what))
        )
    if suffix == ".docx":
        raise InputError(
            _said(
                QT_TRANSLATE_NOOP(
                    "ReportWords", "{0} is not a Word document although its name ends in .docx"
                ),
                label,
            )
        )
    if suffix == ".pdf":
        raise InputError(
            _said(
                QT_TRANSLATE_NOOP("ReportWords", "{0} is not a PDF although its name ends in .pdf"),
                label,
            )
        )
    if suffix in (".html", ".htm", ".xhtml") or _looks_like_html(data):
        return "html"
    if suffix in (".xml", ".tei") or _looks_like_xml(data):
        return "tei"
    return "text"


PREPARED = 160
"""Thousandths of reading a plain text spent decoding it and taking off its markup
(the rest: normalising and segmenting it, ``make_document``)."""


def make_document(text: str, **fields: Any) -> Document:
    """``core.segment.make_document``, imported when a text is first read: a window
    shown a comparison made in another process never segments a text itself."""
    from ..core.segment import make_document as segmented

    return segmented(text, **fields)


def _from_text(
    data: bytes,
    label: str,
    stem: str,
    encoding: str | None,
    _limits: ReadLimits,
    stop: StopCheck | None = None,
) -> Document:
    decoded = decode_text(data, label, encoding)
    if is_blank(decoded.text.replace("\ufeff", "")):
        raise InputError(
            _said(
                QT_TRANSLATE_NOOP("ReportWords", "{0} is empty (it contains only whitespace)"),
                label,
            )
        )
    check(stop, PREPARED // 2, 1000)
    text = decoded.text
    if "\r" in text:  # (one quick search; looking for the pair is many times slower)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, paged = _unpaged(text)
    # Line numbers in the warning count lines of the file as the user sees it.
    unboxed = open_boxes(text)
    boxed = (unboxed.warning(),) if unboxed.boxes else ()
    front = split_front_matter(unboxed.text)
    body = drop_comment_lines(front.text)
    fenced = drop_div_fences(body.text)
    check(stop, PREPARED * 3 // 4, 1000)
    tidy = tidied(fenced.text)  # once, for the text and its outline
    own = front.title or first_heading(fenced.text)
    return make_document(
        flatten_markup(tidy, tidy=False),
        outline=markdown_outline(tidy, tidy=False),
        title=stem,
        source=label,
        encoding=decoded.encoding,
        metadata={OWN_TITLE: own} if own and own != stem else None,
        warnings=decoded.warnings
        + front.warnings
        + body.warnings
        + fenced.warnings
        + paged
        + boxed,
        should_stop=part(stop, PREPARED, 1000, 1000),
    )


PAGED_FROM = 2
"""Form feeds from which a plain text is read as pages (as a PDF's text saved as
plain text comes): its running headers and page numbers go, its paragraphs are
rejoined across lines and pages."""


def _unpaged(text: str) -> tuple[str, tuple[str, ...]]:
    if "\f" not in text:
        text = _seams_restored(text)
    if text.count("\f") == 1:
        return _one_page_break(text)
    if text.count("\f") < PAGED_FROM:
        return text, ()
    from .page_text import page_lines, paragraphs_of

    pages = [lines for page in text.split("\f") if (lines := page_lines(page, breaks=True))]
    paragraphs, warnings = paragraphs_of(pages)
    return paragraphs, tuple(warnings)


_SPREAD_RE = re.compile(r" {3,}")
"""Words set far apart on one line, as a running head sets its parts ("RFC 9998   Title   2006")."""
FURNITURE_MAX = 100
"""Longest line read as a page's foot or running head."""


_FOOT_RE = re.compile(
    rf"^(?=[^\n]{{1,{FURNITURE_MAX}}}$)[ \t]*(\S[^\n]*\S) {{3,}}(\S[^\n]*?)[ \t]*$", re.MULTILINE
)
"""A line whose last part stands far apart from the rest, as a page's foot sets its
page number ("Doe   Standards Track   [Page 4]")."""
PAGE_LINES_LEAST = 10
"""Fewest lines between two page feet: a page holds more than a list's entries do."""


def _seams_restored(text: str) -> str:
    """A paged text whose form feeds were lost (copied from a web page or an editor
    that drops them), with a form feed again after each page's foot: the same foot
    line of words, but for its rising page number, under the same running head, a
    page apart two times or more. Read without them, the running heads and feet were text, and
    those on lines of their own headed units ("Crockford  Informational  [Page 7]")."""
    if "   " not in text:  # (one quick search: no foot sets its parts far apart)
        return text
    from .page_text import PAGE_NUMBER_RE

    feet: dict[str, list[tuple[int, int, int]]] = {}
    for match in _FOOT_RE.finditer(text):
        last = match[2]
        number = re.search(r"\d{1,4}", last)
        if number and PAGE_NUMBER_RE.match(last) and re.search(r"[^\W\d_]", match[1]):
            template = " ".join(match[1].split()) + re.sub(r"\d+", "#", last)
            feet.setdefault(template, []).append((match.start(), match.end(), int(number[0])))
    for found in feet.values():
        if len(found) >= PAGED_FROM and _pages_apart(text, found):
            ends = {end for _, end, _ in found}
            return "".join(
                text[a:b] + ("\f" if b in ends else "")
                for a, b in pairwise([0, *sorted(ends), len(text)])
            )
    return text


_BLANK_BEFORE_RE = re.compile(r"(?:^|\n)[ \t]*\n\Z")
_NEXT_LINE_RE = re.compile(r"\s*([^\n]*)")


def _line_after(text: str, end: int) -> str:
    """The next line of text after ``end`` that is not blank, stripped."""
    found = _NEXT_LINE_RE.match(text, end)
    return found[1].strip() if found else ""


def _pages_apart(text: str, feet: list[tuple[int, int, int]]) -> bool:
    """Whether each foot stands below a blank line, the same running head set far
    apart follows each but the last, their page numbers rise, and a page's worth of
    lines parts each from the next (a page's foot follows the space left at its
    bottom; the entries of a table of contents, or the rows of a table, follow each
    other)."""
    if not all(_BLANK_BEFORE_RE.search(text, max(0, start - 80), start) for start, _, _ in feet):
        return False
    heads = {_line_after(text, end) for _, end, _ in feet[:-1]}
    if len(heads) != 1 or not _SPREAD_RE.search(heads.pop()):
        return False
    for (_, end, number), (start, _, later) in pairwise(feet):
        if later <= number or text.count("\n", end, start) < PAGE_LINES_LEAST:
            return False
    return True


def _one_page_break(text: str) -> tuple[str, tuple[str, ...]]:
    """A text of two pages: its one page's foot ("Doe  Standards Track  [Page 1]") and
    the running head over the next go, where the foot numbers the page (with a
    single break nothing repeats, so the page furniture is known by its form alone:
    two such lines had been read as headings of units of their own)."""
    before, after = text.split("\f")
    body, _, foot = before.rstrip("\n ").rpartition("\n")
    from .page_text import PAGE_NUMBER_RE

    foot = foot.strip()
    # the page's number, alone or the last of the foot's parts set far apart ("… as
    # shown on Page 3" ends a sentence, not a page)
    if len(foot) > FURNITURE_MAX or not PAGE_NUMBER_RE.match(_SPREAD_RE.split(foot)[-1]):
        return text, ()
    rest = after.lstrip("\n")
    first, _, below = rest.partition("\n")
    removed = 1
    head = first.strip()
    if head and _SPREAD_RE.search(head) and len(head) <= FURNITURE_MAX:
        rest, removed = below.lstrip("\n"), 2
    body = body.rstrip()
    # a sentence cut by the page goes on; else the next page opens a paragraph
    joint = "\n" if (body and body[-1:].isalnum()) or body.endswith(",") else "\n\n"
    warning = f"header/footer lines removed ({removed} running header/footer lines)"
    return f"{body}{joint}{rest}", (warning,)


def _from_docx(
    data: bytes,
    label: str,
    stem: str,
    _encoding: str | None,
    limits: ReadLimits,
    stop: StopCheck | None = None,
) -> Document:
    from .zip_limits import check_zip

    check_zip(data, label, limits)  # before python-docx inflates every part into memory
    from .docx_reader import read_docx  # python-docx is slow to import; load it on demand

    result = read_docx(data, label)
    return _made(
        result.text, result.title or stem, label, result.warnings, stop, outline=result.outline
    )


def _from_pdf(
    data: bytes,
    label: str,
    stem: str,
    _encoding: str | None,
    limits: ReadLimits,
    stop: StopCheck | None = None,
) -> Document:
    from .pdf_reader import read_pdf  # pypdf is slow to import; load it on demand

    result = read_pdf(data, label, limits.stream_bytes)
    return _made(result.text, result.title or stem, label, result.warnings, stop)


def _from_markup(
    data: bytes,
    label: str,
    stem: str,
    encoding: str | None,
    limits: ReadLimits,
    stop: StopCheck | None = None,
    *,
    html: bool = False,
) -> Document:
    """A TEI file or a web page: both decoded as their markup declares."""
    if html:
        from .html_reader import read_html

        result = read_html(data, label, encoding)
    else:
        from .tei_reader import read_tei

        result = read_tei(data, label, encoding, limits)
    return _made(
        result.text,
        result.title or stem,
        label,
        result.warnings,
        stop,
        result.encoding,
        outline=result.outline,
    )


def _made(
    text: str,
    title: str,
    label: str,
    warnings: tuple[str, ...],
    stop: StopCheck | None,
    encoding: str = "",
    outline: tuple[OutlineHeading, ...] = (),
) -> Document:
    """The document of a text taken out of a file (its reading already reported)."""
    return make_document(
        text,
        outline=outline,
        title=title,
        source=label,
        encoding=encoding,
        warnings=warnings,
        should_stop=part(stop, PREPARED, 1000, 1000),
    )


Reader = Callable[[bytes, str, str, str | None, ReadLimits, StopCheck | None], Document]

_READERS: dict[str, Reader] = {
    "text": _from_text,
    "docx": _from_docx,
    "pdf": _from_pdf,
    "tei": _from_markup,
    "html": partial(_from_markup, html=True),
}


def read_document(
    name: str | Path,
    *,
    encoding: str | None = None,
    max_bytes: int | None = None,
    limits: ReadLimits | None = None,
    should_stop: StopCheck | None = None,
) -> Document:
    """A document from a bundled id or a file path; ``InputError`` if it cannot be had.

    ``encoding`` forces the decoding of text and XML files (ignored for .docx and
    PDF, which carry their own). ``limits`` bound what the file may expand to;
    ``max_bytes``, when given, replaces their file size limit. ``should_stop``
    hears how far the reading is, in thousandths (``core.cancel``), and may stop it.
    """
    if isinstance(name, str) and is_bundled_id(name):
        return load_bundled(name)
    limits = limits or ReadLimits()
    if max_bytes is not None:
        limits = replace(limits, file_bytes=max_bytes)
    label = str(name)
    path = Path(name)
    data = _load_bytes(path, label, limits.file_bytes)
    reader = _READERS[_kind(data, path.suffix.lower(), label)]
    check(should_stop, 0, 1000)
    document = reader(data, label, _title_of(path), encoding, limits, should_stop)
    if is_blank(document.text):
        raise InputError(_said(QT_TRANSLATE_NOOP("ReportWords", "{0} contains no text"), label))
    check(should_stop, 1000, 1000)
    return document
