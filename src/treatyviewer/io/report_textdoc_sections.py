"""Title page, summary with concordance, and entity index of the PDF report."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextBlockFormat, QTextCharFormat

from ..core.comparison import counts_within
from ..core.document import Document, short_title
from .encoding_names import encoding_label, guessed_encoding
from .report_classes import FORM_ORDER, class_count, count_of, form_note, tag, tag_legend
from .report_legend import legend_rows, own_note_meaning
from .report_model import LeftOutRun, own_note_label, own_title
from .report_palette import (
    BADGE_MEANINGS,
    LEGEND_SAMPLE,
    NOTE_TICK,
    NOTE_TINT,
    OWN_NOTE,
    badge_meaning,
    badge_word,
    legend_entries,
    status_word,
)
from .report_words import ReportWords, nice_date, upper

PAGE_CELL = "\u2007" * 4
"""Stands for a page number in the concordance until the pages are known."""

if TYPE_CHECKING:
    from .report_model import Block
    from .report_textdoc import TextDocBuilder


def _source_text(source: object) -> str:
    if isinstance(source, dict):
        return str(source.get("reference") or source.get("citation") or source.get("title") or "")
    return str(source)


def _sentence(text: str) -> str:
    """The text ending in exactly one full stop (references often bring their own)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", ".'", '."', ".’", ".”")) else text + "."


def provenance(doc: Document, max_sources: int | None = None) -> list[tuple[str, str]]:
    """Label/value lines describing where a text comes from (bundled metadata), the
    labels in the report's language.

    Sources are numbered, each a full reference ending in one full stop; all of
    them unless ``max_sources`` caps the list (0 leaves the sources out).
    """
    meta = doc.metadata
    lines: list[tuple[str, str]] = []
    when = " · ".join(
        nice_date(meta[k]) if k == "date" else str(meta[k])
        for k in ("date", "place")
        if meta.get(k)
    )
    if when:
        lines.append((ReportWords.tr("Date and place"), when))
    for key, label in (
        ("rendering_note", ReportWords.tr("Rendering")),
        ("provenance", ReportWords.tr("Provenance")),
    ):
        if isinstance(meta.get(key), str) and meta[key]:
            lines.append((label, str(meta[key])))
    sources = meta.get("sources")
    if isinstance(sources, list) and sources and max_sources != 0:
        picked = sources if max_sources is None else sources[:max_sources]
        refs = [t for t in (_source_text(s).strip() for s in picked) if t]
        text = " ".join(f"({n}) {_sentence(ref)}" for n, ref in enumerate(refs, 1))
        more = len(sources) - len(picked)
        if more > 0:
            text += " (" + ReportWords.tr("%n more not listed here.", None, more) + ")"
        lines.append((sources_label(), text))
    elif isinstance(sources, str) and sources:
        lines.append((sources_label(), sources))
    if not meta.get("title") and doc.source:
        lines.append((ReportWords.tr("File"), doc.source_name))
    if guessed := guessed_encoding(doc):  # the window warns of it; so does the report
        said = ReportWords.tr(
            "{0}, guessed: if letters look wrong, the file is in another encoding"
        )
        lines.append((ReportWords.tr("Encoding"), said.format(encoding_label(guessed))))
    return lines


def sources_label() -> str:
    return ReportWords.tr("Sources")


def export_line(exported: str, inline: bool, shown_line: str) -> str:
    """ "Exported on 2024-05-01 by treatyviewer · side by side · 40 articles shown"."""
    mode = ReportWords.tr("inline redline") if inline else ReportWords.tr("side by side")
    said = ReportWords.tr("Exported on {0} by treatyviewer").format(exported)
    return f"{said} · {mode} · {shown_line}"


def write_front_matter(b: TextDocBuilder) -> None:
    title_page(b)
    summary(b)


