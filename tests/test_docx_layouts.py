"""Word documents as offices make them: text in tables, content controls, text boxes
and footnotes; lists numbered through shared definitions, restarts and list styles;
tracked paragraph deletions; hidden text; headings by outline level; packages that
are templates, macro-enabled, Strict or encrypted."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from docx_builder import cell, control, level, numbering, para, row, run, table, write_docx
from treatyviewer.core.comparison import compare
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.errors import InputError
from treatyviewer.io.docx_numbers import format_number
from treatyviewer.io.readers import read_document

ARTICLES = numbering({"1": level("Article %1")}, {"1": '<w:abstractNumId w:val="1"/>'})


def articles(doc) -> list[str]:
    return [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]


def changed_words(old_path: Path, new_path: Path) -> dict[str, list[tuple[str, str]]]:
    """Each changed pair's label in the old text → its (old words, new words)."""
    cmp = compare(read_document(old_path), read_document(new_path))
    return {
        cmp.label_of("old", p.old)[0]: [(c.old_text, c.new_text) for c in p.changes]
        for p in cmp.pairs
        if p.changes
    }


def _table_body(fee: str, duty: str) -> str:
    return table(
        row(cell(para("Article 1")), cell(control(para(f"Licences are issued {fee}.")))),
        control(row(cell(para("Article 2")), cell(para("Licences may be revoked.")))),
        row(
            cell(para("Article 3")),
            cell(table(row(cell(para("(a)")), cell(para(f"The Parties shall {duty}.")))) + para()),
        ),
    )


def test_text_in_content_controls_and_nested_tables_of_a_table_is_read(tmp_path):
    """Only a cell's own paragraphs were read: a clause in a content control, a row a
    form repeats (wrapped in a control) and a table inside a cell were lost, so two
    versions differing there were reported unchanged, with no warning."""
    old = write_docx(tmp_path / "old.docx", _table_body("yearly", "cooperate"))
    new = write_docx(tmp_path / "new.docx", _table_body("monthly", "consult"))
    doc = read_document(old)
    assert articles(doc) == ["1", "2", "3"]
    for words in ("issued yearly", "may be revoked", "shall cooperate"):
        assert words in doc.text
    assert changed_words(old, new) == {
        "1": [("yearly", "monthly")],
        "3": [("cooperate", "consult")],
    }


_STRUCK_MARK = '<w:rPr><w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr>'


def test_a_numbered_paragraph_deleted_with_tracked_changes_takes_no_number(tmp_path):
    """A deleted article left an empty "Article 2" behind and kept the next one at 3."""
    struck = '<w:del w:id="8" w:author="A"><w:r><w:delText>Transit</w:delText></w:r></w:del>'
    body = "".join(
        [
            para("Definitions", num="1"),
            para("A Party is a State."),
            para(num="1", runs=struck, props=_STRUCK_MARK),
            para("Scope", num="1"),
            para("It covers all waters."),
        ]
    )
    doc = read_document(write_docx(tmp_path / "new.docx", body, numbering_xml=ARTICLES))
    assert articles(doc) == ["1", "2"]
    assert "Article 2 Scope" in doc.text
    assert any("(0 insertions, 1 deletion)" in w for w in doc.warnings)


def test_lists_sharing_a_definition_count_on_and_a_restart_starts_where_it_says(tmp_path):
    """Word counts per list definition: a list pasted in two pieces reads 1, 2, 3, 4
    (it read 1, 2, 1, 2), and an instance that restarts at 5 reads 5, 6."""
    body = "".join(
        para(text, num=num)
        for text, num in (("Definitions", "1"), ("Scope", "1"), ("Duties", "2"), ("Final", "2"))
    )
    shared = numbering(
        {"1": level("Article %1")},
        {"1": '<w:abstractNumId w:val="1"/>', "2": '<w:abstractNumId w:val="1"/>'},
    )
    restarted = numbering(
        {"1": level("Article %1")},
        {
            "1": '<w:abstractNumId w:val="1"/>',
            "2": '<w:abstractNumId w:val="1"/>'
            '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride>',
        },
    )
    assert articles(read_document(write_docx(tmp_path / "a.docx", body, numbering_xml=shared))) == [
        "1", "2", "3", "4"
    ]  # fmt: skip
    assert articles(
        read_document(write_docx(tmp_path / "b.docx", body, numbering_xml=restarted))
    ) == ["1", "2", "5", "6"]


