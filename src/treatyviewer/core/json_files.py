"""Reading a JSON file the user chose: one message naming the file and what went wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import InputError


def read_json(path: Path, what: str, plural: bool = False) -> Any:
    """The parsed content of ``path``, which should hold ``what`` ("the gazetteer")."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot read {what} ({exc.strerror})") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        verb = "are" if plural else "is"
        raise InputError(f"{path}: {what} {verb} not valid JSON ({exc})") from exc
