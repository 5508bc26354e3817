"""What the aligner decides: links between segments, reader overrides, the result."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from .document import Segment
from .sequences import longest_increasing_run

Origin = Literal["auto", "reader"]


@dataclass(frozen=True, slots=True)
class Link:
    """Old segment indices paired with new segment indices.

    ``score`` is the similarity the decision rested on (stems and shingles,
    IDF-weighted cosine); ``confidence`` the probability that the pair is right.
    """

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float
    confidence: float
    origin: Origin = "auto"


@dataclass(frozen=True, slots=True)
class Related:
    """A segment of the other text that took up part of an unpaired segment's matter."""

    index: int
    score: float


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
    related_old: Mapping[int, tuple[Related, ...]] = field(default_factory=dict)
    """Removed old segment → new segments that took up its matter, best first."""
    related_new: Mapping[int, tuple[Related, ...]] = field(default_factory=dict)
    """Added new segment → old segments whose matter it took up, best first."""


def moved_links(links: list[Link]) -> frozenset[int]:
    """Links outside the longest run that keeps both texts' order. The reader's links
    have no say in where that run goes (each is moved when it does not fit in it): a
    link the reader made from 4 to IV had made the run go through it, so that 2 → VI
    and 3 → IX, the texts' own order, read as moved."""
    auto = [k for k in range(len(links)) if links[k].origin != "reader"]
    order = sorted(auto, key=lambda k: (links[k].old[0], links[k].new[0]))
    kept = longest_increasing_run([links[k].new[0] for k in order])
    chain = sorted((links[order[pos]].old[0], links[order[pos]].new[0]) for pos in kept)
    keep = {order[pos] for pos in kept}
    news = [n for _, n in chain]
    olds = [o for o, _ in chain]
    for k, link in enumerate(links):
        if link.origin == "reader":
            at = bisect_left(olds, link.old[0])
            below = news[at - 1] if at else -1
            above = news[at] if at < len(news) and olds[at] != link.old[0] else None
            if below < link.new[0] and (above is None or link.new[0] < above):
                keep.add(k)
    return frozenset(k for k in range(len(links)) if k not in keep)


def reader_links(
    overrides: Overrides, old: Sequence[Segment], new: Sequence[Segment]
) -> tuple[list[Link], set[tuple[int, int]]]:
    """The reader's links and unlinks by segment index (labels no longer in the
    texts are left out), for the aligner to take as given."""
    old_index = {s.label: i for i, s in enumerate(old)}
    new_index = {s.label: i for i, s in enumerate(new)}
    forbidden = {
        (old_index[o], new_index[n])
        for o, n in overrides.unlinks
        if o in old_index and n in new_index
    }
    forced: list[Link] = []
    for olds, news in overrides.links:
        oi = tuple(sorted(old_index[o] for o in olds if o in old_index))
        ni = tuple(sorted(new_index[n] for n in news if n in new_index))
        if oi and ni:
            forced.append(Link(oi, ni, 0.0, 1.0, "reader"))
    return forced, forbidden
