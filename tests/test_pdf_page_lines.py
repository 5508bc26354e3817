"""Lines of PDF pages as their text layer gives them, made into a text: what is page
furniture and what is the law. Each case was misread in PDFs made for a probe: a
section sign at a page's edge taken for a page number, a running head that opens with
"Regulation" kept on every page, contents whose page references sat on lines of their
own taken for the articles."""

from __future__ import annotations

from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document
from treatyviewer.io.page_text import paragraphs_of


def _labels(text: str) -> list[str]:
    return [s.label for s in make_document(text).segments if s.kind is SegmentKind.ARTICLE]


BODY = "The harbour master keeps a register of every vessel that moors overnight."


def test_a_section_heading_at_the_top_of_a_page_is_no_page_number() -> None:
    pages = [[f"§ {n}", BODY, BODY, BODY, f"{k}"] for k, n in enumerate((1, 2, 3, 4), start=1)]
    text, _ = paragraphs_of(pages)
    assert _labels(text) == ["1", "2", "3", "4"]
    assert "\n1\n" not in text and not text.rstrip().endswith("4\n4")


def test_a_running_head_that_opens_with_a_heading_word_is_removed() -> None:
    pages = [
        ["Regulation on harbour safety", f"Article {n}", BODY, BODY, f"Page {n} of 4"]
        for n in (1, 2, 3, 4)
    ]
    text, warnings = paragraphs_of(pages)
    assert "Regulation on harbour safety" not in text
    assert _labels(text) == ["1", "2", "3", "4"]
    assert any("running header" in w for w in warnings)


def test_contents_whose_page_references_stand_alone_stay_contents() -> None:
    leaders = " ." * 40
    contents = ["Harbour Act"]
    for n in (1, 2, 3):
        contents += [f"Article {n} Title {n}{leaders}", "2"]
    contents.append("Page 1 of 2")
    body = []
    for n in (1, 2, 3):
        body += [f"Article {n}", f"Title {n}", BODY]
    body.append("Page 2 of 2")
    text, _ = paragraphs_of([contents, body])
    assert _labels(text) == ["1", "2", "3"]
    doc = make_document(text)
    assert "Title 1 . ." in doc.text[doc.segments[0].start : doc.segments[0].end]


def test_margin_line_numbers_on_lines_of_their_own_are_removed() -> None:
    """A bill numbers its lines in the margin; the text layer gives each number a line
    of its own. They shift when a line is put in, so left in they made most unchanged
    sections read as modified."""
    lines = []
    for n in (1, 2, 3):
        lines += [f"SEC. {n}.", f"Title {n}", BODY, "Every fee is paid to the harbour."]
    pages = [[x for k, line in enumerate(lines, start=1) for x in (str(k), line)]]
    text, warnings = paragraphs_of(pages)
    assert _labels(text) == ["1", "2", "3"]
    assert not any(line.strip().isdigit() for line in text.split("\n"))
    assert any("line numbers in the margin removed (12 lines)" in w for w in warnings)


def test_running_heads_that_alternate_between_left_and_right_pages_are_removed() -> None:
    """A journal prints one head on its left-hand pages and another on its right, and
    none on the first: neither reached half of all pages, so both were kept as text."""
    pages = []
    for n in range(1, 8):
        head = (
            []
            if n == 1
            else [f"L 119/{n} EN Official Journal 4.5.2016"]
            if n % 2 == 0
            else [f"4.5.2016 EN Official Journal L 119/{n}"]
        )
        pages.append([*head, f"Article {n}", BODY, BODY])
    text, _ = paragraphs_of(pages)
    assert "Official Journal" not in text
    assert _labels(text) == [str(n) for n in range(1, 8)]


