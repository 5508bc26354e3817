"""Forms met in statutes of more languages: each read as a reader of that language
reads it, and paired so."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.cli import load
from treatyviewer.core.comparison import compare
from treatyviewer.core.numerals import ORDINALS, fold
from treatyviewer.core.segment import make_document

_SPANISH = [
    ("Primero", 1), ("Segundo", 2), ("Noveno", 9), ("Décimo", 10), ("Undécimo", 11),
    ("Duodécimo", 12), ("Décimo Tercero", 13), ("Decimocuarto", 14), ("Vigésimo Primero", 21),
    ("Trigésima Segunda", 32),
]  # fmt: skip


def _spanish(labels: list[tuple[str, int]], changed: int | None = None) -> str:
    out = ["Ley de cooperación municipal", ""]
    for word, n in labels:
        verb = "establece" if n != changed else "fija con carácter general"
        out += [f"Artículo {word}.- Objeto.", "", f"La autoridad {verb} el régimen número {n}.", ""]
    return "\n".join(out)


def test_spanish_articles_numbered_in_words_beyond_ten() -> None:
    """ "Undécimo" and "Décimo Tercero" were no headings: their text went into the
    tenth article, and "Décimo Tercero" was labelled a second "Décimo"."""
    doc = make_document(_spanish(_SPANISH))
    articles = [s for s in doc.segments if s.kind.value == "article"]
    assert [s.label for s in articles] == [w for w, _ in _SPANISH]
    assert [s.number for s in articles] == [n for _, n in _SPANISH]
    assert ORDINALS[fold("decimotercera")] == 13 and ORDINALS[fold("undicesimo")] == 11


def test_spanish_articles_in_words_pair_by_their_place() -> None:
    old = make_document(_spanish(_SPANISH))
    new = make_document(_spanish(_SPANISH, changed=13))
    cmp = compare(old, new)
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("Décimo Tercero",), ("Décimo Tercero",)) in pairs
    assert not cmp.added and not cmp.removed


def test_a_swedish_section_repealed_in_place_keeps_its_number() -> None:
    """ "3 § har upphävts genom lag (2022:45)." went into 2 §."""
    old = make_document(
        "Lag om samverkan\n\n1 § Denna lag gäller kommuner.\n\n2 § Kommunen upprättar ett avtal."
        "\n\n3 § Den som bryter mot 2 § döms till böter.\n\n4 § Regeringen meddelar föreskrifter."
    )
    new = make_document(
        "Lag om samverkan\n\n1 § Denna lag gäller kommuner.\n\n2 § Kommunen upprättar ett avtal."
        "\n\n3 § har upphävts genom lag (2022:45).\n\n4 § Regeringen meddelar föreskrifter."
    )
    assert [s.label for s in new.segments if s.kind.value == "article"] == ["1", "2", "3", "4"]
    cmp = compare(old, new)
    three = next(p for p in cmp.pairs if tuple(cmp.label_of("old", p.old)) == ("3",))
    assert tuple(cmp.label_of("new", three.new)) == ("3",) and three.repealed
    two = next(p for p in cmp.pairs if tuple(cmp.label_of("old", p.old)) == ("2",))
    assert two.status == "unchanged"


def test_greek_in_windows_1253_reads_its_accented_capitals(tmp_path: Path) -> None:
    """Short, repetitive files were read as ISO 8859-7, where the byte of "Ά" is a
    quotation mark: no "Άρθρο" was left to head an article."""
    body = "".join(
        f"Άρθρο {n}\nΗ αρμόδια αρχή εφαρμόζει τις διατάξεις του παρόντος νόμου.\n\n"
        for n in range(1, 9)
    )
    path = tmp_path / "nomos.txt"
    path.write_bytes(body.encode("cp1253"))
    doc = load(str(path))
    assert doc.encoding == "cp1253"
    assert [s.label for s in doc.segments] == [str(n) for n in range(1, 9)]
    assert doc.text.startswith("Άρθρο 1")


def test_a_brazilian_law_ends_with_its_place_and_date() -> None:
    """ "Brasília, 12 de março de 2021." stayed in the last article: struck with the
    article after it, it made the two read as merged into the one before."""
    body = "".join(
        f"Art. {n}. O órgão competente publicará o regulamento no prazo de {n + 10} dias.\n\n"
        for n in range(1, 6)
    )
    old = make_document(f"LEI Nº 1, DE 2021\n\n{body}Brasília, 12 de março de 2021.\n")
    short = body.rsplit("Art. 5.", 1)[0]
    new = make_document(f"LEI Nº 1, DE 2021\n\n{short}Brasília, 12 de março de 2021.\n")
    assert [s.kind.value for s in old.segments][-1] == "closing"
    cmp = compare(old, new)
    assert cmp.label_of("old", cmp.removed) == ["5"]
    assert all(len(p.old) == len(p.new) == 1 for p in cmp.pairs)


def test_a_numbered_section_glued_to_its_title_in_capitals() -> None:
    """CeCILL 1.0 prints "4.1.ENTREE EN VIGUEUR": section 4.1 was read as text of
    Article 4's opening, not as its first section."""
    text = (
        "Article 3 - ACCEPTATION\n\n3.1. L'acceptation est acquise.\n\n3.2. Un exemplaire est remis.\n\n"
        "Article 4 - ENTREE EN VIGUEUR ET DUREE\n\n4.1.ENTREE EN VIGUEUR\n\n"
        "Le Contrat entre en vigueur à la date de son acceptation.\n\n"
        "4.2. DUREE\n\nLe Contrat produit ses effets pendant toute la durée légale.\n"
    )
    articles = [s for s in make_document(text).segments if s.kind.value == "article"]
    assert [s.label for s in articles] == ["3", "4"]
    assert [[p.label for p in s.parts] for s in articles] == [["3.1", "3.2"], ["4.1", "4.2"]]


def test_a_chinese_articles_text_on_its_heading_line_is_no_title() -> None:
    """The outline had named "第十条" by its first sentence ("违反本法第二条规定的，由…"),
    beside articles named by their number alone: the text after "第十条　" is the
    article, and a title of a Chinese law stands in brackets."""
    from treatyviewer.core.structure_summary import unit_title

    text = (
        "第一条（目的）为了规范管理，制定本法。\n\n"
        "第二条　违反本法第二条规定的，由主管部门责令改正。\n\n"
        "第三条　本法自公布之日起施行。\n"
    )
    doc = make_document(text, "法.txt")
    assert [unit_title(doc.text, s) for s in doc.segments] == ["目的", "", ""]
