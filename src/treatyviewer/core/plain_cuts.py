"""Cuts that need no article heading: paragraph by paragraph, and the closing part.

A text with no headings is compared paragraph by paragraph; a treaty's signature
block ("Done at Moscow…") is a part of its own, not text of the last article.
"""

from __future__ import annotations

import re

from .document import Segment, SegmentKind
from .figures import MONTH_WORDS
from .headings import CLOSING_WORD
from .provisions import PROVISION_WORDS

# A UN resolution ends with the meeting that adopted it ("72nd plenary meeting"); a
# licence, with the notice of its own copyright ("This license is Copyright (C) 2004…").
# Japanese and Chinese put the place and date first: "1921年3月16日モスクワにて作成。",
# "本条约于一九二一年三月十六日在莫斯科签订。"
_CLOSING_RE = re.compile(
    rf"^[ \t]*(?:{CLOSING_WORD}(?![^\W\d_])|\d{{1,4}}(?:st|nd|rd|th)[ \t]+plenary[ \t]+meeting\b"
    # A Spanish law's enacting formula: "POR TANTO, / MANDO A TODOS LOS ESPAÑOLES …"
    r"|(?i:por[ \t]+tanto),?[ \t]*\n(?:[ \t]*\n)*[ \t]*(?i:mando)\b"
    r"|[^\n]{0,40}(?:にて|で)作成(?:した|する)?。[ \t]*$|本[条條]约于[^\n]{0,40}签[订署]。[ \t]*$"
    # A licence's notice of its own copyright, after its last section.
    r"|(?i:this[ \t]+licen[cs]e[ \t]+is[ \t]+copyright)\b"
    # "The End" alone on the last line (the Artistic Licence's trailer).
    r"|(?i:the[ \t]+end)[ \t]*\.?[ \t]*(?=\s*\Z))",
    re.MULTILINE,
)


# A law ends with where and when it was given: "Brasília, 12 de março de 2021.",
# "Berlin, den 4. Mai 2021", "Paris, le 3 mars 2020", "Moscow, 16 March 1921".
_PLACE_DATE_RE = re.compile(
    r"^[ \t]*[^\W\d_][^\n,]{0,40},[ \t]+(?:(?:en|le|am|den|on|the|il|el|em)[ \t]+)?"
    r"\d{1,2}(?:[.º°]|er|st|nd|rd|th)?[ \t]+(?:(?:de|of|di)[ \t]+)?"
    rf"(?i:{'|'.join(sorted(MONTH_WORDS, key=lambda w: (-len(w), w)))})"
    r",?[ \t]+(?:(?:de|of|del)[ \t]+)?\d{4}\.?[ \t]*$",
    re.MULTILINE,
)
CLOSING_LINES = 8
"""Most lines (signatures, titles) that may follow the place and date of a closing."""


def _place_and_date(text: str, start: int, end: int) -> re.Match[str] | None:
    """The line naming where and when the text was given, with at most a few short
    lines (who signed) after it, in ``text[start:end]``."""
    found = next(reversed(list(_PLACE_DATE_RE.finditer(text, start, end))), None)
    if found is None:
        return None
    after = [ln for ln in text[found.end() : end].split("\n") if ln.strip()]
    if len(after) > CLOSING_LINES or any(len(ln) > 80 for ln in after):
        return None
    return found


PARAGRAPH_RE = re.compile(r"\S(?:.|\n(?![ \t]*\n))*")
"""A paragraph: lines up to a blank one."""
_FILL_IN_RE = re.compile(r"\.{4,}|_{4,}|…{2,}")
"""A line left to be filled in by hand: "Ort, Datum ....", "Por el Cliente: ____"."""
SIGNATURE_LINES = 2
"""Lines to be filled in, at least, at the end of a text's last article that make a
signature block of their own ("For the Supplier ...." / "For the Customer ....")."""


def _signature_lines(text: str, start: int, end: int) -> int | None:
    """Where the lines to be signed at the end of ``text[start:end]`` begin: paragraphs
    of one or two short lines, each with a place left to fill in, at least
    ``SIGNATURE_LINES`` of them, nothing after them. A contract signed under no formula
    ("Ort, Datum ...." / "Für den Auftragnehmer ....") had them read as text of its last
    clause, so that a change of the date or a signatory showed as that clause's."""
    pieces = list(PARAGRAPH_RE.finditer(text[start:end]))
    found: int | None = None
    count = 0
    for piece in reversed(pieces):
        lines = piece[0].split("\n")
        if len(lines) > 2 or any(len(ln) > 80 or not _FILL_IN_RE.search(ln) for ln in lines):
            break
        found, count = start + piece.start(), count + len(lines)
    return found if count >= SIGNATURE_LINES and found != start else None


