"""Right-to-left text (Arabic, Hebrew) inside left-to-right sentences, and back."""

from __future__ import annotations

import re

RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
"""Hebrew, Arabic, Syriac, Thaana and their presentation forms."""


def isolated(text: str) -> str:
    """``text`` kept whole in the sentence around it when it is written right to left:
    an Arabic label ("الثامنة والعشرون") would otherwise draw the comma and the count
    after it into its own direction (a first-strong isolate; other text as it is)."""
    return f"\u2068{text}\u2069" if RIGHT_TO_LEFT.search(text) else text