def title_page(b: TextDocBuilder) -> None:
    r = b.report
    b.out.section_pos["title"] = b.paragraph(
        ReportWords.tr("Comparison of two texts"),
        b.char(11, sans=True, colour="#555555"),
        b.block_format(),
    )
    b.paragraph(r.heading, b.char(20, bold=True, sans=True), b.block_format(top=4, bottom=14))
    for caption, doc in (
        (ReportWords.tr("Older text"), r.old),
        (ReportWords.tr("Newer text"), r.new),
    ):
        b.paragraph(upper(caption), b.char(7.5, bold=True, sans=True, colour="#777777"),
                    b.block_format(top=10))  # fmt: skip
        name = own_title(doc) or doc.title or short_title(doc)
        b.paragraph(name, b.char(12, bold=True), b.block_format(bottom=3))
        for label, value in provenance(doc):
            b.paragraph(label + ": ", b.char(7.5, bold=True, sans=True, colour="#555555"),
                        b.block_format(bottom=2, hang=10))  # fmt: skip
            b.cursor.insertText(value, b.char(8))
    b.paragraph(
        export_line(r.exported, b.inline, r.shown_line),
        b.char(8.5, sans=True, colour="#555555"),
        b.block_format(top=16, bottom=10),
    )
    legend(b)


LEGEND_KEY = "@legend"
"""In ``breaks`` when the legend would run over a page foot: it starts a page instead."""


