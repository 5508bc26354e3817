"""The numbering that structures a text is decided by the weight of evidence:
one deviant heading, a missing or a repeated number must not cut a long run."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.document_cache import known
from treatyviewer.core.segment import make_document
from treatyviewer.core.structure_summary import summarise, summary_of, unit_title

GPL3 = Path("/usr/share/common-licenses/GPL-3")
needs_gpl3 = pytest.mark.skipif(not GPL3.exists(), reason="the system's licence texts are missing")


def _sections(text: str) -> list[str]:
    doc = make_document(text, source="GPL-3 copy")
    return [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]


@needs_gpl3
@pytest.mark.parametrize(
    ("printed", "edited", "want"),
    [
        # One heading in lower case (a typo) stays a section.
        ("  5. Conveying Modified", "  5. conveying Modified", [str(n) for n in range(18)]),
        # A section that lost its number: the run goes on past the gap.
        ("  7. Additional Terms.", "  Additional Terms.", [str(n) for n in range(18) if n != 7]),
        # A number printed twice: the run goes on after the repeat.
        ("  9. Acceptance", "  8. Acceptance", [str(n) for n in range(18) if n != 9]),
    ],
)
def test_one_deviant_section_heading_does_not_cut_gpl3(printed: str, edited: str, want):
    text = GPL3.read_text(encoding="utf-8")
    assert text.count(printed) == 1
    assert _sections(text.replace(printed, edited)) == want
    assert _sections(text) == [str(n) for n in range(18)]


def _numbered_text(sections: int, title_gap: str = "\n") -> str:
    """Sections "1." … "N." of a few paragraphs, some holding "(a)" or "a)" points."""
    out = ["TERMS OF SUPPLY" + title_gap]
    for n in range(1, sections + 1):
        out.append(f"{n}. The supplier shall deliver lot {n} on the agreed day.\n")
        if n % 3 == 0:
            out += [f"({c}) Goods of class {c} are packed in crates.\n" for c in "abc"]
        if n % 4 == 0:
            out += [f"{c}) keep a record of lot {n};\n" for c in "abcdef"]
        out.append(f"Payment for lot {n} falls due thirty days after delivery.\n")
    return "\n".join(out)


@pytest.mark.parametrize("title_gap", ["\n", ""])
def test_the_counting_level_wins_over_the_points_inside_it(title_gap: str):
    # Without a blank line under the title, "1." opens no paragraph: weak evidence
    # for one mark, yet the run of 60 sections still outweighs the points "(a)"–"(c)".
    doc = make_document(_numbered_text(60, title_gap))
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == [str(n) for n in range(1, 61)]
    assert doc.structure.startswith("numbering found: 60 numbered sections (1–60)")
    assert [p.key for p in units[11].parts][:3] == ["(a)", "(b)", "(c)"]


_ARTICLES = "TREATY\n\n{0} 1.\nThe parties agree.\n\n{0} 2.\nThe treaty enters into force.\n\n{0} 3.\nIt is made in two copies.\n"


@pytest.mark.parametrize("word", ["Article", "Статья", "Madde"])
def test_the_structure_field_names_the_articles_in_every_language(word: str):
    doc = make_document(_ARTICLES.format(word))
    assert doc.structure == "numbering found: 3 articles (1–3)"


def test_a_comparison_warmed_off_the_gui_thread_has_each_text_s_structure_counted():
    old = make_document(_ARTICLES.format("Article"))
    new = make_document("LAW\n\n§ 1\nOne thing.\n\n§ 2\nAnother.\n\n§ 3\nA third.\n")
    cmp = compare(old, new)
    assert known(old, "structure") is None and known(new, "structure") is None
    cmp.warm()
    for doc in (old, new):
        found = known(doc, "structure")
        assert found is not None and found == summarise(doc.segments, doc.divisions)
        assert summary_of(doc) is found  # the message bar reads the same, not a new count
    assert summary_of(new).term == "§" and summary_of(old).units == 3


def test_russian_sections_under_chapters_keep_the_chapters_as_divisions():
    text = (
        "ДОГОВОР\n\nРаздел I\nОбщие положения\n\nГлава 1\nПредмет\n\n"
        "1. Стороны договариваются о нижеследующем.\n\n2. Договор вступает в силу.\n\n"
        "Глава 2\nСроки\n\n3. Срок действия договора пять лет.\n"
    )
    doc = make_document(text)
    assert [s.kind for s in doc.segments].count(SegmentKind.HEADING) == 0
    assert doc.structure == "numbering found: 3 numbered sections (1–3); 3 divisions above them"


@pytest.mark.skipif(not (GPL3.parent / "GPL-2").exists(), reason="GPL-2 is missing")
@pytest.mark.parametrize("name", ["GPL-2", "GPL-3"])
def test_the_structure_sentence_counts_the_headings_the_reader_sees(name: str):
    doc = make_document((GPL3.parent / name).read_text(encoding="utf-8"), source=name)
    headings = [s for s in doc.segments if s.kind is SegmentKind.HEADING]
    assert f"; {len(headings)} unnumbered headings kept as segments" in doc.structure


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("TERMS\n\n1. One thing.\n\n2. Another.\n\n3. A third.\n", ["1.", "2.", "3."]),
        ("TERMS\n\n1) One thing.\n\n2) Another.\n\n3) A third.\n", ["1)", "2)", "3)"]),
        ("LAW\n\n§ 1\nOne thing.\n\n§ 2\nAnother.\n\n§ 3\nA third.\n", ["§ 1", "§ 2", "§ 3"]),
        ("LAW\n\nSection 1\nOne.\n\nSection 2\nTwo.\n", ["Section 1", "Section 2"]),
    ],
)
def test_units_are_named_as_the_text_prints_them(text: str, names: list[str]):
    doc = make_document(text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.display_name() for s in units] == names
    assert [s.label for s in units] == [n.strip("§.) Section") for n in names]


@needs_gpl3
def test_a_unit_title_is_its_heading_line_and_never_its_first_sentence():
    gpl3 = make_document(GPL3.read_text(encoding="utf-8"))
    five = gpl3.by_label("5")
    assert (five.display_name(), unit_title(gpl3.text, five)) == (
        "5.",
        "Conveying Modified Source Versions",
    )
    gpl2 = make_document((GPL3.parent / "GPL-2").read_text(encoding="utf-8"))
    assert unit_title(gpl2.text, gpl2.by_label("0")) == ""  # "0. This License applies…"
    law = make_document(_ARTICLES.format("Article"))
    assert unit_title(law.text, law.by_label("1")) == ""
    # A Markdown heading over its text ("## § 5 Zweckbindung" / "(1) Die Mittel…").
    statute = make_document("Gesetz\n\n§ 5 Zweckbindung\n(1) Die Mittel sind gebunden.\n\n"
                            "§ 6 Inkrafttreten\nDas Gesetz tritt in Kraft.\n")  # fmt: skip
    assert unit_title(statute.text, statute.by_label("5")) == "Zweckbindung"


def _lettered(letters: str, items: str = "") -> str:
    """Sections headed "A. Title" on lines of their own, each holding a numbered list."""
    body = items or "1. The first rule applies.\n2. The second rule applies.\n"
    names = ("accounts", "content", "payment", "privacy", "notice", "software", "warranty",
             "release", "indemnity", "law")  # fmt: skip
    return "Terms of use\n\n" + "".join(
        f"{ch}. Section about {name}\nWhat this section says.\n\n{body}\n"
        for ch, name in zip(letters, names[: len(letters)], strict=True)
    )


def test_lettered_section_headings_are_the_units_and_their_lists_parts():
    """Terms of service lettered A-S (with C, D, I read as letters, not roman
    numbers, inside the run), each holding a list that starts again at 1."""
    assert _sections(_lettered("ABCDEFGHIJ")) == list("ABCDEFGHIJ")
    doc = make_document(_lettered("ABCDE"))
    first = next(s for s in doc.segments if s.label == "A")
    assert [p.label for p in first.parts] == ["1", "2"]


def test_letters_that_start_again_under_numbers_are_points_not_units():
    items = "A. Scope of the rule\nIt applies.\n\nB. Exceptions to it\nNone.\n"
    text = "".join(f"{n}. Rule number {n}\n\n{items}\n" for n in range(1, 5))
    assert _sections(text) == ["1", "2", "3", "4"]


def test_roman_headings_stay_roman_and_an_initial_opens_no_section():
    text = "".join(
        f"{r}. Part {r}\n\nA. Smith and B. Jones agreed to this part.\n\n"
        for r in ("I", "II", "III", "IV", "V")
    )
    assert _sections(text) == ["I", "II", "III", "IV", "V"]


def test_a_standard_s_sections_not_its_contents_nor_a_list_in_an_appendix():
    """An Internet standard: a table of contents with dot leaders, sections "2.  Terms"
    over "2.1.  Words", prose that cites "Section 2", and an appendix that lists its
    changes "1." to "6." in sentences. The sections are the units (the clauses that
    hold no clause, as a standard numbered in depth is read), never the entries of
    its contents or the items of its list."""
    contents = "".join(f"   {n}.  {t} . . . . . . . . . {n + 1}\n" for n, t in
                       enumerate(("Scope", "Terms", "Rules", "Security"), 1))  # fmt: skip
    changes = "".join(f"   {n}.  Item {n} of the old text was changed.*\n" for n in range(1, 7))
    text = (
        f"Message Rules\n\nTable of Contents\n\n{contents}\n"
        "1.  Scope\n\n   Section 2 lays out the terms and section 3 the rules.\n\n"
        "1.1.  Audience\n\n   Readers of messages.\n\n"
        "2.  Terms\n\n2.1.  Words\n\n   Words mean what they say.\n\n"
        "3.  Rules\n\n3.1.  First Rule\n\n   Rules apply to every message.\n\n"
        "4.  Security\n\n   Nothing here is secret.\n\n"
        f"Appendix A.  Changes\n\n{changes}"
    )
    doc = make_document(text)
    assert _sections(text) == ["1", "1.1", "2.1", "3.1", "4"]
    assert not any(". . ." in s.label for s in doc.segments)


def test_articles_an_appendix_quotes_again_do_not_end_the_text_s_own_range():
    """A law's appendix that quotes another act's Articles 3 to 5 keeps them as units,
    but the range reported is the text's own (1–8), and the repeats are counted."""
    body = "".join(
        f"Article {n}\nThe Parties shall keep rule number {n} in force for ten years.\n\n"
        for n in range(1, 9)
    )
    annex = "Annex\n\nThe agreement of 1990 provides:\n\n" + "".join(
        f"Article {n}\nThe earlier act said that rule {n} would lapse within two years.\n\n"
        for n in (3, 4, 5)
    )
    doc = make_document(body + annex, source="law with annex.txt")
    assert [s.label for s in doc.segments][-4:] == ["Annex", "3#2", "4#2", "5#2"]
    assert doc.structure == "numbering found: 11 articles (1–8), 3 of them numbered again after 8"


