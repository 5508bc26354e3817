"""Documents of the kinds users open, compared through the CLI contract.

Each case writes a realistic pair (encodings, heading styles, formats) and checks
the invariants of ``treatyviewer.comparison/2`` on the JSON the CLI prints, then
what a reader would expect of the pairing.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pytest

from treatyviewer.cli import run
from treatyviewer.core.change_classes import CLASSES
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document

STATUS = {"unchanged", "modified", "split", "merged"}
STATS = {"unchanged", "modified", "split", "merged", "added", "removed", "moved", "renumbered"}


def compare_files(capsys: Any, old: Path, new: Path) -> dict[str, Any]:
    code = run(["compare", str(old), str(new), "--format", "json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert out.err == ""
    data: dict[str, Any] = json.loads(out.out)
    check_contract(data, read_document(old).text, read_document(new).text)
    return data


def check_contract(data: dict[str, Any], old_text: str, new_text: str) -> None:
    assert data["schema"] == "treatyviewer.comparison/2"
    texts = {"old": old_text, "new": new_text}
    segs: dict[str, dict[str, dict[str, Any]]] = {}
    for side in ("old", "new"):
        labels = [s["label"] for s in data[side]["segments"]]
        assert len(labels) == len(set(labels)), labels
        prev = 0
        for s in data[side]["segments"]:
            assert prev <= s["start"] < s["end"] <= len(texts[side]), s
            assert texts[side][s["start"] : s["end"]].strip()
            prev = s["end"]
        segs[side] = {s["label"]: s for s in data[side]["segments"]}
        used = [lab for p in data["pairs"] for lab in p[side]]
        used += data["added"] if side == "new" else data["removed"]
        assert sorted(used) == sorted(labels), side
    counts = dict.fromkeys(STATS, 0)
    classes = dict.fromkeys(CLASSES, 0)
    for p in data["pairs"]:
        assert p["status"] in STATUS
        assert p["old"] and p["new"]
        assert (p["status"] == "merged") == (len(p["old"]) > 1)
        assert (p["status"] == "split") == (len(p["new"]) > 1 and len(p["old"]) == 1)
        assert 0 <= p["similarity"] <= 1
        assert (p["status"] == "unchanged") <= (not p["changes"])
        counts[p["status"]] += 1
        counts["moved"] += p["moved"]
        counts["renumbered"] += p["renumbered"]
        for c in p["changes"]:
            assert c["op"] in ("insert", "delete", "replace")
            assert c["class"] in CLASSES
            classes[c["class"]] += 1
            for side in ("old", "new"):
                seg = segs[side][c.get(f"{side}_segment") or p[side][0]]
                a, b = c[side]
                assert 0 <= a <= b <= seg["end"] - seg["start"], (c, seg)
                assert texts[side][seg["start"] + a : seg["start"] + b] == c[f"{side}_text"]
    counts["added"], counts["removed"] = len(data["added"]), len(data["removed"])
    assert {k: data["stats"][k] for k in STATS} == counts
    assert data["stats"]["classes"] == classes


def pairs_of(data: dict[str, Any]) -> dict[tuple[str, ...], dict[str, Any]]:
    return {tuple(p["old"]): p for p in data["pairs"]}


def labels(data: dict[str, Any], side: str) -> list[str]:
    return [s["label"] for s in data[side]["segments"]]


def write(path: Path, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


RU = """ДОГОВОР
о дружбе и братстве

Правительство РСФСР и Правительство Великого Национального Собрания Турции согласились о нижеследующем:

Статья 1. Каждая из Договаривающихся Сторон соглашается не признавать никакого мирного договора, навязанного силою другой стороне.

Статья 2. Турция соглашается уступить Грузии сюзеренитет над портом и городом Батум.

Статья 3. Обе Договаривающиеся Стороны соглашаются, что Нахичеванская область образует автономную территорию.

