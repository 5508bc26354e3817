"""Layouts of laws and charters met in consolidated Markdown: sections inserted under
superscript numbers, chapters numbered before their word, group titles over sections,
lettered articles after numbered ones, and an appendix of notes on the articles."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document


def _section(number: str, title: str) -> str:
    return (
        f"##### § {number}. {title}\n\n(1) Käesolev paragrahv sätestab {title.lower()} korra.\n\n"
    )


def _estonian_act(inserted: int) -> str:
    """An act in chapters ("### 1. peatükk") and divisions ("#### 2<sup>1</sup>. jagu"),
    with ``inserted`` sections put in as "§ 3<sup>k</sup>"."""
    parts = ["# Seadus\n\n### 1. peatükk ÜLDSÄTTED\n\n", _section("1", "Reguleerimisala")]
    parts += [_section("2", "Mõisted"), _section("3", "Tervishoiutöötaja")]
    parts += [_section(f"3<sup>{k}</sup>", f"Lisatud säte {k}") for k in range(1, inserted + 1)]
    parts += ["### 2. peatükk KORRALDUS\n\n#### 1. jagu Vältimatu abi\n\n", _section("4", "Abi")]
    parts += ["#### 2<sup>1</sup>. jagu Tervisekeskus\n\n", _section("5", "Tervisekeskus")]
    parts += [_section("6", "Rahastamine")]
    return "".join(parts)


def test_sections_put_in_under_superscript_numbers_are_sections(tmp_path: Path) -> None:
    """Once the sections put in as "§ 3<sup>1</sup>" were the most, the whole act had
    been read as headings ("§ 1. Reguleerimisala"…), none of them a section: the
    headings the Markdown marked kept their tags while the text had "§ 3¹"."""
    path = tmp_path / "act.md"
    path.write_text(_estonian_act(inserted=9), "utf-8")
    doc = read_document(path)
    labels = [s.label for s in doc.segments if s.label != "preamble"]
    assert labels == ["1", "2", "3", *(f"3{c}" for c in "¹²³⁴⁵⁶⁷⁸⁹"), "4", "5", "6"]


def test_chapters_and_divisions_numbered_before_their_word_head_no_unit(tmp_path: Path):
    """ "### 2. peatükk KORRALDUS" and "#### 2<sup>1</sup>. jagu Tervisekeskus" between
    two sections are a chapter and a division put in: they had been units of their own."""
    path = tmp_path / "act.md"
    path.write_text(_estonian_act(inserted=1), "utf-8")
    doc = read_document(path)
    assert all(s.kind.value == "article" for s in doc.segments if s.label != "preamble")
    assert {"Peatükk 2", "Jagu 2¹"} <= {d.name for d in doc.divisions}


def test_titles_over_a_group_of_sections_open_the_section_below(tmp_path: Path) -> None:
    """ "## ČÁST DRUHÁ" / "#### Obecná ustanovení" over "##### § 56", and "####
    Jednatelé" over "##### § 133": titles of what follows, not units; and they open the
    section below them (trailing § 55, they had made it read like the other version's
    § 54, which they trailed there)."""

    def code(last_first_part: int) -> str:
        first = "".join(
            f"##### § {n}\n\n(1) Ustanovení o věci číslo {n} platí obecně.\n\n"
            for n in range(50, last_first_part + 1)
        )
        return (
            f"# Obchodní zákoník\n\n{first}## ČÁST DRUHÁ\n\n#### OBCHODNÍ SPOLEČNOSTI\n\n"
            "#### Obecná ustanovení\n\n##### § 56\n\n(1) Obchodní společnost je právnickou "
            "osobou založenou za účelem podnikání.\n\n##### § 132\n\n(1) Má-li společnost "
            "jediného společníka, nekoná se valná hromada.\n\n#### Jednatelé\n\n##### § 133\n\n"
            "(1) Statutárním orgánem společnosti je jeden nebo více jednatelů.\n"
        )

    (tmp_path / "old.md").write_text(code(54), "utf-8")
    (tmp_path / "new.md").write_text(code(55), "utf-8")
    old, new = read_document(tmp_path / "old.md"), read_document(tmp_path / "new.md")
    assert [s.label for s in new.segments][1:] == ["50", "51", "52", "53", "54", "55", "56",
                                                    "132", "133"]  # fmt: skip
    by_label = {s.label: new.text[s.start : s.end] for s in new.segments}
    assert "ČÁST DRUHÁ" in by_label["56"] and "ČÁST" not in by_label["55"]
    assert by_label["133"].startswith("Jednatelé")
    cmp = compare(old, new)
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("54",), ("54",)) in pairs
    assert cmp.label_of("new", cmp.added) == ["55"]


CHARTER = "".join(
    f"### Article  {n}  \n\nThe Parties undertake to secure the right numbered {n} in full.\n\n"
    for n in range(1, 6)
)


def test_articles_lettered_after_the_numbered_ones_are_articles() -> None:
    """A revised charter's Part V, "Article A" to "Article O" after Article 31: only
    the letters that are roman numbers (C, D, I, L, M) had been read, each swallowing
    the articles lettered after it."""
    lettered = "".join(
        f"Article  {x}  \n\nEach Party undertakes the lettered obligation {x} here.\n\n"
        for x in "ABCDEFGHIJKLMNO"
    )
    doc = make_document("Charter\n\n" + CHARTER.replace("### ", "") + lettered)
    assert [s.label for s in doc.segments][1:] == [*"12345", *"ABCDEFGHIJKLMNO"]
    lone = make_document("Charter\n\n" + CHARTER.replace("### ", "") + "Article  B\n\nText.\n")
    assert [s.label for s in lone.segments][-1] == "5"  # a B with no A before it heads nothing


def test_an_article_put_in_with_bis_glued_to_its_roman_number_is_an_article() -> None:
    text = "Convention\n\n" + "".join(
        f"Article {n}\n\nThe Contracting States agree to measure {k}.\n\n"
        for k, n in enumerate(["I", "II", "III", "IV", "IVbis", "V", "Vter", "VI"])
    )
    doc = make_document(text)
    assert [(s.label, s.number) for s in doc.segments][1:] == [
        ("I", 1), ("II", 2), ("III", 3), ("IV", 4), ("IVbis", 4), ("V", 5), ("Vter", 5), ("VI", 6),
    ]  # fmt: skip


def test_an_appendix_of_notes_on_the_articles_is_one_appendix(tmp_path: Path) -> None:
    """ "####Appendix" as the caption of "### Article N" (a blank line between) heads
    no appendix; "####Appendix to the Social Charter" does, and its notes on some of the
    articles ("Article 1, paragraph 2", "Article 4"…) are its text, not the articles
    again ("1#2", "4#2")."""
    notes = "".join(
        f"### Article  {n}{', paragraph 2' if n % 2 else ''}  \n\nIt is understood that "
        f"the note on provision {n} applies.\n\n"
        for n in (1, 4, 9, 12, 19)
    )
    articles = "".join(
        f"### Article  {n}  \n\nThe Parties undertake to secure the right numbered {n}.\n\n"
        for n in range(1, 21)
    )
    text = (
        f"# Charter\n\n{articles}### Article  21  \n\n####Appendix\n\nThe appendix to this "
        "Charter shall form an integral part of it.\n\n### Article  22  \n\n####Notifications"
        "\n\nThe Secretary General shall notify the members.\n\nIN WITNESS WHEREOF, the "
        "undersigned have signed this Charter.\n\n####Appendix to the Social Charter\n\n"
        f"Scope of the Charter in terms of persons protected.\n\n{notes}"
    )
    path = tmp_path / "charter.md"
    path.write_text(text, "utf-8")
    doc = read_document(path)
    labels = [s.label for s in doc.segments]
    assert labels[1:-2] == [str(n) for n in range(1, 23)]
    assert labels[-2:] == ["closing", "Appendix"] and not any("#" in x for x in labels)
    appendix = doc.segments[-1]
    assert "note on provision 19" in doc.text[appendix.start : appendix.end]
    captioned = next(s for s in doc.segments if s.label == "21")
    assert "integral part" in doc.text[captioned.start : captioned.end]


FRENCH_HEADINGS = [
    # "CHAPITRE V : …" had trailed Article R13, as a sentence would (it ends in a stop
    # and has more than six words).
    ("R13", "CHAPITRE V : Admission et avancement dans l'ordre.", "R14"),
    # "SECTION I : …" over "PARAGRAPHE 1 : …" trailing the short Article R17 had made it
    # read like the other version's R135-6, which the same two headings trailed (0.99).
    ("R17", "SECTION I : Propositions à titre normal\n\nPARAGRAPHE 1 : Dispositions générales.",
     "R18"),
]  # fmt: skip


@pytest.mark.parametrize(("before", "headings", "after"), FRENCH_HEADINGS)
def test_a_french_codes_division_headings_head_the_next_article(
    before: str, headings: str, after: str
) -> None:
    text = (
        f"Article {before}\n\nLe conseil est renouvelé tous les deux ans.\n\n{headings}\n\n"
        f"Article {after}\n\nL'admission est prononcée par décret.\n"
    )
    doc = make_document(text)
    by_label = {s.label: doc.text[s.start : s.end] for s in doc.segments}
    assert by_label[before].endswith("tous les deux ans.")
    assert by_label[after].startswith(headings.split()[0])
    if "PARAGRAPHE" in headings:
        assert "Paragraphe 1" in {d.name for d in doc.divisions}


_FUNDING = (
    "(1) Ravikindlustusega hõlmatud isikule osutatud iseseisva {x} eest tasutakse "
    "riigieelarves {fund} ettenähtud vahenditest ulatuses, mille eest tasumise kohustuse "
    "on üle võtnud {who}.\n\n(2) Ravikindlustusega hõlmamata isik tasub iseseisva {x} eest ise.\n"
)


def _sections(items: list[tuple[str, str, str]]) -> str:
    return "".join(f"##### § {n}. {title}\n\n{body}\n" for n, title, body in items)


def test_a_section_keeps_its_namesake_over_a_twin_written_for_another_service(
    tmp_path: Path,
) -> None:
    """ "§ 26. Iseseisva õendusabi rahastamine" (funding of nursing) grew a paragraph;
    "§ 26³. Iseseisva ämmaemandusabi rahastamine" (midwifery) was put in with its old
    clauses written again: 26 had paired with the twin (0.45 against 0.32), and the
    § 26 of its own title stood added."""
    others = [(str(20 + k), t, f"(1) {t} korraldab minister määrusega number {20 + k}.\n")
              for k, t in enumerate(["Kiirabi mõiste", "Kiirabi osutamine", "Haigla"])]  # fmt: skip
    last = [("27", "Registreerimine", "(1) Registreerimine korraldab minister määrusega.\n")]
    nursing = "Iseseisva õendusabi rahastamine"
    kept = _FUNDING.format(x="õendusabi", fund="ravikindlustuseks", who="Haigekassa")
    old = [*others, ("26", nursing, kept), *last]
    grown = _FUNDING.format(x="õendusabi", fund="Tervisekassa eelarvesse", who="Tervisekassa") + (
        "\n(3) Ööpäevaringse erihooldusteenuse osutamise käigus osutatud iseseisvat õendusabi "
        "rahastatakse riigieelarvest Tervisekassa kaudu sõltumata isiku ravikindlustusest.\n"
    )
    twin = _FUNDING.format(x="ämmaemandusabi", fund="ravikindlustuseks", who="Haigekassa")
    new = [
        *others,
        ("26", nursing, grown),
        ("26<sup>1</sup>", "Ämmaemandusabi", "(1) Ämmaemandusabi on tervishoiuteenus.\n"),
        ("26<sup>3</sup>", "Iseseisva ämmaemandusabi rahastamine", twin),
        *last,
    ]
    (tmp_path / "old.md").write_text(_sections(old), "utf-8")
    (tmp_path / "new.md").write_text(_sections(new), "utf-8")
    cmp = compare(read_document(tmp_path / "old.md"), read_document(tmp_path / "new.md"))
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("26",), ("26",)) in pairs
    assert cmp.label_of("new", cmp.added) == ["26¹", "26³"]


def test_a_division_with_a_long_title_is_a_division(tmp_path: Path) -> None:
    """ "1. jagu Vältimatu abi ja ravikindlustusega hõlmamata isikule rahvastiku tervise
    kaitseks osutatavad tervishoiuteenused" (over a hundred letters) had been no heading,
    and the outline had put its sections straight under the chapter."""
    long_title = (
        "Vältimatu abi ja ravikindlustusega hõlmamata isikule rahvastiku tervise kaitseks "
        "osutatavad tervishoiuteenused"
    )
    text = _estonian_act(inserted=1).replace("1. jagu Vältimatu abi", f"1. jagu {long_title}")
    path = tmp_path / "act.md"
    path.write_text(text, "utf-8")
    doc = read_document(path)
    assert f"Jagu 1 {long_title}" in {f"{d.name} {d.title}" for d in doc.divisions}


def test_a_first_article_numbered_with_a_superscript_ordinal_is_an_article(tmp_path: Path):
    """Luxembourg's consolidated laws number the first article "Art. 1<sup>er</sup>.":
    it had been read as part of the preamble, on both sides, and never compared."""
    text = "# Loi du 8 juin 2004 sur la liberté d'expression dans les médias\n\n" + "".join(
        f"#### Art. {n}.\n\nLes dispositions de l'article {n} s'appliquent aux médias {what}.\n\n"
        for n, what in (("1<sup>er</sup>", "écrits"), ("2", "audiovisuels"), ("3", "en ligne"))
    )
    path = tmp_path / "medias.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert [s.label for s in doc.segments if s.kind.value == "article"] == ["1", "2", "3"]
    assert "Art. 1er." in doc.text


def test_a_markdown_list_of_items_all_numbered_one_counts_as_it_is_shown(tmp_path: Path):
    """Semantic Versioning writes each rule "1." and lets Markdown count them: its rules
    had all been read as "1", so no rule could be told from another."""
    rules = ["Software MUST declare a public API.", "A normal version MUST take the form X.Y.Z.",
             "Once released, a version MUST NOT be modified.", "Major version zero is for development."]  # fmt: skip
    items = "\n\n".join(f"1. {rule}\nIt goes on here." for rule in rules)
    text = (
        "# Semantic Versioning\n\n## Specification\n\n" + items + "\n\n## Tagging\n\n"
        "1. Tag each release.\n\n1. Sign the tag.\n\n"  # two: left as written
        "```\n1. one\n1. one\n1. one\n```\n"  # code: left as written
    )
    path = tmp_path / "semver.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    numbers = [line[:2] for line in doc.text.splitlines() if re.match(r"\d\. ", line)]
    assert numbers == ["1.", "2.", "3.", "4.", "1.", "1.", "1.", "1.", "1."]


def test_the_headings_of_a_title_without_articles_go_with_the_next_article() -> None:
    """A French code prints a title whose chapters hold no article in this edition:
    "Titre II" and its seven chapters over "Titre III" / "Article L330-1". Only the last
    four lines went with L330-1; the rest trailed L327-1 as its text, which then read as
    grown by five headings."""
    chapters = "".join(
        f"Chapitre {n} : Objet {n}\n\n" for n in ("Ier", "II", "III", "IV", "V", "VI", "VII")
    )
    text = (
        "CODE\n\nTitre Ier : ACCÈS\n\nChapitre Ier : Principes\n\n"
        "Article L327-1\n\nLes modalités sont fixées par décret en Conseil d'Etat.\n\n"
        f"Titre II : RÉUTILISATION\n\n{chapters}Titre III : PERSONNES RESPONSABLES\n\n"
        "Article L330-1\n\nLes administrations désignent une personne responsable.\n"
    )
    doc = make_document(text, "fr")
    first, second = (s for s in doc.segments if s.label in ("L327-1", "L330-1"))
    assert doc.text[first.body_start : first.end] == (
        "Les modalités sont fixées par décret en Conseil d'Etat."
    )
    assert doc.text[second.start :].startswith("Titre II : RÉUTILISATION")


def test_a_part_of_principles_before_the_first_article_is_no_part_of_the_preamble() -> None:
    """The European Social Charter lists the principles its Parties accept under "PART I",
    then "PART II" leads into Article 1: all of it was read as the preamble, which ran
    four pages in the report and was compared as one block with the revised Charter's."""
    principles = "".join(
        f"{n}\nEveryone shall have the right number {n} to work in an occupation freely "
        "entered upon.\n\n"
        for n in range(1, 6)
    )
    text = (
        "SOCIAL CHARTER\n\nThe Governments signatory hereto have agreed as follows:\n\n"
        "PART I\nThe Parties accept as the aim of their policy the attainment of conditions "
        f"in which the following rights may be realised:\n\n{principles}"
        "PART II\nThe Parties undertake to be bound by the following Articles.\n\n"
        "Article 1\n\nThe right to work\nWith a view to ensuring the right to work, the "
        "Parties undertake to accept full employment as an aim.\n\n"
        "Article 2\n\nThe right to just conditions of work\nThe Parties undertake to "
        "provide for reasonable daily and weekly working hours.\n"
    )
    doc = make_document(text, "esc")
    labels = [(s.kind.name, s.label) for s in doc.segments]
    assert labels == [
        ("PREAMBLE", "preamble"),
        ("HEADING", "PART I"),
        ("HEADING", "PART II"),
        ("ARTICLE", "1"),
        ("ARTICLE", "2"),
    ]
    preamble, part_one = doc.segments[:2]
    assert doc.text[preamble.start : preamble.end].endswith("have agreed as follows:")
    assert doc.text[part_one.body_start :].startswith("The Parties accept as the aim")
