"""An article recast in new words under the title it kept, its neighbours reordered.

A regulation of 2003 on matrimonial matters and parental responsibility and its recast
of 2019 (the texts as the Official Journal prints them; EUR-Lex, (c) European Union,
reuse with the source acknowledged): "Enforcement procedure" (47 -> 51) and "Amendments
to the Annexes" (69 -> 92) each head one article of each text, each reads more like its
namesake than like anything else, but the words kept fall short of the bar that pairs
two units by their title alone. Both had been left one removed and one added."""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

OLD = (
    "Article 46\n"
    "\n"
    "Documents which have been formally drawn up or registered as authentic instruments and are enforceable in one Member State and also agreements between the parties that are enforceable in the Member State in which they were concluded shall be recognised and declared enforceable under the same conditions as judgments.\n"
    "\n"
    "Article 47\n"
    "\n"
    "Enforcement procedure\n"
    "\n"
    "1. The enforcement procedure is governed by the law of the Member State of enforcement.\n"
    "\n"
    "2. Any judgment delivered by a court of another Member State and declared to be enforceable in accordance with Section 2 or certified in accordance with Article 41(1) or Article 42(1) shall be enforced in the Member State of enforcement in the same conditions as if it had been delivered in that Member State.\n"
    "\n"
    "In particular, a judgment which has been certified according to Article 41(1) or Article 42(1) cannot be enforced if it is irreconcilable with a subsequent enforceable judgment.\n"
    "\n"
    "Article 48\n"
    "\n"
    "Practical arrangements for the exercise of rights of access\n"
    "\n"
    "1. The courts of the Member State of enforcement may make practical arrangements for organising the exercise of rights of access, if the necessary arrangements have not or have not sufficiently been made in the judgment delivered by the courts of the Member State having jurisdiction as to the substance of the matter and provided the essential elements of this judgment are respected.\n"
    "\n"
    "2. The practical arrangements made pursuant to paragraph 1 shall cease to apply pursuant to a later judgment by the courts of the Member State having jurisdiction as to the substance of the matter.\n"
    "\n"
    "Article 69\n"
    "\n"
    "Amendments to the Annexes\n"
    "\n"
    "Any amendments to the standard forms in Annexes I to IV shall be adopted in accordance with the consultative procedure set out in Article 70(2).\n"
)

NEW = (
    "Article 65\n"
    "\n"
    "Recognition and enforcement of authentic instruments and agreements\n"
    "\n"
    "1. Authentic instruments and agreements on legal separation and divorce which have binding legal effect in the Member State of origin shall be recognised in other Member States without any special procedure being required. Section 1 of this Chapter shall apply accordingly, unless otherwise provided for in this Section.\n"
    "\n"
    "2. Authentic instruments and agreements in matters of parental responsibility which have binding legal effect and are enforceable in the Member State of origin shall be recognised and enforced in other Member States without any declaration of enforceability being required. Sections 1 and 3 of this Chapter shall apply accordingly, unless otherwise provided for in this Section.\n"
    "\n"
    "Article 51\n"
    "\n"
    "Enforcement procedure\n"
    "\n"
    "1. Subject to the provisions of this Section, the procedure for the enforcement of decisions given in another Member State shall be governed by the law of the Member State of enforcement. Without prejudice to Articles 41, 50, 56 and 57, a decision given in a Member State which is enforceable in the Member State of origin shall be enforced in the Member State of enforcement under the same conditions as a decision given in that Member State.\n"
    "\n"
    "2. The party seeking the enforcement of a decision given in another Member State shall not be required to have a postal address in the Member State of enforcement. That party shall be required to have an authorised representative in the Member State of enforcement only if such a representative is mandatory under the law of the Member State of enforcement irrespective of the nationality of the parties.\n"
    "\n"
    "Article 52\n"
    "\n"
    "Authorities competent for enforcement\n"
    "\n"
    "The application for enforcement shall be submitted to the authority competent for enforcement under the law of the Member State of enforcement as communicated by that Member State to the Commission pursuant to Article 103.\n"
    "\n"
    "Article 92\n"
    "\n"
    "Amendments to the Annexes\n"
    "\n"
    "The Commission is empowered to adopt delegated acts in accordance with Article 93 concerning the amendment of Annexes I to IX in order to update or to make technical changes to those Annexes.\n"
)


def _links(old: str, new: str) -> set[tuple[tuple[str, ...], tuple[str, ...]]]:
    a, b = make_document(old), make_document(new)
    return {
        (tuple(a.segments[i].label for i in link.old), tuple(b.segments[j].label for j in link.new))
        for link in align(a, b).links
    }


def test_an_article_recast_under_its_kept_title_is_paired_with_it() -> None:
    links = _links(OLD, NEW)
    assert (("47",), ("51",)) in links
    assert (("69",), ("92",)) in links


def test_articles_under_titles_of_their_own_stay_apart() -> None:
    """The articles around them, under other titles, stay one removed, one added."""
    paired_old = {o for olds, _ in _links(OLD, NEW) for o in olds}
    assert paired_old == {"47", "69"}