Совершено в Москве 16 марта 1921 года в двух подлинных экземплярах.
"""
RU_ORDINAL = (
    RU.replace("Статья 1. ", "СТАТЬЯ ПЕРВАЯ\n")
    .replace("Статья 2. ", "СТАТЬЯ ВТОРАЯ\n")
    .replace("Статья 3. ", "СТАТЬЯ ТРЕТЬЯ\n")
    .replace("городом Батум", "городом Батум и территорией к северу")
)


def test_russian_cp1251_numbered_vs_ordinal_headings(tmp_path, capsys):
    old = write(tmp_path / "old.txt", RU, "cp1251")
    new = write(tmp_path / "new.txt", RU_ORDINAL, "cp1251", "\r\n")
    data = compare_files(capsys, old, new)
    assert labels(data, "old") == ["preamble", "1", "2", "3", "closing"]
    assert labels(data, "new") == ["preamble", "ПЕРВАЯ", "ВТОРАЯ", "ТРЕТЬЯ", "closing"]
    pairs = pairs_of(data)
    assert pairs[("2",)]["new"] == ["ВТОРАЯ"] and pairs[("2",)]["status"] == "modified"
    assert not pairs[("2",)]["renumbered"]
    assert pairs[("3",)]["status"] == "unchanged"


FR = """TRAITÉ D'AMITIÉ

Les Hautes Parties contractantes sont convenues de ce qui suit :

Article premier
Les Parties s'engagent à ne reconnaître aucun traité de paix imposé par la force.

Art. 2
La frontière est fixée conformément à la carte jointe en annexe.

ARTICLE 3
Les deux Parties reconnaissent l'autonomie du territoire de Nakhitchevan.

Fait à Moscou, le 16 mars 1921.

Annexe I
Description de la frontière depuis le village de Sarp jusqu'au mont Kheydarbaba.
"""


def test_french_premier_art_and_annexe(tmp_path, capsys):
    new_text = FR.replace("par la force", "par la force à l'une d'elles").replace(
        "Art. 2\n", "Art. 2 -\n"
    )
    data = compare_files(capsys, write(tmp_path / "a.txt", FR), write(tmp_path / "b.txt", new_text))
    assert labels(data, "old") == ["preamble", "premier", "2", "3", "closing", "I"]
    pairs = pairs_of(data)
    assert pairs[("premier",)]["status"] == "modified"
    assert pairs[("2",)]["status"] == "unchanged"
    assert data["old"]["segments"][-1]["kind"] == "annex"


TR_OLD = """TÜRKİYE İLE RUSYA ARASINDA DOSTLUK ANTLAŞMASI

Akit taraflar aşağıdaki hususlarda anlaşmışlardır:

Madde 1 – Akit taraflardan her biri, zorla kabul ettirilen hiçbir barış antlaşmasını tanımaz.

Madde 2 – Türkiye, Batum limanı üzerindeki hükümranlık hakkını Gürcistan'a bırakır.
"""
TR_NEW = """TÜRKİYE İLE RUSYA ARASINDA DOSTLUK ANTLAŞMASI

Akit taraflar aşağıdaki hususlarda anlaşmışlardır:

BİRİNCİ MADDE
Akit taraflardan her biri, zorla kabul ettirilen hiçbir barış antlaşmasını veya senedi tanımaz.

İKİNCİ MADDE
Türkiye, Batum limanı üzerindeki hükümranlık hakkını Gürcistan'a bırakır.

ÜÇÜNCÜ MADDE
İşbu antlaşma onaylanacaktır.
"""


def test_turkish_madde_dash_and_ordinal_words(tmp_path, capsys):
    data = compare_files(
        capsys, write(tmp_path / "a.txt", TR_OLD), write(tmp_path / "b.txt", TR_NEW, "utf-16")
    )
    assert labels(data, "new") == ["preamble", "BİRİNCİ", "İKİNCİ", "ÜÇÜNCÜ"]
    pairs = pairs_of(data)
    assert pairs[("1",)]["new"] == ["BİRİNCİ"] and pairs[("1",)]["status"] == "modified"
    assert pairs[("2",)]["new"] == ["İKİNCİ"] and pairs[("2",)]["status"] == "unchanged"
    assert data["added"] == ["ÜÇÜNCÜ"]


EN = """TREATY OF FRIENDSHIP BETWEEN RUSSIA AND TURKEY

The two Governments, sharing the principles of the liberty of nations, have agreed as follows:

Chapter I
General provisions

