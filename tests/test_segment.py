"""The segmenter finds articles the way a reader of each language would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document


def shape(text: str) -> list[tuple[str, str, int | None]]:
    doc = make_document(text)
    return [(s.kind.value, s.label, s.number) for s in doc.segments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Article 1\nOne.\n\nARTICLE IV\nFour.\n\nArt. 5. Five.",
            [("article", "1", 1), ("article", "IV", 4), ("article", "5", 5)],
        ),
        (
            "Article First\nOne.\n\nArticle Second\nTwo.",
            [("article", "First", 1), ("article", "Second", 2)],
        ),
        (
            "Статья 1\nТекст.\n\nСТАТЬЯ IV\nЕщё.\n\nСт. 5. Пять.",
            [("article", "1", 1), ("article", "IV", 4), ("article", "5", 5)],
        ),
        (
            "Madde 1\nBir.\n\nBirinci Madde\nİki.\n\nON İKİNCİ MADDE - On iki.",
            [("article", "1", 1), ("article", "Birinci", 1), ("article", "ON İKİNCİ", 12)],
        ),
        (
            "Article premier\nLe texte.\n\nArticle 2\nDeux.",
            [("article", "premier", 1), ("article", "2", 2)],
        ),
    ],
)
def test_article_markers_in_four_languages(text: str, expected: list[tuple[str, str, int]]):
    assert shape(text) == expected


@pytest.mark.parametrize(
    ("heading", "label"),
    [("Annex A", "A"), ("Annexe 3", "3"), ("Приложение 3", "3"), ("Ek 3", "3"),
     ("Annex 1 (A)", "1 (A)"), ("Annex 1", "Annex 1")],
)  # fmt: skip
def test_annexes_keep_their_own_designator(heading: str, label: str):
    """An annex keeps its designator; beside an article of the same number it is "Annex 1"."""
    doc = make_document(f"Article 1\nText.\n\n{heading}\nMap of the frontier.")
    assert doc.segments[-1].kind is SegmentKind.ANNEX
    assert doc.segments[-1].label == label


def test_preamble_closing_and_bodies():
    text = (
        "TREATY\n\nThe parties agree as follows:\n\nArticle I\nNo treaty imposed by force.\n\n"
        "Article II. Batum is ceded.\n\nDone at Moscow, 16 March 1921.\nChicherin\n"
    )
    doc = make_document(text)
    kinds = [(s.kind.value, s.label) for s in doc.segments]
    assert kinds == [
        ("preamble", "preamble"),
        ("article", "I"),
        ("article", "II"),
        ("closing", "closing"),
    ]
    assert doc.body(doc.segments[1]) == "No treaty imposed by force."
    assert doc.body(doc.segments[2]) == "Batum is ceded."
    assert doc.segment_text(doc.segments[3]).startswith("Done at Moscow")


def test_cross_reference_inside_a_paragraph_is_not_a_heading():
    text = (
        "Article 1\nAs laid down in\nArticle 4 of the Pact, the parties agree.\n\nArticle 2\nTwo."
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2"]


def test_heading_opening_a_paragraph_needs_punctuation():
    text = "Article 1\nOne.\n\nArticle 4 of the earlier treaty is void.\n\nArticle 2\nTwo."
    assert [s.label for s in make_document(text).segments] == ["1", "2"]


def test_text_without_markers_falls_back_to_paragraphs_and_says_so():
    doc = make_document("First paragraph here.\n\nSecond paragraph.\n\nThird.")
    assert [s.label for s in doc.segments] == ["¶1", "¶2", "¶3"]
    assert any("no article headings" in w for w in doc.warnings)


def test_duplicate_and_unordered_numbers_are_kept_and_flagged():
    doc = make_document("Article 1\nA.\n\nArticle 3\nB.\n\nArticle 2\nC.\n\nArticle 3\nD.")
    assert [s.label for s in doc.segments] == ["1", "3", "2", "3#2"]
    assert any("not in order" in w for w in doc.warnings)
    assert any("appears 2 times" in w for w in doc.warnings)


def test_a_code_with_ten_thousand_articles_keeps_counting():
    text = "\n\n".join(f"Article {n}\nText of article {n}." for n in (9998, 9999, 10000, 10001))
    assert [s.label for s in make_document(text).segments] == ["9998", "9999", "10000", "10001"]


def test_offsets_index_the_normalised_text():
    raw = "Article 1\r\nCafe\u0301 in Kars.  \r\n\r\nArticle 2\r\nTwo."
    doc = make_document(raw)
    assert "\r" not in doc.text
    assert "Café" in doc.text
    seg = doc.segments[0]
    assert doc.text[seg.start : seg.start + 9] == "Article 1"
    assert doc.body(seg) == "Café in Kars."


def test_long_roman_numerals():
    text = "\n\n".join(f"Article {r}\nText {r}." for r in ["MDCCCLXXXVIII", "MDCCCLXXXIX"])
    assert [s.number for s in make_document(text).segments] == [1888, 1889]


def test_wrapped_indented_paragraphs_flow_without_gaps_and_lists_keep_their_lines() -> None:
    from treatyviewer.core.document import reflowed

    text = (
        "    b) Accompany it with a written offer, valid for at least three\n"
        "    years, to give any third party, for a charge no more than your\n"
        "    cost of physically performing source distribution.\n"
        "\n"
        "Signed:\n"
        "G. Chicherin\n"
        "Yusuf Kemal\n"
    )
    out = reflowed(text)
    assert len(out) == len(text)  # offsets of notes and changes stay valid
    shown = out.replace("\u200b", "")
    assert "three years, to give" in shown and "your cost of" in shown
    assert "Signed:\u2028G. Chicherin\u2028Yusuf Kemal" in shown
    assert "distribution.\n\nSigned" in shown


def test_a_piece_of_a_wrapped_paragraph_flows_as_the_paragraph_does() -> None:
    """A deleted phrase that runs over a line break is a few words of two lines: read
    alone, far narrower than the width the paragraph was wrapped at, its break had
    stayed in the exported page, with the indent after it. Items ("b.") keep their
    lines, and the tab after a point's number is a space."""
    from treatyviewer.core.document import reflowed

    text = (
        "    a. Adaptation means a work based upon the Work, or upon the Work and\n"
        "    other pre-existing works, such as a translation, adaptation, derivative\n"
        "    work, arrangement of music or other alterations of a literary work.\n"
        " b.\tCollection means a collection of literary or artistic works.\n"
    )
    start = text.index("derivative")
    end = text.index("arrangement")
    piece = reflowed(text, start, end)
    assert len(piece) == end - start
    assert piece.replace("\u200b", "") == "derivative work, "
    whole = reflowed(text)
    assert "work.\u2028b. Collection" in whole.replace("\u200b", "")
    assert "\t" not in whole
    listed = (
        "        ii. Waivable Compulsory License Schemes. In those jurisdictions in which the\n"
        "        right to collect royalties may be waived, the Licensor waives that right; and,\n"
        "   iii. Voluntary License Schemes. The Licensor waives the right to collect them.\n"
    )
    assert "; and,\u2028" in reflowed(listed)


