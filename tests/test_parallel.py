"""Long comparisons shared with helper processes give exactly the one-process result;
an alignment leaves nothing of its working memory behind."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from synthetic import text_of_size
from treatyviewer import cli
from treatyviewer.core import parallel
from treatyviewer.core.align import align
from treatyviewer.core.align_features import Vectors
from treatyviewer.core.segment import make_document

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def run_alone(code: str) -> None:
    """Run ``code`` in a fresh interpreter: helpers are forked only from a process
    with one thread, and a test runner's worker has more."""
    tests = os.path.dirname(__file__)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([tests, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True, text=True, timeout=300, env=env,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr


@needs_fork
@pytest.mark.parametrize(("helpers", "beside"), [(1, 10), (2, 10**9)])
def test_pairs_diffed_by_helpers_are_those_of_one_process(helpers: int, beside: int) -> None:
    """With a helper beside the aligner (``beside`` units and more), and with the pairs
    shared among helpers after aligning."""
    run_alone(
        f"""
        from unittest import mock
        from fork_counting import counted_forks
        from synthetic import text_of_size
        from treatyviewer.core import comparison, parallel
        from treatyviewer.core.comparison import compare
        from treatyviewer.core.segment import make_document

        pair = text_of_size(60_000)
        alone = compare(make_document(pair.old_text), make_document(pair.new_text))
        # A long comparison in miniature: pairs diffed and references scanned by helpers.
        with mock.patch.object(parallel, "MIN_ITEMS", 10), \\
                mock.patch.object(comparison, "SCAN_BESIDE", {beside}), \\
                counted_forks() as forked:
            shared = compare(
                make_document(pair.old_text), make_document(pair.new_text), helpers={helpers}
            )
        assert len(forked) >= (1 if {beside} == 10 else {helpers}), forked  # helpers ran
        assert len(alone.pairs) > 30
        assert alone.reference_changes
        assert shared.pairs == alone.pairs
        assert shared.to_json() == alone.to_json()
        """
    )


@needs_fork
def test_a_failed_helper_leaves_its_share_to_the_parent() -> None:
    run_alone(
        """
        import os, sys
        from treatyviewer.core import parallel

        parallel.MIN_ITEMS = 10
        parent = os.getpid()

        def squares(items):
            if os.getpid() != parent:
                sys.exit(3)  # the helper dies before sending anything
            return [k * k for k in items]

        assert parallel.shared_map(squares, range(100), helpers=2) == [k * k for k in range(100)]
        assert parallel.Background(lambda: squares(range(5)), helpers=1).result() == [0, 1, 4, 9, 16]
        """
    )


@needs_fork
def test_optional_work_beside_gives_way_to_its_parent() -> None:
    """A helper whose results may be left unfinished runs at a lower priority: on a
    busy machine the work that the result waits for goes first."""
    run_alone(
        """
        import os
        from treatyviewer.core import parallel

        mine = os.nice(0)
        helper = parallel.Beside(lambda stopped: (os.getpid(), os.nice(0)), helpers=1).finish()
        assert helper is not None and helper[0] != os.getpid()
        assert helper[1] == min(19, mine + parallel.BESIDE_NICENESS), (mine, helper)
        assert os.nice(0) == mine
        """
    )


def test_no_helper_is_forked_while_other_threads_run() -> None:
    """In the window (or under a threaded caller) the work is all done in-process."""
    started = threading.Event()
    stop = threading.Event()

    def other() -> None:
        started.set()
        stop.wait(30)

    thread = threading.Thread(target=other)
    thread.start()
    started.wait(5)
    parent = os.getpid()
    try:
        done_by = parallel.shared_map(
            lambda items: [os.getpid() for _ in items], range(50), helpers=2, least=1
        )
    finally:
        stop.set()
        thread.join()
    assert done_by == [parent] * 50


def test_an_alignment_keeps_no_features_alive() -> None:
    """The features of every article are most of an aligner's memory (over a
    gigabyte at 50 MB); the diff and the output that follow need that memory."""
    pair = text_of_size(40_000)
    alignment = align(make_document(pair.old_text), make_document(pair.new_text))
    gc.collect()
    assert alignment.links
    assert not [obj for obj in gc.get_objects() if isinstance(obj, Vectors)]


@needs_fork
def test_a_pair_read_side_by_side_prints_what_one_process_prints(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Two texts long enough to be read side by side (each by a helper, while the
    command imports the engine) give, byte for byte, the output of a run kept to
    one process."""
    pair = text_of_size(110_000)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(pair.old_text, encoding="utf-8")
    new.write_text(pair.new_text, encoding="utf-8")
    assert old.stat().st_size + new.stat().st_size >= cli.SIDE_BY_SIDE
    outputs = []
    for helpers in ("0", "1"):
        env = {**os.environ, parallel.HELPERS_VARIABLE: helpers, "PYTHONHASHSEED": "0"}
        proc = subprocess.run(
            [sys.executable, "-m", "treatyviewer", "compare", str(old), str(new), "--format", "json"],
            capture_output=True, text=True, timeout=300, env=env,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        outputs.append(proc.stdout)
    assert '"pairs"' in outputs[0]
    assert outputs[0] == outputs[1]


@needs_fork
def test_two_long_unreadable_files_report_both(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Read side by side or not, each file's problem is reported, one line each."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(b"Article 1.\0" * 12_000)
    new.write_bytes(b"Article 2.\0" * 12_000)
    assert old.stat().st_size + new.stat().st_size >= cli.SIDE_BY_SIDE
    for helpers in ("0", "1"):
        env = {**os.environ, parallel.HELPERS_VARIABLE: helpers}
        proc = subprocess.run(
            [sys.executable, "-m", "treatyviewer", "compare", str(old), str(new), "--format", "json"],
            capture_output=True, text=True, timeout=300, env=env,
        )  # fmt: skip
        assert proc.returncode == 2
        assert proc.stdout == ""
        lines = proc.stderr.splitlines()
        assert len(lines) == 2
        assert "old.txt" in lines[0] and "NUL bytes" in lines[0]
        assert "new.txt" in lines[1] and "NUL bytes" in lines[1]


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the parent's end is told on Linux"
)
def test_a_helper_ends_with_its_parent() -> None:
    """A comparing process killed by Cancel takes its helpers along: their shares
    would otherwise go on using the processors for nobody."""
    code = textwrap.dedent(
        """
        import os, sys, time
        from treatyviewer.core import parallel

        def share():
            print("working", file=sys.stderr, flush=True)
            time.sleep(60)

        work = parallel.Background(share, helpers=1)
        print(work.child[0], flush=True)
        time.sleep(60)
        """
    )
    # The helper speaks on stderr: two processes writing one pipe can interleave.
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stderr is not None
    helper = int(proc.stdout.readline())
    assert proc.stderr.readline().strip() == "working"  # the helper is at work
    assert _alive(helper)
    proc.kill()
    proc.wait(10)
    deadline = time.monotonic() + 5
    while _alive(helper) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not _alive(helper)


def _alive(pid: int) -> bool:
    """Running (a process ended but not yet reaped is a zombie: not alive)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@needs_fork
def test_a_long_pair_compared_apart_with_helpers_is_that_of_one_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The window's comparing process (one thread, so it may fork) reads, diffs and
    scans with helpers: the documents, pairs, references and mentions it sends back
    are those of a run kept to one process, and its progress never goes back."""
    pair = text_of_size(60_000)
    (tmp_path / "old.txt").write_text(pair.old_text, encoding="utf-8")
    (tmp_path / "new.txt").write_text(pair.new_text, encoding="utf-8")
    run_alone(
        f"""
        from unittest import mock
        from fork_counting import counted_forks
        from treatyviewer.core import comparison, parallel
        from treatyviewer.core.align import Overrides
        from treatyviewer.core.textdiff import DiffOptions
        from treatyviewer.ui.state import comparing, scans

        class Report:
            def __init__(self):
                self.seen, self.stages = [], []

            def __call__(self, done, total):
                if total:  # (0, 0) only asks whether to stop
                    self.seen.append(done / total)
                return False

            def stage(self, key):
                self.stages.append(key)

            def texts(self, old, new):
                self.read = (old.text, new.text)

            def aligned(self, old, new, alignment, diffs):
                self.pieces = dict(diffs)

            def diffed(self, diffs):
                assert not diffs.keys() & self.pieces.keys()
                self.pieces.update(diffs)

        folder = {str(tmp_path)!r}
        request = comparing.Request(
            f"{{folder}}/old.txt", f"{{folder}}/new.txt", DiffOptions(), Overrides(), 0.5
        )
        results, helpers_forked = [], []
        # Alone; with a helper diffing beside the aligner; with the pairs shared after it.
        # (Beside the aligner, how many pairs are left for after it depends on timing:
        # sharing them is kept out of that case, so that its forks can be counted.)
        for helpers, beside, least in ((0, 10, 10), (1, 10, 10**9), (1, 10**9, 10)):
            report = Report()
            with mock.patch.object(comparing, "helpers_available", lambda: helpers), \\
                    mock.patch.object(parallel, "MIN_ITEMS", least), \\
                    mock.patch.object(comparison, "SCAN_BESIDE", beside), \\
                    counted_forks() as forked:
                loaded = comparing.run(request, report)
            helpers_forked.append(len(forked))
            assert report.seen == sorted(report.seen) and report.seen[-1] == 1.0, (helpers, report.seen)
            reading = ["read-both"] if helpers else ["read-old", "read-new"]  # side by side
            assert report.stages == [*reading, "align", "diff", "find"], (helpers, report.stages)
            assert len(report.pieces) == len(loaded[2].pairs)  # every diff sent, once
            results.append((loaded[2].to_json(), scans.scanned(loaded[:2])))
        # none; reading, beside the aligner, scanning; reading, diffing, scanning
        assert helpers_forked == [0, 3, 3], helpers_forked
        alone = results[0]
        assert len(alone[0]["pairs"]) > 30 and alone[1][1][0]
        assert results[1] == alone
        assert results[2] == alone
        """
    )


@needs_fork
def test_an_alignment_with_lent_helpers_is_that_of_one_process() -> None:
    """The aligner's work shared with helpers (the old articles looked up, half the
    pairs scored, the merges found, the related articles found beside the links)
    pairs and relates exactly as one process does, and leaves the same articles'
    features at hand for the stages after it (the related articles are found among
    those); also with a text that repeats its sections."""
    run_alone(
        """
        from unittest import mock
        from fork_counting import counted_forks
        from synthetic import family_pair, text_of_size
        from treatyviewer.core import align_attach, align_candidates, align_engine, parallel
        from treatyviewer.core.align_engine import Aligner
        from treatyviewer.core.align_types import Overrides
        from treatyviewer.core.segment import make_document

        def aligned(old_text, new_text):
            aligner = Aligner(make_document(old_text), make_document(new_text), Overrides())
            found = aligner.run()
            at_hand = [
                {b for b in v.bodies if v.stems.at_hand(b)} for v in (aligner.old_vecs, aligner.new_vecs)
            ]
            return found, at_hand

        pair = text_of_size(60_000)
        repeated = pair.old_text + "\\n\\n" + pair.old_text
        moves = family_pair("clauses", 120, 1)  # articles removed, with related ones
        for old_text, new_text, relating in (
            (pair.old_text, pair.new_text, False),
            (repeated, pair.new_text, False),
            (moves.old_text, moves.new_text, True),
        ):
            alone, read_alone = aligned(old_text, new_text)
            with mock.patch.object(align_candidates, "APART_FROM", 10), \\
                    mock.patch.object(align_candidates, "PAIRS_APART", 10), \\
                    mock.patch.object(align_attach, "APART_FROM", 10), \\
                    mock.patch.object(align_engine, "RELATED_APART", 10 if relating else 10**9), \\
                    counted_forks() as forked, parallel.lent(1):
                shared, read_shared = aligned(old_text, new_text)
            assert len(alone.links) > 30
            assert shared == alone
            if relating:  # looking up, scoring, attaching, relating
                assert len(forked) == 4, forked
                assert alone.related_old and alone.related_new
            else:  # the features a helper read are at hand as if read here
                assert len(forked) == 3, forked
                assert read_shared == read_alone
        """
    )


@needs_fork
def test_pairs_written_by_a_helper_give_the_json_text_of_one_process() -> None:
    run_alone(
        """
        from unittest import mock
        from fork_counting import counted_forks
        from synthetic import text_of_size
        from treatyviewer.core.comparison import compare
        from treatyviewer.core.segment import make_document
        from treatyviewer.io import comparison_json_text
        from treatyviewer.io.json_text import json_text

        pair = text_of_size(60_000)
        cmp = compare(make_document(pair.old_text), make_document(pair.new_text))
        with mock.patch.object(comparison_json_text, "PAIRS_APART", 10), \\
                counted_forks() as forked:
            shared = json_text(comparison_json_text.comparison_value(cmp, 1))
        assert forked, "no helper wrote"
        alone = json_text(cmp.to_json())
        assert '"changes": [' in alone and len(cmp.pairs) > 30
        assert shared == alone
        """
    )
