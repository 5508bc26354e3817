"""Articles left open between two pairs that keep their place, paired by shared matter.

A section recast in new words (a licence clause rewritten for a new version)
shares too little wording with its source for a symmetric score to stand out
of the comparison's background, yet what it shares is distinctive: much of the
old section's matter is found in the new one, or much of the new one's came
from the old. Between two anchors (pairs on the order-preserving chain) the
open articles of both texts are measured both ways, each against its own
yardstick taken from the articles outside the gap, and the two standings are
combined. Sitting between the pairs around it, a pair needs the standing that
the aligner asks of any pair that keeps its place, and each article must be
one of the two homes in the whole other text that hold most of the other's
matter (two, for a split or merge gives its parts one rival). Formula-built
texts pass the first test by chance now and then, seldom the second. In a gap
of at most two articles a side chance has few tries, and one of the two homes
is enough: where whole clauses recur across a text, a long article repeating
two of an article's clauses holds more of it than its own edited halves. The open
articles of a gap are paired by a global assignment of those standings; in a text
that keeps its numbers, an article whose namesake stands open in the same gap does
not pair with a lettered article put in under its number (the aligner pairs it with
its namesake later). An article still open then joins a pair of its gap as a split
or merged part when the pair's counterpart is among the homes of its matter and its
standing is what a split or merge needs (``align_attach``).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from itertools import compress
from operator import not_

from .align_assign import assign
from .align_attach import (
    ATTACH_Z,
    LEAST_SHARE,
    Aligner,
    Joined,
    Side,
    brings,
    combined_z,
    part_standing,
    yardstick,
)
from .align_decide import NEAR_Z, Background
from .align_features import (
    Vector,
    Vectors,
    combined,
    containment,
    same_containment,
    weighty,
)
from .align_mutual import named_apart
from .align_order import ORDERED_SHARE, least_in_order, words_of

GAP_OPEN_MAX = 8
"""Gaps with more open articles on either side are left to the other stages (cost bound)."""
FEW_CHANCES = 4
"""Open pairs in a gap (2 x 2) up to which one article being the other's home is enough."""
CROWDED = 3
"""Open articles with text (not an editor's note that the text is not given) on each
side from which a gap is crowded: where a run of articles was struck out and a run of
new ones put in, every old article of a formula-built text meets several new ones, and
one of them shares its formulas by chance."""
CROWDED_RUNNING_Z = 1.0
"""Running text in common (``align_mutual.RunningChance``) a pair of a crowded gap
needs above runner-up pairs. In texts made outside the test suite (formula articles
of a few dozen parties, verbs and places), 16 of the pairs made in gaps of three or
more a side were chance pairs at 0.92 to 0.99 confidence, 13 of them below this
bar; the 30 counterparts made in such gaps, edited by up to a third, stood 1.35 and
above."""
ALONE_RUNNING_Z = 1.0
"""Running text in common (``align_mutual.RunningChance``) that stands for the homes test
when the two are the only open articles between their anchors. An article recast by a
third or more in a text of formulas keeps whole runs of its sentences, yet other
articles, built from the same formulas, hold more of its words. Measured on 306 such
gaps in texts made outside the test suite and in the suite's families: no chance pair
stood ``NEAR_Z`` out of the background at all, while 36 counterparts that did were left
open for want of a home, all but one with running text 1.3 spreads and more above
runner-up pairs."""
RUNS_Z = 2.0
"""Running text in common that pairs open articles of a gap whose matter is at home
elsewhere, and in a gap of at most ``FEW_CHANCES`` open pairs even when it stands less
than ``NEAR_Z`` out of the background: an article recast by a third or more keeps
runs of its sentences in their order, which chance pairs of formula-built articles
seldom do. Measured on 2,774 candidate pairs of gaps in texts made outside the test
suite and in the suite's families: in small gaps 33 counterparts left open stood at
or above this bar and one chance pair (beside a counterpart of greater standing,
which the assignment by standing prefers); in larger gaps 40 counterparts left open
stood above ``NEAR_Z`` and this bar, and no chance pair did (the six that reached
the bar stood below ``NEAR_Z``). A pair below ``NEAR_Z`` gets the low confidence of its
standing, and so goes to the review queue."""
CROWDED_RUNS_EXTRA_Z = 1.0
"""What a pair of a crowded gap (``CROWDED``) found by its running text needs above
``NEAR_Z``: among a run of struck articles beside a run of new ones in a formula text of
2,000 articles, a chance pair stood 3.2 spreads out with running text 2.2 above
runner-ups; 25 of the 28 counterparts measured in crowded gaps stood above 4.1."""
HOMES = 2
"""How many articles of the other text may hold as much of an article's matter as its partner."""
ONE_HOME_Z = NEAR_Z / 2
"""Least standing of a pair's own (symmetric, hub-adjusted) score above the background
when only one of the two is the other's home, they cite different names or figures,
and one holds the other's matter less than the near bar asks: an added article next
to a removed one may take most of its formulas from it (its matter is then at home
there) while the removed one's matter is hardly in it, and the two, read whole, are
no more alike than any two articles of the text. In the generated families such
chance pairs stood 0.3 spreads out or less; counterparts found in a gap on one home
held each other's matter beyond the near bar both ways, or stood 1.2 spreads out
or more."""

