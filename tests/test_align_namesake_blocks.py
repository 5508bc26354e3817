"""A convention amended in place keeps its article numbers. One paragraph of
Article 3 is moved into Article 5, three articles are put in with "bis" and "ter"
numbers, all in the stock clauses the convention is written in. Before, Articles 3
and 5 were read as one block, "3 + 5 -> 3 + 5" merged, where each article of the
later text is plainly its namesake: the block stands for two pairs."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

HEAD = """\
CONVENTION ENTRE LA CONFÉDÉRATION SUISSE ET LA RÉPUBLIQUE DU SÉNÉGAL RELATIVE À LA COOPÉRATION

Les Parties contractantes,
Désireuses de renforcer leur coopération,
Conscientes de la nécessité de faciliter le transit des marchandises,
Sont convenues de ce qui suit :

CHAPITRE PREMIER
Dispositions générales
"""
MEETS = (
    "La Commission mixte se réunit au moins 5 fois par an à la demande de la Principauté de Monaco."
)
NATURE = "Les Parties contractantes prennent toutes les mesures nécessaires pour préserver la diversité biologique."
HERITAGE = "Les Parties contractantes s'engagent à protéger le patrimoine culturel."
ART13 = """
Article 13
Engagements
1. Les Parties contractantes coopèrent, dans les limites de leurs compétences respectives, en vue \
de préserver la diversité biologique.
2. Les Parties contractantes coopèrent, dans les limites de leurs compétences respectives, en vue \
de combattre le blanchiment de capitaux.
"""
ART19 = """
Article 19
Organes
1. {body} adopte, à la majorité des 11 tiers, les recommandations nécessaires pour assurer \
l'échange d'informations statistiques.
2. Les Parties contractantes prennent toutes les mesures nécessaires pour assurer la protection \
des données à caractère personnel.
"""
ART29 = """
Article 29
Règlement des différends
Tout différend relatif à l'interprétation de la présente Convention est soumis au Comité \
permanent, qui statue dans un délai de 180 jours.

EN FOI DE QUOI, les soussignés, dûment autorisés, ont signé la présente Convention.

Fait à Paris, le {date}, en deux exemplaires.
"""
PRESERVE = """
Article {number}
Engagements
Les Parties contractantes s'engagent à préserver la diversité biologique.
"""
FISHERIES = """
Article 13 bis
Engagements
Les Parties contractantes coopèrent, dans les limites de leurs compétences respectives, en vue \
de protéger les ressources halieutiques de la zone.
"""

OLD = (
    HEAD
    + f"\nArticle 3\nOrganes\n1. {MEETS}\n2. {NATURE}\n"
    + f"\nArticle 5\nEngagements\n{HERITAGE}\n"
    + ART13
    + ART19.format(body="Le Comité permanent")
    + ART29.format(date="26 novembre 1958")
)
NEW = (
    HEAD
    + f"\nArticle 3\nOrganes\n{NATURE}\n"
    + f"\nArticle 5\nEngagements\n1. {MEETS}\n2. {HERITAGE}\n"
    + ART13
    + FISHERIES
    + PRESERVE.format(number="17 ter")
    + ART19.format(body="La Commission mixte")
    + PRESERVE.format(number="21 bis")
    + ART29.format(date="1er mai 1957")
)


def _links(old: str, new: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    cmp = compare(make_document(old), make_document(new))
    return {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }


def test_a_paragraph_moved_between_kept_numbers_leaves_each_article_its_namesake() -> None:
    links = _links(OLD, NEW)
    assert (("3",), ("3",)) in links
    assert (("5",), ("5",)) in links
    assert (("13",), ("13",)) in links
