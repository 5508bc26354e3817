"""A catalogue of bad and awkward inputs, each with the exact outcome we promise.

Every file is generated here under ``tmp_path``; nothing binary is committed.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from pdf_bytes import pdf_file
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.errors import InputError
from treatyviewer.io import pdf_reader, readers
from treatyviewer.io.readers import DEFAULT_MAX_BYTES, detect_encoding, human_size, read_document

RU_TREATY = (
    "Договор между Россией и Турцией\n"
    "\n"
    "Правительство РСФСР и Правительство Великого Национального Собрания Турции "
    "согласились о нижеследующем:\n"
    "\n"
    "Статья 1\n"
    "Каждая из Договаривающихся Сторон соглашается не признавать никакого мирного "
    "договора или иного международного акта, к принятию коего принуждена силою другая.\n"
    "\n"
    "Статья 2\n"
    "Турция соглашается уступить Грузии сюзеренитет над портом и городом Батумом "
    "и территорией, расположенной к северу от границы.\n"
)
TR_TREATY = (
    "Türkiye ile Rusya arasında Dostluk Antlaşması\n"
    "\n"
    "Madde 1\n"
    "Âkit Taraflardan her biri, ötekine zorla kabul ettirilen hiçbir barış antlaşmasını "
    "tanımamayı kabul eder. Şöyle ki ağaç, üç, göğüs, ışık.\n"
    "\n"
    "Madde 2\n"
    "Türkiye, Batum şehri ve limanı üzerindeki hükümranlığı Gürcistan'a bırakmayı kabul eder.\n"
)
EN_TREATY = (
    "Treaty of Friendship\n"
    "\n"
    "The parties, desiring to establish friendly relations, agree as follows:\n"
    "\n"
    "Article 1\n"
    "Each party agrees not to recognise any peace treaty imposed by force.\n"
    "\n"
    "Article 2\n"
    "The frontier shall follow the river.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def labels(doc: Document) -> list[str]:
    return [seg.label for seg in doc.segments]


def error_of(path: Path | str, **kwargs: object) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("codec", "expected"),
    [("cp1251", "cp1251"), ("koi8-r", "koi8-r"), ("mac-cyrillic", "mac-cyrillic")],
)
def test_russian_single_byte_encodings_decode_and_segment(
    tmp_path: Path, codec: str, expected: str
) -> None:
    path = write(tmp_path, "dogovor.txt", RU_TREATY.encode(codec))
    doc = read_document(path)
    assert doc.text == RU_TREATY
    assert doc.encoding == expected
    assert labels(doc) == ["preamble", "1", "2"]
    assert doc.by_label("2").heading == "Статья 2"
    assert any(w.startswith(f"decoded as {expected} (guessed)") for w in doc.warnings)
    assert doc.title == "dogovor"
    assert doc.source == str(path)


def test_utf16_with_bom_decodes_without_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "t.txt", RU_TREATY.encode("utf-16"))
    doc = read_document(path)
    assert (doc.text, doc.encoding, doc.warnings) == (RU_TREATY, "utf-16", ())


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_recognised_by_zero_bytes(tmp_path: Path, codec: str) -> None:
    path = write(tmp_path, "t.txt", RU_TREATY.encode(codec))
    doc = read_document(path)
    assert doc.text == RU_TREATY
    assert doc.encoding == codec
    assert doc.warnings[0].startswith(f"decoded as {codec} (no byte-order mark)")


def test_utf32_with_bom(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "t.txt", TR_TREATY.encode("utf-32")))
    assert (doc.text, doc.encoding) == (TR_TREATY, "utf-32")


def test_utf8_bom_is_dropped_from_the_text(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "t.txt", b"\xef\xbb\xbf" + EN_TREATY.encode()))
    assert doc.text == EN_TREATY
    assert doc.encoding == "utf-8-sig"
    assert labels(doc) == ["preamble", "1", "2"]


def test_bom_wins_over_a_cleaner_guess(tmp_path: Path) -> None:
    # Pure ASCII after a UTF-16 BOM must still be read as UTF-16.
    doc = read_document(write(tmp_path, "t.txt", "Article 1\nText.\n".encode("utf-16-be")))
    assert doc.text == "Article 1\nText.\n"


def test_utf8_is_preferred_when_it_decodes_cleanly(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "t.txt", RU_TREATY.encode("utf-8")))
    assert (doc.encoding, doc.warnings) == ("utf-8", ())


@pytest.mark.parametrize("codec", ["cp1254", "iso-8859-9"])
def test_turkish_code_pages_keep_dotless_i_and_segment_madde(tmp_path: Path, codec: str) -> None:
    doc = read_document(write(tmp_path, "antlasma.txt", TR_TREATY.encode(codec)))
    assert doc.text == TR_TREATY
    # The two code pages agree on every Turkish letter; either name is a right answer.
    assert doc.encoding in ("cp1254", "iso8859-9")
    assert labels(doc) == ["preamble", "1", "2"]


def test_explicit_encoding_is_used_without_guessing(tmp_path: Path) -> None:
    path = write(tmp_path, "t.txt", RU_TREATY.encode("cp1251"))
    doc = read_document(path, encoding="windows-1251")
    assert (doc.text, doc.encoding, doc.warnings) == (RU_TREATY, "cp1251", ())


def test_explicit_encoding_that_does_not_fit_names_byte_and_position(tmp_path: Path) -> None:
    path = write(tmp_path, "t.txt", "Статья 1".encode("cp1251"))
    assert error_of(path, encoding="ascii") == (
        f"{path} cannot be decoded as ascii: byte 0xd1 at position 0 does not fit; "
        "choose another encoding"
    )


def test_unknown_encoding_name_is_a_clear_error(tmp_path: Path) -> None:
    path = write(tmp_path, "t.txt", b"Article 1")
    assert error_of(path, encoding="klingon-8") == (
        f"{path}: 'klingon-8' is not an encoding this program knows; choose another encoding"
    )


def test_detect_encoding_reports_name_and_confidence() -> None:
    assert detect_encoding(RU_TREATY.encode("utf-8")) == ("utf-8", 1.0)
    assert detect_encoding(codecs_bom_utf8() + b"x") == ("utf-8-sig", 1.0)
    name, confidence = detect_encoding(RU_TREATY.encode("koi8-r"))
    assert name == "koi8-r"
    assert 0.5 < confidence < 1.0


def codecs_bom_utf8() -> bytes:
    return b"\xef\xbb\xbf"


def test_mixed_line_endings_are_normalised(tmp_path: Path) -> None:
    raw = b"Preamble text.\r\n\r\nArticle 1\rFirst.\n\nArticle 2\r\nSecond.\r"
    doc = read_document(write(tmp_path, "t.txt", raw))
    assert doc.text == "Preamble text.\n\nArticle 1\nFirst.\n\nArticle 2\nSecond.\n"
    assert labels(doc) == ["preamble", "1", "2"]


def test_markdown_heading_marks_are_stripped_so_articles_segment(tmp_path: Path) -> None:
    raw = "# Treaty of Kars\n\n## Article 1\nPeace.\n\n### Статья 2 ###\nМир.\n"
    doc = read_document(write(tmp_path, "kars.md", raw.encode()))
    assert doc.text == "Treaty of Kars\n\nArticle 1\nPeace.\n\nСтатья 2\nМир.\n"
    assert labels(doc) == ["preamble", "1", "2"]


def test_front_matter_is_set_aside_and_the_reader_told(tmp_path: Path) -> None:
    """A site's Markdown opens with its metadata (title, redirects, tags): not the
    document, so not compared; the warning says which lines were left out."""
    raw = (
        "---\ntitle: Terms of use\nredirect_from:\n  - /terms\ntopics:\n  - Legal\n---\n\n"
        "# Terms of use\n\n## Article 1\nPeace.\n"
    )
    doc = read_document(write(tmp_path, "terms.md", raw.encode()))
    assert doc.text == "Terms of use\n\nArticle 1\nPeace.\n"
    assert any("front matter" in w and "lines 1-7" in w for w in doc.warnings)


def test_front_matter_keyed_in_another_script_is_set_aside_too(tmp_path: Path) -> None:
    """A collection of Korean laws opens each file with its metadata keyed in Korean
    ("제목:", title; "공포일자:", date of promulgation), which was read as the preamble
    of the constitution and compared."""
    raw = (
        "---\n제목: 대한민국헌법\n공포일자: 1972-12-27\n소관부처: []\n---\n\n"
        "대한민국헌법\n\n제1조\n대한민국은 민주공화국이다.\n"
    )
    doc = read_document(write(tmp_path, "헌법.md", raw.encode()))
    assert doc.text.startswith("대한민국헌법") and "공포일자" not in doc.text
    assert any("front matter" in w and "lines 1-5" in w for w in doc.warnings)


def test_toml_front_matter_is_set_aside_too(tmp_path: Path) -> None:
    """Hugo sites open a page with TOML between "+++" lines (a code of conduct's version
    and aliases), which was read as the text's preamble."""
    raw = '+++\nversion = "2.0"\naliases = ["/version/2/0"]\n[params]\nlang = "en"\n+++\n\n# Rules\n\n## Article 1\nPeace.\n'
    doc = read_document(write(tmp_path, "rules.md", raw.encode()))
    assert doc.text == "Rules\n\nArticle 1\nPeace.\n"
    assert any("'+++' lines, lines 1-6" in w for w in doc.warnings)


