"""What counts as one word when texts are split into words.

Scripts written without spaces between words (Chinese, Japanese) give no word
boundaries to find, so each of their characters stands as a word of its own: a
changed year inside a long Chinese clause is then two characters changed, not the
whole clause, and two versions of a clause share their characters and character
pairs. Every other script keeps its runs of word characters as words.
"""

from __future__ import annotations

import re

UNSPACED = "\u3005\u3007\u3041-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
"""Characters of scripts written without spaces: kana, CJK ideographs (with 々 and 〇)."""

WORD = rf"[^\W{UNSPACED}]+|[{UNSPACED}]"
"""One word: a run of word characters outside those scripts, or one character inside."""

SPACED_WORD = rf"[^\W{UNSPACED}]+(?:['’][^\W{UNSPACED}]+)*|[{UNSPACED}]"
"""One word, with an apostrophe inside a word kept in it (don't, l’article)."""

WORD_RE = re.compile(WORD)
UNSPACED_RE = re.compile(f"[{UNSPACED}]")
