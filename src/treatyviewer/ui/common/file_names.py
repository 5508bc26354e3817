"""The file name the window proposes for what it writes about the open texts.

Save Session and every export name the texts alike ("Moscow-draft-1920-vs-Treaty-of-
Moscow-1921"), so that a session and its reports sort together; the export dialogs had
named them by their files ("draft-1920-vs-moscow-1921.html").
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def titles_stem(titles: Iterable[str], fallback: str) -> str:
    """The texts' short titles joined by "-vs-", each in letters, digits and hyphens."""
    stems = [re.sub(r"[^\w]+", "-", title).strip("-") for title in titles]
    return "-vs-".join(s for s in stems if s) or fallback
