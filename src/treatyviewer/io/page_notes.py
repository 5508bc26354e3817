"""Footnotes at the foot of a PDF's pages, set after the paragraph that cites them.

A text layer gives a footnote where it is printed: below the page's last lines, so
that it runs into whatever article the page ends in ("…a través de sus organismos
directivos… 1Código Civil: http://…" inside Art. 3, when Art. 1 cites it), and its
mark glued to the word it follows ("del Código Civil1."). A note is a line near the
foot that opens with a number ("1Código Civil: …", "2 Ley 19.628…") which the page
also sets right after a word, as a mark. It leaves the foot; its mark becomes a
superscript, and the note follows the paragraph that holds the mark, as an edition
that prints its notes in the text would set it. Nothing else moves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NOTE_LINES_MOST = 12
"""Lines at a page's foot among which its notes may stand."""
_NOTE_RE = re.compile(r"(\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}) ?(?=[^\W\d_⁰¹²³⁴⁵⁶⁷⁸⁹])(.*)")
"""A note's first line: its number (or its superscript: "⁵ See the Protocol …"), then
at once or after one space its words (a list's "2. …" or "3) …" is no note)."""
_RULE_RE = re.compile(r"[ \t]*[_\-–—]{5,}[ \t]*")
"""The rule a page sets above its notes: it goes with them."""
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PLACE = 0xF0000
"""Marks stand in the text as characters of a private plane until the paragraphs are
made (one per note: its number in that plane), and are then put back."""


@dataclass(frozen=True)
class PageNote:
    number: str
    text: str


_POWER = "".join(
    rf"(?<!\d{gap}{unit})"
    for gap in ("", " ", "\u00a0")
    for unit in ("m", "km", "cm", "mm", "dm", "ft")
)
"""Not after a measure's unit ("1 200 m²", "30 km2"): a square, not a note."""


def _mark_re(number: str) -> re.Pattern[str]:
    """A note's mark: its number right after a word ("Civil1."), not inside a figure."""
    return re.compile(rf"(?<=[^\W\d_]){_POWER}{number}(?=[\s.,;:)\]»”’\"]|$)")


def _notes_start(lines: list[str]) -> int | None:
    """Where a page's notes begin: the first line of its last ``NOTE_LINES_MOST`` that
    opens a note whose mark the page sets above it; None when it has none."""
    for k in range(max(1, len(lines) - NOTE_LINES_MOST), len(lines)):
        found = _NOTE_RE.fullmatch(lines[k].strip())
        if found and any(_mark_re(found[1]).search(line) for line in lines[:k]):
            return k
    return None


def notes_apart(pages: list[list[str]]) -> tuple[list[list[str]], list[PageNote]]:
    """The pages without their notes, each mark standing as ``chr(_PLACE + n)`` for
    the n-th note found, and the notes."""
    out: list[list[str]] = []
    notes: list[PageNote] = []
    for lines in pages:
        start = _notes_start(lines)
        if start is None:
            out.append(lines)
            continue
        body, foot = list(lines[:start]), lines[start:]
        lowest = next((k for k in range(len(body) - 1, -1, -1) if body[k].strip()), None)
        if lowest is not None and _RULE_RE.fullmatch(body[lowest]):
            del body[lowest:]  # (with the space above it: no paragraph ends there)
            while body and not body[-1].strip():
                body.pop()
        for line in foot:
            found = _NOTE_RE.fullmatch(line.strip())
            mark = _mark_re(found[1]) if found else None
            at = next((k for k, b in enumerate(body) if mark and mark.search(b)), None)
            if found is None or mark is None or at is None:
                if notes and line.strip():  # a note's line after its first
                    last = notes[-1]
                    notes[-1] = PageNote(last.number, f"{last.text} {line.strip()}")
                continue
            body[at] = mark.sub(chr(_PLACE + len(notes)), body[at], count=1)
            notes.append(PageNote(found[1], found[2].strip()))
        out.append(body)
    return out, notes


def notes_in_place(text: str, notes: list[PageNote]) -> str:
    """Each mark as a superscript number, and its note in a paragraph of its own after
    the paragraph that holds the mark."""
    if not notes:
        return text
    after: dict[int, list[str]] = {}
    for n, note in enumerate(notes):
        at = text.find(chr(_PLACE + n))
        if at < 0:
            continue
        end = text.find("\n\n", at)
        after.setdefault(len(text) if end < 0 else end, []).append(
            f"{note.number.translate(_SUPERSCRIPT)} {note.text}"
        )
    pieces, last = [], 0
    for end in sorted(after):
        pieces += [text[last:end], *(f"\n\n{note}" for note in after[end])]
        last = end
    pieces.append(text[last:])
    joined = "".join(pieces)
    return re.sub(
        "[\U000f0000-\U000fffff]",
        lambda m: notes[ord(m[0]) - _PLACE].number.translate(_SUPERSCRIPT),
        joined,
    )