def test_a_list_defined_through_a_list_style_has_its_numbers(tmp_path):
    """A definition holding only a link to a list style (Word's "Define New List
    Style") lost every number, and the text was compared paragraph by paragraph."""
    lists = numbering(
        {
            "1": '<w:styleLink w:val="TreatyList"/>' + level("Article %1"),
            "2": '<w:numStyleLink w:val="TreatyList"/>',
        },
        {"1": '<w:abstractNumId w:val="1"/>', "2": '<w:abstractNumId w:val="2"/>'},
    )
    style = (
        '<w:style w:type="numbering" w:styleId="TreatyList"><w:name w:val="Treaty List"/>'
        '<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>'
    )
    body = "".join(
        para(text, num="2") + para(f"{text} are agreed.") for text in ("Borders", "Trade", "Ports")
    )
    doc = read_document(
        write_docx(tmp_path / "styled.docx", body, numbering_xml=lists, styles=style)
    )
    assert articles(doc) == ["1", "2", "3"]


def test_paragraph_styles_numbered_by_the_levels_that_name_them_count_as_word_does(tmp_path):
    """A bylaw's "CHAPTER %1 - " and "%1.%2." numbers come from its paragraph styles,
    which name the list but no level; the levels name the styles and give no start.
    Word printed "CHAPTER 0", "0.0." and "1.0."; every paragraph had been read at
    the first level counted from 1 ("CHAPTER 1", "CHAPTER 2", "CHAPTER 3"), and the
    sections were lost among the chapters."""
    lists = numbering(
        {"6": level("CHAPTER %1 - ", start=None, style="Bylaw1")
              + level("%1.%2.", ilvl=1, start=None, style="Bylaw2")},
        {"18": '<w:abstractNumId w:val="6"/>'},
    )  # fmt: skip
    style = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{sid}"/>'
        '<w:pPr><w:numPr><w:numId w:val="18"/></w:numPr></w:pPr></w:style>'
        for sid in ("Bylaw1", "Bylaw2")
    )
    body = "".join(
        para(chapter, style="Bylaw1")
        + "".join(
            para(section, style="Bylaw2") + para(f"The {section} shall report each month.")
            for section in sections
        )
        for chapter, sections in (
            ("GENERAL", ["Officers"]),
            ("PRESIDENT", ["President"]),
            ("VICE-PRESIDENTS", ["Finance", "Communications"]),
        )
    )
    doc = read_document(
        write_docx(tmp_path / "bylaw.docx", body, numbering_xml=lists, styles=style)
    )
    assert "CHAPTER 0 - GENERAL" in doc.text and "CHAPTER 2 - VICE-PRESIDENTS" in doc.text
    assert articles(doc) == ["0.0", "1.0", "2.0", "2.1"]


def test_hidden_text_is_left_out(tmp_path):
    """A drafting note in hidden text (not shown or printed by Word) was compared as
    an inserted change of wording."""
    note = run(" [Drafting note: check with the Ministry]", "<w:vanish/>")
    body = para("Article 1") + para(runs=run("The Parties shall cooperate.") + note)
    doc = read_document(write_docx(tmp_path / "hidden.docx", body))
    assert "cooperate." in doc.text and "Drafting note" not in doc.text


def test_a_style_with_an_outline_level_heads_units_whatever_its_name(tmp_path):
    """Only styles named "Heading …" or "Title" made headings; Word's navigation
    pane lists any style with an outline level ("Clause Title", "Überschrift 1")."""
    style = (
        '<w:style w:type="paragraph" w:styleId="ClauseTitle"><w:name w:val="Clause Title"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
    )
    body = "".join(
        para(title, style="ClauseTitle") + para(text)
        for title, text in (
            ("Purpose", "This agreement governs the sharing of data."),
            ("Definitions", "Personal data means any information on a person."),
            ("Term", "This agreement lasts five years."),
        )
    )
    doc = read_document(write_docx(tmp_path / "outline.docx", body, styles=style))
    assert [s.label for s in doc.segments] == ["Purpose", "Definitions", "Term"]


