"""Where every article of a text is divided into numbered sections, the sections
are the units that are aligned and diffed, and the articles are the divisions
that hold them (in the JSON's ``divisions`` and in the outline)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sectioned_texts import (
    BYLAWS_NEW,
    BYLAWS_OLD,
    BYLAWS_TRUTH,
    CONTRACT_NEW,
    CONTRACT_OLD,
    CONTRACT_TRUTH,
    STATUTE_NEW,
    STATUTE_OLD,
    STATUTE_TRUTH,
    Truth,
)
from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.segment import make_document


def _found(old: Document, new: Document) -> Truth:
    cmp = compare(old, new)
    links = frozenset(
        (o, n)
        for p in cmp.pairs
        for o in cmp.label_of("old", p.old)
        for n in cmp.label_of("new", p.new)
    )
    return Truth(
        links,
        frozenset(cmp.label_of("new", cmp.added)),
        frozenset(cmp.label_of("old", cmp.removed)),
    )


@pytest.mark.parametrize(
    ("old", "new", "want"),
    [
        (BYLAWS_OLD, BYLAWS_NEW, BYLAWS_TRUTH),
        (STATUTE_OLD, STATUTE_NEW, STATUTE_TRUTH),
        (CONTRACT_OLD, CONTRACT_NEW, CONTRACT_TRUTH),
    ],
    ids=["bylaws-section-1.01", "statute-paragraph-sign", "contract-2.1"],
)
def test_sections_moved_edited_added_and_removed_pair_as_read(
    old: str, new: str, want: Truth
) -> None:
    got = _found(make_document(old, "old.txt"), make_document(new, "new.txt"))
    assert got.links == want.links, (sorted(got.links - want.links), sorted(want.links - got.links))
    assert (got.added, got.removed) == (want.added, want.removed)


def test_bylaws_articles_become_the_divisions_of_their_sections() -> None:
    doc = make_document(BYLAWS_OLD, "old.txt")
    assert [(d.name, d.title, d.level, d.parent) for d in doc.divisions] == [
        ("Article I", "NAME AND OFFICES", 0, None), ("Article II", "MEMBERS", 0, None),
        ("Article III", "BOARD OF DIRECTORS", 0, None), ("Article IV", "OFFICERS", 0, None),
    ]  # fmt: skip
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [(s.display_name(), s.division) for s in units[:4]] == [
        ("Section 1.01", 0), ("Section 1.02", 0), ("Section 1.03", 0), ("Section 2.01", 1)
    ]  # fmt: skip
    # The article's heading and title head its first section; no text is left out.
    assert doc.segment_text(units[0]).startswith("ARTICLE I\nNAME AND OFFICES\n\nSection 1.01.")
    assert doc.body(units[0]).startswith("Name. The name of the corporation")
    assert doc.body(units[2]).endswith("identical with the registered office.")
    covered = sorted((s.start, s.end) for s in doc.segments)
    gaps = [doc.text[a[1] : b[0]] for a, b in itertools.pairwise(covered)]
    assert all(not g.strip() for g in gaps)


def test_the_json_names_sections_and_their_articles(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(STATUTE_OLD, encoding="utf-8")
    new.write_text(STATUTE_NEW, encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "compare", str(old), str(new), "--format", "json"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    data = json.loads(out.stdout)
    side = data["new"]
    assert [(d["term"], d["label"], d["title"]) for d in side["divisions"]] == [
        ("Article", "1", "General provisions"), ("Article", "2", "Rights of consumers"),
        ("Article", "3", "Enforcement"),
    ]  # fmt: skip
    units = [(s["label"], s.get("division")) for s in side["segments"] if s["kind"] == "article"]
    assert units == [("1", 0), ("2", 0), ("3", 0), ("4", 1), ("5", 1), ("6", 2), ("7", 2), ("8", 2)]
    five = next(s for s in side["segments"] if s["label"] == "5")
    assert [p["label"] for p in five["parts"]] == ["(1)", "(2)"]
    moved = next(p for p in data["pairs"] if p["old"] == ["5"])
    assert (moved["new"], moved["status"], moved["moved"], moved["renumbered"]) == (
        ["8"], "unchanged", True, True
    )  # fmt: skip
    assert "8 numbered sections" in side["structure"]


def test_sections_numbered_afresh_in_each_article_are_named_with_their_article() -> None:
    def text(members: list[str]) -> str:
        body = {
            "elig": "Membership is open to every resident of the valley who pays the dues.",
            "meet": "Members meet once a year in the village hall on the first Monday of May.",
            "vote": "Each member has one vote, which may be cast in person or in writing.",
        }
        out = ["BYLAWS OF THE VALLEY CLUB", "", "ARTICLE I", "NAME", "",
               "Section 1. Name. The name of this club is the Valley Club of Greendale.", "",
               "Section 2. Purpose. The club keeps the valley paths open and mapped.", "",
               "ARTICLE II", "MEMBERS", ""]  # fmt: skip
        out += [f"Section {k}. {body[m]}\n" for k, m in enumerate(members, 1)]
        return "\n".join(out)

    old = make_document(text(["elig", "meet", "vote"]), "old.txt")
    new = make_document(text(["elig", "vote"]), "new.txt")
    assert [s.label for s in old.segments] == ["preamble", "I.1", "I.2", "II.1", "II.2", "II.3"]
    assert old.by_label("II.2").display_name() == "Section II.2"
    got = _found(old, new)
    assert got.links == {("preamble", "preamble"), ("I.1", "I.1"), ("I.2", "I.2"),
                         ("II.1", "II.1"), ("II.3", "II.2")}  # fmt: skip
    assert got.removed == {"II.2"}


def test_an_article_keeps_its_own_text_before_its_first_section() -> None:
    text = BYLAWS_OLD.replace(
        "MEMBERS\n\n", "MEMBERS\n\nThe corporation shall have one class of members.\n\n"
    )
    doc = make_document(text, "old.txt")
    intro = doc.by_label("II")
    assert doc.body(intro) == "MEMBERS\n\nThe corporation shall have one class of members."
    assert intro.division == 1 and doc.divisions[1].name == "Article II"
    labels = [s.label for s in doc.segments]
    assert labels[labels.index("II") - 1 : labels.index("II") + 2] == ["1.03", "II", "2.01"]


@pytest.mark.parametrize(
    "text",
    [
        # Numbered paragraphs inside articles are parts, never units.
        "Article 1\n\n1. The parties renounce war.\n\n2. They settle disputes peacefully.\n\n"
        "Article 2\n\n1. The frontier follows the river.\n\n2. A commission marks it.\n\n"
        "Article 3\n\n1. Trade is free.\n\n2. Duties are abolished.\n",
        # One article of four divided into sections: not the text's structure.
        "Article 1\n\nThe parties renounce war.\n\nArticle 2\n\n2.1 The frontier follows the "
        "river.\n\n2.2 A commission marks it.\n\nArticle 3\n\nTrade is free.\n\n"
        "Article 4\n\nThis treaty enters into force on signature.\n",
        # A Polish code numbers an article's paragraphs "§ 1." (on the heading's line),
        # "§ 2.": its paragraphs, not sections (they had become units "1.2", "2.2").
        "Rozdział 1\nNadzór\n\n"
        "Art. 1. Organ właściwy sprawuje nadzór nad prowadzeniem koncesji jednostek rybackich "
        "na zasadach określonych w niniejszej ustawie.\n\n"
        "Art. 2. § 1. Organ właściwy sprawuje nadzór nad prowadzeniem oceny pojazdów rybackich "
        "na zasadach określonych w niniejszej ustawie.\n§ 2. Podmiot obowiązany do prowadzenia "
        "oceny przekazuje organowi właściwemu informację o zmianie danych w terminie 29 dni od "
        "dnia jej wystąpienia.\n\n"
        "Art. 3. § 1. Do postępowania w sprawie kontroli pojazdów stosuje się przepisy Kodeksu "
        "postępowania administracyjnego, z zastrzeżeniem art. 29.\n§ 2. Wniosek w sprawie "
        "kontroli pojazdów zawiera w szczególności:\n1) opis techniczny kontroli;\n"
        "2) oświadczenie o spełnieniu wymagań;\n3) opinię organu właściwego.\n\n"
        "Art. 4. § 1. Podmiot obowiązany do prowadzenia wpisu laboratoriów portowych przekazuje "
        "organowi właściwemu informację o zmianie danych w terminie 2 dni od dnia jej wystąpienia. "
        "Organ właściwy sprawuje nadzór nad prowadzeniem wpisu na zasadach niniejszej ustawy.\n"
        "§ 2. Dane dotyczące wpisu przetwarza się przez okres niezbędny do realizacji zadań "
        "organu właściwego.\n§ 3. Organ właściwy może żądać od podmiotu przedstawienia informacji "
        "i dokumentów niezbędnych do prowadzenia wpisu. Minister właściwy do spraw gospodarki "
        "określi, w drodze rozporządzenia, szczegółowy tryb prowadzenia wpisu.\n",
    ],
    ids=["numbered-paragraphs", "one-article-of-four", "polish-paragraphs"],
)
def test_articles_stay_the_units_when_sections_are_not_their_rule(text: str) -> None:
    doc = make_document(text)
    assert [s.label for s in doc.segments] == [
        "1",
        "2",
        "3",
        *(["4"] if "Art" in text and " 4" in text else []),
    ]
    assert [d.name for d in doc.divisions] == (["Rozdział 1"] if "Rozdział" in text else [])


def test_the_outline_shows_each_article_with_its_sections(qtbot) -> None:
    from PySide6.QtCore import Qt

    from treatyviewer.ui.outline.outline_model import OutlineModel

    cmp = compare(make_document(BYLAWS_OLD, "old.txt"), make_document(BYLAWS_NEW, "new.txt"))
    model = OutlineModel(cmp, 1)
    top = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data() for i in top] == [
        "Preamble", "Article I — NAME AND OFFICES", "Article II — MEMBERS",
        "Article III — BOARD OF DIRECTORS", "Article IV — OFFICERS",
    ]  # fmt: skip

    def lines(row: int) -> list[tuple[str, str]]:
        at = top[row]
        return [(model.index(r, 0, at).data(), model.index(r, 1, at).data())
                for r in range(model.rowCount(at))]  # fmt: skip

    assert lines(1) == [("Section 1.01", "unchanged"), ("Section 1.02", "modified")]
    # A section moved to another article is "moved"; one that only took another
    # number is "unchanged (renumbered)" beside the arrow to its old number: the status
    # reads as the concordance says it, and so does the tooltip.
    assert lines(3)[3] == ("Section 3.04 ← 1.03", "moved (renumbered)")
    moved = model.index(3, 1, top[3]).data(Qt.ItemDataRole.ToolTipRole)
    assert moved.endswith("← 1.03: moved (renumbered)")
    assert lines(2)[2:] == [("Section 2.03 ← 2.04", "unchanged (renumbered)"),
                            ("Section 2.04 ← 2.05", "unchanged (renumbered)"),
                            ("Section 2.05", "added")]  # fmt: skip


BILL = """AN ACT