def test_margin_numbers_are_removed_on_pages_that_end_with_their_page_number() -> None:
    """The page's own number at its foot broke the count of the margin's numbers, and
    the whole page kept them."""
    pages = []
    for page in (1, 2, 3):
        lines = [f"SEC. {page}.", f"Title {page}", BODY, "Every fee is paid to the harbour."]
        numbered = [x for k, line in enumerate(lines * 2, start=1) for x in (str(k), line)]
        pages.append([*numbered, str(page)])
    text, warnings = paragraphs_of(pages)
    assert _labels(text) == ["1", "2", "3"]
    assert not any(line.strip().isdigit() for line in text.split("\n"))
    assert any("line numbers in the margin removed (24 lines)" in w for w in warnings)


def test_a_compound_broken_at_a_line_s_end_keeps_its_hyphen() -> None:
    """Two printings break lines in other places: "non-\\ngovernmental" lost its hyphen
    in one and read as a change against "non-governmental" in the other. A compound the
    text writes with a hyphen keeps it; a word split only for the line joins."""
    width = "The Parties shall consult every harbour authority and every pilot association"
    lines = [
        "Article 1",
        f"{width} and each non-",
        "governmental body, and each non-governmental body shall recog-",
        f"nise the harbour rules. {width} at least once every year.",
        "Article 2",
        BODY,
    ]
    text, _ = paragraphs_of([lines])
    assert "each non-governmental body, and each non-governmental" in text
    assert "recognise" in text


def test_a_word_in_capitals_broken_at_a_line_s_end_is_one_word_again() -> None:
    """A disclaimer set in capitals in a narrow column read "LIMITA-TION" and
    "WAR-RANTY": a word the text writes whole elsewhere joins again; two words the
    text joins with a hyphen ("RUSSO-" / "TURKISH") keep it."""
    width = "THE PARTIES SHALL CONSULT EVERY HARBOUR AUTHORITY AND EVERY PILOT ASSOCIATION"
    lines = [
        "Article 1",
        f"{width} WITHOUT ANY WARRANTY AND WITHOUT LIMITATION. THERE IS NO WAR-",
        "RANTY OF ANY KIND AND NO LIMITA-",
        "TION OF THE RUSSO-",
        f"TURKISH FRONTIER. {width}.",
        "Article 2",
        BODY,
    ]
    text, _ = paragraphs_of([lines])
    assert "NO WARRANTY OF ANY KIND AND NO LIMITATION OF THE RUSSO-TURKISH" in text


def test_a_disclaimer_in_capitals_wrapped_in_a_narrow_column_stays_one_paragraph() -> None:
    """ "…EVEN IF" / "SUCH PARTY SHALL HAVE BEEN INFORMED" / "OF THE POSSIBILITY OF
    SUCH DAMAGES.": the short line of capitals between had been a paragraph of its
    own, and then a section heading "SUCH PARTY SHALL HAVE BEEN INFORMED"."""
    lines = [
        "Article 1",
        BODY,
        "Article 2",
        "IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY DAMAGES, EVEN IF",
        "SUCH PARTY SHALL HAVE BEEN INFORMED",
        "OF THE POSSIBILITY OF SUCH DAMAGES. THIS LIMITATION SHALL NOT APPLY",
        "TO LIABILITY FOR DEATH OR PERSONAL INJURY.",
        "Article 3",
        BODY,
    ]
    text, _ = paragraphs_of([lines])
    assert "EVEN IF SUCH PARTY SHALL HAVE BEEN INFORMED OF THE POSSIBILITY" in text
    assert [s.label for s in make_document(text).segments] == ["1", "2", "3"]


def test_self_broken_at_a_line_s_end_keeps_its_hyphen_though_the_text_writes_it_once() -> None:
    """ "self-" / "government" at a line's end, the only time the text writes the word:
    it read "selfgovernment", a spelling change against the same text typed."""
    width = "The Parties shall consult every harbour authority and every pilot association"
    lines = ["Article 1", f"{width} on the self-", "government of the port. " + width]
    text, _ = paragraphs_of([lines, ["Article 2", BODY], ["Article 3", BODY]])
    assert "on the self-government of the port" in text


