"""What became of each article, version after version.

A chain of N texts is aligned pair by pair (each text with the next). Linking
the aligned segments across the pairs gives connected groups of segments: one
group is one lineage, an article's path through the chain. An article that is
missing from one version and comes back later would otherwise show as two
lineages (one removed, one added); the segments left unpaired on both sides of
such a gap are therefore aligned with each other as well, and a close match
joins the two halves into one lineage that "returns".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from .comparison import ArticlePair, Comparison, compare
from .document import Document
from .textdiff import DiffOptions

StepStatus = Literal[
    "present", "added", "unchanged", "modified", "split", "merged", "removed", "returned",
    "absent", "unknown",
]  # fmt: skip
STEP_STATUSES: tuple[str, ...] = (
    "present", "added", "unchanged", "modified", "split", "merged", "removed", "returned",
    "absent", "unknown",
)  # fmt: skip
"""``unknown``: the article is missing from (or new in) a version whose edition gives
an article of that stretch only as an editor's note, so its fate there is not known
(``Comparison.unknown``)."""
SKIP_MIN_SIMILARITY = 0.5
"""Word similarity a segment must keep with its return, after a gap, to count as the same."""
_STRENGTH = {"unchanged": 0, "modified": 1, "split": 2, "merged": 3}

Node = tuple[int, int]
"""(version, segment index)."""


@dataclass(frozen=True, slots=True)
class Step:
    """One version of a lineage: its segments there and how they came to be."""

    version: int
    segments: tuple[int, ...]
    status: StepStatus
    since: int | None = None
    """The version this step is compared with: the previous one, or an older one on return."""
    pairs: tuple[ArticlePair, ...] = ()
    """Aligned pairs from ``since`` to this version, with their word changes."""
    joined: tuple[int, ...] = ()
    """Segments of this version the article took in that the version before did not
    have: an article added here that a later version merges into this one (its
    history then runs through this lineage, but it was new here)."""

    @property
    def present(self) -> bool:
        return bool(self.segments)

    @property
    def renumbered(self) -> bool:
        return any(p.renumbered for p in self.pairs)

    @property
    def moved(self) -> bool:
        return any(p.moved for p in self.pairs)

    @property
    def repealed(self) -> bool:
        """The later version keeps the article's number over a notice of its repeal."""
        return any(p.repealed for p in self.pairs)

    @property
    def shown_status(self) -> str:
        """The status a reader is told: "repealed" for an article struck out under its
        number, "renumbered" for one unchanged under another number, else ``status``."""
        if self.repealed:
            return "repealed"
        if self.status == "unchanged" and self.renumbered:
            return "renumbered"
        return self.status

    @property
    def similarity(self) -> float | None:
        return min((p.similarity for p in self.pairs), default=None)

    @property
    def changed(self) -> bool:
        return self.status not in ("present", "unchanged", "absent")


@dataclass(frozen=True, slots=True)
class Lineage:
    """One article's path: a step for every version of the chain."""

    steps: tuple[Step, ...]

    @property
    def first(self) -> int:
        """The first version the article appears in."""
        return next(s.version for s in self.steps if s.present)

    @property
    def last(self) -> int:
        return max(s.version for s in self.steps if s.present)

    def at(self, version: int) -> Step:
        return self.steps[version]

    @property
    def changed(self) -> bool:
        """True unless every step carries the text over unchanged."""
        return any(s.changed for s in self.steps)


class _Groups:
    """Union-find over (version, segment) nodes."""

    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def find(self, node: Node) -> Node:
        parent = self.parent.setdefault(node, node)
        if parent != node:
            parent = self.parent[node] = self.find(parent)
        return parent

    def union(self, a: Node, b: Node) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[Node, list[Node]]:
        out: dict[Node, list[Node]] = defaultdict(list)
        for node in list(self.parent):
            out[self.find(node)].append(node)
        return out


def _subdocument(doc: Document, indices: Sequence[int]) -> Document:
    """The same text with only some of its segments: offsets stay valid."""
    return replace(doc, segments=tuple(doc.segments[i] for i in indices))


