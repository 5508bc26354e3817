"""An article's heading broken over two lines, as scans and conversions leave it.

Read from a scan or a PDF, "Article 2" may come out as "Article" on one line and "2"
on the next, a blank line between them where a page broke. Neither line alone reads
as a heading, so the article ran on inside the one before it (and was reported as
merged with it). Joined, they are the heading the page printed.
"""

from __future__ import annotations

import re

from .headings import ARTICLE_WORD

_SPLIT_HEADING_RE = re.compile(
    rf"\n([ \t]*{ARTICLE_WORD}\.?)[ \t]*\n(?:[ \t]*\n)?[ \t]*"
    r"(\d{1,4}[a-z]?\.?|[IVXLCDM]{1,8}\.?|(?i:premier|1er))[ \t]*(?=\n|$)"
)
"""A line holding an article's word alone, then one holding its number alone (found
from the line break before it: a third faster on a long text than from each line's
start)."""


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
