"""Headings as treaties, statutes, contracts and licences print them, in several
languages: each form is cut where a reader sees a new unit, and nowhere else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind, reflowed
from treatyviewer.core.segment import make_document
from treatyviewer.core.structure_summary import unit_title


def headings(doc: Document) -> list[tuple[str, str, str]]:
    """(kind, label, heading as printed) of every segment."""
    return [(s.kind.value, s.label, s.heading) for s in doc.segments]


def article(label: str, heading: str) -> tuple[str, str, str]:
    return ("article", label, heading)


FORMS = [
    pytest.param(
        "TREATY OF FRIENDSHIP\n\nARTICLE ONE\n\nThe parties renounce war.\n\n"
        "ARTICLE TWO\n\nThe frontier follows the river.\n\nARTICLE TWENTY-ONE\n\nRatification.",
        [("preamble", "preamble", ""), article("ONE", "ARTICLE ONE"),
         article("TWO", "ARTICLE TWO"), article("TWENTY-ONE", "ARTICLE TWENTY-ONE")],
        id="numbers in words",
    ),
    pytest.param(
        "§ 1 Anwendungsbereich\n\n(1) Dieses Gesetz gilt für Verträge.\n\n(2) Es gilt nicht für "
        "Schenkungen.\n\n§ 2 Begriffe\n\nIm Sinne dieses Gesetzes ist Vertrag jede Abrede.\n\n"
        "§ 3 Inkrafttreten\n\nDieses Gesetz tritt am Tage nach der Verkündung in Kraft.",
        [article("1", "§ 1"), article("2", "§ 2"), article("3", "§ 3")],
        id="German paragraph sign",
    ),
    pytest.param(
        "Artículo 1.º Objeto\nLa presente Ley regula el tratado.\n\n"
        "Artículo 2.º\nLas partes renuncian a la guerra.",
        [article("1", "Artículo 1.º"), article("2", "Artículo 2.º")],
        id="Spanish Artículo 1.º",
    ),
    pytest.param(
        "MADDE 1 – (1) Bu Kanunun amacı barışı korumaktır.\n\n"
        "MADDE 2 – (1) Bu Kanun bütün kamu kurumlarını kapsar.",
        [article("1", "MADDE 1 –"), article("2", "MADDE 2 –")],
        id="Turkish MADDE 1 –",
    ),
    pytest.param(
        "Article premier\nLes parties renoncent à la guerre.\n\nArticle 2\nLa frontière suit le "
        "fleuve.\n\nArticle 1er bis\nUn ajout.",
        [article("premier", "Article premier"), article("2", "Article 2"),
         article("1 bis", "Article 1er bis")],
        id="French Article premier",
    ),
    pytest.param(
        "Article 1\nThe parties renounce war.\n\nArticle 1 bis\nA clause added later.\n\n"
        "Article 1a\nAnother one.\n\nArticle 2\nThe frontier follows the river.",
        [article("1", "Article 1"), article("1 bis", "Article 1 bis"), article("1a", "Article 1a"),
         article("2", "Article 2")],
        id="lettered Article 1 bis and 1a",
    ),
    pytest.param(
        "# Treaty\n\n## Article 1\n\nThe parties renounce war.\n\n**Article 2.**\n\n"
        "The frontier follows the river.",
        [("preamble", "preamble", ""), article("1", "Article 1"), article("2", "Article 2.")],
        id="Markdown article headings",
    ),
]  # fmt: skip


# Two headings of one form over the same two sentences: (first, second, their labels).
TWO_HEADINGS = [
    ("Article One", "Article Two", "One", "Two"),
    ("FIRST ARTICLE", "SECOND ARTICLE", "FIRST", "SECOND"),
    ("Artikel 1", "Artikel 2", "1", "2"),
    ("Articolo 1", "Articolo 2", "1", "2"),
    ("Artigo 1.º", "Artigo 2.º", "1", "2"),
    ("Artykuł 1", "Artykuł 2", "1", "2"),
    ("Madde 1", "Madde 2", "1", "2"),
    ("Статья 1.", "Статья 2.", "1", "2"),
    ("Статья первая", "Статья вторая", "первая", "вторая"),
    ("Art. I", "Art. II", "I", "II"),
    ("Art 1", "Art 2", "1", "2"),
    ("Άρθρο 1", "Άρθρο 2", "1", "2"),
    ("Articolul 1", "Articolul 2", "1", "2"),
    ("المادة ١", "المادة ٢", "١", "٢"),
    ("第1条", "第2条", "1", "2"),
    # The word after the number: Slovene, Basque, Icelandic.
    ("1. člen", "2. člen", "1", "2"),
    ("1. artikulua", "2. artikulua", "1", "2"),
    ("1. gr.", "2. gr.", "1", "2"),
    # Slovak, Malay, Filipino, Albanian, Azerbaijani, Armenian, Georgian, Hindi, Thai, Swahili.
    ("Čl. 1", "Čl. 2", "1", "2"),
    ("Perkara 1", "Perkara 2", "1", "2"),
    ("Artikulo 1", "Artikulo 2", "1", "2"),
    ("Neni 1", "Neni 2", "1", "2"),
    ("Maddə 1", "Maddə 2", "1", "2"),
    ("Հոդված 1", "Հոդված 2", "1", "2"),
    ("მუხლი 1", "მუხლი 2", "1", "2"),
    ("अनुच्छेद 1", "अनुच्छेद 2", "1", "2"),
    ("มาตรา 1", "มาตรา 2", "1", "2"),
    ("Ibara ya 1", "Ibara ya 2", "1", "2"),
    # Arabic laws put the number in brackets, or spell it as an ordinal.
    ("المادة (1)", "المادة (2)", "1", "2"),
    ("المادة الأولى", "المادة الثانية", "الأولى", "الثانية"),
]


FORMS += [
    pytest.param(
        "Глава 1. Общие положения\n\nСтатья 1.1. Законодательство\n\n1. Законодательство состоит "
        "из Кодекса.\n\nСтатья 1.2. Задачи\n\nЗадачами являются защита личности.\n\n"
        "Глава 2. Правонарушение\n\nСтатья 2.10. Ответственность\n\nТекст статьи.",
        [
            article("1.1", "Статья 1.1."),
            article("1.2", "Статья 1.2."),
            article("2.10", "Статья 2.10."),
        ],
        id="Russian code, articles numbered within chapters",
    ),
    pytest.param(
        "第一条　为了维护和平，制定本法。\n第二条　本法适用于边境地区。\n第十二条　本法自公布之日起施行。",
        [article("一", "第一条"), article("二", "第二条"), article("十二", "第十二条")],
        id="Chinese articles, text on the heading line",
    ),
    pytest.param(
        "Article 21-14\n\nTexte a.\n\nArticle 21-14-1\n\nTexte inséré.\n\nArticle 21-15\n\nTexte b.",
        [
            article("21-14", "Article 21-14"),
            article("21-14-1", "Article 21-14-1"),
            article("21-15", "Article 21-15"),
        ],
        id="French code, an article put in under a second hyphen",
    ),
    pytest.param(
        "Article 1 The parties renounce war.\n\nArticle 2 The frontier follows the river.",
        [article("1", "Article 1"), article("2", "Article 2")],
        id="sentence after the number, no stop",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_article_headings_as_printed(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert headings(make_document(text)) == expected


@pytest.mark.parametrize(("first", "second", "one", "two"), TWO_HEADINGS)
def test_two_headings_of_one_form(first: str, second: str, one: str, two: str) -> None:
    text = f"{first}\nThe parties renounce war.\n\n{second}\nThe frontier follows the river."
    doc = make_document(text)
    assert headings(doc) == [article(one, first), article(two, second)]
    assert doc.body(doc.segments[1]) == "The frontier follows the river."


CONTRACT = ["The Supplier shall deliver the goods.", "The Buyer shall pay on delivery.",
            "English law governs this contract.", "Notices are given in writing."]  # fmt: skip


def numbered(heading: str, count: int = 3) -> str:
    """A text of ``count`` units whose headings read ``heading`` with the number put in."""
    return "\n\n".join(f"{heading.format(n=n)}\n{CONTRACT[n - 1]}" for n in range(1, count + 1))


UNITS = [
    pytest.param(numbered("Section {n}. Definitions"), "Section {n}", 3, id="Section 1."),
    pytest.param(numbered("Rule {n}"), "Rule {n}", 3, id="Rule 1"),
    pytest.param(numbered("Regulation {n}"), "Regulation {n}", 3, id="Regulation 3"),
    pytest.param(numbered("Clause {n}", 4), "Clause {n}", 4, id="Clause 4"),
    pytest.param("# Licence\n\n" + numbered("## {n}. Terms"), "{n}.", 3, id="Markdown sections"),
    pytest.param(
        "AGREEMENT\n\n" + "\n\n".join(f"{n}. {CONTRACT[n - 1]}" for n in range(1, 5)),
        "{n}.",
        4,
        id="numbered paragraphs only",
    ),
]


@pytest.mark.parametrize(("text", "heading", "count"), UNITS)
def test_units_of_statutes_contracts_and_licences(text: str, heading: str, count: int) -> None:
    doc = make_document(text)
    units = [(s.label, s.heading) for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert units == [(str(n), heading.format(n=n)) for n in range(1, count + 1)]


def test_sub_numbered_paragraphs_are_parts_of_their_article_not_articles() -> None:
    """ "5.2" and "5.3.2" are parts of article 5 (as "(1)" is of "Art. 4"), also when
    a heading is set in from its text and a list opens inside the paragraph."""
    text = (
        "Article 5 - DROITS CONCEDES\n\n"
        "      5.1 DROIT D'UTILISATION\n\nLe Licencié peut utiliser le Logiciel:\n\n"
        " 1. pour le charger;\n\n 2. pour l'exécuter.\n\n"
        "      5.2 DROIT D'APPORTER DES CONTRIBUTIONS\n\nLe Licencié peut modifier le Logiciel.\n\n"
        "      5.3 DROIT DE DISTRIBUTION\n\nLe Licencié peut distribuer le Logiciel.\n\n"
        "        5.3.1 SANS MODIFICATION\n\nCopies conformes.\n\n"
        "        5.3.2 AVEC MODIFICATION\n\nCopies modifiées.\n\n"
        "Article 6 - PROPRIETE\n\nLe Titulaire garde ses droits."
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["5", "6"]
    five = doc.segments[0]
    assert [(p.key, p.level) for p in five.parts] == [
        ("5.1", 1), ("5.1 1.", 2), ("5.1 2.", 2), ("5.2", 1), ("5.3", 1),
        ("5.3.1", 2), ("5.3.2", 2),
    ]  # fmt: skip
    first = five.parts[0]
    assert doc.text[first.start : first.end].endswith("pour l'exécuter.")


def test_sections_numbered_within_their_articles_are_the_units() -> None:
    """A credit agreement's "Section 2.03" under "ARTICLE II": every article is
    divided into sections, so the sections are compared and the articles hold them;
    a section never ends where the next article begins."""
    text = (
        "CREDIT AGREEMENT\n\nARTICLE I\nDEFINITIONS\n\n"
        "Section 1.01. Defined Terms. As used in this Agreement, terms have these meanings.\n\n"
        "Section 1.02. Terms Generally. The definitions apply to the singular and plural.\n\n"
        "ARTICLE II\nTHE CREDITS\n\n"
        "Section 2.01. Commitments. Each Lender agrees to make Loans to the Borrower:\n\n"
        "(a) in dollars; and\n\n(b) in euros.\n\n"
        "Section 2.02. Loans. Each Loan shall be made as part of a Borrowing.\n"
    )
    doc = make_document(text)
    assert [(s.label, [p.key for p in s.parts], s.division) for s in doc.segments] == [
        ("preamble", [], None), ("1.01", [], 0), ("1.02", [], 0), ("2.01", ["(a)", "(b)"], 1),
        ("2.02", [], 1),
    ]  # fmt: skip
    assert [(d.name, d.title) for d in doc.divisions] == [
        ("Article I", "DEFINITIONS"), ("Article II", "THE CREDITS")
    ]  # fmt: skip
    assert doc.segment_text(doc.segments[2]).endswith("singular and plural.")


def test_point_labels_read_as_printed() -> None:
    text = "Article 1\nThe parties:\n\na) renounce war;\n\nb) fix the frontier.\n\n" \
           "Article 2\n(a) one;\n\n(b) two."  # fmt: skip
    doc = make_document(text)
    assert [[p.key for p in s.parts] for s in doc.segments] == [["a)", "b)"], ["(a)", "(b)"]]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("ADDENDUM\n\nThe parties add a protocol on trade.", ("annex", "ADDENDUM")),
        ("ANNEX\n\nThe map of the frontier is attached.", ("annex", "ANNEX")),
        ("SCHEDULE\n\nThe list of the places named.", ("annex", "SCHEDULE")),
        ("APPENDIX\n\nThe list of the places named.", ("annex", "APPENDIX")),
        ("FINAL PROVISIONS\n\nThis treaty enters into force on signature.",
         ("heading", "FINAL PROVISIONS")),
    ],
)  # fmt: skip
def test_an_unnumbered_section_after_the_last_article_is_its_own(
    tail: str, expected: tuple[str, str]
) -> None:
    text = f"Article 1\nThe parties renounce war.\n\nArticle 2\nThe frontier is fixed.\n\n{tail}"
    doc = make_document(text)
    assert [(s.kind.value, s.label) for s in doc.segments][-1] == expected
    assert doc.body(doc.segments[1]) == "The frontier is fixed."


def test_names_in_capitals_after_the_last_article_stay_with_it() -> None:
    text = (
        "Article 1\nThe parties renounce war.\n\nArticle 2\nThe frontier.\n\nG. CHICHERIN\nALI FUAT"
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2"]


def test_a_title_in_capitals_above_an_article_heads_it() -> None:
    text = (
        "Article 1\nThe parties renounce war.\n\nGENERAL PROVISIONS\n\n"
        "Article 2\nThe frontier is fixed.\n\nArticle 3\nRatification."
    )
    doc = make_document(text)
    assert doc.body(doc.segments[0]) == "The parties renounce war."
    assert doc.segment_text(doc.segments[1]).startswith("GENERAL PROVISIONS\n\nArticle 2")


@pytest.mark.parametrize(
    "text",
    [
        "Глава 1. Общие положения\n\n1. Стороны отказываются от войны.\n\n2. Граница идёт по "
        "реке.\n\n3. Договор ратифицируется.\n\nГлава 2. Заключительные положения\n\n"
        "4. Договор вступает в силу.\n\n5. Составлено в двух экземплярах.",
        "ГЛАВА I\nОБЩИЕ ПОЛОЖЕНИЯ\n\nСтатья 1. Стороны отказываются от войны.\n\n"
        "Статья 2. Граница идёт по реке.\n\nСтатья 3. Договор ратифицируется.\n\n"
        "ГЛАВА II\nЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ\n\nСтатья 4. Договор вступает в силу.\n\n"
        "Статья 5. Составлено в двух экземплярах.",
    ],
    ids=["numbered paragraphs", "articles"],
)
def test_a_chapter_heads_the_next_unit_and_is_a_division(text: str) -> None:
    doc = make_document(text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "3", "4", "5"]
    assert doc.segment_text(units[2]).endswith("ратифицируется.")
    assert doc.segment_text(units[3]).startswith(("Глава 2", "ГЛАВА II"))
    assert [d.label for d in doc.divisions] == (["1", "2"] if "Глава" in text else ["I", "II"])
    assert [s.division for s in units] == [0, 0, 0, 1, 1]


def test_parts_and_chapters_are_containers_not_articles() -> None:
    text = (
        "PART I\nGENERAL\n\nCHAPTER III\n\nArticle 1\nOne.\n\nArticle 2\nTwo.\n\n"
        "PART II\nSPECIAL\n\nChapter 3\n\nArticle 3\nThree."
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["1", "2", "3"]
    assert [(d.term, d.label, d.title, d.level) for d in doc.divisions] == [
        ("Part", "I", "GENERAL", 0), ("Chapter", "III", "", 1),
        ("Part", "II", "SPECIAL", 0), ("Chapter", "3", "", 1),
    ]  # fmt: skip


@pytest.mark.parametrize("word", ["Art.", "Article"])
def test_articles_written_one_per_line_without_blank_lines_are_articles(word: str) -> None:
    """Pasted statutes put each article on its line: "Art. 2. Organem …" right under
    "Art. 1. …". Only the first, after a blank line, had been found."""
    text = (
        "USTAWA\n\n"
        f"{word} 1. Ustawa określa zasady udzielania zezwoleń na połów ryb.\n"
        f"{word} 2. Organem właściwym w sprawach zezwoleń jest minister.\n"
        f"{word} 3. Zezwolenie wydaje się na okres pięciu lat, a w sprawach\n"
        "szczególnych na okres dziesięciu lat.\n"
        f"{word} 4. Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3", "4"]
    assert doc.body(doc.segments[3]).endswith("dziesięciu lat.")


def test_an_article_cited_at_a_line_s_start_is_no_heading_out_of_its_turn() -> None:
    text = (
        "Article 1. The Parties apply the Convention of 1921.\n"
        "Article 7. of that Convention shall not apply between them.\n\n"
        "Article 2. This Treaty enters into force on signature.\n"
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2"]


def test_greek_articles_numbered_in_words_are_articles() -> None:
    """ "Άρθρο πρώτο", "ΑΡΘΡΟ ΔΕΚΑΤΟ ΤΡΙΤΟ": Greek agreements number articles in words,
    accented in lower case and bare in capitals. The text had been compared paragraph
    by paragraph, and an inserted article made every later one "modified"."""
    text = (
        "ΣΥΜΦΩΝΙΑ\n\nΆρθρο πρώτο\nΤα μέρη συνιστούν μικτή επιτροπή.\n\n"
        "Άρθρο δεύτερο\nΚάθε μέρος κοινοποιεί κάθε νέο δασμολόγιο.\n\n"
        "ΑΡΘΡΟ ΔΕΚΑΤΟ ΤΡΙΤΟ\nΗ παραχώρηση παρατείνεται.\n\nΆρθρο εικοστό πρώτο\nΤέλος.\n"
    )
    doc = make_document(text)
    assert [(s.label, s.number) for s in doc.segments[1:]] == [
        ("πρώτο", 1), ("δεύτερο", 2), ("ΔΕΚΑΤΟ ΤΡΙΤΟ", 13), ("εικοστό πρώτο", 21)
    ]  # fmt: skip


def test_sections_numbered_within_chapters_are_sections_of_their_own() -> None:
    """Norwegian and Danish laws number "§ 1-1", "§ 1-2", "§ 2-1": all of a chapter's
    sections had been one unit "1", an inserted "§ 1-3" a change of wording in it."""
    old = (
        "§ 1-1. Formål\nLoven skal fremme dyrevelferd.\n\n"
        "§ 1-2. Virkeområde\nLoven gjelder for alle dyr.\n\n§ 2-1. Tilsyn\nMattilsynet fører tilsyn.\n"
    )
    new = old.replace("§ 2-1.", "§ 1-3. Dyrehold\nDyr skal holdes godt.\n\n§ 2-1.")
    cmp = compare(make_document(old), make_document(new))
    assert [s.label for s in cmp.new.segments] == ["1-1", "1-2", "1-3", "2-1"]
    assert cmp.label_of("new", cmp.added) == ["1-3"]
    assert all(p.status == "unchanged" for p in cmp.pairs)


def test_a_numbered_row_over_plain_text_is_no_title_of_the_next_article() -> None:
    """A table read from a PDF puts each row's number on a line of its own; the row
    under it is the article's text, and a change to it is reported."""
    old = (
        "Article 1\n\nThe frontier shall follow the line below.\n\nI\n\nSarp\n\n"
        "II\n\nPosof Ararat 248 kilometres\n\nArticle 2\n\nThe Commission shall meet."
    )
    new = old.replace("Posof Ararat 248 kilometres", "Kars Igdir 999 miles")
    cmp = compare(make_document(old), make_document(new))
    first = cmp.new.segment_text(cmp.new.segments[0])
    assert first.endswith("II\n\nKars Igdir 999 miles")
    changed = {c.new_text for p in cmp.pairs for c in p.changes}
    assert any("Kars Igdir" in t for t in changed)
    assert [p.status for p in cmp.pairs] == ["modified", "unchanged"]


