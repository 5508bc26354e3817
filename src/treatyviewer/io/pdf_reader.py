"""PDF text layers, read page by page within the limits and made into paragraphs
(``page_text``: without page furniture, lines wrapped in a paragraph rejoined)."""

from __future__ import annotations

import dataclasses
import io
import logging
import re
from dataclasses import dataclass

from pypdf import Configuration, PdfReader, apply_configuration
from pypdf.errors import (
    DependencyError,
    FileNotDecryptedError,
    LimitReachedError,
    PdfReadError,
    PyPdfError,
)

from ..core.errors import InputError
from .limits import ReadLimits, human_size, refuse
from .page_text import page_lines, paragraphs_of
from .report_words import ReportWords

# pypdf reports recoverable damage through logging; without a handler Python would
# print those records on stderr, breaking the CLI's one-line error contract. The
# application's own logging configuration still receives them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF, its title and what was changed on the way."""

    text: str
    title: str
    warnings: tuple[str, ...] = ()


def _encrypted(label: str) -> str:
    return ReportWords.tr(
        "{0} is encrypted (password-protected); save an unprotected copy and open that"
    ).format(label)


def _open(data: bytes, label: str) -> tuple[PdfReader, list[str]]:
    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            unlocked = reader.decrypt("")
            if not unlocked:
                raise InputError(_encrypted(label))
            warnings.append("the PDF is encrypted without a password for reading; opened it")
        _ = len(reader.pages)
    except (InputError, LimitReachedError):
        raise
    except DependencyError:
        raise _cannot_decrypt(label) from None
    except FileNotDecryptedError:
        raise InputError(_encrypted(label)) from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(
            ReportWords.tr(
                "{0} is a damaged or incomplete PDF ({1}); "
                "try re-downloading it or printing it to a new PDF"
            ).format(label, exc)
        ) from None
    return reader, warnings


def _cannot_decrypt(label: str) -> InputError:
    """AES needs the ``cryptography`` package, a dependency; an installation without it
    still says what is wrong."""
    return InputError(
        ReportWords.tr(
            "{0} is encrypted with a method this installation cannot open; "
            "save an unprotected copy and open that"
        ).format(label)
    )


def _page_lines(reader: PdfReader, label: str) -> list[list[str]]:
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw = page.extract_text() or ""
        except LimitReachedError:
            raise
        except DependencyError:
            raise _cannot_decrypt(label) from None
        except Exception as exc:  # pypdf raises many types on broken content streams
            raise InputError(
                ReportWords.tr(
                    "{0}: the text of page {1} cannot be extracted ({2}: {3}); "
                    "the PDF may be damaged"
                ).format(label, number, type(exc).__name__, exc)
            ) from None
        pages.append(page_lines(raw))
    return pages


# Every pypdf setting that bounds what one stream may decode to.
_STREAM_SETTINGS = (
    "array_based_stream_maximum_output_length",
    "jbig2_maximum_output_length",
    "lzw_maximum_output_length",
    "run_length_maximum_output_length",
    "zlib_maximum_output_length",
    "brotli_maximum_output_length",
    "image_maximum_buffer_size",
)


def _stream_settings() -> list[str]:
    """Those of ``_STREAM_SETTINGS`` this pypdf knows (newer ones add settings)."""
    known = {f.name for f in dataclasses.fields(Configuration)}
    return [name for name in _STREAM_SETTINGS if name in known]


def read_pdf(data: bytes, label: str, max_stream: int = ReadLimits().stream_bytes) -> PdfText:
    """Clean text of a PDF's text layer; refuses scans, encrypted files and
    streams that would decode to more than ``max_stream`` bytes."""
    try:
        with apply_configuration(None, **dict.fromkeys(_stream_settings(), max_stream)):
            reader, warnings = _open(data, label)
            pages = _page_lines(reader, label)
    except LimitReachedError:
        raise refuse(
            label,
            ReportWords.tr(
                "holds a compressed stream that would decode to more than the limit of "
                "{0} per stream"
            ).format(human_size(max_stream)),
            "stream_bytes",
        ) from None
    return _clean(reader, pages, warnings, label)


_LIST_GLYPH_RE = re.compile(r"(?m)^[ \t]*[\x00-\x08\x0e-\x1f]+(?=[ \t])")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _unmapped_glyphs(text: str) -> str:
    """Control characters where a font maps a glyph to no letter: at a line's start
    before a space, a list's bullet ("\x00 3.1.1.1 …" in a Korean specification); any
    other is dropped (it would show as a box, and count as a character of the text)."""
    if not _CONTROL_RE.search(text):
        return text
    return _CONTROL_RE.sub("", _LIST_GLYPH_RE.sub("•", text))


def _clean(reader: PdfReader, pages: list[list[str]], warnings: list[str], label: str) -> PdfText:
    """The pages as paragraphs without page furniture, with the title and what changed."""
    if not any(pages):
        raise InputError(
            ReportWords.tr("{0} has no text layer; it may be a scan — run OCR first").format(label)
        )
    # Line by line, before the lines are joined: a bullet opens its own line there.
    pages = [[_unmapped_glyphs(line) for line in lines] for lines in pages]
    text, changed = paragraphs_of(pages)
    if not text.strip():  # a stamp or a page number on every page, and nothing else
        raise InputError(
            ReportWords.tr(
                "{0} has no text layer beyond its page headers and footers; it may be a "
                "scan — run OCR first"
            ).format(label)
        )
    bare = sum(1 for lines in pages if not any(line.strip() for line in lines))
    if len(pages) >= 2 and bare * 2 >= len(pages):
        warnings.append(
            f"{bare} of {len(pages)} pages have no text layer (scanned pages?); their text "
            "is missing — run OCR on the PDF first"
        )
    warnings.extend(changed)
    try:
        metadata = reader.metadata
        title = str(metadata.title or "").strip() if metadata is not None else ""
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        title = ""
    return PdfText(text=text, title=title, warnings=tuple(warnings))
