"""Word-level diff of two passages.

diff-match-patch works on characters; like its line mode, we map every distinct
word token to one private character, diff those strings, and map the result back
to character spans. Comparing whole words keeps the result readable ("Kars" →
"Kars and Ardahan", not a salad of letters) and keeps long articles fast; short
shared runs between edits are folded into the edit so changes read as phrases.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from diff_match_patch import diff_match_patch

from .numerals import roman_value
from .sequences import longest_increasing_run

Op = Literal["insert", "delete", "replace"]
ChangeClass = Literal[
    "wording", "figure", "name-variant", "spelling", "case", "punctuation", "whitespace",
    "reference",
]  # fmt: skip

_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)
_WORD_TOKEN_RE = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]", re.UNICODE)
# Typographic and typewriter apostrophes compare alike ("parties’" = "parties'");
# one character for one, so token offsets stay those of the original text.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_PUNCT = set(string.punctuation) | set("«»„“”‘’—–…§№")
DIFF_TIMEOUT = 2.0
"""Seconds one article pair may take. A positive value also lets diff-match-patch
split long articles at a shared middle run first, which is much faster."""
ANCHOR_MIN_TOKENS = 40
"""Shorter passages go to diff-match-patch whole; cutting them gains nothing."""
EDIT_COST = 4
"""Shared runs shorter than this many tokens, caught between changes on both
sides, are folded into the change. Semantic cleanup folds far longer runs when
the edits around them are long, and then shows a clause that is word for word
the same in both texts as replaced; this keeps it visible as unchanged."""
# Code points used to stand for tokens: skip controls and surrogates.
_FIRST_CODE = 0x100
_SURROGATES = range(0xD800, 0xE000)


@dataclass(frozen=True, slots=True)
class DiffOptions:
    ignore_case: bool = False
    ignore_punctuation: bool = False
    ignore_whitespace: bool = True
    ignore_numbering: bool = False


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: spans ``[old_start, old_end)`` and ``[new_start, new_end)``.

    An insertion has an empty old span (placed where the text would go), a
    deletion an empty new span.
    """

    op: Op
    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old_text: str
    new_text: str
    change_class: ChangeClass = "wording"
    """What kind of change this is (see ``core.change_classes``); wording until classified."""

    def shifted(self, old_by: int, new_by: int) -> Change:
        return Change(
            self.op,
            self.old_start + old_by,
            self.old_end + old_by,
            self.new_start + new_by,
            self.new_end + new_by,
            self.old_text,
            self.new_text,
            self.change_class,
        )


@dataclass(frozen=True, slots=True)
class DiffResult:
    changes: tuple[Change, ...]
    old_tokens: int
    new_tokens: int
    equal_tokens: int

    @property
    def similarity(self) -> float:
        total = self.old_tokens + self.new_tokens
        return 1.0 if total == 0 else 2 * self.equal_tokens / total

    def words(self) -> tuple[int, int]:
        """Words deleted and inserted."""
        deleted = sum(len(re.findall(r"\w+", c.old_text)) for c in self.changes)
        inserted = sum(len(re.findall(r"\w+", c.new_text)) for c in self.changes)
        return deleted, inserted


def _is_numbering(token: str) -> bool:
    return token.isdigit() or (token.isupper() and roman_value(token) is not None)


def _key(token: str, options: DiffOptions) -> str | None:
    """What a token is compared as; None drops it from the comparison."""
    if token.isspace():
        if options.ignore_whitespace:
            return None
        return "\n\n" if token.count("\n") >= 2 else " "
    if options.ignore_punctuation and all(ch in _PUNCT for ch in token):
        return None
    if options.ignore_numbering and _is_numbering(token):
        return "#"
    return token.casefold() if options.ignore_case else token


def count_tokens(text: str, options: DiffOptions) -> int:
    """How many tokens ``tokenize`` would return, without building them."""
    if options == DiffOptions():
        return len(_WORD_TOKEN_RE.findall(text))
    return len(tokenize(text, options))


def tokenize(text: str, options: DiffOptions) -> list[tuple[str, int, int]]:
    """Tokens as (comparison key, start, end)."""
    if options == DiffOptions():
        return [(m.group(), m.start(), m.end()) for m in _WORD_TOKEN_RE.finditer(text)]
    tokens = []
    for match in _TOKEN_RE.finditer(text):
        key = _key(match.group(), options)
        if key is not None:
            tokens.append((key, match.start(), match.end()))
    return tokens