def test_a_heading_with_its_title_on_the_next_line() -> None:
    doc = make_document("Article 1\nPurpose\nThe purpose is peace.\n\nArticle 2\nScope\nAll.")
    assert headings(doc) == [article("1", "Article 1"), article("2", "Article 2")]
    assert doc.body(doc.segments[0]) == "Purpose\nThe purpose is peace."


def test_bulleted_items_stay_on_lines_of_their_own() -> None:
    text = (
        "Ce contrat respecte deux grands principes, qui président à sa rédaction:\n\n"
        "  * d'une part, le respect des principes de diffusion des logiciels\n"
        "    libres: accès au code source, droits étendus conférés aux utilisateurs,\n"
        "  * d'autre part, la désignation d'un droit applicable, le droit\n"
        "    français, auquel elle est conforme.\n"
    )
    shown = reflowed(text).replace("\u200b", "")
    assert "utilisateurs,\u2028* d'autre part" in shown
    assert "logiciels libres:" in shown


# -- cross-references never cut ---------------------------------------------------------

REFERENCES = [
    "Article 5", "Art. 5", "article 12 bis", "Article IV", "Article One", "§ 3", "section 2",
    "Section 4.2", "Clause 7", "Rule 3", "Regulation 9", "Статья 5", "статьи 5", "Madde 4",
    "4 üncü madde", "Artikel 3", "Artículo 2.º", "Artigo 1.º", "Part II", "Chapter 3",
    "Annex 1", "Schedule 2", "paragraph 1", "1.", "2.1", "(a)", "b)",
]  # fmt: skip
WORDS = st.sampled_from(
    ["the", "parties", "shall", "as", "provided", "in", "see", "under", "and", "of", "la",
     "согласно", "uyarınca", "gemäß", "de", "conforme", "Kars", "1921", "frontier"]
)  # fmt: skip
BASE = (
    "Article 1\nThe parties renounce war.\n\nArticle 2\n{sentence}\n\n"
    "Article 3\nThe frontier follows the river."
)


