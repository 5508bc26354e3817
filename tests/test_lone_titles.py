"""A title set apart on its own line above a section ("Ansökan", a blank line, "5 §")
heads the section under it: left to the section above, a title reworded or dropped
showed as a change of that section."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

SWEDISH_OLD = """Förordning (2001:100) om bidrag till kommuner

Inledande bestämmelser

1 § Denna förordning innehåller bestämmelser om statligt bidrag till kommuner.

2 § Bidrag får lämnas i mån av tillgång på medel.

Förutsättningar för bidrag

3 § Bidrag får lämnas till en kommun som har upprättat en plan för insatserna.

Ansökan

4 § Ansökan om bidrag ska göras skriftligen hos Socialstyrelsen.
"""

SWEDISH_NEW = SWEDISH_OLD.replace("Förutsättningar för bidrag", "Villkor för bidrag")


def texts(source: str) -> dict[str, str]:
    doc = make_document(source)
    return {s.label: source[s.start : s.end] for s in doc.segments}


def test_a_swedish_group_title_heads_the_section_under_it() -> None:
    units = texts(SWEDISH_OLD)
    assert units["2"] == "2 § Bidrag får lämnas i mån av tillgång på medel."
    assert units["3"].startswith("Förutsättningar för bidrag\n\n3 § Bidrag")
    assert units["4"].startswith("Ansökan\n\n4 §")


def test_a_reworded_group_title_is_no_change_of_the_section_above() -> None:
    """A title over a group of sections is compared as a chapter's heading is: not as
    words of the section it heads, still less of the one above it."""
    cmp = compare(make_document(SWEDISH_OLD), make_document(SWEDISH_NEW))
    by_label = {cmp.old.segments[p.old[0]].label: p for p in cmp.pairs if p.old}
    assert by_label["2"].similarity == 1.0
    assert by_label["2"].status == "unchanged"


def test_a_plain_section_title_between_articles_heads_the_next() -> None:
    source = (
        "Agreement between A and B\n\nArticle 1\n\nThe Parties agree to cooperate.\n\n"
        "Article 2\n\nEach Party shall designate an authority.\n\nFinal provisions\n\n"
        "Article 3\n\nThis Agreement shall enter into force on signature.\n"
    )
    units = texts(source)
    assert units["2"].endswith("an authority.")
    assert units["3"].startswith("Final provisions\n\nArticle 3")


def test_an_articles_only_line_and_a_list_of_names_stay_where_they_are() -> None:
    source = (
        "Article 1.\n\nRepealed\n\nArticle 2\n\nThe following districts are ceded:\n\n"
        "Kars\n\nArdahan\n\nArticle 3\n\nThe frontier is drawn as follows.\n"
    )
    units = texts(source)
    assert units["1"].endswith("Repealed")
    assert units["2"].endswith("Kars\n\nArdahan")
    assert units["3"].startswith("Article 3")


LONG_TITLE_OLD = """Förordning (1987:916) om konkurser

33 § Rätten ska underrätta tillsynsmyndigheten om förhandlingen.

34 § När konkursen har avslutats ska rätten underrätta Skatteverket.
Förordning (2007:793).

Anmälan till myndighet beträffande viss egendom som inte har sålts

35 § Om en konkurs har avslutats utan att egendomen sålts, ska förvaltaren anmäla det.
"""

LONG_TITLE_NEW = LONG_TITLE_OLD.replace(
    "Förordning (2007:793).\n",
    "Förordning (2007:793).\n\n34 a § Om förvaltaren överlämnar tillgångar till en borgenär "
    "ska förvaltaren underrätta tillsynsmyndigheten om det. Förordning (2026:324).\n",
)


def test_a_group_title_of_ten_words_heads_the_section_under_it() -> None:
    """Swedish group titles run longer than a Turkish article's caption ("Anmälan till
    myndighet beträffande viss egendom som inte har sålts", over 35 §). Left at the end
    of 34 §, it moved onto a 34 a § put in after it, and 34 § read as split into both."""
    units = texts(LONG_TITLE_OLD)
    assert units["34"].endswith("Förordning (2007:793).")
    assert units["35"].startswith("Anmälan till myndighet")
    cmp = compare(make_document(LONG_TITLE_OLD), make_document(LONG_TITLE_NEW))
    links = {
        tuple(cmp.old.segments[i].label for i in p.old): tuple(
            cmp.new.segments[i].label for i in p.new
        )
        for p in cmp.pairs
    }
    assert links[("34",)] == ("34",)
    assert "34 a" in [cmp.new.segments[i].label for i in cmp.added]
