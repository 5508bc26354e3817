"""The report of a chain of versions: the lineage table and one history page per article.

One HTML string serves both the HTML export and the PDF (Qt lays it out), so
both show the same table and pages. Styles are inline: Qt's rich-text engine
reads them, and the HTML file needs no stylesheet. Every piece of text goes
through ``esc``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from ..core.bidi import reads_right_to_left
from ..core.chain import Chain
from ..core.document import Document
from ..core.lineage import Lineage, Step
from ..core.redline_spacing import apart, closes
from ..core.textdiff import Change
from .chain_notes import AnchoredNote, notes_ending_in
from .lineage_table import ABSENT, cell_label, step_note, step_words, version_name
from .report_model import article_provenance
from .report_notes import quoted
from .report_palette import (
    BADGE_COLOURS,
    MOVED,
    NEUTRAL,
    OWN_NOTE,
    RUN_STYLES,
    badge_word,
    shade,
    tint,
)
from .report_redline import runs_together

STEP_COLOURS = BADGE_COLOURS | {"present": NEUTRAL, "returned": MOVED, "absent": "#FFFFFF"}
TINTED = (
    "modified", "split", "merged", "added", "removed", "returned", "renumbered", "repealed",
    "unknown",
)  # fmt: skip
"""Table cells that carry a change are tinted; unchanged ones stay white so changes stand out."""
SANS = "font-family:'DejaVu Sans',Helvetica,sans-serif"
STEP_HEAD = f"{SANS};font-size:9pt;font-weight:normal;margin-top:8px;margin-bottom:2px"
"""A version's step in a history: a heading, so the PDF can keep it with its text."""


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def _run(kind: str, text: str) -> str:
    bg, fg, deco = RUN_STYLES[kind]
    return f'<span style="background:{bg};color:{fg};text-decoration:{deco}">{esc(text)}</span>'


def _cell_style(status: str) -> str:
    colour = STEP_COLOURS.get(status, NEUTRAL)
    return f"background:{tint(colour, 0.3)};color:{shade(colour, 0.5)}"


def badge(status: str, word: str = "") -> str:
    """A status as a badge; ``word``: its name in the reader's language."""
    shown = word or badge_word(status)  # in the reader's language, as the panes set it
    return f'<span style="{SANS};font-size:8pt;font-weight:bold;{_cell_style(status)}">&nbsp;{esc(shown)}&nbsp;</span>'


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Wording:
    """How an article's history speaks: in English for the reports; the window passes
    its own words (Russian, Turkish) for statuses, unnumbered parts and phrases.
    ``status`` None: a status as the reports' badges print it ("MODIFIED")."""

    status: Callable[[str], str] | None = None
    names: Mapping[str, str] | None = None
    phrase: Callable[[str], str] = _same


def redline(
    doc: Document,
    segments: Sequence[int],
    changes: Sequence[Change],
    marks: Sequence[tuple[int, str]] = (),
) -> str:
    """The segments' text with deleted words struck and inserted words underlined;
    ``marks``: (offset, HTML) put where a passage ends (a note's number)."""
    out = []
    ordered = sorted(changes, key=lambda c: (c.new_start, c.new_end))
    placed = sorted(marks, key=lambda m: m[0])

    def marked(start: int, end: int) -> str:
        """The marks that fall after ``start`` up to ``end`` (a passage ends on its
        last character: a note ending where a run ends is marked after the run)."""
        return "".join(html for at, html in placed if start < at <= end)

    def plain(start: int, end: int, kind: str = "") -> None:
        """Text from ``start`` to ``end`` (an inserted run when ``kind`` says so), each
        mark right after the word a passage ends on: a note on a phrase inside a long
        insertion had been marked after the whole insertion, with every other note in it."""
        cuts = [at for at, _ in placed if start < at <= end]
        pos = start
        for at in dict.fromkeys(cuts):
            piece = doc.text[pos:at]
            out.append((_run(kind, piece) if kind else esc(piece)) + marked(at - 1, at))
            pos = at
        if end > pos:
            out.append(_run(kind, doc.text[pos:end]) if kind else esc(doc.text[pos:end]))

    for index in segments:
        seg = doc.segments[index]
        pos = seg.start
        for c in ordered:
            if not seg.start <= c.new_start <= seg.end or c.new_start < pos:
                continue
            before = doc.text[pos : c.new_start]
            plain(pos, c.new_start)
            if c.old_text:
                last = (before or doc.text[max(seg.start, c.new_start - 1) : c.new_start])[-1:]
                if runs_together(last, c.old_text[0]) and apart(last, c.old_text):
                    out.append(" ")  # "Friendship ~~and Brotherhood~~", not "Friendship~~and"
                out.append(_run("delete" if c.op == "delete" else "replace_old", c.old_text))
                after = doc.text[c.new_start : c.new_start + 1]
                if (
                    not c.old_text[-1].isspace()
                    and after
                    and not closes(after)
                    # what follows the change stood after the struck run in the older
                    # text too ("条" of "第~~7~~8条")
                    and apart(c.old_text, after, doc.text[c.new_end : c.new_end + 1])
                ):
                    out.append(" ")  # struck and following words stay apart when read inline
            if c.new_end > c.new_start:
                plain(c.new_start, c.new_end, "insert" if c.op == "insert" else "replace_new")
            pos = max(pos, c.new_end)
        end = seg.start + len(doc.text[seg.start : seg.end].rstrip("\n"))
        plain(pos, end)
        out.append(marked(end, seg.end))  # a passage ending on the line's break
        out.append("\n\n")
    return "".join(out).rstrip("\n").replace("\n", "<br/>")


