"""Splits and merges: what the one-to-one pairing leaves over.

An article left unpaired next to a pair joins it when its wording came from
that pair's counterpart (a split when the new text cut an article in two, a
merge when it joined two). Whatever is still unpaired is added or removed (the
articles of the other text that took up part of its matter are found by
``align_related``).

The judgement rests on the share of a leftover article's weight that another
article holds, measured against the shares the same article has in articles
spread over the whole other text: formula-built treaties share much with
everything, free prose little, and each article is its own yardstick.
"""

from __future__ import annotations

import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache, partial
from typing import Protocol, TypeVar

from . import parallel
from .align_decide import Background
from .align_features import Sample, Stems, Vector, Vectors, containment, same_containment
from .align_order import CONFIRM_SHARE, ORDERED_SHARE, ordered_share, words_of
from .align_types import Link
from .cancel import StopCheck, check, interval, part
from .document import Segment
from .memory import give_back
from .parallel import lent_helpers


class Aligner(Protocol):
    """What these stages read of the aligner's state."""

    old_segs: tuple[Segment, ...]
    new_segs: tuple[Segment, ...]
    old_vecs: Vectors
    new_vecs: Vectors
    old_partner: dict[int, int]
    new_partner: dict[int, int]
    scores: dict[tuple[int, int], float]
    background: Background
    placeholders: tuple[set[int], set[int]]
    groups: tuple[list[str], list[str]]
    forbidden: set[tuple[int, int]]
    forced: list[Link]
    """The reader's links: no stage here undoes them."""
    fixed_confidence: dict[tuple[int, int], float]

    def allowed(self, i: int, j: int) -> bool: ...

    def score(self, i: int, j: int) -> float: ...

    def adjusted(self, i: int, j: int, s: float) -> float: ...

    def running_z(self, i: int, j: int) -> float: ...

    def stands_out(self, i: int, j: int) -> bool: ...


ATTACH_Z = 3.5
"""How far above its share in unrelated articles a leftover's share in a neighbour's
counterpart must lie for it to join that pair."""
CLEAR_Z = 5.0
ORDERED_GAIN = 5.0
"""Standing added above ``CLEAR_Z`` as a part read in order goes from the least share to all."""
PART_SHARE = 0.3
"""Share of a part read in order as its counterpart's remainder that needs no comparison
with chance (true parts read so at 0.7 and more)..."""
OWN_WORDS = 3
OWN_SHARE = 0.25
"""Least words, and share of its distinct words, that a leftover between two articles
of one pair must share with their counterpart and with neither article of the pair:
"achieve", "economic", "social", "humanitarian", "problems" of 15 for a purpose
reworded inside a merged article; none for a formula article struck out between two
merged ones, whose every word the two hold."""
CHANCE_SAMPLE = 8
"""...else it must exceed what this many unrelated articles of the other text hold."""
LEAST_SHARE = 0.15
"""A share this small never joins or relates an article, whatever the yardstick says
(and the yardstick is not worth measuring)."""
YARDSTICK = 60
"""Articles of the other text that an article is measured against."""
APART_FROM = 2000
"""Articles in the two texts from which a helper finding the merges pays for its fork."""
CHECK_EVERY = 256
"""Articles weighed between two progress reports: a few milliseconds."""

R = TypeVar("R")
Group = tuple[tuple[int, ...], tuple[int, ...], tuple[int, int], float]
"""Old articles, new articles, the one-to-one pair they grew from, and the least
standing (in yardstick units) of the articles that joined it (inf if none did)."""
Side = tuple[Callable[[int], Vector], Callable[[int], Collection[str]], int]
Words = Callable[[int], list[str]]
Joined = tuple[dict[int, tuple[int, float]], dict[int, tuple[int, float]]]
"""Split parts (new article → old one) and merged parts (old → new), with their standing."""


