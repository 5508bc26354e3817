"""Whether a leftover article is the rest of its neighbour's counterpart, read in order.

Splits and merges are judged first by sets of stems and shingles. That fails
where a part is made of the text's commonest formulas (a one-sentence part of a
formula-built article, a protocol article that repeats its neighbour's template):
the other part of the pair already holds every one of those features, so the
leftover seems to bring nothing. Read as running text, it does: the words of
the counterpart that the pair's own articles leave unexplained are, in order,
the leftover's words. An unrelated article next door matches such a remainder
only in scattered single words, never in runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from .align_features import words_of as _split

RUN = 3
"""Least run of words in order that counts as shared text."""
ORDERED_SHARE = 0.6
"""Least share of the leftover's words found in runs in the unexplained remainder..."""
CONFIRM_SHARE = 0.05
"""Least share so found that confirms a part whose standing by shared features is marginal."""
ORDERED_WORDS = 5
"""...and least number of such words."""


def words_of(body: str) -> list[str]:
    """The words of ``body`` in lower case."""
    return _split(body.casefold())


def ordered_share(
    whole: Sequence[str], held: Sequence[Sequence[str]], part: Sequence[str]
) -> float:
    """Share of ``part``'s words that continue ``whole`` where the articles ``held``
    leave it unexplained (runs of at least ``RUN`` words in order), or 0.0 when
    fewer than ``ORDERED_WORDS`` words are so found."""
    if len(part) < ORDERED_WORDS:
        return 0.0
    explained = [False] * len(whole)
    for text in held:
        matcher = SequenceMatcher(None, whole, text, autojunk=False)
        for a, _, size in matcher.get_matching_blocks():
            if size >= RUN:
                explained[a : a + size] = [True] * size
    # Explained words become gaps that no run can cross (no word is empty).
    rest = ["" if done else w for w, done in zip(whole, explained, strict=True)]
    matcher = SequenceMatcher(None, rest, list(part), autojunk=False)
    found = sum(size for _, _, size in matcher.get_matching_blocks() if size >= RUN)
    return found / len(part) if found >= ORDERED_WORDS else 0.0