def test_comment_lines_of_a_markdown_file_are_not_its_text(tmp_path: Path) -> None:
    raw = (
        "<!-- markdownlint-disable search-replace -->\n\n## Article 1\nPeace <!-- sic --> now.\n"
        "<!--\n  a note for the editors\n-->\n\n## Article 2\nTrade.\n"
    )
    doc = read_document(write(tmp_path, "t.md", raw.encode()))
    assert "markdownlint" not in doc.text and "editors" not in doc.text
    assert "Peace <!-- sic --> now." in doc.text  # inside a line of text it stays
    assert labels(doc) == ["1", "2"]
    assert any("4 lines of HTML comments" in w for w in doc.warnings)


@pytest.mark.parametrize(
    "raw",
    ["---\nA rule above prose, which is text.\n---\n\nArticle 1\nPeace.\n",
     "---\n---\nArticle 1\nPeace.\n",
     "---\ntitle: never closed\n\nArticle 1\nPeace.\n"],
    ids=["prose-between-rules", "two-rules", "unclosed"],
)  # fmt: skip
def test_rules_around_prose_are_kept_as_text(tmp_path: Path, raw: str) -> None:
    doc = read_document(write(tmp_path, "t.md", raw.encode()))
    assert not any("front matter" in w for w in doc.warnings)
    assert doc.text.startswith("---")


def test_page_and_paragraph_separators_become_line_breaks(tmp_path: Path) -> None:
    raw = "Article 1\nOne.\fArticle 2\u2028Two.\u2029Article 3\x85Three."
    doc = read_document(write(tmp_path, "t.txt", raw.encode()))
    assert labels(doc) == ["1", "2", "3"]
    assert doc.body(doc.by_label("2")) == "Two."


def test_mixed_scripts_and_languages_segment_in_one_document(tmp_path: Path) -> None:
    raw = (
        "Treaty / Договор / Antlaşma\n\nArticle 1\nKars and Ardahan.\n\n"
        "Статья 2\nКарс и Ардаган.\n\nMadde 3\nKars ve Ardahan.\n\nArticle IV\nΕλλάδα 中文.\n"
    )
    doc = read_document(write(tmp_path, "t.txt", raw.encode()))
    assert labels(doc) == ["preamble", "1", "2", "3", "IV"]
    assert [s.number for s in doc.segments] == [None, 1, 2, 3, 4]
    assert doc.warnings == ()


# --------------------------------------------------------------------------- structure


def test_duplicate_article_numbers_are_kept_and_flagged(tmp_path: Path) -> None:
    raw = "Article 1\nOne.\n\nArticle 2\nTwo.\n\nArticle 2\nTwo again.\n"
    doc = read_document(write(tmp_path, "t.txt", raw.encode()))
    assert labels(doc) == ["1", "2", "2#2"]
    assert doc.body(doc.by_label("2#2")) == "Two again."
    assert "Article 2 appears 2 times; the repeat is labelled 2#2" in doc.warnings
    # The mark that keeps labels apart is not shown as if it were part of the heading.
    assert doc.by_label("2#2").display_name() == "Art. 2 (2nd)"


def test_repeated_unnumbered_heading_is_named_without_the_internal_mark(tmp_path: Path) -> None:
    tail = "END OF TERMS AND CONDITIONS\n\nHow to apply these terms.\n\n"
    raw = "".join(f"{k}. Terms\nTerms {k}.\n\n{tail}" for k in (1, 2, 3))
    doc = read_document(write(tmp_path, "t.txt", raw.encode()))
    names = [s.display_name() for s in doc.segments if "END" in s.label]
    assert names[0] == "END OF TERMS AND CONDITIONS"
    assert names[1:] == ["END OF TERMS AND CONDITIONS (2nd)", "END OF TERMS AND CONDITIONS (3rd)"]


def test_a_version_in_the_file_name_stays_in_the_title(tmp_path: Path) -> None:
    """A licence kept as "MPL-1.1" (no extension) was titled "MPL-1"."""
    assert read_document(write(tmp_path, "MPL-1.1", b"Article 1\nText.\n")).title == "MPL-1.1"
    assert read_document(write(tmp_path, "Treaty v2.3.txt", b"Article 1\nText.\n")).title == (
        "Treaty v2.3"
    )


def test_numbers_out_of_order_are_kept_and_flagged(tmp_path: Path) -> None:
    raw = "Article 1\nOne.\n\nArticle 3\nThree.\n\nArticle 2\nTwo.\n"
    doc = read_document(write(tmp_path, "t.txt", raw.encode()))
    assert labels(doc) == ["1", "3", "2"]
    assert doc.warnings == ("article numbers are not in order (3 is followed by 2)",)


def test_text_without_markers_falls_back_to_paragraphs(tmp_path: Path) -> None:
    raw = "The first paragraph.\n\nThe second\nparagraph.\n\nThe third."
    doc = read_document(write(tmp_path, "t.txt", raw.encode()))
    assert labels(doc) == ["¶1", "¶2", "¶3"]
    assert {s.kind for s in doc.segments} == {SegmentKind.PARAGRAPH}
    assert doc.warnings == (
        "no article headings found; the text is compared paragraph by paragraph",
    )


