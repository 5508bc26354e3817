"""Storing the reader's session files (projects and autosaves) safely.

A save goes to a temporary file in the same folder, is synced, and is renamed over
the old file, whose folder is then synced: a crash or a full disk leaves the previous
file whole. Reading says in one line which file could not be read and why.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import ProjectError


def utc_now() -> str:
    """This moment in UTC, to the second, as ISO 8601 ("2026-12-01T16:00:00Z")."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in words for the reader."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows cannot open folders."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` all at once, or leave it as it was.

    Raises OSError; callers turn it into a message for the user.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(folder)


def read_session_json(path: Path) -> Any:
    """The parsed JSON of a session file; a ProjectError naming it when it cannot be."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProjectError(f"Could not open {path}: {os_reason(exc)}") from exc
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ProjectError(f"{path} is not a project file: it is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ProjectError(
            f"{path} is not a valid project file: broken JSON at line {exc.lineno}, "
            f"column {exc.colno} ({exc.msg})"
        ) from None
