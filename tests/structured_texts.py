"""Generated legal texts with a known structure: statutes with Parts, Chapters,
articles and points, and pairs whose articles were renumbered with their
cross-references updated (or, for some, pointed at another article)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from treatyviewer.core.numerals import to_roman

_TEXT = (
    "authority shall ensure that every request is examined within the period laid down "
    "by law and that the applicant is informed of the decision together with the reasons "
    "for it and of the remedies available against it before the competent court"
)
_WORDS = _TEXT.split(" ")


def _sentence(rng: random.Random, n: int = 14) -> str:
    words = [rng.choice(_WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


@dataclass(frozen=True)
class Statute:
    text: str
    parts: list[tuple[str, list[tuple[str, list[int]]]]]
    """Part label → its chapters (label, article numbers)."""
    points: dict[int, int]
    """Article number → how many lettered points it has."""


def statute(articles: int = 300, seed: int = 3) -> Statute:
    """Parts I–V, five chapters each, articles numbered straight through; some
    articles have numbered paragraphs, some lettered points after a colon."""
    rng = random.Random(seed)
    lines = ["CIVIL PROCEDURE ACT", "", "The legislature enacts as follows:", ""]
    per_chapter = articles // 25
    structure: list[tuple[str, list[tuple[str, list[int]]]]] = []
    points: dict[int, int] = {}
    number = 1
    for p in range(1, 6):
        lines += [f"Part {to_roman(p)}", "General rules" if p == 1 else f"Matters of kind {p}", ""]
        chapters: list[tuple[str, list[int]]] = []
        for c in range(1, 6):
            lines += [f"Chapter {c}", ""]
            numbers = []
            for _ in range(per_chapter):
                lines += [f"Article {number}", ""]
                if number % 3 == 0:
                    n = 2 + number % 3
                    lines += [_sentence(rng)[:-1] + ":", ""]
                    lines += [f"({chr(96 + k)}) {_sentence(rng, 8)[:-1]};" for k in range(1, n + 1)]
                    lines += [""]
                    points[number] = n
                else:
                    lines += [
                        f"1. {_sentence(rng)} 2. is not a point here.",
                        "",
                        f"2. {_sentence(rng)}",
                        "",
                    ]
                    points[number] = 2
                numbers.append(number)
                number += 1
            chapters.append((str(c), numbers))
        structure.append((to_roman(p), chapters))
    return Statute("\n".join(lines) + "\n", structure, points)


@dataclass(frozen=True)
class RenumberedPair:
    old: str
    new: str
    renumbered: set[tuple[str, str]]
    """(old reference text, new reference text) updated only because the target moved."""
    retargeted: set[tuple[str, str]]
    """(old, new) references that now name a different provision."""


def renumbered_pair(articles: int = 12, inserted_at: int = 3, seed: int = 5) -> RenumberedPair:
    """An agreement whose new version inserts an article, so every later article's
    number goes up by one; references follow their targets, except one that the
    drafters pointed at another article on purpose."""
    rng = random.Random(seed)
    bodies = [_sentence(rng, 18) for _ in range(articles)]
    # Article k (1-based) refers to article ref_of[k].
    ref_of = {k: rng.randrange(1, articles + 1) for k in range(2, articles + 1)}
    changed = articles  # the last article's reference is retargeted
    old_lines, new_lines = ["AGREEMENT", ""], ["AGREEMENT", ""]

    def new_number(k: int) -> int:
        return k if k < inserted_at else k + 1

    renumbered: set[tuple[str, str]] = set()
    retargeted: set[tuple[str, str]] = set()
    for k in range(1, articles + 1):
        body = bodies[k - 1]
        if k in ref_of:
            target = ref_of[k]
            old_ref = f"Article {target}"
            if k == changed:
                other = 1 if target != 1 else 2
                new_ref = f"Article {new_number(other)}"
                retargeted.add((old_ref, new_ref))
            else:
                new_ref = f"Article {new_number(target)}"
                if new_ref != old_ref:
                    renumbered.add((old_ref, new_ref))
            old_body = f"{body} As laid down in {old_ref}, the parties shall consult."
            new_body = f"{body} As laid down in {new_ref}, the parties shall consult."
        else:
            old_body = new_body = body
        if k == inserted_at:
            new_lines += [f"Article {k}", "", _sentence(rng, 16), ""]
        old_lines += [f"Article {k}", "", old_body, ""]
        new_lines += [f"Article {new_number(k)}", "", new_body, ""]
    return RenumberedPair("\n".join(old_lines), "\n".join(new_lines), renumbered, retargeted)
