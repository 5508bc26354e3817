"""Korean words without their particles, for telling which articles share matter.

Korean writes a noun and the particle that marks its role as one word: "지위와"
and "지위를" (position, with "and" and as object) are the same noun to a reader,
and two words apart to a matcher of whole words. Snowball has no Korean stemmer, so
an article that kept a clause but changed a particle shared nothing with its old
self there. The common particles and verb endings of legal prose are taken off the
end of a word of three syllables or more, leaving two at least; shorter words stand
as written (a two-syllable word ending in "이" or "의" is more often a noun).
"""

from __future__ import annotations

from .word_chars import HANGUL_FIRST, HANGUL_LAST

ENDINGS = tuple(
    sorted(
        {
            # particles
            "은",
            "는",
            "이",
            "가",
            "을",
            "를",
            "의",
            "에",
            "에서",
            "에게",
            "께",
            "와",
            "과",
            "로",
            "으로",
            "도",
            "만",
            "까지",
            "부터",
            "보다",
            "이나",
            "나",
            "이며",
            "며",
            "에는",
            "에도",
            "으로서",
            "로서",
            "으로써",
            "로써",
            "에의",
            "과의",
            "와의",
            # endings of the verbs laws are written with
            "한다",
            "된다",
            "하며",
            "하고",
            "하여",
            "하는",
            "하여야",
            "하여서는",
            "할",
            "한",
            "되며",
            "되는",
            "되어",
            "된",
            "될",
            "이다",
            "있다",
            "없다",
            "아니한다",
        },
        key=len,
        reverse=True,
    )
)
"""Longest first, so that "으로" goes before "로"."""


def is_hangul(word: str) -> bool:
    return HANGUL_FIRST <= word[:1] <= HANGUL_LAST


def korean_stem(word: str) -> str:
    """``word`` without one particle or ending, keeping two syllables at least."""
    if len(word) < 3:
        return word
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            return word[: -len(ending)]
    return word
