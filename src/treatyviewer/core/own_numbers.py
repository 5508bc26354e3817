"""An article's text without the article's own number in front of its clauses.

"ARTICLE 34" numbers its clauses "34.1", "34.2"; renumbered as Article 35, the
same clauses read "35.1", "35.2". Those numbers are the article's label written
again, not its matter, and figures weigh much in telling articles apart: left in,
an article renumbered whole looked less like itself than like any article that
cites "Clause 35.3".
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def _own_number_re(number: int) -> re.Pattern[str]:
    return re.compile(rf"(?m)^([ \t]*){number}\.(?=\d)")


def without_own_numbers(body: str, number: int | None) -> str:
    """``body`` with "N." taken off the clause numbers "N.k" that open its lines."""
    if number is None or f"{number}." not in body:
        return body
    return _own_number_re(number).sub(r"\1", body)