def _skip_pairs(
    documents: Sequence[Document],
    groups: _Groups,
    options: DiffOptions,
    gap: tuple[int, int],
) -> list[tuple[ArticlePair, int, int]]:
    """Pairs between segments whose lineage ends at ``i`` and those whose starts at ``j``."""
    i, j = gap
    members = groups.members()
    ending: list[int] = []
    starting: list[int] = []
    for nodes in members.values():
        versions = {v for v, _ in nodes}
        if max(versions) == i:
            ending.extend(s for v, s in nodes if v == i)
        if min(versions) == j:
            starting.extend(s for v, s in nodes if v == j)
    if not ending or not starting:
        return []
    ending.sort()
    starting.sort()
    cmp = compare(_subdocument(documents[i], ending), _subdocument(documents[j], starting), options)
    found = []
    for p in cmp.pairs:
        if p.similarity < SKIP_MIN_SIMILARITY:
            continue
        pair = replace(
            p, old=tuple(ending[k] for k in p.old), new=tuple(starting[k] for k in p.new)
        )
        found.append((pair, i, j))
    return found


def _combined_status(pairs: Sequence[ArticlePair]) -> StepStatus:
    """The strongest change among the pairs of one step (a merge outweighs an edit)."""
    strongest: StepStatus = "unchanged"
    for p in pairs:
        status = p.status
        if status != "comparing" and _STRENGTH[status] > _STRENGTH[strongest]:
            strongest = status  # (a chain is made of whole comparisons: none pending)
    return strongest


def _carried_whole(pairs: Sequence[ArticlePair], before: Sequence[int]) -> bool:
    """Every segment of the version before is carried over unchanged."""
    return {i for p in pairs for i in p.old} == set(before) and all(
        p.status == "unchanged" for p in pairs
    )


class _StepBuilder:
    """Steps of one group of nodes, from the pairs that connect them."""

    def __init__(
        self,
        versions: int,
        neighbour_pairs: dict[Node, list[ArticlePair]],
        skip_pairs: dict[Node, list[tuple[ArticlePair, int]]],
        open_nodes: tuple[set[Node], set[Node]] = (set(), set()),
    ) -> None:
        self.versions = versions
        self.neighbour_pairs = neighbour_pairs
        self.skip_pairs = skip_pairs
        self.open_after, self.open_before = open_nodes
        """Nodes whose fate in the next version, or origin in the previous one, is not
        known (``Comparison.unknown`` of the comparison between the two)."""

    def steps(self, nodes: Sequence[Node]) -> tuple[Step, ...]:
        at: dict[int, list[int]] = defaultdict(list)
        for v, s in nodes:
            at[v].append(s)
        steps: list[Step] = []
        seen = False
        for k in range(self.versions):
            segs = tuple(sorted(at.get(k, ())))
            before = bool(at.get(k - 1)) if k > 0 else False
            if not segs:
                status: StepStatus = "removed" if before else "absent"
                if before and any((k - 1, s) in self.open_after for s in at[k - 1]):
                    status = "unknown"
                steps.append(Step(k, (), status, k - 1 if before else None))
                continue
            if before:
                pairs = self._unique(self.neighbour_pairs.get((k, s), []) for s in segs)
                status = _combined_status(pairs)
                paired = {j for p in pairs for j in p.new}
                joined = tuple(s for s in segs if s not in paired)
                if status == "unchanged" and not self._whole(pairs, at[k - 1], segs):
                    status = "modified"  # a part was dropped or added at this step
                if joined and not pairs:
                    status = "added"
                elif joined and status == "modified" and _carried_whole(pairs, at[k - 1]):
                    status = "unchanged"  # what it had it kept; beside it, an article new here
                steps.append(Step(k, segs, status, k - 1, pairs, joined))
            elif seen:
                back = [pair for s in segs for pair, _ in self.skip_pairs.get((k, s), [])]
                since = min(
                    (v for s in segs for _, v in self.skip_pairs.get((k, s), [])), default=None
                )
                steps.append(Step(k, segs, "returned", since, self._unique([back])))
            else:
                status = "present" if k == 0 else "added"
                if k > 0 and all((k, s) in self.open_before for s in segs):
                    status = "unknown"
                steps.append(Step(k, segs, status, k - 1 if status == "unknown" else None))
            seen = True
        return tuple(steps)

    @staticmethod
    def _whole(pairs: Sequence[ArticlePair], before: Sequence[int], after: Sequence[int]) -> bool:
        """True when the pairs carry every segment of both versions."""
        olds = {i for p in pairs for i in p.old}
        news = {j for p in pairs for j in p.new}
        return olds == set(before) and news == set(after)

    @staticmethod
    def _unique(groups: Iterable[Iterable[ArticlePair]]) -> tuple[ArticlePair, ...]:
        out: list[ArticlePair] = []
        for group in groups:
            for pair in group:
                if all(pair is not p for p in out):
                    out.append(pair)
        return tuple(out)