def test_a_wrapped_line_that_opens_with_a_heading_word_goes_on_its_sentence() -> None:
    """ "…are based on the SSL 3.0" / "Protocol Specification as published…": a line that
    opens with "Protocol" (an annex's word) but goes on a sentence cut the paragraph,
    also in lower case ("…implementing the" / "protocol and for those…")."""
    width = "The Parties shall consult every harbour authority and every pilot association"
    lines = [
        "Article 1", f"{width} on the SSL 3.0",
        "Protocol Specification as published by the harbour office, the differences",
        f"{width} for those implementing the", "protocol and for those who read it closely.",
        "Article 2", BODY, "Protocol No. 1", BODY,
    ]  # fmt: skip
    text, _ = paragraphs_of([lines])
    assert "on the SSL 3.0 Protocol Specification as published" in text
    assert "implementing the protocol and for those" in text
    assert "\n\nProtocol No. 1\n\n" in text


def test_a_chapter_heading_at_the_top_of_a_page_opens_a_paragraph() -> None:
    """Each chapter of a society's bylaw starts a page with "CHAPTER 1 - PRESIDENT":
    joined to the last sentence of the page before, it took every section of its
    chapter into the last section of the chapter before, silently."""
    head = "Bylaw 9 Last Revision: May 1, 2025"
    pages = [
        [head, "CHAPTER 0 - GENERAL", "0.0. General",
         "0.0.1. The Officers shall submit a written report to the Speaker before",
         "each monthly meeting of the Board of Directors.",
         "0.0.2. Each report shall be published online.", "1"],
        [head, "CHAPTER 1 - PRESIDENT", "1.0. President",
         "1.0.1. The President is responsible for giving direction to the Society",
         "and for correspondence on behalf of the Society.",
         "1.0.2. The President oversees the Orientation Chair, as outlined in Bylaw 2.", "2"],
        [head, "CHAPTER 2 - TREASURER", "2.0. Treasurer",
         "2.0.1. The Treasurer is responsible for the commercial operations defined",
         "in Bylaw 5 and for the accounts of the Society.", "3"],
    ]  # fmt: skip
    text, _ = paragraphs_of(pages)
    assert "\n\nCHAPTER 1 - PRESIDENT\n\n" in text
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["0.0", "1.0", "2.0"]


def test_a_numbered_paragraph_after_a_full_line_ending_a_sentence_opens_a_paragraph() -> None:
    """In a statute's PDF the last line of paragraph (2) ran the full width, so "(3) …"
    was joined to it; the article's paragraphs then no longer matched the other
    version's, and unchanged ones were shown as deleted and put back."""
    lines = [
        "§ 37 Haushaltsjahr",
        "(1) Das Studierendenparlament beschließt den Haushaltsplan für jedes Haushaltsjahr.",
        "(2) Das Haushaltsjahr beginnt am 1. April und endet am 31. März, sofern die",
        "Satzung für einzelne Bereiche der Studierendenschaft nichts anderes bestimmt.",
        "(3) Das Studierendenparlament kann einen Nachtragshaushalt beschließen.",
        "(4) Der Haushaltsplan wird hochschulöffentlich bekannt gemacht.",
    ]
    text, _ = paragraphs_of([lines])
    assert "bestimmt.\n\n(3) Das" in text
    # A number in brackets that goes on with the sentence before it stays in it.
    wrapped = [
        "(1) Die Frist für die Anfechtung der Wahl nach den Vorschriften des Absatzes",
        "(3) beginnt mit der Bekanntgabe des Ergebnisses an die Mitglieder des Parlaments.",
    ]
    assert "Absatzes (3) beginnt" in paragraphs_of([[*lines[:1], *wrapped]])[0]


def test_a_running_head_printed_in_part_on_the_last_pages_is_removed() -> None:
    """The typesetter printed only the right half of the running head ("Beschlossen:
    15.04.2014") on the last page: it was read as the text of the section there."""
    head = "Wahlordnung Beschlossen: 15.04.2014"
    pages = [
        [head if n < 7 else "Beschlossen: 15.04.2014", f"§ {n} Abschnitt {n}",
         f"Der Wahlausschuss erledigt die Aufgaben nach Abschnitt {n} dieser Ordnung.", f"{n}"]
        for n in range(1, 9)
    ]  # fmt: skip
    text, _ = paragraphs_of(pages)
    assert "Beschlossen" not in text
    assert _labels(text) == [str(n) for n in range(1, 9)]


