"""Files that are small on disk but expand enormously are refused at once.

Each test crafts a tiny file that would unpack, decode or nest far beyond a
limit, checks the one-line refusal (file, limit, option), and checks that the
option really raises the limit, through the command line a user types.
"""

from __future__ import annotations

import io
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from pdf_bytes import pdf_file
from treatyviewer.core.errors import InputError
from treatyviewer.io.limits import MB, ReadLimits
from treatyviewer.io.readers import read_document

TREATY = "Article 1\n\nThe parties agree on the frontier.\n\nArticle 2\n\nKars stays.\n"


def _treaty_docx(extra: dict[str, tuple[bytes, int]] | None = None) -> bytes:
    """A real Word document, with extra parts added as (content, compression)."""
    document = docx.Document()
    for line in TREATY.split("\n\n"):
        document.add_paragraph(line.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    if not extra:
        return buffer.getvalue()
    with zipfile.ZipFile(buffer, "a") as archive:
        for name, (content, method) in extra.items():
            archive.writestr(name, content, compress_type=method)
    return buffer.getvalue()


def _error(path: Path, limits: ReadLimits | None = None) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, limits=limits)
    message = str(info.value)
    assert "\n" not in message
    return message


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "treatyviewer", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_docx_bomb_is_refused_at_once_by_its_ratio(tmp_path: Path) -> None:
    # 24 MB of one repeated tag compresses to about 25 KB: the shape of a ZIP bomb.
    filler = b"<w:p/>" * (4 * MB)
    path = tmp_path / "bomb.docx"
    path.write_bytes(_treaty_docx({"word/filler.xml": (filler, zipfile.ZIP_DEFLATED)}))
    assert path.stat().st_size < 200_000
    start = time.perf_counter()
    message = _error(path)
    assert time.perf_counter() - start < 5  # refused from the directory, nothing inflated
    assert message.startswith(f"{path} holds a part (word/filler.xml) compressed ")
    assert "the limit is 100 to 1 (raise it with --max-ratio N, e.g. --max-ratio 400)" in message


def test_docx_part_over_the_member_limit_names_the_part(tmp_path: Path) -> None:
    path = tmp_path / "big-part.docx"
    path.write_bytes(_treaty_docx({"word/media/scan.bin": (bytes(MB), zipfile.ZIP_STORED)}))
    message = _error(path, ReadLimits(member_bytes=MB // 2))
    assert message == (
        f"{path} holds a part (word/media/scan.bin) that unpacks to 1 MB; the limit is "
        "512 KB (raise it with --max-member MB, e.g. --max-member 512)"
    )


def test_docx_over_the_total_limit_is_refused(tmp_path: Path) -> None:
    plain = sum(info.file_size for info in zipfile.ZipFile(io.BytesIO(_treaty_docx())).infolist())
    parts = {f"word/media/p{k}.bin": (bytes(60_000), zipfile.ZIP_STORED) for k in range(5)}
    path = tmp_path / "many-parts.docx"
    path.write_bytes(_treaty_docx(parts))
    message = _error(path, ReadLimits(unpacked_bytes=plain + 200_000))
    assert message.startswith(f"{path} unpacks to more than ")
    assert message.endswith("(raise it with --max-unpacked MB, e.g. --max-unpacked 1024)")
    # Within the limits the same package reads normally.
    assert read_document(path).text.startswith("Article 1")


def test_raising_the_ratio_on_the_command_line_lets_the_file_in(tmp_path: Path) -> None:
    filler = b"<w:p/>" * (MB // 6 + 1)  # just over the size below which ratios do not count
    path = tmp_path / "squeezed.docx"
    path.write_bytes(_treaty_docx({"word/filler.xml": (filler, zipfile.ZIP_DEFLATED)}))
    refused = _cli("compare", str(path), str(path))
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "--max-ratio" in refused.stderr
    allowed = _cli("compare", str(path), str(path), "--max-ratio", "100000")
    assert allowed.returncode == 0, allowed.stderr
    assert "2 unchanged" in allowed.stdout


def _pdf_with_stream(stream: bytes) -> bytes:
    """A one-page PDF whose content stream is ``stream``, Flate-compressed."""
    packed = zlib.compress(stream, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed),
    ]
    return pdf_file(objects)


def test_pdf_stream_that_inflates_past_the_limit_is_refused(tmp_path: Path) -> None:
    text = b"BT /F1 12 Tf 72 760 Td (Article 1) Tj 0 -20 Td (The parties agree.) Tj ET\n"
    path = tmp_path / "inflating.pdf"
    path.write_bytes(_pdf_with_stream(text + b" " * (MB // 2)))
    assert path.stat().st_size < 5_000
    message = _error(path, ReadLimits(stream_bytes=MB // 4))
    assert message == (
        f"{path} holds a compressed stream that would decode to more than the limit of "
        "256 KB per stream (raise it with --max-stream MB, e.g. --max-stream 128)"
    )
    # Under a limit it fits, the same file is read.
    assert "The parties agree." in read_document(path, limits=ReadLimits(stream_bytes=MB)).text


def test_tei_nested_too_deep_is_refused(tmp_path: Path) -> None:
    depth = 300
    body = "<div>" * depth + "<p>Article 1 The parties agree.</p>" + "</div>" * depth
    path = tmp_path / "deep.xml"
    path.write_text(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>{body}</body></text></TEI>'
    )
    assert _error(path) == (
        f"{path} nests elements deeper than 256 levels, the limit "
        "(raise it with --max-depth N, e.g. --max-depth 1024)"
    )
    assert "The parties agree." in read_document(path, limits=ReadLimits(xml_depth=400)).text


def test_tei_with_too_many_elements_is_refused(tmp_path: Path) -> None:
    body = "<p>Article 1</p>" + "<lb/>" * 5_000
    path = tmp_path / "many.xml"
    path.write_text(f"<TEI><text><body>{body}</body></text></TEI>")
    assert _error(path, ReadLimits(xml_elements=1_000)) == (
        f"{path} has more than 1,000 elements, the limit "
        "(raise it with --max-elements N, e.g. --max-elements 8000000)"
    )
    assert read_document(path).text.startswith("Article 1")


def test_limit_options_must_be_positive() -> None:
    result = _cli("compare", "draft-1920", "moscow-1921", "--max-depth", "0")
    assert result.returncode == 2
    assert result.stderr == "treatyviewer: --max-depth must be a positive number, not 0\n"