Allowed = Callable[[int], bool]


def _among_homes(part: Vector, other: Vectors, count: int, target: int, allowed: Allowed) -> bool:
    """Whether ``target`` is among the ``HOMES`` articles that hold most of ``part``.

    Only an article holding enough of ``part``'s weightier features can hold more
    than ``target`` does (see ``weighty``), and set tests in C find those, so the
    exact share is summed for few articles, not for the whole text; and articles
    of one wording are measured once."""
    held = same_containment(part, other.features(target))
    return _few_hold_more(part, other, count, held, {target}, allowed)


def _few_hold_more(
    part: Vector, other: Vectors, count: int, held: float, skip: set[int], allowed: Allowed
) -> bool:
    """Whether fewer than ``HOMES`` articles of ``other`` outside ``skip`` hold more
    of ``part`` than ``held``."""
    squares, least = weighty(part, held)
    key = frozenset(squares)
    better = 0
    wordings, holders_of = other.wordings(count)
    for k in compress(range(len(wordings)), map(not_, map(key.isdisjoint, wordings))):
        if sum(map(squares.__getitem__, key.intersection(wordings[k]))) <= least:
            continue
        if same_containment(part, wordings[k]) <= held:
            continue
        for x in holders_of[k]:
            if x not in skip and allowed(x):
                better += 1
                if better >= HOMES:
                    return False
    return True


def among_homes(a: Aligner, i: int, j: int) -> bool:
    """Whether new ``j`` is among the homes of old ``i``'s matter or old ``i`` among
    those of new ``j``'s, over the whole other text. A pair of one gap that stands
    out of the background only a little, in a gap with many open articles, is the
    best of many chances; a real counterpart still holds more of the article
    than nearly every other article does. An article already paired is no rival
    when its counterpart, in our article's own text, holds as much of our
    article as the candidate does: a protocol that repeats a state's clause in
    many articles has near-copies of an edited article on both sides, each
    accounted for by the other."""
    old_vecs, new_vecs = a.old_vecs, a.new_vecs
    old_part, new_part = old_vecs[i], new_vecs[j]
    old_held = same_containment(old_part, new_vecs.features(j))
    new_held = same_containment(new_part, old_vecs.features(i))

    def allowed_new(x: int) -> bool:
        p = a.new_partner.get(x)
        return a.allowed(i, x) and (
            p is None or same_containment(old_part, old_vecs.features(p)) < old_held
        )

    def allowed_old(x: int) -> bool:
        p = a.old_partner.get(x)
        return a.allowed(x, j) and (
            p is None or same_containment(new_part, new_vecs.features(p)) < new_held
        )

    return _few_hold_more(
        old_part, new_vecs, len(a.new_segs), old_held, {j}, allowed_new
    ) or _few_hold_more(new_part, old_vecs, len(a.old_segs), new_held, {i}, allowed_old)


