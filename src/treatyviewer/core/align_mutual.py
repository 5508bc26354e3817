"""Two articles that are each other's clear best match, confirmed by running text.

An article moved far and edited by a third, in a text built of formulas, scores
barely above the best of its many chance matches: a bag of stems and shingles
cannot tell it from an unrelated article that uses the same formulas. Two
things still tell them apart. The pair prefers each other to anything else by
a margin, and it shares runs of words in the same order (sentences that kept
their shape); an unrelated article shares formulas, scattered and out of step.
The share of words in such runs is measured against the same share between
each candidate and its runner-up match in this comparison, so a text whose
articles repeat long formulas sets itself a higher bar. A pair reworded
throughout may share little running text, but it keeps a clause or sentence
word for word somewhere (a treaty article recast for another treaty, a
licence section rewritten); an added and a removed article that merely draw
on the same formulas share no run longer than runner-up pairs do.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Protocol

from .align_attach import combined_z
from .align_decide import Background
from .align_features import Vectors, combined, containment, cosine, same_containment
from .align_features import words_of as cased_words
from .align_order import (
    DIRECT_CELLS,
    ORDERED_SHARE,
    RUN,
    RUNS_BUDGET,
    kept_share,
    ordered_share,
    words_of,
)
from .sequences import nearest
from .token_diff import equal_runs

LEAST_Z = 0.0
"""Least standing above the background of two articles that prefer each other..."""
MUTUAL_MARGIN_Z = 1.0
"""...by how much they must prefer each other to their next best..."""
EVIDENCE_Z = 4.5
"""...and how far, combined, their standing and their running text in common (against
that of runner-up pairs) must stand out. Each is a z value; Stouffer's sum over the
root of two combines them, so a weak standing needs much running text and a pair
that was reworded throughout needs a high standing. The standing is the pair's
margin over its next best where that is the larger: an article moved far and
edited by a third keeps few of its word pairs and scores hardly above the
background, while everything else either article meets scores under it. Both read
the same words, so they are not independent: the bar is set higher than a
one-sided 4.0 would be."""
MUTUAL_Z = 2.5
"""The standing that pairs two articles with a run of words in common longer than
any runner-up pair shares, however little else of their wording they share."""
MUTUAL_TRIES = 150
PER_DECADE = 2.0
"""The standing alone that pairs two articles with no more running text than chance
grows by this much per tenfold more open articles (squared, over ``MUTUAL_TRIES``);
the combined bar by a quarter of it."""
RUNNING_SAMPLE = 150
"""Runner-up pairs whose running text in common is measured."""
GAP_WINDOW = 8
"""Open articles at an article's place that are asked whether they hold more of it."""
RUNNING_PRIOR = (0.2, 0.1)
"""Share of words in common runs assumed for unrelated articles before any is measured..."""
ODDS_PRIOR = (-1.4, 0.6)
"""...and the same as log-odds."""
SHARE_BOUNDS = (0.01, 0.99)
"""Shares are read between these before their log-odds are taken."""
FORMULA_SHARE = 0.25
"""A name or figure that more than this share of the open articles cite belongs to the
text's formulas ("the Government", "this Protocol", a common term of months), not to
what an article is about: two articles that have only such names in common name
different parties, places and figures."""


_JOURNAL = r"\((?:ABl|OJ|JO|GU|DO|BGBl|AS)\.?[ \t\n][^()]{0,160}\)"
"""Where an act was published: "(ABl. L 191 vom 18.7.2008, S. 1)", "(OJ L 57, 2.3.2011,
p. 21)", "(BGBl. I S. 390)"."""
_CITATION_RE = re.compile(
    # An act's own number ("2008/57/EG", "(EU) 2016/797"), its title (which may say
    # "(Neufassung)") and where it was published, or the publication alone.
    rf"(?:\((?:EU|EG|EWG|EC|EEC|UE|CE)\)[ \t\n]*)?(?:Nr\.[ \t\n]*|No\.?[ \t\n]*|n°[ \t\n]*)?"
    rf"\b\d{{2,4}}/\d{{1,4}}(?:/[A-Za-z]{{2,7}})?\b(?:(?:[^()]|\([^()]{{0,40}}\)){{0,400}}?{_JOURNAL})?|{_JOURNAL}"
)


