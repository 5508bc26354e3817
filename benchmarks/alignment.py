"""Alignment: how right it is on every generator family, how fast, how well calibrated.

For each family of ``tests/synthetic.py`` and each size, the link precision and
recall, the F1 of what was found added and removed, and the time to align.
Seeds differ from the test suite's. Then a reliability table over all pairs:
confidence bins against the share of pairs in them that were right. Then the
engine's time on the 500 KB pair beside the aligner this one replaced (the
previous commit's code, run in the same way in the same run). Then published
versions of real documents against truth read by hand (tests/real_pairs). The repeated-text
case is measured with the command line in ``run.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from alignment_score import label_links, related_named, reliability, score
from real_pair_truth import load, names
from synthetic import FAMILIES, HARDER, family_pair
from treatyviewer.core.align import align
from treatyviewer.core.comparison import build_comparison
from treatyviewer.core.resources import bundled_metadata, load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document

SIZES = (40, 300, 2000)
SEED = 101
REFERENCE_COMMIT = "3da799b"
"""The last commit with the previous aligner (word truncation and rare-word sketches)."""

_TIMING = """
import sys, time
sys.path.insert(0, {tests!r})
from synthetic import text_of_size
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document
from treatyviewer.core.comparison import compare
pair = text_of_size(500_000)
old, new = make_document(pair.old_text), make_document(pair.new_text)
compare(old, new)
runs = []
for _ in range(3):
    wall, cpu = time.perf_counter(), time.process_time()
    compare(old, new)
    runs.append((time.perf_counter() - wall, time.process_time() - cpu))