Article 1
Non-recognition of imposed treaties
1. Each of the Contracting Parties agrees not to recognise any peace treaty imposed upon the other against its will.
2. The Government of the R.S.F.S.R. agrees not to recognise any international act relating to Turkey.

Article 2
Batum
1. Turkey agrees to cede to Georgia the suzerainty of the town and the port of Batum.
2. The population of the localities specified shall enjoy a wide measure of autonomy.

Part II
Territorial questions

Article 3
Nakhichevan
The two Contracting Parties agree that the region of Nakhichevan shall form an autonomous territory, in
accordance with the procedure laid down in
Article 5.
Its frontiers are described in
Article 4 of this Treaty.

Article 4
Straits
1. The Contracting Parties agree to entrust the elaboration of an agreement on the Black Sea to a conference.

Article 5
Consular rights
The Contracting Parties agree to conclude a consular convention within three months.

IN WITNESS WHEREOF the undersigned have signed the present Treaty.
Done at Moscow, 16 March 1921.
"""


def test_english_titles_sections_and_numbered_paragraphs(tmp_path, capsys):
    new_text = EN.replace("Part II\nTerritorial questions", "Part II\nTerritorial settlement")
    data = compare_files(capsys, write(tmp_path / "a.txt", EN), write(tmp_path / "b.txt", new_text))
    assert labels(data, "old") == ["preamble", "1", "2", "3", "4", "5", "closing"]
    doc = read_document(tmp_path / "a.txt")
    art2, art3 = doc.by_label("2"), doc.by_label("3")
    # "Part II" heads article 3; it does not trail article 2's text.
    assert doc.segment_text(art2).endswith("measure of autonomy.")
    assert doc.segment_text(art3).startswith("Part II")
    assert "Chapter I" not in doc.segment_text(doc.by_label("preamble"))
    # A change of division title is no change of article text.
    assert all(p["status"] == "unchanged" for p in data["pairs"])


def test_markdown_headings(tmp_path, capsys):
    md = EN.replace("Article ", "## Article ").replace("Chapter I", "# Chapter I")
    new_md = md.replace("## Article 4", "## Article 4 ##").replace("Black Sea", "Black Sea Straits")
    data = compare_files(capsys, write(tmp_path / "a.md", md), write(tmp_path / "b.md", new_md))
    assert labels(data, "new") == ["preamble", "1", "2", "3", "4", "5", "closing"]
    assert pairs_of(data)[("4",)]["status"] == "modified"


def _docx(path: Path, articles: list[tuple[str, list[str]]]) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Treaty of Friendship", style="Title")
    d.add_paragraph("The parties have agreed as follows:")
    for i, (title, paras) in enumerate(articles, 1):
        d.add_paragraph(f"Article {i}", style="Heading 2")
        d.add_paragraph(title, style="Heading 3")
        for p in paras:
            d.add_paragraph(p, style="List Number")
    d.add_paragraph("Done at Moscow.")
    d.save(str(path))
    return path


def test_docx_heading_styles_and_numbered_lists(tmp_path, capsys):
    arts = [
        ("Non-recognition", ["Each party agrees not to recognise imposed treaties.", "Likewise."]),
        ("Batum", ["Turkey cedes Batum to Georgia.", "The population shall enjoy autonomy."]),
        ("Straits", ["The Straits shall be open to commerce."]),
    ]
    new_arts = list(arts)
    new_arts[1] = ("Batum", ["Turkey cedes the port of Batum to Georgia.", arts[1][1][1]])
    data = compare_files(
        capsys, _docx(tmp_path / "a.docx", arts), _docx(tmp_path / "b.docx", new_arts)
    )
    assert labels(data, "old") == ["preamble", "1", "2", "3", "closing"]
    assert [p["status"] for p in data["pairs"]] == [
        "unchanged", "unchanged", "modified", "unchanged", "unchanged"
    ]  # fmt: skip


def _qt_pdf(path: Path, text: str, header: str) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, QSizeF
    from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter, QTextDocument

    _app = QGuiApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Serif", 11))
    doc.documentLayout().setPaintDevice(writer)
    doc.setPlainText(text)
    rect = writer.pageLayout().paintRectPixels(300)
    body_h = rect.height() - 400
    doc.setPageSize(QSizeF(rect.width(), body_h))
    painter = QPainter(writer)
    for k in range(doc.pageCount()):
        if k:
            writer.newPage()
        painter.drawText(0, 60, header)
        painter.save()
        painter.translate(0, 200 - k * body_h)
        doc.drawContents(painter, QRectF(0, k * body_h, rect.width(), body_h))
        painter.restore()
        painter.drawText(rect.width() // 2, rect.height() - 40, str(k + 1))
    painter.end()
    return path


def _long_en(every: str = "every year") -> str:
    body, closing = EN.split("\n\nIN WITNESS")
    extra = "".join(
        f"\n\nArticle {i}\nProvision {i}\nThe parties agree that commission number {i} shall meet"
        f" in the town of Kars {every} and report to both governments on the execution of the"
        " present treaty, its annexes and protocols, and on any difficulties that may arise."
        for i in range(6, 30)
    )
    return body + extra + "\n\nIN WITNESS" + closing


def test_qt_pdf_with_running_headers(tmp_path, capsys):
    pytest.importorskip("PySide6")
    old = _qt_pdf(tmp_path / "a.pdf", _long_en(), "TREATY OF FRIENDSHIP — draft")
    new_text = _long_en().replace("within three months", "within six months")
    new = _qt_pdf(tmp_path / "b.pdf", new_text, "TREATY OF FRIENDSHIP — final")
    data = compare_files(capsys, old, new)
    doc = read_document(old)
    assert "draft" not in doc.text and "Provision 27" in doc.text
    assert "\n\nPart II\n\n" in doc.text and "\n\nChapter I\n\n" in doc.text
    assert labels(data, "old") == ["preamble", *map(str, range(1, 30)), "closing"]
    changed = [p["old"] for p in data["pairs"] if p["status"] != "unchanged"]
    assert changed == [["5"]]


TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>Treaty</title></titleStmt></fileDesc></teiHeader><text><body>
<div type="preamble"><p>The parties agree as follows:</p></div>
<div type="article" n="1"><head>Non-recognition</head><p>No imposed treaty is recognised.</p>
<note>Editor's note.</note></div>
<div type="article" n="2"><p>Turkey cedes Batum{x}.</p></div>
<div type="article" n="3bis"><head>Article 3 bis</head><p>Nakhichevan is autonomous.</p></div>
<div type="annex" n="A"><p>Map of the frontier.</p></div>
</body></text></TEI>"""


