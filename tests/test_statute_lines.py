"""Lines inside a statute's articles that look like headings and are not, as
consolidated German federal law prints them: each stays in its article."""

from __future__ import annotations

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