def without_citations(body: str) -> str:
    """``body`` without its citations of other acts (their numbers, titles and places of
    publication): two articles that cite the same directive share a long run of words
    that says nothing of whether one is the other rewritten (a vehicle register struck
    out and a section on testing experts put in, both citing the interoperability
    directive at length)."""
    return _CITATION_RE.sub(" ", body) if "/" in body or "(" in body else body


class Scored(Protocol):
    """What the test reads of the aligner."""

    scores: dict[tuple[int, int], float]
    background: Background
    old_partner: dict[int, int]
    new_partner: dict[int, int]
    old_vecs: Vectors
    new_vecs: Vectors

    def adjusted(self, i: int, j: int, s: float) -> float: ...

    def is_free(self, i: int, j: int) -> bool: ...


def common_runs(a: Sequence[str], b: Sequence[str]) -> tuple[float, int]:
    """Share of the two articles' words that lie in runs of ``RUN`` or more words
    common to both, in the same order, and the longest run of words in common."""
    if not a or not b:
        return 0.0, 0
    if len(a) * len(b) > DIRECT_CELLS:  # two long articles: see there
        sizes = [size for _, _, size in equal_runs(list(a), list(b), 1, RUNS_BUDGET)]
        found = sum(size for size in sizes if size >= RUN)
        return 2 * found / (len(a) + len(b)), max(sizes, default=0)
    sizes = [
        size for _, _, size in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    ]
    found = sum(size for size in sizes if size >= RUN)
    return 2 * found / (len(a) + len(b)), max(sizes)


def candidates(a: Scored) -> tuple[dict[tuple[int, int], float], list[tuple[int, int]]]:
    """Open pairs that prefer each other by a margin and stand above the background's
    centre, each with its margin (in spreads of the background), and every open
    article with its runner-up match (unrelated, as near as chance gets)."""
    best_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
    best_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), s in a.scores.items():
        if a.is_free(i, j):
            value = a.adjusted(i, j, s)
            best_old[i].append((value, j))
            best_new[j].append((value, i))
    bg = a.background
    found: dict[tuple[int, int], float] = {}
    runners: set[tuple[int, int]] = set()
    for i, row in best_old.items():
        top = sorted(row, reverse=True)
        value, j = top[0]
        rivals = sorted(best_new[j], reverse=True)
        if len(top) > 1:
            runners.add((i, top[1][1]))
        if len(rivals) > 1:
            runners.add((rivals[1][1], j))
        if rivals[0][1] != i or bg.z(value) < LEAST_Z:
            continue
        runner = max(
            top[1][0] if len(top) > 1 else bg.centre,
            rivals[1][0] if len(rivals) > 1 else bg.centre,
        )
        margin = (value - runner) / bg.spread
        if margin >= MUTUAL_MARGIN_Z:
            found[(i, j)] = margin
    return found, sorted(runners)


