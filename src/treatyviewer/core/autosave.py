"""Autosave and recovery: the session kept in the state folder while the reader works,
offered back after a crash, newest first."""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_write_text, os_reason
from .errors import ProjectError, SaveError
from .project import (
    APP_NAME,
    AUTOSAVE_SCHEMA,
    AUTOSAVE_SUFFIX,
    Project,
    project_from_json,
    project_to_json,
)
from .session_storage import read_session_json, utc_now


def default_state_dir() -> Path:
    """Where autosaves live unless the caller says otherwise."""
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def autosave_path(project_path: str | Path | None, state_dir: str | Path | None = None) -> Path:
    """The autosave file for a project (one per project path; one for untitled)."""
    folder = Path(state_dir) if state_dir is not None else default_state_dir()
    if project_path is None:  # one per window: two untitled sessions wrote over each other
        return folder / f"untitled-{os.getpid()}{AUTOSAVE_SUFFIX}"
    resolved = Path(project_path).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:12]
    return folder / f"{resolved.stem}-{digest}{AUTOSAVE_SUFFIX}"


def write_autosave(
    project: Project, project_path: str | Path | None, state_dir: str | Path | None = None
) -> Path:
    """Atomically store the session so it survives a crash; returns the autosave path."""
    target = autosave_path(project_path, state_dir)
    payload = {
        "schema": AUTOSAVE_SCHEMA,
        "project_path": str(Path(project_path).expanduser().resolve()) if project_path else None,
        "written": utc_now(),
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "project": project_to_json(project),
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(target, json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    except SaveError as exc:
        raise ProjectError(f"Autosave failed: {exc}") from exc
    except OSError as exc:
        raise ProjectError(f"Could not autosave to {target}: {os_reason(exc)}") from exc
    return target


@dataclass(frozen=True)
class Recoverable:
    """An autosave left by a session that did not end cleanly."""

    autosave: Path
    project_path: Path | None
    written: str
    project: Project


def _still_running(data: Mapping[str, object]) -> bool:
    """Whether the autosave is kept by another process of this machine that still runs
    (a second window offered the first one's work as if it had crashed)."""
    pid, host = data.get("pid"), data.get("host")
    if not isinstance(pid, int) or pid <= 0 or pid == os.getpid() or host != socket.gethostname():
        return False
    if os.name == "nt":  # there os.kill ends the process: no asking
        return False
    proc = Path(f"/proc/{pid}")
    if proc.is_dir():  # Linux: what runs under that number, not only that something does
        return _runs_this_program(proc)
    try:
        os.kill(pid, 0)  # asks whether it exists; sends nothing
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists, under another user
    return True


def _runs_this_program(proc: Path) -> bool:
    """Whether the process is alive and is this program. A window killed or crashed
    leaves its number to be taken by any process after it (or by itself as a zombie
    its parent has not reaped yet): its work was then never offered back."""
    try:
        state = (proc / "stat").read_text(encoding="ascii", errors="replace")
        command = (proc / "cmdline").read_bytes()
    except OSError:
        return False
    fields = state.rpartition(")")[2].split()  # the name in brackets may hold spaces
    return bool(fields) and fields[0] not in ("Z", "X") and PROGRAM in command


PROGRAM = b"treatyviewer"
"""What the command line of a process of this program holds (its module or script)."""


def _recoverable(autosave: Path) -> Recoverable | None:
    try:
        data = read_session_json(autosave)
        if not isinstance(data, Mapping) or data.get("schema") != AUTOSAVE_SCHEMA:
            return None
        project = project_from_json(data.get("project"), str(autosave))
    except ProjectError:
        return None
    if _still_running(data):
        return None  # another window's session, at work now: nothing was lost
    raw_path = data.get("project_path")
    project_path = Path(raw_path) if isinstance(raw_path, str) and raw_path else None
    if project_path is not None and project_path.exists():
        try:
            if project_path.stat().st_mtime_ns >= autosave.stat().st_mtime_ns:
                return None  # the project was saved after this autosave
        except OSError:
            return None
    written = data.get("written")
    return Recoverable(autosave, project_path, written if isinstance(written, str) else "", project)


def find_recoverable(state_dir: str | Path | None = None) -> list[Recoverable]:
    """Autosaves newer than their project file (or of untitled sessions), newest first.

    Unreadable autosaves are skipped but never deleted.
    """
    folder = Path(state_dir) if state_dir is not None else default_state_dir()
    if not folder.is_dir():
        return []
    found = [r for p in folder.glob(f"*{AUTOSAVE_SUFFIX}") if (r := _recoverable(p)) is not None]
    return sorted(found, key=lambda r: r.autosave.stat().st_mtime_ns, reverse=True)


def discard_autosave(path: str | Path) -> None:
    """Remove an autosave once it is recovered, saved over or declined."""
    try:
        Path(path).unlink(missing_ok=True)
    except OSError as exc:
        raise ProjectError(f"Could not remove the autosave {path}: {os_reason(exc)}") from exc
