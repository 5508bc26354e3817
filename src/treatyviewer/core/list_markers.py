"""The markers of lettered and numbered items, taken out of an article's running text.

"(a)", "(b)", "ii)" and the "1.", "2." that open the paragraphs of an article recur
in that order in every other article of a treaty: read as the figures an article
cites, they make two articles of numbered paragraphs that share only the treaty's
own words ("the Parties", "each Party") look as if they cited the same figures. A
number followed by a full stop counts as a paragraph's only when the article's
such numbers count 1, 2, 3… ("in Article 5." closes a sentence and cites an article).

(Taken out of the running text that ``align_unpaired`` reads in order, they cost as
much as they saved on texts made apart from the test suite: the stock openings of
unrelated articles stood out more against chance, and true pairs lost runs.)
"""

from __future__ import annotations

import re

_LETTERED_RE = re.compile(
    r"(?<!\S)(?:\((?:[a-z]{1,2}|[ivxl]{1,5})\)|(?:[a-z]|[ivxl]{1,5})\))(?=\s|$)"
)
_NUMBERED_RE = re.compile(r"(?<!\S)\(?(\d{1,3})[.)](?=\s|$)")


def paragraph_numbers(text: str) -> list[str]:
    """The numbers that open the paragraphs of ``text``, if its numbers followed by a
    full stop or a bracket count 1, 2, 3… (two at least); else none."""
    numbers = _NUMBERED_RE.findall(text)
    if len(numbers) < 2 or numbers != [str(k) for k in range(1, len(numbers) + 1)]:
        return []
    return numbers


def without_markers(text: str) -> str:
    """``text`` with its lettered items' markers and its paragraph numbers taken out."""
    text = _LETTERED_RE.sub(" ", text)
    if paragraph_numbers(text):
        text = _NUMBERED_RE.sub(" ", text)
    return text
