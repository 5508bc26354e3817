"""Boxes drawn in ASCII around a passage, taken off so the passage reads as text.

Plain-text licences and laws set a disclaimer apart by framing it::

    *****************
    *  6. Warranty  *
    *  Text ...     *
    *****************

To the reader the frame is decoration; to a comparison it is a column of
``*`` words in every line, which buries the wording (the same clause boxed in
one version and not in the other compares as entirely rewritten). The reader
keeps the content, dedented, and drops the frame; it says so in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRAME_RE = re.compile(r"^[ \t]*(?P<c>[*=#-])(?P=c){4,}[ \t]*$")
"""A top or bottom edge: five or more of one border character, alone on its line."""
_MIN_INNER_LINES = 1


@dataclass(frozen=True, slots=True)
class Unboxed:
    """The text with its boxes opened, and the 1-based line ranges they held."""

    text: str
    boxes: tuple[tuple[int, int], ...]
    borders: tuple[str, ...] = ()

    def warning(self) -> str:
        """One line for the reader's warnings; empty when no box was found."""
        if not self.boxes:
            return ""
        where = ", ".join(f"{a}-{b}" for a, b in self.boxes)
        drawn = " or ".join(f"'{c}'" for c in self.borders)
        return f"box frames drawn with {drawn} were left out (lines {where})"


def _side_content(line: str, border: str) -> str | None:
    """The line between its two border characters, or None if it is not a box side."""
    body = line.strip()
    sides = (border, "|")
    if len(body) < 2 or body[0] not in sides or body[-1] != body[0]:
        return None
    return body[1:-1]


def _box_end(lines: list[str], top: int, border: str) -> int | None:
    """Index of the bottom edge of a box whose top edge is ``lines[top]``."""
    k = top + 1
    while k < len(lines):
        frame = _FRAME_RE.match(lines[k])
        if frame and frame["c"] == border:
            return k if k - top - 1 >= _MIN_INNER_LINES else None
        if _side_content(lines[k], border) is None:
            return None
        k += 1
    return None


def _opened(inner: list[str], border: str) -> list[str]:
    """The content lines of one box, dedented by their common indent."""
    content = [(_side_content(line, border) or "").rstrip() for line in inner]
    indents = [len(c) - len(c.lstrip(" ")) for c in content if c.strip()]
    cut = min(indents, default=0)
    while content and not content[0].strip():
        content.pop(0)
    while content and not content[-1].strip():
        content.pop()
    return [c[cut:] for c in content]


def open_boxes(text: str) -> Unboxed:
    """``text`` with every ASCII box replaced by its content between blank lines."""
    lines = text.split("\n")
    out: list[str] = []
    boxes: list[tuple[int, int]] = []
    borders: list[str] = []
    k = 0
    while k < len(lines):
        frame = _FRAME_RE.match(lines[k])
        end = _box_end(lines, k, frame["c"]) if frame else None
        if frame is None or end is None:
            out.append(lines[k])
            k += 1
            continue
        border = frame["c"]
        if out and out[-1].strip():
            out.append("")
        out.extend(_opened(lines[k + 1 : end], border))
        if end + 1 < len(lines) and lines[end + 1].strip():
            out.append("")
        boxes.append((k + 1, end + 1))
        borders.append(border)
        k = end + 1
    if not boxes:
        return Unboxed(text, ())
    return Unboxed("\n".join(out), tuple(boxes), tuple(dict.fromkeys(borders)))