class Running:
    """Running text in common between articles of the two texts, each read once."""

    def __init__(self, old_bodies: Sequence[str], new_bodies: Sequence[str]) -> None:
        self.bodies = (old_bodies, new_bodies)
        self.words: tuple[dict[int, list[str]], dict[int, list[str]]] = ({}, {})
        self.uncited_bodies: tuple[dict[int, str], dict[int, str]] = ({}, {})
        self.runs: dict[tuple[int, int], tuple[float, int]] = {}
        self.kept_shares: dict[tuple[int, int], float] = {}
        self.longest_by_chance = 0
        """The longest run in common of the runner-up pairs that ``chance`` read."""

    def uncited(self, side: int, k: int) -> str:
        """An article's text without its citations of other acts, read once."""
        found = self.uncited_bodies[side].get(k)
        if found is None:
            found = self.uncited_bodies[side][k] = without_citations(self.bodies[side][k])
        return found

    def _words(self, side: int, k: int) -> list[str]:
        found = self.words[side].get(k)
        if found is None:
            found = self.words[side][k] = words_of(self.uncited(side, k).casefold())
        return found

    def _runs(self, i: int, j: int) -> tuple[float, int]:
        found = self.runs.get((i, j))
        if found is None:
            found = self.runs[(i, j)] = common_runs(self._words(0, i), self._words(1, j))
        return found

    def share(self, i: int, j: int) -> float:
        return self._runs(i, j)[0]

    def kept(self, i: int, j: int) -> float:
        """Share of the two articles' words that keep their order (``kept_share``)."""
        found = self.kept_shares.get((i, j))
        if found is None:
            found = kept_share(self._words(0, i), self._words(1, j))[0]
            self.kept_shares[(i, j)] = found
        return found

    def odds(self, i: int, j: int) -> float:
        """Log-odds of ``share`` (see ``RunningChance``)."""
        low, high = SHARE_BOUNDS
        share = min(max(self.share(i, j), low), high)
        return math.log(share / (1.0 - share))

    def longest(self, i: int, j: int) -> int:
        return self._runs(i, j)[1]

    def a_part(self, side: int, k: int, partner: Mapping[int, int]) -> bool:
        """Whether article ``k`` of ``side`` (0 old, 1 new) reads, in order, as the rest
        of a next-door article's counterpart: it is a split or merged part of that
        pair, whatever it is most like among the open articles."""
        other = 1 - side
        for near in (k - 1, k + 1):
            p = partner.get(near)
            if p is not None and (
                ordered_share(
                    self._words(other, p), [self._words(side, near)], self._words(side, k)
                )
                >= ORDERED_SHARE
            ):
                return True
        return False

    def chance(
        self, runners: Sequence[tuple[int, int]], found: Collection[tuple[int, int]] = ()
    ) -> RunningChance:
        """How much running text an article shares with its runner-up match. The
        longest run by chance is a maximum, which a handful of runner-up pairs
        (a comparison with few open articles) reads too low: it is read over
        ``RUNNING_SAMPLE`` pairs of open articles at least, those that are not
        ``found`` as each other's best making up the rest."""
        step = max(1, len(runners) // RUNNING_SAMPLE)
        sample = runners[::step]
        longest = [self.longest(i, j) for i, j in sample]
        if 0 < len(sample) < RUNNING_SAMPLE:
            olds = sorted({i for i, _ in runners} | {i for i, _ in found})
            news = sorted({j for _, j in runners} | {j for _, j in found})
            skip = {*sample, *found}
            cross = [(i, j) for i in olds for j in news if (i, j) not in skip]
            more = RUNNING_SAMPLE - len(sample)
            longest += [self.longest(i, j) for i, j in cross[:: max(1, len(cross) // more)]]
        self.longest_by_chance = max(longest, default=0)
        return RunningChance(
            self,
            Background.from_values([self.share(i, j) for i, j in sample], prior=RUNNING_PRIOR),
            Background.from_values([self.odds(i, j) for i, j in sample], prior=ODDS_PRIOR),
        )


@dataclass(frozen=True)
class RunningChance:
    """How far a pair's running text in common stands above that of runner-up pairs,
    on the scale where it stands further: the share itself, or its log-odds. A share
    is bounded by one: where unrelated articles repeat long formulas and share half
    their words in runs (a protocol of one template per state), a pair that kept
    nearly every word stands on the share's scale hardly further above them than
    one that kept three quarters, while on the log-odds scale what a pair left
    unshared counts as much as what it shared. Where unrelated articles share
    little, the share's own scale lets a pair edited by a third stand out."""

    running: Running
    share: Background
    odds: Background

    def z(self, i: int, j: int) -> float:
        return max(self.share.z(self.running.share(i, j)), self.odds.z(self.running.odds(i, j)))


def mutual_best(
    a: Scored,
    old_bodies: Sequence[str],
    new_bodies: Sequence[str],
    homes: Callable[[int, int], bool],
) -> list[tuple[int, int]]:
    """Open pairs that prefer each other by a margin, stand out of the background
    and share running text far beyond runner-ups; ``homes`` is the last check."""
    found, runners = candidates(a)
    if not found:
        return []
    running = Running(old_bodies, new_bodies)
    chance = running.chance(runners, found)
    bg = a.background
    # The more pairs could have come out so well by chance, the higher the bars.
    decades = max(0.0, math.log10(max(len({i for i, _ in runners}) ** 2 / MUTUAL_TRIES, 1e-9)))
    alone, evidence = MUTUAL_Z + PER_DECADE * decades, EVIDENCE_Z + PER_DECADE / 4 * decades

    def stands(i: int, j: int) -> bool:
        drop = cited_weight(i, j)
        z, running_z = bg.z(a.adjusted(i, j, a.scores[(i, j)])) - drop, chance.z(i, j)
        if z >= alone and running.longest(i, j) > running.longest_by_chance:
            return True  # reworded throughout, yet far the best, and a clause kept
        return combined_z(max(z, found[(i, j)] - drop), running_z) >= evidence

    def cited_weight(i: int, j: int) -> float:
        """How much of the pair's standing (in spreads of the background) its citations
        of other acts make: the names and figures of a directive cited at length in
        both weigh as much as names, and say nothing of one being the other."""
        old, new = running.uncited(0, i), running.uncited(1, j)
        if old == old_bodies[i] and new == new_bodies[j]:
            return 0.0
        score = cosine(a.old_vecs.vector_of(old), a.new_vecs.vector_of(new))
        return max(0.0, (a.scores[(i, j)] - score) / bg.spread)

    def whole(i: int, j: int) -> bool:
        return not running.a_part(0, i, a.old_partner) and not running.a_part(1, j, a.new_partner)

    def named_alike(i: int, j: int) -> bool:
        """Whether the two have a name or figure in common beyond the text's formulas,
        or one has none: two articles that name different parties, places and figures
        throughout are two articles of one formula, not one article reworded."""
        old_names = telling(a.old_vecs, a.old_vecs.stems.features(old_bodies[i])[2])
        new_names = telling(a.new_vecs, a.new_vecs.stems.features(new_bodies[j])[2])
        return not (old_names and new_names) or not old_names.isdisjoint(new_names)

    return [
        (i, j)
        for i, j in found
        if stands(i, j) and named_alike(i, j) and whole(i, j) and homes(i, j)
    ]


def telling(vecs: Vectors, names: frozenset[str]) -> set[str]:
    """The names and figures among ``names`` that are not the text's formulas."""
    most = FORMULA_SHARE * vecs.counted
    return {name for name in names if vecs.df[name] <= most}


INSIDE_WORD = re.compile(r"(?<![.!?:;\n])[^\S\n]+(\w+)")
"""A word inside a sentence: after a space that does not follow a sentence's end."""
_INSIDE_CAPITAL = re.compile(r"(?<![.!?:;\n])[^\S\n]+([A-Z]\w*)")
"""The words of ``INSIDE_WORD`` that open with a capital, in a text all in ASCII (where
A to Z are all the capitals): found by the regex engine alone, not word by word."""


# fmt: off
CALENDAR = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül",
    "ekim", "kasım", "aralık",
))
"""Months and days, in the languages that write them with a capital: a date is no
name, and the date of an article is what a new version most often changes."""
# fmt: on


def proper_names(vecs: Vectors, k: int) -> set[str]:
    """The names beyond the text's formulas (``telling``) that article ``k`` cites
    inside a sentence: a capital there marks a name ("Nationals of Chile"), while a
    capital opening a sentence may be any word's ("Whether that is true ..."). Months
    and days are no names (``CALENDAR``)."""
    body = vecs.bodies[k]
    cited = vecs.stems.features(body)[2]  # stems every word of the body first
    cache = vecs.stems.cache
    inside = {
        cache[w] for w in _capitalised_inside(body) if w in cache and w.casefold() not in CALENDAR
    }
    # A roman numeral ("Article XII") opens with a capital and stems to its figure.
    return telling(vecs, frozenset(stem for stem in cited & inside if not stem[0].isdigit()))


def _capitalised_inside(body: str) -> list[str]:
    """The words inside a sentence (``INSIDE_WORD``) that open with a capital, in order."""
    if body.isascii():
        return _INSIDE_CAPITAL.findall(body)
    return [w for w in INSIDE_WORD.findall(body) if w[:1].isupper()]


def named_apart(
    old: Vectors,
    i: int,
    new: Vectors,
    j: int,
    names: tuple[Collection[str], Collection[str]] | None = None,
    outweighed: Callable[[], bool] | None = None,
) -> bool:
    """Whether old article ``i`` and new article ``j`` are two articles of one template
    about two states: both cite ``proper_names`` (or ``names``, when read already),
    they have none in common, and a name of one stands where a name of the other
    stood, beside the same word ("the Government of Chile shall" against "the
    Government of Peru shall"). A name that a rewording struck out in one place and
    another put in elsewhere does not part two versions of one article. Figures are
    no names: such articles share small figures by chance.

    One word in common beside two names (a preposition, an article) is weak: a long
    article rewritten where it stood cites its new names after a word that an old
    name also followed ("ni en Allemagne ni en Autriche", "la Commission en vertu
    de"). ``outweighed``, asked only then, says whether the two read far more alike
    than chance, which outweighs it; two names between the same two words (a
    sentence's end counts as one) part the two whatever they share."""
    old_names, new_names = names or (proper_names(old, i), proper_names(new, j))
    if not (old_names and new_names) or not set(old_names).isdisjoint(new_names):
        return False
    if _broken_off(old.bodies[i], old_names, new_names) or _broken_off(
        new.bodies[j], new_names, old_names
    ):
        return False
    old_places, new_places = _places(old, i, old_names), _places(new, j, new_names)
    if _in_one_place(old_places, new_places):
        return True
    return _beside_same_word(old_places, new_places) and not (outweighed and outweighed())


def _broken_off(body: str, names: Collection[str], others: Collection[str]) -> bool:
    """Whether a name of ``body`` is the start of one of ``others``, hyphenated at the
    end of its line: a text read as printed ("in Vien- na", its lines joined), not
    another name ("Vice-Chair" is no "Vicechair" broken off)."""
    return any(
        b.startswith(a)
        and len(a) >= 3
        and any(
            m[1].islower() for m in re.finditer(rf"(?i)\b{re.escape(a)}[^\W\d_]*-\s+(\w)", body)
        )
        for a in names
        for b in others
        if a != b
    )


def _places(vecs: Vectors, k: int, names: Collection[str]) -> list[tuple[str, str]]:
    """The words before and after each place where article ``k`` cites one of ``names``,
    within its sentence; a name of several words ("The Hague", "Costa Rica") counts
    whole. The word that ends the sentence before is not beside a name that opens
    the next one: two recast sentences ("... thirty days. The Council may" and "...
    thirty days. The Commission shall not") would otherwise cite their subjects
    beside the same word."""
    stem = vecs.stems.cache.get
    places = []
    for sentence in _SENTENCE_BREAK.split(vecs.bodies[k]):
        words = cased_words(sentence)
        for n, word in enumerate(words):
            if stem(word) in names:
                before, after = n - 1, n + 1
                while before >= 0 and words[before][:1].isupper():
                    before -= 1
                while after < len(words) and words[after][:1].isupper():
                    after += 1
                places.append(
                    (
                        words[before].casefold() if before >= 0 else "",
                        words[after].casefold() if after < len(words) else "",
                    )
                )
    return places


_SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+")


def _in_one_place(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> bool:
    """Whether a name of each stands between the same two words (``_places``)."""
    return not set(old).isdisjoint(place for place in new if any(place))


def _beside_same_word(old: list[tuple[str, str]], new: list[tuple[str, str]]) -> bool:
    """Whether a name of each stands after the same word or before the same word."""
    return any(
        (before and before == new_before) or (after and after == new_after)
        for before, after in old
        for new_before, new_after in new
    )


class Places:
    """Where each open article would sit between the order-keeping pairs, for the
    last check of a pair found as mutual best (``homes``)."""

    def __init__(
        self,
        open_: tuple[list[int], list[int]],
        chain: tuple[list[int], list[int]],
        vectors: tuple[Vectors, Vectors],
    ) -> None:
        self.open = open_
        self.chain = chain
        self.vectors = vectors

    def gap(self, side: int, k: int) -> list[int]:
        """The open articles of the other text between the chain pairs around article
        ``k`` of ``side`` (0 old, 1 new), the ``GAP_WINDOW`` nearest to where ``k``
        would sit."""
        mine, theirs, open_other = self.chain[side], self.chain[1 - side], self.open[1 - side]
        at = bisect_left(mine, k)
        lo = theirs[at - 1] if at > 0 else -1
        hi = theirs[at] if at < len(theirs) else (open_other[-1] + 1 if open_other else 0)
        start, stop = bisect_left(open_other, lo + 1), bisect_left(open_other, hi)
        mine_lo = mine[at - 1] if at > 0 else -1
        return nearest(open_other, start, stop, lo + k - mine_lo, GAP_WINDOW)

    def held_at_home(self, side: int, k: int, far: int) -> bool:
        """Whether an open article at the place of article ``k`` holds more of it than
        the far article ``far`` does: a merged or split part, whose counterpart sits
        where it did, is then taken for a moved article that an added one copies
        nearly word for word (a protocol repeats a state's clauses), and of two such
        homes the one that keeps the order is the likelier."""
        near = self.gap(side, k)
        part, other = self.vectors[side][k], self.vectors[1 - side]
        held = same_containment(part, other.features(far))
        return far not in near and any(
            same_containment(part, other.features(x)) > held for x in near
        )

    def split_at_home(self, side: int, k: int, far: int) -> bool:
        """Whether two next-door open articles at the place of article ``k``, read as
        one, hold more of it than the far article ``far`` does, and it holds as much
        of them as of ``far``: ``k`` was cut in two where it stood (or two articles
        joined there), and ``far`` only repeats its clauses (a protocol repeats a
        state's clauses in many articles)."""
        near = self.gap(side, k)
        if far in near:
            return False
        mine, other = self.vectors[side], self.vectors[1 - side]
        part, features = mine[k], mine.features(k)
        held = same_containment(part, other.features(far))
        back = same_containment(other[far], features)
        for x in near:
            if x + 1 not in near:
                continue
            both = other.features(x) | other.features(x + 1)
            if containment(part, both) > held and (
                containment(combined((other[x], other[x + 1])), features) >= back
            ):
                return True
        return False

    def kept_at_home(self, i: int, j: int) -> bool:
        """Whether either article of a far pair is held better where it stood, by one
        open article there or by two next-door ones read as one."""
        return (
            self.held_at_home(0, i, j)
            or self.held_at_home(1, j, i)
            or self.split_at_home(0, i, j)
            or self.split_at_home(1, j, i)
        )

    def homes(self, among: Callable[[int, int], bool], i: int, j: int) -> bool:
        """``among`` (the homes of the pair's matter over the whole texts), and no
        open article at either one's place holds more of it than the other does."""
        return among(i, j) and not self.held_at_home(0, i, j) and not self.held_at_home(1, j, i)
