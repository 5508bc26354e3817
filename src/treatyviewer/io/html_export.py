"""The report as one self-contained HTML file: inline CSS, no scripts, no requests.

Every piece of text from a document, its metadata or an annotation goes
through ``esc`` (notes are user input and may hold markup); links are emitted
only for http(s) addresses and for anchors inside the page.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..core.document import Document, short_title
from ..core.document_script import text_language
from .export_structure import divisions_opened, heading_notes, reference_spans
from .report_classes import class_lines, class_name, form_note, is_form, tag_legend
from .report_classes import tag as tag_of
from .report_legend import legend_rows, own_note_meaning
from .report_model import (
    Block,
    LeftOutRun,
    Report,
    empty_column_note,
    note_details,
    note_lemma,
    own_note_label,
    own_title,
)
from .report_names import kind_name
from .report_notes import PlacedNote
from .report_palette import (
    BADGE_COLOURS,
    LEGEND_SAMPLE,
    NOTE_TICK,
    NOTE_TINT,
    OWN_NOTE,
    RUN_STYLES,
    badge_meaning,
    badge_word,
    legend_entries,
    shade,
    tint,
)
from .report_runs import Run
from .report_textdoc_pairs import what_became
from .report_textdoc_sections import (
    concordance_head,
    export_line,
    figures_note,
    numbering_key,
    provenance,
    sources_label,
    status_counts,
    tags_after,
    word_counts,
)
from .report_words import ReportWords, nice_date, report_language, upper


def esc(text: object) -> str:
    # A kept line break inside a reflowed paragraph is a line separator; HTML
    # (white-space: pre-wrap) shows a newline as one.
    return escape(str(text).replace("\u2028", "\n"), quote=True)


def _css() -> str:
    rules = [
        "body{font-family:'DejaVu Serif',Georgia,serif;font-size:15px;line-height:1.45;"
        "max-width:74rem;margin:2rem auto;padding:0 1.5rem;color:#111}",
        "h1,h2,h3,.badge,.small,table.conc,.caption{font-family:'DejaVu Sans',Helvetica,sans-serif}",
        "h1{font-size:1.7rem;margin:.2rem 0 1rem}h2{margin-top:2.5rem;border-bottom:1px solid #bbb}",
        "h3{font-size:1rem;margin:0;padding:.4rem .6rem;background:#f2f2f2}",
        "h3.division{background:none;color:#333;padding:1rem 0 .3rem;font-size:1.2rem}",
        "h3.division.level1{font-size:1.1rem}h3.division.level2,h3.division.level3{font-size:1rem}",
        ".small{font-size:.78rem;color:#555}.caption{font-size:.75rem;color:#555}",
        ".fate{padding:.2rem .6rem 0}",
        ".pair{border:1px solid #bbb;margin:1.2rem 0;break-inside:auto}",
        ".cols{display:grid;grid-template-columns:1fr 1fr}",
        ".cols>div{padding:.5rem .6rem;white-space:pre-wrap;border-top:1px solid #ddd}",
        ".cols>div+div{border-left:1px solid #ddd}",
        ".inline{padding:.5rem .6rem;white-space:pre-wrap}",
        ".missing{font-style:italic;color:#777}",
        ".badge{font-size:.68rem;font-weight:bold;padding:0 .3em;margin-left:.3em;"
        "letter-spacing:.03em}",
        "mark.note{background:"
        + NOTE_TINT
        + ";box-shadow:-3px 0 0 "
        + NOTE_TICK
        + ";box-decoration-break:clone;-webkit-box-decoration-break:clone}",
        # a note over a change: the change keeps its tint, the note is a band under it
        "mark.note>ins,mark.note>del{box-shadow:inset 0 -.3em 0 " + NOTE_TINT + "}",
        "sup.marker{font-family:'DejaVu Sans',sans-serif;font-weight:bold;font-size:.7em}",
        "sup.marker a{color:#333;text-decoration:none}",
        # the reader's own notes: their number and a "your note" label in their colour
        f"sup.marker.own a,li.own::marker,span.own{{color:{OWN_NOTE}}}",
        "li.own::marker{font-weight:bold}",
        "a.ref{color:inherit;text-decoration:underline dotted}",
        "sup.tag{font-family:'DejaVu Sans',sans-serif;font-size:.7em;color:#555}",
        ".form{opacity:.6}",
        ".notes{margin:0;padding:.4rem .6rem .6rem 2.2rem;font-size:.88rem;border-top:1px solid #ddd}",
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;"
        "text-align:left;vertical-align:top}",
        "table.conc td.num,table.conc th.num{text-align:right}",
        "table.legend td{border:none}",
        # A heading is printed with what it heads, never alone at a page's foot: the
        # pair after "Article by article", the map after its title.
        "@media print{body{max-width:none;margin:0}.pair{break-inside:avoid-page}"
        "h1,h2,h3,.caption,.fate{break-after:avoid-page;page-break-after:avoid}"
        "#map{break-inside:avoid-page;page-break-inside:avoid}}",
    ]
    for kind, (bg, fg, deco) in RUN_STYLES.items():
        rules.append(
            f".{kind.replace('_', '-')}{{background:{bg};color:{fg};text-decoration:{deco}}}"
        )
    for status, colour in BADGE_COLOURS.items():
        rules.append(f".b-{status}{{background:{tint(colour, 0.35)};color:{shade(colour, 0.55)}}}")
    return "\n".join(rules)


def badge(status: str) -> str:
    return f'<span class="badge b-{esc(status)}">{esc(badge_word(status))}</span>'


def _linked(run: Run, refs: dict[str, list[tuple[int, int, str]]]) -> str:
    """The run's text, escaped, with its cross-references as links to their blocks."""
    if run.side is None or run.start < 0:
        return esc(run.text)
    end = run.start + len(run.text)
    out, pos = [], run.start
    for a, b, key in refs.get(run.side, []):
        if b <= pos or a >= end:
            continue
        a, b = max(a, pos), min(b, end)
        out.append(esc(run.text[pos - run.start : a - run.start]))
        text = esc(run.text[a - run.start : b - run.start])
        out.append(f'<a class="ref" href="#{esc(key)}">{text}</a>')
        pos = b
    out.append(esc(run.text[pos - run.start :]))
    return "".join(out)


