"""Two articles of one formula about other places that share a time limit by chance.

In a protocol of one formula ("The Government of X shall inspect the bridges
situated between Y and the frontier … within 72 days"), the figure is the rarest
word an article has, and two unrelated articles that happen to give the same time
limit read alike by it alone: an article struck out at the start and another put
in at the end came out as one article moved, at a confidence of 0.98 to 1.0. The
Treaty of Kars, which repeats articles of the Treaty of Moscow for other parties,
must still pair them (``test_bundled``)."""

from __future__ import annotations

import random

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

SYLLABLES = ["al", "bor", "cad", "dun", "es", "fen", "got", "har", "is", "jar", "kel", "lus"]
VERBS = ["inspect", "repair", "survey", "guard", "supply", "maintain", "build"]
THINGS = ["bridges", "roads", "schools", "wells", "depots", "hospitals"]


def _name(k: int, salt: int) -> str:
    """A made-up place name of its own for each article and salt."""
    n = k * 2 + salt
    digits = [SYLLABLES[(n // 12**p) % 12] for p in range(3)]
    return ("".join(digits) + "ia").capitalize()


def _article(n: int, k: int, days: int, verb: int, thing: int) -> str:
    return (
        f"Article {n}\n\nThe Government of {_name(k, 0)} shall {VERBS[verb]} the "
        f"{THINGS[thing]} situated between {_name(k, 1)} and the frontier, in accordance "
        f"with the Protocol annexed hereto, within {days} days."
    )


def _text(rows: list[tuple[int, int, int, int]]) -> str:
    return "Protocol\n\n" + "\n\n".join(_article(n, *row) for n, row in enumerate(rows, 1))


def _runs() -> tuple[str, str, list[int], list[int]]:
    """Old and new text, the old articles struck out and the new ones put in."""
    rng = random.Random(7)
    old_rows = [(k, rng.randint(1, 99), rng.randrange(7), rng.randrange(6)) for k in range(240)]
    new_rows: list[tuple[int, int, int, int]] = []
    gone: list[int] = []
    put_in: list[int] = []
    fresh = 300  # names of their own (see _name)
    for k, row in enumerate(old_rows):
        if k % 30 == 10:  # a run of four struck out, four put in
            for _ in range(4):  # the time limit of an article far away, other works
                days = rng.choice(old_rows)[1]
                alike = [(v, t) for _, d, v, t in old_rows if d == days]
                verb = next(v for v in range(7) if all(v != a for a, _ in alike))
                thing = next(t for t in range(6) if all(t != b for _, b in alike))
                new_rows.append((fresh, days, verb, thing))
                put_in.append(len(new_rows))
                fresh += 1
        if k % 30 in (10, 11, 12, 13):
            gone.append(k + 1)
            continue
        new_rows.append(row)
    return _text(old_rows), _text(new_rows), gone, put_in


def test_articles_struck_out_and_others_put_in_are_not_paired_by_a_shared_figure() -> None:
    """Runs of articles struck out, each with as many on other places and other works
    put in where they stood, each giving the time limit of an article far away."""
    old_text, new_text, gone, put_in = _runs()
    old, new = make_document(old_text, source="old"), make_document(new_text, source="new")
    result = align(old, new)
    assert [old.segments[i].label for i in result.removed] == [str(n) for n in gone]
    assert [new.segments[j].label for j in result.added] == [str(n) for n in put_in]


def _works(n: int, district: str, days: int, verb: int, thing: int, cited: int) -> str:
    return (
        f"Article {n}\n\nThe Contracting Parties shall {VERBS[verb]} the {THINGS[thing]} in "
        f"the district of {district} within {days} days, as provided in Article {cited}."
    )


def test_articles_whose_only_change_is_the_place_they_name_keep_their_pairs() -> None:
    """Articles renumbered by one put in first, each citing another by its new number,
    a few naming another district and nothing else changed: still their articles,
    though the names part and a figure is the rarest word they share. Over 20 texts,
    80 of the 100 such pairs are made (as before the test of shared figures came in;
    a first form of it, which asked nothing of the other words, made 20) and no
    wrong one."""
    found = wrong = 0
    for seed in range(20):
        rng = random.Random(seed)
        rows = [
            (_name(k, 0), rng.randint(1, 99), rng.randrange(3), rng.randrange(3), rng.randrange(40))
            for k in range(40)
        ]
        renamed = {5, 6, 12, 27, 28}
        old = "Protocol\n\n" + "\n\n".join(
            _works(n, d, days, v, t, c + 1) for n, (d, days, v, t, c) in enumerate(rows, 1)
        )
        new = "Protocol\n\n" + "\n\n".join(
            [_works(1, _name(99, 1), 9, 0, 0, 2)]
            + [
                _works(n + 1, _name(k + 300, 0) if k in renamed else d, days, v, t, c + 2)
                for n, (k, (d, days, v, t, c)) in enumerate(enumerate(rows), 1)
            ]
        )
        old_doc, new_doc = make_document(old, source="old"), make_document(new, source="new")
        result = align(old_doc, new_doc)
        links = {
            (old_doc.segments[lk.old[0]].label, new_doc.segments[lk.new[0]].label)
            for lk in result.links
        }
        found += len({(str(k + 1), str(k + 2)) for k in renamed} & links)
        wrong += sum(1 for a, b in links if a.isdigit() and b.isdigit() and int(b) != int(a) + 1)
    assert found >= 75
    assert wrong == 0
