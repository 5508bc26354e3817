"""Right-to-left text (Arabic, Hebrew) inside left-to-right sentences, and back."""

from __future__ import annotations

import re

RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
"""Hebrew, Arabic, Syriac, Thaana and their presentation forms."""
LEFT_TO_RIGHT_ISOLATE, FIRST_STRONG_ISOLATE, POP_ISOLATE = "\u2066", "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` kept whole in the sentence around it when it is written right to left:
    an Arabic label ("الثامنة والعشرون") would otherwise draw the comma and the count
    after it into its own direction (a first-strong isolate; other text as it is)."""
    if RIGHT_TO_LEFT.search(text) is None:
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"


def reads_right_to_left(text: str) -> bool:
    """Whether most of the letters of ``text`` are written right to left (an Arabic
    article quoting a word or two in Latin letters still reads from the right)."""
    rtl = len(RIGHT_TO_LEFT.findall(text))
    if not rtl:
        return False
    letters = sum(c.isalpha() for c in text)
    return 2 * rtl > letters
