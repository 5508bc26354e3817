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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import accumulate, compress
from operator import sub
from typing import Any, Literal, cast, overload

from .change_kinds import ChangeClass as ChangeClass
from .numerals import roman_value
from .replacing import replaced
from .sequences import longest_increasing_run
from .token_diff import PAIR_BUDGET, encode_keys, token_diff
from .word_chars import APART, PLAIN_SPACED_WORD, WordPattern, words_in

Op = Literal["insert", "delete", "replace"]

_SPACED_TOKEN = WordPattern(lambda _, spaced_word: rf"\s*(?:{spaced_word}|[^\w\s]|[{APART}])")
"""A token other than space, with the space before it: the tokens and their offsets
in one pass of the regex engine (without groups, which make it twice as slow)."""
_ASCII_TOKEN_RE = re.compile(rf"\s*(?:{PLAIN_SPACED_WORD}|[^\w\s])")
"""The same tokens in a text all in ASCII, which has no typographic apostrophe."""
_ANY_TOKEN = WordPattern(lambda _, spaced_word: rf"{spaced_word}|\s+|[^\w\s]|[{APART}]")
"""Every token, space runs included; only diffs that ignore something use it."""


_words = words_in


def word_count(text: str) -> int:
    """Words in ``text`` as ``DiffResult.words`` counts them (no punctuation)."""
    return len(_words(text))


# Typographic and typewriter apostrophes compare alike ("parties’" = "parties'");
# one character for one, so token offsets stay those of the original text.
_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'"}
_PUNCT = set(string.punctuation) | set("«»„“”‘’—–…§№") | set(APART)


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

    def __reduce__(self) -> tuple[type[Change], tuple[Any, ...]]:
        """Pickled as its fields: twice as fast to send from a helper process."""
        return Change, (
            self.op, self.old_start, self.old_end, self.new_start, self.new_end,
            self.old_text, self.new_text, self.change_class,
        )  # fmt: skip

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


CHANGE_FIELDS = ("op", "old_start", "old_end", "new_start", "new_end", "old_text", "new_text",
                 "change_class")  # fmt: skip
"""``Change``'s fields in order, each filled by ``_change_init``."""
_SETTERS = tuple(getattr(Change, name).__set__ for name in CHANGE_FIELDS)
_s_op, _s_old_start, _s_old_end, _s_new_start, _s_new_end, _s_old_text, _s_new_text, _s_class = (
    _SETTERS
)


def _change_init(
    self: Change, op: Op, old_start: int, old_end: int, new_start: int, new_end: int,
    old_text: str, new_text: str, change_class: ChangeClass = "wording",
) -> None:  # fmt: skip
    """``Change``'s own ``__init__``, its slots filled through their descriptors: the
    one a frozen dataclass gets calls ``object.__setattr__`` by name for each field,
    and a comparison makes each of its changes two or three times over (that was a
    tenth of diffing and classing the pairs). The instance stays frozen."""
    _s_op(self, op)
    _s_old_start(self, old_start)
    _s_old_end(self, old_end)
    _s_new_start(self, new_start)
    _s_new_end(self, new_end)
    _s_old_text(self, old_text)
    _s_new_text(self, new_text)
    _s_class(self, change_class)


Change.__init__ = _change_init  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class DiffResult:
    changes: tuple[Change, ...]
    old_tokens: int
    new_tokens: int
    equal_tokens: int
    coarse: bool = False
    """The time budget ran out and some gaps are reported whole (see ``token_diff``)."""

    @property
    def similarity(self) -> float:
        total = self.old_tokens + self.new_tokens
        return 1.0 if total == 0 else 2 * self.equal_tokens / total

    def words(self) -> tuple[int, int]:
        """Words deleted and inserted: counted in the changes' texts read as one, a
        space apart (no word runs across a space), in two calls, not two a change."""
        deleted = len(_words(" ".join([c.old_text for c in self.changes])))
        inserted = len(_words(" ".join([c.new_text for c in self.changes])))
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


class _Starts(Sequence[int]):
    """Start offsets of tokens that are their own keys, each worked out when asked:
    a diff asks only those where its changes begin and end."""

    __slots__ = ("ends", "words")

    def __init__(self, words: list[str], ends: list[int]) -> None:
        self.words, self.ends = words, ends

    def __len__(self) -> int:
        return len(self.ends)

    @overload
    def __getitem__(self, k: int) -> int: ...
    @overload
    def __getitem__(self, k: slice) -> list[int]: ...
    def __getitem__(self, k: int | slice) -> int | list[int]:
        if isinstance(k, slice):
            return list(map(sub, self.ends[k], map(len, self.words[k])))
        return self.ends[k] - len(self.words[k])


