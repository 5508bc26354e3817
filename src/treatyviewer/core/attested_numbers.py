"""Whether a move or a renumbering rests on a number the editors reconstructed.

A reconstructed text (the bundled 1920 draft) may attest an article's content but
not its number: its metadata then says ``"numbering": "reconstructed"`` for that
article. A pair said to be moved or renumbered with such an article on either side
is a conjecture of the edition, not a fact to cite, and the views say so. Texts
whose metadata says nothing of numbering (a reader's own files) are never affected.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from .article_pair import ArticlePair
from .document import Document

RECONSTRUCTED = "reconstructed"
"""The value of an article's ``numbering`` in a text's metadata that marks its number
as the editors' reconstruction (``attested`` marks one known from the sources)."""


def numbering_reconstructed(doc: Document, label: str) -> bool:
    """Whether ``doc``'s metadata says the article ``label``'s number is reconstructed."""
    articles = doc.metadata.get("articles") if isinstance(doc.metadata, dict) else None
    entry = articles.get(label) if isinstance(articles, dict) else None
    return isinstance(entry, dict) and entry.get("numbering") == RECONSTRUCTED


def _any_reconstructed(doc: Document, indices: Iterable[int]) -> bool:
    return any(numbering_reconstructed(doc, doc.segments[i].label) for i in indices)


def conjectured_sides(
    old: Document, new: Document, pair: ArticlePair
) -> tuple[Literal["old", "new"], ...]:
    """The sides ("old", "new") whose reconstructed numbering makes ``pair``'s move or
    renumbering a conjecture; none for a pair neither moved nor renumbered."""
    if not (pair.moved or pair.renumbered):
        return ()
    sides: list[Literal["old", "new"]] = []
    if _any_reconstructed(old, pair.old):
        sides.append("old")
    if _any_reconstructed(new, pair.new):
        sides.append("new")
    return tuple(sides)


def move_conjectured(old: Document, new: Document, pair: ArticlePair) -> bool:
    """Whether ``pair`` is said to be moved or renumbered while the number (so the
    place) of its older or newer article is only reconstructed: the move is then the
    edition's conjecture (draft Art. 5 → 1921 Art. V), not attested (draft Art. 3 →
    1921 Art. IX, whose draft number the sources give)."""
    return bool(conjectured_sides(old, new, pair))
