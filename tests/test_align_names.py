"""Open articles of a protocol paired by the names and figures they cite in order.

A protocol repeats one wording per state: what tells two near-copies apart is the
state and the figures. The cases are hand-made: a moved article reworded by a fifth
beside a near-copy for the same state and another figure, and an article struck out
beside a new one that cites the same figures for another state.
"""

from __future__ import annotations

import itertools
from collections import Counter

import pytest

from treatyviewer.core import align_names
from treatyviewer.core.align_decide import Background
from treatyviewer.core.align_features import Stems, Vectors, cosine, weigh
from treatyviewer.core.align_names import pair_by_names

STATES = ["Argentina", "Austria", "Chile", "Estonia", "Mexico", "Norway", "Peru", "Spain",
          "Sweden", "Latvia", "Bolivia", "Brazil", "Canada", "Cuba", "Denmark", "Egypt",
          "Finland", "Greece", "Hungary", "India"]  # fmt: skip


def denounce(state: str, months: int) -> str:
    return (
        f"The Government of {state} may denounce this Protocol by notice given not less than "
        f"{months} months before the end of each period of five years."
    )


def accede(state: str, months: int) -> str:
    return (
        f"The Government of {state} shall accede to the Convention by notice to the "
        f"depositary within {months} months of the date of its signature."
    )


def nationals(state: str, article: int) -> str:
    return (
        f"Nationals of {state} residing in the territory of the other Parties shall enjoy "
        f"the treatment laid down in Article {article}."
    )


def paired(old: list[str], new: list[str]) -> set[tuple[int, int]]:
    stems = Stems("english", len(old) + len(new))
    vecs = (Vectors(old, stems), Vectors(new, stems))
    old_open, new_open = range(len(old)), range(len(new))
    weigh(*vecs, old_open, new_open)
    found = pair_by_names(
        vecs,
        (old_open, new_open),
        Background(0.3, 0.05),
        lambda i, j: cosine(vecs[0][i], vecs[1][j]),
        lambda i, j: True,
    )
    return {(i, j) for i, j, _ in found}


# Every other state's article, unchanged but for one word in the new text.
OTHERS = [
    " ".join((denounce(s, 3 + k % 9), accede(s, 2 + k % 7), nationals(s, 2 + k % 5)))
    for k, s in enumerate(STATES)
]
OTHERS_NEW = [o.replace("this Protocol", "the Protocol") for o in OTHERS]


def test_a_near_copy_for_another_figure_is_no_rival():
    old = [denounce("Yugoslavia", 4), denounce("Yugoslavia", 5), *OTHERS]
    new = [
        # Old 0 reworded by a fifth: it shares as many steps from name to name with
        # old 1 (the same formula for five months) as with its source.
        "The Government of Yugoslavia may denounce Article Protocol by than notice period "
        "given the less than 4 months before the end of each period of five years.",
        "The Government of Yugoslavia may denounce this Protocol by notice given not less "
        "than 5 Convention months before the end of each period of five years.",
        *OTHERS_NEW,
    ]
    found = paired(old, new)
    assert {(0, 0), (1, 1)} <= found
    assert {(0, 1), (1, 0)}.isdisjoint(found)
    assert {(k + 2, k + 2) for k in range(len(STATES))} <= found


def test_the_same_figures_for_another_state_are_not_the_same_article():
    struck = nationals("Ruritania", 12) + " " + nationals("Ruritania", 10)
    put_in = nationals("Freedonia", 12) + " " + nationals("Freedonia", 10)
    found = paired([*OTHERS, struck], [*OTHERS_NEW, put_in])
    assert (len(OTHERS), len(OTHERS)) not in found
    assert {(k, k) for k in range(len(STATES))} <= found


def test_a_rewording_that_puts_in_the_protocols_own_words_still_pairs():
    """Three of the protocol's own words put in make the new sequence of names a third
    longer; they weigh little beside the state and the figures, which are all kept."""
    source = denounce("Ukraine", 6) + " " + nationals("Ukraine", 12)
    reworded = (
        "The Government of Ukraine may within this Protocol by Article given less Parties than "
        "6 months the shall of period of five years. Nationals of Ukraine Convention in than "
        "the territory of the date other Parties shall enjoy the treatment laid residing down "
        "in Article 12."
    )
    found = paired([*OTHERS, source], [*OTHERS_NEW, reworded])
    assert (len(OTHERS), len(OTHERS)) in found