class _Encoder:
    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.next = _FIRST_CODE

    def encode(self, tokens: list[tuple[str, int, int]]) -> str:
        keys = [key for key, _, _ in tokens]
        codes = self.codes
        for key in set(keys).difference(codes):
            if self.next in _SURROGATES:
                self.next = _SURROGATES.stop
            codes[key] = chr(self.next)
            self.next += 1
        return "".join(map(codes.__getitem__, keys))


def _span(tokens: list[tuple[str, int, int]], i: int, j: int, at: int) -> tuple[int, int]:
    """Character span of tokens[i:j]; an empty run sits at ``at``."""
    if i >= j:
        return at, at
    return tokens[i][1], tokens[j - 1][2]


def _insertion_point(tokens: list[tuple[str, int, int]], i: int, text_len: int) -> int:
    if i < len(tokens):
        return tokens[i][1]
    return tokens[-1][2] if tokens else text_len


def _unique_anchors(a: str, b: str) -> list[tuple[int, int]]:
    """Positions of tokens found exactly once in each text, kept in common order.

    Like patience diff: such tokens almost always correspond, and cutting the
    texts at them leaves diff-match-patch many small problems instead of one
    large one, which is far faster on long articles with scattered edits.
    """
    count_a, count_b = Counter(a), Counter(b)
    pos_b = {ch: j for j, ch in enumerate(b) if count_b[ch] == 1}
    pairs = [(i, pos_b[ch]) for i, ch in enumerate(a) if count_a[ch] == 1 and ch in pos_b]
    return [pairs[k] for k in longest_increasing_run([j for _, j in pairs])]


def _anchored_diff(dmp: diff_match_patch, a: str, b: str) -> list[tuple[int, str]]:
    if len(a) < ANCHOR_MIN_TOKENS or len(b) < ANCHOR_MIN_TOKENS:
        return list(dmp.diff_main(a, b, False))
    diffs: list[tuple[int, str]] = []
    i0 = j0 = 0
    for i, j in [*_unique_anchors(a, b), (len(a), len(b))]:
        gap_a, gap_b = a[i0:i], b[j0:j]
        if gap_a and gap_b:
            diffs.extend(dmp.diff_main(gap_a, gap_b, False))
        elif gap_a:
            diffs.append((-1, gap_a))
        elif gap_b:
            diffs.append((1, gap_b))
        if i < len(a):
            diffs.append((0, a[i]))
        i0, j0 = i + 1, j + 1
    dmp.diff_cleanupMerge(diffs)
    return diffs


def diff_words(old: str, new: str, options: DiffOptions | None = None) -> DiffResult:
    """Differences between two passages at word granularity."""
    options = options or DiffOptions()
    old_tokens = tokenize(old.translate(_APOSTROPHES), options)
    new_tokens = tokenize(new.translate(_APOSTROPHES), options)
    encoder = _Encoder()
    a = encoder.encode(old_tokens)
    b = encoder.encode(new_tokens)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = DIFF_TIMEOUT
    diffs = _anchored_diff(dmp, a, b)
    dmp.Diff_EditCost = EDIT_COST
    dmp.diff_cleanupEfficiency(diffs)

    changes: list[Change] = []
    i = j = equal = 0
    pending_del: tuple[int, int] | None = None
    pending_ins: tuple[int, int] | None = None

    def flush() -> None:
        nonlocal pending_del, pending_ins
        if pending_del is None and pending_ins is None:
            return
        di, dj = pending_del or (i, i)
        ii, ij = pending_ins or (j, j)
        o0, o1 = _span(old_tokens, di, dj, _insertion_point(old_tokens, di, len(old)))
        n0, n1 = _span(new_tokens, ii, ij, _insertion_point(new_tokens, ii, len(new)))
        op: Op = "replace" if dj > di and ij > ii else ("delete" if dj > di else "insert")
        changes.append(Change(op, o0, o1, n0, n1, old[o0:o1], new[n0:n1]))
        pending_del = pending_ins = None

    for tag, chunk in diffs:
        n = len(chunk)
        if tag == 0:
            flush()
            i += n
            j += n
            equal += n
        elif tag == -1:
            start = pending_del[0] if pending_del else i
            i += n
            pending_del = (start, i)
        else:
            start = pending_ins[0] if pending_ins else j
            j += n
            pending_ins = (start, j)
    flush()
    return DiffResult(tuple(changes), len(old_tokens), len(new_tokens), equal)