def yardstick(
    part: Vector,
    features: Callable[[int], Collection[str]],
    count: int,
    skip: set[int],
    kept: bool = False,
) -> Background:
    """How much of ``part`` articles of the other text hold, over the whole text
    (``kept``: see ``Sample.shares``)."""
    values = _sample(features, count).shares(part, skip, kept)
    return Background.from_values(values, prior=(0.1, 0.05), prior_weight=3)


@lru_cache(maxsize=4)
def _sample(features: Callable[[int], Collection[str]], count: int) -> Sample:
    """The articles every yardstick of a text is taken from, indexed once per text
    (``features`` of the same text compare equal, so the last texts' samples are kept)."""
    return Sample(features, count, YARDSTICK)


def forget_samples() -> None:
    """Drop the kept samples: they hold their texts' features (most of an aligner's
    memory, over a gigabyte at 50 MB) alive after the alignment is done."""
    _sample.cache_clear()


def combined_z(*standings: float) -> float:
    """Stouffer's combination of independent standings (sum over the root of their count)."""
    return sum(standings) / math.sqrt(len(standings))


def part_standing(held: float, brought: float) -> float:
    """Standing of a split or merged part: how much of it the counterpart holds and
    how much of the counterpart it adds to its pair, each above chance, combined."""
    return combined_z(held, brought) if held > 0.0 and brought > 0.0 else -math.inf


def brings(
    whole: Vector, held: Iterable[Collection[str]], side: Side, part: int, skip: set[int]
) -> float:
    """Standing of the share of ``whole``'s matter that article ``part`` (of ``side``)
    holds beyond what the articles ``held`` already hold, against its own yardstick.
    A part that brings nothing of an article is not its part, however much it borrows."""
    covered: set[str] = set().union(*held)
    rest = {t: w for t, w in whole.items() if t not in covered}
    _, features, count = side
    return yardstick(rest, features, count, skip).z(containment(rest, features(part)))


