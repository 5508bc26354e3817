"""Marks that consolidated laws set beside an article's number: a footnote star
(Romanian "Articolul 10*)"), a note in slashes on when a section's text ends or
begins to apply (Swedish "2 § /Upphör att gälla …/"), an inserted section's letter
over a title glued to its stop (Norwegian "§ 14 a.Title"), and articles inserted with
a suffix ("10^1") among notices of repeal. Each made a real pair of versions read or
pair wrongly; the texts here are our own in those layouts."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document


def _compare(old: str, new: str) -> Comparison:
    return compare(make_document(old), make_document(new))


def _links(cmp: Comparison) -> set[tuple[str, str, str]]:
    return {
        ("+".join(cmp.label_of("old", p.old)), "+".join(cmp.label_of("new", p.new)), p.status)
        for p in cmp.pairs
    }


def _articles(items: list[tuple[str, str]], heading: str = "Articolul {}") -> str:
    return "".join(f"{heading.format(k)}\n{v}\n\n" for k, v in items)


ROMANIAN = {
    "10": "Societatea se constituie prin contract încheiat de asociați.",
    "11": "Capitalul social se varsă integral la data constituirii.",
    "12": "Aporturile în natură se evaluează de un expert numit de judecător.",
    "13": "Acțiunile sunt nominative și se înscriu în registrul acționarilor.",
    "14": "Adunarea generală se convoacă cu cel puțin treizeci de zile înainte.",
    "15": "Cenzorii verifică gestiunea și raportează adunării generale în fiecare an.",
    "16": "Dizolvarea societății se hotărăște de adunarea generală extraordinară.",
}


def test_a_notice_of_repeal_keeps_its_own_number_beside_an_inserted_article() -> None:
    """Old 14 moved into an inserted "10^1": that is no renumbering, so the notice
    under 11 is old 11 repealed, not old 15 (which was rewritten)."""
    new = [
        ("10", ROMANIAN["10"]),
        ("10^1", ROMANIAN["14"]),
        ("11", "Abrogat."),
        ("12", "Abrogat."),
        ("13", ROMANIAN["13"]),
        ("14", "Abrogat."),
        ("15", "Auditorul financiar verifică situațiile financiare, iar raportul său se "
               "prezintă acționarilor."),
        ("16", ROMANIAN["16"]),
    ]  # fmt: skip
    cmp = _compare(_articles(list(ROMANIAN.items())), _articles(new))
    pairs = {(old, new) for old, new, _ in _links(cmp)}
    assert {("11", "11"), ("12", "12"), ("14", "10^1")} <= pairs
    assert not any(new == "11" and old != "11" for old, new in pairs)
    assert cmp.label_of("old", cmp.removed) == ["15"]


def test_a_footnote_star_after_the_number_leaves_the_article_its_own() -> None:
    items = [(k, ROMANIAN[k]) for k in ("10", "11", "12")]
    starred = _articles(items).replace("Articolul 11\n", "Articolul 11*)\n")
    changed = starred.replace("integral", "în două tranșe")
    cmp = _compare(_articles(items), changed)
    assert [s.label for s in cmp.new.segments] == ["10", "11", "12"]
    assert _links(cmp) == {("10", "10", "unchanged"), ("11", "11", "modified"),
                           ("12", "12", "unchanged")}  # fmt: skip


SWEDISH_OLD = """\
Uppgifter

1 § Nämnden ska främja fisket i länets sjöar.

2 § Nämnden ska samråda med kommunerna.

3 § Nämnden leds av en ordförande.
"""
SWEDISH_NEW = """\
Uppgifter

1 § Nämnden ska främja fisket i länets sjöar.

2 § /Upphör att gälla U:2027-01-01/
Nämnden ska samråda med kommunerna.

2 § /Träder i kraft I:2027-01-01/
Nämnden ska samråda med kommunerna och regionerna.

2 a § /Träder i kraft I:2027-01-01/
Nämnden får ta ut avgifter för fiskekort.

3 § Nämnden leds av en ordförande.
"""


def test_sections_with_a_note_of_when_they_apply_are_sections() -> None:
    """The section in force now is the old one unchanged; the two that enter into force
    later are new. The note is the heading's, not the wording's."""
    cmp = _compare(SWEDISH_OLD, SWEDISH_NEW)
    assert [s.label for s in cmp.new.segments] == ["preamble", "1", "2", "2#2", "2 a", "3"]
    assert ("2", "2", "unchanged") in _links(cmp)
    assert cmp.label_of("new", cmp.added) == ["2#2", "2 a"]
    assert not cmp.removed


def test_an_inserted_section_over_a_glued_title_is_labelled_by_its_number(
    tmp_path: Path,
) -> None:
    sections = [
        ("14", "Særlige forbud", "Det er forbudt å bruke dyr til kamp."),
        ("14 a", "Bilder av mishandling", "Det er forbudt å lage slike bilder."),
        ("15", "Bygninger", "Dyr skal holdes i egnede bygninger."),
    ]
    text = "## Kapittel I. Alminnelige regler\n\n" + "".join(
        f"### § {n}.{title}\n\n{body}\n\n" for n, title, body in sections
    )
    (tmp_path / "old.md").write_text(text, encoding="utf-8")
    (tmp_path / "new.md").write_text(text.replace("lage", "lage eller spre"), encoding="utf-8")
    cmp = compare(read_document(tmp_path / "old.md"), read_document(tmp_path / "new.md"))
    assert [s.label for s in cmp.new.segments if s.kind.name == "ARTICLE"] == ["14", "14a", "15"]
    assert ("14a", "14a", "modified") in _links(cmp)