def test_paragraph_numbers_are_not_figures_that_two_articles_share():
    """A removed and an added article of numbered paragraphs whose names are the
    treaty's own words ("Parties", "Chaque Partie") share "1." and "2." with every
    other such article: that is no reason to pair them."""
    topics = ["la formation du personnel", "la protection du patrimoine culturel",
              "la qualité de l'air", "les formalités douanières", "les espèces migratrices",
              "les sources d'énergie renouvelables", "la sécurité alimentaire",
              "les statistiques du commerce", "la pêche côtière", "les transports fluviaux"]  # fmt: skip

    def numbered(first: str, second: str) -> str:
        return (
            f"1. Les Parties contractantes échangent des informations sur {first}. "
            f"2. Chaque Partie s'efforce de renforcer {second} en étroite coopération avec "
            "les organisations internationales compétentes."
        )

    struck = numbered("la réduction des émissions", "la surveillance des frontières")
    put_in = numbered("la recherche agricole", "la lutte contre la désertification")
    # The other articles still open by then: moved ones, which cite their own names.
    moved = [
        f"Le Conseil de {s} fixe dans les {k + 2} mois les modalités de {t} prévues à "
        f"l'Article {k + 20} de la Convention."
        for k, (s, t) in enumerate(zip(STATES, topics, strict=False))
    ]
    found = paired([struck, *moved], [put_in, *moved])
    assert (0, 0) not in found
    assert {(k, k) for k in range(1, len(moved) + 1)} <= found


def _named_apart(old: list[str], new: list[str], i: int, j: int) -> bool:
    from treatyviewer.core.align_mutual import named_apart

    stems = Stems("english", len(old) + len(new))
    vecs = (Vectors(old, stems), Vectors(new, stems))
    weigh(*vecs, range(len(old)), range(len(new)))
    return named_apart(vecs[0], i, vecs[1], j)


def test_a_name_hyphenated_at_a_line_end_is_not_another_name():
    """A text read as printed ("persons in Vien- na", its lines joined) against one
    that prints "Vienna": the two versions of an article had been told apart as two
    articles about two cities, and each was reported removed and added."""
    others = [nationals(s, 2 + k % 5) for k, s in enumerate(STATES)]
    printed = "Each party shall keep under review the transit of persons in Vien- na."
    read = "Each party shall keep under review the transit of persons in Vienna."
    assert not _named_apart([*others, printed], [*others, read], len(others), len(others))
    # Another city beside the same words still parts them, and a compound is no break.
    lima = "Each party shall keep under review the transit of persons in Lima."
    assert _named_apart([*others, lima], [*others, read], len(others), len(others))
    vice = "Each party shall keep under review the transit of persons in Vien-Chair."
    assert _named_apart([*others, vice], [*others, read], len(others), len(others))


def inform(state: str, other: str) -> str:
    return (
        f"The Government of {state} shall inform the Government of {other} and the Council "
        f"of Europe of every measure taken in Strasbourg under this Protocol."
    )


def test_only_pairs_that_both_cite_figures_are_counted_for_the_figures_they_share(
    monkeypatch: pytest.MonkeyPatch,
):
    """A pair of which one article cites no figure shares none (a Dice share of 0):
    counting the figures of every pair with a name in common was most of the stage on
    a long text, whose articles mostly cite none."""
    counted: list[tuple[Counter[str], Counter[str]]] = []
    dice = align_names._dice

    def counting(a: Counter[str], b: Counter[str]) -> float:
        counted.append((a, b))
        return dice(a, b)

    monkeypatch.setattr(align_names, "_dice", counting)
    old = [inform(s, t) for s, t in itertools.pairwise(STATES)] + OTHERS[:3]
    new = [inform(s, t).replace("every", "each") for s, t in itertools.pairwise(STATES)]
    found = paired(old, [*new, *OTHERS_NEW[:3]])
    assert {(len(new) + k, len(new) + k) for k in range(3)} <= found
    assert counted and all(a and b for a, b in counted)
