"""Numbers that only follow the renumbering of their article are form
(``reference``), whatever the numbering style or language; number words are
figures in every language the app reads."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document

_CLAUSES = {
    1: ("DEFINITIONS", ["Words have the meaning given here.", "Headings are for ease only."]),
    2: ("SERVICES", ["The Supplier shall digitise the records.", "Subcontractors need consent."]),
    3: ("FEES", ["The Customer shall pay within thirty days.", "Interest runs at two percent."]),
    4: ("TERM", ["This Agreement lasts three years.", "It renews unless clause 3.1 is breached."]),
}


def contract(numbers: list[int], divided: tuple[int, ...] = (1, 2, 3, 4)) -> str:
    """The clauses chosen, numbered "1.", "1.1" in their new order; the clauses not
    ``divided`` run their sentences on in one paragraph."""
    out = ["SERVICES AGREEMENT", ""]
    for new, old in enumerate(numbers, 1):
        title, subs = _CLAUSES[old]
        out += [f"{new}. {title}"]
        if old in divided:
            out += [f"{new}.{k} {s}" for k, s in enumerate(subs, 1)]
        else:
            out += [" ".join(subs)]
        out += [""]
    return "\n".join(out)


def changes(cmp: Comparison) -> list[tuple[str, str, str]]:
    return [(c.old_text, c.new_text, c.change_class) for p in cmp.pairs for c in p.changes]


def test_sub_clause_numbers_and_references_that_follow_their_article_are_reference() -> None:
    """Only clause 3 is divided, so the clauses are the units and its sub-clause
    numbers are part of its text."""
    old = contract([1, 2, 3, 4], divided=(3,))
    new = contract([1, 3, 4], divided=(3,)).replace("clause 3.1", "clause 2.1")
    cmp = compare(make_document(old, "old.txt"), make_document(new, "new.txt"))
    found = changes(cmp)
    # 3.1, 3.2 → 2.1, 2.2; "clause 3.1" → "clause 2.1"
    assert sorted(found) == [("3", "2", "reference")] * 3, found
    renumbered = [rc for rc in cmp.reference_changes if rc.status == "renumbered"]
    assert [(rc.old.text, rc.new.text) for rc in renumbered if rc.old and rc.new] == [
        ("clause 3.1", "clause 2.1")
    ]


def test_sub_clauses_that_divide_every_clause_are_renumbered_units() -> None:
    """Every clause divided: the sub-clauses are the units, renumbered along with
    their clause, and a reference that follows them is the only change of form."""
    old = contract([1, 2, 3, 4])
    new = contract([1, 3, 4]).replace("clause 3.1", "clause 2.1")
    cmp = compare(make_document(old, "old.txt"), make_document(new, "new.txt"))
    moved = [(cmp.label_of("old", p.old), cmp.label_of("new", p.new), p.renumbered)
             for p in cmp.pairs]  # fmt: skip
    assert [m for m in moved if m[2]] == [
        (["3.1"], ["2.1"], True), (["3.2"], ["2.2"], True), (["4.1"], ["3.1"], True),
        (["4.2"], ["3.2"], True),
    ]  # fmt: skip
    assert changes(cmp) == [("3", "2", "reference")]


def test_a_sub_clause_number_that_does_not_follow_its_article_is_a_figure() -> None:
    old = contract([1, 2, 3, 4])
    new = old.replace("It renews unless clause 3.1", "It renews unless clause 3.2")
    cmp = compare(make_document(old, "old.txt"), make_document(new, "new.txt"))
    assert changes(cmp) == [("1", "2", "figure")]
    assert [rc.status for rc in cmp.reference_changes if rc.status != "unchanged"] == ["retargeted"]


def spanish(bodies: list[str]) -> str:
    arts = [f"Artículo {k}.º\n{b}" for k, b in enumerate(bodies, 1)]
    return "LEY DE ARCHIVOS\n\n" + "\n\n".join(arts) + "\n"


def test_spanish_article_reference_with_ordinal_mark_is_renumbered() -> None:
    bodies = [
        "La presente ley regula los archivos municipales y su conservación.",
        "Se crea el Consejo de Archivos como órgano consultivo de los ayuntamientos.",
        "Los ayuntamientos conservarán sus documentos en locales adecuados.",
        "Es infracción incumplir el deber previsto en el artículo 3.º de esta ley.",
    ]
    new_bodies = [bodies[0], bodies[2], bodies[3].replace("artículo 3.º", "artículo 2.º")]
    cmp = compare(
        make_document(spanish(bodies), "a.txt"), make_document(spanish(new_bodies), "b.txt")
    )
    assert changes(cmp) == [("3", "2", "reference")]
    moved = [
        (rc.old.text, rc.new.text, rc.status) for rc in cmp.reference_changes if rc.old and rc.new
    ]
    assert moved == [("artículo 3", "artículo 2", "renumbered")]


def test_german_number_words_are_figures() -> None:
    text = "Vertrag\n\nArtikel 1\n\nDie Frist beträgt {} Monate ab der Unterzeichnung.\n"
    cmp = compare(
        make_document(text.format("drei"), "a.txt"), make_document(text.format("fünf"), "b.txt")
    )
    assert changes(cmp) == [("drei", "fünf", "figure")]


WALK = Path(__file__).parent / "walk_pairs"


def test_a_paragraph_renumbered_after_struck_out_paragraphs_is_numbering_not_a_figure() -> None:
    """Paragraphs 2 and 3 struck out: paragraph "4." is printed "2.". That is its place
    in the list, form; a figure the paragraph states still changes as a figure."""
    old = read_document(WALK / "paragraphs-old.txt")
    new = read_document(WALK / "paragraphs-new.txt")
    cmp = compare(old, new)
    assert [(o, n, k) for o, n, k in changes(cmp) if k != "wording"] == [("4", "2", "numbering")]
    assert cmp.class_counts()["figure"] == 0
    edited = make_document(new.text.replace("any issue", "any three issues"), "b.txt")
    found = [(o, n, k) for o, n, k in changes(compare(old, edited)) if k != "wording"]
    assert found == [("4", "2", "numbering"), ("", "three", "figure")], found


def test_an_inserted_article_given_another_suffix_is_renumbered() -> None:
    """Belgian laws renumber an inserted article by its Latin suffix ("29bis" becomes
    "29octies" when others are put before it): the number 29 stays, the article's
    place does not, and the pair was not flagged."""
    body = "Le gestionnaire du réseau publie chaque année un plan de développement."
    old = f"Art. 29. Le Roi fixe les tarifs.\n\nArt. 29bis. {body}\n\nArt. 30. Entrée en vigueur.\n"
    new = f"Art. 29. Le Roi fixe les tarifs.\n\nArt. 29octies. {body}\n\nArt. 30. Entrée en vigueur.\n"
    cmp = compare(make_document(old, "a.txt"), make_document(new, "b.txt"))
    flagged = {
        (*cmp.label_of("old", p.old), *cmp.label_of("new", p.new)): p.renumbered for p in cmp.pairs
    }
    assert flagged == {("29", "29"): False, ("29bis", "29octies"): True, ("30", "30"): False}


def test_a_sub_clause_numbered_again_inside_its_article_is_numbering() -> None:
    """Clause 2.1 struck out of a clause that kept its number: "2.2 Gaming" printed
    "2.1 Gaming" was a change of "reference", as if it followed a renumbered article."""
    groups = [("Newsroom", "The newsroom publishes the paper."),
              ("Gaming", "The gaming group organises game nights."),
              ("Cellar", "The cellar group runs the student bar.")]  # fmt: skip

    def statutes(kept: list[tuple[str, str]]) -> str:
        subs = "\n\n".join(f"2.{k} {t}\n\n{body}" for k, (t, body) in enumerate(kept, 1))
        return f"§ 1 Name\n\nThe association is called Online.\n\n§ 2 Groups\n\n{subs}\n"

    cmp = compare(make_document(statutes(groups)), make_document(statutes(groups[1:])))
    numbers = [(o, n, k) for o, n, k in changes(cmp) if o.isdecimal() and n.isdecimal()]
    assert numbers == [("2", "1", "numbering"), ("3", "2", "numbering")], changes(cmp)


def test_a_paragraph_label_put_in_with_a_second_paragraph_is_numbering() -> None:
    """An article that gains a second paragraph has its first labelled "(1)" or "1.":
    the label of its place in the list, form; struck out again, the same."""
    first = "Everyone has the right to education."
    old = f"Law\n\nArticle 1\n{first}\n\nArticle 2\nThe State shall promote it.\n"
    for one, two in (("(1)", "(2)"), ("1.", "2.")):
        new = old.replace(first, f"{one} {first}\n\n{two} Compulsory education shall be free.")
        cmp = compare(make_document(old, "a.txt"), make_document(new, "b.txt"))
        assert changes(cmp)[0] == ("", one, "numbering"), changes(cmp)
        back = compare(make_document(new, "a.txt"), make_document(old, "b.txt"))
        assert changes(back)[0] == (one, "", "numbering"), changes(back)