def _run(
    run: Run, report: Report, refs: dict[str, list[tuple[int, int, str]]] | None = None
) -> str:
    if run.kind == "marker":
        number = run.text.strip("[]")
        own = " own" if run.text in report.own_markers else ""
        return f'<sup class="marker{own}"><a href="#note-{esc(number)}">{esc(run.text)}</a></sup>'
    if run.kind == "label":
        return f'<span class="caption">{esc(run.text)}</span>'
    if run.kind == "tag":
        return f'<sup class="tag" title="{esc(class_name(run.change_class))}">{esc(run.text)}</sup>'
    text = _linked(run, refs or {})
    if run.kind in RUN_STYLES:
        tag = "ins" if run.kind in ("insert", "replace_new") else "del"
        css = run.kind.replace("_", "-") + (" form" if is_form(run.change_class) else "")
        title = f' title="{esc(class_name(run.change_class))}"' if run.change_class else ""
        text = f'<{tag} class="{css}"{title}>{text}</{tag}>'
    if run.notes:
        text = f'<mark class="note">{text}</mark>'
    return text


def _runs(
    runs: Iterable[Run], report: Report, refs: dict[str, list[tuple[int, int, str]]] | None = None
) -> str:
    return "".join(_run(r, report, refs) for r in runs)


def _note_item(note: PlacedNote, report: Report, reason: str = "") -> str:
    extra = note_details(note, report, reason)
    tail = f' <span class="small">— {esc(extra)}</span>' if extra else ""
    lemma = note_lemma(note)
    head = f'<span class="small lemma">{esc(lemma)}</span> ' if lemma else ""
    own = ' class="own"' if note.own else ""
    if note.own:
        head = f'<span class="small own">{esc(own_note_label())}</span> ' + head
    return (f'<li id="note-{note.number}" value="{note.number}"{own}>'
            f"{head}{esc(note.note)}{tail}</li>")  # fmt: skip


def _marked(title: str, notes: Iterable[PlacedNote], report: Report) -> str:
    """A heading's words (as HTML) with the markers of the notes on them, linked to
    the notes: they had none."""
    numbers = dict.fromkeys(note.number for note in notes)
    if not numbers:
        return title
    markers = "".join(_run(Run(f"[{n}]", "marker"), report) for n in numbers)
    return f'<mark class="note">{title}</mark>{markers}'


