"""What lands on which PDF page: a whole legend, annex names, no stranded pair headings."""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from synthetic import family_pair
from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.io.export import export_pdf, make_report

pytestmark = pytest.mark.gui


def page_texts(path: Path) -> list[str]:
    """Each page's text with whitespace runs as one space (pdftotext when installed)."""
    count = len(PdfReader(io.BytesIO(path.read_bytes())).pages)
    if shutil.which("pdftotext"):
        pages = [
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                capture_output=True, text=True, check=True,
            ).stdout
            for n in range(1, count + 1)
        ]  # fmt: skip
    else:
        pages = [p.extract_text() or "" for p in PdfReader(str(path)).pages]
    return [" ".join(p.split()) for p in pages]


def squeezed(text: str) -> str:
    """``text`` without any whitespace and with ligatures spelled out: pdftotext runs a
    word and the small class tag set after it together ("Thecase"), pypdf puts a space
    between them, and both give "ﬁ" for the ligature the PDF draws."""
    return "".join(unicodedata.normalize("NFKC", text).split())


@pytest.fixture(scope="module")
def bundled():
    return compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))


@pytest.fixture(scope="module")
def exported(qapp, bundled, tmp_path_factory) -> dict[str, Path]:
    """The bundled pair without notes (where the reader saw a stranded heading), each layout."""
    folder = tmp_path_factory.mktemp("pages")
    paths = {}
    for layout in ("side-by-side", "inline"):
        paths[layout] = folder / f"{layout}.pdf"
        export_pdf(bundled, paths[layout], annotations=[], layout=layout)
    return paths


def test_the_legend_is_never_split_across_pages(exported) -> None:
    pages = page_texts(exported["side-by-side"])
    (legend,) = [n for n, text in enumerate(pages) if "Legend" in text.split("Summary")[0]]
    for entry in ("inserted words", "stands at another place",
                  "only in the older text", "content from secondary"):  # fmt: skip
        assert entry in pages[legend], entry
    assert "note text after the pair" not in pages[legend]  # exported without notes


def test_the_concordance_names_annexes_as_the_window_does(exported) -> None:
    path = exported["side-by-side"]
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "1", "-l", "3", str(path), "-"],
        capture_output=True, text=True, check=True,
    ).stdout if shutil.which("pdftotext") else "\n".join(page_texts(path)[:3])  # fmt: skip
    concordance = layout.split("Concordance", 1)[1].split("Article by article")[0]
    for name in ("Annex 1", "Annex 1 (C)", "Annex 2"):
        assert re.search(rf"\(none\)\s+{re.escape(name)}\s+ADDED", concordance), name
    assert not re.search(r"\(none\)\s+\d[^\n]*ADDED", concordance)  # no bare "1": Art. 1
    # An absent side says "(none)", never a dash that reads as the numeral 一.
    assert "—" not in concordance


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_no_pair_heading_is_stranded_at_a_page_foot(bundled, exported, layout) -> None:
    """Without notes, "Art. 1 → Art. I" used to end page 3 with its text on page 4."""
    assert_no_heading_stranded(bundled, exported[layout], layout)


