"""What a reader types in the concordance filter: an article by its label, or words.

"4" is asked to find Article 4, not every row that counts 4 changes or 14 of
anything, so a typed label matches whole labels of the article columns; other
text is looked for in the columns that hold words (never in the figures).

A label is typed as the text prints it or as the window shows it: "5 §" and "§ 5",
"5 a" and "5a". Query and labels are read alike (``joined``): a letter set apart
after a number joins it, and "§" may follow the number. ("5 §", as a Swedish law
heads its sections and the pane shows them, had found nothing, and "5a" not "5 a".)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...core.headings import ARTICLE_WORDS, UNIT_WORDS

_ROMAN = re.compile(r"m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_NUMBERED = re.compile(r"\d[\w.\-/]*")
"""A label with a figure in it: "4", "12a", "2.1", "5/a"."""


def _named_prefix(words: Iterable[str]) -> re.Pattern[str]:
    """An article word before the label ("Art. 4", "Статья 4", "§ 5"), with or
    without its full stop."""
    forms = sorted({w.casefold().rstrip(".") for w in words if w.strip(".")}, key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(map(re.escape, forms)) + r")\.?\s*")


_PREFIX = _named_prefix((*ARTICLE_WORDS, *UNIT_WORDS))
_SECTION_AFTER = re.compile(r"\s*§§?$")
"""The section sign after the number ("5 §")."""
_SPACED_LETTER = re.compile(r"(?<=\d)\s+(?=[^\W\d_](?!\w))")
"""The space between a number and a letter of its own ("5 a", "12 b")."""


def joined(text: str) -> str:
    """``text`` with each number's own letter joined to it: "5 a" reads "5a"."""
    return _SPACED_LETTER.sub("", text)


def label_wanted(text: str, shown_word: str = "") -> str | None:
    """The label ``text`` names ("4" for "Art. 4"), or None when it names none.
    ``shown_word`` is the window's own short word for an article ("Ст.", "Md.")."""
    wanted = _SECTION_AFTER.sub("", text.strip().casefold())
    own = [_named_prefix([shown_word])] if shown_word.strip(". ") else []
    for prefix in (*own, _PREFIX):
        found = prefix.match(wanted)
        # The word counts only with a space or full stop before a label: "art4" and
        # "article" alone stay words.
        if found and found.end() < len(wanted) and found.group()[-1] in ". \t":
            wanted = wanted[found.end() :]
            break
    wanted = joined(wanted)
    if _NUMBERED.fullmatch(wanted) or (wanted and _ROMAN.fullmatch(wanted)):
        return wanted
    return None


def names_label(label: str, shown: str) -> bool:
    """Whether a column's text ``shown`` ("2 + 3", "(none) · related: I, II") names
    ``label`` as a whole label: "4" is in "4" and "Annex 4", not in "14" or "1.4";
    "5a" is in "5 a"."""
    pattern = r"(?<![\w.])" + re.escape(label) + r"(?!\w|\.\w)"
    return re.search(pattern, joined(shown.casefold())) is not None
