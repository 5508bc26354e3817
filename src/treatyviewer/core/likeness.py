"""How much of its wording an article shares with each article of another text: the
measure shown to a reader who picks a counterpart by hand (Link with…), where the
names of the articles alone say nothing of which one took up the matter."""

from __future__ import annotations

from array import array

from .align_inplace import overlap, words_once
from .document import Document

MOST_ARTICLES = 20_000
"""Articles of the other text beyond which no shares are worked out (a second's work)."""


class WordSets:
    """The distinct words of every article of one text, each word as a number, found
    once and kept: reading the words of a 20 MB text's 6,700 articles afresh for each
    Link with… took a third of a second or more, while the shares from words already
    found take a tenth of that. Found a few articles at a time (``find``), so that a
    window can do it between other events."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._numbers: dict[str, int] = {}
        self._articles: list[array[int]] = []
        self._sets: list[frozenset[int]] | None = None
        """Each article's words as a set, made on the first search (``holding``)."""

    @property
    def done(self) -> bool:
        return len(self._articles) == len(self.doc.segments)

    def find(self, articles: int) -> bool:
        """Find the words of up to ``articles`` more articles; True once all are found."""
        text, numbers = self.doc.text, self._numbers
        for seg in self.doc.segments[len(self._articles) : len(self._articles) + articles]:
            words = words_once(text[seg.body_start : seg.end])
            self._articles.append(array("i", [numbers.setdefault(w, len(numbers)) for w in words]))
        return self.done

    def holding(self, typed: str) -> set[int] | None:
        """The articles that hold every word of ``typed`` ("Batum", "kars ardahan"),
        any case; None when nothing is typed or not all articles' words are found."""
        wanted = words_once(typed)
        if not wanted or not self.done:
            return None
        numbers = [self._numbers.get(w) for w in wanted]
        if any(n is None for n in numbers):
            return set()
        if self._sets is None:
            self._sets = [frozenset(article) for article in self._articles]
        return {k for k, found in enumerate(self._sets) if found.issuperset(numbers)}

    def shares(self, words: frozenset[str]) -> list[float]:
        """For each article, the share of the distinct words it and ``words`` have in
        common (as ``overlap``); all articles' words must be found."""
        mine = frozenset(self._numbers[w] for w in words if w in self._numbers)
        size = len(words)
        out = []
        for article in self._articles:
            shared = len(mine.intersection(article))
            union = size + len(article) - shared
            out.append(shared / union if union else 0.0)
        return out


def words_of_article(doc: Document, index: int) -> frozenset[str]:
    seg = doc.segments[index]
    return words_once(doc.text[seg.body_start : seg.end])


def shared_words(
    doc: Document, index: int, other: Document, found: WordSets | None = None
) -> list[float] | None:
    """For each article of ``other``, the share of the distinct words it and article
    ``index`` of ``doc`` have in common (0 to 1); None for a text too long to measure.
    ``found``: the words of ``other``'s articles, all found already."""
    if len(other.segments) > MOST_ARTICLES:
        return None
    mine = words_of_article(doc, index)
    if found is not None and found.doc is other and found.done:
        return found.shares(mine)
    return [overlap(mine, words_once(other.text[s.body_start : s.end])) for s in other.segments]