def test_a_law_set_a_sentence_a_line_keeps_its_lines() -> None:
    """An Arabic law with a sentence or a clause on each line, some long and some short:
    the long lines had run together as if wrapped, unevenly (the same clause kept on its
    line in one version and joined to the next in the other)."""
    from treatyviewer.core.document import reflowed

    lines = [
        "لا تسري أحكام الفقرة الأولى إذا يصدر صاحب الشأن الترخيص قبل انتهاء المدة.",
        "يعاقب بغرامة كل من يخالف أحكام المادة (32) من هذا القانون.",
        "في تطبيق أحكام هذا القانون يقصد بالكلمات والعبارات التالية المعاني المبينة قرين كل منها:",
        "أ) المدة: المدة المنصوص عليها في المادة (115).",
        "ب) الجهة: الجهة الإدارية المختصة.",
    ]
    text = "\n".join(lines)
    assert reflowed(text) == "\u2028".join(lines)


_LINE_PIECES = (
    "Article 1", "ARTICLE IV.", "Art. 5. The", "Annex 2", "ANNEX", "Статья 3", "  Article 7 -",
    "## Article 8", "**Article 9.**", "in accordance with", "Article 10 of this Treaty",
    "text", "", " ", "\t", ".", "—", "1. First", "Article", "12",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=12), st.sampled_from(["\n", "\n\n", " "]))
