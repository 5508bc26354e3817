"""Which article of one text corresponds to which article of the other.

Articles are compared as IDF-weighted word vectors, so shared
boilerplate ("The High Contracting Parties agree…") weighs little and an article
rewritten by a third still pairs with its source. Candidates come from rare-word
sketches (which find moves anywhere in the text) and from the gaps between
confident pairs (which catch heavily edited articles that stayed in place), so
the cost grows about linearly with the length of the texts.
"""

from __future__ import annotations

import heapq
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .document import Document, Segment, SegmentKind
from .sequences import longest_increasing_run

Origin = Literal["auto", "reader"]

MATCH_THRESHOLD = 0.42
"""Cosine similarity above which two articles anywhere in the texts pair."""
GAP_THRESHOLD = 0.2
"""Lower bar for the only candidate left between two confident pairs."""
SPLIT_CONTAINMENT = 0.6
"""Share of a leftover article's weight that must come from a neighbour's source."""
SKETCH_SIZE = 8
SKETCH_POSTINGS_LIMIT = 24
SKETCH_MIN_SHARED = 2
GAP_WINDOW = 8
STEM_LENGTH = 6
"""Words are compared by their first letters, a crude stemmer that lets the
inflected forms of Russian and Turkish (области, областью; Kars'ın) and English
(territory, territories) count as the same word."""

_WORD_RE = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Link:
    """Old segment indices paired with new segment indices."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float
    confidence: float
    origin: Origin = "auto"


@dataclass(frozen=True)
class Overrides:
    """Reader decisions that the aligner takes as given, by segment label."""

    links: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = ()
    unlinks: tuple[tuple[str, str], ...] = ()

    def with_link(self, old: Sequence[str], new: Sequence[str]) -> Overrides:
        old_t, new_t = tuple(old), tuple(new)
        kept = tuple(
            (o, n) for o, n in self.links if not (set(o) & set(old_t) or set(n) & set(new_t))
        )
        unlinks = tuple(u for u in self.unlinks if not (u[0] in old_t and u[1] in new_t))
        return Overrides((*kept, (old_t, new_t)), unlinks)

    def swapped(self) -> Overrides:
        """The same decisions seen with the two texts exchanged."""
        return Overrides(
            tuple((new, old) for old, new in self.links),
            tuple((new, old) for old, new in self.unlinks),
        )

    def with_unlink(self, old: Sequence[str], new: Sequence[str]) -> Overrides:
        kept = tuple((o, n) for o, n in self.links if not (set(o) & set(old) and set(n) & set(new)))
        extra = tuple((o, n) for o in old for n in new if (o, n) not in self.unlinks)
        return Overrides(kept, self.unlinks + extra)


@dataclass(frozen=True)
class Alignment:
    links: tuple[Link, ...]
    added: tuple[int, ...]
    removed: tuple[int, ...]
    moved: frozenset[int] = field(default_factory=frozenset)
    """Indices into ``links`` of pairs that changed place."""


def _features(text: str) -> Counter[str]:
    return Counter(w[:STEM_LENGTH] for w in _WORD_RE.findall(text.casefold()))


class _LazyVectors:
    """Vectors computed on first use: articles paired verbatim never need theirs."""

    def __init__(self, bodies: list[str], idf: dict[str, float], unseen_idf: float) -> None:
        self.bodies = bodies
        self.idf = idf
        self.unseen_idf = unseen_idf
        self.feats: dict[int, Counter[str]] = {}
        self.cache: dict[int, dict[str, float]] = {}

    def __len__(self) -> int:
        return len(self.bodies)

    def features(self, index: int) -> Counter[str]:
        feats = self.feats.get(index)
        if feats is None:
            feats = self.feats[index] = _features(self.bodies[index])
        return feats

    def __getitem__(self, index: int) -> dict[str, float]:
        vec = self.cache.get(index)
        if vec is None:
            idf, log, unseen = self.idf, math.log, self.unseen_idf
            raw = {
                t: idf.get(t, unseen) * (1.0 if c == 1 else 1 + log(c))
                for t, c in self.features(index).items()
            }
            norm = math.sqrt(sum([w * w for w in raw.values()])) or 1.0
            vec = self.cache[index] = {t: w / norm for t, w in raw.items()}
        return vec


class _Vectors:
    """Unit-length TF-IDF vectors; document frequencies come from the articles
    still to be paired, so verbatim pairs cost nothing."""

    def __init__(
        self, old_bodies: list[str], new_bodies: list[str], old_open: list[int], new_open: list[int]
    ) -> None:
        df: Counter[str] = Counter()
        # Frequencies are counted over the open articles only, but against the
        # size of both texts: with few open articles IDF would otherwise punish
        # exactly the words two versions of an article share.
        n = len(old_bodies) + len(new_bodies)
        self.idf: dict[str, float] = {}
        unseen = math.log((n + 1) / 0.5)
        self.old = _LazyVectors(old_bodies, self.idf, unseen)
        self.new = _LazyVectors(new_bodies, self.idf, unseen)
        for i in old_open:
            df.update(self.old.features(i).keys())
        for j in new_open:
            df.update(self.new.features(j).keys())
        self.idf.update({t: math.log((n + 1) / (c + 0.5)) for t, c in df.items()})

    @staticmethod
    def cosine(a: dict[str, float], b: dict[str, float]) -> float:
        return sum([a[t] * b[t] for t in a.keys() & b.keys()])

    @staticmethod
    def containment(part: dict[str, float], whole: dict[str, float]) -> float:
        """Share of ``part``'s squared weight whose features also occur in ``whole``."""
        return sum([part[t] ** 2 for t in part.keys() & whole.keys()])

    def sketch(self, vec: dict[str, float]) -> list[str]:
        idf, unseen = self.idf, self.old.unseen_idf
        words = [(-idf.get(t, unseen), t) for t in vec if not t.isdigit()]
        return [t for _, t in heapq.nsmallest(SKETCH_SIZE, words)]