def _attach(
    own: dict[int, int],
    mine: Side,
    theirs: Side,
    allowed: Callable[[int, int], bool],
    seeds: dict[int, tuple[int, float]],
    words: tuple[Words, Words],
    should_stop: StopCheck | None = None,
    namesake: Callable[[int], int | None] = lambda k: None,
    parent: Callable[[int], tuple[int, int] | None] = lambda k: None,
) -> dict[int, tuple[int, float]]:
    """Leftover articles of one side → the other side's article they came from.

    ``own`` maps this side's paired articles to their counterparts, ``seeds``
    the parts already joined to them. A leftover joins the pair of a next-door
    article, or of a next-door leftover that has joined one (a three-way split);
    across one other article (a moved-in article between the halves) only when
    its standing is clear. The standing combines two asymmetric measures, each
    against its own yardstick: how much of the leftover's matter the
    counterpart holds, and how much of the counterpart's matter the leftover
    holds that the pair's own articles do not. A next-door leftover that fails
    them joins when it reads, in order, as the part of the counterpart that the
    pair's articles leave unexplained (``align_order``). A leftover between two
    articles of one pair joins it when the counterpart holds it clearly
    (``CLEAR_Z``) and holds words of it that no article of the pair has
    (``OWN_WORDS``), whatever it brings by weight or reads in order: a paragraph
    reworded and grown around new matter in the middle of a merge ("co-operation
    in the solution of … economic, social and other humanitarian problems" →
    "cooperation in solving … problems of an economic, social, cultural, or
    humanitarian character, and in promoting …") brings no more than chance of
    what the others leave, yet its own words are there; an article struck out
    between two merged ones, made of their formulas, has none of its own.
    Each joined article comes with its standing. ``words`` gives the words of an article of this
    side and of the other. ``should_stop`` hears how far the first round is (the
    later rounds weigh again only the few articles next to those that joined).
    """
    vector, features_mine, count = mine
    vector_theirs, features, other_count = theirs
    extra = dict(seeds)
    rulers: dict[int, Background] = {}
    groups: dict[int, list[int]] = defaultdict(list)
    for q, r in own.items():
        groups[r].append(q)
    for q, (r, _) in seeds.items():
        groups[r].append(q)
    brought: dict[tuple[int, int, int], float] = {}
    read: dict[tuple[int, int, int], float] = {}

    def partner(k: int) -> int | None:
        return own.get(k, extra.get(k, (None, 0.0))[0])

    def standing(k: int, p: int, held: float) -> float:
        if held <= 0.0:
            return -math.inf  # p holds no more of k than an unrelated article would
        key = (k, p, len(groups[p]))
        if key not in brought:
            skip = {*groups[p], k - 1, k, k + 1}
            extra_z = brings(vector_theirs(p), map(features_mine, groups[p]), mine, k, skip)
            brought[key] = part_standing(held, extra_z)
        return brought[key]

    def by_chance(k: int, p: int) -> float:
        """The most of part ``k`` that unrelated articles of the other text hold in
        order: formula-built texts share runs of formulas everywhere, prose hardly any."""
        words_mine, words_theirs = words
        step = max(1, other_count // CHANCE_SAMPLE)
        return max(
            (ordered_share(words_theirs(x), [], words_mine(k))
             for x in range(step // 2, other_count, step) if abs(x - p) > 1),
            default=0.0,
        )  # fmt: skip

    def in_order(k: int, p: int, c: float) -> float:
        """The standing ``c`` checked, or found, by reading the part in order. Any
        standing needs some running text in common, and more of it than unrelated
        articles have (an article put in next to an edited one borrows its formulas
        and the words the edit took out, never its sentences); a failed standing
        needs all of it."""
        key = (k, p, len(groups[p]))  # a pair's group only grows: its size says which
        found = read.get(key)
        if found is None:
            words_mine, words_theirs = words
            held = [words_mine(q) for q in groups[p]]
            found = read[key] = ordered_share(words_theirs(p), held, words_mine(k))
        if c >= ATTACH_Z:
            clear = found >= PART_SHARE or found > by_chance(k, p)
            return c if found >= CONFIRM_SHARE and clear else -math.inf
        if found < ORDERED_SHARE:
            return -math.inf
        return CLEAR_Z + ORDERED_GAIN * (found - ORDERED_SHARE) / (1.0 - ORDERED_SHARE)

    def own_words(k: int, p: int) -> bool:
        """Whether part ``k`` holds words of ``p`` that none of its pair's articles
        hold (``OWN_WORDS``): a part's own matter, not the formulas of its neighbours."""
        words_mine, words_theirs = words
        mine = set(words_mine(k))
        own = (mine & set(words_theirs(p))).difference(*map(words_mine, groups[p]))
        return len(own) >= max(OWN_WORDS, OWN_SHARE * len(mine))

    def namesake_standing(k: int, p: int) -> float:
        """Standing of ``k`` as a part of the pair that holds its namesake ``p``, a pair
        that keeps no number: the article the number kept was merged far away (a
        constitution's Čl. 132 into Čl. 125 with Čl. 125 itself, reworded)."""
        if any(namesake(q) == p for q in groups[p]):
            return -math.inf
        return far_part_standing(k, p)

    def far_part_standing(k: int, p: int) -> float:
        """Standing of ``k`` as a part of ``p``'s pair, off its neighbours: clear by its
        matter first, for a part read in order alone may be a copy of what the pair
        holds already (a clause put in again elsewhere), bringing nothing."""
        share = same_containment(vector(k), features(p))
        if share < LEAST_SHARE:
            return -math.inf
        if k not in rulers:
            rulers[k] = yardstick(vector(k), features, other_count, {p - 1, p, p + 1}, kept=True)
        c = standing(k, p, rulers[k].z(share))
        return in_order(k, p, c) if c >= CLEAR_Z else -math.inf

    def best_for(k: int) -> tuple[float, int] | None:
        best: tuple[float, int] | None = None
        for step in (-1, 1, -2, 2):
            p = partner(k + step)
            if p is None or not allowed(k, p):
                continue
            share = same_containment(vector(k), features(p))
            if share < LEAST_SHARE:
                continue
            if k not in rulers:
                rulers[k] = yardstick(
                    vector(k), features, other_count, {p - 1, p, p + 1}, kept=True
                )
            held = rulers[k].z(share)
            c = standing(k, p, held)
            if held >= CLEAR_Z and partner(k - 1) == p == partner(k + 1) and own_words(k, p):
                c = max(c, held)  # between two parts of one pair (``_attach``)
            elif c >= ATTACH_Z or abs(step) == 1:
                c = in_order(k, p, c)
            if c >= (ATTACH_Z if abs(step) == 1 else CLEAR_Z) and (best is None or c > best[0]):
                best = (c, p)
        p = namesake(k)
        if best is None and p is not None and groups.get(p) and allowed(k, p):
            c = namesake_standing(k, p)
            if c >= CLEAR_Z:
                best = (c, p)
        # the article whose number its own extends ("33h" of "33"), however far off,
        # when that one kept its number: a split's parts take the numbers after the old
        # one's, and new articles may lie between them
        kept = parent(k)
        if best is None and kept is not None and kept[1] in groups.get(kept[0], ()):
            p = kept[0]
            c = far_part_standing(k, p) if allowed(k, p) else -math.inf
            if c >= CLEAR_Z:
                best = (c, p)
        return best

    # The surest parts join first: a weaker one next door (an added article beside
    # the half of a split) would otherwise take the matter a later, truer part brings.
    changed, first, every = True, True, interval(count, CHECK_EVERY)
    while changed:
        changed = False
        found = []
        for k in range(count):
            if k % every == 0:  # the later rounds weigh again only what changed
                check(should_stop, k if first else count, count)
            if k not in own and k not in extra and (best := best_for(k)) is not None:
                found.append((best, k, len(groups[best[1]])))
        first = False
        for best, k, size in sorted(found, key=lambda e: (-e[0][0], e[1])):
            if len(groups[best[1]]) != size:  # its pair grew since: weigh it again
                found_again = best_for(k)
                if found_again is None:
                    continue
                best = found_again
            extra[k] = (best[1], best[0])
            groups[best[1]].append(k)
            changed = True
    return {k: found for k, found in extra.items() if k not in seeds}


def _word_lists(bodies: Sequence[str]) -> Words:
    """The words of each article, read once (each word one string, however often it
    occurs: a string per word and article was tens of megabytes at 20 MB)."""
    cache: dict[int, list[str]] = {}

    def words(k: int) -> list[str]:
        if k not in cache:
            cache[k] = list(map(sys.intern, words_of(bodies[k])))
        return cache[k]

    return words


def _reading(
    stems: tuple[Stems, Stems], bodies: tuple[Sequence[str], Sequence[str]], work: Callable[[], R]
) -> tuple[R, tuple[list[int], list[int]]]:
    """``work()``, and the articles (of each text's ``bodies``) whose features it read
    first: sent back as numbers, not wordings, so that the texts are not copied
    through the pipe (tens of megabytes at 50 MB, held twice at the stage's peak)."""
    before = [len(side.found) for side in stems]
    done = work()
    read = []
    for side, k, texts in zip(stems, before, bodies, strict=True):
        new = set(list(side.found)[k:])
        read.append([n for n, text in enumerate(texts) if text in new])
    return done, (read[0], read[1])


_PARENT_RE = re.compile(r"(.*?\d)(?:\s*[a-z]|[-.]\d+|\s*의\d+|\s*(?:bis|ter|quater))")
"""An inserted article's number and what it extends: "33h" of "33", "L312-1-2" of
"L312-1", "16의2" of "16", "12 bis" of "12"."""


def parent_label(label: str) -> str | None:
    """The label an inserted article's number extends, or None."""
    found = _PARENT_RE.fullmatch(label.split("#", 1)[0].strip())
    return found[1] if found else None


def parents_in(
    mine: Sequence[Segment], theirs: Sequence[Segment]
) -> Callable[[int], tuple[int, int] | None]:
    """The article of the other text whose label an inserted article's label extends,
    with the article of this text under that same label (the one that kept it)."""

    def by_label(segs: Sequence[Segment]) -> dict[str, int | None]:
        seen: dict[str, int | None] = {}
        for j, seg in enumerate(segs):
            key = seg.label.casefold()
            seen[key] = None if key in seen else j
        return seen

    own, other = by_label(mine), by_label(theirs)

    def parent(k: int) -> tuple[int, int] | None:
        label = parent_label(mine[k].label)
        p = other.get(label.casefold()) if label else None
        q = own.get(label.casefold()) if label else None
        return None if p is None or q is None else (p, q)

    return parent


def namesakes_in(mine: Sequence[Segment], theirs: Sequence[Segment]) -> Callable[[int], int | None]:
    """The article of the other text that carries a numbered article's label, if one does."""
    seen: dict[str, int | None] = {}
    for j, seg in enumerate(theirs):
        if seg.number is not None:
            key = seg.label.casefold()
            seen[key] = None if key in seen else j

    def namesake(k: int) -> int | None:
        seg = mine[k]
        return seen.get(seg.label.casefold()) if seg.number is not None else None

    return namesake


KEPT_NUMBERS_SHARE = 0.85
"""A text keeps its articles' numbers when at least this share of its pairs carry the
same label in both texts (the aligner reads its order-keeping pairs so). Not 0.9: a
Dutch law that renumbered 9 of its 81 articles kept in order ("Door vernummering
vervallen") had five articles rewritten under their numbers reported removed and added."""


def keeps_numbers(pairs: Collection[tuple[int, int]], same: Callable[[int, int], bool]) -> bool:
    """Whether the text keeps its numbers: ``KEPT_NUMBERS_SHARE`` of ``pairs`` (old,
    new) at least are ``same`` (under one label)."""
    return bool(pairs) and sum(same(i, j) for i, j in pairs) >= KEPT_NUMBERS_SHARE * len(pairs)


def _far_pairs_let_go(
    a: Aligner, namesakes: tuple[Callable[[int], int | None], Callable[[int], int | None]]
) -> None:
    """Let go of a pair under two numbers whose article its namesake holds more of and
    clearly, where the namesake is paired under yet another number: the article may then
    join its namesake's pair as a merged (or split) part (``_attach``). A Dutch act's old
    8:75a, its first paragraph kept word for word in new 8:75a (paired with old 8:73a,
    whose other paragraphs it took), had paired with 8:118, a look-alike forty articles
    on. Only in a text that keeps its numbers."""
    if not keeps_numbers(a.old_partner.items(), lambda i, j: namesakes[0](i) == j):
        return  # numbers that shift say nothing of which article is which
    sides = ((a.old_partner, a.new_partner, a.old_vecs, a.new_vecs, len(a.new_segs)),
             (a.new_partner, a.old_partner, a.new_vecs, a.old_vecs, len(a.old_segs)))  # fmt: skip
    forced = ({i for lk in a.forced for i in lk.old}, {j for lk in a.forced for j in lk.new})
    for side, (mine, theirs, vectors, others, count) in enumerate(sides):
        for k, j in list(mine.items()):
            if theirs.get(j) != k or k in forced[side] or j in forced[1 - side]:
                continue
            p = namesakes[side](k)
            m = theirs.get(p) if p is not None else None
            if p is None or p == j or m is None or m == k or namesakes[side](m) == p:
                continue
            held = same_containment(vectors[k], others.features(p))
            if held <= same_containment(vectors[k], others.features(j)):
                continue
            ruler = yardstick(vectors[k], others.features, count, {p - 1, p, p + 1}, kept=True)
            if ruler.z(held) >= CLEAR_Z:
                del mine[k], theirs[j]
                a.fixed_confidence.pop((k, j) if side == 0 else (j, k), None)


def _sides(a: Aligner) -> tuple[Side, Side]:
    old: Side = (a.old_vecs.__getitem__, a.old_vecs.features, len(a.old_segs))
    new: Side = (a.new_vecs.__getitem__, a.new_vecs.features, len(a.new_segs))
    return old, new


def attach_leftovers(
    a: Aligner, seeds: Joined = ({}, {}), should_stop: StopCheck | None = None
) -> list[Group]:
    """Every pair with the splits and merges joined to it, and the pair it grew from.

    ``seeds`` are parts already joined (new article → old one for splits, old
    article → new one for merges), with their standing. ``should_stop`` hears how
    far it is (``core.cancel``)."""
    old, new = _sides(a)
    split_seeds, merge_seeds = seeds
    old_words, new_words = _word_lists(a.old_vecs.bodies), _word_lists(a.new_vecs.bodies)
    split_side = (a.new_partner, new, old, lambda k, p: a.allowed(p, k), split_seeds)
    split_words = (new_words, old_words)
    namesakes = (namesakes_in(a.old_segs, a.new_segs), namesakes_in(a.new_segs, a.old_segs))
    _far_pairs_let_go(a, namesakes)
    parent = parents_in(a.new_segs, a.old_segs)
    merging = partial(
        _attach,
        a.old_partner,
        old,
        new,
        a.allowed,
        merge_seeds,
        split_words[::-1],
        namesake=namesakes[0],
    )
    stems = (a.old_vecs.stems, a.new_vecs.stems)
    bodies = (a.old_vecs.bodies, a.new_vecs.bodies)
    # The two sides do not depend on each other: on long texts a helper finds the
    # merges while this process finds the splits.
    apart = lent_helpers() if len(a.old_segs) + len(a.new_segs) >= APART_FROM else 0
    if apart:
        give_back()  # what the stages before freed: the helper would hold it apart
        other = parallel.Background(partial(_reading, stems, bodies, merging), apart)
        try:
            split = _attach(*split_side, split_words, should_stop, namesakes[1], parent)
        except BaseException:
            other.cancel()
            raise
        merged, read = other.result()
        # Later stages take the articles whose features were read as those at hand;
        # they are worked out again here only where a stage asks for them.
        for side, texts, numbers in zip(stems, bodies, read, strict=True):
            side.read_elsewhere.update(texts[n] for n in numbers)
    else:
        split = _attach(
            *split_side, split_words, part(should_stop, 0, 500, 1000), namesakes[1], parent
        )
        merged = merging(part(should_stop, 500, 1000, 1000))
    split.update(split_seeds)
    merged.update(merge_seeds)
    news_of: dict[int, list[int]] = defaultdict(list)  # core old -> extra news
    olds_of: dict[int, list[int]] = defaultdict(list)  # core new -> extra olds
    weakest: dict[tuple[str, int], float] = defaultdict(lambda: float("inf"))
    for k, (p, z) in split.items():
        news_of[p].append(k)
        weakest[("old", p)] = min(weakest[("old", p)], z)
    for k, (p, z) in merged.items():
        olds_of[p].append(k)
        weakest[("new", p)] = min(weakest[("new", p)], z)
    groups = []
    for i, j in sorted(a.old_partner.items()):
        if a.new_partner.get(j) != i:
            continue  # part of a reader's many-to-many link
        olds = tuple(sorted([i, *olds_of.get(j, ())]))
        news = tuple(sorted([j, *news_of.get(i, ())]))
        groups.append((olds, news, (i, j), min(weakest[("old", i)], weakest[("new", j)])))
    return groups
