"""Copying from the inline redline gives one version's wording, not both run together.

The redline shows deleted and inserted words side by side; a reader who copies a line
wants the line as one of the texts has it: "Moscow, 16 March 1921" (the newer text,
what plain Copy gives) or "Moscow, 24 August 1920" (Copy Older Wording).
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from ...core.redline_spacing import closes
from .formats import WORDS_PROP

LINE_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\u00a0": " "})


def _join(out: list[str], piece: str, after_dropped: bool) -> None:
    """Append ``piece``; where words were left out, the spaces around them are one."""
    if after_dropped and out:
        tail = out[-1]
        if piece == "\n":  # words left out at a line's end leave no space behind
            out[-1] = tail.rstrip(" ")
        if (not tail or tail[-1] in " \n") and piece[:1] == " ":
            piece = piece.lstrip(" ")
        elif tail.endswith(" ") and piece[:1] and closes(piece[0]):
            out[-1] = tail.rstrip(" ")
    if piece:
        out.append(piece)


def version_text(cursor: QTextCursor, keep: str) -> str:
    """The selected text with the other version's words left out (``keep``: "old" or
    "new"); text that belongs to neither (headings, unchanged words) is kept."""
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    drop = "new" if keep == "old" else "old"
    out: list[str] = []
    dropped = False
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        if not block.isVisible() and block.length() <= 1:  # around a long text's frames
            block = block.next()
            continue
        if block.position() > start:
            _join(out, "\n", dropped)
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            a = max(frag.position(), start)
            b = min(frag.position() + frag.length(), end)
            if a >= b:
                continue
            if frag.charFormat().property(WORDS_PROP) == drop:
                dropped = True
                continue
            text = frag.text()[a - frag.position() : b - frag.position()]
            _join(out, text.translate(LINE_BREAKS), dropped)
            dropped = False
        block = block.next()
    if dropped and out:
        out[-1] = out[-1].rstrip(" ")
    return "".join(out)
