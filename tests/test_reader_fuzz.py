"""Property tests: whatever bytes a user opens, the readers either produce a sound
document or raise ``InputError`` — never another exception — and the segmenter's
segments always tile the text in order.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from treatyviewer.core.document import Document
from treatyviewer.core.errors import InputError
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document

# Pieces that exercise the segmenter's heading, annex, closing and numbering rules.
FRAGMENTS = [
    "Article 1", "Article 2", "Article 2", "ARTICLE IV", "Art. 5.", "Article 1bis", "Article",
    "Статья 1", "Статья первая", "ст. 3.", "Madde 1", "Birinci Madde", "Article premier",
    "Annex", "Annex A", "Приложение 2", "Ek 1", "Schedule (B)", "Done at Moscow",
    "In witness whereof", "Совершено в Москве", "# ", "## Article 7", "1.", "IV.", "—", ":",
    "Kars", "Ardahan", "Батум", "ağaç ışık", "\u00a0", "\u200b", "\ufeff", "\r\n", "\r",
    "\f", "\u2028", "\x85", "\t", " ", "\n", "\n\n", "\n\n\n",
]  # fmt: skip

SUFFIXES = [".txt", ".md", ".xml", ".docx", ".pdf", ""]

treaty_like = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=30
).map("".join)


def check_segments(doc: Document) -> None:
    """Segments are ordered, disjoint, inside the text and cover every visible char."""
    text = doc.text
    previous_end = 0
    for seg in doc.segments:
        assert 0 <= previous_end <= seg.start < seg.end <= len(text), seg
        assert seg.start <= seg.body_start <= seg.end, seg
        previous_end = seg.end
    covered = bytearray(len(text))
    for seg in doc.segments:
        covered[seg.start : seg.end] = b"\x01" * (seg.end - seg.start)
    for index, char in enumerate(text):
        if not char.isspace():
            assert covered[index], f"{char!r} at {index} lies in no segment"


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    """One folder for all examples: Hypothesis runs many examples per test call."""
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def read_bytes_as(folder: Path, data: bytes, suffix: str) -> Document | None:
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path, max_bytes=1 << 20)
    except InputError as exc:
        message = str(exc)
        assert str(path) in message and "\n" not in message, message
        return None
    assert doc.source == str(path)
    return doc


def _docx_seed() -> bytes:
    document = docx.Document()
    document.add_heading("Treaty", 0)
    document.add_heading("Article 1", 1)
    document.add_paragraph("Peace.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_PDF_SEED = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
    b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>\nendobj\n"
    b"4 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\n"
    b"5 0 obj\n<< /Length 52 >>\nstream\nBT /F1 11 Tf 72 770 Td (Article 1) Tj T* (Peace.) Tj ET\n"
    b"endstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
_TEI_SEED = (
    b'<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>'
    b"<titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text><body>"
    b'<div type="article" n="1"><head>Article 1</head><p>Peace.</p></div></body></text></TEI>'
)
SEEDS = {".docx": _docx_seed(), ".pdf": _PDF_SEED, ".xml": _TEI_SEED}


@st.composite
def damaged(draw: st.DrawFn) -> tuple[bytes, str]:
    """A valid seed file, truncated and with a few bytes overwritten."""
    suffix = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[suffix])
    cut = draw(st.integers(min_value=1, max_value=len(data)))
    data = data[:cut]
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        where = draw(st.integers(min_value=0, max_value=len(data) - 1))
        data[where] = draw(st.integers(min_value=0, max_value=255))
    return bytes(data), suffix


def encoded_text() -> st.SearchStrategy[bytes]:
    codecs = st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1251", "koi8-r", "cp1254"])
    return st.tuples(treaty_like, codecs).map(lambda t: t[0].encode(t[1], errors="replace"))


any_input = st.one_of(
    st.tuples(st.binary(max_size=300), st.sampled_from(SUFFIXES)),
    st.tuples(encoded_text(), st.sampled_from([".txt", ".md", ""])),
)


@settings(max_examples=200, deadline=None, database=None)
@given(text=treaty_like)
@example(text="Article 1\n\nIn witness whereof\n\nAnnex A\nmap")
@example(text="\u2028Article 1\u2028x")
def test_segments_tile_any_text(text: str) -> None:
    check_segments(make_document(text))


@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=any_input)
def test_readers_raise_only_input_error(scratch: Path, case: tuple[bytes, str]) -> None:
    doc = read_bytes_as(scratch, *case)
    if doc is not None:
        check_segments(doc)


@settings(
    max_examples=150,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=damaged())
def test_damaged_docx_pdf_and_tei_raise_only_input_error(
    scratch: Path, case: tuple[bytes, str]
) -> None:
    doc = read_bytes_as(scratch, *case)
    if doc is not None:
        check_segments(doc)


@pytest.mark.slow
@settings(  # how many examples: the Hypothesis profile (tests/conftest.py)
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(case=st.one_of(any_input, damaged(), treaty_like.map(lambda t: (t, ""))))
def test_readers_and_segmenter_many_examples(scratch: Path, case: tuple[bytes | str, str]) -> None:
    data, suffix = case
    if isinstance(data, str):
        check_segments(make_document(data))
        return
    assume(data or suffix)
    doc = read_bytes_as(scratch, data, suffix)
    if doc is not None:
        check_segments(doc)