def history_title(chain: Chain, n: int, lineage: Lineage, wording: Wording | None = None) -> str:
    """The heading of article ``n``'s history: "3. 2 → VI → 6"."""
    return f"{n}. {_heading(chain, lineage, wording or Wording())}"


def _heading(chain: Chain, lineage: Lineage, wording: Wording) -> str:
    """The article's labels version by version; one in a single version is named with
    it ("XI, only in Treaty of Kars (1921)"): the treaty's XI and the later one's XI
    are different articles, and their bookmarks would read alike."""
    present = [s for s in lineage.steps if s.present]
    path = " → ".join(cell_label(chain, s, wording.names) for s in present)
    if len(present) == 1 and len(chain.documents) > 1:
        k = present[0].version
        # "only in" would contradict a step whose fate an editor's note leaves open
        only = (
            "{0}, of {1}"
            if any(s.status == "unknown" for s in lineage.steps)
            else "{0}, only in {1}"
        )
        return wording.phrase(only).format(path, version_name(chain.documents[k], k))
    return path


def _table(chain: Chain, anchors: bool) -> str:
    head = "".join(
        f'<th style="{SANS};font-size:9pt">{k + 1}. {esc(version_name(d, k))}</th>'
        for k, d in enumerate(chain.documents)
    )
    rows = []
    for n, lin in enumerate(chain.lineages, start=1):
        cells = []
        for step in lin.steps:
            label = esc(cell_label(chain, step))
            if anchors and step.present:
                label = f'<a href="#lineage-{n}">{label}</a>'
            note = (
                ""
                if step.status in ("present", "absent")
                else f"<br/>{esc(step_note(chain, step))}"
            )
            # "renumbered", "repealed" tinted as their badges; an article moved as the
            # window tints it (the PDF had it beige, "modified", the window blue, "moved")
            shown = step_words(step)[0]
            style = _cell_style(shown) if shown in (*TINTED, "moved") else ""
            cells.append(f'<td style="{style}">{label}<small>{note}</small></td>')
        rows.append(f'<tr><td style="{SANS};font-size:8pt">{n}</td>{"".join(cells)}</tr>')
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        'style="border-collapse:collapse;border-color:#bbbbbb">'
        f'<thead><tr><th style="{SANS};font-size:9pt">#</th>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _step_block(
    chain: Chain, step: Step, wording: Wording, notes: Sequence[tuple[int, AnchoredNote]] = ()
) -> str:
    """``notes``: the numbered notes whose passage ends in this version's article."""
    doc = chain.documents[step.version]
    name = f"{step.version + 1}. {version_name(doc, step.version)}"
    if not step.present:
        what = {
            "absent": "not in this version",
            "unknown": "not known: an edition gives this part of the text only as editor's notes",
        }.get(step.status, "removed in this version")
        return f'<h3 style="{STEP_HEAD};color:#666666">{esc(name)}: <i>{esc(wording.phrase(what))}</i></h3>'
    changes = [c for p in step.pairs for c in p.changes]
    since = ""
    if step.since is not None and step.pairs:
        since = " — " + wording.phrase("changes since version {0}").format(step.since + 1)
    status = step.shown_status
    word = wording.status(status) if wording.status is not None else ""
    head = (
        f'<h3 style="{STEP_HEAD}"><b>{esc(name)}</b> · '
        f"{esc(cell_label(chain, step, wording.names))} {badge(status, word)}{esc(since)}</h3>"
    )
    # How sure the edition is of this version's wording ("reconstructed, confidence
    # uncertain"), as the pair report says it: a reader cites the chain too.
    provenance = article_provenance(doc, step.segments, wording.phrase)
    if provenance:
        head += (
            f'<p style="{SANS};font-size:8pt;color:#666666;margin-left:12px">{esc(provenance)}</p>'
        )
    marks = [(max(x.end, x.start + 1), _mark(number, x.own)) for number, x in notes]
    body = redline(doc, step.segments, changes, marks)
    text = "".join(doc.text[doc.segments[k].start : doc.segments[k].end] for k in step.segments)
    listed = "".join(_note_line(doc, number, x, wording) for number, x in notes)
    if reads_right_to_left(text):  # the paragraph's side and its order follow its script
        return f'{head}<p dir="rtl" align="right" style="margin-right:12px">{body}</p>{listed}'
    return f'{head}<p style="margin-left:12px">{body}</p>{listed}'


