"""An article's heading broken over two lines, as scans and conversions leave it.

Read from a scan or a PDF, "Article 2" may come out as "Article" on one line and "2"
on the next, a blank line between them where a page broke. Neither line alone reads
as a heading, so the article ran on inside the one before it (and was reported as
merged with it). Joined, they are the heading the page printed.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .headings import ARTICLE_WORD

_NUMBER = (
    r"\d{1,4}[a-zA-Z]?\.?|(?=[lIOОЗSB]*\d)[\dlIOОЗSB]{2,4}\.?|[IVXLCDM][IVXLCDMl]{0,11}\.?"
    r"|(?i:premier|1er)"
)
"""An article's number alone: "2", "2a.", "2B", "CDLXXVIII", "premier", or misread as the
heading's own number may be ("I71", "7O7", "4B0", "CXXVlII": ``segment._MISREAD``)."""
_RUNNING_HEAD = r"\f?[^\n]*\S(?:[ \t]{3,}|\t)\d{1,4}|\f?\d{1,4}(?:[ \t]{3,}|\t)\S[^\n]*"
"""A page's running head or foot that a page break left between the two lines: a
title and its page number set apart by a wide space ("TREATY OF LUCERNE    149")."""
_SPLIT_HEADING_RE = re.compile(
    rf"\n([ \t]*{ARTICLE_WORD}\.?)[ \t]*\n(?:[ \t]*\n)?(?:(?:{_RUNNING_HEAD})[ \t]*\n(?:[ \t]*\n)?)?"
    rf"[ \t]*({_NUMBER})[ \t]*(?=\n|$)"
)
"""A line holding an article's word alone, then one holding its number alone, a blank
line or a page's running head between them (found from the line break before it: a
third faster on a long text than from each line's start)."""


OPENING = 80
"""Characters of a text's start that hold a heading broken on its first lines."""


def rejoined_headings(text: str) -> str:
    """``text`` with every article heading broken over two lines put on one."""
    if _SPLIT_HEADING_RE.search(text) is None and not _SPLIT_HEADING_RE.match(
        "\n" + text[:OPENING]
    ):
        return text  # (most texts: looked through once, not copied)
    joined = _SPLIT_HEADING_RE.sub(r"\n\1 \2", "\n" + text)
    return joined[1:]


_WORD_LINE_RE = re.compile(rf"[ \t]*{ARTICLE_WORD}\.?[ \t]*")
_NUMBER_LINE_RE = re.compile(rf"[ \t]*(?:{_NUMBER})[ \t]*")


def word_alone(line: str) -> bool:
    """Whether ``line`` holds an article's word and nothing else ("Article", "Статья")."""
    return _WORD_LINE_RE.fullmatch(line) is not None


def rejoined_lines(lines: list[str], between: Collection[str], inside: bool = False) -> list[str]:
    """``lines`` of a page's text with an article's word alone on one line and its number
    alone on the next (lines in ``between``, a blank line or a page's seam, may stand
    between them) put on one line, before the lines are joined into paragraphs: there,
    the number opened a numbered point of its own ("6. FINANZIERUNG …") and the word
    was left alone. ``inside``: ``lines`` are one page's, whose last line may be its
    number ("Article" over the foot's "1"), which no heading takes."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if word_alone(line):
            nxt = k + 1
            while nxt < len(lines) and nxt - k <= len(between) and lines[nxt] in between:
                nxt += 1  # (a blank line, a page's seam, or both)
            last = len(lines) - 1 if inside else len(lines)
            if nxt < last and _NUMBER_LINE_RE.fullmatch(lines[nxt]):
                out.append(f"{line.rstrip()} {lines[nxt].strip()}")
                k = nxt + 1
                continue
        out.append(line)
        k += 1
    return out
