"""Compiled regular expressions kept between runs.

Reading a text's structure takes some 160 patterns, a few of them alternations of
article words in forty languages. Python compiles every one afresh in each process:
about a quarter of a second, half the time of a short comparison and a good share of
the window's start-up. This store keeps what the compiler produced (the opcode list
the regular-expression engine runs) in the user's cache folder and hands it back to
the engine on the next start, skipping the parse and the compile.

It is used only where the running CPython is one whose compiler it has been checked
against (a pattern built from the store must equal the freshly compiled one, which
CPython compares opcode by opcode); elsewhere, or when anything about the file is
wrong, patterns are compiled as usual. Nothing is executed from the file: it holds
integers, strings and the group names, in ``marshal``'s data format, behind a
checksum.
"""

from __future__ import annotations

import array
import contextlib
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

try:  # CPython's own engine; another Python has no store
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

CHECKED_VERSIONS = ((3, 11), (3, 12), (3, 13))
"""Versions whose ``re._compiler.compile`` builds a pattern the way ``_compile`` below does."""
MOST_KEPT = 1500
"""Entries kept in the file: past this, a save keeps only what the run used."""

_WORD = array.array("I")
"""The engine's opcodes are 32-bit words."""
Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def store_file() -> Path:
    import platformdirs

    folder = Path(platformdirs.user_cache_dir("treatyviewer", appauthor=False))
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return folder / f"patterns-{tag}.bin"


class PatternStore:
    """Stands in for the compiler's ``compile`` while installed; ``save`` writes what was new."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries = _load(path)
        self.new: dict[tuple[str, int], Entry] = {}
        self.used: set[tuple[str, int]] = set()
        self._compile_fresh = _compiler.compile

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, str):
            return self._compile_fresh(pattern, flags)
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            with contextlib.suppress(RuntimeError, TypeError, ValueError, OverflowError):
                compiled = _build(pattern, entry)
                self.used.add(key)
                return compiled
            del self.entries[key]  # the engine refused it: compile afresh below
        entry = _compile(pattern, int(flags))
        self.new[key] = entry
        return _build(pattern, entry)

    def save(self) -> None:
        """Write the file if this run compiled anything it lacked; atomic, and quiet on failure."""
        if not self.new:
            return
        # Another process (the window's comparing child, a second window) may have
        # saved since this one loaded: what it added stays.
        kept = {**_load(self.path), **self.entries}
        if len(kept) + len(self.new) > MOST_KEPT:
            kept = {key: kept[key] for key in self.used if key in kept}
        kept = {**kept, **self.new}
        payload = marshal.dumps(kept)
        data = zlib.crc32(payload).to_bytes(4, "little") + payload
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, suffix=".part")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self.path)
            except OSError:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
        self.entries, self.new = kept, {}


def install(path: Path | None = None) -> PatternStore | None:
    """Put a store in front of the compiler, or return None where it cannot be trusted."""
    if _sre is None or sys.version_info[:2] not in CHECKED_VERSIONS or _WORD.itemsize != 4:
        return None
    store = PatternStore(path or store_file())
    probe = r"(?P<word>(?i:art(?:icle|\.)))[ \t]+(\d{1,3})\b"
    try:
        agrees = _build(probe, _compile(probe, 0)) == store._compile_fresh(probe, 0)
    except Exception:
        agrees = False
    if not agrees:
        return None
    _compiler.compile = store.compile
    return store


def save_installed() -> None:
    """Save the store in front of the compiler, if one is (a forked child saves what it compiled)."""
    store = getattr(_compiler.compile, "__self__", None) if _sre is not None else None
    if isinstance(store, PatternStore):
        store.save()


def _compile(pattern: str, flags: int) -> Entry:
    """What ``re._compiler.compile`` gives the engine, in a form ``marshal`` keeps."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    words = array.array("I", [int(op) for op in code]).tobytes()
    return (int(flags | parsed.state.flags), words, parsed.state.groups - 1, names, tuple(by_index))


def _build(pattern: str, entry: Entry) -> Any:
    flags, words, groups, names, by_index = entry
    return _sre.compile(pattern, flags, array.array("I", words).tolist(), groups, names, by_index)


def _load(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    payload = data[4:]
    if len(data) < 4 or zlib.crc32(payload) != int.from_bytes(data[:4], "little"):
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {key: entry for key, entry in entries.items() if _well_formed(key, entry)}


def _well_formed(key: object, entry: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 2
        and isinstance(key[0], str)
        and isinstance(key[1], int)
        and isinstance(entry, tuple)
        and len(entry) == 5
        and isinstance(entry[0], int)
        and isinstance(entry[1], bytes)
        and len(entry[1]) % 4 == 0
        and isinstance(entry[2], int)
        and isinstance(entry[3], dict)
        and isinstance(entry[4], tuple)
    )