@settings(max_examples=150, deadline=None)
@given(
    before=st.lists(WORDS, min_size=1, max_size=6),
    reference=st.sampled_from(REFERENCES),
    after=st.lists(WORDS, max_size=6),
    stop=st.sampled_from(["", ".", ",", ";", ":"]),
)
def test_a_sentence_mentioning_an_article_mid_line_is_never_cut(
    before: list[str], reference: str, after: list[str], stop: str
) -> None:
    sentence = " ".join([*before, reference + stop, *after]) + "."
    doc = make_document(BASE.format(sentence=sentence))
    assert [s.label for s in doc.segments] == ["1", "2", "3"]
    assert doc.body(doc.segments[1]) == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The parties shall act as provided in\nArticle 5, and in no other way.",
        "Article 5 of the earlier treaty is void.",
        "§ 3 of the Code does not apply to Kars.",
        "Artículo 2 de la Ley queda derogado.",
        "Article 3 TEU sets out the aims of the Union.",
        "Article 12 Paragraph 2 of this Treaty is void.",
        # a paragraph opening by citing an article, its line broken after the number
        "Article 30\nshall not apply where the processing is carried out by a court.",
    ],
)
def test_a_reference_opening_a_line_is_no_heading(sentence: str) -> None:
    doc = make_document(BASE.format(sentence=sentence))
    assert [s.label for s in doc.segments] == ["1", "2", "3"]