# --------------------------------------------------------------------------- file problems


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    assert error_of(path) == f"{path} does not exist (it may have been moved or deleted)"


def test_file_that_vanishes_between_check_and_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "gone.txt", b"Article 1")

    def vanish(self: Path, *args: object, **kwargs: object) -> object:
        raise FileNotFoundError(2, "No such file or directory", str(self))

    monkeypatch.setattr(Path, "open", vanish)
    assert error_of(path) == f"{path} does not exist (it may have been moved or deleted)"


def test_directory(tmp_path: Path) -> None:
    assert error_of(tmp_path) == f"{tmp_path} is a folder, not a file; choose a file inside it"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, where chmod does not stop reading; simulate the refusal.
    path = write(tmp_path, "secret.txt", b"Article 1")

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    assert error_of(path) == f"{path} cannot be read: permission denied"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_named_pipe_is_refused_instead_of_blocking(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    assert error_of(path) == (f"{path} is not a regular file (it is a device, pipe or socket)")


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    assert error_of(path) == f"{path} is empty (0 bytes)"


@pytest.mark.parametrize("data", [b" \n\t\r\n  ", "\ufeff \n".encode("utf-16"), b"\xef\xbb\xbf\n"])
def test_whitespace_only_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "blank.txt", data)
    assert error_of(path) == f"{path} is empty (it contains only whitespace)"


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"Article 1\n" * 123)
    assert error_of(path, max_bytes=100) == (
        f"{path} is 1.2 KB; the limit is 100 bytes (raise it with --max-size MB, e.g. treatyviewer --max-size 200 OLD NEW)"
    )


def test_default_limit_message_uses_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: no 61 MB actually written
        fh.truncate(int(61.2 * 1024 * 1024))
    assert error_of(path) == (
        f"{path} is 61.2 MB; the limit is 50 MB (raise it with --max-size MB, e.g. treatyviewer --max-size 200 OLD NEW)"
    )
    assert human_size(DEFAULT_MAX_BYTES) == "50 MB"


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _png_bytes() -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body)
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("make", "looks_like"),
    [
        (lambda: _zip_bytes({"notes.txt": b"Article 1"}), "a ZIP archive"),
        (_png_bytes, "a PNG image"),
        (lambda: b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "a JPEG image"),
        (lambda: b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 20, "an executable program (ELF)"),
        (lambda: gzip.compress(b"Article 1"), "a gzip archive"),
        (
            lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40,
            "an old Office file (.doc/.xls); save it as .docx",
        ),
        (
            lambda: _zip_bytes({"xl/workbook.xml": b"<workbook/>"}),
            "an Excel workbook; save the text as .docx or plain text",
        ),
        (lambda: b"{\\rtf1\\ansi Article 1}", "an RTF document; save it as .docx or plain text"),
    ],
)
def test_binary_formats_named_txt_say_what_they_look_like(
    tmp_path: Path, make: object, looks_like: str
) -> None:
    path = write(tmp_path, "x.txt", make())  # type: ignore[operator]
    assert error_of(path) == f"{path} is not text: it looks like {looks_like}"


def test_nul_bytes_in_a_non_utf16_file_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", b"Article 1\x00\x00\x00\x01\x02 junk \x00\xff")
    assert (
        error_of(path) == f"{path} is not text: it looks like binary data (it contains NUL bytes)"
    )


