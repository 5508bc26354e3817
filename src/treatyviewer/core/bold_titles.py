"""Titles that Markdown sets in bold with their number: "**2. Booking a Berth**." or,
run in, "**2.1 Searching**. You can search…". The bold's closing mark is no part of
the title, and what follows it is the unit's text."""

from __future__ import annotations

import re

_BOLD_CLOSED_RE = re.compile(r"(?P<title>[^*_\n]{1,80}?)(?:\*\*|__)(?:[.:]|$)")
_BOLD_HEADED_RE = re.compile(
    r"(?:\*\*|__)[ \t]*\d{1,3}(?:\.\d{1,3})*\.?[ \t]+[^*_\n]{1,80}(?:\*\*|__)"
)


def opens_in_bold(text: str, at: int) -> bool:
    """Whether the paragraph at ``at`` opens with a unit's number and title in bold
    ("**2.1 Booking**. You can…"): as much a marked heading as a line of Markdown
    heading marks is."""
    return _BOLD_HEADED_RE.match(text, at) is not None


def bold_title(heading_line: str, title: str) -> str | None:
    """The title of a unit whose heading line opens in bold, up to the bold's close;
    None when the line does not open in bold or the bold does not close."""
    if not heading_line.lstrip().startswith(("**", "__")):
        return None
    found = _BOLD_CLOSED_RE.match(title)
    return found["title"].rstrip(" .:") if found is not None else None
