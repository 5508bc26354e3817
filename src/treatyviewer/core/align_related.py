"""Related articles: where the matter of an article only one text has went.

An unpaired article is related to an article of the other text when the two
share wording that is specific to them: runs of words (two-word shingles, so a
shared phrase of five words counts four times) and the names and figures of the
article, each weighted by how rare it is in the comparison (its surprisal, read
over both texts without the two articles compared). Formulas ("the Contracting
Parties undertake to") recur across articles and weigh next to nothing; single
common words (Russia, Turkey, territory) are not counted at all.

Two articles that share nothing have a shared surprisal near what chance gives
their lengths; the standing of a pair is how far above that expectation it
lies. Chance likeness differs from one comparison to the next (formula-built
texts repeat runs of words everywhere), so the bar is set by this comparison's
own unrelated pairs: paired articles against articles of the other text that
are not their counterparts. The upper tail of their standings (an exponential
tail fitted to the top of the sample) says how high an unrelated article may
reach by chance among as many articles as the other text holds; a related
article must stand above that.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress, repeat
from operator import sub

from .align_attach import Aligner
from .align_features import Features as Found
from .align_features import Vectors
from .align_types import Related

RARE = 0.1
"""Features held by more than this share of the comparison's articles are formulas,
not the matter of one article, and are left out."""
ALPHA = 0.05
"""Expected count of unrelated articles named, per unpaired article, that the bar allows."""
LEAST_Z = 2.0
"""A standing below this never relates two articles, whatever the comparison."""
RELATED_MAX = 4
NULL_ARTICLES = 16
"""Paired articles of one text whose unrelated standings make the bar..."""
NULL_OTHERS = 24
"""...each against this many articles of the other text, spread over it."""
LEAST_NULL = 20
"""Fewer unrelated standings than this cannot fit a tail to them..."""
FEWEST_NULL = 8
"""...but from this many, in a short text (a licence of ten sections rewritten whole),
they still show how high chance reaches there, and a bar of ``SHORT_TEXT_Z`` at
least is set; below it, nothing is related."""
SHORT_TEXT_Z = 3.0
LOOKED_UP = 8
"""Articles sharing the most of an unpaired article's rarest features that are
weighed besides those it was compared with."""
LOOK_UP_WITHIN = 150
"""...when the other text has no more articles compared than this."""
ENOUGH = 60
"""Articles of each text, at least, over which the rarity of a feature is read."""
MEAN_OVER = 200
"""Articles whose lengths give the mean length of a text's articles."""
CROSSING = frozenset(("preamble", "text"))
"""A preamble's matter may go into an article and an article's into a preamble,
though the two are never paired: terms of service whose untitled opening held the
minimum age gave it a section of its own, word for word."""


Features = Callable[[int], frozenset[str]]


@dataclass(frozen=True)
class Side:
    """One text as this stage reads it: the articles compared with the other text
    (``known``: their features are at hand) and those among them that are paired."""

    features: Features
    """An article's specific features (two-word shingles, its names and figures)..."""
    whole: Features
    """...and all of them (with its stems)."""
    length: Callable[[int], int]
    """An article's length in distinct stems."""
    known: Sequence[int]
    partner: Mapping[int, int]
    """Paired articles and their counterparts in the other text."""
    mates: Mapping[int, Collection[int]] = field(default_factory=dict)
    """Paired articles and every article of the other text in their group (merged or
    split with them), not only the counterpart."""


def specific(found: Found) -> frozenset[str]:
    """The features of an article (as ``align_features.features`` gives them) that
    can tell its matter apart: its shingles and its names and figures."""
    everything, single, heavy = found
    return (everything - frozenset(single)) | heavy