NOTE_COLOUR = "#8a5a00"
"""A note's number and its line: the window's note colour, darkened for paper."""


def _mark(number: int, own: bool = False) -> str:
    colour = OWN_NOTE if own else NOTE_COLOUR
    return f'<sup style="{SANS};color:{colour};font-weight:bold">[{number}]</sup>'


def _note_line(doc: Document, number: int, note: AnchoredNote, wording: Wording) -> str:
    """ "[1] on «the Straits»: the note's words", under the article's text."""
    passage = quoted(doc.text[note.start : note.end])  # as the pair reports quote it
    said = (
        esc(note.text.strip()).replace("\n", "<br/>")
        or "<i>" + esc(wording.phrase("(a note without words)")) + "</i>"
    )
    on = esc(wording.phrase("on «{0}»").format(passage)) if passage else ""
    signed = (
        f' <span style="color:#666666">— {esc(note.signature)}</span>' if note.signature else ""
    )
    colour = OWN_NOTE if note.own else NOTE_COLOUR
    mine = f'<span style="color:{OWN_NOTE}">{esc(wording.phrase("your note"))}</span> '
    return (
        f'<p style="{SANS};font-size:8pt;margin-left:24px;margin-top:2px;margin-bottom:2px">'
        f'<span style="color:{colour};font-weight:bold">[{number}]</span> '
        f'{mine if note.own else ""}<span style="color:#666666">{on}</span> {said}{signed}</p>'
    )


def _history(
    chain: Chain,
    n: int,
    lineage: Lineage,
    wording: Wording | None = None,
    notes: Sequence[AnchoredNote] = (),
) -> str:
    wording = wording or Wording()
    title = history_title(chain, n, lineage, wording)
    out = [
        f'<h2 id="lineage-{n}" style="{SANS};margin-top:18px"><a name="lineage-{n}"></a>{esc(title)}</h2>'
    ]
    number = 0  # notes are numbered through the article's history, version after version
    for step in lineage.steps:
        numbered = []
        for x in _step_notes(chain, step, notes):
            number += 1
            numbered.append((number, x))
        out.append(_step_block(chain, step, wording, numbered))
    return "".join(out)


def _step_notes(chain: Chain, step: Step, notes: Sequence[AnchoredNote]) -> list[AnchoredNote]:
    """The notes whose passage ends in this version's article, in reading order."""
    if not step.present:
        return []
    doc = chain.documents[step.version]
    mine = [x for x in notes if x.version == step.version]
    found: list[AnchoredNote] = []
    for k in step.segments if mine else ():
        found += notes_ending_in(mine, doc.segments[k].start, doc.segments[k].end)
    return found


def history_html(
    chain: Chain,
    n: int,
    lineage: Lineage,
    wording: Wording | None = None,
    notes: Sequence[AnchoredNote] = (),
) -> str:
    """One article's history (number ``n`` in the table) as a standalone page."""
    return f"<html><body>{_history(chain, n, lineage, wording, notes)}</body></html>"