def _articles(
    report: Report, inline: bool, refs: dict[str, list[tuple[int, int, str]]]
) -> list[str]:
    """The pairs, each under the headings of the parts and chapters it opens, as the
    PDF sets them (the page had none: a Part's articles ran on under the one before)."""
    opening = divisions_opened(report)
    out = []
    for block in report.blocks:
        on_divisions, on_heading = heading_notes(report, block)
        heads = opening.get(block.key)
        for n, (title, key) in enumerate(
            zip(heads.titles, heads.keys, strict=True) if heads else ()
        ):
            level = min((heads.depth if heads else 0) + n, 3)
            marked = _marked(esc(title), on_divisions.pop(key, []), report)
            out.append(f'<h3 class="division level{level}">{marked}</h3>')
        # (a note on a division headed elsewhere is marked on the pair's heading)
        left = [*on_heading, *(note for notes in on_divisions.values() for note in notes)]
        out.append(_block(block, report, inline, refs, left))
    return out


def _block(
    block: Block,
    report: Report,
    inline: bool,
    refs: dict[str, list[tuple[int, int, str]]],
    heading_marks: Iterable[PlacedNote] = (),
) -> str:
    head = "".join(badge(b) for b in block.badges)
    if block.measure:
        head += f' <span class="small">{esc(block.measure)}</span>'
    out = [
        f'<section class="pair" id="{esc(block.key)}"><h3>'
        f"{_marked(esc(block.title), heading_marks, report)} {head}</h3>"
    ]
    if block.related:
        went = ", ".join(
            _to_block(label, name, block, report)
            for label, name in zip(block.related, block.shown_related, strict=True)
        )
        out.append(f'<div class="small fate">{esc(block.related_template).format(went)}</div>')
    if block.conjecture:
        out.append(f'<div class="small fate"><i>{esc(block.conjecture)}</i></div>')
    became = what_became(block)
    if became:
        out.append(f'<div class="small fate"><i>{esc(became)}</i></div>')
    if inline:
        origins = [
            f"{esc(short_title(doc))}: {esc(origin)}"
            for doc, origin in (
                (report.old, block.old_provenance),
                (report.new, block.new_provenance),
            )
            if origin
        ]
        if origins:
            out.append(
                f'<div class="small" style="padding:.3rem .6rem 0">{"<br>".join(origins)}</div>'
            )
        out.append(
            f'<div class="inline" dir="auto"{_lang(report.new)}>'
            f"{_runs(block.inline_runs, report, refs)}</div>"
        )
    else:
        out.append('<div class="cols">')
        sides = ((report.old, block.old_runs, block.old_provenance),
                 (report.new, block.new_runs, block.new_provenance))  # fmt: skip
        notes = (
            empty_column_note(block, (report.old, report.new), "old"),
            empty_column_note(block, (report.old, report.new), "new"),
        )
        for doc, _, _ in sides:
            out.append(f'<div class="caption">{esc(short_title(doc))}</div>')
        rows = block.rows or ((block.old_runs, block.new_runs),)
        for r, row in enumerate(rows):
            for (doc, whole, origin), runs, note in zip(sides, row, notes, strict=True):
                cell = f'<div class="small">{esc(origin)}</div>' if origin and r == 0 else ""
                cell += _runs(runs, report, refs) or (
                    "" if whole else f'<span class="missing">{esc(note)}</span>'
                )
                out.append(
                    f'<div dir="auto"{_lang(doc)}>{cell}</div>'
                )  # an Arabic or Hebrew text reads from the right
        out.append("</div>")
    if block.notes:
        items = "".join(_note_item(n, report) for n in block.notes)
        out.append(f'<ol class="notes">{items}</ol>')
    out.append("</section>")
    return "\n".join(out)


def _lang(doc: Document) -> str:
    """The text's language as an attribute, where it is known or its script tells it: a
    browser draws Han characters after the Chinese, Japanese or Korean forms by it."""
    lang = text_language(doc)
    return f' lang="{esc(lang)}"' if lang else ""