def test_appendix_subsections_keep_their_numbers_and_a_sentence_naming_one_heads_nothing():
    """As an RFC prints them: "Appendix A.1." is A.1 (not a second "A"), and
    "Appendix A lists examples…" in the introduction is a sentence, not an appendix."""
    intro = (
        "1.  Introduction\n\n   This memo defines a format.\n\n"
        "   Appendix A lists examples of different sorts of messages.  These"
        " examples are not exhaustive.\n\n"
    )
    sections = "".join(
        f"{n}.  Topic {n}\n\n   The body of section {n} says what topic {n} requires of"
        " every implementation.\n\n"
        for n in range(2, 6)
    )
    appendix = "".join(
        f"Appendix {label}.  Examples of kind {label}\n\n   Example text for {label}.\n\n"
        for label in ("A", "A.1", "A.1.1", "A.2", "B")
    )
    doc = make_document(intro + sections + appendix)
    kinds = [(s.kind, s.label) for s in doc.segments]
    assert kinds == [(SegmentKind.ARTICLE, str(n)) for n in range(1, 6)] + [
        (SegmentKind.ANNEX, label) for label in ("A", "A.1", "A.1.1", "A.2", "B")
    ]
    assert "Appendix A lists" in doc.segment_text(doc.segments[0])


def test_sentences_that_open_with_a_section_s_name_are_not_divisions():
    """RFC 2822's introduction says "Section 2 lays out the general description of
    a message…" for each section: those sentences are prose, not divisions that
    would hold the numbered sections after them."""
    guide = "".join(
        f"Section {n} sets out what every implementation of topic {n} is required to\n"
        f"support, and what it may leave out.\n\n"
        for n in range(2, 5)
    )
    sections = "".join(
        f"{n}. Topic {n}\n\nThe body of section {n} says what topic {n} requires of every"
        " implementation.\n\n"
        for n in range(2, 5)
    )
    doc = make_document("1. Introduction\n\nThis memo defines a format.\n\n" + guide + sections)
    assert [s.label for s in doc.segments] == ["1", "2", "3", "4"]
    assert doc.divisions == ()