def test_no_heading_is_stranded_in_a_long_inline_report(qapp) -> None:
    """Each heading moved to a new page may strand a later one: three rounds of moving
    left headings alone at the foot of pages of a long report in the inline layout
    (6 of 40 in an 800-article pair; here one of 23). Laid out as the export does."""
    from PySide6.QtCore import QBuffer, QSizeF

    from treatyviewer.io import pdf_export

    pair = family_pair("diverse", 450, 3)
    cmp = compare(make_document(pair.old_text), make_document(pair.new_text))
    buffer = QBuffer()
    writer = pdf_export._writer(buffer, "letter", "test")
    dpi = writer.logicalDpiY()
    paint = writer.pageLayout().paintRectPixels(dpi)
    extra = (pdf_export.HEAD_PT + pdf_export.FOOT_PT) * dpi / 72.0
    body = QSizeF(paint.width(), paint.height() - extra)
    builder, geo = pdf_export._lay_out(make_report(cmp, []), "inline", writer, body)
    assert pdf_export._stranded(builder.out, geo) - builder.breaks == set()


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_no_pair_starts_with_one_line_alone_at_a_page_foot(qapp, layout) -> None:
    """A reader found Art. VI's heading and the first line of its text alone at the foot
    of a page under Art. V, the rest overleaf. A pair that runs on to the next page has
    room for two lines at least under its heading, or starts the next page."""
    from PySide6.QtCore import QBuffer, QSizeF

    from treatyviewer.io import pdf_export

    pair = family_pair("diverse", 150, 3)
    cmp = compare(make_document(pair.old_text), make_document(pair.new_text))
    writer = pdf_export._writer(QBuffer(), "a4", "test")
    dpi = writer.logicalDpiY()
    paint = writer.pageLayout().paintRectPixels(dpi)
    extra = (pdf_export.HEAD_PT + pdf_export.FOOT_PT) * dpi / 72.0
    body = QSizeF(paint.width(), paint.height() - extra)
    builder, geo = pdf_export._lay_out(make_report(cmp, []), layout, writer, body)
    out = builder.out
    alone = []
    for key, (_, _head, *texts) in out.keep_together.items():
        firsts = [line for line in map(geo.line_at, texts) if line is not None]
        ends = [line for end in out.block_end.get(key, ()) if (line := geo.line_at(end - 1))]
        if not firsts or not ends:
            continue
        page = firsts[0][0]
        one_line = any(geo.page_h - bottom < 1.5 * (bottom - top) for _, top, bottom in firsts)
        if one_line and max(line[0] for line in ends) > page:
            alone.append(key)
    assert alone == []


def assert_no_heading_stranded(cmp, path: Path, layout: str) -> None:  # type: ignore[no-untyped-def]
    """Each pair's first words are on the page its heading's bookmark leads to."""
    pages = page_texts(path)
    reader = PdfReader(str(path))
    # title page, legend, summary, "Article by article" and its pairs
    (_, _, _, articles, pairs, *_) = reader.outline
    assert str(articles.title) == "Article by article"
    heading_pages = {str(item.title): reader.get_destination_page_number(item) for item in pairs}
    for block in make_report(cmp, []).blocks:
        where = next(
            n for title, n in heading_pages.items() if title.startswith(f"{block.title} ·")
        )
        columns = (block.inline_runs,) if layout == "inline" else (block.old_runs, block.new_runs)
        for runs in columns:
            words = "".join(r.text for r in runs if r.kind not in ("marker", "label")).split()
            if words:
                assert squeezed(" ".join(words[:3])) in squeezed(pages[where]), (
                    block.title,
                    where + 1,
                )


def test_an_unpaired_article_says_where_its_matter_went(exported) -> None:
    pages = " ".join(page_texts(exported["side-by-side"]))
    assert "REMOVED matter went to I, II, III, XV" in pages  # the concordance row
    assert "Art. 4 REMOVED its matter went to I, II, III, XV" in pages
    assert "What became of it: Replaced in 1921 by the frontier of Article I" in pages


def test_bundled_legend_badges_do_not_break(exported) -> None:
    front = " ".join(page_texts(exported["side-by-side"])[:2])
    assert "RECONSTRUCTED" in front and "PARAPHRASED" in front


