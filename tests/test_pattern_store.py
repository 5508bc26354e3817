"""Compiled patterns kept between runs must change nothing but the start-up time.

Each test runs the real command in a process of its own, with a cache folder of the
test's, as a user's second and later runs would.
"""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path
from re import _compiler

import pytest

from treatyviewer.io import pattern_store

pytestmark = pytest.mark.skipif(
    sys.version_info[:2] not in pattern_store.CHECKED_VERSIONS, reason="no store on this Python"
)

COMPARE = ["compare", "draft-1920", "moscow-1921", "--format", "json"]


def _run(cache: Path, *args: str, store: bool = True) -> str:
    """Standard output of the command; ``store=False`` runs it as a caller's test does
    (``main(argv)``), where no store is installed."""
    code = (
        "import sys; from treatyviewer.app import main; sys.exit(main())"
        if store
        else f"import sys; from treatyviewer.app import main; sys.exit(main({list(args)!r}))"
    )
    env = dict(os.environ, XDG_CACHE_HOME=str(cache))
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _store_file(cache: Path) -> Path:
    files = list((cache / "treatyviewer").glob("patterns-*.bin"))
    assert len(files) == 1, files
    return files[0]


def test_second_run_reads_the_store_and_says_the_same(tmp_path: Path) -> None:
    plain = _run(tmp_path / "none", *COMPARE, store=False)
    assert not (tmp_path / "none").exists(), "a caller's test leaves no store"
    first = _run(tmp_path, *COMPARE)
    path = _store_file(tmp_path)
    written = path.stat().st_mtime_ns
    second = _run(tmp_path, *COMPARE)
    assert first == second == plain
    assert path.stat().st_mtime_ns == written, "nothing new to keep: the file is left alone"


def test_every_stored_pattern_equals_the_one_python_compiles(tmp_path: Path) -> None:
    """CPython compares patterns by their text, flags and opcodes: equal means the engine
    runs the same program."""
    _run(tmp_path, *COMPARE)
    entries = pattern_store._load(_store_file(tmp_path))
    assert len(entries) > 100  # the structure readers' patterns, the big alternations among them
    fresh = _compiler.compile
    assert not isinstance(getattr(fresh, "__self__", None), pattern_store.PatternStore)
    for (text, flags), entry in entries.items():
        assert pattern_store._build(text, entry) == fresh(text, flags), text[:80]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short by a full disk
        lambda data: b"\x00" * 64,
        lambda data: data[:4] + data[4:][::-1],  # checksum no longer matches
    ],
)
def test_a_damaged_store_is_compiled_afresh_and_rewritten(tmp_path: Path, damage) -> None:
    first = _run(tmp_path, *COMPARE)
    path = _store_file(tmp_path)
    path.write_bytes(damage(path.read_bytes()))
    assert _run(tmp_path, *COMPARE) == first
    assert len(pattern_store._load(path)) > 100, "the run wrote a good store again"


def test_opcodes_the_engine_refuses_are_compiled_afresh(tmp_path: Path) -> None:
    """A file with a right checksum but wrong opcodes (written by a Python that builds
    patterns differently) must not give a wrong pattern."""
    first = _run(tmp_path, *COMPARE)
    path = _store_file(tmp_path)
    entries = pattern_store._load(path)
    spoilt = {key: (e[0], b"\xff\xff\xff\xff" * 8, e[2], e[3], e[4]) for key, e in entries.items()}
    payload = marshal.dumps(spoilt)
    path.write_bytes(zlib.crc32(payload).to_bytes(4, "little") + payload)
    assert _run(tmp_path, *COMPARE) == first
    again = pattern_store._load(path)
    key = next(iter(entries))
    assert again[key][1] == entries[key][1], "the refused entries were replaced"