def test_a_heading_over_a_lettered_point_is_still_a_heading() -> None:
    text = (
        "Article 1\nThe parties renounce war.\n\nArticle 2\na) the frontier follows the "
        "river;\nb) a commission marks it.\n\nArticle 3\niv. Trade is free."
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2", "3"]


def test_numbered_sections_past_9999_are_cut():
    """A long text (a licence repeated into a 20 MB file) numbers its sections past
    9999: "10000. Terms" was read as running text of section 9999."""
    raw = "".join(f"{k}. Terms\nThe terms of part {k} apply.\n\n" for k in range(9995, 10006))
    doc = make_document(raw)
    assert [s.label for s in doc.segments] == [str(k) for k in range(9995, 10006)]


def test_bracketed_numbers_past_999_go_on_their_run() -> None:
    """ "(1000)" after "(999)" numbers on the run: it and everything after it had been
    read as text of item 999. A "(2010)" opening a paragraph of an item is a year."""
    items = "".join(f"({k}) The Parties shall report on matter {k}.\n\n" for k in range(996, 1003))
    raw = f"REGULATION\n\nThe Parties have agreed as follows.\n\n{items}"
    labels = [s.label for s in make_document(raw).segments]
    assert labels == ["preamble", *(str(k) for k in range(996, 1003))]
    cited = "".join(
        f"({k}) The Parties shall report on matter {k}.\n\n" for k in range(1, 6)
    ).replace("\n\n(3)", "\n\n(2010) The report of that year stands.\n\n(3)")
    labels = [s.label for s in make_document(f"REGULATION\n\n{cited}").segments]
    assert "2010" not in labels
    year = raw.replace("\n\n(1000)", "\n\n(2010) The report of that year stands.\n\n(1000)")
    labels = [s.label for s in make_document(year).segments]
    assert labels == ["preamble", *(str(k) for k in range(996, 1003))]


@pytest.mark.parametrize(
    ("article", "formula"),
    [
        ("Artikel", "Zu Urkund dessen haben die Bevollmächtigten diesen Vertrag unterzeichnet."),
        ("Artículo", "EN FE DE LO CUAL, los plenipotenciarios firman el presente Tratado."),
        ("Articolo", "In fede di che i plenipotenziari hanno firmato il presente Trattato."),
        ("Artigo", "Em fé do que os plenipotenciários assinaram o presente Tratado."),
        ("Artikel", "Ten blijke waarvan de gevolmachtigden dit Verdrag hebben ondertekend."),
        ("Artykuł", "Na dowód czego pełnomocnicy podpisali niniejszy Traktat."),
        ("Artículo", "Dado en Madrid, a 3 de abril de 2010."),
        ("Art.", "Data a Roma, addì 3 aprile 2010"),
        ("Статья", "Президент Российской Федерации"),
        ("Art.", "Prezydent Rzeczypospolitej Polskiej: A. Kowalski"),
    ],
)
def test_a_treaty_closes_with_its_own_formula(article: str, formula: str) -> None:
    text = f"Vertrag\n\n{article} 1\n\nText eins.\n\n{article} 2\n\nText zwei.\n\n{formula}\n\n16.3.1921\n"
    segments = make_document(text).segments
    assert [(s.label, s.kind.value) for s in segments][-2:] == [
        ("2", "article"),
        ("closing", "closing"),
    ]
    closing = segments[-1]
    assert text[closing.start : closing.end].startswith(formula)


@pytest.mark.parametrize(
    ("headings", "labels"),
    [
        (["ARTICLE II", "ARTICLE II bis", "ARTICLE II A", "ARTICLE IIB", "ARTICLE III"],
         ["II", "II bis", "II A", "IIB", "III"]),
        (["Статья 2", "Статья 2-1", "Статья 2¹", "Статья 2а", "Статья 3"],
         ["2", "2-1", "2¹", "2а", "3"]),
        (["Стаття 1.", "Стаття 1-1.", "Стаття 2."], ["1", "1-1", "2"]),
        (["Art. 2º", "Art. 2º-A", "Art. 3º"], ["2", "2-A", "3"]),
    ],
)  # fmt: skip
def test_articles_inserted_between_two_keep_their_marks(
    headings: list[str], labels: list[str]
) -> None:
    """Amended codes insert "II bis", "2-1", "2¹" or "2а" after an article; each is
    an article of its own and the numbers read in order."""
    text = "".join(f"{h}\nThe text of {h.split()[1]} in one sentence.\n\n" for h in headings)
    doc = make_document(text)
    assert [s.label for s in doc.segments] == labels
    assert doc.warnings == ()


def test_turkish_additional_and_provisional_articles_are_runs_of_their_own() -> None:
    text = (
        "MADDE 1 – Bu Kanunun amacı kütüphaneleri korumaktır.\n\n"
        "MADDE 2 – Bu Kanun bütün il kütüphanelerini kapsar.\n\n"
        "EK MADDE 1 – Kütüphaneler dijital ödünç verebilir.\n\n"
        "GEÇİCİ MADDE 1 – Mevcut kütüphaneler bir yıl içinde uyum sağlar.\n\n"
        "GEÇİCİ MADDE 2 – Bu Kanun yayımı tarihinde yürürlüğe girer.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["1", "2", "Ek 1", "Geçici 1", "Geçici 2"]
    assert doc.warnings == ()


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("SEC. 101. SHORT TITLE.\nThis Act may be cited as the Library Act.\n\n"
         "SEC. 102. DEFINITIONS.\nIn this Act the terms mean what follows.\n\n"
         "SEC. 102A. DIGITAL LENDING.\nA library may lend electronic books.\n",
         ["101", "102", "102A"]),
        ("Section 1. Purpose\nThe purpose of these rules.\n\nSection 2. Scope\nThe scope of "
         "these rules.\n\nSection 2A. Lending\nThe lending of electronic books.\n",
         ["1", "2", "2A"]),
        ("ARTICLE IV\nThe frontier.\n\nARTICLE IV-A\nThe commission.\n\nARTICLE V\nThe end.\n",
         ["IV", "IV-A", "V"]),
    ],
)  # fmt: skip
def test_units_inserted_with_a_capital_letter(text: str, labels: list[str]) -> None:
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind.value != "preamble"] == labels
    assert doc.warnings == ()


def test_a_bare_number_with_a_small_letter_is_an_inserted_article() -> None:
    """A text numbering its articles "15.", "16.", "17." on lines of their own inserts
    one as "16a."; it is an article of that run, not a line of the one before."""
    body = "Die Vertragsparteien arbeiten bei der Umsetzung dieses Übereinkommens zusammen."
    text = "".join(f"{n}.\n\n{body}\n\n" for n in ("14", "15", "16", "16a", "17", "18"))
    doc = make_document(text)
    labels = [s.label for s in doc.segments if s.kind.value != "preamble"]
    assert labels == ["14", "15", "16", "16a", "17", "18"]


