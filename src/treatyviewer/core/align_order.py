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
    runs = [(b, size) for _, b, size in matcher.get_matching_blocks() if size >= RUN]
    found = sum(size for _, size in runs)
    if found >= ORDERED_WORDS:
        return found / len(part)
    if not found or not any(explained):
        return 0.0
    # A part that repeats the lead-in its sibling already holds ("Requests X to
    # provide assistance to Member States in (a) ...; (b) ..." cut into one
    # paragraph per item, each with the lead-in) is judged on the words it has of
    # its own: at least a run of them, every one continuing the counterpart's
    # remainder in order.
    said = [w if done else "" for w, done in zip(whole, explained, strict=True)]
    matcher = SequenceMatcher(None, said, list(part), autojunk=False)
    repeated = [(b, size) for _, b, size in matcher.get_matching_blocks() if size >= RUN]
    own = [True] * len(part)
    for b, size in (*repeated, *runs):
        own[b : b + size] = [False] * size
    mine = len(part) - sum(size for _, size in repeated)
    return 1.0 if mine >= RUN and not any(own) else 0.0


def parts_in_order(
    bodies: tuple[Sequence[str], Sequence[str]],
    olds: Sequence[int],
    news: Sequence[int],
    core: tuple[int, int],
) -> float:
    """The least share of the words of a split or merged part of a pair (grown from
    ``core``) that read, in order, as what the pair's other articles leave of the
    counterpart: true parts read so nearly whole, an article that only borrows the
    counterpart's formulas in scattered pieces."""
    (old_bodies, new_bodies), (i, j) = bodies, core
    split = least_in_order(
        words_of(old_bodies[i]), [words_of(new_bodies[k]) for k in news], list(news).index(j)
    )
    merged = least_in_order(
        words_of(new_bodies[j]), [words_of(old_bodies[k]) for k in olds], list(olds).index(i)
    )
    return min(split, merged)


def least_in_order(whole: Sequence[str], parts: Sequence[Sequence[str]], core: int) -> float:
    """The least ``ordered_share`` of the parts of a split or merge other than its
    ``core``, each read against what the other parts leave of ``whole`` (1.0 when
    there is no other part)."""
    return min(
        (
            ordered_share(whole, [p for m, p in enumerate(parts) if m != k], part)
            for k, part in enumerate(parts)
            if k != core
        ),
        default=1.0,
    )
