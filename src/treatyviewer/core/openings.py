"""What an article is about, in a line: its title, else its first words. Lists that
name articles (Go to Article, Link with…) show it beside each name, since a name
alone ("Art. IV") says nothing of which article took up the matter."""

from __future__ import annotations

from .document import Document, Segment
from .structure_summary import unit_title

OPENING_CHARS = 60
"""Letters of an article's title or first words shown beside its name."""
READ_CHARS = 8 * OPENING_CHARS
"""Letters of an article's body read for its first words: more would only be cut, and
a long text's articles can each run to pages."""


def opening(text: str, seg: Segment) -> str:
    """The title ``seg`` prints, else its first words, on one line with single
    spaces, cut at a word to fit ``OPENING_CHARS`` ("…" where cut); "" for an empty
    part."""
    end = min(seg.end, seg.body_start + READ_CHARS)
    words = " ".join((unit_title(text, seg) or text[seg.body_start : end]).split())
    if len(words) <= OPENING_CHARS:
        return words
    return words[: OPENING_CHARS - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


class Openings:
    """The openings of every article of one text, found a few articles at a time
    (``find``), so that a window can find a long text's between other events, and
    kept: a list of 23,000 articles filtered by their words needs them all at hand."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.found: list[str] = []

    @property
    def done(self) -> bool:
        return len(self.found) == len(self.doc.segments)

    def find(self, articles: int) -> bool:
        """Find the openings of up to ``articles`` more articles; True once all are."""
        start = len(self.found)
        text = self.doc.text
        self.found += [opening(text, s) for s in self.doc.segments[start : start + articles]]
        return self.done