def test_control_characters_mean_binary(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", bytes(range(1, 9)) * 20 + b"Article 1")
    assert error_of(path) == (
        f"{path} is not text: it looks like binary data (160 control characters); "
        "choose another encoding if it is text"
    )


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_control_characters_are_counted_per_character_in_any_encoding(
    tmp_path: Path, encoding: str
) -> None:
    # 200 Cyrillic letters (400 bytes in UTF-8) and 3 controls: 1.5 % of the characters
    # (0.75 % of the UTF-8 bytes), so the text is refused whatever its encoding.
    text = "Статья 1\n" + "д" * 192 + "\x01\x02\x03"
    path = write(tmp_path, "x.txt", text.encode(encoding))
    assert error_of(path, encoding=encoding) == (
        f"{path} is not text: it looks like binary data (3 control characters); "
        "choose another encoding if it is text"
    )
    kept = text.replace("\x03", "д")  # 2 controls: 1 % of the characters, still text
    path = write(tmp_path, "y.txt", kept.encode(encoding))
    assert read_document(path, encoding=encoding).text.startswith("Статья 1")


OFFICIAL_PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1252">
<title>Regulation 2024/1 on fisheries</title><style>p {{ margin: 0 }}</style>
<script>document.write("Article 9");</script></head><body>
<nav><a href="/">Home</a> <a href="/search">Article 8 of the site</a></nav>
<p class="title">REGULATION 2024/1 ON FISHERIES</p><p>Whereas:</p>
<table><tr><td><p>(1)</p></td><td><p>Fish stocks should be restored.</p></td></tr></table>
<p class="ti-art">Article 1</p><p class="sti-art">Subject matter</p>
<p>1. This Regulation lays down rules for the restoration of fish&nbsp;stocks.</p>
<p>2. It applies to all&#160;Union waters.</p>
<p class="ti-art">Article 2</p><p class="sti-art">Entry into force</p>
<p>This Regulation shall enter into force on the {day} day following its publication.<br>
It shall apply from 1 January 2025.</p>
<form><input value="Article 7"></form></body></html>"""


def test_a_web_page_is_read_block_by_block(tmp_path: Path) -> None:
    """An official page: each block is a paragraph, the headings set in their own
    blocks are the articles, and scripts, navigation and forms are not its text."""
    data = OFFICIAL_PAGE.format(day="twentieth").encode("cp1252")
    doc = read_document(write(tmp_path, "reg.html", data))
    assert doc.title == "Regulation 2024/1 on fisheries"
    assert [s.label for s in doc.segments] == ["preamble", "1", "2"]
    assert "(1) Fish stocks should be restored." in doc.text
    assert "fish stocks." in doc.text and "all Union waters" in doc.text
    assert "publication.\n" in doc.text and "\nIt shall apply" in doc.text  # <br> breaks the line
    assert not any(word in doc.text for word in ("Home", "Article 7", "Article 8", "Article 9"))
    assert doc.encoding == "cp1252"


def test_two_versions_of_a_web_page_differ_only_by_their_words(tmp_path: Path) -> None:
    from treatyviewer.core.comparison import compare

    old = read_document(write(tmp_path, "a.htm", OFFICIAL_PAGE.format(day="twentieth").encode()))
    new = read_document(write(tmp_path, "b.htm", OFFICIAL_PAGE.format(day="tenth").encode()))
    changed = [p for p in compare(old, new).pairs if p.changes]
    assert [(p.changes[0].old_text, p.changes[0].new_text) for p in changed] == [
        ("twentieth", "tenth")
    ]


def test_a_headings_link_to_itself_is_no_word_of_it(tmp_path: Path) -> None:
    """Pages print a link to each heading beside it ("General #", "Article 2 ¶"); read
    as text, one version's "General #" paired with nothing of another's "General"."""
    page = (
        '<html><body><h1 id="0">General <a title="Permalink" href="#0">#</a></h1>'
        '<p>Article 1 <a class="headerlink" href="#a1">¶</a></p><p>One.</p>'
        '<p>See <a href="#a1">Article 1</a> above, as provided in <a href="#s5">§</a> 5 '
        '(see the <a href="#n">link</a> below).</p></body></html>'
    ).encode()
    doc = read_document(write(tmp_path, "bylaw.html", page))
    assert "General\n" in doc.text and "#" not in doc.text and "¶" not in doc.text
    assert "See Article 1 above" in doc.text  # a link whose text is words stays,
    assert "as provided in § 5 (see the link below)." in doc.text  # and so do these in prose


def test_the_items_of_an_ordered_list_on_a_web_page_keep_their_numbers(tmp_path: Path) -> None:
    """Terms of service set as one ``<ol>``: a browser shows "1. Scope. …", but the
    numbers are not in the page's text, and the page had been compared paragraph by
    paragraph. Items that print their own number, and ``start``, ``type`` and ``value``,
    are read as a browser shows them."""
    items = "".join(
        f"<li><strong>{title}.</strong> The {title.lower()} clause binds both parties.</li>"
        for title in ("Scope", "Fees", "Term")
    )
    page = (
        f"<html><body><h1>Terms</h1><ol>{items}</ol><h2>Schedules</h2>"
        '<ol type="A" start="2"><li>Prices.</li><li value="5">Levels.</li></ol>'
        "<ol><li>(a) the seller</li></ol></body></html>"
    )
    doc = read_document(write(tmp_path, "terms.html", page.encode()))
    assert labels(doc)[:4] == ["preamble", "1", "2", "3"]
    assert "1. Scope. The scope clause" in doc.text
    assert "\nB. Prices.\n\nE. Levels." in doc.text
    assert "\n(a) the seller" in doc.text
    # Sections that print their own numbers: the lists are points in them, left as they are.
    sections = "<h2>4.1. Powers</h2><ol><li>Appoint.</li><li>Dismiss.</li></ol>"
    doc = read_document(
        write(tmp_path, "charter.html", f"<html><body>{sections}</body></html>".encode())
    )
    assert "Appoint.\n\nDismiss." in doc.text


def test_a_web_page_named_txt_is_read_as_a_web_page(tmp_path: Path) -> None:
    page = b"<!-- saved --><!DOCTYPE html><html><body><p>Article 1</p><p>One.</p></body></html>"
    doc = read_document(write(tmp_path, "treaty.txt", page))
    assert [s.label for s in doc.segments] == ["1"] and "<p>" not in doc.text


def test_a_web_page_with_nothing_but_scripts_says_so(tmp_path: Path) -> None:
    path = write(tmp_path, "app.html", b"<html><body><script>run()</script></body></html>")
    assert error_of(path) == (f"{path} is a web page with no text outside scripts and navigation")


def test_bundled_ids_go_to_the_bundled_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    sentinel = Document(title="Draft", text="x\n", segments=())
    monkeypatch.setattr(readers, "is_bundled_id", lambda name: name == "draft-1920")
    monkeypatch.setattr(readers, "load_bundled", lambda name: sentinel)
    assert read_document("draft-1920") is sentinel


# --------------------------------------------------------------------------- docx


def _docx_bytes(build: object) -> bytes:
    document = docx.Document()
    build(document)  # type: ignore[operator]
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _treaty_docx(document: docx.document.Document) -> None:
    document.add_heading("Treaty of Friendship", 0)
    document.add_paragraph("The parties agree as follows:")
    document.add_heading("Article 1", 1)
    document.add_paragraph("Each party renounces:")
    document.add_paragraph("claims to Batum;", style="List Number")
    document.add_paragraph("claims to Kars.", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Left bank"
    table.cell(0, 1).text = "Right bank"
    document.add_heading("Article 2", 1)
    paragraph = document.add_paragraph("The frontier")
    paragraph.add_run().add_break()
    paragraph.add_run("follows the river.")


def test_docx_paragraphs_headings_lists_and_tables(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "treaty.docx", _docx_bytes(_treaty_docx)))
    assert doc.text == (
        "Treaty of Friendship\n\nThe parties agree as follows:\n\nArticle 1\n\n"
        "Each party renounces:\n\n1. claims to Batum;\n\n2. claims to Kars.\n\n"
        "Left bank | Right bank\n\nArticle 2\n\nThe frontier\nfollows the river.\n"
    )
    assert doc.title == "Treaty of Friendship"
    assert labels(doc) == ["preamble", "1", "2"]


def test_docx_core_title_wins(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        _treaty_docx(document)
        document.core_properties.title = "Moscow draft, 24 August 1920"

    doc = read_document(write(tmp_path, "t.docx", _docx_bytes(build)))
    assert doc.title == "Moscow draft, 24 August 1920"


def _add_article_numbering(document: docx.document.Document) -> str:
    """A list whose level-0 text is "Article %1" in roman numerals, as Word makes it."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="Article %1"/>'
        "</w:lvl></w:abstractNum>"
    )
    numbering.insert(0, abstract)
    num = parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    return "90"


def _numbered_articles(
    document: docx.document.Document, style: str, articles: tuple[tuple[str, str], ...]
) -> None:
    """Headings whose "Article I" Word numbers itself, each followed by its body."""
    num_id = _add_article_numbering(document)
    for title, body in articles:
        heading = document.add_paragraph(title, style=style)
        heading._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        )
        document.add_paragraph(body)


def test_docx_auto_numbered_article_headings_are_rebuilt(tmp_path: Path) -> None:
    def build(document: docx.document.Document) -> None:
        _numbered_articles(
            document, "Heading 2", (("", "Peace."), ("Frontiers", "The river."), ("", "Trade."))
        )

    doc = read_document(write(tmp_path, "numbered.docx", _docx_bytes(build)))
    assert doc.text == (
        "Article I\n\nPeace.\n\nArticle II Frontiers\n\nThe river.\n\nArticle III\n\nTrade.\n"
    )
    assert labels(doc) == ["I", "II", "III"]
    assert doc.title == "numbered"  # article headings are not titles


