"""The articles an unpaired article's matter went to (or came from), written as links.

"its matter went to I, II, III, XV": each number leads to that article of the other
text. The same line is written by the side-by-side panes and the inline redline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCharFormat, QTextCursor

from ...core.document import Document, Segment
from ...core.fate import FATE_LANGUAGE, fate_line, fate_named, related_articles
from ..common.i18n import current_language
from ..common.names import related_text, segment_name

RELATED_PREFIX = "#article-"
"""Anchor of a related-article link: "#article-<text 0 or 1>-<segment index>"."""


def tr(text: str) -> str:
    return QCoreApplication.translate("render", text)


def tr_marks(text: str) -> str:
    return QCoreApplication.translate("structure_marks", text)


def article_target(anchor: str) -> tuple[int, int] | None:
    """(text, segment index) a related-article link leads to, or None for any other anchor."""
    if not anchor.startswith(RELATED_PREFIX):
        return None
    side, _, index = anchor[len(RELATED_PREFIX) :].partition("-")
    if side not in ("0", "1") or not index.isdigit():
        return None
    return int(side), int(index)


def _link(base: QTextCharFormat, other_side: int, index: int, name: str) -> QTextCharFormat:
    fmt = QTextCharFormat(base)
    fmt.setAnchor(True)
    fmt.setAnchorHref(f"{RELATED_PREFIX}{other_side}-{index}")
    fmt.setFontUnderline(True)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    fmt.setToolTip(tr_marks("Goes to {0} (click)").format(name))
    return fmt


def _index(other: Document, label: str) -> int | None:
    try:
        return other.index_of(label)
    except KeyError:
        return None


def write_linked(
    cursor: QTextCursor,
    template: str,
    names: list[tuple[str, int | None]],
    other_side: int,
    other: Document,
    fmt: QTextCharFormat,
) -> None:
    """``template`` with "{0}" replaced by the names, each a link to its article
    (index in ``other``; None: plain text)."""
    before, _, after = template.partition("{0}")
    cursor.insertText(before, fmt)
    for n, (name, index) in enumerate(names):
        if n:
            cursor.insertText(", ", fmt)
        if index is None:
            cursor.insertText(name, fmt)
        else:
            where = segment_name(other.segments[index])
            cursor.insertText(name, _link(fmt, other_side, index, where))
    cursor.insertText(after, fmt)


def write_related(
    cursor: QTextCursor,
    kind: str,
    doc: Document,
    seg: Segment,
    other: Document,
    shared: tuple[int, ...],
    fmt: QTextCharFormat,
) -> bool:
    """The related articles of an unpaired ``seg`` (``kind``: "removed" or "added"):
    those its notes name, else those sharing its wording (``shared``: indices in
    ``other``). Returns False when there are none (nothing is written)."""
    other_side = 1 if kind == "removed" else 0
    labels = related_articles(doc, seg, other)
    if labels:
        template = related_text(kind, ("{0}",))
        names = [(label, _index(other, label)) for label in labels]
    elif shared:
        template = (  # which text's article: "Art. 12" beside old Art. 12 read as itself
            tr("no counterpart; shares wording with {0} of the newer text")
            if kind == "removed"
            else tr("no counterpart; shares wording with {0} of the older text")
        )
        names = [(segment_name(other.segments[j]), j) for j in shared]
    else:
        return False
    write_linked(cursor, template, names, other_side, other, fmt)
    return True


def related_fate(
    doc: Document, seg: Segment, other: Document, paired: set[str], listed: set[str]
) -> tuple[str, str]:
    """ "What became of it: …" under an older article's heading, when its notes say
    more than its pair (``paired``) shows, and the line's tooltip. ``listed``: the
    articles the heading already names as where its matter went.

    The notes' sentence is data, in ``FATE_LANGUAGE``: the line quotes it where the
    interface speaks that language. In another it names, in the reader's words, the
    articles the sentence adds to those the heading shows, with the sentence as its
    tooltip: "Что с ней стало: Successor: 1921 Articles VI and VII." had read half in
    English, and said again what the heading said."""
    if not set(related_articles(doc, seg, other)) - paired:
        return "", ""
    sentence = fate_line(doc, seg, other)
    if not sentence or current_language() == FATE_LANGUAGE:
        return (tr("What became of it: {0}").format(sentence) if sentence else ""), ""
    further = [label for label in fate_named(doc, seg, other) if label not in paired | listed]
    if not further:
        return "", ""
    line = tr("What became of it: its matter also went to {0}").format(", ".join(further))
    return line, tr("The editors' note: {0}").format(sentence)
