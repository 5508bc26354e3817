"""Texts that repeat whole articles word for word: each article pairs with its own
counterpart, in order, and not with an identical copy elsewhere."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document

CLAUSES = [
    "The Parties shall notify each other in writing of any measure taken under this "
    "Article within thirty days of its adoption.",
    "Nothing in this Article shall prevent either Party from taking the measures it "
    "considers necessary for the protection of its essential security interests.",
    "Disputes arising under this Article shall be settled by consultation between the "
    "Parties through the diplomatic channel.",
    "The provisions of this Article shall apply equally to the territories placed under "
    "the administration of either Party.",
]
SPARE_WORDS = ["promptly", "jointly", "hereafter", "severally", "expressly", "duly"]


def _text(bodies: list[str], labels: list[str]) -> str:
    parts = ["Preamble: the Parties have agreed as follows."]
    parts += [f"Article {label}\n{body}" for label, body in zip(labels, bodies, strict=True)]
    return "\n\n".join(parts)


def _one_word_edit(body: str, rng: random.Random) -> str:
    words = body.split()
    words[rng.randrange(len(words))] = rng.choice(SPARE_WORDS)
    return " ".join(words)


def _pairs(old_text: str, new_text: str) -> tuple[set[tuple[str, str]], set[str], object]:
    cmp = compare(make_document(old_text), make_document(new_text))
    pairs = set()
    modified = set()
    for p in cmp.pairs:
        (o,) = cmp.label_of("old", p.old)
        (n,) = cmp.label_of("new", p.new)
        pairs.add((o, n))
        if cmp.old.body(cmp.old.segments[p.old[0]]) != cmp.new.body(cmp.new.segments[p.new[0]]):
            modified.add(n)
    return pairs, modified, cmp


@pytest.mark.parametrize("seed", [1, 2, 3, 17])
def test_repeated_articles_with_one_word_edits_pair_in_place(seed: int):
    rng = random.Random(seed)
    count = 60
    old = [CLAUSES[rng.randrange(len(CLAUSES))] for _ in range(count)]
    edited = set(rng.sample(range(count), 15))
    new = [_one_word_edit(b, rng) if k in edited else b for k, b in enumerate(old)]
    labels = [str(k + 1) for k in range(count)]
    pairs, modified, cmp = _pairs(_text(old, labels), _text(new, labels))
    assert pairs == {("preamble", "preamble")} | {(x, x) for x in labels}
    assert modified == {labels[k] for k in edited}
    assert not cmp.added and not cmp.removed


def test_a_repeated_article_that_moved_is_found_where_it_went():
    """Articles 3 and 7 read the same; Article 3 moves to the end and is renumbered."""
    bodies = [
        f"{CLAUSES[k % 4]} This concerns the {w} district."
        for k, w in enumerate(
            ["northern", "southern", "eastern", "western", "coastal", "upland", "river", "border"]
        )
    ]
    bodies[6] = bodies[2]
    old_labels = [str(k + 1) for k in range(8)]
    order = [0, 1, 3, 4, 5, 6, 7, 2]
    new_bodies = [bodies[k] for k in order]
    new_labels = [str(k + 1) for k in range(8)]
    pairs, modified, cmp = _pairs(_text(bodies, old_labels), _text(new_bodies, new_labels))
    expected = {("preamble", "preamble")} | {
        (old_labels[k], new_labels[pos]) for pos, k in enumerate(order)
    }
    assert pairs == expected
    assert not modified
    moved = {cmp.label_of("new", cmp.pairs[k].new)[0] for k in range(len(cmp.pairs))
             if cmp.pairs[k].moved}  # fmt: skip
    assert moved == {"8"}


def test_a_repeated_article_that_moved_keeping_its_number_is_found():
    """Articles 2, 5 and 9 read the same; Article 5 moves to the front under its number."""
    bodies = [
        f"{CLAUSES[k % 4]} It binds the {w} province."
        for k, w in enumerate(
            ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
        )
    ]
    bodies[4] = bodies[8] = bodies[1]
    labels = [str(k + 1) for k in range(9)]
    order = [4, 0, 1, 2, 3, 5, 6, 7, 8]
    new_bodies = [bodies[k] for k in order]
    new_labels = [labels[k] for k in order]
    pairs, modified, cmp = _pairs(_text(bodies, labels), _text(new_bodies, new_labels))
    assert pairs == {("preamble", "preamble")} | {(x, x) for x in labels}
    assert not modified and not cmp.added and not cmp.removed


def _edit_words(body: str, rng: random.Random, n: int) -> str:
    words = body.split()
    for k in rng.sample(range(len(words)), n):
        words[k] = rng.choice(SPARE_WORDS)
    return " ".join(words)


GPL3 = Path("/usr/share/common-licenses/GPL-3")


@pytest.mark.skipif(not GPL3.exists(), reason="the system's licence texts are not installed")
@pytest.mark.parametrize("seed", [4, 5])
def test_a_licence_pasted_in_again_and_again_with_small_edits_pairs_in_place(seed: int):
    """A text that repeats its sections (a licence pasted in for each component, a
    protocol per country), every copy in the newer text touched by a few edits, with
    bare numbered headings between them: each copy's twins are near-copies, not chance
    likeness, so the copies pair by place."""
    rng = random.Random(seed)
    doc = make_document(GPL3.read_text(encoding="utf-8"))
    bodies = [
        " ".join(doc.body(seg).split()) for seg in doc.segments if seg.kind is SegmentKind.ARTICLE
    ]
    old, new = [], []
    for body in bodies * 4:
        old += ["", body]
        new += ["amended", _edit_words(body, rng, rng.choice((1, 2)))]
    labels = [str(k + 1) for k in range(len(old))]

    def text(parts: list[str]) -> str:
        return "\n\n".join(
            ["Preamble."] + [f"{n}. {b}".rstrip() for n, b in zip(labels, parts, strict=True)]
        )

    pairs, _, _ = _pairs(text(old), text(new))
    content = {label for label, body in zip(labels, old, strict=True) if body}
    assert {(o, n) for o, n in pairs if o in content or n in content} == {(x, x) for x in content}


@pytest.mark.parametrize("seed", [1, 2])
def test_a_bare_numbered_heading_that_gained_text_is_modified(seed: int):
    """A licence repeated over and over, every copy opening with a bare "1." heading;
    in the new text some of those headings read "1. amended" and some clauses have a
    word changed. A bare heading has no wording to compare: at its place, with its number,
    it pairs with the amended one, and the articles after it still pair in place."""
    rng = random.Random(seed)
    old_parts, new_parts, amended = [], [], set()
    for copy in range(12):
        number = copy * 5 + 1
        old_parts.append(f"{number}.")
        if rng.random() < 0.5:
            new_parts.append(f"{number}. amended")
            amended.add(str(number))
        else:
            new_parts.append(f"{number}.")
        for k, clause in enumerate(CLAUSES):
            old_parts.append(f"{number + k + 1}. {clause}")
            edited = _one_word_edit(clause, rng) if rng.random() < 0.3 else clause
            new_parts.append(f"{number + k + 1}. {edited}")
    pairs, modified, cmp = _pairs("\n\n".join(old_parts), "\n\n".join(new_parts))
    labels = {str(k) for k in range(1, 61)}
    assert pairs == {(x, x) for x in labels}
    assert amended <= modified
    assert not cmp.added and not cmp.removed


OPTION = (
    "Those living in {place} who chose the nationality of the other Party before {date} "
    "may leave with their movable goods within {months} months. Their land in {place} "
    "shall be respected."
)
TOWNS = [("Artvin", "3 March 1921", 7), ("Ardahan", "23 December 1921", 10),
         ("Oltu", "1 June 1922", 4), ("Kağızman", "9 May 1921", 6)]  # fmt: skip
OTHER = "The Parties shall open the railway between Kars and Gyumri to goods of both sides."


LABELS3, LABELS5 = ["1", "2", "3"], ["1", "2", "3", "4", "5"]


def _option(k: int, light_edit: bool = False) -> str:
    place, date, months = TOWNS[k]
    body = OPTION.format(place=place, date=date, months=months)
    return body.replace("may leave", "shall be free to leave") if light_edit else body


def test_near_copies_for_two_places_that_swapped_places_pair_by_their_names() -> None:
    """One formula for several towns, two of its articles swapped and lightly edited:
    each keeps its town, date and months, so Artvin's article is never read as having
    become Ardahan's (it once was, at confidence 0.995)."""
    old = [_option(0), _option(1), OTHER]
    new = [_option(1, True), _option(0, True).replace("movable goods", "goods"),
           OTHER.replace("open", "reopen")]  # fmt: skip
    pairs, _, cmp = _pairs(_text(old, LABELS3), _text(new, LABELS3))
    assert {("1", "2"), ("2", "1"), ("3", "3")} <= pairs
    assert not cmp.added and not cmp.removed