def _without_core_properties(data: bytes) -> bytes:
    """The package as tools that write no document properties save it."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        for item in source.infolist():
            if item.filename == "docProps/core.xml":
                continue
            part = source.read(item)
            if item.filename == "_rels/.rels":
                part = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", part)
            package.writestr(item, part)
    return out.getvalue()


def test_a_docx_without_properties_is_named_by_its_file(tmp_path: Path) -> None:
    """A package with no document properties had been titled "Word Document" (what the
    Word library fills in for missing ones), and with its properties cleared, by its
    first auto-numbered article heading, "Article I Scope"."""

    def build(document: docx.document.Document) -> None:
        _numbered_articles(
            document, "Heading 1", (("Scope", "Peace."), ("Frontiers", "The river."))
        )

    data = _without_core_properties(_docx_bytes(build))
    doc = read_document(write(tmp_path, "supply.docx", data))
    assert labels(doc) == ["I", "II"]
    assert doc.title == "supply"


def test_truncated_docx(tmp_path: Path) -> None:
    data = _docx_bytes(_treaty_docx)
    path = write(tmp_path, "cut.docx", data[: len(data) // 2])
    assert error_of(path) == (
        f"{path} is a damaged Word document (the ZIP package is incomplete or corrupt); "
        "open it in Word and save it again"
    )


def test_zip_named_docx_without_a_document_part(tmp_path: Path) -> None:
    path = write(tmp_path, "fake.docx", _zip_bytes({"hello.txt": b"hi"}))
    assert error_of(path) == (
        f"{path} is not a Word document: the package has no list of its parts "
        "([Content_Types].xml); open it in Word and save it again"
    )


def test_plain_text_named_docx(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.docx", EN_TREATY.encode())
    assert error_of(path) == f"{path} is not a Word document although its name ends in .docx"


def test_docx_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "blank.docx", _docx_bytes(lambda d: d.add_paragraph("   ")))
    assert error_of(path) == f"{path} contains no text"


def test_docx_named_txt_is_still_read_as_docx(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "treaty.txt", _docx_bytes(_treaty_docx)))
    assert labels(doc) == ["preamble", "1", "2"]


# --------------------------------------------------------------------------- pdf


def make_pdf(pages: list[list[str]], title: str = "") -> bytes:
    """A minimal PDF: each entry is one Helvetica line, top to bottom."""
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(len(pages)))
    info = f"<< /Title ({title}) >>" if title else "<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        info.encode(),
    ]
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 770 Td"]
        for line in lines:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            f"/Resources << /Font << /F1 3 0 R >> >> /Contents {6 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    return pdf_file(objects, b" /Info 4 0 R")


FURNISHED_PAGES = [
    [
        "TREATY OF FRIENDSHIP - DRAFT",
        "Article 1",
        "The contracting parties agree that the frontier shall be",
        "drawn along the river as described in the annexed",
        "map. The parties recog-",
        "nise each other's independence in the Russo-",
        "Turkish agreement of the first day of the month.",
        "Article 2",
        "The parties shall exchange ratifications within a period",
        "of three months after signature of the present",
        "- 1 -",
    ],
    [
        "TREATY OF FRIENDSHIP - DRAFT",
        "treaty at Moscow.",
        "Article 3",
        "Final.",
        "- 2 -",
    ],
    [
        "TREATY OF FRIENDSHIP - DRAFT",
        "Article 4",
        "This treaty enters into force on signature.",
        "- 3 -",
    ],
]


def test_pdf_headers_footers_page_numbers_and_hyphenation(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "draft.pdf", make_pdf(FURNISHED_PAGES)))
    assert doc.text == (
        "Article 1\n\n"
        "The contracting parties agree that the frontier shall be drawn along the river as "
        "described in the annexed map. The parties recognise each other's independence in the "
        "Russo-Turkish agreement of the first day of the month.\n\n"
        "Article 2\n\n"
        "The parties shall exchange ratifications within a period of three months after "
        "signature of the present treaty at Moscow.\n\n"
        "Article 3\n\nFinal.\n\nArticle 4\n\nThis treaty enters into force on signature.\n"
    )
    assert labels(doc) == ["1", "2", "3", "4"]
    assert doc.warnings == (
        "header/footer lines removed (3 running header/footer lines, 3 page numbers)",
        "2 words hyphenated at line ends were rejoined",
    )
    assert doc.title == "draft"


def test_pdf_title_comes_from_its_metadata(tmp_path: Path) -> None:
    data = make_pdf([["Article 1", "Peace."]], title="Treaty of Moscow")
    assert read_document(write(tmp_path, "m.pdf", data)).title == "Treaty of Moscow"


def test_pdf_named_txt_is_read_as_pdf(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "m.txt", make_pdf([["Article 1", "Peace."]])))
    assert doc.text == "Article 1\n\nPeace.\n"


def test_pdf_article_heading_at_page_top_is_never_taken_for_a_header(tmp_path: Path) -> None:
    bodies = ["Peace between the parties.", "The frontier follows the river.", "Trade is free."]
    pages = [[f"Article {n}", body] for n, body in enumerate(bodies, start=1)]
    doc = read_document(write(tmp_path, "t.pdf", make_pdf(pages)))
    assert labels(doc) == ["1", "2", "3"]
    assert doc.warnings == ()


def _blank_pdf(pages: int) -> bytes:
    writer = pypdf.PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.pdf", _blank_pdf(2))
    assert error_of(path) == f"{path} has no text layer; it may be a scan — run OCR first"


def test_a_scan_with_a_stamp_of_text_is_called_a_scan(tmp_path: Path) -> None:
    """A digitisation stamp on the first page of a scan had made its 48 articles
    "removed" in silence; a stamp on every page left "contains no text"."""
    stamp = "Digitised by the State Archive"
    once = write(tmp_path, "once.pdf", make_pdf([[stamp], [], [], []]))
    doc = read_document(once)
    assert "3 of 4 pages have no text layer (scanned pages?)" in " ".join(doc.warnings)
    every = write(tmp_path, "every.pdf", make_pdf([[stamp, "Page 1"], [stamp, "Page 2"],
                                                  [stamp, "Page 3"]]))  # fmt: skip
    assert error_of(every) == (
        f"{every} has no text layer beyond its page headers and footers; it may be a scan "
        "— run OCR first"
    )


def _encrypted(data: bytes, user_password: str, algorithm: str = "RC4-128") -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


ALGORITHMS = ["RC4-128", "AES-128", "AES-256"]
"""Official PDFs are often AES-encrypted without a password for reading."""


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_pdf_with_a_password(tmp_path: Path, algorithm: str) -> None:
    data = _encrypted(make_pdf([["Article 1", "x"]]), "secret", algorithm)
    path = write(tmp_path, "locked.pdf", data)
    assert error_of(path) == (
        f"{path} is encrypted (password-protected); save an unprotected copy and open that"
    )


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_pdf_encrypted_only_against_editing_opens_with_a_note(
    tmp_path: Path, algorithm: str
) -> None:
    data = _encrypted(make_pdf([["Article 1", "Peace."]]), "", algorithm)
    doc = read_document(write(tmp_path, "owner.pdf", data))
    assert doc.text == "Article 1\n\nPeace.\n"
    assert doc.warnings == ("the PDF is encrypted without a password for reading; opened it",)


def test_pdf_encryption_this_install_cannot_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "aes.pdf", _encrypted(make_pdf([["Article 1", "x"]]), "secret"))

    def needs_cryptography(self: pypdf.PdfReader, password: str) -> object:
        raise pypdf.errors.DependencyError("cryptography>=3.1 is required for AES algorithm")

    monkeypatch.setattr(pdf_reader.PdfReader, "decrypt", needs_cryptography)
    assert error_of(path) == (
        f"{path} is encrypted with a method this installation cannot open; "
        "save an unprotected copy and open that"
    )


@pytest.mark.parametrize("keep", [0.25, 0.5, 0.97])
def test_truncated_pdf(tmp_path: Path, keep: float) -> None:
    data = make_pdf(FURNISHED_PAGES)
    path = write(tmp_path, "cut.pdf", data[: int(len(data) * keep)])
    message = error_of(path)
    assert message.startswith(f"{path} is a damaged or incomplete PDF (")
    assert message.endswith("); try re-downloading it or printing it to a new PDF")


def test_text_named_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, "x.pdf", EN_TREATY.encode())
    assert error_of(path) == f"{path} is not a PDF although its name ends in .pdf"


@pytest.mark.gui
def test_pdf_printed_by_qt_with_cyrillic_text_and_page_numbers(
    tmp_path: Path, qapp: object
) -> None:
    from PySide6.QtGui import QFont, QPageSize, QPdfWriter, QTextDocument

    path = tmp_path / "qt.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    writer.setTitle("Московский договор")
    sentence = (
        "Договаривающиеся Стороны соглашаются признавать границы, установленные "
        "настоящим договором, и воздерживаться от всякого вмешательства. "
    )
    document = QTextDocument()
    document.setDefaultFont(QFont("DejaVu Serif", 11))
    articles = "".join(f"<h3>Статья {n}</h3><p>{sentence * 3}</p>" for n in range(1, 6))
    document.setHtml(f"<h1>Договор о дружбе</h1>{articles}")
    document.print_(writer)
    del writer  # finishes the file

    doc = read_document(path)
    assert doc.title == "Московский договор"
    assert labels(doc) == ["preamble", "1", "2", "3", "4", "5"]
    for segment in doc.segments[1:]:
        assert doc.body(segment) == (sentence * 3).strip()
    assert any(w.startswith("header/footer lines removed (") for w in doc.warnings)


# --------------------------------------------------------------------------- TEI / XML

TEI_BODY = """
 <teiHeader><fileDesc><titleStmt><title>Treaty of Moscow, 1921</title></titleStmt>
 </fileDesc></teiHeader>
 <text>
  <front><div type="preamble"><p>The Government of the RSFSR and the
   Government of the Grand National Assembly of Turkey<note>editorial note</note>,
   sharing the principles of the brotherhood of nations, agree:</p></div></front>
  <body>
   <div type="article" n="1"><head>Non-recognition</head>
    <p>Each party agrees<lb/>not to re<lb break="no"/>cognise any imposed treaty.</p></div>
   <div type="article" n="2"><head>Article 2</head>
    <p>Turkey cedes <choice><sic>Batum</sic><corr>Batoum</corr></choice> to Georgia.</p></div>
   <div type="article" n="3"><p>No head here.</p></div>
   <div type="annex" n="1"><head>Frontier line</head><p>From the Black Sea.</p></div>
  </body>
 </text>