def _to_block(label: str, name: str, block: Block, report: Report) -> str:
    """A related article's ``name``, linked to the section that shows its ``label``."""
    side = "new" if block.old_labels else "old"
    for other in report.blocks:
        if label in (other.new_labels if side == "new" else other.old_labels):
            return f'<a href="#{esc(other.key)}">{esc(name)}</a>'
    return esc(name)


def _link(url: str, text: str) -> str:
    if url.startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noreferrer noopener">{esc(text)}</a>'
    return esc(text)


def _title_section(report: Report, inline: bool) -> str:
    kind = esc(ReportWords.tr("Comparison of two texts"))
    out = [
        f'<header><p class="small">{kind}</p>',
        f"<h1>{esc(report.heading)}</h1>",
    ]
    for caption, doc in ((ReportWords.tr("Older text"), report.old),
                         (ReportWords.tr("Newer text"), report.new)):  # fmt: skip
        out.append(f'<p class="caption">{esc(upper(caption))}</p><h2 style="border:none;margin:0">'
                   f"{esc(own_title(doc) or doc.title or short_title(doc))}</h2>")  # fmt: skip
        for label, value in provenance(doc, max_sources=0):
            if label != sources_label():
                out.append(f"<p><b class='small'>{esc(label)}:</b> {esc(value)}</p>")
        sources = doc.metadata.get("sources")
        if isinstance(sources, list) and sources:
            items = []
            for s in sources:
                if isinstance(s, dict):
                    ref = str(s.get("reference") or s.get("title") or s.get("url") or "")
                    url = str(s.get("url") or "")
                    items.append(
                        f"<li>{esc(ref)}" + (f" ({_link(url, url)})" if url else "") + "</li>"
                    )
                else:
                    items.append(f"<li>{esc(s)}</li>")
            out.append(
                f"<p><b class='small'>{esc(sources_label())}:</b></p>"
                f"<ul class='small'>{''.join(items)}</ul>"
            )
    exported = export_line(nice_date(report.exported), inline, report.shown_line)
    out.append(f'<p class="small">{esc(exported)}</p>')
    out.append(f"{_legend(report)}</header>")
    return "\n".join(out)


def _legend(report: Report) -> str:
    """The legend's rows for what the report shows (as the PDF's legend has them)."""
    shown = legend_rows(report)
    sample = esc(ReportWords.tr(LEGEND_SAMPLE))
    rows = [f'<tr><td><span class="{k.replace("_", "-")}">{sample}</span></td><td>{esc(m)}</td></tr>'
            for k, m in legend_entries(shown.kinds)]  # fmt: skip
    if shown.notes:
        passage = esc(ReportWords.tr("annotated passage"))
        note = esc(ReportWords.tr("a note: numbered marker, note text after the pair"))
        rows.append(f'<tr><td><mark class="note">{passage}</mark><sup class="marker">[1]</sup>'
                    f"</td><td>{note}</td></tr>")  # fmt: skip
    if shown.own_notes:
        rows.append(f'<tr><td><sup class="marker own"><a>[1]</a></sup> <span class="small own">'
                    f"{esc(own_note_label())}</span></td><td>{esc(own_note_meaning())}</td></tr>")  # fmt: skip
    if shown.forms:
        rows.append(f'<tr><td><ins class="replace-new form">{sample}</ins><sup class="tag">'
                    f'{esc(tag_of("name-variant"))}</sup></td><td>{esc(form_note())} '
                    f"{esc(tags_after())} {esc(tag_legend())}</td></tr>")  # fmt: skip
    rows += [f"<tr><td>{badge(s)}</td><td>{esc(badge_meaning(s))}</td></tr>" for s in shown.badges]
    if not rows:
        return ""
    legend = esc(ReportWords.tr("Legend"))
    return f'<h2>{legend}</h2><table class="legend">{"".join(rows)}</table>'


