"""How the program tells a problem on the terminal."""

from __future__ import annotations

import sys


def tell_problem(text: str) -> None:
    """``text`` on stderr, each of its lines (one for each file that has a problem)
    headed by the program's name."""
    for line in text.splitlines() or [""]:
        print(f"treatyviewer: {line}", file=sys.stderr)