"""
TEI_TEXT = (
    "The Government of the RSFSR and the Government of the Grand National Assembly of "
    "Turkey, sharing the principles of the brotherhood of nations, agree:\n\n"
    "Article 1\n\nNon-recognition\n\nEach party agrees not to recognise any imposed treaty.\n\n"
    "Article 2\n\nTurkey cedes Batoum to Georgia.\n\n"
    "Article 3\n\nNo head here.\n\n"
    "Annex 1\n\nFrontier line\n\nFrom the Black Sea.\n"
)


@pytest.mark.parametrize(
    "root",
    [
        '<TEI xmlns="http://www.tei-c.org/ns/1.0">',
        "<TEI>",
        '<tei:TEI xmlns:tei="http://www.tei-c.org/ns/1.0">',
    ],
)
def test_tei_with_and_without_namespace(tmp_path: Path, root: str) -> None:
    body = TEI_BODY
    if root.startswith("<tei:"):
        body = body.replace("<", "<tei:").replace("<tei:/", "</tei:")
    close = "</tei:TEI>" if root.startswith("<tei:") else "</TEI>"
    data = f'<?xml version="1.0" encoding="UTF-8"?>\n{root}{body}{close}'.encode()
    doc = read_document(write(tmp_path, "moscow.xml", data))
    assert doc.text == TEI_TEXT
    assert doc.title == "Treaty of Moscow, 1921"
    assert labels(doc) == ["preamble", "1", "2", "3", "Annex 1"]
    assert doc.segments[-1].kind is SegmentKind.ANNEX
    assert doc.encoding == "utf-8"


def test_tei_as_editions_mark_it_reads_as_the_edition_prints_it(tmp_path: Path) -> None:
    """Variants in an apparatus stay in the apparatus; words hyphenated over a line
    break are whole; article divs without @n are articles of their own; every text
    of a corpus is read. Before: "village of Karstown of Kars", "pro- visions",
    divs without @n run into the article before, the second text of a corpus lost."""
    data = (
        b'<?xml version="1.0"?><teiCorpus xmlns="http://www.tei-c.org/ns/1.0">'
        b"<TEI><text><body>"
        b'<div type="article" n="1"><head>Article 1</head><p>As far as the village of '
        b'<app><lem wit="#A">Kars</lem><rdg wit="#B">Karstown</rdg></app>; the pro-<lb/>visions '
        b'and the pro<pc>-</pc><lb break="no"/>tocol apply to West-<lb/>Armenia.</p></div>'
        b'<div type="article"><head>Frontiers</head><p>The frontier follows the river.</p></div>'
        b'<div type="article"><head>Navigation</head><p>Vessels pass freely.</p></div>'
        b"</body></text></TEI>"
        b'<TEI><text><body><div type="annex" n="1"><p>A second text of the corpus.</p></div>'
        b"</body></text></TEI></teiCorpus>"
    )
    doc = read_document(write(tmp_path, "edition.xml", data))
    assert doc.text == (
        "Article 1\n\nAs far as the village of Kars; the provisions and the protocol apply "
        "to West- Armenia.\n\nArticle 2\n\nFrontiers\n\nThe frontier follows the river.\n\n"
        "Article 3\n\nNavigation\n\nVessels pass freely.\n\nAnnex 1\n\n"
        "A second text of the corpus.\n"
    )
    assert labels(doc) == ["1", "2", "3", "Annex 1"]


@pytest.mark.parametrize("name", ["estatuto.html", "estatuto.md"])
def test_an_ordinal_set_as_a_superscript_is_the_ordinal_sign(tmp_path: Path, name: str) -> None:
    """ "Art. 1<sup>o</sup>" had been read "Art. 1o", labelled "1o", which reads as 10."""
    body = "".join(
        f"<p>Art. {n}<sup>o</sup> A associação tem sede em Lisboa, ano {n}.</p>" for n in (1, 2, 10)
    )
    text = f"<html><body>{body}</body></html>" if name.endswith("html") else body.replace(
        "<p>", "").replace("</p>", "\n\n")  # fmt: skip
    doc = read_document(write(tmp_path, name, text.encode()))
    assert labels(doc) == ["1", "2", "10"]
    assert "Art. 1º A associação" in doc.text


def test_tei_in_utf16_and_in_a_declared_single_byte_encoding(tmp_path: Path) -> None:
    xml = (
        '<?xml version="1.0" encoding="{}"?><TEI><text><body><div type="article" n="1">'
        "<p>Карс и Ардаган.</p></div></body></text></TEI>"
    )
    utf16 = read_document(write(tmp_path, "a.xml", xml.format("UTF-16").encode("utf-16")))
    cp1251 = read_document(write(tmp_path, "b.xml", xml.format("windows-1251").encode("cp1251")))
    assert utf16.text == cp1251.text == "Article 1\n\nКарс и Ардаган.\n"
    assert cp1251.encoding == "windows-1251"


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">' for i in range(1, 10)
    )
    data = f'<?xml version="1.0"?><!DOCTYPE TEI [{entities}]><TEI><text><p>&lol9;</p></text></TEI>'
    path = write(tmp_path, "lol.xml", data.encode())
    assert error_of(path) == (
        f"{path} declares an XML entity (lol); entity expansion can exhaust memory; such files "
        "are refused for safety — remove the entity declarations from its DOCTYPE"
    )


def test_external_entity_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = write(tmp_path, "secret.txt", b"TOP SECRET")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<TEI><text><p>&xxe;</p></text></TEI>"
    )
    path = write(tmp_path, "xxe.xml", data.encode())
    message = error_of(path)
    assert message == (
        f"{path} declares an external entity (xxe) that would read another file; such files "
        "are refused for safety — remove the entity declarations from its DOCTYPE"
    )
    assert "TOP SECRET" not in message


def test_malformed_xml_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.xml", b"<TEI>\n<text><p>unclosed</text>\n</TEI>")
    assert error_of(path) == (
        f"{path} is not well-formed XML (line 2, column 20): mismatched tag; "
        "fix the file in an XML editor"
    )


def test_xml_that_is_not_tei_is_read_with_a_warning(tmp_path: Path) -> None:
    data = b"<treaty><article num='1'>Article 1</article><p>Peace.</p></treaty>"
    doc = read_document(write(tmp_path, "other.xml", data))
    assert doc.text == "Article 1\n\nPeace.\n"
    assert doc.warnings[0] == "not a TEI document (no <text> element); all of its text was read"


def test_tei_named_txt_is_sniffed_as_xml(tmp_path: Path) -> None:
    data = b'<?xml version="1.0"?><TEI><text><body><p>Hello.</p></body></text></TEI>'
    assert read_document(write(tmp_path, "t.txt", data)).text == "Hello.\n"


def test_tei_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "t.xml", b"<TEI><text><body><p>  </p></body></text></TEI>")
    assert error_of(path) == f"{path} contains no text"


def _paged(articles: list[str], per_page: int) -> str:
    """A text as saved from a PDF: pages parted by form feeds, each with a running
    header and a page number, the articles' lines wrapped at 60 characters."""
    import textwrap

    lines = ["AGREEMENT ON TRANSIT", ""]
    for n, body in enumerate(articles, start=1):
        lines += [f"Article {n}", "", *textwrap.wrap(body, 60), ""]
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    return "\f".join(
        "\n".join([f"Agreement on Transit          Page {n}", "", *page, "", f"- {n} -"])
        for n, page in enumerate(pages, start=1)
    )


