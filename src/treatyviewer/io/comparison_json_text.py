"""The JSON of a long comparison, its pairs written by helper processes.

Writing the JSON of a 50 MB comparison takes seconds, most of them on the pairs
(their changes and numbered parts), and it comes last, when the aligner and the
diffs are done and the other processor is idle. A forked helper writes the JSON
text of part of the pairs while this process writes the rest; the text is the
same as written in one process (a test compares them byte for byte).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..core.comparison import Comparison, comparison_json, pair_json
from ..core.parallel import shared_map
from .json_text import Written, json_text_at

PAIRS_APART = 2000
"""Pairs from which a helper pays for its fork (about 2 MB of text)."""
PAIR_INDENT = "    "
"""Where each pair stands in the comparison's JSON text (in the list ``pairs``)."""


def comparison_value(cmp: Comparison, helpers: int) -> dict[str, Any]:
    """``cmp.to_json()`` for ``json_text``, the pairs already written, by up to
    ``helpers`` forked processes on long comparisons (single-threaded callers only)."""

    def write(ks: Sequence[int]) -> list[Written]:
        return [json_text_at(pair_json(cmp, cmp.pairs[k]), PAIR_INDENT) for k in ks]

    pairs = shared_map(write, range(len(cmp.pairs)), helpers, least=PAIRS_APART)
    return comparison_json(cmp, pairs)
