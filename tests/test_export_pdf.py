"""The annotated PDF export, checked by reading the file back with pypdf."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.core.annotations import Annotation, annotate_selection
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.export import export_pdf, make_report
from treatyviewer.io.map_report import TITLE as MAP_TITLE

pytestmark = pytest.mark.gui

FIXED_OUTLINE = ("Title page", "Legend", "Summary and concordance", "Article by article")
INDEX_TITLE = "Index of parties and places"

RU_OLD = """Договор (проект)

Статья 1

Российская Республика и Турция признают, что область Карс остаётся в пределах
Турции. Граница проходит по реке Араксу до горы Агры-даг.

Статья 2

Стороны обязуются открыть пути сообщения между обеими странами.

Статья 3

Настоящий договор вступает в силу немедленно.
"""

RU_NEW = """Договор

Статья 1

Российская Республика и Турция признают, что область Карс и округ Ардаган остаются в
пределах Турции. Граница проходит по реке Араксу. Türkçe adlar: Kars'ın, Ağrı, Iğdır,
Şavşat.

Статья 2

Стороны обязуются немедленно открыть пути сообщения между обеими странами.

Статья 3

Настоящий договор вступает в силу немедленно.
"""


def _note(doc_text_owner, quote: str, note: str, entity_ids=()) -> Annotation:
    start = doc_text_owner.text.index(quote)
    return annotate_selection(
        doc_text_owner, start, start + len(quote), note, entity_ids=entity_ids
    )


def _flat_outline(items: list) -> list[str]:
    out: list[str] = []
    for item in items:
        if isinstance(item, list):
            out.extend(_flat_outline(item))
        else:
            out.append(str(item.title))
    return out


def _highlights(reader: PdfReader) -> list[tuple[int, dict]]:
    found = []
    for n, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/Highlight":
                found.append((n, annot))
    return found


def _text(reader: PdfReader) -> str:
    """All page text with runs of whitespace as one space (Qt places words one by one)."""
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


@pytest.fixture
def russian_cmp() -> Comparison:
    old = make_document(RU_OLD, source="ru-old.txt", language="ru")
    new = make_document(RU_NEW, source="ru-new.txt", language="ru")
    return compare(old, new)


def _export(cmp: Comparison, tmp_path: Path, name: str = "out.pdf", **kw) -> PdfReader:
    path = tmp_path / name
    export_pdf(cmp, path, **kw)
    return PdfReader(io.BytesIO(path.read_bytes()))


def test_russian_pair_keeps_cyrillic_and_turkish_text(qapp, russian_cmp, tmp_path) -> None:
    note = _note(russian_cmp.new, "область Карс и округ Ардаган", "Карс: a <b>note</b>", ["kars"])
    reader = _export(russian_cmp, tmp_path, annotations=[note])
    text = _text(reader)
    assert "Карс" in text
    assert "Статья 1" in text or "Ст. 1" in text or "Art. 1" in text
    for word in ("Ağrı", "Iğdır", "Şavşat"):
        assert word in text
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert any("DejaVu" in f for f in fonts), fonts


def test_outline_has_one_entry_per_article_pair(qapp, russian_cmp, tmp_path) -> None:
    report = make_report(russian_cmp, [])
    reader = _export(russian_cmp, tmp_path, annotations=[])
    titles = _flat_outline(reader.outline)
    assert titles[:4] == list(FIXED_OUTLINE)  # the legend too: it fills a page of its own
    if titles[-1] == MAP_TITLE:  # the texts name places: the map page comes last
        titles.pop()
    assert titles[-1] == INDEX_TITLE
    assert len(titles) == len(report.blocks) + len(FIXED_OUTLINE) + 1
    for block in report.blocks:
        assert any(t.startswith(block.title) for t in titles)


def test_texts_that_name_no_party_or_place_end_without_an_empty_index(qapp, tmp_path) -> None:
    """A licence pair names no gazetteer entity: its report used to close on a page
    holding only the index heading, with an outline entry pointing there."""
    old = "Licence\n\n1. You may copy the program.\n\n2. You may change the program.\n"
    new = "Licence\n\n1. You may copy the work.\n\n2. You may change and share the work.\n"
    cmp = compare(make_document(old, source="old.txt"), make_document(new, source="new.txt"))
    reader = _export(cmp, tmp_path, annotations=[])
    titles = _flat_outline(reader.outline)
    assert INDEX_TITLE not in titles and MAP_TITLE not in titles
    assert titles[-1].startswith(make_report(cmp, []).blocks[-1].title)  # the last pair
    assert INDEX_TITLE not in _text(reader)
    assert "share" in (reader.pages[-1].extract_text() or "")  # the last page is the text


def test_highlights_carry_the_note_and_sit_inside_the_page(qapp, russian_cmp, tmp_path) -> None:
    long_quote = RU_NEW[RU_NEW.index("Российская") : RU_NEW.index("Türkçe")].strip()
    notes = [
        _note(russian_cmp.new, long_quote, "a long passage over several lines"),
        _note(russian_cmp.old, "пути сообщения", "only in the draft's wording"),
    ]
    reader = _export(russian_cmp, tmp_path, annotations=notes)
    found = _highlights(reader)
    contents = [str(a["/Contents"]) for _, a in found]
    assert any("a long passage over several lines" in c for c in contents)
    assert any("only in the draft's wording" in c for c in contents)
    for n, annot in found:
        box = reader.pages[n].mediabox
        x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
        assert 0 < x1 < x2 < float(box.width)
        assert 0 < y1 < y2 < float(box.height)
        quads = annot["/QuadPoints"]
        assert len(quads) % 8 == 0
    long = next(a for _, a in found if "several lines" in str(a["/Contents"]))
    assert len(long["/QuadPoints"]) >= 16  # a wrapped passage gives one quad per line


def test_changed_only_leaves_out_unchanged_pairs(qapp, russian_cmp, tmp_path) -> None:
    all_titles = _flat_outline(_export(russian_cmp, tmp_path, "a.pdf", annotations=[]).outline)
    changed = _flat_outline(
        _export(russian_cmp, tmp_path, "b.pdf", annotations=[], changed_only=True).outline
    )
    unchanged = sum(1 for p in russian_cmp.pairs if p.badges == ("unchanged",))
    assert unchanged >= 1
    assert len(changed) == len(all_titles) - unchanged
    assert not any("UNCHANGED" in t or "· unchanged" in t for t in changed)


def test_inline_layout_and_letter_paper(qapp, russian_cmp, tmp_path) -> None:
    reader = _export(russian_cmp, tmp_path, annotations=[], layout="inline", paper="letter")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "немедленно" in _text(reader)


def test_metadata_names_both_texts(qapp, russian_cmp, tmp_path) -> None:
    meta = _export(russian_cmp, tmp_path, annotations=[]).metadata
    assert meta.author == "treatyviewer"
    assert "↔" in meta.title
    assert "ru-old.txt" in meta["/Keywords"]
    assert meta.subject


def test_cancelling_writes_nothing(qapp, russian_cmp, tmp_path) -> None:
    from treatyviewer.io.pdf_export import ExportCancelled

    path = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        export_pdf(russian_cmp, path, annotations=[], progress=lambda done, total: done > 30)
    assert not path.exists()


def test_export_runs_in_a_worker_thread(qapp, russian_cmp, tmp_path) -> None:
    import threading

    path = tmp_path / "worker.pdf"
    seen: list[int] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            export_pdf(russian_cmp, path, annotations=[], progress=lambda d, t: seen.append(d))
        except BaseException as exc:  # reported to the test thread
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not errors
    assert path.read_bytes().startswith(b"%PDF")
    assert seen and seen == sorted(seen) and seen[-1] >= 90


def test_cli_export_writes_the_pdf(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(RU_OLD, encoding="utf-8")
    new.write_text(RU_NEW, encoding="utf-8")
    out = tmp_path / "cli.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "export", str(old), str(new), "--pdf", str(out),
         "--layout", "inline", "--changed-only"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in result.stdout


def test_the_index_lists_names_of_moved_articles_of_the_older_text(qapp, tmp_path) -> None:
    """Draft Art. 2 (moved to VI) alone names the Ottoman government: the index of the
    bundled pair with its notes left it out, looking for the older text's words in runs
    kept in the newer text's order."""
    from treatyviewer.io.readers import read_document

    cmp = compare(read_document("draft-1920"), read_document("moscow-1921"))
    report = make_report(cmp)  # with the notes that come with the texts
    reader = _export(cmp, tmp_path)
    text = _text(reader)
    index = text[text.rindex(INDEX_TITLE) :]
    named = {report.entity_labels.get(e, e) for _side, _offset, e in report.mentions}
    assert "Ottoman government" in named
    flat = " ".join(index.split())
    missing = [label for label in named if label not in flat]
    assert not missing, missing