def test_a_text_saved_from_a_pdf_loses_its_page_furniture(tmp_path: Path) -> None:
    """Pages parted by form feeds: the headers and page numbers are not text of the
    articles, so two printings paginated differently differ only where the words do."""
    from treatyviewer.core.comparison import compare

    body = "The parties shall allow goods in transit to pass without duties or delay. " * 3
    articles = [f"{body}Clause {n} ends here." for n in range(1, 9)]
    old_path, new_path = tmp_path / "old.txt", tmp_path / "new.txt"
    old_path.write_text(_paged(articles, 14), encoding="utf-8")
    edited = [a.replace("duties", "tolls", 1) if n == 4 else a for n, a in enumerate(articles)]
    new_path.write_text(_paged(edited, 11), encoding="utf-8")
    old, new = read_document(old_path), read_document(new_path)
    assert "Page" not in old.text and "- 2 -" not in new.text
    assert any("header/footer lines removed" in w for w in new.warnings)
    cmp = compare(old, new)
    changed = [p for p in cmp.pairs if p.changes]
    assert [cmp.label_of("old", p.old) for p in changed] == [["5"]]


def test_tracked_changes_and_content_controls_of_a_word_document_are_read(
    tmp_path: Path,
) -> None:
    """Word shows a document with its tracked changes; read as accepted, the inserted
    words are there and the deleted ones are not (and the reader is told). A passage a
    template wraps in a content control is text like any other."""
    document = docx.Document()
    document.add_paragraph("Article 1")
    paragraph = document.add_paragraph("The parties agree to ")
    struck = "<w:r><w:delText>respect</w:delText></w:r>"
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="1" w:author="A">{struck}</w:del>'))
    added = "<w:r><w:t>honour</w:t></w:r>"
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="2" w:author="A">{added}</w:ins>'))
    paragraph.add_run(" the frontier.")
    runs = "".join(
        f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in ("Article 2", "Trade is free.")
    )
    body = document.element.body
    control = f"<w:sdt {nsdecls('w')}><w:sdtContent>{runs}</w:sdtContent></w:sdt>"
    body.insert(len(body) - 1, parse_xml(control))  # before the section properties
    path = tmp_path / "tracked.docx"
    document.save(str(path))
    doc = read_document(path)
    assert "agree to honour the frontier." in doc.text and "respect" not in doc.text
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2"]
    assert "Trade is free." in doc.text
    assert any("read as accepted (1 insertion, 1 deletion)" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Συνθήκη\n\nΆρθρο 1\n\nΤα μέρη συμφωνούν για τη χάραξη των συνόρων μεταξύ των δύο κρατών."
         "\n\nΆρθρο 2\n\nΤο εμπόριο μεταξύ των δύο κρατών θα είναι ελεύθερο δασμών για πέντε έτη.",
         "cp1253"),
        ("معاهدة\n\nالمادة 1\n\nيتفق الطرفان على ترسيم الحدود بين الدولتين.\n\nالمادة 2\n\n"
         "تكون التجارة بين الدولتين معفاة من الرسوم الجمركية لمدة خمس سنوات.", "cp1256"),
        ("אמנה\n\nסעיף 1\n\nהצדדים מסכימים על סימון הגבול בין שתי המדינות.\n\nסעיף 2\n\n"
         "הסחר בין שתי המדינות יהיה פטור ממכס למשך חמש שנים.", "cp1255"),
        ("条約\n\n第1条\n\n両国は、国境の画定について合意した。\n\n第2条\n\n"
         "両国間の貿易は、五年間関税を免除される。", "shift_jis"),
        ("条约\n\n第1条\n\n双方同意两国之间的边界划定。\n\n第2条\n\n两国之间的贸易在五年内免除关税。",
         "gb18030"),
        ("조약\n\n제1조\n\n양 당사국은 두 나라 사이의 국경 획정에 합의한다.\n\n제2조\n\n"
         "두 나라 사이의 무역은 오 년 동안 관세가 면제된다.", "euc_kr"),
        # Scripts we read first stay theirs when another script decodes as cleanly.
        ("Договор о дружбе\n\nСтатья 1\n\nСтороны договорились о границе между государствами"
         " и о порядке её охраны на пять лет.\n\nСтатья 2\n\nТорговля будет свободной.",
         "koi8_r"),
        ("Traktat\n\nArtykuł 1\n\nStrony uzgadniają wytyczenie granicy między obydwoma państwami"
         " na pięć lat.\n\nArtykuł 2\n\nHandel między obydwoma państwami będzie zwolniony z ceł.",
         "cp1250"),
    ],
)  # fmt: skip
def test_legacy_encodings_of_other_scripts_are_recognised(
    tmp_path: Path, text: str, encoding: str
) -> None:
    path = tmp_path / "treaty.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.text.strip() == text
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2"]