class _Rarity:
    """How many of the articles compared (both texts) hold each feature."""

    def __init__(self, counts: Mapping[str, int], total: int, theirs: Side) -> None:
        self.counts = counts
        self.total = total
        lengths = list(map(theirs.length, _evenly(theirs.known, MEAN_OVER)))
        self.mean_length = sum(lengths) / max(1, len(lengths))
        self._tables: dict[int, list[float]] = {}

    def _table(self, n: int, most: int) -> list[float]:
        """Weight of a feature by its count, shared by every wording of the same
        ``n``: it runs to a tenth of the articles compared, and one per unpaired
        article of a 50 MB text took a fifth of a gigabyte."""
        table = self._tables.get(n)
        if table is None:
            log = math.log
            table = self._tables[n] = [-log(max(0.5, c - 1.5) / n) for c in range(most + 2)]
        return table

    def rare(self, part: frozenset[str], gone: frozenset[str] = frozenset()) -> _Wording | None:
        """The rare wording of an article: its features that few other articles
        hold, ``gone`` (a paired article's counterpart) left out of the counts.
        Features held by as many articles weigh the same, so the work is done once
        per count."""
        n = max(1, self.total - 2 - (1 if gone else 0))
        most = int(RARE * n - 0.5)
        # How many articles hold each feature, the article itself included and its
        # counterpart (``gone``) not, worked out in C: articles hold hundreds.
        features = list(part)
        held = list(
            map(sub, map(self.counts.get, features, repeat(1)), map(gone.__contains__, features))
        )
        times = Counter(held)
        log = math.log
        sums = [0.0] * 6
        # Weight of a feature when another article holds it: its count less that one.
        table = self._table(n, most)
        weight = 0.0
        for c, many in times.items():
            if c - 1 > most:
                continue
            p = (max(0, c - 1) + 0.5) / n
            w = -log(p)
            pw, pp = p * w, p * p
            for slot, value in enumerate((pw, p, pw * w, pp, pp * w, pp * w * w)):
                sums[slot] += many * value
            weight += many * table[max(0, c)]
        if not weight:
            return None
        # Only features some other article holds can be shared.
        shareable = list(map(range(2, most + 2).__contains__, held))
        counts = dict(zip(compress(features, shareable), compress(held, shareable), strict=True))
        a, b, c, d, e, f = sums
        return _Wording(frozenset(counts), counts, table, (a, b, c, d, e, f), weight)

    def standing(self, rare: _Wording, whole: frozenset[str], length: int) -> tuple[float, float]:
        """How far the rare wording of an article that it shares with ``whole`` (an
        article of ``length`` words) lies above what chance gives, in standard
        deviations, and the share of the rare wording's weight it holds.

        A longer article holds a feature by chance more often, about in proportion
        to its length ``r`` (in mean lengths): each feature then counts ``-log(p r)``
        and the expectation and variance over the wording follow from six sums
        (``_Wording``) worked out once per article."""
        r = max(0.05, length / self.mean_length) if self.mean_length else 1.0
        lr = math.log(r)
        shared = rare.features & whole
        counts = map(rare.counts.__getitem__, shared)
        held = math.fsum(map(rare.table.__getitem__, counts)) - len(shared) * lr
        a, b, c, b2, a2, c2 = rare.sums
        expected = r * (a - b * lr)
        variance = r * (c - 2 * a * lr + b * lr * lr) - r * r * (c2 - 2 * a2 * lr + b2 * lr * lr)
        if variance <= 0.0:
            return -math.inf, 0.0
        return (held - expected) / math.sqrt(variance), max(0.0, held) / rare.weight


@dataclass(frozen=True, slots=True)
class _Wording:
    """An article's rare features that other articles hold, how many articles hold
    each (itself included), the weight a feature held by so many counts when one of
    them is the article compared, the sums of p w, p, p w², p², p² w, p² w² over all
    its rare features (p: the chance that an unrelated article holds the feature,
    w = -log p) and their total weight."""

    features: frozenset[str]
    counts: dict[str, int]
    table: list[float]
    sums: tuple[float, float, float, float, float, float]
    weight: float