def legend(b: TextDocBuilder) -> None:
    """Colours, the note marker and the badges, two entries to a row; never split."""
    from .report_runs import Run

    rows = legend_rows(b.report)
    if not (rows.kinds or rows.notes or rows.forms or rows.badges):
        return  # nothing to explain: no heading alone
    before = b.cursor.position()
    spacing = b.block_format(top=6, bottom=2, break_before=LEGEND_KEY in b.breaks)
    head = b.paragraph(ReportWords.tr("Legend"), b.char(11, bold=True, sans=True), spacing)
    b.out.section_pos["legend"] = head  # for its bookmark
    b.breakable(LEGEND_KEY, head)
    text = b.char(7.5, sans=True)
    entries: list[tuple[Callable[[], None], str]] = []
    for kind, meaning in legend_entries(rows.kinds):
        sample = Run(ReportWords.tr(LEGEND_SAMPLE), kind)  # type: ignore[arg-type]
        entries.append((partial(b.write_runs, (sample,)), meaning))

    def note_sample() -> None:
        b.cursor.insertText("▍", b.char(colour=NOTE_TICK))
        b.cursor.insertText(ReportWords.tr("annotated passage"), b.char(background=NOTE_TINT))
        b.cursor.insertText("[1]", b.run_format(Run("[1]", "marker")))

    if rows.notes:
        entries.append((note_sample, ReportWords.tr(
            "a note: yellow-grey tint with a bar beside it, as in the window (a comment in PDF "
            "readers), numbered marker, note text after the pair")))  # fmt: skip

    def own_sample() -> None:
        b.cursor.insertText("[1]", b.char(7.5, bold=True, sans=True, colour=OWN_NOTE,
                                          background=NOTE_TINT))  # fmt: skip
        b.cursor.insertText(" " + own_note_label(), b.char(7, sans=True, colour=OWN_NOTE))

    if rows.own_notes:
        entries.append((own_sample, own_note_meaning()))

    def form_sample() -> None:
        sample = ReportWords.tr(LEGEND_SAMPLE)
        b.write_runs((Run(sample, "replace_new", change_class="name-variant"),
                      Run(tag("name-variant"), "tag", change_class="name-variant")))  # fmt: skip

    if rows.forms:
        entries.append((form_sample, form_note() + " " + tags_after() + " " + tag_legend()))
    for status in rows.badges:
        entries.append((partial(b.badge, status), badge_meaning(status)))
    if not entries:
        return
    lines = (len(entries) + 1) // 2
    table = b.table(lines, 4, _legend_widths(), border=False)
    for n, (draw, meaning) in enumerate(entries):
        row, col = n % lines, 2 * (n // lines)
        b.cell(table, row, col)
        unbroken = b.block_format()
        unbroken.setNonBreakableLines(True)  # a badge never wraps inside its word
        b.cursor.setBlockFormat(unbroken)
        draw()
        b.cell(table, row, col + 1)
        b.cursor.insertText(meaning, text)
    ends = [table.cellAt(row, col).lastCursorPosition().position()
            for row in range(lines) for col in (1, 3)]  # fmt: skip
    b.leave_table(table)
    b.out.keep_together[LEGEND_KEY] = (before, head, *ends)


def tags_after() -> str:
    return ReportWords.tr("Tags after a change:")


def status_counts(stats: dict[str, int]) -> str:
    """ "40 unchanged, 3 modified (1 rewritten)" (in Russian "без изменений: 40, …"), or
    "No articles." """
    counts = ", ".join(
        count_of(n, status_word(status))
        + "".join(f" ({count_of(m, status_word(part))})" for part, m in parts.items())
        for status, n, parts in counts_within(stats)
        if n
    )
    return counts or ReportWords.tr("No articles.")


def word_counts(deleted: int, inserted: int, characters: bool = False) -> str:
    """ "12 words deleted, 30 words inserted."; ``characters``: the texts are written
    without spaces (Chinese, Japanese), whose words the diff counts are characters."""
    if characters:
        deleted_words = ReportWords.tr("%n character(s) deleted", None, deleted)
        inserted_words = ReportWords.tr("%n character(s) inserted", None, inserted)
    else:
        deleted_words = ReportWords.tr("%n word(s) deleted", None, deleted)
        inserted_words = ReportWords.tr("%n word(s) inserted", None, inserted)
    return f"{deleted_words}, {inserted_words}."


LONG_BADGE = 16
"""Letters of the longest badge from which the badges' column of the legend is widened
(Turkish "YENİDEN OLUŞTURULMUŞ" ran into the meaning beside it; English needs 13)."""


def _legend_widths() -> list[float]:
    longest = max(len(badge_word(status)) for status in BADGE_MEANINGS)
    return [17, 32, 21, 30] if longest <= LONG_BADGE else [16, 29, 26, 29]


SUMMARY_KEY = "@summary"
"""In ``breaks`` when the summary does not fit under the title block."""


def summary(b: TextDocBuilder) -> None:
    """Right after the title block when it fits on that page, else on a page of its own."""
    r = b.report
    before = b.cursor.position()
    if SUMMARY_KEY in b.breaks:
        b.heading(ReportWords.tr("Summary"), "summary")
    else:
        b.out.section_pos["summary"] = b.paragraph(
            ReportWords.tr("Summary"),
            b.char(15, bold=True, sans=True),
            b.block_format(top=18, bottom=8),
        )
    # On a page of its own, the summary opens with a page's heading.
    b.breakable(SUMMARY_KEY, b.out.section_pos["summary"], b.heading_format())
    b.paragraph(status_counts(r.stats), b.char(), b.block_format(bottom=3))
    b.paragraph(
        word_counts(r.words_deleted, r.words_inserted, r.counts_characters),
        b.char(),
        b.block_format(bottom=3),
    )
    class_summary(b)
    b.paragraph(
        ReportWords.tr("Concordance"), b.char(11, bold=True, sans=True), b.block_format(bottom=2)
    )
    b.paragraph(
        # One line for both figures (the HTML says more above its table): a second line
        # would push a short report's summary off its title page.
        ReportWords.tr(
            "Similarity: words in common, over both articles. Kept: share of the older "
            "article's words the newer one keeps."
        ),
        b.char(8, sans=True, colour="#555555"),
        b.block_format(bottom=4),
    )
    concordance(b)
    conjectured = r.conjectured_texts
    if conjectured:
        b.paragraph(numbering_key(conjectured), b.char(8, sans=True, colour="#555555"),
                    b.block_format(top=3, bottom=4))  # fmt: skip
    head = b.out.section_pos["summary"]
    last = max((end for _start, end in b.out.row_span.values()), default=head)
    b.out.keep_together[SUMMARY_KEY] = (before, head, last)


def class_summary(b: TextDocBuilder) -> None:
    """Word changes per class, substance first, and what a filter left out."""
    r = b.report
    counts = r.class_counts
    b.paragraph(ReportWords.tr("Word changes by class"), b.char(11, bold=True, sans=True),
                b.block_format(top=6, bottom=2))  # fmt: skip
    for title, classes in (
        (ReportWords.tr("Substance"), ("wording", "figure")),
        (ReportWords.tr("Form"), FORM_ORDER),
    ):
        b.paragraph(title + ": ", b.char(bold=True), b.block_format(bottom=2))
        line = ", ".join(class_count(counts.get(c, 0), c) for c in classes)
        b.cursor.insertText(line, b.char())
    if r.left_out:
        b.paragraph(r.left_out, b.char(italic=True), b.block_format(bottom=2))
    b.paragraph("", b.char(), b.block_format(bottom=6))


LONG_LABEL = 14
"""Characters of the longest label from which the label columns take more room."""
FIGURES_FROM = 3
"""The concordance's first column of figures (similarity, kept, changes, page)."""


LABEL_MOST = 24
"""The most a label column takes to keep its longest word whole."""


def _concordance_widths(
    b: TextDocBuilder, head: Sequence[str], rows: Sequence[tuple[Block, bool]]
) -> list[float]:
    """The columns' shares: each column of figures as wide as its head ("Сохранено"),
    which Qt will not break; the status its share, which keeps two badges on one line
    ("ИЗМЕНЕНА ПЕРЕПИСАНА"), less what the labels need to keep their longest words
    whole ("заключительная"); the labels the rest. Sections named by their headings
    ("Communication preferences") wrap their labels over four to six lines in narrow
    label columns: the status then gives them room. (Fixed shares for the figures had
    Qt widen them past a long head, at the cost of the status column.)"""
    cells = [cell for block, _ in rows for cell in (block.old_cell, block.new_cell)]
    status = 36 if max(map(len, cells), default=0) < LONG_LABEL else 28
    room = b.out.dev(2 * 3 + 1 + 2)  # the cell's padding, its border and a little air

    def share(texts: Sequence[str], bold: bool) -> float:
        device = b.out.doc.documentLayout().paintDevice()
        font = b.char(8.5, bold=bold, sans=True).font()
        metrics = QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)
        widest = max(map(metrics.horizontalAdvance, texts), default=0.0)
        return (widest + room) / b.page.width() * 100

    figures = [share([text], bold=True) for text in head[FIGURES_FROM:]]
    words = {word for cell in cells for word in cell.split()}
    label = max((100 - status - sum(figures)) / 2, min(share(list(words), False), LABEL_MOST))
    return [label, label, 100 - sum(figures) - 2 * label, *figures]


