"""Whether a pair of articles is one article under another number: the badge
"renumbered", and a reason for the aligner to weigh a pair's likeness with care."""

from __future__ import annotations

import re

from .document import Segment, SegmentKind

_DIGITS_RE = re.compile(r"\d+")


def is_renumbered(old: Segment, new: Segment) -> bool:
    units = (SegmentKind.ARTICLE, SegmentKind.ANNEX)
    if old.kind not in units or new.kind not in units:
        return False
    if old.kind is not new.kind:  # "4. Acknowledgements" → "Appendix B. Acknowledgements"
        return True
    if old.number is not None and new.number is not None:
        # "1.2" → "1.3" and "1:1" → "2:1" count by their first number alike; all their
        # numbers tell them apart ("5" → "5 bis" and "IV" → "4" keep their number).
        if old.number != new.number:
            return True
        before, after = _figures(old.label), _figures(new.label)
        if len(before) > 1 and len(after) > 1 and before != after:
            return True
        # "29bis" → "29octies": an inserted article put at another place after 29.
        suffixes = _suffix(old.label), _suffix(new.label)
        return all(suffixes) and suffixes[0] != suffixes[1]
    return _named(old.label) != _named(new.label)


_DATED_TAIL_RE = re.compile(r"\s*[<(\[〈（][^<>()\[\]〈〉（）]*\d[^<>()\[\]〈〉（）]*[>)\]〉）]$")
"""A bracket closing a unit's name that holds the act and date it came with: a Korean
law's supplementary provisions "부칙 <제9호,1980.10.27>", a schedule "(as amended 2020)"."""


def _named(label: str) -> str:
    """A unit's name without the dated reference it closes with, folded: the provisions
    of each amendment are one unit of each version, not one renumbered."""
    return _DATED_TAIL_RE.sub("", label).casefold() or label.casefold()


# "12 bis", "29octies", and within a chapter "1.47a" (put in after Dutch article 1.47).
_SUFFIX_RE = re.compile(r"(?:\d+(?:[.:]\d+)*[\s\-.]*|[IVXLCDM]+[\s\-.]+)([^\W\d_]+)")


def _suffix(label: str) -> str:
    """The letters after an inserted article's number ("bis" of "12 bis"), or ""."""
    found = _SUFFIX_RE.fullmatch(label.split("#", 1)[0].strip())
    return found[1].casefold() if found else ""


def _figures(label: str) -> list[str]:
    """The numbers in a label, without the mark of a repeated one ("1#2")."""
    return _DIGITS_RE.findall(label.split("#", 1)[0])