def test_a_pair_of_files_names_its_texts_and_tints_whole_articles(qapp, tmp_path: Path) -> None:
    """Texts titled only by their file name: the empty column says which text and file
    it is, and a removed (added) article is tinted as deleted (inserted) text."""
    from treatyviewer.io.readers import read_document

    words = [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "zeta",
        "eta",
        "theta",
        "iota",
        "kappa",
        "lambda",
        "mu",
    ]
    body = [" ".join(words[k:] + words[:k]) + " nu xi omicron pi." for k in range(6)]
    old_text = "\n\n".join(f"Article {n + 1}\n\n{b}" for n, b in enumerate(body))
    gone = "Article 4\n\n" + body[3] + "\n\n"
    new_text = old_text.replace(gone, "") + "\n\nArticle 7\n\nrho sigma tau upsilon phi chi psi."
    (tmp_path / "plain-old.txt").write_text(old_text, encoding="utf-8")
    (tmp_path / "plain-new.txt").write_text(new_text, encoding="utf-8")
    cmp = compare(
        read_document(str(tmp_path / "plain-old.txt")),
        read_document(str(tmp_path / "plain-new.txt")),
    )
    assert cmp.removed and cmp.added
    report = make_report(cmp, annotations=[])
    whole = [b for b in report.blocks if b.badges in (("removed",), ("added",))]
    for block in whole:
        runs = block.old_runs if block.badges == ("removed",) else block.new_runs
        kinds = {r.kind for r in runs if r.text.strip()}
        assert kinds == {"delete" if block.badges == ("removed",) else "insert"}, kinds
    out = tmp_path / "plain.pdf"
    export_pdf(cmp, out, annotations=[])
    text = " ".join(page_texts(out))
    assert "— not in the newer text (plain-new.txt) —" in text
    assert "— not in the older text (plain-old.txt) —" in text
    assert "not in the plain-" not in text


SHORT_LAW_OLD = """\
Gesetz über die Ruhezeit

§ 1 Geltungsbereich
Dieses Gesetz gilt für alle Personen mit Antrag im ganzen Land.

§ 2 Wartezeit
Die Wartezeit beträgt sechs Monate ab dem Eingang des Antrags.

§ 3 Grundlage
Grundlage der Rechnung ist das Einkommen des vorigen Jahres.

§ 4 Dauer
Die Leistung wird für die Dauer von zwölf Monaten gewährt.

§ 5 Inkrafttreten
Dieses Gesetz tritt am Tag nach seiner Verkündung in Kraft.
"""


def test_a_short_report_has_no_blank_page(qapp, tmp_path) -> None:
    """A short law's report had a second page holding only its running head: the
    concordance ended right at the first page's foot, ran past it by its margins, and
    "Article by article", set to open a new page, opened the one after."""
    from treatyviewer.cli import run

    new_text = SHORT_LAW_OLD.replace(
        SHORT_LAW_OLD[SHORT_LAW_OLD.index("§ 2") : SHORT_LAW_OLD.index("§ 4")],
        "§§ 2 und 3 (weggefallen)\n\n",
    ).replace("zwölf", "vierundzwanzig")
    old, new = tmp_path / "de_old.txt", tmp_path / "de_new.txt"
    old.write_text(SHORT_LAW_OLD, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    out = tmp_path / "short.pdf"
    assert run(["export", str(old), str(new), "--pdf", str(out)]) == 0
    counts = [len(p.split()) for p in page_texts(out)]
    assert all(n > 12 for n in counts), counts
    assert "Article by article" in page_texts(out)[1]


FIGURES = {"en": ("Similarity:", "Kept:"), "ru": ("Сходство:", "Сохранено:"),
           "tr": ("Benzerlik:", "Korunan:")}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(FIGURES))
def test_the_concordance_caption_explains_both_figures(qapp, tmp_path, lang) -> None:
    """The PDF's caption explained "Kept" and not "Similarity" (the HTML explains both),
    and had no line to spare: the summary of a short report stays on the title page."""
    new_text = SHORT_LAW_OLD.replace("zwölf", "vierundzwanzig")
    old, new = tmp_path / "de_old.txt", tmp_path / "de_new.txt"
    old.write_text(SHORT_LAW_OLD, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    out = tmp_path / "short.pdf"
    # (in a process of its own: the language stays with the process)
    result = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "export", str(old), str(new),
         "--pdf", str(out), "--lang", lang],
        capture_output=True, text=True, timeout=180,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pages = page_texts(out)
    assert any(all(word in page for word in FIGURES[lang]) for page in pages), pages
    counts = [len(p.split()) for p in pages]
    assert all(n > 12 for n in counts), counts