def test_headings_found_at_line_starts_are_those_a_full_scan_finds(pieces, gap):
    """Headings are looked for at line starts only (for speed); the matches must be
    those of the pattern tried at every character, or articles would be lost."""
    from treatyviewer.core.line_matches import line_matches
    from treatyviewer.core.segment import _ANNEX_RE, _ARTICLE_RE

    text = gap.join(pieces)
    for pattern in (_ARTICLE_RE, _ANNEX_RE):
        every = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in line_matches(pattern, text)] == every


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Стаття 1\nПерше.\n\nСтаття 2. Друге.", ["1", "2"]),  # Ukrainian
        ("Член 1\nПърви.\n\nЧлен 2\nВтори.", ["1", "2"]),  # Bulgarian
        ("1 artikla\nEnsimmäinen.\n\n2 artikla\nToinen.", ["1", "2"]),  # Finnish
        ("1. cikk\nElső.\n\n2. cikk\nMásodik.", ["1", "2"]),  # Hungarian
        ("1 straipsnis\nPirmas.\n\n2 straipsnis\nAntras.", ["1", "2"]),  # Lithuanian
        ("1 § Denna lag gäller.\n\n2 § Lagen träder i kraft.", ["1", "2"]),  # Swedish
        ("제1조(목적) 이 법은 정한다.\n\n제2조(정의) 이 법에서 말한다.", ["1", "2"]),  # Korean
        ("第1条（目的）この法律は定める。\n\n第2条（定義）この法律において。", ["1", "2"]),
        ("Pasal 1\nPertama.\n\nPasal 2\nKedua.", ["1", "2"]),  # Indonesian
        ("Điều 1. Phạm vi.\n\nĐiều 2. Đối tượng.", ["1", "2"]),  # Vietnamese
    ],
)
def test_article_words_of_more_languages_before_or_after_the_number(
    text: str, expected: list[str]
) -> None:
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == expected


def test_a_numbered_count_in_a_sentence_is_no_heading() -> None:
    """A "2 §" that a line break left at a line's start inside a paragraph cites."""
    doc = make_document("1 § The Act applies.\nIt amends\n2 § Of the old Act.\n\n3 § In force.")
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "3"]


def test_articles_of_a_french_code_keep_their_whole_number_in_one_form() -> None:
    """ "Article L. 121-1" (an older edition) and "Article L121-1" (a newer) are one
    article: the label is the whole designator, printed the newer way."""
    old = make_document("Code\n\nArticle L. 121-1\n\nUn.\n\nArticle R. 121-2\n\nDeux.")
    new = make_document("Code\n\nArticle L121-1\n\nUn.\n\nArticle R121-2\n\nDeux.")
    for doc in (old, new):
        assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == [
            "L121-1",
            "R121-2",
        ]


def test_articles_of_an_older_french_code_numbered_without_a_hyphen_are_articles() -> None:
    """The regulatory part of an older code numbers its articles "R1", "R2" … and inserts
    "R2-1" between them: every one heads an article. Only the hyphenated ones had been
    read, and everything from "Article R1" to the first of them was the preamble."""
    body = "".join(
        f"Article {n}\n\nLe grand chancelier statue sur la demande numéro {k}.\n\n"
        for k, n in enumerate(("R1", "R2", "R2-1", "R3", "R. 4", "D1", "D2"), 1)
    )
    doc = make_document(f"Code de l'ordre\n\nLIVRE I : Organisation\n\n{body}")
    labels = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert labels == ["R1", "R2", "R2-1", "R3", "R4", "D1", "D2"]
    assert doc.segments[0].kind is SegmentKind.PREAMBLE
    assert "R1" not in doc.text[doc.segments[0].start : doc.segments[0].end]


def test_a_stop_after_the_heading_word_and_amendments_as_units() -> None:
    constitution = "Preamble.\n\nArticle. I.\n\nSection. 1.\n\nOne.\n\nSection. 2.\n\nTwo."
    doc = make_document(constitution + "\n\nArticle. II.\n\nSection. 1.\n\nThree.")
    # Every article holds numbered sections: the sections are the units, under their article.
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == [
        "I.1",
        "I.2",
        "II.1",
    ]
    assert [(d.term, d.label) for d in doc.divisions] == [("Article", "I"), ("Article", "II")]
    amendments = make_document("Amendments\n\nAmendment I\n\nOne.\n\nAmendment II\n\nTwo.")
    assert [s.label for s in amendments.segments if s.kind is SegmentKind.ARTICLE] == ["I", "II"]


def test_a_table_of_contents_with_titles_on_the_entry_lines_is_no_article() -> None:
    """ "Article 1 – Definitions" / "Article 2 – Scope" listed line under line at the
    top: the contents stay in the preamble, and Article 1 is the article below them."""
    body = "The parties to this Convention agree on the terms used in it.\n\n"
    toc = "Convention\n\nContents\n\nArticle 1 – Definitions\nArticle 2 – Scope\nArticle 3 – Duties\n\n"
    text = toc + "".join(f"Article {n} – Title {n}\n\n{body}" for n in (1, 2, 3))
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"]
    assert doc.warnings == ()
    assert "Article 3 – Duties" in doc.text[: doc.segments[0].end]