def figures_note() -> str:
    """What the concordance's two figures measure, above the HTML's table: an article
    kept whole under new paragraphs is little similar, and only "kept" tells it from one
    reworded. (The PDF says it in one line under its heading: it has no line to spare,
    a short report's summary would leave the title page.)"""
    return ReportWords.tr(
        "Similarity: the share of the two articles' words they have in common, counted "
        "over both. Kept: the share of the older article's words the newer one keeps, "
        "100% when words were only added."
    )


def numbering_key(texts: str) -> str:
    """What "numbering reconstructed" in the concordance means, under its table: a
    report has no tooltip, and a historian could cite the move as a fact."""
    return ReportWords.tr(
        "Numbering reconstructed: the article's number in {0} is the editors' "
        "reconstruction, not attested, so its move or renumbering is a conjecture."
    ).format(texts)


def concordance_head() -> tuple[str, ...]:
    """The concordance's column heads, the page column aside (the HTML has none)."""
    return (
        ReportWords.tr("Older"),
        ReportWords.tr("Newer"),
        ReportWords.tr("Status"),
        ReportWords.tr("Similarity"),
        ReportWords.tr("Kept"),
        ReportWords.tr("Changes"),
    )


PAGE_COLUMN = 6
"""The concordance's last column, the page: after the labels, the status and the figures."""