def test_tei_divs(tmp_path, capsys):
    old = write(tmp_path / "a.xml", TEI.format(x=""))
    new = write(tmp_path / "b.xml", TEI.format(x=" to Georgia"))
    data = compare_files(capsys, old, new)
    assert labels(data, "old") == ["preamble", "1", "2", "3 bis", "A"]
    assert [p["status"] for p in data["pairs"]] == [
        "unchanged", "unchanged", "modified", "unchanged", "unchanged"
    ]  # fmt: skip


def _sentence(rng: random.Random, n: int) -> str:
    words = [f"w{rng.randint(0, 3000)}" for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(_sentence(rng, rng.randint(8, 20)) for _ in range(3)) for _ in range(count)]


def test_renumbering_after_an_insertion_near_the_start(tmp_path, capsys):
    arts = _paragraphs(1, 60)
    new_arts = [*arts[:2], "A new article on the transit of goods.", *arts[2:]]

    def render(items: list[str]) -> str:
        return "TREATY\n\n" + "".join(f"Article {i}\n{a}\n\n" for i, a in enumerate(items, 1))

    data = compare_files(
        capsys, write(tmp_path / "a.txt", render(arts)), write(tmp_path / "b.txt", render(new_arts))
    )
    assert data["added"] == ["3"] and data["removed"] == []
    pairs = pairs_of(data)
    for i in range(1, 61):
        pair = pairs[(str(i),)]
        expected = i if i < 3 else i + 1
        assert pair["new"] == [str(expected)] and pair["status"] == "unchanged"
        assert pair["renumbered"] is (i >= 3) and pair["moved"] is False


