"""Where a redline puts a space after struck-out words.

Struck-out words come from the other text, so nothing in the text they stand in
separates them from what follows: ``~~"Agreement"~~“Agreement”`` reads as one
glued word. A space goes in unless what follows is a space or a mark that closes
what stands before it (a stop, a comma, a closing quote or bracket).
"""

from __future__ import annotations

CLOSERS = ".,;:!?)]}”’»"


def closes(first: str) -> bool:
    """Does text beginning with ``first`` go right on after struck-out words?"""
    return first != "" and (first.isspace() or first in CLOSERS)