@pytest.mark.parametrize("count", [3, 4])
def test_a_short_contents_with_page_numbers_after_tabs_is_no_clauses(count: int) -> None:
    """A short contract saved from Word: its contents ("1. Definitions<tab>1", one
    paragraph an entry) had been its clauses, the last of them taking in the whole
    contract, since only five entries or more were taken for a contents."""
    names = ["Definitions", "Delivery", "Prices", "Term"][:count]
    toc = "".join(f"{n}. {name}\t{n + 1}\n\n" for n, name in enumerate(names, 1))
    body = "".join(
        f"{n}. {name}\n\n{n}.1 The {name.lower()} clause binds both parties.\n\n"
        for n, name in enumerate(names, 1)
    )
    doc = make_document("SUPPLY AGREEMENT\n\nContents\n\n" + toc + body)
    labels = [s.label for s in doc.segments]
    assert labels == ["preamble", *(f"{n}.1" for n in range(1, count + 1))]
    assert "Prices\t4" in doc.text[: doc.segments[0].end]


def test_a_short_contents_not_updated_after_an_edit_is_still_contents() -> None:
    """Clause 4 inserted in Word and the contents not updated: its fourth entry names
    the clause now numbered 5; the other three still make it a contents."""
    toc = "1. Definitions\t1\n\n2. Delivery\t2\n\n3. Prices\t3\n\n4. Governing law\t4\n\n"
    body = "".join(
        f"{n}. {name}\n\n{n}.1 The {name.lower()} clause binds both parties.\n\n"
        for n, name in enumerate(
            ["Definitions", "Delivery", "Prices", "Warranty", "Governing law"], 1
        )
    )
    doc = make_document("SUPPLY AGREEMENT\n\nContents\n\n" + toc + body)
    assert [s.label for s in doc.segments] == ["preamble", "1.1", "2.1", "3.1", "4.1", "5.1"]


def test_the_last_row_of_a_table_stays_with_its_clause() -> None:
    """A price table ending a clause, read from Word one row a paragraph: its last row
    "Gadget | 20" had been taken for the title of the next clause, and a price changed
    in it reported as a change of clause 3.1."""
    text = (
        "AGREEMENT\n\n1. Definitions\n\n1.1 Terms apply.\n\n2. Prices\n\n"
        "2.1 Prices are set out below.\n\nWidget | 12\n\nGadget | 20\n\n"
        "3. Warranty\n\n3.1 The Supplier warrants the Goods.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1.1", "2.1", "3.1"]
    assert doc.text[doc.segments[3].start :].startswith("3. Warranty")


def test_titles_set_out_to_the_left_of_their_text_head_sections() -> None:
    """A plain-text style guide (a PEP of 2001): titles on lines of their own, set out
    to the left of the text they head, a title over a further-in title heading a group.
    It had been read paragraph by paragraph, a hundred of them."""
    from treatyviewer.core.segment import make_document

    text = (
        "PEP: 8\nTitle: Style Guide for Python Code\n\n\n"
        "Introduction\n\n    This document gives coding conventions for the code.\n\n"
        "    Rules are there to be broken.\n\n\n"
        "A Foolish Consistency is the Hobgoblin of Little Minds\n\n"
        "    Code is read much more often than it is written.\n\n\n"
        "Code lay-out\n\n  Indentation\n\n    Use 4 spaces per indentation level.\n\n"
        "  Tabs or Spaces?\n\n    Never mix tabs and spaces.  Always write this as\n\n"
        "    Always write this as\n\n        if x == 4: print x, y\n\n"
        "  Maximum Line Length\n\n    Limit all lines to a maximum of 79 characters.\n\n\n"
        "Copyright\n\n    This document has been placed in the public domain.\n"
    )
    doc = make_document(text, "pep-0008.txt")
    assert [s.label for s in doc.segments] == [
        "preamble", "Introduction", "A Foolish Consistency is the Hobgoblin of Little Minds",
        "Indentation", "Tabs or Spaces?", "Maximum Line Length", "Copyright",
    ]  # fmt: skip
    indentation = next(s for s in doc.segments if s.label == "Indentation")
    assert doc.text[indentation.start : indentation.end].startswith("Code lay-out")


