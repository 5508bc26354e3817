"""A convention amended in place keeps its numbers and is written in three stock
formulas. The first paragraph of Article 3 moves into Article 6, and a new Article
11a is put in, worded as that paragraph. Before, 11a was read as a part cut out of
Article 3 ("3 -> 3 + 11a", a split over eight articles paired to their namesakes);
a part numbered as an insertion after another article, that far away, was put in.
One numbered after its own article ("3a", even beyond an older "3a") still joins."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

GOALS = [
    "die Fischbestände des Gebiets zu schützen",
    "die Verschmutzung der Grenzgewässer zu verhüten",
    "den Warenverkehr im Transit zu erleichtern",
    "die Sicherheit der Schifffahrt zu gewährleisten",
    "die wissenschaftliche Zusammenarbeit zu fördern",
    "die illegale Fischerei zu bekämpfen",
    "den Austausch statistischer Daten sicherzustellen",
    "die Zollverfahren zu vereinfachen",
    "die biologische Vielfalt zu erhalten",
    "die Eisenbahnverbindungen auszubauen",
    "die Erteilung von Visa zu erleichtern",
    "die Geldwäsche zu bekämpfen",
    "die Luftqualität zu verbessern",
    "das kulturelle Erbe zu schützen",
]
FORMS = [
    "Die Vertragsparteien verpflichten sich, {}.",
    "Die Vertragsparteien treffen alle erforderlichen Maßnahmen, um {}.",
    "Die Vertragsparteien arbeiten im Rahmen ihrer Zuständigkeiten zusammen, um {}.",
]
HERITAGE = FORMS[2].format(GOALS[13])
TRANSIT = FORMS[1].format(GOALS[2])


def _text(articles: list[tuple[str, list[str]]]) -> str:
    def one(number: str, paras: list[str]) -> str:
        if len(paras) == 1:
            return f"Artikel {number}\n{paras[0]}\n"
        return f"Artikel {number}\n" + "".join(f"{k}. {p}\n" for k, p in enumerate(paras, 1))

    return "ÜBEREINKOMMEN ÜBER DIE ZUSAMMENARBEIT\n\n" + "\n".join(one(*a) for a in articles)


OLD_ARTICLES = [(str(n), [FORMS[n % 3].format(GOALS[n - 1])]) for n in range(1, 15)]
OLD_ARTICLES[2] = ("3", [HERITAGE, TRANSIT])


def _links(new_articles: list[tuple[str, list[str]]]) -> tuple[set, list[str]]:
    cmp = compare(make_document(_text(OLD_ARTICLES)), make_document(_text(new_articles)))
    links = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    return links, list(cmp.label_of("new", cmp.added))


def test_a_far_article_put_in_is_no_part_of_the_article_that_lost_a_paragraph() -> None:
    new = list(OLD_ARTICLES)
    new[2] = ("3", [TRANSIT])
    new[5] = ("6", [HERITAGE, OLD_ARTICLES[5][1][0]])
    new.insert(11, ("11a", [HERITAGE]))
    links, added = _links(new)
    assert (("3",), ("3",)) in links
    assert (("6",), ("6",)) in links
    assert added == ["11a"]


def test_a_part_numbered_after_its_own_article_still_joins() -> None:
    new = list(OLD_ARTICLES)
    new[2] = ("3", [TRANSIT])
    new.insert(3, ("3a", [HERITAGE]))
    links, added = _links(new)
    assert (("3",), ("3", "3a")) in links
    assert added == []
