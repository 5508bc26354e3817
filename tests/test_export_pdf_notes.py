"""PDF comments: full-height highlights with appearance streams, signed by their author,
and one rule for which notes a report carries (command line and window alike)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from test_export_pdf import FIXED_OUTLINE, _flat_outline
from treatyviewer.cli import run
from treatyviewer.core.annotations import Annotation, annotate_selection
from treatyviewer.core.comparison import compare
from treatyviewer.core.project import DocumentRef, Project, save_project
from treatyviewer.core.resources import load_bundled
from treatyviewer.io import report_palette
from treatyviewer.io.export import export_pdf, make_report
from treatyviewer.io.report_notes import bundled_annotations

pytestmark = pytest.mark.gui

EDITORS = "treatyviewer editors"


def _highlights(path: Path) -> list[dict]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [
        ref.get_object()
        for page in reader.pages
        for ref in page.get("/Annots") or []
        if ref.get_object().get("/Subtype") == "/Highlight"
    ]


def _quad_heights(annot: dict) -> list[float]:
    q = [float(v) for v in annot["/QuadPoints"]]
    return [q[k + 1] - q[k + 5] for k in range(0, len(q), 8)]


def _numbers(annots: list[dict]) -> set[str]:
    return {str(a["/Contents"]).split("]")[0] + "]" for a in annots}


@pytest.fixture(scope="module")
def bundled():
    return compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))


def _script_note(bundled) -> Annotation:  # type: ignore[no-untyped-def]
    start = bundled.new.text.index("Kars")
    return annotate_selection(
        bundled.new, start, start + 4, "Kars <script>alert(1)</script>", entity_ids=["kars"]
    )


@pytest.fixture(scope="module")
def curated_pdf(qapp, bundled, tmp_path_factory) -> Path:
    """The bundled pair with its curated notes and one reader's note holding markup."""
    path = tmp_path_factory.mktemp("notes") / "bundled.pdf"
    export_pdf(bundled, path, annotations=[*bundled_annotations(bundled), _script_note(bundled)])
    return path


def test_every_curated_highlight_covers_the_line_height(curated_pdf) -> None:
    annots = _highlights(curated_pdf)
    assert len(_numbers(annots)) >= 30
    body_pt = 9.5  # the report's text size: a line is taller than that
    thin = [str(a["/Contents"])[:40] for a in annots if any(h < body_pt for h in _quad_heights(a))]
    assert not thin, thin