def test_a_section_title_run_into_its_text_keeps_its_line() -> None:
    """A statute in Markdown ("### § 1 Persönlicher und sachlicher Anwendungsbereich"
    over "(1) Dieses Gesetz gilt, …") had its title run on into the first paragraph."""
    from treatyviewer.core.document import reflowed

    text = (
        "§ 1 Persönlicher und sachlicher Anwendungsbereich\n"
        "(1) Dieses Gesetz gilt, wenn ein Jugendlicher oder ein Heranwachsender eine\n"
        "Verfehlung begeht, die nach den allgemeinen Vorschriften mit Strafe bedroht ist.\n"
    )
    flowed = reflowed(text)
    assert flowed.split("\u2028")[0] == "§ 1 Persönlicher und sachlicher Anwendungsbereich"
    assert "Heranwachsender eine Verfehlung" in flowed  # the paragraph itself still flows
    sentence = (
        "The Parties shall consult each other on the matters set out in\n"
        "(1) above and shall report on them to the Council every year without delay.\n"
    )
    assert "set out in (1) above" in reflowed(sentence)  # a sentence going on


GRANT = """\
Willow Free Licence

Version 1.1

The Willow Free Licence applies to any work whose owner has put this notice on it.

Grant of Licence. The owner grants to any person who has a copy of the work a free and
lasting licence

(1) to use, copy, change and share copies of the work and of works made from it, and

(2) under the owner's patents that the work uses, to make and sell the work,
subject to the conditions below.

Right of Credit. Copies of the work must keep every notice of its owner.

Words that stay together although a blank line cuts them, and

a sentence that goes on after it; it is the paragraph above's.

after a full stop, small letters open a paragraph of their own.
"""


def test_items_under_a_lead_in_go_with_it_when_a_text_is_read_by_paragraph() -> None:
    """A text with no headings is compared paragraph by paragraph; a list of items
    under a lead-in that runs on into them ("…a free and lasting licence" / "(1) to
    use…, and" / "(2) under the owner's patents…") is one paragraph with them. Each had
    been a unit of its own, the items paired, or not, apart from the grant they end.
    A title line over a paragraph stays apart, and so does a paragraph after a stop."""
    doc = make_document(GRANT)
    texts = [doc.text[s.start : s.end] for s in doc.segments]
    assert [t.split()[0] for t in texts] == [
        "Willow", "Version", "The", "Grant", "Right", "Words", "after",
    ]  # fmt: skip
    assert texts[3].endswith("subject to the conditions below.")
    assert "(1) to use" in texts[3] and "(2) under" in texts[3]
    assert texts[5].endswith("the paragraph above's.")


def test_a_long_title_line_over_wrapped_paragraphs_keeps_its_line_and_they_flow() -> None:
    """A § titled in one line of 150 letters, its paragraphs wrapped at 70 under it with
    no blank line: the title keeps its line and the paragraphs flow. The title had been
    taken for the width the text was wrapped at, so every break of the paragraphs stayed
    (the newer pane read as ragged lines) and the title ran on into "(1)"."""
    from treatyviewer.core.document import reflowed

    title = (
        "§ 13 Dokumentation, Rückverfolgung, Verordnungsermächtigung zur Meldung "
        "schwerwiegender Zwischenfälle und schwerwiegender unerwünschter Reaktionen"
    )
    body = (
        "(1) Die Koordinierungsstelle verschlüsselt in einem mit den\n"
        "Transplantationszentren abgestimmten Verfahren die personenbezogenen\n"
        "Daten des Organspenders und bildet eine Kenn-Nummer, die\n"
        "ausschließlich der Koordinierungsstelle einen Rückschluss auf die\n"
        "Person des Organspenders zulässt.\n"
    )
    out = reflowed(f"{title}\n{body}")
    assert out.startswith(
        title + "\u2028(1) Die Koordinierungsstelle verschlüsselt in einem mit den "
    )
    flowed = out.rstrip("\u2028\n")
    assert "\n" not in flowed and flowed.count("\u2028") == 1


def test_an_article_heading_with_a_footnote_call_after_its_number_heads_its_article() -> None:
    """The Official Journal's web text of a Council regulation of 2000 prints a note's
    call after two articles' numbers ("Article 26 (6)" over "Public policy"): each had
    been read as part of the article before it, and the aligner paired that one with two
    new articles."""
    body = "Any Member State may refuse to recognise proceedings opened in another State.\n\n"
    text = "Regulation\n\nHAS ADOPTED THIS REGULATION:\n\n" + "".join(
        f"Article {n}{' (6)' if n == 3 else ''}\n\nTitle {n}\n\n{body}" for n in (1, 2, 3, 4)
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3", "4"]


def test_a_cited_paragraph_wrapped_onto_a_line_of_its_own_heads_nothing() -> None:
    """A sentence that cites "Article 5 (2)" and wraps before it goes on: the line is
    no heading, however it stands."""
    body = "The parties shall act under the procedure laid down in\nArticle 1 (2)\nand report.\n\n"
    text = "".join(f"Article {n}\n\nTitle {n}\n\n{body}" for n in (1, 2, 3))
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["1", "2", "3"]