def _numbered_law(sections: int, changed: set[int]) -> str:
    return "\n".join(
        f"§ {k}\nSchutz {k}\n(1) Die Gemeinde regelt die Benutzung der Anlage {k} durch "
        f"Satzung{' neu' if k in changed else ''}.\n"
        for k in range(1, sections + 1)
    )


@pytest.mark.parametrize("sections", [78, 82])
def test_a_few_rows_of_the_concordance_are_no_page_of_their_own(qapp, tmp_path, sections) -> None:
    """The last two rows of a long concordance were a page alone, the rest of it blank,
    before "Article by article" opened the next: the articles now run on after them."""
    from treatyviewer.cli import run

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_numbered_law(sections, set()), encoding="utf-8")
    new.write_text(_numbered_law(sections, {3, 7}), encoding="utf-8")
    out = tmp_path / "law.pdf"
    assert run(["export", str(old), str(new), "--pdf", str(out)]) == 0
    pages = page_texts(out)
    k = next(i for i, p in enumerate(pages) if "Article by article" in p)
    tail = pages[k].split("Article by article")[0]
    assert f"{sections} {sections}" in tail  # the concordance's last row, on the same page
    # The title page holds the title and a legend of what the report shows, no more.
    assert all(len(p.split()) > 60 for p in pages[1:-1]), [len(p.split()) for p in pages]


def _law_ending_long(sections: int, changed: set[int]) -> str:
    out = []
    for k in range(1, sections + 1):
        body = (
            f"(1) Die zuständige Stelle entscheidet über den Antrag {k} innerhalb einer Frist "
            f"von {k + 20} Tagen nach Eingang{' der Unterlagen' if k in changed else ''}."
        )
        if k == sections:
            body += " " + " ".join(f"Sie hört die Beteiligten {m} an." for m in range(3))
        out.append(f"§ {k}\nRegelung {k}\n{body}\n")
    return "\n".join(out)


def test_the_last_page_holds_more_than_the_last_lines_of_a_pair(qapp, tmp_path) -> None:
    """A statute's report ended on a page holding only the last line of each text of
    its last section: that section now starts the last page whole."""
    from treatyviewer.cli import run

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_law_ending_long(25, set()), encoding="utf-8")
    new.write_text(_law_ending_long(25, {3, 25}), encoding="utf-8")
    out = tmp_path / "law.pdf"
    assert run(["export", str(old), str(new), "--pdf", str(out)]) == 0
    pages = page_texts(out)
    assert "§ 25 → § 25" in pages[-1] and "Regelung 25" in pages[-1]
    assert "Regelung 25" not in pages[-2]