def test_highlights_have_appearance_streams_that_keep_changes_visible(curated_pdf) -> None:
    for annot in _highlights(curated_pdf):
        appearance = annot["/AP"]["/N"].get_object()
        assert appearance["/Subtype"] == "/Form"
        assert [float(v) for v in appearance["/BBox"]] == pytest.approx(
            [float(v) for v in annot["/Rect"]], abs=0.02
        )
        blend = appearance["/Resources"]["/ExtGState"]["/GS0"]
        assert blend["/BM"] == "/Multiply"  # the change's tint shows through
        drawn = appearance.get_data().decode()
        # a tinted quad and a bar beside it for every line, as the window draws a note
        assert drawn.count(" f") == 2 * (len(annot["/QuadPoints"]) // 8)
        tint, tick = (f"{_rgb(c)} rg" for c in (report_palette.NOTE_TINT, report_palette.NOTE_TICK))
        assert tint in drawn and tick in drawn


def _rgb(colour: str) -> str:
    return " ".join(f"{int(colour[i : i + 2], 16) / 255:.3f}" for i in (1, 3, 5))


def test_the_note_colours_are_the_windows(curated_pdf) -> None:
    from treatyviewer.ui.compare.span_overlay import STYLES

    light = STYLES[("annotation", False)]
    assert (light.fill, light.alpha, light.tick) == (
        report_palette.NOTE_WASH,
        report_palette.NOTE_ALPHA,
        report_palette.NOTE_TICK,
    )
    colours = {tuple(round(float(c), 3) for c in a["/C"]) for a in _highlights(curated_pdf)}
    assert colours == {tuple(float(c) for c in _rgb(report_palette.NOTE_TINT).split())}


def test_comments_are_signed_by_their_author(qapp, bundled, tmp_path) -> None:
    new = bundled.new
    start = new.text.index("Batum")
    mine = annotate_selection(new, start, start + 5, "my own note on Batum")
    path = tmp_path / "signed.pdf"
    export_pdf(bundled, path, annotations=[mine, *bundled_annotations(bundled)], reader="Ayşe")
    authors = {str(a["/Contents"]).split("\n")[0]: str(a["/T"]) for a in _highlights(path)}
    assert next(t for c, t in authors.items() if "my own note on Batum" in c) == "Ayşe"
    others = {t for c, t in authors.items() if "my own note" not in c}
    assert others == {EDITORS}
    unsigned = make_report(bundled, [mine])  # no name given: no author
    (placed,) = [n for block in unsigned.blocks for n in block.notes]
    assert placed.author == ""


def test_a_note_names_who_wrote_it_and_when_beside_its_text(qapp, bundled, tmp_path) -> None:
    """A reader's note and the editors' read alike on the page; the name was only in
    the PDF comment's author field."""
    from dataclasses import replace

    from treatyviewer.core.annotations import Creator, Target

    new = bundled.new
    start = new.text.index("Batum")
    mine = annotate_selection(new, start, start + 5, "my own note on Batum")
    signed = replace(mine, creator=Creator("A. Reader"), created="2026-12-01T10:00:00Z")
    # Recorded by its words alone (no place, no context), in a text that has them twice:
    # the first in reading order, as the list of notes says, not the last (an annex).
    quote = replace(
        annotate_selection(new, start, start + 5, "the first Batum"),
        targets=(Target(new.source, exact=new.text[start : start + 5]),),
    )
    assert new.text.count(new.text[start : start + 5]) > 1
    report = make_report(bundled, [signed, quote, *bundled_annotations(bundled)])
    notes = {n.note: n for block in report.blocks for n in block.notes}
    assert notes["my own note on Batum"].signature == "A. Reader, 2026-12-01"
    assert notes["the first Batum"].spans[0].start == start
    editors = [n for n in notes.values() if n.author == EDITORS]
    assert editors and all(n.signature.startswith(f"{EDITORS}, 20") for n in editors)
    path = tmp_path / "signed.pdf"
    export_pdf(bundled, path, annotations=[signed])
    assert "— A. Reader, 2026-12-01" in " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(path).pages
    )


def test_the_reader_s_own_note_is_signed_on_the_page_too(qapp, bundled, tmp_path) -> None:
    """A note made in the window records no author: the editors' notes were signed on
    the page ("— treatyviewer editors, 2026-11-25") and the reader's read
    "— 2026-12-07 · Places: …", their name only in the PDF comment."""
    from dataclasses import replace

    from treatyviewer.io.export import export_html

    new = bundled.new
    start = new.text.index("Batum")
    mine = replace(
        annotate_selection(new, start, start + 5, "my own note on Batum"),
        created="2026-12-07T10:00:00Z",
    )
    assert mine.creator is None or not mine.creator.name
    pdf, html = tmp_path / "mine.pdf", tmp_path / "mine.html"
    export_pdf(bundled, pdf, annotations=[mine], reader="Ayşe Kaya")
    export_html(bundled, html, annotations=[mine], reader="Ayşe Kaya")
    pages = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "— Ayşe Kaya, 2026-12-07" in pages
    assert "Ayşe Kaya, 2026-12-07" in html.read_text(encoding="utf-8")
    (placed,) = [n for block in make_report(bundled, [mine]).blocks for n in block.notes]
    assert placed.signature == "2026-12-07"  # no name set: the date alone


@pytest.fixture
def session(bundled, tmp_path) -> Path:
    new = bundled.new
    start = new.text.index("Batum")
    mine = annotate_selection(new, start, start + 5, "the reader's note on Batum")
    project = Project(
        {"old": DocumentRef("draft-1920"), "new": DocumentRef("moscow-1921")},
        annotations=(mine,),
    )
    path = tmp_path / "S.tvproj"
    save_project(path, project)
    return path