To establish a program for the restoration of river fisheries.

SECTION 1. SHORT TITLE.

    This Act may be cited as the River Fisheries Restoration Act.

SEC. 2. DEFINITIONS.

    In this Act:
            (1) Secretary.--The term Secretary means the Secretary
        of the Interior.
            (2) State.--The term State means each of the several States.

                     TITLE I--RESTORATION PROGRAM

SEC. 101. ESTABLISHMENT.

    The Secretary shall establish a program to restore river fisheries.

SEC. 102. GRANTS.

    (a) In General.--The Secretary may make grants to States.
    (b) Limitation.--A grant under this section shall not exceed $500,000.

SEC. 103. REPORTS.

    Not later than 1 year after enactment the Secretary shall report.

                     TITLE II--MISCELLANEOUS

SEC. 201. AUTHORIZATION OF APPROPRIATIONS.

    There are authorized to be appropriated $10,000,000 for fiscal year 2025.
"""


def test_sections_numbered_by_their_title_are_one_run_as_in_a_bill() -> None:
    """A bill numbers the sections of Title I from 101 and of Title II from 201: each
    section is a unit under its title, none folded into the one before it."""
    doc = make_document(BILL)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "101", "102", "103", "201"]
    assert "fiscal year 2025" in doc.text[units[-1].start : units[-1].end]
    assert "fiscal year" not in doc.text[units[-2].start : units[-2].end]
    assert [(d.term, d.label) for d in doc.divisions] == [("Title", "I"), ("Title", "II")]


ACT = """River Fisheries Act 2024