_PLAIN = DiffOptions()


def _token_table(text: str, options: DiffOptions) -> tuple[list[str], Sequence[int], list[int]]:
    """Comparison keys of the tokens, with their start and end offsets.

    The token pattern splits the text into words, punctuation marks and runs of
    space with no gaps, so offsets are running sums of lengths; everything here
    runs inside the regex engine and itertools, which matters on long texts.
    """
    if options == _PLAIN:
        found = (_ASCII_TOKEN_RE if text.isascii() else _SPACED_TOKEN.of(text)).findall(text)
        words = list(map(str.lstrip, found))  # the space a token follows is all \s
        ends = list(accumulate(map(len, found)))
        return words, _Starts(words, ends), ends
    parts = _ANY_TOKEN.of(text).findall(text)
    ends = list(accumulate(map(len, parts)))
    starts = [0, *ends[:-1]]
    keys = [_key(part, options) for part in parts]
    keep = [key is not None for key in keys]
    kept = cast(list[str], list(compress(keys, keep)))
    return kept, list(compress(starts, keep)), list(compress(ends, keep))


def tokenize(text: str, options: DiffOptions) -> list[tuple[str, int, int]]:
    """Tokens as (comparison key, start, end)."""
    return list(zip(*_token_table(text, options), strict=True))


SHOUTING = 0.7
"""Share of capitals among the letters above which a passage is set in capitals."""
_MIN_LETTERS = 40


_NON_ALPHA = bytes(c for c in range(128) if not chr(c).isalpha())
_NON_UPPER = bytes(c for c in range(128) if not chr(c).isupper())


def _shouting(text: str) -> bool:
    if text.isascii():  # counted in C: every pair asks this of both its texts
        raw = text.encode("ascii")
        letters, upper = len(raw.translate(None, _NON_ALPHA)), len(raw.translate(None, _NON_UPPER))
    else:
        found = "".join(filter(str.isalpha, text))
        letters, upper = len(found), sum(map(str.isupper, found))
    return letters >= _MIN_LETTERS and upper >= SHOUTING * letters


def _case_runs(old_words: list[str], new_words: list[str]) -> list[tuple[int, int]]:
    """Runs ``[k0, k1)`` of matched tokens that differ only in case; tokens with
    no letters (punctuation, figures) inside a run are carried along with it."""
    runs: list[tuple[int, int]] = []
    start = last = -1
    for k, (a, b) in enumerate(zip(old_words, new_words, strict=True)):
        if a != b:
            if start < 0:
                start = k
            last = k
        elif start >= 0 and any(ch.isalpha() for ch in a):
            runs.append((start, last + 1))
            start = -1
    if start >= 0:
        runs.append((start, last + 1))
    return runs


NAME_LETTERS = 4
"""Least letters of a capitalised word that a replacement may not swallow."""


def _name(word: str) -> bool:
    return len(word) >= NAME_LETTERS and word[:1].isupper() and word.isalpha()


def names_kept(
    diffs: list[tuple[int, str]], old_word: Callable[[int], str], new_word: Callable[[int], str]
) -> list[tuple[int, str]]:
    """``diffs`` with a capitalised word that both sides of a replacement hold once
    taken out of it as unchanged ("that Batum shall be a free port" → "on Batum and
    Sarp"): the cleanup folds a lone shared word into the change around it, and a
    reader would take the name for struck out."""
    out: list[tuple[int, str]] = []
    i = j = 0
    k = 0
    while k < len(diffs):
        if diffs[k][0] == 0:
            out.append(diffs[k])
            i += len(diffs[k][1])
            j += len(diffs[k][1])
            k += 1
            continue
        gone = made = ""
        while k < len(diffs) and diffs[k][0] != 0:
            if diffs[k][0] < 0:
                gone += diffs[k][1]
            else:
                made += diffs[k][1]
            k += 1
        out.extend(_split_at_names(gone, made, i, j, old_word, new_word))
        i += len(gone)
        j += len(made)
    return out


