"""PDF text layers, cleaned of page furniture and rewrapped into paragraphs.

A PDF stores positioned lines, not paragraphs. Comparing two printings of a
treaty line by line would report every reflow as a change, and running headers
or page numbers would show up as text inserted into articles. So this module
drops lines that repeat at the top or bottom of pages, drops page numbers,
rejoins words hyphenated at line ends and rejoins lines wrapped inside a
paragraph.
"""

from __future__ import annotations

import dataclasses
import io
import logging
import re
import statistics
from collections import Counter
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
from ..core.headings import BLOCK_START_RE, DIVISION_LINE_RE, HEADING_WORD_RE
from ..core.segment import CONTINUES_SENTENCE_RE
from .limits import ReadLimits, human_size, refuse

# pypdf reports recoverable damage through logging; without a handler Python would
# print those records on stderr, breaking the CLI's one-line error contract. The
# application's own logging configuration still receives them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

# Lines this close to a page edge are candidates for headers and footers.
EDGE_LINES = 3
# A line ending before this share of the usual line width ends its paragraph.
SHORT_LINE_RATIO = 0.75

_PAGE_NUMBER_RE = re.compile(
    r"^[\W_]*(?:(?:page|p\.|pp\.|стр\.?|страница|с\.|sayfa|s\.)\s*)?"
    r"\d{1,4}(?:\s*(?:/|of|из|de|sur)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PdfText:
    """The text of a PDF, its title and what was changed on the way."""

    text: str
    title: str
    warnings: tuple[str, ...] = ()


def _open(data: bytes, label: str) -> tuple[PdfReader, list[str]]:
    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                unlocked = reader.decrypt("")
            except DependencyError:
                raise InputError(
                    f"{label} is encrypted with a method this installation cannot open; "
                    "save an unprotected copy and open that"
                ) from None
            if not unlocked:
                raise InputError(
                    f"{label} is encrypted (password-protected); "
                    "save an unprotected copy and open that"
                )
            warnings.append("the PDF is encrypted without a password for reading; opened it")
        _ = len(reader.pages)
    except (InputError, LimitReachedError):
        raise
    except FileNotDecryptedError:
        raise InputError(
            f"{label} is encrypted (password-protected); save an unprotected copy and open that"
        ) from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(
            f"{label} is a damaged or incomplete PDF ({exc}); "
            "try re-downloading it or printing it to a new PDF"
        ) from None
    return reader, warnings


def _page_lines(reader: PdfReader, label: str) -> list[list[str]]:
    pages: list[list[str]] = []
    for number, page in enumerate(reader.pages, start=1):
        try:
            raw = page.extract_text() or ""
        except LimitReachedError:
            raise
        except Exception as exc:  # pypdf raises many types on broken content streams
            raise InputError(
                f"{label}: the text of page {number} cannot be extracted "
                f"({type(exc).__name__}: {exc}); the PDF may be damaged"
            ) from None
        lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in raw.splitlines()]
        pages.append([ln for ln in lines if ln])
    return pages


def _edge_positions(lines: list[str]) -> dict[int, str]:
    """Index of each line near a page edge, mapped to where it sits ("t0", "b1", ...).

    Running headers and footers sit at the same place on every page; body text
    that merely repeats a phrase does not, which keeps it from being removed.
    """
    count = len(lines)
    positions = {i: f"t{i}" for i in range(min(EDGE_LINES, count))}
    for back in range(min(EDGE_LINES, count)):
        positions.setdefault(count - 1 - back, f"b{back}")
    return positions


def _template(line: str) -> str:
    return re.sub(r"\d+", "#", line.casefold())


