"""The articles of the PDF report, pair by pair with their notes, and the notes that
belong to no pair; written into a ``TextDocBuilder`` after the front matter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.document import short_title
from ..core.fate import FATE_LANGUAGE
from .export_structure import divisions_opened, heading_notes
from .report_model import Block, empty_column_note, note_details, note_lemma, own_note_label
from .report_notes import PlacedNote
from .report_palette import NOTE_TINT, OWN_NOTE
from .report_runs import Run
from .report_words import ReportWords, report_language

if TYPE_CHECKING:
    from .report_runs import Side
    from .report_textdoc import Progress, TextDocBuilder


def write_articles(b: TextDocBuilder, progress: Progress | None = None) -> None:
    """Article by article, each pair with its notes, under the headings of the parts
    and chapters they stand in; then the notes placed nowhere else."""
    blocks = b.report.blocks
    b.heading(ReportWords.tr("Article by article"), "pairs")
    if not blocks:
        b.paragraph(ReportWords.tr("No articles to show."), b.char(italic=True), b.block_format())
    opening = divisions_opened(b.report)
    for k, block in enumerate(blocks):
        on_divisions, b.heading_marks = heading_notes(b.report, block)
        opened = None
        if block.key in opening:
            heads = opening[block.key]
            marks = [on_divisions.pop(key, []) for key in heads.keys]
            opened = division_headings(b, heads.titles, heads.depth, block.key in b.breaks, marks)
            b.out.division_pos[block.key] = opened
        # a note on a division headed elsewhere (or not at all) is marked at the block's own
        b.heading_marks += [n for notes in on_divisions.values() for n in notes]
        breaks = b.breaks
        if opened is not None:  # the page breaks before the headings, not under them
            b.breaks = breaks - {block.key}
        if b.inline:
            inline_block(b, block)
        else:
            side_by_side(b, block)
        b.breaks = breaks
        if opened is not None:
            b.breakable(block.key, opened)
        block_notes(b, block)
        if progress is not None and k % 20 == 0:
            progress(k, len(blocks))
    other_notes(b)


def division_headings(
    b: TextDocBuilder,
    titles: list[str],
    depth: int,
    page: bool,
    marks: list[list[PlacedNote]] | None = None,
) -> int:
    """The headings of the divisions a block opens ("Part II", "Chapter 3"), smaller
    the deeper they stand; ``page``: they begin a page; ``marks``: per heading, the notes
    on its words. Returns where they begin (the report had left them out, and a Part's
    articles ran on under the one before)."""
    first = -1
    for n, title in enumerate(titles):
        level = depth + n
        size = max(b.body_pt + 1, b.body_pt + 4 - 1.5 * level)
        fmt = b.block_format(top=12 if n == 0 else 2, bottom=2, break_before=page and n == 0)
        pos = b.paragraph(title, b.char(size, bold=True, sans=True, colour="#333333"), fmt)
        heading_markers(b, (marks or [])[n] if n < len(marks or []) else [], pos)
        first = pos if first < 0 else first
    return first


def heading_markers(b: TextDocBuilder, notes: list[PlacedNote], start: int) -> None:
    """After a heading written from ``start``, the markers of the notes on its words,
    each note's comment over the heading (words before a unit's text are printed as a
    heading, not in a column, and their notes had been marked nowhere)."""
    end = b.cursor.position()
    for number in dict.fromkeys(note.number for note in notes):
        b.write_runs((Run(f"[{number}]", "marker"),))
        b.out.note_ranges.setdefault(number, []).append((start, end))


def block_heading(b: TextDocBuilder, block: Block) -> None:
    b.out.block_pos[block.key] = start = b.cursor.position()
    # In the text's own serif face, as the window sets it: in a bold sans "Art. I" read
    # as "Art. l".
    b.cursor.insertText(block.title, b.char(b.body_pt + 1, bold=True))
    heading_markers(b, b.heading_marks, start)
    b.cursor.insertText("  ", b.char(b.body_pt + 1, bold=True))
    for badge in block.badges:
        b.badge(badge)
        b.cursor.insertText(" ", b.char(7.5, sans=True))
    if block.measure:
        b.cursor.insertText(f"  {block.measure}", b.char(7.5, sans=True, colour="#555555"))
    if block.related:
        b.cursor.insertText(
            "  " + block.related_template.format(", ".join(block.shown_related)),
            b.char(7.5, sans=True, colour="#555555"),
        )
    became = what_became(block)
    for line in (block.conjecture, became):
        if line:
            b.cursor.insertText(
                "\u2028" + line, b.char(7.5, italic=True, sans=True, colour="#555555")
            )


def what_became(block: Block) -> str:
    """ "What became of it: …", from the notes' account of an article's fate: their own
    sentence where the report is written in its language, else the articles it names
    beyond the heading's, in the report's words (a Russian report had read "Судьба
    статьи: Successor: 1921 Articles VI and VII."); "" when there is nothing to add."""
    if not block.fate:
        return ""
    if report_language() == FATE_LANGUAGE:
        return ReportWords.tr("What became of it: {0}").format(block.fate)
    if not block.fate_further:
        return ""
    return ReportWords.tr("What became of it: its matter also went to {0}").format(
        ", ".join(block.fate_further)
    )


def side_by_side(b: TextDocBuilder, block: Block) -> None:
    b.cursor.insertBlock(b.block_format(top=6, break_before=block.key in b.breaks))
    before = b.cursor.position()
    b.breakable(block.key, before)
    rows = block.rows or ((block.old_runs, block.new_runs),)
    table = b.table(2 + len(rows), 2, [50, 50], header_rows=2)
    table.mergeCells(0, 0, 1, 2)
    b.cell(table, 0, 0, background="#F2F2F2")
    block_heading(b, block)
    old_doc, new_doc = b.report.old, b.report.new
    for col, doc in enumerate((old_doc, new_doc)):
        b.cell(table, 1, col, background="#FAFAFA")
        b.cursor.insertText(short_title(doc), b.char(7.5, sans=True, colour="#555555"))
    sides: tuple[tuple[tuple[Run, ...], str, Side], ...] = (
        (block.old_runs, block.old_provenance, "old"),
        (block.new_runs, block.new_provenance, "new"),
    )
    for r, row in enumerate(rows):
        for col, (whole, origin, side) in enumerate(sides):
            b.cell(table, 2 + r, col, gutter=True)
            if r == 0:
                if origin:
                    b.cursor.insertText(origin, b.char(7, sans=True, colour="#777777"))
                    b.cursor.insertBlock(b.block_format(top=2))
                head = b.out.block_pos[block.key]
                starts = b.out.keep_together.get(block.key, (before, head))
                b.out.keep_together[block.key] = (*starts, b.cursor.position())
            if row[col]:
                b.write_runs(row[col])
            elif not whole:
                b.cursor.insertText(
                    empty_column_note(block, (old_doc, new_doc), side),
                    b.char(italic=True, colour="#777777"),
                )
            if r == len(rows) - 1:
                b.out.block_end.setdefault(block.key, []).append(b.cursor.position())
    b.leave_table(table)


def inline_block(b: TextDocBuilder, block: Block) -> None:
    brk = block.key in b.breaks
    b.cursor.insertBlock(b.block_format(top=10, bottom=3, break_before=brk))
    b.breakable(block.key, b.cursor.position())
    block_heading(b, block)
    head = b.cursor.position() - 1
    for name, origin in ((b.report.old, block.old_provenance),
                         (b.report.new, block.new_provenance)):  # fmt: skip
        if origin:
            b.cursor.insertBlock(b.block_format())
            b.cursor.insertText(
                f"{short_title(name)}: {origin}", b.char(7, sans=True, colour="#777777")
            )
    b.cursor.insertBlock(b.block_format(bottom=2))
    b.out.keep_together[block.key] = (head, head, b.cursor.position())
    b.write_runs(block.inline_runs)
    b.out.block_end[block.key] = [b.cursor.position()]


def block_notes(b: TextDocBuilder, block: Block) -> None:
    for note in block.notes:
        note_paragraph(b, note, "", f"{block.key}#note{note.number}")
    if block.notes:  # notes that run on to the next page continue the pair there
        b.out.block_end.setdefault(block.key, []).append(b.cursor.position())


def note_paragraph(b: TextDocBuilder, note: PlacedNote, reason: str, key: str = "") -> None:
    """A note under its pair (``key``: how a page break before it is asked for)."""
    small = b.body_pt * 0.88
    fmt = b.block_format(top=1.5, bottom=1.5, indent=4, hang=14, break_before=key in b.breaks)
    b.cursor.insertBlock(fmt)
    if key:
        b.breakable(key, b.cursor.position())
        b.out.note_starts[key] = b.cursor.position()
    colour = OWN_NOTE if note.own else None
    marker = b.char(small, bold=True, sans=True, background=NOTE_TINT, colour=colour)
    b.cursor.insertText(f"[{note.number}]", marker)
    if note.own:
        b.cursor.insertText(
            " " + own_note_label(), b.char(small * 0.92, sans=True, colour=OWN_NOTE)
        )
    lemma = note_lemma(note)
    if lemma:
        b.cursor.insertText("  " + lemma, b.char(small * 0.92, sans=True, colour="#555555"))
    b.cursor.insertText("  " + note.note, b.char(small))
    extra = note_details(note, b.report, reason)
    if extra:
        b.cursor.insertText("  — " + extra, b.char(small * 0.92, sans=True, colour="#555555"))


def other_notes(b: TextDocBuilder) -> None:
    if not b.report.other_notes:
        return
    b.heading(ReportWords.tr("Other notes"), "other", size=12, break_before=False)
    for note, reason in b.report.other_notes:
        note_paragraph(b, note, reason, f"other#note{note.number}")