def _summary(report: Report) -> str:
    heads = [esc(h) for h in concordance_head()]
    summary = esc(ReportWords.tr("Summary"))
    by_class = esc(ReportWords.tr("Word changes by class"))
    out = [
        f'<section id="summary"><h2>{summary}</h2>',
        f"<p>{esc(status_counts(report.stats))}</p>"
        f"<p>{esc(word_counts(report.words_deleted, report.words_inserted, report.counts_characters))}</p>",
        f"<p><b>{by_class}.</b> {esc(class_lines(report.class_counts))}</p>",
        f"<p><i>{esc(report.left_out)}</i></p>" if report.left_out else "",
        f'<p class="small">{esc(figures_note())}</p>',
        f'<table class="conc"><thead><tr><th>{heads[0]}</th><th>{heads[1]}</th><th>{heads[2]}</th>'
        f'<th class="num">{heads[3]}</th><th class="num">{heads[4]}</th>'
        f'<th class="num">{heads[5]}</th></tr></thead><tbody>',
    ]
    for line in report.concordance_lines:
        if isinstance(line, LeftOutRun):
            out.append(
                f"<tr><td>{esc(line.old_cell)}</td><td>{esc(line.new_cell)}</td><td>"
                f'{badge("unchanged")} <span class="small"><i>{esc(line.note)}</i></span>'
                '</td><td class="num"></td><td class="num"></td><td class="num"></td></tr>'
            )
            continue
        b, shown = line
        figures = "".join(f'<td class="num">{text}</td>' for text in b.figures)
        old = esc(b.old_cell)
        new = esc(b.new_cell)
        if shown:
            old = f'<a href="#{esc(b.key)}">{old}</a>'
            new = f'<a href="#{esc(b.key)}">{new}</a>'
        left = f' <span class="small">{esc(b.related_note)}</span>' if b.related else ""
        if b.numbering_note:  # a conjectured move: said in the cell, why in its tooltip
            left += (
                f' <span class="small" title="{esc(b.conjecture)}">'
                f"<i>{esc(b.numbering_note)}</i></span>"
            )
        if not shown:
            not_printed = esc(ReportWords.tr("not printed"))
            left += f' <span class="small"><i>{not_printed}</i></span>'
        if b.decided:
            left += f' <span class="small"><i>{esc(b.decided)}</i></span>'
        out.append(
            f"<tr><td>{old}</td><td>{new}</td><td>{''.join(badge(x) for x in b.badges)}{left}"
            f"</td>{figures}</tr>"
        )
    out.append("</tbody></table>")
    conjectured = report.conjectured_texts
    if conjectured:
        out.append(f'<p class="small">{esc(numbering_key(conjectured))}</p>')
    out.append("</section>")
    return "\n".join(out)


def _index(report: Report) -> str:
    where: dict[str, list[Block]] = {}
    for block in report.blocks:
        for e in block.entity_ids:
            where.setdefault(e, []).append(block)
    items = []

    def label(entity_id: str) -> str:
        return report.entity_labels.get(entity_id, entity_id)

    for e in sorted(where, key=lambda entity_id: label(entity_id).casefold()):
        links = ", ".join(f'<a href="#{esc(b.key)}">{esc(b.title)}</a>' for b in where[e])
        kind = kind_name(report.entity_kinds.get(e, ""))
        items.append(
            f"<li><b>{esc(report.entity_labels.get(e, e))}</b> "
            f'<span class="small">{esc(kind)}</span> — {links}</li>'
        )
    none = esc(ReportWords.tr("No gazetteer entity is mentioned."))
    body = f"<ul>{''.join(items)}</ul>" if items else f"<p>{none}</p>"
    title = esc(ReportWords.tr("Index of parties and places"))
    return f'<section id="index"><h2>{title}</h2>{body}</section>'


def render_html(report: Report, layout: str = "side-by-side") -> str:
    """The whole report as one HTML document string."""
    inline = layout == "inline"
    refs = reference_spans(report)
    title = ReportWords.tr("Comparison: {0}").format(report.heading)
    pairs = esc(ReportWords.tr("Article by article"))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{report_language()}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="treatyviewer">',
        f"<title>{esc(title)}</title>",
        f"<style>\n{_css()}\n</style></head><body>",
        _title_section(report, inline),
        _summary(report),
        f'<section id="pairs"><h2>{pairs}</h2>',
        *_articles(report, inline, refs),
        "</section>",
    ]
    if report.other_notes:
        items = "".join(_note_item(n, report, reason) for n, reason in report.other_notes)
        other = esc(ReportWords.tr("Other notes"))
        parts.append(f'<section id="other-notes"><h2>{other}</h2><ol>{items}</ol></section>')
    from .map_report import html_section

    parts += [_index(report), html_section(report), "</body></html>", ""]
    return "\n".join(parts)
