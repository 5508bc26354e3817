"""Sections numbered afresh after a few articles ("Článek I" to "Článek VI", then
"§ 1" to "§ 84"), as older Czechoslovak laws print them: each section is a unit,
not the text of the last article."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document

PRINCIPLE = "Socialistická společnost pečuje o zdraví lidu a článek {} stanoví zásady této péče."
SECTIONS = {
    "1": "Orgány státní správy dbají o ochranu a zlepšování životního prostředí.",
    "2": "Organizace jsou povinny vytvářet zdravé pracovní podmínky pro své pracovníky.",
    "3": "Hygienická služba sleduje jakost pitné vody a potravin v obchodní síti.",
    "3a": "Provozovatel koupaliště zajistí pravidelné rozbory vody ve svém zařízení.",
    "4": "Občané se podílejí na péči o zdraví dárcovstvím krve a pomocí nemocným.",
    "5": "Národní výbory podporují činnost Červeného kříže ve svém obvodu.",
    "6": "Lékař poučí nemocného o povaze jeho onemocnění a o potřebných výkonech.",
    "7": "Léčebně preventivní péče zahrnuje prohlídky, léčení a rehabilitaci.",
}


def law(sections: list[str], marks: str = "") -> str:
    lines = ["Zákon o péči o zdraví lidu", "", f"{marks}Hlavní zásady", ""]
    for roman in ("I", "II", "III"):
        lines += [f"{marks}Článek {roman}", "", PRINCIPLE.format(roman), ""]
    lines += [f"{marks}ČÁST PRVNÍ", "", f"{marks}OCHRANA ZDRAVÝCH PODMÍNEK", ""]
    for k, number in enumerate(sections):
        if k == 3:
            lines += [
                f"{marks}ČÁST DRUHÁ",
                "",
                f"{marks}HLAVA PRVNÍ",
                "",
                f"{marks}Účast občanů",
                "",
            ]
        lines += [f"{marks}§ {number}", "", SECTIONS[number], ""]
    return "\n".join(lines)


def labels(doc) -> list[tuple[str, str]]:
    return [(s.label, s.kind.value) for s in doc.segments]


SEVEN = ["1", "2", "3", "4", "5", "6", "7"]
EXPECTED = [("preamble", "preamble"), *((r, "article") for r in ("I", "II", "III")),
            *((n, "article") for n in SEVEN)]  # fmt: skip


def test_sections_after_the_articles_are_units_of_their_own() -> None:
    """They had been the text of Článek III, which ran to the end of the law."""
    doc = make_document(law(SEVEN))
    assert labels(doc) == EXPECTED
    assert [s.display_name() for s in doc.segments[4:6]] == ["§ 1", "§ 2"]
    assert not any("not in order" in w for w in doc.warnings)
    assert "ČÁST DRUHÁ" not in doc.text[doc.segments[-4].body_start : doc.segments[-4].end]


def test_the_same_law_in_markdown_reads_alike(tmp_path: Path) -> None:
    """Headed "##### § 1", they had been sections named by headings ("Účast občanů – § 8")."""
    path = tmp_path / "zakon.md"
    path.write_text(law(SEVEN, marks="##### "), encoding="utf-8")
    assert labels(read_document(path)) == EXPECTED


def test_a_section_put_in_pairs_nothing_and_the_rest_keep_their_numbers() -> None:
    old = make_document(law(SEVEN))
    new = make_document(law(["1", "2", "3", "3a", "4", "5", "7"]))
    cmp = compare(old, new)
    assert [s.label for s in new.segments[4:]] == ["1", "2", "3", "3a", "4", "5", "7"]
    assert cmp.label_of("new", cmp.added) == ["3a"]
    assert cmp.label_of("old", cmp.removed) == ["6"]


def test_sections_inside_an_article_stay_its_text() -> None:
    """An act whose articles hold its sections ("Artikel 1" / "§ 1" … "Artikel 2"),
    and one whose last article is only the title of the act its sections make up."""
    inside = "\n\n".join(
        ["Artikel 1", "Das Gesetz wird wie folgt geändert:", "§ 1", "Erster Satz.",
         "§ 2", "Zweiter Satz.", "§ 3", "Dritter Satz.", "Artikel 2",
         "Dieses Gesetz tritt am Tage nach der Verkündung in Kraft."]
    )  # fmt: skip
    titled = "\n\n".join(
        ["Artikel 1", "Die Änderung des Gesetzes über die Statistik wird bekannt gemacht.",
         "Artikel 2", "Gesetz über die Errichtung einer Stiftung",
         "§ 1", "Erster Satz.", "§ 2", "Zweiter Satz.", "§ 3", "Dritter Satz."]
    )  # fmt: skip
    for text in (inside, titled):
        doc = make_document(text)
        assert [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE] == ["1", "2"]