def _gaps(
    anchors: Sequence[tuple[int, int]], old_count: int, new_count: int
) -> list[tuple[range, range]]:
    """Old and new index ranges strictly between consecutive anchors."""
    bounds = [(-1, -1), *sorted(anchors), (old_count, new_count)]
    return [
        (range(a[0] + 1, b[0]), range(a[1] + 1, b[1]))
        for a, b in itertools.pairwise(bounds)
        if b[0] - a[0] > 1 and b[1] - a[1] > 1
    ]


def alone_standing(a: Aligner, i: int, j: int) -> float:
    """Standing of old ``i`` and new ``j``, the only open articles between two pairs,
    as parts of each other: how far each holds the other's matter above its
    yardstick, combined (-inf when either holds none of it, or too little to weigh)."""
    gap = _Gap(a, range(i, i + 1), range(j, j + 1))
    if not gap.shared(i, j):
        return -math.inf
    return part_standing(gap.old_in_new(i, j), gap.new_in_old(j, i))


def held_standing(a: Aligner, olds: list[int], news: list[int], i: int, j: int) -> float:
    """How far new ``j`` holds old ``i``'s matter above its yardstick, both open
    articles of the gap that ``olds`` and ``news`` make (-inf when they share too
    little to weigh): one way only, as an article expanded around its old text is
    held by its new self but does not hold it back."""
    gap = _Gap(a, range(olds[0], olds[-1] + 1), range(news[0], news[-1] + 1))
    return gap.old_in_new(i, j) if gap.shared(i, j) else -math.inf


def held_back(a: Aligner, i: int, j: int) -> float:
    """How far old ``i`` holds new ``j``'s matter above its yardstick, the two the only
    open articles between two pairs (-inf when they share too little to weigh): an
    article cut down to part of its old text is held by it, and holds little of it."""
    gap = _Gap(a, range(i, i + 1), range(j, j + 1))
    return gap.new_in_old(j, i) if gap.shared(i, j) else -math.inf


