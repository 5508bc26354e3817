"""Paragraph-sign headings that carry on the articles' numbering, or start one of their own.

Some German and Austrian texts switch heading word part-way: "Artikel 1",
"Artikel 2", then "§ 3", "§ 4". The paragraphs continue the count of the
articles, so they are articles of their own, not text of Art. 2. A statute
that numbers its sections inside its articles ("Artikel 1" / "§ 1" / "§ 2",
"Artikel 2" / "§ 3") is left alone: there a section's number does not go on
from the article it stands in, and one such section is enough to say so.

Older Czechoslovak laws open with a few principles ("Článek I" to "Článek VI")
and then number their sections afresh ("§ 1" to "§ 84") to the end: a second
series of units after the articles, not the text of the last article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

MAX_STEP = 3
"""How far a number may jump from the unit before it (repealed units leave gaps)."""
MAX_TITLE_CHARS = 80
"""A heading's title on its line ("§ 3 Inkrafttreten") is short and has no stop."""

_SIGN_RE = re.compile(
    r"§[ \t\u00a0]*(?P<num>\d{1,4})(?P<put_in>[a-z](?![^\W\d_]))?\.?[ \t]*(?P<rest>[^\n]*)"
)
"""A paragraph sign and its number; where its line starts is checked apart (a pattern
that begins with the sign is looked for far faster than one anchored at every line)."""


@dataclass(frozen=True)
class Peer:
    """One "§ N" heading that continues the articles' count."""

    start: int
    body_start: int
    number: int
    heading: str
    label: str = ""
    """As printed, where a letter marks a section put in ("10a"); else the number."""


def _heading_line(text: str, match: re.Match[str]) -> bool:
    """First on its line, alone there or with a short title, and opening a paragraph."""
    rest = match["rest"].strip()
    if len(rest) > MAX_TITLE_CHARS or rest.endswith((".", ";", ",")):
        return False
    # Walk back over the blanks before it (copying the text before it would make
    # the search quadratic in the length of the text).
    pos = match.start()
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos == 0 or text.startswith("\n\n", pos - 2) or text[:pos] == "\n"


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
    one continues the count of the units before it, else none (the first that does
    not ends the search: a statute's sections are left at once)."""
    if "§" not in text or not articles or any(n is None for _, n in articles):
        return []
    starts = [start for start, _ in articles]
    taken = set(starts)
    numbers = [n or 0 for _, n in articles]
    peers: list[Peer] = []
    for m in _SIGN_RE.finditer(text):
        if not _heading_line(text, m) or m.start() in taken:
            continue
        if annexes_from is not None and m.start() > annexes_from:
            return []
        k = bisect_right(starts, m.start())  # articles before the sign
        last = numbers[k - 1] if k else 0
        if peers and (not k or peers[-1].start > starts[k - 1]):
            last = peers[-1].number  # a sign is the unit right before this one
        number = int(m["num"])
        if m["put_in"] and peers and number == peers[-1].number:
            peers.append(_peer(text, m))
            continue
        if not (last < number <= last + MAX_STEP and (k == len(numbers) or number < numbers[k])):
            return []
        peers.append(_peer(text, m))
    return peers


def _peer(text: str, m: re.Match[str]) -> Peer:
    number = int(m["num"])
    return Peer(
        m.start(), _body_start(text, m), number, _heading(m), f"{number}{m['put_in'] or ''}"
    )


SECOND_SERIES_LEAST = 3
"""Sections numbered afresh after the articles that make a series of their own."""
_SENTENCE_RE = re.compile(r"[^\n]{40,}[.;:]\s*$", re.MULTILINE)
"""A line of running text, ending as a sentence does."""


def second_series(
    text: str, articles: list[tuple[int, int, int | None]], annexes_from: int | None = None
) -> list[Peer]:
    """The "§ N" headings that number the units afresh after the last article, given
    the article headings found (start, body start, number) in order: all of them when
    no sign heads a line before that article, the last article has a sentence of its
    own before the first sign, and the signs count from 1 to the end (or the first
    annex), at least ``SECOND_SERIES_LEAST`` of them; else none. Sections that an act
    of one article holds ("Artikel 1" titled with the act's name, then "§ 1") stay
    its text: that article has no sentence of its own before them."""
    if "§" not in text or len(articles) < 2:
        return []
    last_start, last_body, _ = articles[-1]
    peers: list[Peer] = []
    for m in _SIGN_RE.finditer(text):
        if not _heading_line(text, m):
            continue
        if m.start() < last_start:
            return []
        if annexes_from is not None and m.start() > annexes_from:
            break
        number = int(m["num"])
        last = peers[-1].number if peers else 0
        put_in = bool(m["put_in"]) and number == last and bool(peers)
        if not (put_in or last < number <= last + (MAX_STEP if peers else 1)):
            return []
        peers.append(_peer(text, m))
    if len(peers) < SECOND_SERIES_LEAST or not _SENTENCE_RE.search(text, last_body, peers[0].start):
        return []
    return peers


def _heading(match: re.Match[str]) -> str:
    return match.string[match.start() : match.start("rest")].strip()
