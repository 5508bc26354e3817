"""What the aligner decides: links between segments, reader overrides, the result."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

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
    """Links outside the longest run that keeps both texts' order."""
    order = sorted(range(len(links)), key=lambda k: (links[k].old[0], links[k].new[0]))
    kept = longest_increasing_run([links[k].new[0] for k in order])
    keep = {order[pos] for pos in kept}
    return frozenset(k for k in range(len(links)) if k not in keep)