class _Gap:
    """The open articles between two anchors and their yardsticks."""

    def __init__(
        self, a: Aligner, olds_range: range, news_range: range, kept_numbers: bool = False
    ) -> None:
        self.a = a
        self.kept_numbers = kept_numbers
        self.olds_range, self.news_range = olds_range, news_range
        self.olds = [i for i in olds_range if i not in a.old_partner]
        self.news = [j for j in news_range if j not in a.new_partner]
        n_old, n_new = len(a.old_segs), len(a.new_segs)
        # The yardsticks leave out the gap and its two anchors: their matter may be related.
        self.skip_old = set(range(olds_range.start - 1, olds_range.stop + 1))
        self.skip_new = set(range(news_range.start - 1, news_range.stop + 1))
        self.old_side: Side = (a.old_vecs.__getitem__, a.old_vecs.features, n_old)
        self.new_side: Side = (a.new_vecs.__getitem__, a.new_vecs.features, n_new)
        self.old_rulers: dict[int, Background] = {}
        self.new_rulers: dict[int, Background] = {}

    def old_in_new(self, i: int, j: int) -> float:
        a = self.a
        return self._held(
            self.old_rulers, i, a.old_vecs, a.new_vecs, len(a.new_segs), j, self.skip_new
        )

    def new_in_old(self, j: int, i: int) -> float:
        a = self.a
        return self._held(
            self.new_rulers, j, a.new_vecs, a.old_vecs, len(a.old_segs), i, self.skip_old
        )

    @staticmethod
    def _held(rulers: dict[int, Background], k: int, own: Vectors, other: Vectors,
              n_other: int, m: int, skip: set[int]) -> float:  # fmt: skip
        """How far unit ``k`` is held by unit ``m`` of the other text, against chance
        (its yardstick is measured once, on first use)."""
        if k not in rulers:
            rulers[k] = yardstick(own[k], other.features, n_other, skip, kept=True)
        return rulers[k].z(same_containment(own[k], other.features(m)))

    def shared(self, i: int, j: int) -> bool:
        """Whether the two hold enough of each other for the yardsticks to be worth
        measuring: their shares of each other's matter add up to ``LEAST_SHARE``."""
        a = self.a
        there = same_containment(a.old_vecs[i], a.new_vecs.features(j))
        back = same_containment(a.new_vecs[j], a.old_vecs.features(i))
        return a.allowed(i, j) and there + back >= LEAST_SHARE

    def old_home(self, i: int, j: int) -> bool:
        """Whether new ``j`` is among the homes of old ``i``'s matter."""
        a = self.a
        return _among_homes(
            a.old_vecs[i], a.new_vecs, len(a.new_segs), j, lambda x: a.allowed(i, x)
        )

    def new_home(self, j: int, i: int) -> bool:
        """Whether old ``i`` is among the homes of new ``j``'s matter."""
        a = self.a
        return _among_homes(
            a.new_vecs[j], a.old_vecs, len(a.old_segs), i, lambda x: a.allowed(x, j)
        )

    def names_kept(self, i: int, j: int) -> bool:
        """Whether every name and figure of one of the two is in the other."""
        a = self.a
        old_names = a.old_vecs.stems.features(a.old_vecs.bodies[i])[2]
        new_names = a.new_vecs.stems.features(a.new_vecs.bodies[j])[2]
        return bool(old_names and new_names) and (old_names <= new_names or new_names <= old_names)

    def named_apart(self, i: int, j: int) -> bool:
        """``align_mutual.named_apart`` of the two articles' names, outweighed (where
        only a word beside their names is in common) by a score of their own
        ``NEAR_Z`` out of the background: between two anchors, an article rewritten
        where it stood and read far beyond chance."""
        a = self.a
        return named_apart(a.old_vecs, i, a.new_vecs, j, outweighed=lambda: a.stands_out(i, j))

    def namesake_apart(self, i: int, j: int) -> bool:
        """Whether, in a text that keeps its numbers, the two carry one number under
        two labels ("6" and "6A") while one of them has its namesake open in this gap.
        An amendment rewrites an article under its number and puts what it adds in a
        lettered article after it; the old wording may live on in the inserted article
        more than in the one rewritten (Pasal 6 of Indonesia's constitution, the
        President elected by the assembly, beside the new 6A on direct election), yet
        the reader looks for the old article under its number, where the aligner pairs
        it later (``_pair_under_kept_numbers``). An article inserted under another
        number ("42a" beside a struck-out § 43) is not held back."""
        if not self.kept_numbers:
            return False
        old, new = self.a.old_segs[i], self.a.new_segs[j]
        if old.number is None or old.number != new.number:
            return False
        old_label, new_label = old.label.casefold(), new.label.casefold()
        if old_label == new_label:
            return False
        return any(self.a.new_segs[k].label.casefold() == old_label for k in self.news) or any(
            self.a.old_segs[k].label.casefold() == new_label for k in self.olds
        )

    def stands_alone(self, i: int, j: int) -> bool:
        """Whether each of the two holds the other's matter beyond the near bar, or
        the pair's own score stands ``ONE_HOME_Z`` out of the background."""
        a = self.a
        if min(self.old_in_new(i, j), self.new_in_old(j, i)) >= NEAR_Z:
            return True
        return a.background.z(a.adjusted(i, j, a.score(i, j))) >= ONE_HOME_Z

    def pairs(self) -> list[tuple[int, int, float]]:
        """The gap's pairs, by a global assignment of their standings. Each of the two
        must hold more of the other's matter than chance does: a one-line clause
        ("Dieses Gesetz tritt am 1. Januar 1970 in Kraft.") whose every word a long
        transitional rule full of dates repeats is held by it, yet holds less of it than
        an unrelated article would, and was paired with it at 0.95."""
        homes_needed = 1 if len(self.olds) * len(self.news) <= FEW_CHANCES else 2
        alone = len(self.olds) == len(self.news) == 1

        def at_home(i: int, j: int) -> bool:
            """Enough homes; or the two are the only open articles between their
            anchors, one keeps every name and figure of the other, and an article
            paired elsewhere is no rival when its counterpart holds as much of ours
            (``among_homes``): a protocol repeats a state's clauses in many
            articles, and an article edited where it stood holds less of its
            source than those copies do. Or the only two open articles keep
            running text in common (``ALONE_RUNNING_Z``)."""
            found = self.old_home(i, j) + self.new_home(j, i)
            if found >= homes_needed and (
                found > 1 or self.names_kept(i, j) or self.stands_alone(i, j)
            ):
                return True
            return alone and (
                (self.names_kept(i, j) and among_homes(self.a, i, j))
                or self.a.running_z(i, j) >= ALONE_RUNNING_Z
            )

        standing = {
            (i, j): combined_z(*both)
            for i in self.olds
            for j in self.news
            if self.shared(i, j)
            and not self.named_apart(i, j)
            and not self.namesake_apart(i, j)
            and min(both := (self.old_in_new(i, j), self.new_in_old(j, i))) > 0.0
        }
        old_notes, new_notes = self.a.placeholders
        with_text = (
            sum(i not in old_notes for i in self.olds),
            sum(j not in new_notes for j in self.news),
        )
        crowded = min(with_text) >= CROWDED

        def runs_enough(i: int, j: int) -> bool:
            return not crowded or self.a.running_z(i, j) >= CROWDED_RUNNING_Z

        gains = {
            (i, j): z - NEAR_Z
            for (i, j), z in standing.items()
            if z > NEAR_Z and at_home(i, j) and runs_enough(i, j)
        }
        made = assign(gains)
        few = len(self.olds) * len(self.news) <= FEW_CHANCES
        least = 0.0 if few else NEAR_Z + CROWDED_RUNS_EXTRA_Z if crowded else NEAR_Z
        made += self._by_runs(standing, made, least)
        return [(i, j, standing[(i, j)]) for i, j in made]

    def _by_runs(
        self, standing: dict[tuple[int, int], float], made: list[tuple[int, int]], least: float
    ) -> list[tuple[int, int]]:
        """Pairs of the gap's articles still open that keep running text in common
        (``RUNS_Z``) and stand above ``least``, chosen by their standing."""
        paired_old, paired_new = {i for i, _ in made}, {j for _, j in made}
        return assign(
            {
                (i, j): z
                for (i, j), z in standing.items()
                if i not in paired_old
                and j not in paired_new
                and z > least
                and self.a.running_z(i, j) >= RUNS_Z
            }
        )

    def parts(self, made: list[tuple[int, int, float]], seeds: Joined) -> None:
        """Open articles of the gap that join one of its pairs, into ``seeds``."""
        a = self.a
        news_of = {i: [j] for i, j, _ in made}
        olds_of = {j: [i] for i, j, _ in made}
        split = _Joining(self.news, a.new_partner, news_of, self.new_side, self.skip_new)
        split.run(
            lambda k, i: a.allowed(i, k) and self.new_home(k, i),
            self.new_in_old,
            lambda i: (a.old_vecs[i], a.new_vecs.features),
            seeds[0],
        )
        merge = _Joining(self.olds, a.old_partner, olds_of, self.old_side, self.skip_old)
        merge.run(
            lambda k, j: a.allowed(k, j) and self.old_home(k, j),
            self.old_in_new,
            lambda j: (a.new_vecs[j], a.old_vecs.features),
            seeds[1],
        )

    def groups(
        self, seeds: Joined, made: list[tuple[int, int, float]]
    ) -> tuple[list[tuple[int, int, float]], list[tuple[int, int]]]:
        """Articles of the gap that pair with two next-door articles of the other
        text read as one: a split into them or a merge of them. The pair is made
        with the part that stands best alone; the other part goes into ``seeds``.
        The other part must read, in order, as what the first leaves of the
        counterpart (an unrelated article next door shares formulas, not
        sentences). A one-to-one pair of the gap (``made``) that shares an article
        with such a group gives way to it: the group reads the two texts better
        than a pair that took one of its parts. Returns the groups' pairs and the
        pairs that gave way (their parts leave ``seeds``)."""
        a = self.a
        split, merged = seeds
        grouped: list[tuple[int, int, float]] = []
        found = [
            (z, i, pair, True)
            for i in self.olds
            if i not in merged
            for pair in _next_doors(self.news, split)
            if (z := self._whole(a.old_vecs, a.new_vecs, i, pair, self.old_rulers)) > NEAR_Z
        ] + [
            (z, j, pair, False)
            for j in self.news
            if j not in split
            for pair in _next_doors(self.olds, merged)
            if (z := self._whole(a.new_vecs, a.old_vecs, j, pair, self.new_rulers)) > NEAR_Z
        ]
        used: set[tuple[bool, int]] = set()
        released: list[tuple[int, int]] = []
        for z, one, pair, is_split in sorted(found, key=lambda e: (-e[0], e[1], e[2])):
            keys = {(not is_split, one), (is_split, pair[0]), (is_split, pair[1])}
            if used & keys:
                continue
            if is_split:
                main, rest = sorted(pair, key=lambda j: -self.new_in_old(j, one))
                whole, parts = (
                    a.old_vecs.bodies[one],
                    (a.new_vecs.bodies[main], a.new_vecs.bodies[rest]),
                )
                olds, news = {one}, set(pair)
            else:
                main, rest = sorted(pair, key=lambda i: -self.old_in_new(i, one))
                whole, parts = (
                    a.new_vecs.bodies[one],
                    (a.old_vecs.bodies[main], a.old_vecs.bodies[rest]),
                )
                olds, news = set(pair), {one}
            if least_in_order(words_of(whole), [words_of(t) for t in parts], 0) < ORDERED_SHARE:
                continue
            used |= keys
            core = (one, main) if is_split else (main, one)
            for i, j, _ in made:
                if (i in olds or j in news) and (i, j) != core and (i, j) not in released:
                    released.append((i, j))
            grouped.append((*core, z))
            (split if is_split else merged)[rest] = (one, z)
        gone_old = {i for i, _ in released}
        gone_new = {j for _, j in released}
        for k in [k for k, (p, _) in split.items() if p in gone_old]:
            del split[k]
        for k in [k for k, (p, _) in merged.items() if p in gone_new]:
            del merged[k]
        return grouped, released

    def _whole(
        self, mine: Vectors, theirs: Vectors, k: int, pair: tuple[int, int],
        rulers: dict[int, Background],
    ) -> float:  # fmt: skip
        """Standing of article ``k`` (of ``mine``) as the counterpart of two next-door
        articles of ``theirs`` read as one, as ``pairs`` measures a single one: how
        much of ``k`` the two hold and of the two ``k`` holds, against chance; and
        ``k`` must be among the homes of the two's matter and of each one's, the two
        together hold ``k``'s matter as few single articles do. -inf when not."""
        a, old_side = self.a, mine is self.a.old_vecs
        skip_mine, skip_theirs = (
            (self.skip_old, self.skip_new) if old_side else (self.skip_new, self.skip_old)
        )
        n_mine, n_theirs = len(mine.bodies), len(theirs.bodies)
        mine_ok: Allowed = (lambda x: a.allowed(x, pair[0])) if old_side else (
            lambda x: a.allowed(pair[0], x))  # fmt: skip
        theirs_ok: Allowed = (lambda x: a.allowed(k, x)) if old_side else (
            lambda x: a.allowed(x, k))  # fmt: skip
        if not all(theirs_ok(p) for p in pair):
            return -math.inf
        union = theirs.features(pair[0]) | theirs.features(pair[1])
        whole = combined(theirs[p] for p in pair)
        held = containment(mine[k], union)
        if k not in rulers:
            rulers[k] = yardstick(mine[k], theirs.features, n_theirs, skip_theirs, kept=True)
        back = yardstick(whole, mine.features, n_mine, skip_mine)
        z = combined_z(rulers[k].z(held), back.z(containment(whole, mine.features(k))))
        if z <= NEAR_Z or not _few_hold_more(mine[k], theirs, n_theirs, held, set(pair), theirs_ok):
            return -math.inf
        homes = [whole, theirs[pair[0]], theirs[pair[1]]]
        if not all(_among_homes(v, mine, n_mine, k, mine_ok) for v in homes):
            return -math.inf
        return z