def _reading_order(lineages: list[Lineage], versions: int) -> list[Lineage]:
    """The order a reader meets the articles in, reading the chain from its first
    version on: the first version's articles in its order, and an article a later
    version brings in right after the one it follows there (draft Art. 1 before Art. 2,
    whatever they became). The window's lineage table, the reports, the text, CSV and
    JSON all number the lineages in this order (the table had followed the first
    version and the reports the newest, so "row 2" meant two different articles)."""
    after: dict[int, int] = {}
    """The order so far as a linked list: lineage -> the lineage after it (-1: first)."""
    last = -1
    placed: set[int] = set()
    for k in range(versions):
        present = sorted(
            (min(line.steps[k].segments), n)
            for n, line in enumerate(lineages)
            if line.steps[k].present
        )
        previous = -1
        for _segment, n in present:
            if n not in placed:
                if previous == -1 and k == 0:
                    previous = last
                nxt = after.get(previous)
                after[previous] = n
                if nxt is not None:
                    after[n] = nxt
                placed.add(n)
                if last == previous:
                    last = n
            previous = n
    order: list[int] = []
    at = after.get(-1)
    while at is not None:
        order.append(at)
        at = after.get(at)
    order += [n for n in range(len(lineages)) if n not in placed]  # present nowhere
    return [lineages[n] for n in order]


def compute_lineages(
    documents: Sequence[Document],
    comparisons: Sequence[Comparison],
    options: DiffOptions | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[Lineage, ...]:
    """Every lineage of the chain, in reading order (``_reading_order``).

    ``comparisons[k]`` compares ``documents[k]`` with ``documents[k + 1]``.
    """
    if len(comparisons) != len(documents) - 1:
        raise ValueError("a chain of N texts needs N - 1 neighbouring comparisons")
    options = options or DiffOptions()
    groups = _Groups()
    neighbour: dict[Node, list[ArticlePair]] = defaultdict(list)
    for v, doc in enumerate(documents):
        for s in range(len(doc.segments)):
            groups.find((v, s))
    for k, cmp in enumerate(comparisons):
        for pair in cmp.pairs:
            for i in pair.old:
                for j in pair.new:
                    groups.union((k, i), (k + 1, j))
            for j in pair.new:
                neighbour[(k + 1, j)].append(pair)
    skips: dict[Node, list[tuple[ArticlePair, int]]] = defaultdict(list)
    n = len(documents)
    for gap in range(2, n):
        for i in range(0, n - gap):
            if should_stop is not None and should_stop():
                raise InterruptedError("lineage cancelled")
            for pair, a, b in _skip_pairs(documents, groups, options, (i, i + gap)):
                for s in pair.old:
                    for t in pair.new:
                        groups.union((a, s), (b, t))
                for t in pair.new:
                    skips[(b, t)].append((pair, a))
    open_nodes: tuple[set[Node], set[Node]] = (set(), set())
    for k, cmp in enumerate(comparisons):
        gone, new = cmp.unknown
        open_nodes[0].update((k, i) for i in gone)
        open_nodes[1].update((k + 1, j) for j in new)
    builder = _StepBuilder(n, neighbour, skips, open_nodes)
    lineages = [Lineage(builder.steps(nodes)) for nodes in groups.members().values()]
    return tuple(_reading_order(lineages, n))