print(min(w for w, _ in runs), min(c for _, c in runs))
"""


def quality() -> None:
    print(
        "\nAlignment quality (link precision / recall, added / removed F1, wrong links, "
        "related articles named / wrong, align time)"
    )
    print(f"{'family':<12} {'articles':>8} {'precision':>9} {'recall':>7} {'added':>6} "
          f"{'removed':>7} {'wrong':>5} {'related':>7} {'time':>8}")  # fmt: skip
    judged: list[tuple[float, bool]] = []
    harder: list[tuple[float, bool]] = []
    for family in [*FAMILIES, *HARDER]:
        if family == next(iter(HARDER)):
            print("harder families (not yet held to the bars):")
        for n in SIZES:
            pair = family_pair(family, n, SEED)
            old, new = make_document(pair.old_text), make_document(pair.new_text)
            start = time.perf_counter()
            alignment = align(old, new)
            elapsed = time.perf_counter() - start
            cmp = build_comparison(old, new, alignment, classify=False)
            result = score(pair, cmp)
            named, wrong = related_named(pair, cmp)
            (judged if family in FAMILIES else harder).extend(result.judged)
            print(f"{family:<12} {n:>8} {result.precision:>9.4f} {result.recall:>7.4f} "
                  f"{result.added_f1:>6.3f} {result.removed_f1:>7.3f} {result.wrong:>5} "
                  f"{f'{named}/{len(wrong)}':>7} {elapsed * 1000:>6.0f} ms")  # fmt: skip
    for title, pairs in (("the families", judged), ("with the harder ones", judged + harder)):
        print(f"\nReliability ({title}, all sizes; a bin within 5 points when it holds >= 20)")
        print(f"{'confidence':<12} {'pairs':>6} {'mean conf':>9} {'right':>7}")
        for low, high, count, mean, right in reliability(pairs):
            print(f"{low:.2f}-{high:.2f}    {count:>6} {mean:>9.3f} {right:>7.3f}")


def _time_engine(src: Path) -> tuple[float, float] | None:
    """Best wall-clock and best CPU time of three comparisons of the 500 KB pair."""
    env = dict(os.environ, PYTHONPATH=str(src))
    code = _TIMING.format(tests=str(Path(__file__).resolve().parents[1] / "tests"))
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    wall, cpu = map(float, proc.stdout.split())
    return wall, cpu


def speed(root: Path, rounds: int = 3) -> None:
    """This aligner against the previous one, measured in turn ``rounds`` times in
    this run; the ratio is the median of the rounds' ratios, for wall-clock time and
    for CPU time (the fairer figure on a busy machine)."""
    print(f"\nAlignment speed: 500 KB pair compared in process (best of 3, {rounds} rounds)")
    ours: list[tuple[float, float]] = []
    reference: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory(prefix="tv-ref-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", REFERENCE_COMMIT, "src"],
            capture_output=True, check=False,
        )  # fmt: skip
        if archive.returncode == 0:
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        for _ in range(rounds):
            if (found := _time_engine(root / "src")) is None:
                print("  ! the engine failed on the 500 KB pair")
                return
            ours.append(found)
            if archive.returncode == 0 and (previous := _time_engine(Path(tmp) / "src")):
                reference.append(previous)
    wall, cpu = (median(t[k] for t in ours) for k in (0, 1))
    print(f"{'this aligner':<30} {wall * 1000:6.0f} ms wall {cpu * 1000:6.0f} ms CPU (median)")
    if len(reference) == len(ours):
        ref_wall, ref_cpu = (median(t[k] for t in reference) for k in (0, 1))
        wall_ratio = median(a[0] / b[0] for a, b in zip(ours, reference, strict=True))
        cpu_ratio = median(a[1] / b[1] for a, b in zip(ours, reference, strict=True))
        print(f"{f'previous aligner ({REFERENCE_COMMIT})':<30} {ref_wall * 1000:6.0f} ms wall "
              f"{ref_cpu * 1000:6.0f} ms CPU   ratio {wall_ratio:4.2f}x wall, "
              f"{cpu_ratio:4.2f}x CPU (budget 1.0x)")  # fmt: skip


DRAFT_FATES = {("1", "I"), ("2", "VI"), ("3", "IX"), ("5", "V"), ("6", "XIV")}
"""Draft 1920 → Treaty of Moscow, as the historiography reports them."""


def real_pairs() -> None:
    """The bundled treaties, against the correspondences their editors recorded."""
    print("\nReal pairs (bundled treaties against their recorded correspondences)")
    cases = [("draft-1920", "moscow-1921", DRAFT_FATES)]
    table = bundled_metadata("kars-1921")["correspondences"]["pairs"]
    cases.append(("moscow-1921", "kars-1921", {(p["there"], p["here"]) for p in table}))
    for old_id, new_id, known in cases:
        old, new = load_bundled(old_id), load_bundled(new_id)
        alignment = align(old, new)
        found = label_links(old, new, alignment)
        print(f"{old_id} -> {new_id}: {len(known & found)} of {len(known)} known pairs found, "
              f"{len(found - known)} further links")  # fmt: skip
        for i, related in alignment.related_old.items():
            names = ", ".join(f"{new.segments[r.index].label} ({r.score:.2f})" for r in related)
            print(f"  removed {old.segments[i].label}: related {names}")


def documents() -> None:
    """Published versions of real documents against truth written by reading them."""
    print("\nReal documents (tests/real_pairs: truth read by hand; bar: precision >= 0.995)")
    print(f"{'pair':<12} {'links':>5} {'precision':>9} {'recall':>7} {'added':>6} {'removed':>7}")
    for name in names():
        pair = load(name)
        old, new = read_document(pair.old), read_document(pair.new)
        result = score(pair.truth, build_comparison(old, new, align(old, new), classify=False))
        print(f"{name:<12} {len(pair.truth.links):>5} {result.precision:>9.3f} "
              f"{result.recall:>7.3f} {result.added_f1:>6.3f} {result.removed_f1:>7.3f}")  # fmt: skip


def main(root: Path) -> None:
    quality()
    real_pairs()
    documents()
    speed(root)


if __name__ == "__main__":
    main(Path(__file__).resolve().parents[1])
