"""Storing the reader's session files (projects and autosaves) safely.

Saves go through core.atomic, so a crash or a full disk leaves the previous file
whole. Reading says in one line which file could not be read and why.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .atomic import os_reason
from .errors import ProjectError


def utc_now() -> str:
    """This moment in UTC, to the second, as ISO 8601 ("2026-12-01T16:00:00Z")."""
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


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
