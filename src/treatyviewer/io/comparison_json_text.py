"""The JSON of a long comparison, its pairs written straight from the pairs.

Writing the JSON of a comparison comes last, when the aligner and the diffs are
done, and most of it is the pairs' changes. Each pair is written here as text
directly (a change is one line of a known shape), not built as a dictionary and
then walked by the general writer; the text is the same as the general writer's
(a test compares them byte for byte). On long comparisons a forked helper writes
the text of part of the pairs while this process writes the rest.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache
from json.encoder import encode_basestring
from typing import Any

from ..core.article_pair import ArticlePair
from ..core.attested_numbers import move_conjectured
from ..core.comparison import Comparison, change_segments, comparison_json
from ..core.parallel import shared_map
from ..core.structure_json import parts_json
from .json_text import MAX_LEAF, Written, encode, json_text_at

PAIRS_APART = 2000
"""Pairs from which a helper pays for its fork (about 2 MB of text)."""
PAIR_INDENT = "    "
"""Where each pair stands in the comparison's JSON text (in the list ``pairs``)."""
_INNER = PAIR_INDENT + "  "
_ITEM = _INNER + "  "


def comparison_value(cmp: Comparison, helpers: int) -> dict[str, Any]:
    """``cmp.to_json()`` for ``json_text``, the pairs already written, by up to
    ``helpers`` forked processes on long comparisons (single-threaded callers only)."""

    def write(ks: Sequence[int]) -> list[Written]:
        return [pair_text(cmp, cmp.pairs[k]) for k in ks]

    pairs = shared_map(write, range(len(cmp.pairs)), helpers, least=PAIRS_APART)
    return comparison_json(cmp, pairs)


def pair_text(cmp: Comparison, p: ArticlePair) -> Written:
    """``json_text_at(pair_json(cmp, p), PAIR_INDENT)``: a pair with changes or parts
    spread over lines, each change on a line of its own; one without, on one line."""
    parts = parts_json(cmp.old, cmp.new, p.old, p.new)
    olds, news = cmp.label_of("old", p.old), cmp.label_of("new", p.new)
    spread = bool(p.changes or parts)
    text = encode_basestring
    fields = (
        f'"old": {_labels(olds, spread)}',
        f'"new": {_labels(news, spread)}',
        f'"status": {text(p.status)}',
        f'"renumbered": {_TRUTH[p.renumbered]}',
        f'"moved": {_TRUTH[p.moved]}',
        f'"numbering_reconstructed": {_TRUTH[move_conjectured(cmp.old, cmp.new, p)]}',
        f'"repealed": {_TRUTH[p.repealed]}',
        f'"rewritten": {_TRUTH[p.rewritten]}',
        f'"similarity": {_number(round(p.similarity, 3))}',
        f'"kept": {_number(round(p.kept, 3))}',
        f'"score": {_number(round(p.score, 4))}',
        f'"confidence": {_number(p.confidence)}',
        f'"origin": {text(p.origin)}',
        f'"changes": {_changes(cmp, p)}',
        f'"coarse": {_TRUTH[p.coarse]}',
        f'"parts": {json_text_at(parts, _INNER)}',
    )
    if not spread:
        return Written("{" + ", ".join(fields) + "}")
    return Written(f"{{\n{_INNER}" + f",\n{_INNER}".join(fields) + f"\n{PAIR_INDENT}}}")


_TRUTH = {False: "false", True: "true"}


def _number(value: float) -> str:
    return repr(value) if math.isfinite(value) else encode(value)


def _labels(labels: list[str], spread: bool) -> str:
    """A list of labels as the general writer puts it: on one line, unless it is
    long and its pair is spread out."""
    if spread and len(labels) > MAX_LEAF:
        return json_text_at(labels, _INNER)
    return encode(labels)


def _changes(cmp: Comparison, p: ArticlePair) -> str:
    if not p.changes:
        return "[]"
    text = encode_basestring
    word = _word
    lines = []
    # A pair of one segment a side, as nearly all are, holds every change in those two.
    single = len(p.old) == 1 and len(p.new) == 1
    o = cmp.old.segments[p.old[0]].start if single else 0
    n = cmp.new.segments[p.new[0]].start if single else 0
    for c in p.changes:
        if not single:
            old_seg, new_seg = change_segments(cmp, p, c)
            o, n = old_seg.start, new_seg.start
        line = (
            f'{{"op": {word(c.op)}, "old": [{c.old_start - o}, {c.old_end - o}], '
            f'"new": [{c.new_start - n}, {c.new_end - n}], "old_text": {text(c.old_text)}, '
            f'"new_text": {text(c.new_text)}, "class": {word(c.change_class)}'
        )
        if len(p.old) > 1:
            line += f', "old_segment": {text(old_seg.label)}'
        if len(p.new) > 1:
            line += f', "new_segment": {text(new_seg.label)}'
        lines.append(line + "}")
    return f"[\n{_ITEM}" + f",\n{_ITEM}".join(lines) + f"\n{_INNER}]"


@cache
def _word(name: str) -> str:
    """An operation or a change class ("replace", "wording") as JSON: a few names, each
    written once per run instead of once per change."""
    return encode_basestring(name)
