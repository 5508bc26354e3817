"""HTML, CSV and JSON reports: self-contained, escaped, and readable by machines."""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import unicodedata
from pathlib import Path

import pytest

from treatyviewer.core.annotations import annotate_selection
from treatyviewer.core.change_classes import SUBSTANCE
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document
from treatyviewer.core.shown_classes import only_classes
from treatyviewer.io.csv_export import CSV_FIELDS
from treatyviewer.io.export import export_all, export_csv, export_html, export_json, make_report
from treatyviewer.io.html_export import render_html

OLD = """Treaty (draft)

Article 1

The Parties agree that Kars remains within Turkey.

Article 2

The Parties undertake to open lines of communication.

Article 3

This Treaty enters into force at once.
"""

NEW = """Treaty

Article I

The Parties agree that Kars and Ardahan remain within Turkey.

Article II

The Parties undertake to open lines of communication.

Article III

This Treaty enters into force on ratification.

Article IV

Batum is ceded to Georgia.
"""

EVIL = "<script>alert(1)</script> & <img src=x onerror=alert(2)>"


@pytest.fixture
def cmp() -> Comparison:
    return compare(make_document(OLD, source="old.txt"), make_document(NEW, source="new.txt"))


def _evil_note(cmp: Comparison):
    start = cmp.new.text.index("Kars and Ardahan")
    return annotate_selection(cmp.new, start, start + 16, EVIL, entity_ids=["kars"])


def test_annotation_markup_appears_as_text(cmp: Comparison) -> None:
    html = render_html(make_report(cmp, [_evil_note(cmp)]))
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'id="note-1"' in html and 'href="#note-1"' in html


def test_html_is_self_contained(cmp: Comparison) -> None:
    html = render_html(make_report(cmp, [_evil_note(cmp)]))
    assert html.startswith("<!DOCTYPE html>")
    assert "<style>" in html
    assert not re.search(r"<(link|script|iframe|img)\b", html)
    assert not re.search(r"<[a-z][^>]*\s(src|on\w+)\s*=", html)
    assert "@import" not in html
    assert not re.search(r"url\((?!#)", html)  # only references inside the page (map patterns)


def test_html_has_every_pair_inline_and_side_by_side(cmp: Comparison) -> None:
    report = make_report(cmp, [])
    for layout in ("side-by-side", "inline"):
        html = render_html(report, layout)
        for block in report.blocks:
            assert f'id="{block.key}"' in html
            assert f'href="#{block.key}"' in html
        assert '<ins class="' in html and '<del class="' in html
        assert "Index of parties and places" in html


def test_html_changed_only(cmp: Comparison) -> None:
    everything = make_report(cmp, [])
    changed = make_report(cmp, [], changed_only=True)
    assert len(changed.blocks) < len(everything.blocks)
    assert all(b.changed for b in changed.blocks)


def test_export_files_parse_back(cmp: Comparison, tmp_path: Path) -> None:
    export_html(cmp, tmp_path / "r.html", annotations=[_evil_note(cmp)])
    export_csv(cmp, tmp_path / "r.csv")
    export_json(cmp, tmp_path / "r.json")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "r.csv").read_text(encoding="utf-8-sig"))))
    assert tuple(rows[0]) == CSV_FIELDS
    assert len(rows) == len(cmp.rows())
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["schema"] == "treatyviewer.comparison/2"
    assert "&lt;script&gt;" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_export_all_writes_what_the_command_line_names(cmp: Comparison, tmp_path: Path) -> None:
    args = argparse.Namespace(
        pdf=None,
        html=str(tmp_path / "a.html"),
        csv=str(tmp_path / "a.csv"),
        json=str(tmp_path / "a.json"),
        project=None,
        layout="inline",
        changed_only=True,
        paper="a4",
    )
    written = export_all(cmp, args)
    assert written == [args.html, args.csv, args.json]
    assert all(Path(p).stat().st_size > 0 for p in written)


