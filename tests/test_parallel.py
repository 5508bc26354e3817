"""Long comparisons shared with helper processes give exactly the one-process result;
an alignment leaves nothing of its working memory behind."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import textwrap
import threading

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
        import os
        from unittest import mock
        from synthetic import text_of_size
        from treatyviewer.core import comparison, parallel
        from treatyviewer.core.comparison import compare
        from treatyviewer.core.segment import make_document

        pair = text_of_size(60_000)
        alone = compare(make_document(pair.old_text), make_document(pair.new_text))
        forked = []
        real_fork = os.fork

        def counting_fork():
            pid = real_fork()
            if pid:
                forked.append(pid)
            return pid

        # A long comparison in miniature: pairs diffed and references scanned by helpers.
        with mock.patch.object(parallel, "MIN_ITEMS", 10), \\
                mock.patch.object(comparison, "SCAN_BESIDE", {beside}), \\
                mock.patch.object(os, "fork", counting_fork):
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
def test_two_long_unreadable_files_report_the_old_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Read side by side or not, the old file's problem is the one reported, in one line."""
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
        assert proc.stderr.count("\n") == 1
        assert "old.txt" in proc.stderr and "NUL bytes" in proc.stderr