def _next_doors(items: list[int], taken: dict[int, tuple[int, float]]) -> list[tuple[int, int]]:
    """Next-door pairs of open articles that have not joined a pair yet."""
    free = [k for k in items if k not in taken]
    return [(k, k + 1) for k in free if k + 1 in free]


class _Joining:
    """Open articles of one side of a gap joining the gap's pairs as parts."""

    def __init__(
        self,
        open_here: list[int],
        paired: dict[int, int],
        group_of: dict[int, list[int]],
        side: Side,
        skip: set[int],
    ) -> None:
        self.open_here = open_here
        self.paired = paired
        self.group_of = group_of
        self.side = side
        self.skip = skip

    def run(
        self,
        may_join: Callable[[int, int], bool],
        held: Callable[[int, int], float],
        counterpart: Callable[[int], tuple[Vector, Callable[[int], frozenset[str]]]],
        out: dict[int, tuple[int, float]],
    ) -> None:
        for k in self.open_here:
            if k in self.paired:
                continue
            found = []
            for p, group in self.group_of.items():
                if may_join(k, p):
                    whole, features = counterpart(p)
                    extra = brings(whole, map(features, group), self.side, k, self.skip)
                    found.append((part_standing(held(k, p), extra), p))
            z, p = max(found, default=(0.0, -1))
            if z >= ATTACH_Z:
                out[k] = (p, z)
                self.group_of[p].append(k)