An Act to make provision about the restoration of river fisheries.

PART 1
RESTORATION

1 Duty to restore river fisheries
(1) The Secretary of State must secure the restoration of river fisheries.
(2) In this section "river fishery" means a fishery in inland waters.

2 Grants
(1) The Secretary of State may make grants for the purposes of section 1.
(2) A grant may not exceed £500,000.

3 Reports
The Secretary of State must lay a report before Parliament within one year.

PART 2
GENERAL

4 Short title
This Act may be cited as the River Fisheries Act 2024.
"""


def test_sections_headed_by_a_number_and_a_title_as_in_an_act() -> None:
    """An Act of Parliament heads its sections "1 Duty to …" with no stop: they are
    the units (with their subsections as parts), and the Parts hold them."""
    doc = make_document(ACT)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "3", "4"]
    assert [(d.term, d.label) for d in doc.divisions] == [("Part", "1"), ("Part", "2")]
    assert [p.label for p in units[0].parts] == ["1", "2"]


def test_a_sentence_opening_with_a_figure_is_no_section_heading() -> None:
    text = (
        "Rules\n\n3 Members shall be appointed.\n\n4 Members shall serve.\n\n5 Members may resign."
    )
    assert not [s for s in make_document(text).segments if s.kind is SegmentKind.ARTICLE]


def _contract(articles: list[tuple[str, str, str]], first: int = 1) -> str:
    """A contract whose articles, headed by the word, number their clauses under the
    article's number ("ARTICLE 3 – TERM" over "3.1", "3.2")."""
    out = ["SERVICES AGREEMENT", "", "IT IS AGREED as follows:", ""]
    for n, (title, one, two) in enumerate(articles, first):
        out += [f"ARTICLE {n} – {title.upper()}", "", f"{n}.1\t{one}", "", f"{n}.2\t{two}", ""]
    return "\n".join(out)


