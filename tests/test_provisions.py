"""Provisions after the articles ("Disposición adicional primera", "Disposición
final única") are units of their own: read as the last article's text, they made
it look merged with whatever shares them and hid a moved article."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

SANCTIONS = "Las infracciones serán sancionadas con multa de cien a mil euros por cada hecho."
FUNDING = (
    "La Comunidad consignará anualmente en sus presupuestos las partidas necesarias para la "
    "ejecución de los planes de gestión. Podrán concederse subvenciones a los propietarios."
)
FUNDING_EDITED = (
    "La Comunidad consignará cada año en sus presupuestos generales los créditos necesarios "
    "para ejecutar los planes de gestión. Podrán concederse ayudas a los propietarios."
)
TAIL = (
    "Disposición adicional primera. Inventario inicial.\nEn el plazo de un año la consejería "
    "elaborará un inventario inicial de los humedales de la Comunidad.\n\n"
    "Disposición transitoria única\nLos expedientes iniciados seguirán su tramitación anterior "
    "hasta su resolución definitiva por la consejería.\n\n"
    "Disposición final primera. Entrada en vigor.\nLa presente ley entrará en vigor a los "
    "veinte días de su publicación en el Boletín Oficial."
)
BODIES = [
    "La presente ley tiene por objeto la protección de los humedales de la Comunidad.",
    "Se crea el registro de humedales, dependiente de la consejería competente en la materia.",
    "Los planes de gestión fijarán los usos permitidos y prohibidos en cada humedal inscrito.",
]


def _law(articles: list[tuple[str, str]]) -> str:
    units = [f"Artículo {k}. {title}.\n{body}" for k, (title, body) in enumerate(articles, 1)]
    return "Ley de humedales\n\n" + "\n\n".join(units) + "\n\n" + TAIL


def test_spanish_provisions_are_units_named_as_printed():
    doc = make_document(_law([("Objeto", BODIES[0]), ("Sanciones", SANCTIONS)]))
    names = [s.display_name() for s in doc.segments]
    assert names[-4:] == [
        "Art. 2",
        "Disposición adicional primera",
        "Disposición transitoria única",
        "Disposición final primera",
    ]
    last_article = doc.segments[-4]
    assert doc.text[last_article.start : last_article.end].endswith(SANCTIONS)
    assert [s.reference for s in doc.segments[-3:]] == names[-3:]


def test_article_moved_from_before_the_provisions_is_found_and_not_merged():
    old = make_document(
        _law(
            [
                ("Objeto", BODIES[0]),
                ("Registro", BODIES[1]),
                ("Planes", BODIES[2]),
                ("Sanciones", SANCTIONS),
                ("Financiación", FUNDING),
            ]
        )
    )
    new = make_document(
        _law(
            [
                ("Objeto", BODIES[0]),
                ("Financiación", FUNDING_EDITED),
                ("Registro", BODIES[1]),
                ("Planes", BODIES[2]),
                ("Sanciones", SANCTIONS),
            ]
        )
    )
    cmp = compare(old, new)
    links = {
        (tuple(old.segments[i].label for i in p.old), tuple(new.segments[i].label for i in p.new))
        for p in cmp.pairs
    }
    assert (("5",), ("2",)) in links
    assert (("4",), ("5",)) in links
    assert not cmp.added and not cmp.removed
    for name in ("Disposición adicional primera", "Disposición final primera"):
        assert ((name,), (name,)) in links


def test_plural_provisions_title_heads_the_articles_below_it():
    text = (
        "Articolo 1. Oggetto.\nLa legge tutela le zone umide della regione.\n\n"
        "Disposizioni transitorie e finali\n\n"
        "Articolo 2. Entrata in vigore.\nLa legge entra in vigore il giorno dopo la pubblicazione."
    )
    doc = make_document(text)
    first = doc.segments[0]
    assert doc.text[first.start : first.end].endswith("zone umide della regione.")
    second = doc.segments[1]
    assert doc.text[second.start : second.end].startswith("Disposizioni transitorie e finali")


def test_unnumbered_protocol_is_named_protocol_not_annex():
    text = (
        "Article 1\nThe Parties shall promote investments.\n\n"
        "Article 2\nThis Agreement enters into force on signature.\n\n"
        "ANNEX\nReservations of each Party are listed here in full.\n\n"
        "PROTOCOL\nOn signing the Agreement the Parties have agreed as follows."
    )
    doc = make_document(text)
    assert [s.reference for s in doc.segments[-2:]] == ["ANNEX", "PROTOCOL"]
    assert [s.display_name() for s in doc.segments[-2:]] == ["ANNEX", "PROTOCOL"]


def test_window_names_the_protocol_by_what_it_is():
    from treatyviewer.ui.common.names import label_name, segment_name

    doc = make_document("Article 1\nThe Parties agree.\n\nPROTOCOL\nOn signing, they agree.")
    assert segment_name(doc.segments[-1]) == "Protocol"
    assert label_name("PROTOCOL") == "Protocol"
    assert label_name("Annex 2") == "Annex 2"