CHARTER = """# Charter of the Lake Commission

## Part I. General Provisions

### Chapter 1. Purpose

#### Article 1

The Commission keeps the lake open to the boats of every member.

#### Article 2

Members share the cost of the lighthouses by the tonnage they send.

### Chapter 2. Organs

#### Article 3

A Council of five members meets twice a year at Poti.

## Part II. Final Provisions

#### Article 4

This Charter enters into force on signature.
"""


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_the_articles_stand_under_the_parts_and_chapters_of_their_text(
    qapp, tmp_path, layout
) -> None:
    """The window heads the articles with their parts and chapters; the report had left
    them out, and Part II's articles ran on under Part I's."""
    new_text = CHARTER.replace("five", "seven").replace("on signature", "on ratification")
    cmp = compare(make_document(CHARTER), make_document(new_text))
    path = tmp_path / "charter.pdf"
    export_pdf(cmp, path, annotations=[], layout=layout)
    text = " ".join(page_texts(path)).split("Article by article", 1)[1]
    order = ["Part I — General Provisions", "Chapter 1 — Purpose", "Art. 1",
             "Chapter 2 — Organs", "Art. 3", "Part II — Final Provisions", "Art. 4"]  # fmt: skip
    places = [text.find(heading) for heading in order]
    assert -1 not in places and places == sorted(places), list(zip(order, places, strict=True))
    assert text.count("Chapter 1 — Purpose") == 1  # once, over its first article


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_a_removed_article_under_a_renamed_part_heads_no_part_again(qapp, tmp_path, layout) -> None:
    """Part I renamed, an article of it struck out: the removed article, headed by the
    older text's divisions, had printed Part I and its chapter a second time, and the
    next article a third."""
    old = CHARTER.replace("Part I. General Provisions", "Part I. General Rules")
    struck = (
        "#### Article 2\n\nMembers share the cost of the lighthouses by the tonnage they send.\n\n"
    )
    cmp = compare(make_document(old), make_document(CHARTER.replace(struck, "")))
    assert cmp.removed
    path = tmp_path / "charter.pdf"
    export_pdf(cmp, path, annotations=[], layout=layout)
    text = " ".join(page_texts(path)).split("Article by article", 1)[1]
    assert text.count("Chapter 1 — Purpose") == 1
    assert text.count("Part I — ") == 1


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_no_note_s_first_line_is_cut_by_a_page_foot(qapp, bundled, layout) -> None:
    """The first note under a pair's table was laid across the page foot: its top
    showed as a short tinted rule at the foot of one page, the rest of the line
    overleaf (the bundled pair's note [13]; with a note of the reader's, [33]). Each
    note's first line lies whole on one page."""
    from PySide6.QtCore import QBuffer, QSizeF

    from treatyviewer.io import pdf_export
    from treatyviewer.io.report_notes import bundled_annotations

    writer = pdf_export._writer(QBuffer(), "a4", "test")
    dpi = writer.logicalDpiY()
    paint = writer.pageLayout().paintRectPixels(dpi)
    extra = (pdf_export.HEAD_PT + pdf_export.FOOT_PT) * dpi / 72.0
    body = QSizeF(paint.width(), paint.height() - extra)
    report = make_report(bundled, bundled_annotations(bundled))
    builder, geo = pdf_export._lay_out(report, layout, writer, body)
    firsts = {}
    block = builder.out.doc.begin()
    while block.isValid():
        if re.match(r"\[\d+\]  ", block.text()):
            firsts[block.text()[:5]] = geo.line_at(block.position())
        block = block.next()
    assert len(firsts) > 20
    cut = [mark for mark, (_page, _top, bottom) in firsts.items() if bottom > geo.page_h + 0.5]
    assert cut == []


def test_a_note_running_over_a_page_break_is_in_the_pdf_once(qapp, bundled, tmp_path) -> None:
    """A note whose paragraph Qt carried over a page break had its line at the break
    drawn on both pages (clipped away on one): invisible, but a search of the PDF for
    the note's words found that line twice. Lines of the notes at the breaks are
    checked here (a pair's own lines, which can stand twice in the texts, are checked
    by where they are drawn: ``test_export_pdf_hidden_lines``), and lines that every
    article added or removed prints ("— not in the Moscow draft (1920) —") let be."""
    from treatyviewer.io.report_model import empty_column_note
    from treatyviewer.io.report_notes import bundled_annotations

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    path = tmp_path / "notes.pdf"
    export_pdf(bundled, path, annotations=bundled_annotations(bundled))
    count = len(PdfReader(io.BytesIO(path.read_bytes())).pages)
    lines = []
    for n in range(1, count + 1):
        page = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(path), "-"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip
        lines.append([line.strip() for line in page.splitlines() if len(line.strip()) > 25])
    texts = squeezed(bundled.old.text + bundled.new.text)
    report = make_report(bundled, bundled_annotations(bundled))
    empty = {
        squeezed(empty_column_note(block, (bundled.old, bundled.new), side))
        for block in report.blocks
        for side in ("old", "new")
    }
    twice = [
        line
        for before, after in itertools.pairwise(lines)
        for line in set(before[-6:]) & set(after[:8])
        if squeezed(line) not in texts and squeezed(line) not in empty
    ]
    assert twice == []