ARTICLES = [
    ("Definitions", "Words in capitals have the meanings given in the Schedule.",
     "Headings are for convenience and do not affect interpretation."),
    ("Term", "This Agreement starts on the Effective Date and runs for three years.",
     "Either party may renew it for one further year by written notice."),
    ("Services", "The Supplier shall provide the Services with reasonable skill and care.",
     "Service levels are measured monthly against the targets in the Schedule."),
    ("Fees", "The Customer shall pay the Fees set out in the price list.",
     "Fees are exclusive of value added tax, which is payable in addition."),
    ("Invoicing", "The Supplier shall invoice monthly in arrears.",
     "Undisputed invoices are payable within thirty days of receipt."),
    ("Confidentiality", "Each party shall keep the other's Confidential Information secret.",
     "This obligation survives termination for five years."),
    ("Liability", "Neither party excludes liability for death or personal injury.",
     "Total liability is capped at the Fees paid in the preceding twelve months."),
    ("Insurance", "The Supplier shall maintain professional indemnity insurance.",
     "It shall produce the certificate of insurance on request."),
    ("Termination", "Either party may terminate for material breach not remedied.",
     "On termination the Supplier shall return all Customer data."),
    ("Notices", "Notices shall be in writing and delivered by hand or post.",
     "A notice sent by post is deemed received two working days after posting."),
]  # fmt: skip


def test_clauses_numbered_under_an_article_word_are_its_parts() -> None:
    """ "ARTICLE 3 – TERM" over "3.1" and "3.2": the text names its articles; each had
    become two units "3.1" and "3.2", the heading lost inside the first of them."""
    doc = make_document(_contract(ARTICLES))
    articles = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in articles] == [str(n) for n in range(1, 11)]
    assert [p.label for p in articles[2].parts] == ["3.1", "3.2"]
    assert not doc.divisions


def test_a_contract_renumbered_after_an_article_put_in_pairs_every_article() -> None:
    """Article 2 put in: every later article renumbered with its clause numbers
    ("4.1" now "5.1"); each is still itself, not a part split off its neighbour."""
    escrow = ("Escrow", "The source code is deposited with an escrow agent.",
              "It is released if the Supplier becomes insolvent.")  # fmt: skip
    old = _contract(ARTICLES)
    new = _contract([ARTICLES[0], escrow, *ARTICLES[1:]])
    found = _found(make_document(old), make_document(new))
    want = {("preamble", "preamble"), ("1", "1")} | {(str(n), str(n + 1)) for n in range(2, 11)}
    assert found.links == frozenset(want)
    assert found.added == {"2"} and not found.removed
