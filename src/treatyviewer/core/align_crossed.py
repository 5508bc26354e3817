"""An article that became an annex, an unnumbered section or the closing part, or the
other way round.

The stages pair articles with articles and annexes with annexes: an annex of
formulas and an article of the same formulas read alike without being one. But a
memo's "4. Acknowledgements" that a later version moves to "Appendix B" keeps its
words, a protocol taken into the body of a treaty keeps its own, and a licence's
closing notice of its copyright that a later version numbers as its last section
keeps its own: a removed one of two kinds and an added one of another that say the
same thing, word for word or nearly, are the one text moved.
"""

from __future__ import annotations

from collections.abc import Sequence

from .align_inplace import PlainWords

SAME_WORDS = 0.85
"""Least share of their distinct words two such texts have in common (of the larger
set): a list of names set in other columns keeps all of its words."""
MIN_WORDS = 8
"""Fewer distinct words than this tell nothing (a title, "[Reserved]")."""
CONFIDENCE = 0.9
"""Confidence of such a pair: the words are the same, only the kind changed."""
MOST_TRIED = 200
"""Removed and added articles of each kind looked at, at most (a text rewritten
whole would otherwise compare every one of its articles with every other)."""


def crossed_pairs(
    old_groups: Sequence[str],
    new_groups: Sequence[str],
    words: PlainWords,
    removed: Sequence[int],
    added: Sequence[int],
) -> list[tuple[int, int]]:
    """(old, new) for a removed article and an added annex (or the other way round)
    that share nearly all their words, each the other's best."""
    kinds = {"text", "annex", "heading", "closing"}
    olds = [i for i in removed if old_groups[i] in kinds][:MOST_TRIED]
    news = [j for j in added if new_groups[j] in kinds][:MOST_TRIED]
    if not olds or not news:
        return []
    old_words = {i: words.old(i) for i in olds}
    new_words = {j: words.new(j) for j in news}
    best_old: dict[int, tuple[float, int]] = {}
    best_new: dict[int, tuple[float, int]] = {}
    for i in olds:
        a = old_words[i]
        if len(a) < MIN_WORDS:
            continue
        for j in news:
            b = new_words[j]
            if old_groups[i] == new_groups[j] or len(b) < MIN_WORDS:
                continue
            share = len(a & b) / max(len(a), len(b))
            if share < SAME_WORDS:
                continue
            if share > best_old.get(i, (0.0, -1))[0]:
                best_old[i] = (share, j)
            if share > best_new.get(j, (0.0, -1))[0]:
                best_new[j] = (share, i)
    return sorted((i, j) for i, (_, j) in best_old.items() if best_new[j][1] == i)