def _made_within(
    a: Aligner, gap: _Gap, take: Callable[[int, int, float], None], kept_numbers: bool
) -> list[tuple[int, int, float]]:
    """The pairs of ``gap`` (each recorded by ``take``), then those of the smaller gaps
    that its pairs, kept in order, cut it into, and so on. A pair made in a gap is an
    anchor like those around it: the articles left on either side of it have fewer
    chances of meeting by chance than the whole gap had, and the bars that the number
    of chances sets are theirs. A recast's transitional article, the only open one
    after its gap's last pair, had been asked for two homes of its matter because two
    struck-out articles stood open before that pair (Regulation 44/2001, Articles 63
    to 66, beside 1215/2012, 65 and 66)."""
    made = gap.pairs()
    for i, j, z in made:
        take(i, j, z)
    chain = sorted((i, j) for i, j, _ in made)
    if not chain or any(b[1] <= p[1] for p, b in itertools.pairwise(chain)):
        return made
    first = (gap.olds_range.start - 1, gap.news_range.start - 1)
    last = (gap.olds_range.stop, gap.news_range.stop)
    for lo, hi in itertools.pairwise([first, *chain, last]):
        olds, news = range(lo[0] + 1, hi[0]), range(lo[1] + 1, hi[1])
        if any(i not in a.old_partner for i in olds) and any(j not in a.new_partner for j in news):
            made += _made_within(a, _Gap(a, olds, news, kept_numbers), take, kept_numbers)
    return made


def pair_in_gaps(
    a: Aligner,
    anchors: Sequence[tuple[int, int]],
    take: Callable[[int, int, float], None],
    release: Callable[[int, int], None],
    kept_numbers: bool = False,
) -> Joined:
    """Pair the open articles of each small gap (``take`` records a pair with its
    standing, ``release`` undoes one that a split or merge took the place of), and
    return the open articles that joined those pairs as parts. ``kept_numbers``: the
    text keeps its articles' numbers (``_Gap.namesake_apart``)."""
    seeds: Joined = ({}, {})
    for olds_range, news_range in _gaps(anchors, len(a.old_segs), len(a.new_segs)):
        olds = [i for i in olds_range if i not in a.old_partner]
        news = [j for j in news_range if j not in a.new_partner]
        if not olds or not news or max(len(olds), len(news)) > GAP_OPEN_MAX:
            continue
        gap = _Gap(a, olds_range, news_range, kept_numbers)
        made = _made_within(a, gap, take, kept_numbers)
        gap.parts(made, seeds)
        grouped, released = gap.groups(seeds, made)
        for i, j in released:
            release(i, j)
        for i, j, z in grouped:
            take(i, j, z)
    return seeds