def test_notes_that_cannot_be_placed_are_listed_not_dropped(cmp: Comparison) -> None:
    elsewhere = make_document(
        "Article 1\n\nA passage found in no compared text.\n", source="new.txt"
    )
    start = elsewhere.text.index("A passage")
    orphan = annotate_selection(elsewhere, start, start + 20, "lost passage note")
    report = make_report(cmp, [_evil_note(cmp), orphan])
    assert [n.note for n, _ in report.other_notes] == ["lost passage note"]
    html = render_html(report)
    assert "Other notes" in html and "lost passage note" in html


@pytest.mark.parametrize("layout", ["side-by-side", "inline"])
def test_an_arabic_text_reads_from_the_right_in_html(layout: str) -> None:
    """Each text's column says its direction by its own letters (dir="auto"): an Arabic
    article opens at the right margin, with its stops where Arabic puts them."""
    old = make_document("المادة 1\nتلتزم الأطراف بحماية الموانئ.\n\nالمادة 2\nتنشأ لجنة مشتركة.\n")
    new = make_document(
        "المادة 1\nتلتزم الأطراف بحماية الموانئ والسفن.\n\nالمادة 2\nتنشأ لجنة مشتركة.\n"
    )
    html = render_html(make_report(compare(old, new), []), layout)
    cells = re.findall(r'<div (?:class="inline" )?dir="auto">(.*?)</div>', html, re.S)
    assert any("الموانئ" in cell for cell in cells)


def test_html_says_where_the_matter_of_an_unpaired_article_went() -> None:
    """The PDF names the articles that took up the removed draft Art. 4 and what the
    editors' notes say became of it; the HTML said nothing of either."""
    from treatyviewer.core.resources import load_bundled

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    html = render_html(make_report(cmp, None))
    section = re.search(r'<section class="pair" id="removed-4">.*?</section>', html, re.S)
    assert section is not None
    assert re.search(
        r"its matter went to <a href=\"#[\w-]+\">I</a>, <a href=\"#[\w-]+\">II</a>", section[0]
    )
    assert "What became of it: Replaced in 1921" in section[0]
    for key in re.findall(r'href="#([\w-]+)"', section[0]):
        assert f'id="{key}"' in html
    assert " 1 changes" not in html


def test_a_report_names_what_an_unpaired_section_shares_wording_with() -> None:
    """With no editor's note to say where its matter went, a section struck out names
    the sections of the other text it shares its own wording with, as the window does
    (CC BY-SA 3.0's grant and 4.0's Scope); the report had said nothing."""
    from treatyviewer.io.readers import read_document

    folder = Path(__file__).parent / "related_pairs"
    cmp = compare(
        read_document(folder / "cc-by-sa-3.0.txt"), read_document(folder / "cc-by-sa-4.0.txt")
    )
    html = render_html(make_report(cmp, None))
    index = next(k for k, s in enumerate(cmp.old.segments) if s.label == "3")
    section = re.search(rf'<section class="pair" id="removed-{index}">.*?</section>', html, re.S)
    assert section is not None
    assert re.search(r"shares wording with <a href=\"#[\w-]+\">2</a> of the newer text", section[0])
    assert "its matter went to" not in section[0]  # no note says so: a weaker claim


def test_changed_only_leaves_out_articles_only_renumbered_and_says_so() -> None:
    """An article that only took a new number, its words and place kept, was kept as
    "changed" (26 of 40 articles shown in a real export were such), and nothing on
    the first page said that unchanged ones were left out."""
    old = "".join(f"Article {n}\n\nRule {n} binds the Parties.\n\n" for n in range(1, 6))
    new = (
        "Article 1\n\nRule 1 binds the Parties.\n\nArticle 2\n\nA new rule on ports.\n\n"
        + "".join(f"Article {n + 1}\n\nRule {n} binds the Parties.\n\n" for n in range(2, 6))
    )
    comparison = compare(make_document(old), make_document(new))
    assert sum(p.renumbered for p in comparison.pairs) == 4
    report = make_report(comparison, [], changed_only=True)
    assert [b.badges[0] for b in report.blocks] == ["added"]
    assert report.shown_line == "1 article shown (only the changed ones; 5 unchanged left out)"
    html = render_html(report)
    assert "5 unchanged left out" in html
    # The concordance still says where every article went, the left-out ones unlinked.
    rows = report.concordance_rows
    assert [(b.old_cell, b.new_cell, shown) for b, shown in rows][:3] == [
        ("1", "1", False), ("(none)", "2", True), ("2", "3", False)
    ]  # fmt: skip
    # ...a run of them as one line: line by line they filled pages of a long report.
    assert html.count("not printed") == 2
    run = report.concordance_lines[-1]
    assert (run.old_cell, run.new_cell, run.note) == ("2 – 5", "3 – 6", "4 unchanged, not printed")