def test_near_copies_edited_in_place_still_pair_in_place() -> None:
    old = [_option(0), _option(1), _option(2), _option(3), OTHER]
    new = [_option(0, True), _option(1), _option(2, True), _option(3), OTHER]
    pairs, modified, _ = _pairs(_text(old, LABELS5), _text(new, LABELS5))
    assert pairs >= {("1", "1"), ("2", "2"), ("3", "3"), ("4", "4"), ("5", "5")}
    assert modified == {"1", "3"}


def test_a_sentence_left_alone_in_its_article_stays_there_not_with_far_copies() -> None:
    """Articles 8 and 9 are one sentence that Article 3 also opens with; Article 3 is cut
    down to that sentence, Articles 8 and 9 are reworded. The cut-down Article 3 is
    still Article 3: it had been paired, word for word, with the far Article 8, and
    Article 3 then with nothing in its place."""
    sentence = CLAUSES[0]
    places = ["northern", "southern", "eastern", "western", "coastal", "upland", "river"]
    old = [f"{CLAUSES[1 + k % 3]} This concerns the {w} district." for k, w in enumerate(places)]
    old += [sentence, sentence]
    old[2] = f"{sentence} {CLAUSES[2]} The {places[2]} district is excepted."
    new = list(old)
    new[2] = sentence
    new[7] = sentence.replace("in writing", "by letter").replace("thirty", "sixty")
    new[8] = sentence.replace("each other", "the depositary").replace("adoption", "entry")
    labels = [str(k + 1) for k in range(len(old))]
    pairs, _modified, cmp = _pairs(_text(old, labels), _text(new, labels))
    assert pairs == {("preamble", "preamble")} | {(x, x) for x in labels}
    assert not cmp.added and not cmp.removed