def test_contents_set_in_two_columns_are_no_units() -> None:
    """A contents page in two columns runs each entry on into the other column's
    ("§ 4 Bestimmung 4 . . . . 3 B Organe 3"): such lines became units of their own,
    and a page number moved by one in them counted as a change of substance."""
    leaders = " ." * 9
    contents = [
        f"§ 3 Wahlen{leaders} 2",
        f"§ 4 Beschlüsse{leaders} 3 B Organe 3",
        f"§ 8 Kassenprüfung{leaders} 5 C Schluss 5",
    ]
    body = "\n\n".join(
        f"§ {n} Bestimmung {n}\n\n(1) Die Mitglieder haben das Recht Nummer {n}."
        for n in range(1, 10)
    )
    doc = make_document("Inhaltsverzeichnis\n\n" + "\n\n".join(contents) + "\n\n" + body + "\n")
    assert [s.kind for s in doc.segments if "Bestimmung" not in (s.heading or "")].count(
        SegmentKind.HEADING
    ) == 0
    assert _labels(doc.text) == [str(n) for n in range(1, 10)]


def test_a_superscript_figure_alone_on_a_line_is_no_page_number() -> None:
    """ "²" alone on a line is a digit to ``str.isdigit`` but not a number ``int`` reads:
    reading a paged plain text holding one raised an internal error (found by the
    fuzz test)."""
    from treatyviewer.io.page_text import paragraphs_of

    text, _ = paragraphs_of([["Article 1", "The area is 40 km", "²", "in all."], ["2"]])
    assert "Article 1" in text


def test_each_lettered_point_of_a_list_opens_a_paragraph() -> None:
    """A bylaw's definitions set as a LaTeX list ("a.", "b.", … each after a semicolon,
    the last one after "; and" or "and" alone on its line) had run into one paragraph,
    "…Returning Officer; b. “DRO” shall refer to…"; a reader lost the list."""
    lines = [
        "0.0.2. In this document:",
        "a. “CRO” shall refer to the Chief Returning Officer;",
        "b. “DRO” shall refer to a Deputy Returning Officer, who is appointed by the CRO and",
        "serves until the close of the election;",
        "c. “Slate” shall mean one or more candidates endorsing another either verbally or",
        "through shared campaign resources; and",
        "d. “Designate” shall refer to a member who is registered with a campaign, or to one",
        "who is named by the Board;",
        "and",
        "i. A designate may not be a candidate in the same election as the campaign he",
        "or she is registered with under the rules.",
    ]
    text, _ = paragraphs_of([lines])
    points = [p.split(" ", 1)[0] for p in text.split("\n\n")]
    assert points == ["0.0.2.", "a.", "b.", "c.", "d.", "i."]
    # A letter and a stop inside a sentence that wraps before it stays in it.
    wrapped = [
        "The notice is signed by the chair of the Board, whose name was given as",
        "J. Smith in the minutes of the last meeting of the Board of Directors.",
    ]
    assert "given as J. Smith" in paragraphs_of([wrapped])[0]


def test_a_citation_in_lower_case_wrapped_onto_its_own_line_goes_on_its_sentence() -> None:
    """ "…según la forma estipulada para este caso en el" / "artículo 89.": the citation
    had been read as a new Article 89, splitting Article 68 in two and giving the
    real Article 89 the label "89#2"."""
    lines = [
        "Artículo 68",
        "D. Los Apartados deberán ser creados y modificados según la forma estipulada para este caso en el",
        "artículo 89.",
        "E. Los Apartados están bajo jurisdicción de los Estatutos, en cuanto deben respetar y cumplir los",
        "principios y disposiciones que aquí se enuncian.",
        "Artículo 69",
        "Las comisiones se constituyen por acuerdo del Consejo y duran un año en sus funciones.",
    ]  # fmt: skip
    text, _ = paragraphs_of([lines])
    assert "en el artículo 89." in text
    assert _labels(text) == ["68", "69"]


