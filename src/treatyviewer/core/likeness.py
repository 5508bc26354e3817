"""How much of its wording an article shares with each article of another text: the
measure shown to a reader who picks a counterpart by hand (Link with…), where the
names of the articles alone say nothing of which one took up the matter."""

from __future__ import annotations

from .align_inplace import overlap, words_once
from .document import Document

MOST_ARTICLES = 20_000
"""Articles of the other text beyond which no shares are worked out (a second's work)."""


def shared_words(doc: Document, index: int, other: Document) -> list[float] | None:
    """For each article of ``other``, the share of the distinct words it and article
    ``index`` of ``doc`` have in common (0 to 1); None for a text too long to measure."""
    if len(other.segments) > MOST_ARTICLES:
        return None
    seg = doc.segments[index]
    mine = words_once(doc.text[seg.body_start : seg.end])
    return [overlap(mine, words_once(other.text[s.body_start : s.end])) for s in other.segments]