def concordance(b: TextDocBuilder) -> None:
    r = b.report
    head = (*concordance_head(), ReportWords.tr("Page"))
    rows = r.concordance_rows
    lines = r.concordance_lines
    table = b.table(len(lines) + 1, len(head), _concordance_widths(b, head, rows), header_rows=1)
    right = b.block_format(align=Qt.AlignmentFlag.AlignRight)
    right.setNonBreakableLines(True)
    small = b.char(8.5, sans=True)
    # The labels read left to right in their columns, an Arabic one too (laid out right
    # to left, it stood against the next column's figure: "الأولى 1").
    labels = b.block_format()
    labels.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    for col, text in enumerate(head):
        b.cell(table, 0, col, background="#EDEDED")
        if col >= FIGURES_FROM:
            b.cursor.setBlockFormat(right)
        b.cursor.insertText(text, b.char(8.5, bold=True, sans=True))
    for row, line in enumerate(lines, start=1):
        if isinstance(line, LeftOutRun):
            _left_out_line(b, table, row, line, small, labels, right)
            continue
        block, shown = line
        b.cell(table, row, 0)
        start = b.cursor.position()
        b.cursor.setBlockFormat(labels)
        b.cursor.insertText(block.old_cell, small)
        b.cell(table, row, 1)
        b.cursor.setBlockFormat(labels)
        b.cursor.insertText(block.new_cell, small)
        b.cell(table, row, 2)
        for badge in block.badges:
            b.badge(badge, 7)
            b.cursor.insertText(" ", small)
        if block.numbering_note:
            b.cursor.insertText(f"{block.numbering_note} ", b.char(7, italic=True, sans=True))
        if block.related:
            b.cursor.insertText(block.related_note, b.char(7, sans=True))
        if not shown:
            b.cursor.insertText(
                " " + ReportWords.tr("not printed"), b.char(7, italic=True, sans=True)
            )
        if block.decided:
            b.cursor.insertText(f" {block.decided}", b.char(7, italic=True, sans=True))
        for col, text in enumerate(block.figures, start=FIGURES_FROM):
            b.cell(table, row, col)
            b.cursor.setBlockFormat(right)
            b.cursor.insertText(text, small)
        b.cell(table, row, PAGE_COLUMN)
        b.cursor.setBlockFormat(right)
        if not shown:
            b.cursor.insertText("—", small)
            continue
        page = b.pages.get(block.key) if b.pages else None
        b.cursor.insertText(str(page) if page else PAGE_CELL, small)
        b.out.row_span[block.key] = (start, b.cursor.position())
    b.leave_table(table)


def _left_out_line(
    b: TextDocBuilder,
    table: Any,
    row: int,
    run: LeftOutRun,
    small: QTextCharFormat,
    labels: QTextBlockFormat,
    right: QTextBlockFormat,
) -> None:
    """One line for a run of articles left out unchanged where they stood."""
    for col, text in enumerate((run.old_cell, run.new_cell)):
        b.cell(table, row, col)
        b.cursor.setBlockFormat(labels)
        b.cursor.insertText(text, small)
    b.cell(table, row, 2)
    b.badge("unchanged", 7)
    b.cursor.insertText(f" {run.note}", b.char(7, italic=True, sans=True))
    for col in range(FIGURES_FROM, PAGE_COLUMN + 1):
        b.cell(table, row, col)
        b.cursor.setBlockFormat(right)
        b.cursor.insertText("—" if col == PAGE_COLUMN else "", small)


def write_index(b: TextDocBuilder, entries: Sequence[tuple[str, str, list[int]]]) -> None:
    """Entity label, kind and the (0-based) pages that mention it; pages become links."""
    b.heading(ReportWords.tr("Index of parties and places"), "index")
    for label, kind, pages in entries:
        b.paragraph(label, b.char(9, bold=True), b.block_format(bottom=1.5, hang=14))
        b.cursor.insertText(f"  {kind}  ", b.char(7.5, sans=True, colour="#777777"))
        for n, page in enumerate(pages):
            if n:
                b.cursor.insertText(", ", b.char(9))
            pos = b.cursor.position()
            text = str(page + 1)
            b.cursor.insertText(text, b.char(9, colour="#0B5394"))
            b.out.index_links.append((pos, pos + len(text), page))