def _bar(null: list[float], tests: int) -> float:
    """The standing that unrelated articles reach, among ``tests`` of them, with
    expected count ``ALPHA``: an exponential tail fitted to the top twentieth of
    the sample of unrelated standings, extrapolated."""
    if len(null) < FEWEST_NULL:
        return math.inf
    least = LEAST_Z if len(null) >= LEAST_NULL else SHORT_TEXT_Z
    null = sorted(null)
    m = max(5, len(null) // 20)
    top = null[-m]
    scale = max(0.25, sum(v - top for v in null[-m:]) / m)
    return max(least, top + scale * math.log(max(1.0, tests * m / (len(null) * ALPHA))))


def _evenly(items: Sequence[int], size: int) -> list[int]:
    return list(items[:: max(1, len(items) // size)])


def _related_of(
    candidates: Mapping[int, Collection[int]],
    mine: Side,
    theirs: Side,
    rarity: _Rarity,
    allowed: Callable[[int, int], bool],
) -> dict[int, tuple[Related, ...]]:
    """For each unpaired article of ``mine`` (the keys of ``candidates``, with the
    articles of ``theirs`` it was compared with), the articles related to it.
    ``allowed(k, x)`` says whether article ``k`` of ``mine`` may relate to ``x``."""
    # Standings first: only those above the least bar need this comparison's own.
    standings: dict[int, list[tuple[float, int, float]]] = {}
    # Where few articles were compared, the aligner scored only a handful for each
    # (the best by rare features in common); the articles that hold most of an
    # unpaired article's rarest features are weighed besides (in longer texts the
    # handful is those already).
    few = len(theirs.known) <= LOOK_UP_WITHIN
    wordings = {
        k: rare
        for k, near in candidates.items()
        if (near or few) and (rare := rarity.rare(mine.features(k)))
    }
    holders = _holders(wordings.values(), theirs, rarity.total // 100) if few else {}
    for k, rare in sorted(wordings.items()):
        held = Counter(x for f in rare.features for x in holders.get(f, ()))
        # ties by the article's place: ``most_common`` breaks them in the order the
        # features' set gave, which the hash seed sets (one article came and went)
        most = sorted(held.items(), key=lambda e: (-e[1], e[0]))[:LOOKED_UP]
        near = {*candidates[k], *(x for x, _ in most)}
        for x in sorted(near):
            if allowed(k, x):
                z, share = rarity.standing(rare, theirs.whole(x), theirs.length(x))
                if z >= LEAST_Z:
                    standings.setdefault(k, []).append((-z, x, share))
    if not standings:
        return {}
    bar = _bar(_unrelated(mine, theirs, rarity, allowed), len(theirs.known))
    found: dict[int, tuple[Related, ...]] = {}
    for k, stood in standings.items():
        kept = sorted(e for e in stood if -e[0] >= bar)[:RELATED_MAX]
        if kept:
            found[k] = tuple(Related(x, round(share, 4)) for _, x, share in kept)
    return found


def _holders(wordings: Iterable[_Wording], theirs: Side, most: int) -> dict[str, list[int]]:
    """The articles of ``theirs`` that hold each of the rarest features of the
    wordings (held by at most ``most`` other articles, or two): an article that
    took up part of an unpaired article's matter holds some of them, wherever it is."""
    wanted = {f for rare in wordings for f, c in rare.counts.items() if c - 1 <= max(2, most)}
    holders: dict[str, list[int]] = {}
    for x in theirs.known:
        for f in theirs.whole(x) & wanted:
            holders.setdefault(f, []).append(x)
    return holders


def _unrelated(
    mine: Side, theirs: Side, rarity: _Rarity, allowed: Callable[[int, int], bool]
) -> list[float]:
    """Standings of paired articles against articles of the other text spread over
    it, counterparts and their neighbours aside: this comparison's unrelated pairs.
    Every counterpart of an article merged or split is aside, not only the one it
    is paired with: in terms of service rewritten as a few merged sections, those
    joined to a pair stood as "unrelated" high above chance, and the bar they set
    (a standing of 28) kept a section's account rules, gone into the next version's
    "Your Account", from being related to it at 16."""
    paired = [k for k in mine.known if k in mine.partner]
    others = _evenly(theirs.known, NULL_OTHERS)
    null = [
        rarity.standing(rare, theirs.whole(x), theirs.length(x))[0]
        for k in _evenly(paired, NULL_ARTICLES)
        if (rare := rarity.rare(mine.features(k), theirs.whole(partner := mine.partner[k])))
        for x in others
        if abs(x - partner) > 1 and x not in mine.mates.get(k, ()) and allowed(k, x)
    ]
    if len(null) < FEWEST_NULL:
        # Next to nothing paired (a licence rewritten whole): every article against
        # the other text's. The few that are related stand among them and raise the
        # bar: what still stands above it shares far more than chance gives.
        null = [
            rarity.standing(rare, theirs.whole(x), theirs.length(x))[0]
            for k in _evenly(mine.known, NULL_ARTICLES)
            if (rare := rarity.rare(mine.features(k)))
            for x in others
            if allowed(k, x)
        ]
    return [v for v in null if v > -math.inf]


def side_of(
    vecs: Vectors,
    known: Sequence[int],
    partner: Mapping[int, int],
    mates: Mapping[int, Collection[int]] | None = None,
) -> Side:
    """A text's articles with their specific features, each worked out when asked."""
    stems, bodies = vecs.stems, vecs.bodies

    @cache
    def features(k: int) -> frozenset[str]:
        return specific(stems.features(bodies[k]))

    def whole(k: int) -> frozenset[str]:
        return stems.features(bodies[k])[0]

    def length(k: int) -> int:
        return len(stems.features(bodies[k])[1])

    return Side(features, whole, length, known, partner, mates or {})


def _weighed(vecs: Vectors, scored: set[int]) -> list[int]:
    """The scored articles that were open when the features were counted (their
    features are at hand; verbatim pairs were made without them)."""
    at_hand, bodies = vecs.stems.at_hand, vecs.bodies
    return [k for k in sorted(scored) if at_hand(bodies[k])]


def related_articles(
    a: Aligner,
    removed: Collection[int],
    added: Collection[int],
    groups: Iterable[tuple[Sequence[int], Sequence[int]]] = (),
) -> tuple[dict[int, tuple[Related, ...]], dict[int, tuple[Related, ...]]]:
    """For each unpaired article, the other text's articles that took up its matter:
    among the articles it was compared with, those that share its rare wording far
    more than unrelated articles of this comparison share theirs. ``groups``: the
    articles of each text linked together (olds, news)."""
    wanted_old, wanted_new = set(removed), set(added)
    if not wanted_old and not wanted_new:
        return {}, {}
    # Every unpaired article, also one the aligner never scored against another (its
    # likely counterparts are looked up by rare wording where texts are short).
    of_old: dict[int, list[int]] = {i: [] for i in wanted_old}
    of_new: dict[int, list[int]] = {j: [] for j in wanted_new}
    for i, j in a.scores:
        if i in wanted_old:
            of_old.setdefault(i, []).append(j)
        if j in wanted_new:
            of_new.setdefault(j, []).append(i)
    old_count, new_count = len(a.old_vecs.bodies), len(a.new_vecs.bodies)
    known_old = _weighed(a.old_vecs, {i for i, _ in a.scores})
    known_new = _weighed(a.new_vecs, {j for _, j in a.scores})
    old_mates: dict[int, set[int]] = {}
    new_mates: dict[int, set[int]] = {}
    for olds, news in groups:
        for i in olds:
            old_mates.setdefault(i, set()).update(news)
        for j in news:
            new_mates.setdefault(j, set()).update(olds)
    old = side_of(a.old_vecs, known_old, a.old_partner, old_mates)
    new = side_of(a.new_vecs, known_new, a.new_partner, new_mates)
    counts, total = a.old_vecs.df, a.old_vecs.counted  # both texts share them
    if min(len(known_old), len(known_new)) < ENOUGH:
        # Few articles were left to compare (most pairs verbatim): the rarity of a
        # feature is read over all of both texts, or as many articles spread over them.
        known_old = sorted({*known_old, *_evenly(range(old_count), ENOUGH)})
        known_new = sorted({*known_new, *_evenly(range(new_count), ENOUGH)})
        old = side_of(a.old_vecs, known_old, a.old_partner, old_mates)
        new = side_of(a.new_vecs, known_new, a.new_partner, new_mates)
        counts = Counter()
        for side, known in ((old, known_old), (new, known_new)):
            for k in known:
                counts.update(side.whole(k))
        total = len(known_old) + len(known_new)

    def allowed(i: int, j: int) -> bool:
        return a.allowed(i, j) or (
            {a.groups[0][i], a.groups[1][j]} == CROSSING and (i, j) not in a.forbidden
        )

    return _both_ways(
        _related_of(of_old, old, new, _Rarity(counts, total, new), allowed),
        _related_of(of_new, new, old, _Rarity(counts, total, old), lambda k, x: allowed(x, k)),
        wanted_old,
        wanted_new,
    )


def _both_ways(
    of_old: dict[int, tuple[Related, ...]],
    of_new: dict[int, tuple[Related, ...]],
    removed: Collection[int],
    added: Collection[int],
) -> tuple[dict[int, tuple[Related, ...]], dict[int, tuple[Related, ...]]]:
    """The relations found from either side, shown from both: an article put in that
    took up a struck-out one's matter is related to it, whichever of the two stood out
    from its own comparison. (CC BY-SA 4.0's conditions named 3.0's restrictions while
    the restrictions, weighed against longer articles, named nothing.)"""
    out = ({k: list(v) for k, v in of_old.items()}, {k: list(v) for k, v in of_new.items()})
    for side, found, unpaired in ((0, of_new, removed), (1, of_old, added)):
        for k, items in found.items():
            for r in items:
                if r.index in unpaired and all(x.index != k for x in out[side].get(r.index, [])):
                    out[side].setdefault(r.index, []).append(Related(k, r.score))
    return tuple(
        {k: tuple(sorted(v, key=lambda r: (-r.score, r.index))[:RELATED_MAX]) for k, v in d.items()}
        for d in out
    )  # type: ignore[return-value]