@pytest.mark.parametrize("which", ["mine", "curated", None])
def test_cli_notes_choice(qapp, bundled, session, tmp_path, which) -> None:
    out = tmp_path / f"{which}.pdf"
    args = ["export", "--pdf", str(out), "--project", str(session)]
    assert run(args + (["--notes", which] if which else [])) == 0
    texts = {str(a["/Contents"]) for a in _highlights(out)}
    has_mine = any("the reader's note on Batum" in t for t in texts)
    curated = len(_numbers([a for a in _highlights(out) if str(a.get("/T")) == EDITORS]))
    report = make_report(bundled, bundled_annotations(bundled))
    placed = len({n.number for block in report.blocks for n in block.notes})
    assert has_mine == (which in ("all", "mine", None))
    assert curated == (placed if which in ("all", "curated", None) else 0)


def test_bundled_pair_with_notes(bundled, curated_pdf) -> None:
    reader = PdfReader(io.BytesIO(curated_pdf.read_bytes()))
    report = make_report(bundled, [_script_note(bundled)])
    assert 4 <= len(reader.pages) <= 60
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    for block in report.blocks:
        for label in block.old_labels + block.new_labels:
            assert label in text
    assert any("alert(1)" in str(a["/Contents"]) for a in _highlights(curated_pdf))
    titles = _flat_outline(reader.outline)
    assert len(titles) >= len(report.blocks) + len(FIXED_OUTLINE) + 1


def test_a_note_on_a_whole_pair_is_placed_beside_it(bundled) -> None:
    """A note made with Note on This Pair names the pair, not a passage: the report marks
    it on the newer article's first line, where before it went to the notes that
    "could not be placed in either text"."""
    from treatyviewer.core.annotations import PairRef, Target, new_id

    cmp = bundled
    pair = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["5"])
    ref = PairRef(tuple(cmp.label_of("old", pair.old)), tuple(cmp.label_of("new", pair.new)))
    note = Annotation(new_id(), (Target("", segment=ref.new[0], pair=ref),), note="Compare Kars")
    report = make_report(cmp, [note])
    assert not report.other_notes
    [block] = [b for b in report.blocks if note.note in (n.note for n in b.notes)]
    assert block.old_labels == ref.old and block.new_labels == ref.new


def test_a_note_on_right_to_left_text_is_a_comment_too(qapp, tmp_path) -> None:
    """A note on an Arabic word had its margin bar printed and no comment: right to
    left, the word's end stands left of its start, and the comment's box came out of
    no width."""
    from treatyviewer.core.segment import make_document

    old = make_document("المادة 1\nتلتزم الأطراف بتنفيذ هذا الاتفاق بحسن نية.\n", "old.txt")
    new = make_document("المادة 1\nتلتزم الأطراف بتنفيذ هذا الاتفاق بحسن نية تامة.\n", "new.txt")
    cmp = compare(old, new)
    start = new.text.index("الاتفاق")
    note = annotate_selection(new, start, start + len("الاتفاق"), "the agreement")
    path = tmp_path / "ar.pdf"
    export_pdf(cmp, path, annotations=[note])
    comments = [a for a in _highlights(path) if "the agreement" in str(a["/Contents"])]
    assert len(comments) == 1
    left, _bottom, right, _top = (float(v) for v in comments[0]["/Rect"])
    assert right - left > 10  # the word's width, not a sliver


def test_a_note_is_not_signed_by_a_login_name_never_chosen(
    qapp, session, tmp_path, monkeypatch
) -> None:
    """No name set in Preferences: the reader's note went out signed "root" (the
    account's login name) beside its text, in the HTML and as the PDF comment's author."""
    import getpass

    monkeypatch.setattr(getpass, "getuser", lambda: "loginname")
    pdf, html = tmp_path / "mine.pdf", tmp_path / "mine.html"
    args = ["export", "--project", str(session), "--notes", "mine"]
    assert run([*args, "--pdf", str(pdf), "--html", str(html)]) == 0
    (note,) = _highlights(pdf)
    assert "the reader's note on Batum" in str(note["/Contents"])
    assert "/T" not in note  # no author, rather than one the reader never chose
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    page = html.read_text(encoding="utf-8")
    for said in (text, page, str(note["/Contents"])):
        assert "note on Batum" in said and "loginname" not in said