def test_a_chapter_titled_annexes_between_articles_is_no_annex() -> None:
    """ "CHAPITRE X" titled "ANNEXES" over articles going on from the one before: the
    articles are the chapter's, no annex begins there."""
    body = "Les Parties coopèrent à la mise en œuvre de la présente Convention."
    text = (
        f"ARTICLE 1\n\n{body}\n\nARTICLE 2\n\n{body}\n\nCHAPITRE II\nANNEXES\n\n"
        f"ARTICLE 3\n\n{body}\n\nARTICLE 4\n\n{body}\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind.value != "preamble"] == ["1", "2", "3", "4"]


def test_a_citation_opening_a_page_mid_sentence_heads_no_article() -> None:
    """A page broke a sentence before "Artikel 27 …", its number and running head
    between: the citation goes on the sentence of Artikel 43; "Artikel 44" opening the
    next page after a paragraph broken off the same way still heads its article."""
    body = "Die Vertragsparteien arbeiten bei der Umsetzung dieses Übereinkommens zusammen."
    cut = "Jede Vertragspartei veröffentlicht die Bescheinigung nach den Verfahren nach"
    furniture = "\n\n- 15 -\nÜbereinkommen über den Schutz der Gewässer\n\n"
    text = (
        f"Artikel 42\nLizenzen\n\n{body}\n\nArtikel 43\nÄnderungen\n\n(1) {cut}"
        f"{furniture}Artikel 27 Jahr und Schiedsverfahren das durch sowie ökologische.\n\n"
        f"(2) {body}\n\n(3) {cut}{furniture}Artikel 44 Überprüfung\n\n{body}\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments if s.kind.value != "preamble"] == ["42", "43", "44"]
    assert "Artikel 27 Jahr" in doc.body(doc.segments[-2])


def test_an_act_listing_its_sections_in_its_first_keeps_them_there() -> None:
    """A table of contents with no page numbers inside Sec. 101 is no run of sections:
    the real headings below it are the units, each once."""
    text = (
        "AN ACT\n\nTo support public libraries.\n\n"
        "SEC. 101. SHORT TITLE; TABLE OF CONTENTS.\n"
        '(a) SHORT TITLE.—This Act may be cited as the "Library Act".\n'
        "(b) TABLE OF CONTENTS.—The table of contents is as follows:\n"
        "Sec. 101. Short title; table of contents.\n"
        "Sec. 102. Definitions.\n"
        "Sec. 103. Grants.\n\n"
        "SEC. 102. DEFINITIONS.\n"
        'In this Act the term "State" includes Guam.\n\n'
        "SEC. 103. GRANTS.\n"
        "The Secretary may award grants of up to $20,000.\n"
    )
    doc = make_document(text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["101", "102", "103"]
    assert text[units[1].start :].startswith("SEC. 102. DEFINITIONS.")
    assert "Sec. 103. Grants." in text[units[0].start : units[0].end]


def test_a_turkish_article_title_above_its_heading_heads_it() -> None:
    """As laws are printed in the Official Gazette: the title on its own line, then
    "MADDE 1 – (1) …" with the text on the heading's line."""
    text = (
        "Amaç\nMADDE 1 – (1) Bu Kanunun amacı su ürünleri yetiştiriciliğini düzenlemektir.\n\n"
        "Kapsam\nMADDE 2 – (1) Bu Kanun küçük işletmeleri kapsar.\n\n"
        "Başvuru\nMADDE 5/A – (1) Başvurular il müdürlüğüne yapılır.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["1", "2", "5/A"]
    assert [text[s.start : s.body_start].split("\n")[0] for s in doc.segments] == [
        "Amaç",
        "Kapsam",
        "Başvuru",
    ]


def test_chapitre_premier_is_a_division() -> None:
    text = (
        "Chapitre Ier\nDispositions générales\n\nArticle 1er\n\nLa présente loi protège les "
        "zones humides.\n\nChapitre II\nProtection\n\nArticle 2\n\nTout remblai est soumis à "
        "autorisation.\n\nLa présente loi sera exécutée comme loi de l'État.\n"
    )
    doc = make_document(text)
    assert [(d.label, d.title) for d in doc.divisions] == [
        ("Ier", "Dispositions générales"),
        ("II", "Protection"),
    ]
    assert [s.label for s in doc.segments] == ["1", "2", "closing"]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("第一条　この法律の目的を定める。\n\n第二条　定義を定める。\n\n"
         "第二条の二　国及び地方公共団体は協力する。\n\n第三条　基本理念を定める。\n",
         ["一", "二", "二の二", "三"]),
        ("第一条　本办法的目的。\n\n第二条　定义。\n\n第二条之一　合作。\n\n第三条　原则。\n",
         ["一", "二", "二之一", "三"]),
    ],
)  # fmt: skip
def test_an_article_inserted_after_another_in_japanese_or_chinese(
    text: str, labels: list[str]
) -> None:
    doc = make_document(text)
    assert [s.label for s in doc.segments] == labels
    assert doc.warnings == ()


def test_a_japanese_caption_above_its_article_heads_it() -> None:
    """Japanese laws print an article's caption in brackets on the line above it."""
    text = (
        "（目的）\n第一条　この法律は、公共交通の確保を目的とする。\n\n"
        "（定義）\n第二条　この法律において「交通」とは、バスをいう。\n\n"
        "第三条　削除\n\n"
        "（責務）\n第四条　国は、施策を実施する。\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["一", "二", "三", "四"]
    assert [text[s.start : s.end].split("\n")[0] for s in doc.segments] == [
        "（目的）",
        "（定義）",
        "第三条　削除",
        "（責務）",
    ]


JAPANESE_LAW = (
    "交通確保法\n\n目次\n第一章　総則（第一条―第二条）\n第二章　雑則（第三条）\n附則\n\n"
    "第一章　総則\n\n（目的）\n第一条　この法律は、交通の確保を目的とする。\n\n"
    "第二条　国は、施策を実施する。\n\n第二章　雑則\n\n第三条　この法律は、毎年見直す。\n\n"
    "附　則\n１　この法律は、公布の日から施行する。\n\n"
    "附　則　（令和五年法律第十号）\nこの法律は、令和六年四月一日から施行する。\n"
)
KOREAN_LAW = (
    "시험관리법\n\n제1장 총칙\n제1조(목적) 이 법은 시험관리를 목적으로 한다.\n"
    "제2조(정의) 용어의 뜻은 다음과 같다.\n제2조의2(계획) 장관은 계획을 수립한다.\n"
    "제2장 벌칙\n제3조(벌칙) 위반한 자는 1년 이하의 징역에 처한다.\n\n"
    "부칙 <제12345호, 2020. 1. 1.>\n이 법은 공포한 날부터 시행한다.\n\n"
    "부칙 <제23456호, 2022. 3. 1.>\n이 법은 공포 후 6개월이 경과한 날부터 시행한다.\n"
)


@pytest.mark.parametrize(
    ("text", "labels", "chapters"),
    [
        (JAPANESE_LAW, ["preamble", "一", "二", "三", "附則", "附則 （令和五年法律第十号）"],
         [("第一章", "総則", [1, 2]), ("第二章", "雑則", [3])]),
        (KOREAN_LAW, ["preamble", "1", "2", "2의2", "3", "부칙 <제12345호, 2020. 1. 1.>",
                      "부칙 <제23456호, 2022. 3. 1.>"],
         [("제1장", "총칙", [1, 2, 3]), ("제2장", "벌칙", [4])]),
    ],
)  # fmt: skip
def test_an_east_asian_law_has_chapters_and_supplementary_provisions(
    text: str, labels: list[str], chapters: list[tuple[str, str, list[int]]]
) -> None:
    """Chapters (第一章, 제1장) are divisions above the articles, a table of contents
    listing them stays in the preamble, and each set of supplementary provisions
    (附則, 부칙, the later ones headed with the amending law) is a unit of its own."""
    doc = make_document(text)
    assert [s.label for s in doc.segments] == labels
    assert doc.warnings == ()
    assert [(d.name, d.title) for d in doc.divisions] == [
        (name, title) for name, title, _ in chapters
    ]
    for k, (_, _, held) in enumerate(chapters):
        assert [n for n, s in enumerate(doc.segments) if s.division == k] == held
    assert doc.segments[-1].kind is SegmentKind.ANNEX
    # The caption in brackets, above the heading or opening its line, titles the article.
    assert unit_title(doc.text, doc.segments[1]) == {"一": "目的", "1": "목적"}[labels[1]]


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("1 §   Denna lag gäller vattenverksamhet.\n\n1 a §   Ägaren ska anmäla ändringar.\n\n"
         "2 §   Länsstyrelsen prövar frågor om tillstånd.\n", ["1", "1 a", "2"]),
        ("1. §\nA törvény hatálya a vízbázisokra terjed ki.\n\n1/A. §\nA jegyző nyolc napon "
         "belül dönt.\n\n2. §\nE törvény alkalmazásában üzemeltető az, aki kezeli.\n",
         ["1", "1/A", "2"]),
        ("Άρθρο 5\nΟ δήμος τηρεί μητρώο.\n\nΆρθρο 5Α\nΟ δήμος αναρτά την έκθεση.\n\n"
         "Άρθρο 6\nΗ Περιφέρεια εποπτεύει.\n", ["5", "5Α", "6"]),
        ("مادة (1)\nتنشر الهيئة التقرير السنوي.\n\nمادة (2)\nتلتزم البلدية بإعداد الخطة.\n",
         ["1", "2"]),
        ("المادة 5\nتنشر الهيئة التقرير.\n\nالمادة 5 مكرراً\nتلتزم البلدية بالخطة.\n\n"
         "المادة 6\nملغاة.\n", ["5", "5 مكرراً", "6"]),
        ("مادة (5)\nتنشر الهيئة التقرير.\n\nمادة (5) مكرراً\nتلتزم البلدية بالخطة.\n\n"
         "مادة (6)\nملغاة.\n", ["5", "5 مكرراً", "6"]),
        ("المادة العاشرة\nنص أول.\n\nالمادة الحادية عشرة\nنص ثان.\n\nالمادة العشرون\n"
         "نص ثالث.\n\nالمادة الحادية والعشرون\nنص رابع.\n",
         ["العاشرة", "الحادية عشرة", "العشرون", "الحادية والعشرون"]),
    ],
)  # fmt: skip
def test_an_article_inserted_or_numbered_as_its_language_prints_it(
    text: str, labels: list[str]
) -> None:
    """Swedish "1 a §", Hungarian "1/A. §", Greek "Άρθρο 5Α", Arabic "مادة (1)",
    "المادة 5 مكرراً" and ordinals past ten are each an article of their own."""
    doc = make_document(text)
    assert [s.label for s in doc.segments] == labels
    assert doc.warnings == ()
    numbers = [s.number for s in doc.segments]
    assert numbers == sorted(numbers)  # inserted ones count by the number they follow


def test_sections_numbered_again_in_every_chapter_are_cited_by_both() -> None:
    """A Swedish law counts its sections anew in each chapter ("2 kap. 1 §"): the
    labels say the chapter ("2:1"), and nothing warns of numbers going backwards."""
    text = (
        "1 kap. Allmänt\n\n1 §   Denna lag gäller vattenverksamhet.\n\n"
        "2 §   Länsstyrelsen prövar frågor om tillstånd.\n\n2 kap. Tillstånd\n\n"
        "1 §   Tillstånd krävs för markavvattning.\n\n2 §   Ansökan ska vara skriftlig.\n"
    )
    doc = make_document(
        text + "\nÖvergångsbestämmelser\n\n2021:447\nDenna lag träder i kraft 2022.\n"
    )
    assert [s.label for s in doc.segments] == ["1:1", "1:2", "2:1", "2:2", "Övergångsbestämmelser"]
    assert doc.segments[-1].reference == "Övergångsbestämmelser"
    assert doc.warnings == ()
    assert [(d.term, d.label, d.title) for d in doc.divisions] == [
        ("Kap.", "1", "Allmänt"),
        ("Kap.", "2", "Tillstånd"),
    ]


@pytest.mark.parametrize(
    ("text", "divisions", "first_words"),
    [
        ("I. FEJEZET\nÁLTALÁNOS RENDELKEZÉSEK\n\n1. A törvény hatálya\n\n1. §\n"
         "A törvény hatálya a vízbázisokra terjed ki.\n\n2. Értelmező rendelkezések\n\n2. §\n"
         "E törvény alkalmazásában üzemeltető az, aki kezeli.\n\nII. FEJEZET\nELJÁRÁS\n\n3. §\n"
         "A hatóság harminc napon belül dönt.\n",
         [("Fejezet", "I", "ÁLTALÁNOS RENDELKEZÉSEK"), ("Fejezet", "II", "ELJÁRÁS")],
         ["I. FEJEZET", "2. Értelmező rendelkezések", "II. FEJEZET"]),
        ("ZÁKON\no ochraně vodních zdrojů\n\nČÁST PRVNÍ\nOBECNÁ USTANOVENÍ\n\n§ 1\n"
         "Tento zákon upravuje ochranu vodních zdrojů.\n\n§ 2\nÚřad rozhodne do 30 dnů.\n\n"
         "ČÁST DRUHÁ\nPOVOLOVÁNÍ\n\n§ 3\nPovolení vydává krajský úřad.\n",
         [("Část", "PRVNÍ", "OBECNÁ USTANOVENÍ"), ("Část", "DRUHÁ", "POVOLOVÁNÍ")],
         ["ČÁST PRVNÍ", "§ 2", "ČÁST DRUHÁ"]),
        ("قانون\n\nالباب الأول\nأحكام عامة\n\nالمادة الأولى\nتنشر الهيئة التقرير.\n\n"
         "الباب الثاني\nالترخيص\n\nالمادة الثانية\nتلتزم البلدية بالخطة.\n",
         [("الباب", "الأول", "أحكام عامة"), ("الباب", "الثاني", "الترخيص")],
         ["الباب الأول", "الباب الثاني"]),
    ],
)  # fmt: skip
def test_divisions_numbered_before_their_word_or_in_words(
    text: str, divisions: list[tuple[str, str, str]], first_words: list[str]
) -> None:
    """Hungarian "I. FEJEZET" and Czech "ČÁST PRVNÍ" are divisions; a division, and a
    Hungarian numbered subtitle ("2. Értelmező rendelkezések"), head the article
    below them instead of trailing the one before."""
    doc = make_document(text)
    assert [(d.term, d.label, d.title) for d in doc.divisions] == divisions
    articles = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [doc.text[s.start : s.end].split("\n")[0] for s in articles] == first_words


def test_a_division_and_its_title_set_paragraphs_apart_head_the_next_section() -> None:
    """A word processor sets "ČÁST DRUHÁ" and its title "POVOLOVÁNÍ" as paragraphs of
    their own: together they are one division, titled, heading the § below them,
    never a heading of their own nor the end of the § above."""
    text = (
        "ZÁKON\n\no ochraně vodních zdrojů\n\nČÁST PRVNÍ\n\nOBECNÁ USTANOVENÍ\n\n§ 1\n\n"
        "Předmět úpravy\n\n(1) Tento zákon upravuje ochranu vodních zdrojů.\n\n§ 2\n\n"
        "(1) Úřad rozhodne do 30 dnů.\n\nČÁST DRUHÁ\n\nPOVOLOVÁNÍ\n\n§ 3\n\n"
        "(1) Povolení vydává krajský úřad.\n"
    )
    doc = make_document(text)
    assert [(s.kind.value, s.label) for s in doc.segments] == [
        ("preamble", "preamble"), ("article", "1"), ("article", "2"), ("article", "3"),
    ]  # fmt: skip
    assert [(d.label, d.title) for d in doc.divisions] == [
        ("PRVNÍ", "OBECNÁ USTANOVENÍ"),
        ("DRUHÁ", "POVOLOVÁNÍ"),
    ]
    third = doc.segments[3]
    assert doc.text[third.start :].startswith("ČÁST DRUHÁ\n\nPOVOLOVÁNÍ\n\n§ 3")


def test_annexes_to_the_chapters_of_a_trade_agreement_keep_their_letters() -> None:
    text = (
        "ARTICLE 2.1\nTariff elimination\nEach Party shall eliminate its duties.\n\n"
        "ANNEX 2-A\nTARIFF SCHEDULE OF THE UNION\nThe duties fall in five stages.\n\n"
        "ANNEX 2-B\nTARIFF SCHEDULE OF THE REPUBLIC\nThe duties fall in seven stages.\n"
    )
    doc = make_document(text)
    assert [(s.kind.value, s.label) for s in doc.segments] == [
        ("article", "2.1"), ("annex", "2-A"), ("annex", "2-B"),
    ]  # fmt: skip
    assert doc.warnings == ()


def test_a_decimal_article_number_that_changes_is_a_renumbering() -> None:
    """ "ARTICLE 1.2" that became "ARTICLE 1.3" is renumbered, though both count by 1."""
    old = "ARTICLE 1.1\nObjective\nTrade is freed.\n\nARTICLE 1.2\nScope\nGoods only.\n"
    new = old.replace("ARTICLE 1.2", "ARTICLE 1.3").replace(
        "\n\nARTICLE 1.3", "\n\nARTICLE 1.2\nTransparency\nLaws are published.\n\nARTICLE 1.3"
    )
    cmp = compare(make_document(old), make_document(new))
    assert [(p.old, p.new, p.renumbered) for p in cmp.pairs] == [
        ((0,), (0,), False),
        ((1,), (2,), True),
    ]


def test_supplementary_provisions_keep_their_own_articles() -> None:
    """ "부칙 <…>" numbers its articles again ("제1조(시행일)"): they are its text, not
    articles of the law repeated."""
    text = (
        "시험관리법\n\n제1조(목적) 이 법은 시험관리를 목적으로 한다.\n\n"
        "제2조(정의) 용어의 뜻은 다음과 같다.\n\n부칙 <제12345호, 2020. 1. 1.>\n"
        "제1조(시행일) 이 법은 공포한 날부터 시행한다.\n제2조(경과조치) 종전의 지정은 유효하다.\n\n"
        "부칙 <제23456호, 2022. 3. 1.>\n제1조(시행일) 이 법은 6개월 후 시행한다.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == [
        "preamble", "1", "2", "부칙 <제12345호, 2020. 1. 1.>", "부칙 <제23456호, 2022. 3. 1.>",
    ]  # fmt: skip
    assert doc.warnings == ()


def test_a_korean_article_struck_out_and_a_term_lengthened() -> None:
    """ "제2조 삭제 <date>" is the article repealed in place; "1년" → "2년" is a figure."""
    old = make_document(KOREAN_LAW)
    new = make_document(
        KOREAN_LAW.replace(
            "제2조(정의) 용어의 뜻은 다음과 같다.", "제2조 삭제 <2023. 5. 1.>"
        ).replace("1년", "2년")
    )
    cmp = compare(old, new)
    by_label = {(old.segments[p.old[0]].label, new.segments[p.new[0]].label): p for p in cmp.pairs}
    assert by_label[("2", "2")].repealed
    assert [c.change_class for c in by_label[("3", "3")].changes] == ["figure"]


def test_consolidation_marks_are_no_text() -> None:
    """A consolidated text's "▼B" / "▼M1" lines say which act a passage comes from;
    they are left out, and a deleted article (its heading over a rule) is empty."""
    old = "Article 1\nThe rules apply.\n\nArticle 2\nCards are accepted.\n"
    new = "▼B\n\nArticle 1\nThe rules apply.\n\n▼M1\nArticle 2\n—————\n"
    doc = make_document(new)
    assert "▼" not in doc.text and [s.label for s in doc.segments] == ["1", "2"]
    cmp = compare(make_document(old), doc)
    assert [(p.status, p.repealed) for p in cmp.pairs] == [("unchanged", False), ("modified", True)]


def test_a_paragraph_struck_out_at_the_end_of_an_article_is_no_division() -> None:
    """Brazilian articles number their paragraphs "§ 1º": the last one struck out,
    "§ 2º (Revogado)", alone on its line above the next article, is still a paragraph
    of its article, not a division heading the articles after it."""
    text = (
        "LEI Nº 1.234, DE 10 DE JANEIRO DE 2020\n\n"
        "Art. 1º Esta Lei dispõe sobre o transporte coletivo.\n\n"
        "Art. 2º Compete à União legislar sobre o transporte.\n\n"
        "§ 1º Os Estados podem suplementar a legislação.\n\n§ 2º (Revogado)\n\n"
        "Art. 3º Esta Lei entra em vigor na data de sua publicação.\n\n"
        "Art. 4º Revogam-se as disposições em contrário.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3", "4"]
    assert doc.divisions == ()
    assert "§ 2º (Revogado)" in doc.text[doc.segments[2].start : doc.segments[2].end]


def test_a_rule_under_a_deleted_article_is_not_its_heading() -> None:
    """The rule that stands for a deleted article's text ends no heading: the chapter
    below it still heads the next article, and the deleted one is repealed."""
    old = (
        "Article 1\nScope\nThe rules apply.\n\nArticle 2\nTransition\nOld points comply "
        "by 2026.\n\nCHAPTER II\nENFORCEMENT\n\nArticle 3\nAuthorities\nStates supervise.\n"
    )
    new = old.replace("Transition\nOld points comply by 2026.", "▼M1\n—————").replace(
        "\n\nArticle 3", "\n\n▼M2\n\nArticle 3"
    )
    doc = make_document(new)
    third = doc.segments[-1]
    assert doc.text[third.start :].startswith("CHAPTER II\nENFORCEMENT")
    cmp = compare(make_document(old), doc)
    assert [(p.status, p.repealed) for p in cmp.pairs] == [
        ("unchanged", False),
        ("modified", True),
        ("unchanged", False),
    ]


def test_a_constitution_keeps_its_amendments_after_its_articles() -> None:
    """Amendments follow the articles as units of their own, cited as "Amendment II";
    an article titled "Schedule" is no annex."""
    old = (
        "ARTICLE I\nThe Legislature\nSection 1. The legislative power is vested in a "
        "General Court.\n\nARTICLE II\nSchedule\nSection 1. Existing laws remain in force.\n\n"
        "Amendment I\nNo law shall abridge the freedom of speech.\n\n"
        "Amendment II\nHomes shall be secure against unreasonable searches.\n"
    )
    new = old + "\nAmendment III\nEvery person may petition the General Court.\n"
    doc = make_document(new)
    assert [s.label for s in doc.segments] == [
        "I",
        "II",
        "Amendment I",
        "Amendment II",
        "Amendment III",
    ]
    cmp = compare(make_document(old), doc)
    assert cmp.label_of("new", cmp.added) == ["Amendment III"] and cmp.removed == ()


def test_a_resolution_keeps_its_head_and_its_adoption_in_place() -> None:
    """The head of a UN resolution (issuing lines, symbol, title) down to "The General
    Assembly," is its preamble, as is the title under a sponsors' line; the meeting
    that adopted it closes it."""
    draft = (
        "Bolivia and Zambia: draft resolution\n\nWater Decade\n\nThe General Assembly,\n\n"
        "Recalling its resolution 70/1,\n\n1. Decides to proclaim the Decade;\n\n"
        "2. Requests a report on the Decade;\n\n3. Decides to remain seized of the matter.\n"
    )
    adopted = (
        "United Nations A/RES/79/214\nGeneral Assembly\n\nSeventy-ninth session\n\n"
        "Resolution adopted by the General Assembly on 19 December 2024\n\n"
        "79/214. Water Decade\n\nThe General Assembly,\n\nRecalling its resolution 70/1,\n\n"
        "1. Decides to proclaim the Decade;\n\n2. Requests a report on the Decade;\n\n"
        "3. Decides to remain seized of the matter.\n\n72nd plenary meeting\n19 December 2024\n"
    )
    assert [s.label for s in make_document(draft).segments] == ["preamble", "1", "2", "3"]
    doc = make_document(adopted)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3", "closing"]
    cmp = compare(make_document(draft), doc)
    assert all(p.status == "unchanged" for p in cmp.pairs if p.old != (0,))


def test_a_table_of_contents_above_the_first_chapter_stays_in_the_preamble() -> None:
    text = (
        "地域交通法\n\n目次\n第一章　総則（第一条・第二条）\n第二章　雑則（第三条）\n附則\n\n"
        "第一章　総則\n\n（目的）\n第一条　この法律は、交通の確保を目的とする。\n\n"
        "（定義）\n第二条　この法律において「交通」とは、バスをいう。\n\n"
        "第二章　雑則\n\n第三条　国は、施策を実施する。\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "一", "二", "三"]
    first = doc.segments[1]
    assert text[first.start :].startswith("第一章　総則\n\n（目的）")
    assert "附則" in text[doc.segments[0].start : doc.segments[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "第二条　この法律において「地域公共交通」とは、地域住民の日常生活又は社会生活における"
        "移動のための交通手段として利用される公共交通機関をいう。\n２　この法律において「交通事業者」"
        "とは、鉄道事業者をいう。\n",
        "제15조(벌칙) ① 이 법을 위반한 자는 1년 이하의 징역 또는 1천만원 이하의 벌금에 처한다. "
        "다만 정상을 참작할 수 있다.\n② 제1항의 미수범은 처벌한다.\n",
    ],
)
def test_a_numbered_paragraph_of_an_east_asian_law_keeps_its_own_line(text: str) -> None:
    """ "２　" and "②" open paragraphs of their own after a full sentence: the break
    before them stays, however long the line above it is."""
    first_end = text.index("\n")
    assert reflowed(text)[first_end] == "\u2028"


GROUPED = """The Sample Licence 2.0

Preamble

This licence sets the terms on which the package may be copied.

Permission for Use

(1) You may use the package for any purpose.

Permissions for Redistribution of the Standard Version

(2) You may give away verbatim copies of the package.

(3) You may apply fixes made available by the holder.

Distribution of Compiled Forms of the Standard Version or Modified Versions without the Source

(4) You may give away compiled forms with the source.
"""


def test_a_title_case_heading_over_a_numbered_unit_heads_it() -> None:
    """Headings that group numbered clauses ("Permissions for Redistribution of the
    Standard Version" over "(2)") were the last words of the clause before, and were
    compared as words added to it."""
    doc = make_document(GROUPED)
    units = {s.label: doc.text[s.start : s.end] for s in doc.segments}
    assert units["1"].endswith("for any purpose.")
    assert units["2"].startswith("Permissions for Redistribution of the Standard Version\n\n(2)")
    assert units["3"].endswith("made available by the holder.")
    assert units["4"].startswith("Distribution of Compiled Forms")
    two = next(s for s in doc.segments if s.label == "2")
    assert doc.text[two.body_start :].startswith("You may give away")  # its text, as before


NOTICE_AFTER = """Lizenzvertrag

1. Definitionen

     a. Der Begriff "Abwandlung" bezeichnet jede Bearbeitung des Werkes.

     b. Der Begriff "Sammelwerk" bezeichnet eine Sammlung von Werken.

2. Haftung

     a. Der Lizenzgeber haftet nur für Vorsatz.

     b. Er haftet nicht für leichte Fahrlässigkeit.

3. Sonstige Bestimmungen

     a. Diese Lizenz unterliegt dem Recht der Bundesrepublik Deutschland.

     b. Sollte eine Bestimmung unwirksam sein, bleibt der Rest wirksam.

Creative Commons Notice

Creative Commons ist nicht Partei dieser Lizenz und übernimmt keinerlei Gewähr.

Creative Commons kann über seine Website kontaktiert werden.
"""


def test_a_heading_back_at_the_margin_after_the_last_clause_s_points_is_its_own() -> None:
    """After § 3's points, all set in from the margin, "Creative Commons Notice" and
    its text stand at the margin: the notice that closes the licence, not § 3."""
    doc = make_document(NOTICE_AFTER)
    labels = [s.label for s in doc.segments]
    assert labels[-2:] == ["3", "Creative Commons Notice"], labels
    last = doc.segments[-2]
    assert doc.text[last.start : last.end].endswith("bleibt der Rest wirksam.")


def _act(copies: int) -> str:
    sections = "".join(
        f"Section {n}. Register {n}\n\nThe authority keeps register {n} and publishes it "
        f"every year, with the rules made under section {max(1, n - 1)}.\n\n"
        for n in range(1, 8)
    )
    return "An Act about registers\n\n" + sections * copies


def test_sections_numbered_from_1_again_are_units_of_their_own_and_told() -> None:
    """An act pasted in three times: every later "Section 1" to "Section 7" was read
    as more of Section 7 (5 MB of text in the last section), and nothing was said."""
    doc = make_document(_act(3))
    labels = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert labels == [f"{n}{tail}" for tail in ("", "#2", "#3") for n in range(1, 8)]
    assert any("repeat an earlier number" in w for w in doc.warnings), doc.warnings


def test_a_text_pasted_in_again_pairs_its_first_copy_by_label() -> None:
    """Against the act once, the three copies paired 1 to 7 with "1" … "7", "8#2" …,
    "24#3": each section of the act should pair with its namesake."""
    cmp = compare(make_document(_act(3)), make_document(_act(1)))
    pairs = {tuple(cmp.label_of("new", p.new)): cmp.label_of("old", p.old) for p in cmp.pairs}
    assert all(pairs[(str(n),)] == [str(n)] for n in range(1, 8)), pairs


APPENDIX_AFTER_END = """\
TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION

1. Definitions.

"License" shall mean the terms and conditions for use, reproduction, and distribution.

2. Grant of Copyright License. Subject to the terms of this License, each Contributor \
grants to You a perpetual, worldwide copyright license.

3. Disclaimer of Warranty. Unless required by applicable law, the Work is provided \
on an "AS IS" basis.

END OF TERMS AND CONDITIONS

APPENDIX: How to apply the License to your work.

To apply the License to your work, attach the following notice, with the fields \
enclosed by brackets replaced with your own identifying information.

   Copyright [yyyy] [name of copyright owner]
"""


def test_an_appendix_named_with_its_title_after_the_terms_is_an_annex() -> None:
    """A licence's "APPENDIX: How to apply …" under "END OF TERMS AND CONDITIONS" had
    been read as part of that closing line, so its wording was compared as the terms'."""
    doc = make_document(APPENDIX_AFTER_END)
    units = [(s.label, s.kind) for s in doc.segments]
    assert units[-2:] == [
        ("END OF TERMS AND CONDITIONS", SegmentKind.HEADING),
        ("APPENDIX: How to apply the License to your work.", SegmentKind.ANNEX),
    ], units
    annex = doc.segments[-1]
    assert doc.text[annex.body_start :].startswith("To apply the License")
    # A sentence that opens with the word, short or long, stays in its article.
    for sentence in (
        "Appendix: see the notice below.",
        "Appendix: The notice below shall be attached to every copy of the Work, as "
        "the Licensor directs in writing, together with any notices required by law.",
    ):
        inline = APPENDIX_AFTER_END.replace(
            "END OF TERMS AND CONDITIONS\n\nAPPENDIX: How to apply the License to your work.",
            sentence,
        )
        assert [s.label for s in make_document(inline).segments][-1] == "3", sentence


def test_the_end_alone_on_the_last_line_closes_the_text() -> None:
    """The Artistic Licence 1.0 ends with "The End": it had been read as words of its
    last clause, and compared as such."""
    text = (
        "1. You may make and give away verbatim copies of the Package.\n\n"
        "2. You may apply bug fixes derived from the Public Domain.\n\n"
        "3. THIS PACKAGE IS PROVIDED AS IS AND WITHOUT ANY WARRANTIES.\n\n"
        "The End\n"
    )
    doc = make_document(text)
    assert [(s.label, s.kind) for s in doc.segments][-2:] == [
        ("3", SegmentKind.ARTICLE),
        ("closing", SegmentKind.CLOSING),
    ]
    assert doc.segment_text(doc.segments[-2]).endswith("WARRANTIES.")
    # Under article headings too; and a sentence that only speaks of an end stays.
    for last, labels in (("The End", ["1", "2", "closing"]), ("The end is a year.", ["1", "2"])):
        headed = make_document(
            "Article 1\n\nYou may give away verbatim copies of the Package.\n\n"
            f"Article 2\n\nYou may apply bug fixes.\n\n{last}\n"
        )
        assert [s.label for s in headed.segments] == labels, last


FINAL_PROVISIONS = """\
Art. 138.

Laws amending the Constitution are adopted by each Chamber after two debates.

Art. 139.

The republican form may not be amended.

TRANSITIONAL AND FINAL PROVISIONS

I. Upon the entry into force of the Constitution the provisional Head of State \
exercises the powers of the President.

II. If not all Regional Councils are formed by the day of the election, only the \
members of the two Chambers take part in it.

III. For the first composition of the Senate, senators are appointed by decree.

IV. For the first election of the Senate, Molise is a Region of its own.
"""


def test_provisions_numbered_in_roman_figures_after_the_articles_are_units() -> None:
    """A constitution's "Transitional and final provisions" I. to XVIII. had been one
    unit under their heading, so a change to one was a change somewhere in pages."""
    doc = make_document(FINAL_PROVISIONS)
    labels = [s.label for s in doc.segments]
    assert labels[-5:] == ["TRANSITIONAL AND FINAL PROVISIONS", "I", "II", "III", "IV"], labels
    three = doc.segments[labels.index("III")]
    assert doc.segment_text(three).startswith("III. For the first composition")
    assert doc.text[three.body_start :].startswith("For the first composition")
    assert doc.segment_text(doc.segments[labels.index("TRANSITIONAL AND FINAL PROVISIONS")]) == (
        "TRANSITIONAL AND FINAL PROVISIONS"
    )
    # Two such paragraphs may be a list: they stay the heading's text.
    two = FINAL_PROVISIONS[: FINAL_PROVISIONS.index("III.")]
    assert [s.label for s in make_document(two).segments][-1] == (
        "TRANSITIONAL AND FINAL PROVISIONS"
    )
    # Under a treaty whose articles are numbered in Roman figures, they are not split
    # (they would take the articles' labels).
    roman = FINAL_PROVISIONS.replace("Art. 138.", "ARTICLE I").replace("Art. 139.", "ARTICLE II")
    assert [s.label for s in make_document(roman).segments] == [
        "I", "II", "TRANSITIONAL AND FINAL PROVISIONS"
    ]  # fmt: skip


def test_a_swedish_section_cited_after_its_chapter_on_a_line_of_its_own_is_no_section() -> None:
    """A reference "9 kap. 8 §" broken after the chapter leaves "8 §." alone on a line;
    it closes the sentence above and is no section 8 (Socialtjänstlag 31 kap. 1 §)."""
    source = (
        "31 kap. Rätt att meddela föreskrifter\n\n"
        "1 § Regeringen får meddela föreskrifter om skydd för enskilda i verksamhet\n"
        "vid sådana LVM-hem och särskilda ungdomshem som avses i 9 kap.\n"
        "8 §.\n\n"
        "2 § Regeringen får meddela föreskrifter om villkor för tillstånd.\n\n"
        "3 § Regeringen får meddela föreskrifter om den högsta ersättningen.\n"
    )
    doc = make_document(source)
    assert [s.label for s in doc.segments if s.label != "preamble"] == ["1", "2", "3"]


def test_a_chaptered_swedish_section_printed_in_two_wordings_keeps_its_chapter() -> None:
    """A consolidation prints a section both in the wording that ends and in the one
    that begins ("1 § /Upphör att gälla …/", "1 § /Träder i kraft …/"). The repeat
    within 1 kap. made every label one count again ("1#3" for 2 kap. 1 §) in the
    Avfallsförordning (2020:614); the chapters stay, the repeat marked within its own."""
    text = (
        "1 kap. Allmänt\n\n1 § /Upphör att gälla U:2026-05-21/\nDenna förordning gäller avfall.\n\n"
        "1 § /Träder i kraft I:2026-05-21/\nDenna förordning gäller avfall och skrot.\n\n"
        "2 § Ord har samma betydelse som i miljöbalken.\n\n2 kap. Klassificering\n\n"
        "1 § Avfall ska klassificeras.\n\n2 § Farligt avfall ska märkas.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["1:1", "1:1#2", "1:2", "2:1", "2:2"]
    assert doc.warnings == ("1 § appears 2 times; the repeat is labelled 1:1#2",)


DEFINED_THEN_GROUPED = """The Sample Licence 2.0

Preamble

This licence sets the terms on which the package may be copied.

Definitions

     "Package" means the collection of files distributed by the holder.

Permission for Use and Modification Without Distribution

(1) You may use the package for any purpose.

Permissions for Redistribution of the Standard Version

(2) You may give away verbatim copies of the package.

(3) You may apply fixes made available by the holder.
"""


def test_a_title_case_heading_over_the_first_numbered_unit_heads_it() -> None:
    """Artistic 2.0: "Permission for Use and Modification Without Distribution" right
    over "(1)", after "Definitions", was a segment of its own with no text, while the
    same kind of heading over "(2)" headed that clause; the first is clause 1's too."""
    doc = make_document(DEFINED_THEN_GROUPED)
    units = {s.label: doc.text[s.start : s.end] for s in doc.segments}
    assert "Permission for Use and Modification Without Distribution" not in units
    assert units["Definitions"].endswith("distributed by the holder.")
    assert units["1"].startswith("Permission for Use and Modification Without Distribution\n\n(1)")
    one = next(s for s in doc.segments if s.label == "1")
    assert doc.text[one.body_start :].startswith("You may use the package")
    assert units["2"].startswith("Permissions for Redistribution")