def _bill_pages(sections: list[tuple[str, str]], width: int, per_page: int) -> str:
    """A bill as its printed text comes out of a PDF: each page's lines numbered in
    the margin from 1, a page number and the bill's number above them."""
    import textwrap

    lines = [ln for head, body in sections for ln in (head, *textwrap.wrap(body, width))]
    pages = [lines[k : k + per_page] for k in range(0, len(lines), per_page)]
    return "".join(
        "\n".join([str(n), "HR 1234 IH", *(f"{i} {ln}" for i, ln in enumerate(page, 1))]) + "\f"
        for n, page in enumerate(pages, start=1)
    )


BILL_SECTIONS = [
    ("SECTION 1. SHORT TITLE.", "This Act may be cited as the River Fisheries Act of 2024."),
    ("SEC. 2. GRANTS.", "The Secretary may make grants to States for projects to restore "
     "river fisheries, in an amount not to exceed $500,000 for each project in a year."),
    ("SEC. 3. REPORTS.", "Not later than 1 year after the date of enactment of this Act the "
     "Secretary shall submit to Congress a report on the grants made under section 2."),
    ("SEC. 4. AUTHORIZATION.", "There are authorized to be appropriated to carry out this "
     "Act $10,000,000 for each of fiscal years 2025 through 2029."),
]  # fmt: skip


def test_the_line_numbers_of_a_bill_s_margin_are_not_its_text(tmp_path: Path) -> None:
    from treatyviewer.core.comparison import compare

    old_path, new_path = tmp_path / "ih.txt", tmp_path / "eh.txt"
    old_path.write_text(_bill_pages(BILL_SECTIONS, 60, 7), encoding="utf-8")
    amended = [(h, b.replace("$500,000", "$750,000")) for h, b in BILL_SECTIONS]
    new_path.write_text(_bill_pages(amended, 48, 9), encoding="utf-8")
    old, new = read_document(old_path), read_document(new_path)
    assert [s.label for s in old.segments] == ["1", "2", "3", "4"]
    assert "SECTION 1. SHORT TITLE." in old.text and "\n1 SECTION" not in old.text
    assert any(w.startswith("line numbers in the margin removed") for w in new.warnings)
    changed = [p for p in compare(old, new).pairs if p.changes]
    # The amount changes whole, as printed (its thousands are part of the figure).
    assert [(c.old_text, c.new_text) for p in changed for c in p.changes] == [
        ("500,000", "750,000")
    ]


def test_headings_that_open_with_their_number_are_no_margin() -> None:
    """An Act's "1 Duty to restore" headings count up, but they are not most lines of
    their page: they stay."""
    from treatyviewer.io.page_text import without_line_numbers

    page = []
    for n in (1, 2, 3):
        page += [
            f"{n} Duty number {n}",
            "(1) The Secretary must restore the fisheries.",
            "(2) Also.",
        ]
    assert without_line_numbers([page]) == ([page], 0)
    numbered = [f"{i} {line}" for i, line in enumerate(page, start=1)]
    assert without_line_numbers([numbered]) == ([page], len(page))


def _rfc_page(number: int, body: list[str]) -> str:
    head = "RFC 9999                 Example Message Format                 May 2030"
    foot = f"Doe                          Standards Track                    [Page {number}]"
    return "\n".join([head, "", *body, "", foot])


def test_a_paged_plain_text_keeps_a_grammar_set_out_over_lines_in_its_section(tmp_path):
    """As an RFC is printed: a grammar rule that goes on over lines ("…" / "." /
    then a lone DQUOTE) stays one paragraph of its section; cut after each short
    line, the lone DQUOTE read as a heading in capitals and split the section."""
    pages = [
        ["3.1.  Atoms", "", "   The rules below say which characters may stand in an atom of a",
         "   message; the rest of this section explains each of them in turn.", "",
         "   specials        =   \"(\" / \")\" /", "                       \",\" / \".\" /",
         "                       DQUOTE", "", "   Both atoms and strings are read as one unit",
         "   of text, whatever the spaces and the comments around them."],
        ["3.2.  Strings", "", "   Strings follow the same rules as atoms do, except that a",
         "   string may hold spaces between its quotes.", "", "3.3.  Dates", "",
         "   Dates are written in the order day, month, year, with the time of day",
         "   and the zone after them."],
        ["3.4.  Addresses", "", "   An address names one mailbox or a group of mailboxes, each",
         "   with a name that a reader may show in place of the address."],
    ]  # fmt: skip
    path = tmp_path / "rfc9999.txt"
    path.write_text("\f\n".join(_rfc_page(n, p) for n, p in enumerate(pages, 1)), "utf-8")
    doc = read_document(path)
    assert [s.label for s in doc.segments] == ["3.1", "3.2", "3.3", "3.4"]
    assert '"," / "." / DQUOTE\n\nBoth atoms' in doc.text
    assert "[Page" not in doc.text and "May 2030" not in doc.text


def test_a_german_file_in_the_western_page_is_named_so(tmp_path) -> None:
    """ä, ö, ü, ß and § are the same bytes in the Western and the Central European
    pages: such a file was named "Windows-1250", which its writer did not recognise."""
    from treatyviewer.io.text_reader import detect_encoding

    text = "§ 1\nDie Vertragsparteien regeln die Grenze über den Fluss; Streitigkeiten werden beigelegt.\n"
    assert detect_encoding((text * 20).encode("cp1252"))[0] == "cp1252"
    polish = "Artykuł 1\nZażółć gęślą jaźń; źdźbło trawy na łące.\n"
    assert detect_encoding((polish * 20).encode("cp1250"))[0] == "cp1250"


def test_a_glyph_the_font_maps_to_no_letter_is_a_bullet_or_nothing(tmp_path: Path) -> None:
    """A specification's list bullets came through as NUL characters (the font maps
    the glyph to no letter): shown as boxes, and counted as characters of the text."""
    lines = [
        "Article 1",
        "The programme shall hold the following evidence of this",
        "\x00 1.1 A documented policy.",
        "A rule\x00 of its own.",
    ]
    doc = read_document(write(tmp_path, "spec.pdf", make_pdf([lines])))
    assert "\x00" not in doc.text
    assert "\n• 1.1 A documented policy." in doc.text  # a list item of its own
    assert "A rule of its own." in doc.text


def test_a_utf8_text_with_one_stray_byte_stays_utf8(tmp_path: Path) -> None:
    """One byte a transfer broke in a Russian UTF-8 law had the whole file read as Mac
    Roman: every letter garbled, no heading found, nothing paired. The stray byte shows
    as a replacement character and the reader is told where it was."""
    good = RU_TREATY.encode("utf-8")
    at = good.index("согласились".encode()) + 4
    doc = read_document(write(tmp_path, "t.txt", good[:at] + b"\xff" + good[at:]))
    assert doc.encoding == "utf-8"
    assert labels(doc) == labels(read_document(write(tmp_path, "u.txt", good)))
    assert "со\ufffdгласились" in doc.text
    assert any(w.startswith(f"1 byte at position {at} is not UTF-8") for w in doc.warnings)


def test_a_single_byte_cyrillic_text_is_not_taken_for_broken_utf8() -> None:
    name, _ = detect_encoding(RU_TREATY.encode("cp1251"))
    assert name == "cp1251"
