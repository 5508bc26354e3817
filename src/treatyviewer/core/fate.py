"""What became of an article: where the matter of an article only one text has went.

The aligner pairs articles whose wording survives; an article whose matter was
redistributed (draft Art. 4 of 1920 became the frontier of Article I and
Articles II, III and XV of 1921) is left unpaired. Editors' notes say where it
went; this module reads the articles they name, so the window, the concordance
and the reports can show "its matter went to I, II, III, XV" beside the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .document import Document, Segment

_NUMBER = r"(?:[IVXLC]+|\d+)"
_ARTICLES = re.compile(
    rf"\bArt(?:icles?|s?\.)\s+({_NUMBER}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){_NUMBER})*)\b"
)
_SENTENCE = re.compile(r"[^.!?]*(?:[.!?]+|$)")
_FATE = re.compile(
    r"\b(successors?|succeeded|replaced|became|descendant|went|taken up|redistributed)\b",
    re.IGNORECASE,
)
"""Words that say a sentence tells where an article went, not only what it echoes."""
FATE_LANGUAGE = "en"
"""The language a fate sentence is found in (its words above, and "Articles II, III and
XV"): shown as it is where the reader's language is this one; in another, the window
and the reports say in the reader's words which articles it names."""


def _fate_sentences(text: str) -> list[str]:
    return [" ".join(s.split()) for s in _SENTENCE.findall(text) if _FATE.search(s)]


def named_articles(text: str, other: Document) -> tuple[str, ...]:
    """Labels of ``other``'s articles that ``text`` names ("Articles II, III and XV")."""
    labels = {seg.label for seg in other.segments}
    found: dict[str, None] = {}
    for match in _ARTICLES.finditer(text):
        for label in re.findall(_NUMBER, match.group(1)):
            if label in labels:
                found[label] = None
    return tuple(found)


def _notes_on(doc: Document, seg: Segment, notes: Iterable[str]) -> list[str]:
    articles = doc.metadata.get("articles")
    entry = articles.get(seg.label) if isinstance(articles, dict) else None
    own = entry.get("note") if isinstance(entry, dict) else None
    return ([own] if isinstance(own, str) and own else []) + [n for n in notes if n]


def related_articles(
    doc: Document, seg: Segment, other: Document, notes: Iterable[str] = ()
) -> tuple[str, ...]:
    """The other text's articles that took up (or gave) this article's matter, as the
    text's own metadata note and the editors' notes on the article name them, and the
    other text's articles whose metadata notes name this one as where their matter went
    (or came from): draft Art. 4 names Articles II, III and XV of 1921, so each of
    those came from draft Art. 4, though 1921's own notes do not say so."""
    found: dict[str, None] = {}
    for text in _notes_on(doc, seg, notes):
        for sentence in _fate_sentences(text):
            found.update(dict.fromkeys(named_articles(sentence, other)))
    articles = other.metadata.get("articles")
    for label, entry in articles.items() if isinstance(articles, dict) else ():
        note = entry.get("note") if isinstance(entry, dict) else None
        if isinstance(note, str) and any(
            seg.label in named_articles(s, doc) for s in _fate_sentences(note)
        ):
            found[label] = None
    return tuple(found)


def fate_line(doc: Document, seg: Segment, other: Document, notes: Iterable[str] = ()) -> str:
    """The first sentence of the notes on an article that names where it went
    ("Replaced in 1921 by the frontier of Article I and by Articles II, III and XV.")."""
    for text in _notes_on(doc, seg, notes):
        for sentence in _fate_sentences(text):
            if named_articles(sentence, other):
                return sentence
    return ""


def fate_named(
    doc: Document, seg: Segment, other: Document, notes: Iterable[str] = ()
) -> tuple[str, ...]:
    """Labels of ``other``'s articles that the fate sentence (``fate_line``) names."""
    sentence = fate_line(doc, seg, other, notes)
    return named_articles(sentence, other) if sentence else ()