def line_end(text: str, at: int) -> int:
    """Where the line at ``at`` ends (the text's end for its last line)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def trim_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over the whitespace that ends the text before it."""
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


_ITEM_START_RE = re.compile(r"[ \t]*(?:\(\w{1,4}\)|\w{1,3}\)|\d{1,3}\.\s|[-–•·*]\s)")
"""A paragraph that opens as an item of a list: "(1)", "(a)", "a)", "2. ", "– "."""
_RUNS_ON_RE = re.compile(r"(?:[,;:]|\b(?:and|or|und|oder|et|ou|y|o|и|или|ve|veya))\Z")
"""The end of a paragraph whose sentence goes on in the next one."""


def _goes_on(above: str, below: str) -> bool:
    """Whether the paragraph ``below`` goes on with the sentence of ``above``: a list
    under its lead-in ("…a license" / "(1) to use…, and" / "(2) under patent
    claims…"), or a sentence carried over a blank line in small letters. A title
    line ("Version 1.1") over a paragraph stays apart: it runs on into nothing."""
    end = above.rstrip()
    if not end or end[-1] in ".!?)»”\"'":
        return False
    item = _ITEM_START_RE.match(below) is not None
    if _RUNS_ON_RE.search(end):
        return item or below[:1].islower()
    return item and len(end.split()) > 6 and end[-1:].isalpha() and end[-1:].islower()


def paragraph_segments(text: str) -> list[Segment]:
    """One unit to each paragraph, but for paragraphs that go on with the sentence of
    the one above (``_goes_on``): a licence's grant "to any person … a license" over
    its items "(1) to use…" and "(2) under patent claims…" had made three units, the
    items paired, or not, apart from the grant they finish."""
    spans: list[tuple[int, int]] = []
    pieces = list(PARAGRAPH_RE.finditer(text))
    if len(pieces) <= 1:
        pieces = list(re.finditer(r"\S[^\n]*", text))
    for m in pieces:
        end = trim_end(text, m.start(), m.end())
        if end <= m.start():
            continue
        if spans and len(pieces) > 1 and _goes_on(text[spans[-1][0] : spans[-1][1]], m[0]):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((m.start(), end))
    return [
        Segment(
            label=f"¶{i}",
            kind=SegmentKind.PARAGRAPH,
            start=start,
            end=end,
            body_start=start,
            number=i,
        )
        for i, (start, end) in enumerate(spans, start=1)
    ]


def _is_provision(seg: Segment) -> bool:
    head = seg.heading.casefold()
    return seg.kind is SegmentKind.ANNEX and head.startswith(PROVISION_WORDS)


def split_closing(text: str, segments: list[Segment]) -> list[Segment]:
    """Separate the signature block from the last article before the annexes (or
    from a Spanish law's last provision, "Disposición final", which ends it)."""
    last_article = None
    for i, seg in enumerate(segments):
        if seg.kind is SegmentKind.ARTICLE:
            last_article = i
    if segments and _is_provision(segments[-1]):
        last_article = len(segments) - 1
    if last_article is None:
        return segments
    seg = segments[last_article]
    match = _CLOSING_RE.search(text, seg.body_start, seg.end) or _place_and_date(
        text, seg.body_start, seg.end
    )
    cut = match.start() if match is not None else _signature_lines(text, seg.body_start, seg.end)
    if cut is None:
        return segments
    if text[max(seg.body_start, cut - 1) : cut] not in ("\n", "") and cut != seg.body_start:
        return segments
    if cut <= seg.body_start:
        return segments
    article = Segment(
        seg.label,
        seg.kind,
        seg.start,
        trim_end(text, seg.start, cut),
        seg.body_start,
        seg.heading,
        seg.number,
    )
    closing = Segment("closing", SegmentKind.CLOSING, cut, seg.end, cut)
    return [*segments[:last_article], article, closing, *segments[last_article + 1 :]]