def test_paragraph_fallback_aligns_paragraphs(tmp_path, capsys):
    paras = _paragraphs(2, 12)
    new = [*paras[:3], "An inserted paragraph about vessels.", *paras[3:]]
    del new[10]  # old ¶10 goes
    new[5] = new[5].replace(".", ", as agreed.", 1)
    for sep in ("\n\n", "\n"):
        data = compare_files(
            capsys,
            write(tmp_path / "a.txt", sep.join(paras) + "\n"),
            write(tmp_path / "b.txt", sep.join(new) + "\n"),
        )
        assert data["added"] == ["¶4"] and data["removed"] == ["¶10"]
        pairs = pairs_of(data)
        assert pairs[("¶9",)]["new"] == ["¶10"] and pairs[("¶9",)]["status"] == "unchanged"
        assert pairs[("¶5",)]["new"] == ["¶6"] and pairs[("¶5",)]["status"] == "modified"
        assert data["stats"]["merged"] == data["stats"]["split"] == 0


def test_markers_on_one_side_only(tmp_path, capsys):
    paras = _paragraphs(3, 8)
    with_markers = "".join(f"Article {i}\n{p}\n\n" for i, p in enumerate(paras, 1))
    plain = write(tmp_path / "a.txt", "\n\n".join(paras))
    marked = write(tmp_path / "b.txt", with_markers)
    for old, new in ((plain, marked), (marked, plain)):
        data = compare_files(capsys, old, new)
        assert len(data["pairs"]) == 8 and not data["added"] and not data["removed"]
        assert all(p["status"] == "unchanged" for p in data["pairs"])


def test_identical_files(tmp_path, capsys):
    a = write(tmp_path / "a.txt", EN)
    data = compare_files(capsys, a, write(tmp_path / "b.txt", EN, newline="\r\n"))
    assert all(p["status"] == "unchanged" and not p["moved"] for p in data["pairs"])
    assert not data["added"] and not data["removed"]


def test_title_only_against_a_full_treaty(tmp_path, capsys):
    title = write(tmp_path / "a.txt", "TREATY OF FRIENDSHIP\n")
    full = write(tmp_path / "b.txt", EN)
    for old, new in ((title, full), (full, title)):
        data = compare_files(capsys, old, new)
        # The title is the first line of the treaty's preamble; every article is alone.
        assert data["stats"]["added"] + data["stats"]["removed"] >= 6
        assert all("preamble" in p["old"] + p["new"] for p in data["pairs"])


def test_headings_with_suffixes_and_roman(tmp_path, capsys):
    text = (
        "CONVENTION\n\nArticle 5\nFirst text on frontiers.\n\nArticle 5 bis\nThe commission.\n\n"
        "Article 12a\nRailways.\n\nARTICLE XIV.\nPrisoners of war.\n\n"
        "Art. 7 - The parties exchange ratifications at Ankara as soon as possible.\n"
    )
    new = text.replace("as soon as possible", "within one month")
    data = compare_files(capsys, write(tmp_path / "a.txt", text), write(tmp_path / "b.txt", new))
    assert labels(data, "old") == ["preamble", "5", "5 bis", "12a", "XIV", "7"]
    assert [p["old"] for p in data["pairs"] if p["status"] == "modified"] == [["7"]]


def test_table_of_contents_is_part_of_the_preamble(tmp_path, capsys):
    toc = (
        "TREATY OF FRIENDSHIP\nContents: Article 1 Non-recognition; Article 2 Batum\n\n"
        "Contents\n\nArticle 1\nArticle 2\nArticle 3\n\nThe Parties have agreed as follows:\n\n"
        "Article 1\nNo party recognises a treaty imposed by force.\n\n"
        "Article 2\nTurkey cedes Batum.\n\nArticle 3\nNakhichevan is autonomous.\n"
    )
    dotted = toc.replace(
        "Contents\n\nArticle 1\nArticle 2\nArticle 3\n",
        "Contents\n\nArticle 1. Non-recognition ........ 2\nArticle 2. Batum ........ 3\n"
        "Article 3. Nakhichevan ........ 3\n",
    )
    for text in (toc, dotted):
        doc = make_document(text)
        assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"], text
        assert not doc.warnings
    new = toc.replace("by force", "by force or threat")
    data = compare_files(capsys, write(tmp_path / "a.txt", toc), write(tmp_path / "b.txt", new))
    assert [p["status"] for p in data["pairs"]] == [
        "unchanged",
        "modified",
        "unchanged",
        "unchanged",
    ]


