"""Lines inside a statute's articles that look like headings and are not, as
consolidated German federal law prints them: each stays in its article."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.segment import make_document

BASIC_LAW = """### Art 140

Die Bestimmungen der Artikel 136, 137, 138, 139 und 141 der deutschen
Verfassung vom 11. August 1919 sind Bestandteil dieses Grundgesetzes.


### Art 141

Artikel 7 Abs. 3 Satz 1 findet keine Anwendung in einem Lande, in dem
am 1. Januar 1949 eine andere landesrechtliche Regelung bestand.


### Art 142

Ungeachtet der Vorschrift des Artikels 31 bleiben Bestimmungen der
Landesverfassungen auch insoweit in Kraft.
"""

NOTIFIABLE = """### § 7 Meldepflichtige Nachweise von Krankheitserregern

(1) Namentlich ist bei folgenden Krankheitserregern zu melden:

1.  Adenoviren; Meldepflicht nur für den direkten Nachweis im Konjunktivalabstrich


2.  Bacillus anthracis


(3) Nichtnamentlich ist bei folgenden Krankheitserregern der direkte
oder indirekte Nachweis zu melden:

1.  Treponema pallidum


2.  HIV


3.  Echinococcus sp.


4.  Plasmodium sp.



### § 8 Zur Meldung verpflichtete Personen

(1) Zur Meldung sind verpflichtet die Ärzte.
"""


def _labels(text: str) -> list[str]:
    return [s.label for s in make_document(text).segments]


def test_an_article_that_opens_by_citing_another_is_not_cut_there() -> None:
    """Art 141 of the Basic Law opens with "Artikel 7 Abs. 3 Satz 1 findet…"."""
    assert _labels(BASIC_LAW) == ["140", "141", "142"]
    doc = make_document(BASIC_LAW)
    assert "Artikel 7 Abs. 3" in doc.text[doc.segments[1].start : doc.segments[1].end]


def test_an_item_in_capitals_within_a_numbered_list_is_no_heading() -> None:
    """ "2.  HIV" between "1.  Treponema pallidum" and "3.  Echinococcus sp."."""
    assert _labels(NOTIFIABLE) == ["7", "8"]


def test_a_numbered_heading_in_capitals_still_heads_its_section() -> None:
    text = (
        "§ 1 Zweck\n\nDieses Gesetz regelt den Schutz.\n\n"
        "§ 2 Begriffe\n\nIm Sinne dieses Gesetzes ist ein Erreger ein Agens.\n\n"
        "ANLAGE\n\nVerzeichnis der Erreger.\n"
    )
    assert _labels(text)[:2] == ["1", "2"]
    assert any(s.heading == "ANLAGE" or s.label == "ANLAGE" for s in make_document(text).segments)


def test_a_date_under_a_title_of_two_paragraphs_stays_in_the_preamble(tmp_path: Path) -> None:
    """A Word file with a Title paragraph over the statute's own title put "Vom 4. Mai
    2021" out as a heading of its own, which the comparison called added."""
    import docx

    from treatyviewer.cli import load
    from treatyviewer.core.comparison import compare

    old = tmp_path / "satzung-1998.txt"
    old.write_text(
        "Satzung der Gemeinde über die Benutzung öffentlicher Einrichtungen\n\nVom 12. März 1998\n\n"
        "§ 1\nGeltung\n(1) Die Satzung gilt für alle Einwohner.\n\n"
        "§ 2\nGebühren\n(1) Die Gebühr wird durch Beschluss festgesetzt.\n",
        encoding="utf-8",
    )
    document = docx.Document()
    document.add_paragraph("Satzung 2021", style="Title")
    document.add_paragraph("Satzung der Gemeinde über die Benutzung öffentlicher Einrichtungen")
    document.add_paragraph("Vom 4. Mai 2021")
    for n, title, rule in (
        (1, "Geltung", "Die Satzung gilt für alle Einwohner."),
        (2, "Gebühren", "Die Gebühr wird durch Beschluss des Rates festgesetzt."),
    ):
        document.add_paragraph(f"§ {n}", style="Heading 1")
        document.add_paragraph(title)
        document.add_paragraph(f"(1) {rule}")
    new = tmp_path / "satzung-2021.docx"
    document.save(str(new))
    cmp = compare(load(str(old)), load(str(new)))
    assert [s.label for s in cmp.new.segments] == ["preamble", "1", "2"]
    assert not cmp.added and not cmp.removed