def _boxed_body(term: str) -> str:
    box = (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{para(f'Licences last {term}.')}"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    note_ref = '<w:r><w:footnoteReference w:id="2"/></w:r>'
    return (
        para("Article 1")
        + para(runs=run("Licences are issued.") + box)
        + para("Article 2")
        + para(runs=run("Fees apply.") + note_ref)
    )


def _footnotes(fee: str) -> str:
    return (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="2">'
        f"{para(runs='<w:r><w:footnoteRef/></w:r>' + run(f' The fee is {fee} euros.'))}"
        "</w:footnote>"
    )


def test_text_boxes_and_footnotes_are_read_where_they_are_anchored(tmp_path):
    """Versions differing only in a text box or a footnote were reported unchanged."""
    old = write_docx(tmp_path / "old.docx", _boxed_body("one year"), footnotes=_footnotes("100"))
    new = write_docx(tmp_path / "new.docx", _boxed_body("ten years"), footnotes=_footnotes("900"))
    doc = read_document(old)
    assert "Licences last one year." in doc.text
    assert "Fees apply.\n\n[Footnote: The fee is 100 euros.]" in doc.text
    assert changed_words(old, new) == {"1": [("one year", "ten years")], "2": [("100", "900")]}


def test_a_generated_table_of_contents_is_left_out(tmp_path):
    """Its page numbers change with every edit above them and were reported as
    changed figures of the preamble."""
    contents = control(
        para("Contents", style="TOCHeading") + para("Article 1 Borders\t3", style="TOC1"),
        gallery="Table of Contents",
    )
    body = contents + para("Article 1") + para("The frontier follows the river.")
    doc = read_document(write_docx(tmp_path / "toc.docx", body))
    assert "Borders\t3" not in doc.text and "Contents" not in doc.text
    assert articles(doc) == ["1"]


@pytest.mark.parametrize(
    ("fmt", "values", "printed"),
    [
        ("decimalZero", (1, 12), ("01", "12")),
        ("ordinalText", (1, 2, 21), ("First", "Second", "Twenty-first")),
        ("cardinalText", (3, 40), ("Three", "Forty")),
        ("ordinal", (1, 2, 3, 11, 22), ("1st", "2nd", "3rd", "11th", "22nd")),
        ("russianLower", (1, 3, 10), ("а", "в", "к")),
        ("chineseCounting", (1, 10, 11, 21, 105), ("一", "十", "十一", "二十一", "一百零五")),
        ("decimalFullWidth", (2, 15), ("２", "１５")),
        ("ideographTraditional", (1, 3), ("甲", "丙")),
        ("decimalEnclosedParen", (2, 25), ("⑵", "(25)")),
        ("decimalEnclosedCircle", (1,), ("①",)),
        ("none", (4,), ("",)),
    ],
)
def test_list_numbers_are_printed_in_words_formats(fmt, values, printed):
    """Formats Word knows came out as digits ("第1条" for "第一条", "Article 1" for
    "Article First"), so the labels differed from the document as printed."""
    assert tuple(format_number(v, fmt) for v in values) == printed


def test_macro_enabled_documents_and_templates_are_read(tmp_path):
    """python-docx refuses them by content type; the message spoke of a BytesIO."""
    path = write_docx(tmp_path / "plain.docx", para("Article 1") + para("Trade is free."))
    for suffix, kind in (
        (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
        (
            ".dotx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        ),
    ):
        out = tmp_path / f"other{suffix}"
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "[Content_Types].xml":
                    data = data.replace(
                        b"application/vnd.openxmlformats-officedocument.wordprocessingml."
                        b"document.main+xml",
                        kind.encode(),
                    )
                dst.writestr(item, data)
        assert "Trade is free." in read_document(out).text


def _error(path: Path) -> str:
    with pytest.raises(InputError) as info:
        read_document(path)
    return str(info.value)


def test_strict_encrypted_and_partless_packages_are_refused_with_their_reason(tmp_path):
    plain = write_docx(tmp_path / "plain.docx", para("Article 1") + para("Trade is free."))
    strict = tmp_path / "strict.docx"
    missing = tmp_path / "missing.docx"
    with zipfile.ZipFile(plain) as src:
        with zipfile.ZipFile(strict, "w") as dst:
            for item in src.infolist():
                data = src.read(item.filename).replace(
                    b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    b"http://purl.oclc.org/ooxml/wordprocessingml/main",
                )
                dst.writestr(item.filename, data)
        with zipfile.ZipFile(missing, "w") as dst:
            for item in src.infolist():
                if item.filename != "word/document.xml":
                    dst.writestr(item.filename, src.read(item.filename))
    assert _error(strict) == (
        f'{strict} is saved as "Strict Open XML", which cannot be read here; '
        'in Word, save it as "Word Document (*.docx)"'
    )
    assert _error(missing) == (
        f"{missing} is a damaged Word document: its part word/document.xml is missing; "
        "open it in Word and save it again"
    )
    # An encrypted Office file is an OLE container holding an "EncryptionInfo" stream.
    sealed = tmp_path / "sealed.docx"
    sealed.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000) + "EncryptionInfo".encode("utf-16-le")
    )
    assert "is password-protected (an encrypted Office document)" in _error(sealed)


def _crossings(hours: str) -> str:
    return (
        para("Article 1")
        + para("The crossings are open at these hours:")
        + table(
            row(cell(para("Crossing")), cell(para("Side")), cell(para("Hours"))),
            row(cell(para("Sarp")), cell(para("Turkish")), cell(para(hours))),
            row(cell(para("Kars gate")), cell(para("Georgian")), cell(para("09:00-17:00"))),
        )
    )


def test_a_data_table_reads_row_by_row(tmp_path):
    """Each cell was a paragraph of its own: which hours belonged to which crossing
    could not be told, and a changed cell was compared against the wrong row."""
    old = write_docx(tmp_path / "old.docx", _crossings("08:00-18:00"))
    new = write_docx(tmp_path / "new.docx", _crossings("07:00-19:00"))
    doc = read_document(old)
    assert "Crossing | Side | Hours\n\nSarp | Turkish | 08:00-18:00\n\n" in doc.text
    changes = changed_words(old, new)["1"]
    assert changes and all("Kars" not in a + b for a, b in changes)
    # a table of articles (number | text) still reads article by article
    listed = write_docx(
        tmp_path / "listed.docx",
        table(*(row(cell(para(f"Article {n}")), cell(para(f"Rule {n} applies."))) for n in (1, 2))),
    )
    assert articles(read_document(listed)) == ["1", "2"]


def test_a_member_that_will_not_inflate_is_a_damaged_document(tmp_path):
    """A package whose parts' compressed data is broken raised zlib's own error out of
    the reader (an internal error, not a message naming the file)."""
    plain = write_docx(tmp_path / "plain.docx", para("Article 1") + para("Trade is free."))
    data = bytearray(plain.read_bytes())
    with zipfile.ZipFile(plain) as archive:
        info = archive.getinfo("[Content_Types].xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 2, start + min(info.compress_size, 40)):
        data[k] ^= 0x5A
    broken = tmp_path / "broken.docx"
    broken.write_bytes(bytes(data))
    message = _error(broken)
    assert message.startswith(f"{broken} is a damaged Word document")


def test_a_part_that_is_not_xml_is_a_damaged_document(tmp_path):
    """A footnotes part that is not well-formed XML is parsed only when read: its
    parser's error came out of the reader instead of a message naming the file."""
    path = write_docx(
        tmp_path / "notes.docx",
        para("Article 1")
        + para(runs=run("Fees apply.") + '<w:r><w:footnoteReference w:id="2"/></w:r>'),
        footnotes='<w:footnote w:id="2"><w:p>',
    )
    assert _error(path).startswith(f"{path} is a damaged Word document")


def test_a_numbered_heading_s_own_text_is_its_title(tmp_path):
    """Word prints "Article 1" from the list beside the paragraph's text "Scope"; read
    on two lines, "Scope" was text of the article, and the outline and Go to Article
    named the articles by number alone. A sentence stays on a line of its own."""
    from treatyviewer.core.structure_summary import unit_title

    body = (
        para("Scope", num="1") + para("This treaty covers the river.")
        + para("The Parties shall meet every year in the spring.", num="1")
    )  # fmt: skip
    doc = read_document(write_docx(tmp_path / "titled.docx", body, numbering_xml=ARTICLES))
    first, second = (s for s in doc.segments if s.kind is SegmentKind.ARTICLE)
    assert unit_title(doc.text, first) == "Scope"
    assert "Article 2\nThe Parties shall meet" in doc.text and not unit_title(doc.text, second)