def test_wrapped_cross_reference_is_no_heading():
    doc = make_document(EN)
    art3 = doc.body(doc.by_label("3"))
    assert "Article 5." in art3 and "Article 4 of this Treaty." in art3


def test_invisible_characters_and_typography_are_not_changes(tmp_path, capsys):
    messy = (
        "TREATY\u00a0OF\u00a0FRIENDSHIP\n\nThe parties\u2019 agreement:\n\n"
        "Article\u00a01\nThe con\u00adtracting parties af\ufb01rm their friend\u200bship.\n\n"
        "Article\t2\nThe frontier is de\ufb01ned by the commission.\n\n"
        "\u0130K\u0130NC\u0130 MADDE\nMore text here.\n\nART\u0130CLE 4\nDotted.\n"
    )
    clean = (
        messy.replace("\u00ad", "").replace("\ufb01", "fi").replace("\u200b", "")
        .replace("\u2019", "'").replace("\u00a0", " ").replace("\t", " ")
    )  # fmt: skip
    data = compare_files(
        capsys, write(tmp_path / "a.txt", messy, newline="\r\n"), write(tmp_path / "b.txt", clean)
    )
    assert labels(data, "old") == ["preamble", "1", "2", "İKİNCİ", "4"]
    assert all(p["status"] == "unchanged" for p in data["pairs"]), data["pairs"]


def test_entities_on_a_russian_cp1251_file(tmp_path, capsys):
    path = write(tmp_path / "ru.txt", RU, "cp1251")
    code = run(["entities", str(path), "--format", "json"])
    out = capsys.readouterr()
    assert code == 0 and out.err == ""
    data = json.loads(out.out)
    doc = read_document(path)
    for ent in data["entities"]:
        for m in ent["mentions"]:
            seg = doc.by_label(m["segment"])
            assert doc.text[seg.start + m["start"] : seg.start + m["end"]] == m["text"]


def test_engine_invariants_on_the_generated_pairs():
    """The same pairs through the library, both directions."""
    for a, b in ((RU, RU_ORDINAL), (TR_OLD, TR_NEW), (EN, FR)):
        for old, new in ((a, b), (b, a)):
            cmp = compare(make_document(old), make_document(new))
            check_contract(cmp.to_json(), cmp.old.text, cmp.new.text)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"), (b"  \n\n ", "whitespace")],
)
def test_bad_input_is_one_line_exit_2(tmp_path, capsys, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    good = write(tmp_path / "good.txt", EN)
    code = run(["compare", str(bad), str(good), "--format", "json"])
    err = capsys.readouterr().err
    assert code == 2 and message in err and err.count("\n") == 1 and "Traceback" not in err


def test_removed_paragraph_is_not_merged_into_an_unchanged_neighbour(tmp_path, capsys):
    """With a small vocabulary every paragraph's words recur in its neighbours;
    a removed one must still be removed, not merged into an unchanged pair."""
    rng = random.Random(3)
    vocab = [
        "the",
        "parties",
        "shall",
        "agree",
        "territory",
        "frontier",
        "commission",
        "government",
        "republic",
        "assembly",
        "national",
        "sovereignty",
        "straits",
        "trade",
        "river",
        "port",
        "town",
        "railway",
        "customs",
        "consular",
        "convention",
        "ratification",
        "prisoners",
        "exchange",
        "property",
        "rights",
        "citizens",
        "navigation",
    ]

    def sentence() -> str:
        return " ".join(rng.choice(vocab) for _ in range(14)).capitalize() + "."

    paras = [" ".join(sentence() for _ in range(3)) for _ in range(12)]
    new = [*paras[:3], "An inserted paragraph about the inspection of vessels.", *paras[3:]]
    del new[10]
    data = compare_files(
        capsys,
        write(tmp_path / "a.txt", "\n\n".join(paras)),
        write(tmp_path / "b.txt", "\n\n".join(new)),
    )
    assert data["removed"] == ["¶10"] and data["added"] == ["¶4"]
    assert data["stats"]["merged"] == 0
