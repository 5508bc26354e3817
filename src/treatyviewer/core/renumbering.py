"""Numbers that only follow the renumbering of their article: a cross-reference
renumbered with its target, or a sub-clause's own number ("4.1" → "3.1" when
article 4 became article 3). Changing them changes no substance."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence

from .change_tokens import Tok

Span4 = tuple[int, int, int, int]
"""A designator's old start and end, and its counterpart's new start and end."""

# A sub-clause's own number at the start of its line: "4.1", "4.1.2".
_OWN_NUMBER = re.compile(r"[ \t]*(\d{1,3})\.\d{1,3}(?:\.\d{1,3})*(?![\d.]?\d)")


def in_renumbered(spans: Sequence[Span4], old_len: int, a: Tok, b: Tok) -> bool:
    """Both tokens lie in the designator of one renumbered cross-reference
    (``spans`` sorted, designators not overlapping)."""
    k = bisect_right(spans, (a.start, old_len + 1)) - 1
    if k < 0:
        return False
    o0, o1, n0, n1 = spans[k]
    return o0 <= a.start and a.end <= o1 and n0 <= b.start and b.end <= n1


def own_number_follows(
    old_text: str, new_text: str, concordance: Mapping[int, frozenset[int]], a: Tok, b: Tok
) -> bool:
    """Both tokens are part of their unit's own sub-clause number and its
    article part follows the renumbering of the article. A sub-clause numbered
    again inside an article that kept its number ("2.2 Gaming" printed "2.1 Gaming"
    once "2.1 Newsroom" was struck out) follows nothing: that is its numbering."""
    old_own, new_own = _own_article(old_text, a), _own_article(new_text, b)
    if old_own is None or new_own is None:
        return False
    (old_n, old_article_end), (new_n, _) = old_own, new_own
    if old_n == new_n and a.start >= old_article_end:
        return False
    return new_n in concordance.get(old_n, ())


def _own_article(text: str, tok: Tok) -> tuple[int, int] | None:
    """The article part of the line-opening sub-clause number the token is in, and
    where that part ends."""
    line = text.rfind("\n", 0, tok.start) + 1
    m = _OWN_NUMBER.match(text, line)
    if m is None or tok.end > m.end():
        return None
    return int(m.group(1)), m.end(1)
