"""A regex alternation of many words, written as a tree of shared beginnings.

Python's regex engine tries the branches of "first|fifth|fifteenth|…" one after
another at every place it looks; written as "f(?:i(?:rst|fth|fteenth))" it reads
each letter once. Heading patterns are tried at every line start of texts of
many megabytes, with hundreds of number words, so this matters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""


def _key(ch: str) -> str:
    low = ch.lower()
    return low if len(low) == 1 else ch


def _emit(node: _Node) -> str:
    branches = [
        (r"\s+" if ch == " " else re.escape(ch)) + _emit(child)
        for ch, child in sorted(node.items())
        if ch != _END
    ]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if _END in node else group


def trie_alternation(words: Iterable[str]) -> str:
    """An alternation matching the same words as "|".join(words), longest first;
    letters that differ only in case share a branch (use it under (?i:…)); a space
    in a word matches any run of whitespace."""
    root: _Node = {}
    for word in set(words):
        node = root
        for ch in word:
            node = node.setdefault(_key(ch), {})
        node[_END] = {}
    return _emit(root)