def test_a_memo_s_head_fields_and_an_address_s_country_are_not_headings():
    """An RFC's head ("Updates: 4021", "Category: Standards Track") and its author's
    address ("US", "Phone: +1 858 651 4478") stay text; a heading in capitals after
    them still heads what follows."""
    head = "Internet Message Format\n\nUpdates: 4021\n\nCategory: Standards Track\n\n"
    body = "".join(
        f"{n}. Topic {n}\n\nThe body of section {n} says what topic {n} requires of every"
        " implementation.\n\n"
        for n in range(1, 4)
    )
    tail = "Pete Resnick\nQualcomm Incorporated\nSan Diego, CA 92121\n\nUS\n\n"
    doc = make_document(head + body + tail + "Phone: +1 858 651 4478\n\nFULL COPYRIGHT\n\nText.\n")
    labels = [s.label for s in doc.segments]
    assert labels == ["preamble", "1", "2", "3", "FULL COPYRIGHT"]
    assert doc.segment_text(doc.segments[3]).rstrip().endswith("Phone: +1 858 651 4478")


_CHARTER = """Members' Charter

1. The club keeps its boats open to every member.

2. The club publishes its accounts each spring.

3. The club answers letters within a month.

Rules for Visitors

1. A visitor signs the book at the gate.

2. A visitor sails only with a member aboard.

3. A visitor pays the harbour fee before leaving.
"""


