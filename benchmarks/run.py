"""Reproducible timings for the engine, the window and the PDF export.

Every figure is printed beside a reference measured in the same run on the same
files (git's word diff, a bare PySide6 window), so the ratios mean something on
any machine. Nothing here is a test: it never fails on a slow machine.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from classes import bench_cost, quality_report  # noqa: E402
from structured_texts import statute  # noqa: E402
from synthetic import text_of_size  # noqa: E402
from treatyviewer.core.comparison import compare  # noqa: E402
from treatyviewer.core.segment import make_document  # noqa: E402
from treatyviewer.io.readers import read_document  # noqa: E402

PY = sys.executable
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def best_of(n: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def write_pair(folder: Path, size: int, name: str) -> tuple[Path, Path]:
    pair = text_of_size(size)
    old, new = folder / f"{name}-old.txt", folder / f"{name}-new.txt"
    old.write_text(pair.old_text, encoding="utf-8")
    new.write_text(pair.new_text, encoding="utf-8")
    return old, new


def engine(old: Path, new: Path) -> None:
    compare(read_document(old), read_document(new))


def git_word_diff(old: Path, new: Path) -> None:
    subprocess.run(
        ["git", "diff", "--no-index", "--word-diff", "--no-color", str(old), str(new)],
        stdout=subprocess.DEVNULL,
        check=False,
    )


def run_child(args: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MB) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run(args, env=ENV, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        print(f"  ! {' '.join(args[-4:])} failed: {proc.stderr.strip()[:200]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before) // 1024


def row(label: str, ours: float, ref: float | None = None, ref_label: str = "") -> None:
    line = f"{label:<46} {ours * 1000:9.0f} ms"
    if ref is not None:
        ratio = ours / ref
        shown = f"{ratio:6.1f}" if ratio >= 1 else f"{ratio:6.2f}"
        line += f"   {ref_label} {ref * 1000:8.0f} ms   ratio {shown}x"
    print(line)


def bench_engine(folder: Path) -> None:
    print("Engine (read + segment + align + word diff, best of 5)")
    small = write_pair(folder, 500_000, "500k")
    large = write_pair(folder, 5_000_000, "5m")
    has_git = shutil.which("git") is not None
    t_small = best_of(5, lambda: engine(*small))
    g_small = best_of(5, lambda: git_word_diff(*small)) if has_git else None
    row("500 KB pair", t_small, g_small, "git word-diff")
    t_large = best_of(3, lambda: engine(*large))
    g_large = best_of(3, lambda: git_word_diff(*large)) if has_git else None
    row("5 MB pair", t_large, g_large, "git word-diff")
    print(f"{'5 MB time / 500 KB time':<46} {t_large / t_small:9.1f}x   (budget 12x)")
    ref = text_of_size(50_000)
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    t_dmp = best_of(1, lambda: dmp.diff_main(ref.old_text, ref.new_text))
    t_ours = best_of(5, lambda: engine(*write_pair(folder, 50_000, "50k")))
    row("50 KB pair, ours", t_ours, t_dmp, "whole-text dmp chars")
    bench_cost(*small)
    return None


def bench_window(folder: Path) -> None:
    print("\nWindow (process start to a fully highlighted window, best of 3)")
    shot = folder / "shot.png"
    bare = (
        "import sys; from PySide6.QtWidgets import QApplication, QWidget; "
        "app = QApplication(sys.argv); w = QWidget(); w.resize(1600, 1000); w.show(); "
        f"app.processEvents(); w.grab().save({str(shot)!r})"
    )
    t_bare = min(run_child([PY, "-c", bare])[0] for _ in range(3))
    runs = [run_child([PY, "-m", "treatyviewer", "--screenshot", str(shot)]) for _ in range(3)]
    row("bundled pair", min(t for t, _ in runs), t_bare, "bare PySide6 window")
    old, new = folder / "500k-old.txt", folder / "500k-new.txt"
    runs_big = [
        run_child([PY, "-m", "treatyviewer", str(old), str(new), "--screenshot", str(shot)])
        for _ in range(3)
    ]
    row("500 KB pair", min(t for t, _ in runs_big), t_bare, "bare PySide6 window")
    print(f"{'peak RSS of any window run':<46} {max(m for _, m in runs + runs_big):9d} MB")


def bench_export(folder: Path) -> None:
    print("\nPDF export (command line, whole process, best of 3)")
    out = folder / "out.pdf"
    t_bundled = min(
        run_child([PY, "-m", "treatyviewer", "export", "--pdf", str(out)])[0] for _ in range(3)
    )
    t_startup = min(
        run_child([PY, "-m", "treatyviewer", "compare", "--format", "json"])[0] for _ in range(3)
    )
    row("bundled pair", t_bundled, t_startup, "compare --format json")
    old, new = folder / "500k-old.txt", folder / "500k-new.txt"
    t_big, _ = run_child(
        [PY, "-m", "treatyviewer", "export", str(old), str(new), "--pdf", str(out)]
    )
    row("500 KB pair", t_big)


def bench_structure() -> None:
    print("\nStructure (300-article statute: Parts, Chapters, articles, points; best of 5)")
    law = statute(300).text
    t = best_of(5, lambda: make_document(law))
    doc = make_document(law)
    print(f"{'segment into the tree':<46} {t:9.3f} s   (budget 0.3 s)")
    units = sum(1 for s in doc.segments if s.parts or s.kind.value == "article")
    print(f"{'units / divisions found':<46} {units:5d} / {len(doc.divisions)}")


def main() -> None:
    bench_structure()
    with tempfile.TemporaryDirectory(prefix="tv-bench-") as tmp:
        folder = Path(tmp)
        bench_engine(folder)
        bench_window(folder)
        bench_export(folder)
    quality_report()


if __name__ == "__main__":
    main()