def test_a_footnote_at_a_page_s_foot_follows_the_paragraph_that_cites_it() -> None:
    """A statute's PDF: "…del Código Civil1." in Art. 1 and the note "1Código Civil:
    http://…" at the page's foot. The note had run into Art. 3, where the page ended,
    and the mark stayed glued to its word ("Civil1", a word of its own in the diff)."""
    page = [
        "Art. 1. De la interpretación del Estatuto.",
        "El presente estatuto se interpretará en virtud de las normas del Código Civil1.",
        "En caso de vacío, el Comité Ejecutivo dictará un Oficio Interpretativo.",
        "Art. 2. El Centro de Alumnos representa a todos los alumnos de la Escuela.",
        "Art. 3. El Centro es un organismo autónomo respecto a cualquier otra organización",
        "estudiantil o universitaria, y vela por los intereses de sus miembros.",
        "1Código Civil: http://www.leychile.cl/Navegar?idNorma=172986, en su texto",
        "refundido.",
    ]
    nxt = ["Art. 4. Son miembros del Centro los alumnos regulares de la Escuela."]
    text, warnings = paragraphs_of([page, nxt])
    assert "del Código Civil¹." in text and "Civil1" not in text
    art3 = text[text.index("Art. 3.") : text.index("Art. 4.")]
    assert "leychile" not in art3
    note = "¹ Código Civil: http://www.leychile.cl/Navegar?idNorma=172986, en su texto refundido."
    assert f"Oficio Interpretativo.\n\n{note}\n\nArt. 2." in text
    assert "1 footnote set after the paragraph that cites it" in warnings
    assert _labels(text) == ["1", "2", "3", "4"]


def test_a_numbered_line_at_a_page_s_foot_that_nothing_cites_stays_where_it_is() -> None:
    lines = [
        "Article 7 The water supply covers H2O quality and the 24 hour service.",
        "The supplier keeps these registers:",
        "1 Register of connections kept in the town hall",
        "2 Register of meters read each quarter",
    ]
    text, warnings = paragraphs_of([lines])
    assert text.endswith("2 Register of meters read each quarter")
    assert not any("footnote" in w for w in warnings)


def test_a_number_wrapped_onto_a_line_after_a_word_no_sentence_ends_on_goes_on() -> None:
    """In a narrow column of election rules "…spätestens am" / "14. Tag nach
    Bekanntmachung" had become two paragraphs, the second a point "14."; and a line
    that ended on "der" had left "weiteren für Wahl…" a paragraph of its own."""
    lines = [
        "(2) Die Wahl findet spätestens am",
        "14. Tag nach Bekanntmachung statt.",
        "(3) Der Wahlausschuss ist zuständig für:",
        "1. Anfertigung der Stimmzettel sowie der",
        "weiteren für Wahl und Auszählung nötigen Unterlagen;",
        "2. Auszählung der Stimmen.",
    ]
    text, _ = paragraphs_of([lines])
    assert text.split("\n\n") == [
        "(2) Die Wahl findet spätestens am 14. Tag nach Bekanntmachung statt.",
        "(3) Der Wahlausschuss ist zuständig für:",
        "1. Anfertigung der Stimmzettel sowie der weiteren für Wahl und Auszählung nötigen Unterlagen;",
        "2. Auszählung der Stimmen.",
    ]


def test_a_numbered_heading_after_an_address_that_ends_in_a_word_of_another_language_heads():
    """RFC 2822: "EMail: presnick@qualcomm.com" at a page's foot, "8. Acknowledgements"
    at the next page's head. "com" (Portuguese "with") at the end of the address was
    read as a sentence going on, and section 8 ran on in section 7."""
    pages = [
        ["7. Editor's Address", "Peter W. Resnick", "EMail: presnick@qualcomm.com"],
        ["8. Acknowledgements", "Many people contributed to this document."],
    ]
    text, _ = paragraphs_of(pages)
    assert "\n\n8. Acknowledgements" in text