def _group(kind: SegmentKind) -> str:
    return "text" if kind in (SegmentKind.ARTICLE, SegmentKind.PARAGRAPH) else kind.value


class _Aligner:
    def __init__(self, old: Document, new: Document, overrides: Overrides) -> None:
        self.old_segs = old.segments
        self.new_segs = new.segments
        self.old_bodies = [" ".join(old.body(s).split()) for s in old.segments]
        self.new_bodies = [" ".join(new.body(s).split()) for s in new.segments]
        self.overrides = overrides
        old_index = {s.label: i for i, s in enumerate(old.segments)}
        new_index = {s.label: i for i, s in enumerate(new.segments)}
        self.forbidden = {
            (old_index[o], new_index[n])
            for o, n in overrides.unlinks
            if o in old_index and n in new_index
        }
        self.forced: list[Link] = []
        for olds, news in overrides.links:
            oi = tuple(sorted(old_index[o] for o in olds if o in old_index))
            ni = tuple(sorted(new_index[n] for n in news if n in new_index))
            if oi and ni:
                self.forced.append(Link(oi, ni, 0.0, 1.0, "reader"))
        self.old_partner: dict[int, int] = {}
        self.new_partner: dict[int, int] = {}
        self.scores: dict[tuple[int, int], float] = {}

    def _score_many(self, olds: Iterable[int], news: Iterable[int]) -> float:
        a: dict[str, float] = defaultdict(float)
        b: dict[str, float] = defaultdict(float)
        for i in olds:
            for t, w in self.vectors.old[i].items():
                a[t] += w
        for j in news:
            for t, w in self.vectors.new[j].items():
                b[t] += w
        na = math.sqrt(sum(w * w for w in a.values())) or 1.0
        nb = math.sqrt(sum(w * w for w in b.values())) or 1.0
        return sum(w * b.get(t, 0.0) for t, w in a.items()) / (na * nb)

    def score(self, i: int, j: int) -> float:
        key = (i, j)
        if key not in self.scores:
            same_kind = _group(self.old_segs[i].kind) == _group(self.new_segs[j].kind)
            if not same_kind or key in self.forbidden:
                self.scores[key] = 0.0
            else:
                self.scores[key] = _Vectors.cosine(self.vectors.old[i], self.vectors.new[j])
        return self.scores[key]

    def _free(self, i: int, j: int) -> bool:
        return i not in self.old_partner and j not in self.new_partner

    def _take(self, i: int, j: int) -> None:
        self.old_partner[i] = j
        self.new_partner[j] = i

    def _sketch_candidates(self) -> set[tuple[int, int]]:
        postings: dict[str, list[int]] = defaultdict(list)
        for i in range(len(self.old_segs)):
            if i in self.old_partner:
                continue
            for t in self.vectors.sketch(self.vectors.old[i]):
                postings[t].append(i)
        cands: set[tuple[int, int]] = set()
        for j in range(len(self.new_segs)):
            if j in self.new_partner:
                continue
            shared: Counter[int] = Counter()
            for t in self.vectors.sketch(self.vectors.new[j]):
                olds = postings.get(t, ())
                if len(olds) <= SKETCH_POSTINGS_LIMIT:
                    shared.update(olds)
            cands.update((i, j) for i, n in shared.items() if n >= SKETCH_MIN_SHARED)
        return cands

    def _positional_candidates(self) -> set[tuple[int, int]]:
        n_old, n_new = len(self.old_segs), len(self.new_segs)
        cands = set()
        for j in range(n_new):
            centre = round(j * n_old / max(n_new, 1))
            for i in range(max(0, centre - 2), min(n_old, centre + 3)):
                cands.add((i, j))
        return cands

    def _structural_pairs(self) -> None:
        """Preambles pair with preambles and closing parts with closing parts."""
        for kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING):
            olds = [i for i, s in enumerate(self.old_segs) if s.kind is kind]
            news = [j for j, s in enumerate(self.new_segs) if s.kind is kind]
            if (
                len(olds) == 1
                and len(news) == 1
                and self._free(olds[0], news[0])
                and (olds[0], news[0]) not in self.forbidden
            ):
                self._take(olds[0], news[0])

    def _identical_pairs(self) -> None:
        """Articles whose wording is the same, wherever they stand, pair at once."""
        old_by_text: dict[str, list[int]] = defaultdict(list)
        for i, body in enumerate(self.old_bodies):
            old_by_text[body].append(i)
        new_by_text: dict[str, list[int]] = defaultdict(list)
        for j, body in enumerate(self.new_bodies):
            new_by_text[body].append(j)
        for body, news in new_by_text.items():
            olds = old_by_text.get(body, [])
            if len(olds) == 1 and len(news) == 1 and body.strip():
                i, j = olds[0], news[0]
                same_kind = _group(self.old_segs[i].kind) == _group(self.new_segs[j].kind)
                if self._free(i, j) and same_kind and (i, j) not in self.forbidden:
                    self.scores[(i, j)] = 1.0
                    self._take(i, j)

    def _greedy(self, cands: Iterable[tuple[int, int]], threshold: float) -> None:
        scored = [(self.score(i, j), i, j) for i, j in cands if self._free(i, j)]
        scored.sort(key=lambda x: (-x[0], abs(x[1] - x[2]), x[1]))
        for s, i, j in scored:
            if s >= threshold and self._free(i, j):
                self._take(i, j)

    def _gap_candidates(self) -> list[tuple[int, int]]:
        """Unpaired articles lying between the same two confident pairs."""
        anchors = sorted(self.new_partner.items())
        anchor_new = [j for j, _ in anchors]
        cands: list[tuple[int, int]] = []
        for j in range(len(self.new_segs)):
            if j in self.new_partner:
                continue
            k = bisect_left(anchor_new, j)
            lo_old = anchors[k - 1][1] if k > 0 else -1
            hi_old = anchors[k][1] if k < len(anchors) else len(self.old_segs)
            if hi_old <= lo_old:
                continue
            free = [i for i in range(lo_old + 1, hi_old) if i not in self.old_partner]
            cands.extend((i, j) for i in free[:GAP_WINDOW])
        return cands

    def _fill_gaps(self) -> None:
        for _ in range(3):
            before = len(self.new_partner)
            self._greedy(self._gap_candidates(), GAP_THRESHOLD)
            if len(self.new_partner) == before:
                break

    def _splits_and_merges(self) -> None:
        """Attach leftover articles to a neighbour's partner when they came from it."""
        self._attach_leftovers("new")
        self._attach_leftovers("old")

    def _attach_leftovers(self, side: Literal["old", "new"]) -> None:
        if side == "new":
            own, other = self.new_partner, self.new_partner
            mine, theirs = self.vectors.new, self.vectors.old
            own_segs, other_segs = self.new_segs, self.old_segs
        else:
            own, other = self.old_partner, self.old_partner
            mine, theirs = self.vectors.old, self.vectors.new
            own_segs, other_segs = self.old_segs, self.new_segs
        for k in range(len(own_segs)):
            if k in own:
                continue
            best: tuple[float, int] | None = None
            for nb in (k - 1, k + 1, k - 2, k + 2):
                partner = other.get(nb)
                if partner is None:
                    continue
                key = (k, partner) if side == "old" else (partner, k)
                if key in self.forbidden:
                    continue
                if _group(own_segs[k].kind) != _group(other_segs[partner].kind):
                    continue
                c = _Vectors.containment(mine[k], theirs[partner])
                if c >= SPLIT_CONTAINMENT and (best is None or c > best[0]):
                    best = (c, partner)
            if best is not None and self._attaching_helps(side, k, best[1]):
                own[k] = best[1]

    def _attaching_helps(self, side: Literal["old", "new"], k: int, partner: int) -> bool:
        """A split or merge must explain the partner better than its pair alone does:
        a removed article whose words happen to recur in an unchanged neighbour is
        removed, not merged into it."""
        if side == "new":
            olds = [partner]
            news = sorted(j for j, i in self.new_partner.items() if i == partner)
            before = self._score_many(olds, news)
            return self._score_many(olds, [*news, k]) > before
        news = [partner]
        olds = sorted(i for i, j in self.old_partner.items() if j == partner)
        before = self._score_many(olds, news)
        return self._score_many([*olds, k], news) > before

    def _rival_scores(
        self,
    ) -> tuple[dict[int, list[tuple[float, int]]], dict[int, list[tuple[float, int]]]]:
        by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
        by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for (i, j), score in self.scores.items():
            by_old[i].append((score, j))
            by_new[j].append((score, i))
        return by_old, by_new

    @staticmethod
    def _best_other(entries: list[tuple[float, int]], partner: int) -> float:
        return max((s for s, other in entries if other != partner), default=0.0)

    def _confidence(
        self,
        i: int,
        j: int,
        score: float,
        rivals: tuple[dict[int, list[tuple[float, int]]], dict[int, list[tuple[float, int]]]],
    ) -> float:
        """How sure: the score, discounted when a rival comes close."""
        by_old, by_new = rivals
        rival = max(self._best_other(by_old[i], j), self._best_other(by_new[j], i))
        margin = score - rival
        return round(max(0.0, min(1.0, score * min(1.0, 0.4 + 2 * margin) + 0.3)), 3)

    def run(self) -> Alignment:
        for link in self.forced:
            for i in link.old:
                for j in link.new:
                    self.old_partner.setdefault(i, j)
                    self.new_partner.setdefault(j, i)
        self._structural_pairs()
        self._identical_pairs()
        self.vectors = _Vectors(
            self.old_bodies,
            self.new_bodies,
            [i for i in range(len(self.old_segs)) if i not in self.old_partner],
            [j for j in range(len(self.new_segs)) if j not in self.new_partner],
        )
        self.forced = [
            Link(lk.old, lk.new, round(self._score_many(lk.old, lk.new), 4), 1.0, "reader")
            for lk in self.forced
        ]
        self._greedy(self._sketch_candidates(), MATCH_THRESHOLD)
        self._fill_gaps()
        self._greedy(self._positional_candidates(), MATCH_THRESHOLD)
        self._fill_gaps()
        forced_old = {i for link in self.forced for i in link.old}
        forced_new = {j for link in self.forced for j in link.new}
        self._splits_and_merges()
        return self._collect(forced_old, forced_new)

    def _collect(self, forced_old: set[int], forced_new: set[int]) -> Alignment:
        groups: dict[int, set[int]] = defaultdict(set)  # old -> news
        for j, i in self.new_partner.items():
            groups[i].add(j)
        for i, j in self.old_partner.items():
            groups[i].add(j)
        # Union old segments that share a new segment (merges).
        new_to_olds: dict[int, set[int]] = defaultdict(set)
        for i, news in groups.items():
            for j in news:
                new_to_olds[j].add(i)
        seen: set[int] = set()
        rivals = self._rival_scores()
        links = list(self.forced)
        for i in sorted(groups):
            if i in seen or i in forced_old:
                continue
            olds, news = {i}, set(groups[i])
            frontier = list(news)
            while frontier:
                j = frontier.pop()
                for o in new_to_olds[j] - olds:
                    olds.add(o)
                    new_news = groups[o] - news
                    news |= new_news
                    frontier.extend(new_news)
            seen |= olds
            news -= forced_new
            if not news:
                continue
            ot, nt = tuple(sorted(olds)), tuple(sorted(news))
            score = (
                self.score(ot[0], nt[0]) if len(ot) == len(nt) == 1 else self._score_many(ot, nt)
            )
            conf = (
                self._confidence(ot[0], nt[0], score, rivals) if len(ot) == len(nt) == 1 else score
            )
            links.append(Link(ot, nt, round(score, 4), conf))
        links.sort(key=lambda lk: (lk.new[0], lk.old[0]))
        paired_old = {i for lk in links for i in lk.old}
        paired_new = {j for lk in links for j in lk.new}
        added = tuple(j for j in range(len(self.new_segs)) if j not in paired_new)
        removed = tuple(i for i in range(len(self.old_segs)) if i not in paired_old)
        return Alignment(tuple(links), added, removed, _moved_links(links))


def _moved_links(links: Sequence[Link]) -> frozenset[int]:
    """Links outside the longest run that keeps both texts' order."""
    order = sorted(range(len(links)), key=lambda k: (links[k].old[0], links[k].new[0]))
    kept = longest_increasing_run([links[k].new[0] for k in order])
    keep = {order[pos] for pos in kept}
    return frozenset(k for k in range(len(links)) if k not in keep)


def align(old: Document, new: Document, overrides: Overrides | None = None) -> Alignment:
    """Pair the segments of two documents; reader overrides are kept as given."""
    return _Aligner(old, new, overrides or Overrides()).run()


def is_renumbered(old: Segment, new: Segment) -> bool:
    if old.kind is not new.kind or old.kind not in (SegmentKind.ARTICLE, SegmentKind.ANNEX):
        return False
    if old.number is not None and new.number is not None:
        return old.number != new.number
    return old.label.casefold() != new.label.casefold()
