"""Paragraph-sign headings that carry on the articles' numbering.

Some German and Austrian texts switch heading word part-way: "Artikel 1",
"Artikel 2", then "§ 3", "§ 4". The paragraphs continue the count of the
articles, so they are articles of their own, not text of Art. 2. A statute
that numbers its sections inside its articles ("Artikel 1" / "§ 1" / "§ 2",
"Artikel 2" / "§ 3") is left alone: there a section's number does not go on
from the article it stands in, and one such section is enough to say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_STEP = 3
"""How far a number may jump from the unit before it (repealed units leave gaps)."""
MAX_TITLE_CHARS = 80
"""A heading's title on its line ("§ 3 Inkrafttreten") is short and has no stop."""

_SIGN_RE = re.compile(r"^[ \t]*§[ \t\u00a0]*(?P<num>\d{1,4})\.?[ \t]*(?P<rest>[^\n]*)$", re.M)


@dataclass(frozen=True)
class Peer:
    """One "§ N" heading that continues the articles' count."""

    start: int
    body_start: int
    number: int
    heading: str


def _heading_line(text: str, match: re.Match[str]) -> bool:
    """Alone on its line or with a short title, and opening a paragraph."""
    rest = match["rest"].strip()
    if len(rest) > MAX_TITLE_CHARS or rest.endswith((".", ";", ",")):
        return False
    # Walk back over the blanks before it (copying the text before it would make
    # the search quadratic in the length of the text).
    pos = match.start()
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos <= 1 or text.startswith("\n\n", pos - 2)


def _body_start(text: str, match: re.Match[str]) -> int:
    if match["rest"].strip():
        return match.start("rest")
    pos = match.end()
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def section_peers(
    text: str, articles: list[tuple[int, int | None]], annexes_from: int | None = None
) -> list[Peer]:
    """The "§ N" headings to read as articles, given the article headings found
    (start, number) in order and where the annexes begin: all of them when every
    one continues the count of the units before it, else none."""
    if "§" not in text or not articles or any(n is None for _, n in articles):
        return []
    marks = [m for m in _SIGN_RE.finditer(text) if _heading_line(text, m)]
    if not marks or (annexes_from is not None and marks[-1].start() > annexes_from):
        return []
    taken = {start for start, _ in articles}
    marks = [m for m in marks if m.start() not in taken]
    units = sorted(
        [(start, n, False) for start, n in articles if n is not None]
        + [(m.start(), int(m["num"]), True) for m in marks]
    )
    if not _each_continues(units):
        return []
    return [Peer(m.start(), _body_start(text, m), int(m["num"]), _heading(m)) for m in marks]


def _each_continues(units: list[tuple[int, int, bool]]) -> bool:
    """Every sign's number (flagged True) a little above the unit before it and
    below the next article's."""
    next_article: list[int | None] = []
    after: int | None = None
    for _, number, is_sign in reversed(units):
        next_article.append(after)
        if not is_sign:
            after = number
    next_article.reverse()
    last = 0
    for (_, number, is_sign), limit in zip(units, next_article, strict=True):
        if is_sign and not (last < number <= last + MAX_STEP and (limit is None or number < limit)):
            return False
        last = number
    return True


def _heading(match: re.Match[str]) -> str:
    return match.string[match.start() : match.start("rest")].strip()