def test_a_second_list_numbered_from_one_under_its_own_title_is_units():
    """A charter followed by its rules, each counted from 1: the rules are units of
    their own, not points of the charter's last article."""
    doc = make_document(_CHARTER, source="charter")
    bodies = [doc.text[s.body_start : s.end] for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert len(bodies) == 6
    assert bodies[3].startswith("A visitor signs") and bodies[2].startswith("The club answers")
    edited = _CHARTER.replace("sails only", "sails only in daylight")
    result = compare(doc, make_document(edited, source="charter, edited"))
    labels = [s.label for s in doc.segments]
    changed = [[labels[i] for i in p.old] for p in result.pairs if p.status != "unchanged"]
    assert changed == [["2#2"]]
    assert all(p.old == p.new for p in result.pairs)


def test_a_list_under_a_lead_in_inside_an_article_stays_its_points():
    """A list restarting at 1 under a line of the article's own paragraph is points."""
    text = (
        "1. Scope. This agreement covers the supply of timber.\n\n"
        "2. Delivery. The Supplier Shall\n"
        "1. Deliver the timber to the yard.\n"
        "2. Stack the timber under cover.\n\n"
        "3. Payment. The Buyer pays within thirty days.\n\n"
        "4. Term. This agreement runs for one year.\n"
    )
    doc = make_document(text, source="contract")
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2", "3", "4"]


def test_a_second_list_under_a_heading_in_sentence_case_is_units_too():
    """Many languages write headings in sentence case ("Normas para los visitantes del
    puerto (NVP)"): the second list under one was read as points of the last article."""
    text = _CHARTER.replace("Rules for Visitors", "Normas para los visitantes del puerto (NVP)")
    doc = make_document(text, source="carta")
    bodies = [doc.text[s.body_start : s.end] for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert len(bodies) == 6 and bodies[3].startswith("A visitor signs")


def test_a_list_of_goals_numbered_as_the_sections_are_does_not_take_their_place():
    """Section 2 of a standard lists its goals "1." to "4.", each a sentence; sections
    "3. Goals of this document" and "4. Presentation language" follow. Items 3 and 4
    had been read as sections 3 and 4, and the real ones went into them."""
    goals = "".join(
        f"{n}. {g}: the protocol should give {g.lower()} to every party that uses it.\n\n"
        for n, g in enumerate(("Security", "Interoperability", "Extensibility", "Efficiency"), 1)
    )
    text = (
        "1. Introduction\n\nThe protocol secures a link between two parties.\n\n"
        f"2. Goals\n\nThe goals of the protocol, in order of priority, are:\n\n{goals}"
        "3. Goals of this document\n\nThis document says how the protocol is written.\n\n"
        "4. Presentation language\n\nThe data are described in a simple notation.\n\n"
        "5. Security considerations\n\nNothing here is secret.\n"
    )
    doc = make_document(text)
    units = {s.label: doc.text[s.start : s.end] for s in doc.segments}
    assert [k for k in units if k[:1].isdigit()] == ["1", "2", "3", "4", "5"]
    assert units["3"].startswith("3. Goals of this document")
    assert "4. Efficiency" in units["2"]


_EXTENSIONS = """\
This file lists our changes to the published protocol.

1. transport: Protocol 2 MAC algorithm "umac-64@example.org"

This is a new transport-layer MAC method using the UMAC algorithm.
It is identical to the "umac-64" method of the draft.

2. transport: Compression algorithm "zlib@example.org"

This compression method delays the start of compression until the
user is authenticated.

3. connection: Channel write close extension "eow@example.org"

The connection protocol lets an endpoint signal that it sends no more
data. This message asks the peer to stop sending in turn:

\tbyte\t\tCHANNEL_REQUEST
\tstring\t\t"eow@example.org"

4. sftp: Reversal of arguments to SYMLINK

When the server was written the order of the arguments was reversed
by mistake. Clients must send them in that order.
"""


def test_sections_whose_titles_open_in_lower_case_over_their_prose_are_the_units():
    """A plain-text specification heads its sections "1. transport: …", "4. sftp: …",
    each a line over paragraphs of prose: they had been read as items of a list, the
    text compared paragraph by paragraph, and paragraphs that read alike paired across
    sections."""
    old = make_document(_EXTENSIONS, source="protocol")
    assert [s.label for s in old.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2", "3", "4"]
    new = make_document(
        _EXTENSIONS.replace("4. sftp", "5. sftp").replace(
            "3. connection",
            "3. connection: Disallow additional sessions\n\n"
            "A client sends this to refuse further sessions on the connection.\n\n4. connection",
        ),
        source="protocol, later",
    )
    result = compare(old, new)
    links = {
        (old.segments[p.old[0]].label, new.segments[p.new[0]].label)
        for p in result.pairs
        if p.old and p.new
    }
    assert {("1", "1"), ("2", "2"), ("3", "4"), ("4", "5")} <= links
    assert [new.segments[j].label for j in result.added] == ["3"]


def test_a_list_of_lower_case_items_each_over_its_own_line_stays_a_list():
    """Items that follow one another ("1. keep records", "2. report yearly") stay points:
    only a line over prose that is no further item heads a section."""
    text = (
        "Article 1. Duties\n\nThe operator shall\n\n1. keep records\n\n2. report yearly\n\n"
        "3. admit the inspectors\n\nArticle 2. Fees\n\nThe fees are due each year.\n"
    )
    doc = make_document(text, source="duties")
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2"]


def test_german_divisions_numbered_by_ordinal_words_are_divisions():
    """ "## Erster Titel - Gerichtsbarkeit" over "### § 1": the title had been a heading
    of its own, unpaired, or the start of the section under it."""
    text = "# Gerichtsgesetz\n\n" + "".join(
        f"## {title}\n\n### § {n}\n\nDas Gericht {verb} nach dem Gesetz.\n\n"
        f"### § {n + 1}\n\nDie Richter sind unabhängig und {verb} allein.\n\n"
        for n, title, verb in (
            (1, "Erster Titel - Gerichtsbarkeit", "entscheidet"),
            (3, "Zweiter Titel: Präsidium", "verteilt"),
            (5, "DRITTER TITEL", "urteilt"),
            (7, "Siebenundzwanzigster Abschnitt Schluss", "prüft"),
        )
    )
    doc = make_document(text, source="gvg")
    assert [d.name for d in doc.divisions] == [
        "Erster Titel", "Zweiter Titel", "DRITTER TITEL", "Siebenundzwanzigster Abschnitt",
    ]  # fmt: skip
    assert [d.title for d in doc.divisions][:2] == ["Gerichtsbarkeit", "Präsidium"]
    kinds = [(s.label, s.kind) for s in doc.segments if s.kind is not SegmentKind.PREAMBLE]
    assert kinds == [(str(n), SegmentKind.ARTICLE) for n in range(1, 9)]


def test_a_spanish_title_ending_in_a_stop_over_its_first_paragraph_is_the_title():
    """ "Art. 14º Oficina … en Galicia." over "1. Se crea …" had no title: a stop ends it,
    as Spanish laws print their titles."""
    text = (
        "Art. 14º Oficina de comunicación previa de vehículos sanitarios en Galicia.\n"
        "1. Se crea la oficina, con sede en Santiago de Compostela.\n"
        "2. La oficina contará con una dotación de 12 puestos de trabajo.\n\n"
        "Art. 15º Régimen de las ayudas.\nLas ayudas se conceden cada año.\n\n"
        "Art. 16º Las ayudas se pagan en el plazo de tres meses desde la resolución.\n"
        "Ningún otro pago se admite.\n"
    )
    doc = make_document(text, source="reglamento")
    titles = [unit_title(doc.text, s) for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert titles == [
        "Oficina de comunicación previa de vehículos sanitarios en Galicia",
        "Régimen de las ayudas",
        "",  # a sentence over a sentence: no title
    ]


def test_a_table_of_contents_taken_from_a_pdf_is_no_articles():
    """Conditions of sale taken from a PDF open with their contents: dot leaders cut
    by the page's edge before the page number, an entry wrapped onto a second line, the
    pages' own numbers alone between them. Each entry had become an article, and every
    real article was labelled "1#2", "2#2"…"""
    dots = "." * 60
    contents = (
        f"CONDITIONS GÉNÉRALES DE VENTE\n\nSOMMAIRE\n\n"
        f"ARTICLE 1. DÉFINITIONS ET CHAMP D'APPLICATION{dots} 4\n\n"
        f"1.1 DÉFINITIONS {dots}{dots}\n\n1.2 CHAMP D'APPLICATION{dots} 4\n\n"
        f"ARTICLE 2. UTILISATION DU SITE {dots} 5\n\n"
        f"2.1 LIVRAISON {dots}{dots}\n\n"
        f"ARTICLE 3. PRESTATIONS HOTELIÈRES {dots}16\n\n\n\n1\n\n2\n\n\n\n"
        f"CHAPITRE II - CONDITIONS GÉNÉRALES APPLICABLES AUX PRESTATIONS VENDUES PAR LES\n\n"
        f"PARTENAIRES {dots}12\n\n"
        f"ARTICLE 4. CONDITIONS FINANCIÈRES {dots} 18\n\n"
    )
    body = "".join(
        f"ARTICLE {n}. {title}\n\nLes présentes conditions s'appliquent à {what}.\n\n"
        f"Le client accepte les conditions avant toute commande de {what}.\n\n"
        for n, title, what in (
            (1, "DÉFINITIONS ET CHAMP D'APPLICATION", "toute vente"),
            (2, "UTILISATION DU SITE", "l'usage du site"),
            (3, "PRESTATIONS HOTELIÈRES", "l'hébergement"),
            (4, "CONDITIONS FINANCIÈRES", "tout paiement"),
        )
    )
    doc = make_document(contents + body, source="conditions")
    assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2", "3", "4"]
    three = doc.body(doc.segments[doc.index_of("3")])
    assert "Les présentes" in three and "....." not in three


def test_a_paragraph_citing_a_section_and_its_sentence_is_no_section() -> None:
    """A German act's sentence broken by a page before "§ 8 Abs. 2 Satz 4
    entsprechend." had made that line a second § 8 ("8#2") between § 8b and § 8c."""
    from treatyviewer.core.segment import make_document

    sections = [
        ("8", "Entnahme bei lebenden Spendern", "Die Entnahme ist nur zulässig, wenn der Spender volljährig ist."),
        ("8a", "Entnahme von Knochenmark", "Die Entnahme von Knochenmark bei Minderjährigen ist zulässig."),
        ("8b", "Entnahme in besonderen Fällen", "Sind Organe im Rahmen einer Behandlung entnommen worden, gilt für die Aufzeichnung der Aufklärung"),
        ("8c", "Entnahme zur Rückübertragung", "Die Entnahme zur Rückübertragung ist nur zulässig, wenn die Person eingewilligt hat."),
        ("9", "Zulässigkeit der Übertragung", "Die Übertragung von Organen darf nur in Transplantationszentren vorgenommen werden."),
    ]  # fmt: skip
    text = ""
    for number, title, body in sections:
        text += f"§ {number} {title}\n\n(1) {body}\n\n"
        if number == "8b":
            text += "§ 8 Abs. 2 Satz 4 entsprechend.\n\n(2) Absatz 1 gilt entsprechend.\n\n"
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["8", "8a", "8b", "8c", "9"]
    assert "Satz 4 entsprechend" in doc.body(doc.segments[2])


def test_a_table_of_contents_of_sections_and_titles_is_left_out() -> None:
    """A German act printed with its "Inhaltsübersicht" ("§ 1" over its title, for each
    section) before the text: the entries had become sections 1 to 6 and the text's
    own sections "1#2" to "6#2"."""
    from treatyviewer.core.segment import make_document

    titles = ["Anspruch auf Zugang zu Informationen", "Ausschlussgründe", "Antrag",
              "Antragsverfahren", "Informationsgewährung", "Gebühren und Auslagen"]  # fmt: skip
    contents = "".join(f"§ {k}\n\n{t}\n\n" for k, t in enumerate(titles, 1))
    body = "".join(
        f"§ {k} {t}\n\n(1) Die Behörde entscheidet über den Antrag nach Absatz {k} binnen "
        f"eines Monats.\n\n(2) Sie teilt die Entscheidung schriftlich mit.\n\n"
        for k, t in enumerate(titles, 1)
    )
    text = "Gesetz zur Verbraucherinformation\n\nInhaltsübersicht\n\n" + contents + body
    doc = make_document(text)
    # Its title and entries stay in the preamble, with the act's title.
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3", "4", "5", "6"]
    assert "Inhaltsübersicht" in doc.body(doc.segments[0])
    first = next(s for s in doc.segments if s.label == "1")
    assert "binnen eines Monats" in doc.body(first)


def test_what_stands_over_an_enacting_formula_heads_the_act() -> None:
    """A Slovak act opens "ZÁKON / Slovenskej národnej rady / z 28. januára 1991 /
    Slovenská národná rada sa uzniesla na tomto zákone:": "ZÁKON" had been a section
    of its own, paired "unchanged" with the other version's."""
    from treatyviewer.core.segment import make_document

    text = (
        "Zákon o súdnych poplatkoch\n\nZÁKON\n\nSlovenskej národnej rady\n\nz 28. januára 1991\n\n"
        "Slovenská národná rada sa uzniesla na tomto zákone:\n\n"
        + "".join(
            f"§ {k}\n\nPredmet {k}\n\n(1) Poplatky sa vyberajú za úkony súdov podľa odseku {k}.\n\n"
            f"(2) Poplatky sa vyberajú aj za konanie bez návrhu.\n\n"
            for k in range(1, 4)
        )
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"]
    assert "sa uzniesla na tomto zákone" in doc.body(doc.segments[0])


def test_appendices_after_a_standards_last_requirement_are_units_of_their_own():
    """A verification standard's requirements numbered "1.1.1 | Verify that … | ✓", then
    "Appendix A: Glossary": the appendices had been the text of the last requirement,
    which then read like the last requirement of the next version (its glossary too)."""
    reqs = "".join(
        f"{c}.{s}.{r} | Verify that the application {w} before it is deployed. | ✓ | {c}{s}{r}\n\n"
        for c, w in ((1, "checks its inputs"), (2, "stores passwords safely"))
        for s in (1, 2)
        for r in (1, 2, 3)
    )
    text = (
        f"Application Security Standard\n\nV1 Architecture\n\n{reqs}References\n\n"
        "• The testing guide.\n\nAppendix A: Glossary\n\n• Allow list – A list of what is"
        " allowed.\n\nAppendix B: References\n\nThe following projects are likely to help.\n"
    )
    doc = make_document(text)
    labels = [s.label for s in doc.segments]
    assert labels[-4:] == ["2.2.3", "References", "Appendix A: Glossary", "Appendix B: References"]
    assert doc.segments[-1].kind is SegmentKind.ANNEX
    assert "Glossary" not in doc.segment_text(doc.segments[-3])


def test_a_requirement_is_its_row_and_the_next_chapters_prose_is_a_passage_of_its_own():
    """A standard's requirements are rows of tables ("2.6.3 | Verify that … | ✓"), each
    table under a chapter's heading and prose. The prose had been the text of the row
    before it, and a row paired with a row of another chapter of the next version by
    the prose they each ran on into, at full confidence."""
    chapters = {
        "V2.6 Look-up Secret Verifier": "Look-up secrets are lists of codes printed once.",
        "V2.7 Out of Band Verifier": "In the past a code sent by mail reset an account.",
    }

    def version(rows: dict[str, list[str]]) -> str:
        return "Verification Standard\n\n" + "".join(
            f"{title}\n\n{prose}\n\n"
            + "".join(f"{num} | Verify that {what}. | ✓ | 310\n\n" for num, what in rows[title])
            for title, prose in chapters.items()
        )

    old = version({
        "V2.6 Look-up Secret Verifier": [("2.6.1", "look-up secrets are used once"),
                                         ("2.6.2", "look-up secrets have enough randomness")],
        "V2.7 Out of Band Verifier": [("2.7.1", "clear text messages are not offered"),
                                      ("2.7.2", "codes expire after ten minutes")],
    })  # fmt: skip
    doc = make_document(old)
    labels = [s.label for s in doc.segments]
    assert labels == ["preamble", "2.6.1", "2.6.2", "V2.7 Out of Band Verifier", "2.7.1",
                      "2.7.2"]  # fmt: skip
    row = doc.segment_text(doc.segments[2])
    assert row.startswith("2.6.2 |") and "Out of Band" not in row


def test_a_numbered_section_among_requirement_rows_keeps_its_prose():
    """Only a table's row is cut at its end: "1.2 Authentication architecture" and its
    prose after four rows had been left empty, the prose a unit of its own."""
    rows = "".join(
        f"1.1.{k} | Verify that {what} | ✓ | 110{k}\n\n"
        for k, what in enumerate(("components are known.", "a threat model exists.",
                                  "stories hold constraints.", "boundaries are drawn."), 1)
    )  # fmt: skip
    text = (
        f"Verification Standard\n\n{rows}1.2 Authentication architecture\n\nStrong "
        "factors do not matter if an attacker can reset an account.\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments][-2:] == ["1.1.4", "1.2"]
    assert "reset an account" in doc.segment_text(doc.segments[-1])