# The same articles in French: the 2003 text heads article 47 "Procédure d'exécution",
# the 2019 text article 51 "Procédure d’exécution", a typographic apostrophe.
OLD_FR = (
    "Article 46\n"
    "\n"
    "Les actes authentiques reçus et exécutoires dans un État membre ainsi que les accords entre parties exécutoires dans l'État membre d'origine sont reconnus et rendus exécutoires dans les mêmes conditions que des décisions.\n"
    "\n"
    "Article 47\n"
    "\n"
    "Procédure d'exécution\n"
    "\n"
    "1. La procédure d'exécution est déterminée par le droit de l'État membre d'exécution.\n"
    "\n"
    "2. Toute décision rendue par la juridiction d'un autre État membre et déclarée exécutoire conformément à la section 2 ou certifiée conformément à l'article 41, paragraphe 1, ou à l'article 42, paragraphe 1, est exécutée dans l'État membre d'exécution dans les mêmes conditions que si elle avait été rendue dans cet État membre.\n"
    "\n"
    "En particulier, une décision certifiée conformément à l'article 41, paragraphe 1, ou à l'article 42, paragraphe 1, ne peut être exécutée si elle est inconciliable avec une décision exécutoire rendue ultérieurement.\n"
    "\n"
    "Article 48\n"
    "\n"
    "Modalités pratiques de l'exercice du droit de visite\n"
    "\n"
    "1. Les juridictions de l'État membre d'exécution peuvent arrêter les modalités pratiques pour organiser l'exercice du droit de visite, si les modalités nécessaires n'ont pas été prévues ou ne l'ont pas été suffisamment dans la décision rendue par les juridictions de l'État membre compétentes pour connaître du fond, et pour autant que les éléments essentiels de ladite décision soient respectés.\n"
    "\n"
    "2. Les modalités pratiques arrêtées conformément au paragraphe 1 cessent d'être applicables en exécution de la décision ultérieure rendue par les juridictions de l'État membre compétentes pour connaître du fond.\n"
    "\n"
    "Article 69\n"
    "\n"
    "Modification des annexes\n"
    "\n"
    "Toute modification apportée aux formulaires dont les modèles figurent aux annexes I à IV est adoptée selon la procédure visée à l'article 70, paragraphe 2.\n"
)

NEW_FR = (
    "Article 65\n"
    "\n"
    "Reconnaissance et exécution des actes authentiques et des accords\n"
    "\n"
    "1. Les actes authentiques et les accords relatifs à la séparation de corps et au divorce qui ont un effet juridique contraignant dans l’État membre d’origine sont reconnus dans les autres États membres sans qu’il soit nécessaire de recourir à aucune procédure. La section 1 du présent chapitre s’applique en conséquence, sauf dispositions contraires de la présente section.\n"
    "\n"
    "2. Les actes authentiques et les accords en matière de responsabilité parentale qui ont un effet juridique contraignant et qui sont exécutoires dans l’État membre d’origine sont reconnus et exécutés dans les autres États membres sans qu’une déclaration constatant leur force exécutoire ne soit nécessaire. Les sections 1 et 3 du présent chapitre s’appliquent en conséquence, sauf dispositions contraires de la présente section.\n"
    "\n"
    "Article 51\n"
    "\n"
    "Procédure d’exécution\n"
    "\n"
    "1. Sous réserve des dispositions de la présente section, la procédure d’exécution des décisions rendues dans un autre État membre est régie par le droit de l’État membre d’exécution. Sans préjudice des articles 41, 50, 56 et 57, une décision rendue dans un État membre qui est exécutoire dans l’État membre d’origine est exécutée dans l’État membre d’exécution dans les mêmes conditions qu’une décision rendue dans ce dernier.\n"
    "\n"
    "2. La partie qui demande l’exécution d’une décision rendue dans un autre État membre n’est pas tenue d’avoir une adresse postale dans l’État membre d’exécution. Elle n’est tenue d’avoir un représentant autorisé dans l’État membre d’exécution que si cette représentation est obligatoire en vertu du droit de cet État membre indépendamment de la nationalité des parties.\n"
    "\n"
    "Article 52\n"
    "\n"
    "Autorités compétentes en matière d’exécution\n"
    "\n"
    "La demande d’exécution est présentée à l’autorité compétente en matière d’exécution selon le droit de l’État membre d’exécution telle qu’elle a été notifiée par cet État membre à la Commission en vertu de l’article 103.\n"
    "\n"
    "Article 92\n"
    "\n"
    "Modification des annexes\n"
    "\n"
    "La Commission est habilitée à adopter des actes délégués conformément à l’article 71 concernant la modification des annexes I à IX afin de mettre celles-ci à jour ou d’y apporter des modifications techniques.\n"
)


def test_a_title_kept_with_a_typographic_apostrophe_is_the_same_title() -> None:
    links = _links(OLD_FR, NEW_FR)
    assert (("47",), ("51",)) in links
    assert (("69",), ("92",)) in links
