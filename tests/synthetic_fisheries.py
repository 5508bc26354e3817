"""A fisheries regulation built from a small stock of provisions, in two versions.

Every provision fills five slots (who, what they must do, about what, where,
and when) from a few choices each, so any two articles share most of their
words, as the articles of a real regulation do. The newer version edits each
article lightly where it stands, strikes a few out, puts a few new ones in,
and moves a few anywhere in the text, reworded by a fifth to a third: a word
swapped for another of the stock, a word dropped, a filler put in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

WHO = [
    "Vessels flying the flag of either Party",
    "The harbour masters",
    "The Fisheries Board",
    "Licensed skippers",
    "The inspectors of both Parties",
    "Coastal stations",
    "Owners of trawlers",
]
MUST = [
    "shall report",
    "may withhold",
    "are required to record",
    "shall not exceed",
    "must keep a register of",
    "shall publish",
    "shall verify",
]
ABOUT = [
    "the daily catch of herring",
    "the mesh size of drift nets",
    "the tonnage landed at each port",
    "the number of crew on board",
    "the closed season for cod",
    "the licences issued for salmon",
    "the quantity of ice carried",
    "the fuel taken on at sea",
]
WHERE = [
    "in the waters off Bornholm",
    "within the Sound",
    "east of Gotland",
    "in the Kattegat",
    "along the coast of Scania",
    "north of Rügen",
]
WHEN = [
    "within {n} hours of landing",
    "at the close of each season",
    "before the {n}th day of every month",
    "on the demand of an inspector",
    "once a year",
    "for {n} days after a storm",
]
FILLERS = ["duly", "also", "thereafter", "in writing", "at once", "as a rule"]


def provision(r: random.Random) -> str:
    when = r.choice(WHEN).format(n=r.randint(2, 60))
    return f"{r.choice(WHO)} {r.choice(MUST)} {r.choice(ABOUT)} {r.choice(WHERE)} {when}."


def reword(r: random.Random, provisions: list[str], rate: float) -> list[str]:
    """Each word, with chance ``rate``: swapped for a word of another provision,
    dropped, or given a filler after it."""
    out = []
    for text in provisions:
        words = []
        for word in text.split():
            if r.random() >= rate:
                words.append(word)
                continue
            what = r.random()
            if what < 0.5:
                words.append(r.choice(provision(r).split()).strip("."))
            elif what < 0.75:
                words.extend([word, r.choice(FILLERS)])
        out.append(" ".join(words) if words else text)
    return out


@dataclass(frozen=True)
class Regulation:
    old_text: str
    new_text: str
    links: set[tuple[str, str]]
    """Old article number → new article number."""
    added: set[str]
    removed: set[str]


def _text(title: str, articles: list[list[str]]) -> str:
    body = "\n\n".join(f"Article {k}\n{' '.join(a)}" for k, a in enumerate(articles, start=1))
    return f"{title}\n\n{body}\n"


def regulation(n_articles: int, seed: int) -> Regulation:
    """Two versions of an ``n_articles`` regulation with their truth: about 4 % of
    articles struck out, 3 % put in, 4 % moved anywhere and reworded by a fifth to
    a third; every other article edited in up to one word of ten."""
    r = random.Random(seed)
    old = [[provision(r) for _ in range(r.randint(2, 4))] for _ in range(n_articles)]
    placed: list[tuple[int | None, list[str]]] = []
    moved: list[tuple[int, list[str]]] = []
    removed = set()
    for k, article in enumerate(old, start=1):
        roll = r.random()
        if roll < 0.04:
            removed.add(str(k))
        elif roll < 0.08:
            moved.append((k, reword(r, article, r.uniform(0.2, 0.33))))
        else:
            placed.append((k, reword(r, article, r.uniform(0.0, 0.1))))
        if r.random() < 0.03:
            placed.append((None, [provision(r) for _ in range(r.randint(2, 4))]))
    for k, article in moved:
        placed.insert(r.randrange(len(placed) + 1), (k, article))
    links = {(str(k), str(at)) for at, (k, _) in enumerate(placed, start=1) if k is not None}
    added = {str(at) for at, (k, _) in enumerate(placed, start=1) if k is None}
    return Regulation(
        _text("FISHERIES REGULATION (first version)", old),
        _text("FISHERIES REGULATION (second version)", [a for _, a in placed]),
        links,
        added,
        removed,
    )
