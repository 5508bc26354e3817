"""Two texts that are not versions of one text: a warning that the comparison says so.

Any two texts can be compared, and the aligner pairs a preamble with a preamble even
when one is a software licence and the other a treaty; every other article then reads
added or removed, and nothing said the texts had been compared for nothing. A pair of
texts is told unrelated when the comparison finds under ``SHARED_LEAST`` of their words
in common and no pair it is sure of keeps ``PAIR_LEAST`` of its wording.

Measured on the version pairs of the test suite (licences, terms of service, statutes,
treaties, the bundled pair) and on 19 pairs of texts of two of them put together: the
unrelated ones kept -0.01 to 0.05 of their words, their best pair at most 0.09 alike
(one of 0.33 at a confidence of 0.01); of the versions, all kept 0.19 or more but two,
Creative Commons 3.0 and 4.0 (0.03: rewritten whole), whose best pairs keep half of
their wording at a confidence of 0.99.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .article_pair import ArticlePair
from .document import Document

SHARED_LEAST = 0.05
"""Share of the two texts' words in common below which they may be unrelated..."""
PAIR_LEAST = 0.2
"""...unless a pair keeps at least this share of its wording..."""
SURE_LEAST = 0.5
"""...and is more likely right than not."""
UNRELATED = "the two texts share almost no wording: they may not be versions of one text"
"""The warning, as the command line prints it (the window says it in its language)."""


def shared_words(old: Document, new: Document, changed: int) -> float:
    """The share of the two texts' words that the comparison keeps, ``changed`` of them
    being deleted, inserted, or in an article added or removed."""
    total = sum(len(doc.body(seg).split()) for doc in (old, new) for seg in doc.segments)
    if total == 0:
        return 1.0
    return max(0.0, 1.0 - changed / total)


def unrelated(
    old: Document, new: Document, pairs: Sequence[ArticlePair], changed: Callable[[], int]
) -> bool:
    """Whether the two texts share almost nothing: no pair that stands on its wording,
    and too few words in common (``changed()`` counted only then: the words of a 20 MB
    pair are seconds to count). Texts without words are told of otherwise."""
    if any(p.similarity >= PAIR_LEAST and p.confidence >= SURE_LEAST for p in pairs):
        return False
    if not old.text.strip() or not new.text.strip():
        return False
    return shared_words(old, new, changed()) < SHARED_LEAST


def comparison_warnings(
    old: Document, new: Document, pairs: Sequence[ArticlePair], changed: Callable[[], int]
) -> tuple[str, ...]:
    """What a comparison itself warns of (each text's own warnings are its own)."""
    return (UNRELATED,) if unrelated(old, new, pairs, changed) else ()