def _remove_furniture(pages: list[list[str]]) -> tuple[list[list[str]], int, int]:
    """Pages without running headers/footers and page numbers, and how many went.

    A header or footer is a line at the same edge position on at least half the
    pages (and at least two), either word for word or up to its numbers
    ("Page 3", "Treaty — 4"); lines that look like article headings never count.
    A lone page number at an edge goes even on a one-page document.
    """
    needed = max(2, (len(pages) + 1) // 2)
    exact: Counter[tuple[str, str]] = Counter()
    numbered: Counter[tuple[str, str]] = Counter()
    for lines in pages:
        for i, where in _edge_positions(lines).items():
            exact[where, lines[i]] += 1
            if re.search(r"\d", lines[i]):
                numbered[where, _template(lines[i])] += 1
    # A line that also occurs away from the page edges is body text, however often
    # it repeats: running headers and footers never do.
    body_lines: set[str] = set()
    for lines in pages:
        edges = _edge_positions(lines)
        for i, line in enumerate(lines):
            if i not in edges:
                body_lines.add(line)
                body_lines.add(_template(line))
    repeated = {key for key, n in exact.items() if n >= needed and key[1] not in body_lines}
    templates = {key for key, n in numbered.items() if n >= needed and key[1] not in body_lines}
    headers = numbers = 0
    cleaned: list[list[str]] = []
    for lines in pages:
        drop: set[int] = set()
        for i, where in _edge_positions(lines).items():
            line = lines[i]
            if _PAGE_NUMBER_RE.match(line):
                drop.add(i)
                numbers += 1
            elif HEADING_WORD_RE.match(line):
                continue
            elif (where, line) in repeated or (where, _template(line)) in templates:
                drop.add(i)
                headers += 1
        cleaned.append([ln for i, ln in enumerate(lines) if i not in drop])
    return cleaned, headers, numbers


def _join_pages(pages: list[list[str]]) -> tuple[list[str], int]:
    """All lines in order; a line repeated at the foot of one page and the head of
    the next (Qt prints a line that straddles the break on both pages) is kept once.
    """
    lines: list[str] = []
    seams = 0
    for page in pages:
        if lines and page and page[0] == lines[-1]:
            page = page[1:]
            seams += 1
        lines.extend(page)
    return lines, seams


def _continues(previous: str, line: str) -> bool:
    """A cross-reference wrapped onto a new line ("... laid down in" / "Article 5.")."""
    return bool(HEADING_WORD_RE.match(line)) and bool(CONTINUES_SENTENCE_RE.search(previous))


def _joins_hyphenated(line: str, nxt: str) -> bool:
    return bool(re.search(r"\w[-\u00ad]$", line)) and nxt[:1].isalpha()


def _is_heading_line(line: str) -> bool:
    """A short line such as "Article 4", "II." or "Annex 1" that stands alone."""
    return bool(BLOCK_START_RE.match(line)) and len(line.split()) <= 6 and len(line) < 60


def _ends_paragraph(line: str, width: int) -> bool:
    if _is_heading_line(line) or DIVISION_LINE_RE.match(line) or not width:
        return True
    return len(line) < SHORT_LINE_RATIO * width


def _reflow(lines: list[str]) -> tuple[str, int]:
    """Lines rejoined into paragraphs, and how many hyphenated words were mended.

    A line starts a new paragraph when it opens a block (a heading, a numbered
    point, a bullet) or when the line before it stopped well short of the usual
    width. Otherwise it continues the previous line.
    """
    long_lines = [len(ln) for ln in lines if len(ln) > 20]
    width = statistics.median_high(long_lines) if long_lines else 0
    paragraphs: list[str] = []
    current = previous = ""
    mended = 0
    for line in lines:
        if not current:
            current = previous = line
            continue
        if (BLOCK_START_RE.match(line) or DIVISION_LINE_RE.match(line)) and not _continues(
            previous, line
        ):
            paragraphs.append(current)
            current = line
        elif _joins_hyphenated(previous, line):
            mended += 1
            # "recog-" + "nise": a split word; "Russo-" + "Turkish": a real hyphen.
            keep = "-" if previous.endswith("-") and not line[:1].islower() else ""
            current = current[:-1] + keep + line
        elif _ends_paragraph(previous, width) and not (
            CONTINUES_SENTENCE_RE.search(previous) and not _is_heading_line(previous)
        ):
            paragraphs.append(current)
            current = line
        else:
            current = f"{current} {line}"
        previous = line
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs), mended


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
            "holds a compressed stream that would decode to more than the limit of "
            f"{human_size(max_stream)} per stream",
            "stream_bytes",
        ) from None
    return _clean(reader, pages, warnings, label)


def _clean(reader: PdfReader, pages: list[list[str]], warnings: list[str], label: str) -> PdfText:
    """The pages as paragraphs without page furniture, with the title and what changed."""
    if not any(pages):
        raise InputError(f"{label} has no text layer; it may be a scan — run OCR first")
    pages, headers, numbers = _remove_furniture(pages)
    removed = [f"{headers} running header/footer lines"] if headers else []
    removed += [f"{numbers} page numbers"] if numbers else []
    if removed:
        warnings.append(f"header/footer lines removed ({', '.join(removed)})")
    lines, seams = _join_pages(pages)
    if seams:
        warnings.append(f"{seams} lines printed twice across a page break were kept once")
    text, mended = _reflow(lines)
    if mended:
        warnings.append(f"{mended} words hyphenated at line ends were rejoined")
    try:
        metadata = reader.metadata
        title = str(metadata.title or "").strip() if metadata is not None else ""
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError):
        title = ""
    return PdfText(text=text, title=title, warnings=tuple(warnings))