def test_a_report_of_some_classes_only_says_so_on_its_first_page() -> None:
    """`--only substance` was stated on page 3 alone: page 1 and the article counts
    read as those of the whole comparison."""
    old = "Article 1\n\nThe Parties meet at Kars.\n\nArticle 2\n\nThe frontier runs east."
    new = "Article 1\n\nThe parties meet at Kars.\n\nArticle 2\n\nThe frontier runs west."
    comparison = only_classes(compare(make_document(old), make_document(new)), SUBSTANCE)
    report = make_report(comparison, [])
    assert unicodedata.normalize("NFKC", report.shown_line).endswith(
        "· Only changes of wording, figures are shown; left out: case 1."
    )
    assert report.shown_line in render_html(report)


def test_a_readers_links_and_unlinks_are_said_to_be_the_readers_in_the_report() -> None:
    """A pairing the reader set read in the exported concordance as one the aligner
    found: a report cited as the tool's finding passed the reader's choice off."""
    from treatyviewer.core.align import Overrides

    old = "Article 1\n\nThe Parties meet at Kars.\n\nArticle 2\n\nThe frontier runs east."
    new = "Article 1\n\nThe Parties meet at Kars.\n\nArticle 2\n\nThe frontier runs west."
    overrides = Overrides().with_unlink(["2"], ["2"]).with_link(["1"], ["2"])
    comparison = compare(make_document(old), make_document(new), overrides=overrides)
    report = make_report(comparison, [])
    decided = {(b.old_cell, b.new_cell): b.decided for b, _ in report.concordance_rows}
    assert decided[("1", "2")] == "linked by the reader"
    assert "unlinked by the reader" in decided.values()
    assert "linked by the reader" in render_html(report)


def test_reports_show_the_similarity_the_window_shows() -> None:
    """Art. 5 → V is 0.495 alike: the window showed 50 %, the PDF and HTML 0.49."""
    from treatyviewer.core.article_pair import whole_percent
    from treatyviewer.core.resources import load_bundled

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    pair = next(p for p in cmp.pairs if cmp.label_of("new", p.new) == ["V"])
    assert round(pair.similarity, 3) == 0.495 and whole_percent(pair.shown_similarity) == 50
    report = make_report(cmp, None)
    block = next(b for b in report.blocks if b.new_labels == ("V",))
    assert block.similarity_shown == "50%" and block.measure.startswith("similarity 50% · ")
    html = render_html(report)
    assert re.search(r'<td class="num">50%</td>', html)
    assert not re.search(r"\b0\.\d\d\b", re.sub(r"<style>.*?</style>", "", html, flags=re.S))


def test_the_html_concordance_says_where_an_unpaired_article_s_matter_went() -> None:
    """The PDF's concordance said "matter went to I, II, III, XV" beside draft Art. 4;
    the HTML's said only "removed"."""
    from treatyviewer.core.resources import load_bundled

    report = make_report(compare(load_bundled("draft-1920"), load_bundled("moscow-1921")), [])
    html = render_html(report)
    start = html.index('<table class="conc">')
    summary = html[start : html.index("</table>", start)]
    assert "matter went to I" in summary and "matter came from 4" in summary


def test_the_report_calls_the_two_texts_what_the_window_does(cmp: Comparison) -> None:
    """The window's columns, map and legend say "Older / Newer"; the report's captions
    and legend had said "Earlier text" and "only in the later text"."""
    text = re.sub(r"<[^>]+>", " ", render_html(make_report(cmp, [])))
    assert "older text" in text.lower() and "newer text" in text.lower()
    assert "only in the newer text" in text  # Article IV, added
    assert re.search(r"Older\s+Newer\s+Status", text)  # the concordance's heads
    assert not re.search(r"(?i)\b(earlier|later)\b", text)
