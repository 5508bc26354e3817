"""Change classes: what classifying costs, and how well it does on hard pairs.

The cost is the time to compare the 1,000-article (500 KB) pair with classes
over the time without, in the same run (budget: at most 1.2). The quality
report runs the generators of ``tests/class_pairs.py``: the plain one (what the
test suite asserts) and the hard one (near-miss words, unknown slips and
transliterations), and prints precision and recall per class.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from class_pairs import make_class_pair, score
from treatyviewer.core.change_classes import CLASSES
from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document


def _best(n: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def bench_cost(old_path: Path, new_path: Path) -> None:
    old, new = read_document(old_path), read_document(new_path)
    compare(old, new)  # warm the gazetteer and caches once
    plain = classed = float("inf")
    for _ in range(5):  # interleaved, so a busy moment of the machine hits both alike
        plain = min(plain, _best(1, lambda: compare(old, new, classify=False)))
        classed = min(classed, _best(1, lambda: compare(old, new)))
    n = sum(len(p.changes) for p in compare(old, new).pairs)
    print(
        f"{'500 KB pair, compare with classes':<46} {classed * 1000:9.0f} ms   "
        f"without {plain * 1000:8.0f} ms   ratio {classed / plain:6.2f}x   (budget 1.20x, "
        f"{n} changes)"
    )


def _report(label: str, docs: list[tuple[Document, Document, object]]) -> None:
    rows: dict[str, list[int]] = {}
    total = correct = wrong_way = 0
    for old, new, pair in docs:
        cmp = compare(old, new)
        changes = [
            (c.old_start, c.old_end, c.new_start, c.new_end, c.change_class)
            for p in cmp.pairs
            for c in p.changes
        ]
        result = score(pair, changes)  # type: ignore[arg-type]
        total += result.total
        correct += result.correct
        wrong_way += len(result.substance_as_form)
        for cls, (tp, predicted, actual) in result.per_class.items():
            row = rows.setdefault(cls, [0, 0, 0])
            row[0] += tp
            row[1] += predicted
            row[2] += actual
    print(f"\n{label}: {total} changes, accuracy {correct / total:.3f}, "
          f"substance classed as form {wrong_way}")  # fmt: skip
    print(f"  {'class':<14} {'precision':>9} {'recall':>7} {'n':>6}")
    for cls in CLASSES:
        tp, predicted, actual = rows.get(cls, [0, 0, 0])
        precision = f"{tp / predicted:.3f}" if predicted else "   -"
        recall = f"{tp / actual:.3f}" if actual else "   -"
        print(f"  {cls:<14} {precision:>9} {recall:>7} {actual:>6}")


def quality_report() -> None:
    for label, hard in (("Generated pairs (test suite)", False), ("Hard generated pairs", True)):
        docs = []
        for lang, seed in (("en", 21), ("ru", 22)):
            pair = make_class_pair(lang, 100, seed, hard=hard)
            docs.append(
                (make_document(pair.old_text, "old"), make_document(pair.new_text, "new"), pair)
            )
        _report(label, docs)
