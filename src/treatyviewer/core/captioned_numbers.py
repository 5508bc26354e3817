"""Articles whose number closes their caption: "**I. Devletin şekli (MADDE 1)**".

Copies of the Turkish constitution set from its official print head each article
with its caption and put the number after it, in brackets, on a line of its own;
the text follows in the next paragraph. Read as prose, the whole constitution
was its preamble.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .headings import ARTICLE_WORD

LEAST_RUN = 3
"""Captions so numbered from which they head a text's articles: one or two may be
citations that a line break left alone."""
NOTICE_MOST = 40
"""The longest note after such a caption on its line ("`Mülga`", repealed)."""

_CAPTIONED_RE = re.compile(
    r"^[ \t]*(?P<open>\*\*|__)?(?P<caption>[^\n()*_]{0,200}?[^\s,;:])?[ \t]*"
    rf"\((?:{ARTICLE_WORD})\.?[ \t\u00a0]*"
    r"(?P<des>\d{1,4}(?:/[A-ZÇĞİÖŞÜ](?![^\W\d_])|[a-z](?![^\W\d_]))?)\)"
    r"[ \t]*(?(open)(?:\*\*|__))[ \t]*(?P<rest>[^\n]*)$",
    re.M,
)


_NUMBER_CITED_RE = re.compile(rf"\((?:{ARTICLE_WORD})\.?[ \t\u00a0]*\d")
"""An article's number in brackets after its word, wherever it stands."""


@dataclass(frozen=True)
class CaptionedArticle:
    start: int
    body_start: int
    label: str
    number: int
    heading: str


def captioned_articles(text: str) -> list[CaptionedArticle]:
    """The articles headed by a caption that ends in their number, each caption a
    paragraph of its own (a blank line or the text's start above it), when a text
    has at least ``LEAST_RUN`` of them."""
    if len(_NUMBER_CITED_RE.findall(text)) < LEAST_RUN:
        return []  # (most texts: the line by line search below is a tenth of a second at 20 MB)
    found = []
    for match in _CAPTIONED_RE.finditer(text):
        start = match.start()
        rest = match["rest"].strip()
        if len(rest) > NOTICE_MOST or (start > 0 and text[max(0, start - 2) : start] != "\n\n"):
            continue
        if rest:
            body_start = match.start("rest") + len(match["rest"]) - len(match["rest"].lstrip())
        else:
            body_start = match.end()
            while body_start < len(text) and text[body_start] in " \t\n":
                body_start += 1
        heading = match[0][: match.start("rest") - start].strip().strip("*_").strip()
        des = match["des"]
        number = int(re.match(r"\d+", des)[0])  # type: ignore[index]
        found.append(CaptionedArticle(start, body_start, des, number, heading))
    return found if len(found) >= LEAST_RUN else []
