"""A chain of N >= 2 versions of a text, oldest first, and its JSON form.

Each text is compared with the next by the same engine as a pair; the
lineages then say what became of every article across the whole chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .align import Overrides
from .comparison import Comparison, compare, comparison_json
from .document import Document
from .lineage import Lineage, Step, compute_lineages
from .textdiff import DiffOptions

SCHEMA = "treatyviewer.lineage/1"


@dataclass(frozen=True)
class Chain:
    documents: tuple[Document, ...]
    comparisons: tuple[Comparison, ...]
    """``comparisons[k]`` compares ``documents[k]`` with ``documents[k + 1]``."""
    lineages: tuple[Lineage, ...]
    options: DiffOptions = field(default_factory=DiffOptions)

    def labels(self, step: Step) -> list[str]:
        doc = self.documents[step.version]
        return [doc.segments[i].label for i in step.segments]

    def references(self, step: Step) -> list[str]:
        """Labels for people ("Annex 1", not "1")."""
        doc = self.documents[step.version]
        return [doc.segments[i].reference for i in step.segments]

    def lineage_of(self, version: int, segment: int) -> int | None:
        """Index of the lineage holding ``segment`` of ``version``."""
        return self._index.get((version, segment))

    @cached_property
    def _index(self) -> dict[tuple[int, int], int]:
        return {
            (step.version, s): n
            for n, lin in enumerate(self.lineages)
            for step in lin.steps
            for s in step.segments
        }

    def with_comparison(self, k: int, cmp: Comparison) -> Chain:
        """The chain after the reader corrected the alignment of texts k and k + 1."""
        comparisons = (*self.comparisons[:k], cmp, *self.comparisons[k + 1 :])
        return chain_from(self.documents, comparisons, self.options)

    def to_json(self) -> dict[str, Any]:
        return chain_json(self)


def chain_from(
    documents: Sequence[Document],
    comparisons: Sequence[Comparison],
    options: DiffOptions | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> Chain:
    options = options or DiffOptions()
    lineages = compute_lineages(documents, comparisons, options, should_stop)
    return Chain(tuple(documents), tuple(comparisons), lineages, options)


def build_chain(
    documents: Sequence[Document],
    options: DiffOptions | None = None,
    overrides: Sequence[Overrides] | None = None,
    should_stop: Callable[[int, int], bool] | None = None,
    helpers: int = 0,
) -> Chain:
    """Compare every text with the next and trace the lineages.

    ``overrides[k]`` holds the reader's corrections for texts k and k + 1.
    ``should_stop(done, total)`` may cancel, counted in neighbouring pairs.
    ``helpers`` forked processes may share each comparison (``compare``).
    """
    if len(documents) < 2:
        raise ValueError("a chain needs at least two texts")
    options = options or DiffOptions()
    total = len(documents)
    comparisons = []
    for k in range(len(documents) - 1):
        if should_stop is not None and should_stop(k, total):
            raise InterruptedError("comparison cancelled")
        extra = overrides[k] if overrides is not None and k < len(overrides) else None
        comparisons.append(compare(documents[k], documents[k + 1], options, extra, helpers=helpers))
    stop = (lambda: should_stop(total - 1, total)) if should_stop is not None else None
    return chain_from(documents, comparisons, options, stop)


def _step_json(chain: Chain, step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {
        "version": step.version,
        "labels": chain.labels(step),
        "status": step.status,
    }
    if step.pairs:
        out["since"] = step.since
        out["renumbered"] = step.renumbered
        out["moved"] = step.moved
        out["repealed"] = step.repealed
        if step.joined:  # new in this version beside the article, merged into it later
            segments = chain.documents[step.version].segments
            out["added_beside"] = [segments[s].label for s in step.joined]
        out["similarity"] = round(step.similarity or 0.0, 3)
        out["changes"] = sum(len(p.changes) for p in step.pairs)
    elif step.status == "removed":
        out["since"] = step.since
    return out


def chain_json(chain: Chain) -> dict[str, Any]:
    """The ``treatyviewer.lineage/1`` object of the command-line contract."""
    comparisons = [comparison_json(cmp) for cmp in chain.comparisons]
    docs = [comparisons[0]["old"], *(c["new"] for c in comparisons)]
    return {
        "schema": SCHEMA,
        "documents": [{"version": k, **doc} for k, doc in enumerate(docs)],
        "comparisons": [
            {"old_version": k, "new_version": k + 1, **c} for k, c in enumerate(comparisons)
        ],
        "lineages": [[_step_json(chain, s) for s in lin.steps] for lin in chain.lineages],
    }