def _split_at_names(
    gone: str, made: str, i: int, j: int,
    old_word: Callable[[int], str], new_word: Callable[[int], str],
) -> list[tuple[int, str]]:  # fmt: skip
    whole = [(t, c) for t, c in ((-1, gone), (1, made)) if c]
    if not gone or not made:
        return whole
    news = [new_word(j + y) for y in range(len(made))]
    if not any(map(_name, news)):
        return whole  # no name to keep (nearly every replacement): nothing to count
    olds = [old_word(i + x) for x in range(len(gone))]
    new_counts, old_counts = Counter(news), Counter(olds)  # (a long replacement: not quadratic)
    once_new = {w: y for y, w in enumerate(news) if new_counts[w] == 1 and _name(w)}
    matches = [(x, once_new[w]) for x, w in enumerate(olds) if w in once_new and old_counts[w] == 1]
    if not matches:
        return whole
    kept = [matches[m] for m in longest_increasing_run([y for _, y in matches])]
    out: list[tuple[int, str]] = []
    x0 = y0 = 0
    for x, y in [*kept, (len(gone), len(made))]:
        out += [(t, c) for t, c in ((-1, gone[x0:x]), (1, made[y0:y])) if c]
        if x < len(gone):
            out.append((0, gone[x]))
        x0, y0 = x + 1, y + 1
    return out


def diff_words(
    old: str,
    new: str,
    options: DiffOptions | None = None,
    *,
    budget: float | None = None,
    compiled: bool = True,
) -> DiffResult:
    """Differences between two passages at word granularity, within ``budget``
    seconds (default ``PAIR_BUDGET``; past it, the rest comes whole and the result
    is marked coarse).

    ``compiled=False`` uses Google's Python diff-match-patch even where the
    compiled one is installed (the results are the same; tests prove it).
    """
    options = options or DiffOptions()
    # A passage in capitals in one text and in ordinary case in the other (licence
    # disclaimers were recast so) is matched word for word ignoring case; the words
    # matched that way come back as changes of case, not as one rewrite.
    recased = not options.ignore_case and _shouting(old) != _shouting(new)
    if recased:
        options = replace(options, ignore_case=True)
    old_keys, old_starts, old_ends = _token_table(replaced(old, _APOSTROPHES), options)
    new_keys, new_starts, new_ends = _token_table(replaced(new, _APOSTROPHES), options)
    a, b = encode_keys(old_keys, new_keys)
    found = token_diff(a, b, PAIR_BUDGET if budget is None else budget, compiled)
    diffs = names_kept(
        found.diffs,
        lambda k: old[old_starts[k] : old_ends[k]],
        lambda k: new[new_starts[k] : new_ends[k]],
    )

    def span(starts: Sequence[int], ends: list[int], i: int, j: int, size: int) -> tuple[int, int]:
        """Character span of tokens [i, j); an empty run sits before token i."""
        if i < j:
            return starts[i], ends[j - 1]
        at = starts[i] if i < len(starts) else (ends[-1] if ends else size)
        return at, at

    changes: list[Change] = []
    i = j = equal = 0
    del_from = ins_from = -1

    def flush() -> None:
        nonlocal del_from, ins_from
        if del_from < 0 and ins_from < 0:
            return
        di = i if del_from < 0 else del_from
        ii = j if ins_from < 0 else ins_from
        o0, o1 = span(old_starts, old_ends, di, i, len(old))
        n0, n1 = span(new_starts, new_ends, ii, j, len(new))
        op: Op = "replace" if i > di and j > ii else ("delete" if i > di else "insert")
        changes.append(Change(op, o0, o1, n0, n1, old[o0:o1], new[n0:n1]))
        del_from = ins_from = -1

    def case_changes(i: int, j: int, n: int) -> None:
        """Changes of case inside a run of ``n`` tokens matched ignoring case."""
        olds = [old[old_starts[k] : old_ends[k]] for k in range(i, i + n)]
        news = [new[new_starts[k] : new_ends[k]] for k in range(j, j + n)]
        for k0, k1 in _case_runs(olds, news):
            o0, o1 = old_starts[i + k0], old_ends[i + k1 - 1]
            n0, n1 = new_starts[j + k0], new_ends[j + k1 - 1]
            changes.append(Change("replace", o0, o1, n0, n1, old[o0:o1], new[n0:n1], "case"))

    for tag, chunk in diffs:
        n = len(chunk)
        if tag == 0:
            flush()
            if recased:
                case_changes(i, j, n)
            i += n
            j += n
            equal += n
        elif tag == -1:
            del_from = i if del_from < 0 else del_from
            i += n
        else:
            ins_from = j if ins_from < 0 else ins_from
            j += n
    flush()
    return DiffResult(tuple(changes), len(old_keys), len(new_keys), equal, found.coarse)