def _legend(unknown: bool, noted: bool = False, own: bool = False) -> str:
    """``unknown``: whether a step of the chain is "not known", to be explained too;
    ``noted``: whether notes are printed, to say how they are marked; ``own``: whether
    one of them is the reader's."""
    runs = " ".join(
        _run(kind, label)
        for kind, label in (
            ("insert", "inserted"),
            ("delete", "deleted"),
            ("replace_old", "replaced (old)"),
            ("replace_new", "replaced (new)"),
        )
    )
    statuses = " · ".join(
        f"{badge(s)} {esc(meaning)}"
        for s, meaning in (
            ("present", "the article as this version has it"),
            ("unchanged", "same words as the version before"),
            ("renumbered", "same words, another number"),
            ("modified", "words changed"),
            ("split", "one article became several"),
            ("merged", "several became one"),
            ("added", "new in this version"),
            ("removed", "gone in this version"),
            ("returned", "back after a version without it"),
            *[("unknown", "not known: an edition gives this part only as notes")][:unknown],
        )
    )
    marks = (
        f"<br/>Notes: {_mark(1)} marks the end of the passage a note is on; the note "
        "is printed under that version of the article"
        if noted
        else ""
    )
    if own:
        marks += (f"; {_mark(1, own=True)} <span style=\"color:{OWN_NOTE}\">your note</span>: "
                  "your own note, from your reading session; the others are the editors' notes")  # fmt: skip
    return f'<p style="{SANS};font-size:9pt">Words: {runs}<br/>Steps: {statuses}{marks}</p>'


def _version_item(k: int, doc: Document) -> str:
    name = version_name(doc, k)
    parts = [f"<b>{esc(name)}</b>"]
    if doc.title and doc.title != name:
        parts.append(esc(doc.title))
    date = doc.metadata.get("date") if doc.metadata else None
    if date:
        parts.append(esc(date))
    parts.append(f'<span style="color:#666666">{esc(doc.source)}</span>')
    # What the edition says of its wording ("a reconstruction…, the wording is entirely
    # ours"), as the pair report prints it: a chain cited without it misleads.
    note = doc.metadata.get("rendering_note") if doc.metadata else None
    said = f'<br/><small style="{SANS}">Rendering: {esc(note)}</small>' if note else ""
    return f"<li>{' — '.join(parts)}{said}</li>"


def _noted(chain: Chain, lineage: Lineage, notes: Sequence[AnchoredNote]) -> bool:
    """Whether a note is printed in the article's history: an article left out as
    unchanged would take its notes with it."""
    return any(_step_notes(chain, step, notes) for step in lineage.steps)


def chain_html(
    chain: Chain,
    for_print: bool = False,
    changed_only: bool = False,
    notes: Sequence[AnchoredNote] = (),
) -> str:
    """The whole report; ``for_print`` leaves out the table's links, which a page
    cannot follow (the PDF has bookmarks instead). ``notes`` are printed under the
    version of the article their passage is in, numbered where the passage ends."""
    title = " → ".join(version_name(d, k) for k, d in enumerate(chain.documents))
    versions = "".join(_version_item(k, d) for k, d in enumerate(chain.documents))
    shown = [
        (n, lin)
        for n, lin in enumerate(chain.lineages, start=1)
        if lin.changed or not changed_only or _noted(chain, lin, notes)
    ]
    histories = "".join(_history(chain, n, lin, notes=notes) for n, lin in shown)
    absent = esc(ABSENT)
    unknown = any(s.status == "unknown" for lin in chain.lineages for s in lin.steps)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"/>'
        f"<title>{esc(title)}</title></head>"
        "<body style=\"font-family:'DejaVu Serif',Georgia,serif;font-size:10pt\">"
        f'<h1 style="{SANS}">History of the articles: {esc(title)}</h1>'
        f"<ol>{versions}</ol>{_legend(unknown, bool(notes), any(x.own for x in notes))}"
        f'<h2 style="{SANS}">Lineage table</h2>'
        f'<p style="{SANS};font-size:9pt">One row per article, one column per version; '
        f"{absent} marks a version the article is not in.</p>"
        f"{_table(chain, anchors=not for_print)}"
        f"{histories}</body></html>"
    )
