"""Markdown as real versioned documents write it, read through the file reader: numbered
sub-headings under one section, titles underlined with "===" and "---", "#" comments in
blocks of code, and numbers escaped with a backslash. Each once made the sections
vanish into the preamble or the wrong section (texts of our own in those layouts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document
from treatyviewer.core.structure_summary import unit_title
from treatyviewer.io.readers import read_document


def _read(tmp_path: Path, name: str, text: str) -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def _units(doc: Document) -> list[str]:
    return [s.label for s in doc.segments if s.kind.name != "PREAMBLE"]


CHARTER = """\
# Harbour Charter

## Our Promise

We promise a safe harbour for every crew that moors here.

## Where It Applies

This charter applies on every quay, slipway and pier of the harbour.

## Sanctions

Harbour masters follow these steps:

### 1. Reminder

A quiet word from the harbour master.

### 2. Warning

A written warning kept on the vessel's file.

### 3. Suspension

No mooring for a season.

### 4. Ban

No mooring ever again.

## Sources

Adapted from the rules of an older harbour.
"""


def test_numbered_points_under_one_section_are_units_beside_the_sections(tmp_path: Path) -> None:
    """Before, the four numbered points were taken for the whole structure: the other
    sections fell into the preamble and "Sources" into point 4."""
    doc = _read(tmp_path, "charter.md", CHARTER)
    assert _units(doc) == [
        "Our Promise", "Where It Applies", "Sanctions", "1. Reminder", "2. Warning",
        "3. Suspension", "4. Ban", "Sources",
    ]  # fmt: skip
    ban = doc.by_label("4. Ban")
    assert "Adapted from" not in doc.text[ban.start : ban.end]


def test_a_version_without_the_numbered_points_pairs_section_by_section(tmp_path: Path) -> None:
    """Version 1 had no "Sanctions" section: every section used to come out removed or
    added, as the new version was cut at its four numbered points only."""
    start, end = CHARTER.index("## Sanctions"), CHARTER.index("## Sources")
    old = _read(tmp_path, "old.md", CHARTER[:start] + CHARTER[end:])
    new = _read(tmp_path, "new.md", CHARTER)
    cmp = compare(old, new)
    assert cmp.label_of("new", cmp.added) == [
        "Sanctions", "1. Reminder", "2. Warning", "3. Suspension", "4. Ban"
    ]  # fmt: skip
    assert not cmp.removed


FAQ = """# Harbour Rules

## Summary

The rules in brief.

## Rules

Every vessel keeps the rules.

## Questions

### May I moor at night?

Yes, at the outer quay.

### Who collects the fees?

The harbour master, each morning.

### Can a berth be sold?

No, berths are not property.
"""


def test_the_questions_of_an_faq_are_compared_one_by_one(tmp_path: Path) -> None:
    """Headings one level down that each name their section are the units; headings
    repeated under every section ("Examples") are not (see ``outline_headings``)."""
    old = _read(tmp_path, "old.md", FAQ)
    new_text = FAQ.replace("each morning", "each evening").replace(
        "### Can a berth be sold?\n\nNo, berths are not property.\n", ""
    )
    cmp = compare(old, _read(tmp_path, "new.md", new_text))
    assert cmp.label_of("old", cmp.removed) == ["Can a berth be sold?"]
    changed = [cmp.label_of("old", p.old) for p in cmp.pairs if p.changes]
    assert changed == [["Who collects the fees?"]]
    repeated = "".join(f"## Object {n}\n\nAn object.\n\n### Examples\n\nOne.\n\n" for n in "ABCD")
    assert _units(_read(tmp_path, "spec.md", repeated)) == [f"Object {n}" for n in "ABCD"]


SETEXT = """\
Harbour Versions
================

Summary
-------

Each release of the harbour rules carries a number.

Rules
-----

1. A release that breaks nothing raises the last number.
2. A release that adds a rule raises the middle number.

Questions
---------

Ask the harbour master.
"""


def test_titles_underlined_with_rules_head_their_sections(tmp_path: Path) -> None:
    doc = _read(tmp_path, "versions.md", SETEXT)
    assert _units(doc) == ["Summary", "Rules", "Questions"]
    assert "-----" not in doc.text and "=====" not in doc.text


CODE = """\
# Message Format

## Introduction

Messages travel between harbours as documents.

## Payload Object

A payload carries the cargo list.

```yaml
# the list is sent in base64
cargo:
  # one line per crate
  - crates: 4
```

## Receipt Object

A receipt confirms the cargo.

```yaml
# a receipt for the list above
received: true
```
"""


def test_comments_in_blocks_of_code_are_not_headings(tmp_path: Path) -> None:
    doc = _read(tmp_path, "format.md", CODE)
    assert _units(doc) == ["Introduction", "Payload Object", "Receipt Object"]
    assert "# the list is sent in base64" in doc.text  # the code is kept as written


ESCAPED = """\
1\\.  **Definitions.** A berth is a place at a quay.

2\\.  **Grant.** The harbour grants a berth.

3\\.  **Notice.** A skipper gives notice before leaving.
"""


def test_numbers_escaped_in_markdown_are_numbers(tmp_path: Path) -> None:
    doc = _read(tmp_path, "licence.md", ESCAPED)
    assert _units(doc) == ["1", "2", "3"]


def test_backslashes_in_code_are_read_as_written(tmp_path: Path) -> None:
    """A standard quotes a regular expression set in by six spaces: its "\\[" and
    "\\-" were taken for Markdown's escapes and read as "[" and "-". A line set in
    by four spaces is code in Markdown too, as `code` is; an escaped mark elsewhere
    is still the mark."""
    text = (
        "1\\.  Security\n\n   The text can be checked with this expression:\n\n"
        "      /[^,:{}\\[\\]0-9.\\-+Eaeflnr-u]/\n\n"
        "   In a line: `a\\*b` stays; 2 \\* 3 is a product.\n\n"
        "2\\.  Examples\n\n   None.\n"
    )
    doc = _read(tmp_path, "rfc.txt", text)
    assert "/[^,:{}\\[\\]0-9.\\-+Eaeflnr-u]/" in doc.text
    assert "`a\\*b`" in doc.text and "2 * 3" in doc.text
    assert doc.text.startswith("1.  Security")


def test_a_changelog_after_the_articles_is_a_section_of_its_own(tmp_path: Path) -> None:
    """ "## Changelog" at the articles' level ends the last article; its "### v1.1"
    entries stay inside it. Before, each new entry read as a change to the last article."""
    articles = "".join(
        f"## Article {n} — {t}\n\nThe {t.lower()} rules apply to every member.\n\n"
        for n, t in ((1, "Scope"), (2, "Board"), (3, "Fees"))
    )
    log = "## Changelog\n\n### v1.0 (2024-01-01)\n\n- First version.\n"
    old = _read(tmp_path, "old.md", f"# Club Rules\n\n{articles}{log}")
    new_log = log.replace(
        "## Changelog\n\n", "## Changelog\n\n### v1.1 (2025-03-01)\n\n- Fees reworded.\n\n"
    )
    new = _read(tmp_path, "new.md", f"# Club Rules\n\n{articles}{new_log}")
    assert _units(new) == ["1", "2", "3", "Changelog"]
    cmp = compare(old, new)
    changed = [cmp.label_of("new", p.new) for p in cmp.pairs if p.changes]
    assert changed == [["Changelog"]]


ELECTRICITY_LAW = """\
### Chapitre 1. - Production.

**Art. 3.** La commission établit un programme indicatif des moyens de production.

**Art. 4.** La construction de nouvelles installations est soumise à une autorisation.

### Chapitre 2. - Gestion du réseau.

**Art. 8.** La gestion du réseau est assurée par un gestionnaire unique.

**Art. 9.** Le gestionnaire est désigné par le Roi sur proposition de la commission.
"""


def test_the_first_article_under_a_chapter_heading_is_an_article_of_its_own(tmp_path):
    """A chapter heading's paragraph joins it as its text, unless that paragraph opens
    with an article's heading ("**Art. 3.** …"): the first article of every chapter
    of a Belgian law had gone into the preamble or into the article before."""
    doc = _read(tmp_path, "law.md", ELECTRICITY_LAW)
    assert _units(doc) == ["3", "4", "8", "9"]
    body = doc.body(doc.segments[2])
    assert "gestionnaire unique" in body and "Chapitre 2" not in doc.body(doc.segments[1])


GLUED = """\
The Harbour Charts Licence

PREAMBLE
========

This licence sets the terms on which the charts may be shared.

NO WARRANTY
===========

There is no warranty for the charts.

HOW TO SHARE CHARTS UNDER THIS LICENCE {rule}

This section is for makers who think of using this licence.
"""


def test_an_underline_glued_to_its_title_still_makes_it_a_heading(tmp_path):
    """A plain copy of an old licence printed "WHETHER AND HOW … ======" on one line:
    the section was read as part of the one before, which then looked split."""
    glued = _read(tmp_path, "old.txt", GLUED.format(rule="=" * 38))
    apart = _read(tmp_path, "new.txt", GLUED.format(rule="\n" + "=" * 38))
    assert _units(glued) == _units(apart) == [
        "PREAMBLE", "NO WARRANTY", "HOW TO SHARE CHARTS UNDER THIS LICENCE"
    ]  # fmt: skip
    cmp = compare(glued, apart)
    assert [p.similarity for p in cmp.pairs if p.status != "unchanged"] == []


ASCIIDOC = """\
Orchard Society Rules
=====================

Members
-------

Anyone who tends a tree in the orchard may become a member.

[[leaving]]
Leaving
-------

A member may leave by telling the keeper in writing.

Leaving after a long absence
~~~~~~~~~~~~~~~~~~~~~~~~~~~~

A member not seen for two harvests is taken to have left.

Harvest shares
--------------

Each member takes an equal share of the fruit.

[source]
~~~~
# this line is a comment in an example, not a heading
share = fruit / members
~~~~
"""


def test_asciidoc_underlines_and_anchors_head_their_sections(tmp_path: Path) -> None:
    """A "~~~" underline (AsciiDoc's third level) was read as the opening of a block of
    code, which hid every heading after it (the text fell back to paragraphs); an
    anchor line ("[[leaving]]") above a title kept it from being a heading."""
    doc = _read(tmp_path, "rules.adoc", ASCIIDOC)
    assert _units(doc) == [
        "Members", "Leaving", "Leaving after a long absence", "Harvest shares"
    ]  # fmt: skip
    assert "[[leaving]]" not in doc.text and "~~~~~~" not in doc.text
    assert "# this line is a comment" in doc.text  # the block of code kept as it is


ASCIIDOC_TITLED = """\
= Orchard Handbook =

== Pruning ==

Prune in late winter, before the buds swell.

[source,shell]
----
# list the trees due this year
trees --due 2024
# mark one as done
trees --done 17
----

== Grafting ==

Graft in spring on a dry day.

....
# not a title either
....

== Picking ==

Pick when the fruit comes away with a gentle twist.
"""


def test_asciidoc_titles_with_closing_marks_and_listings(tmp_path: Path) -> None:
    """Titles written "== Pruning ==" are named without their closing marks, and the
    comment lines of a listing ("# list the trees due this year") head nothing: they
    had been units of their own, and the attributes over the listing ("[source,shell]",
    underlined by its opening dashes) a heading."""
    doc = _read(tmp_path, "handbook.txt", ASCIIDOC_TITLED)
    assert _units(doc) == ["Pruning", "Grafting", "Picking"]
    assert "# mark one as done" in doc.text


WIKI_PAGE = """\
Code of Conduct

== Purpose ==

This code sets out how members of the club treat each other.

----

== Respect ==

Members treat each other with courtesy at meetings and online.

----

== Enforcement ==

The committee hears complaints and may suspend a member.
"""


def test_rules_between_wiki_titles_are_no_listing(tmp_path: Path) -> None:
    """A wiki page titled "== Purpose ==" with "----" rules between its sections: the
    text between two rules had been fenced as a listing, its titles with it, and the
    page fell back to paragraphs."""
    doc = _read(tmp_path, "conduct.txt", WIKI_PAGE)
    assert _units(doc) == ["Purpose", "Respect", "Enforcement"]
    assert "```" not in doc.text


BYLAWS = """\
# Bylaws of a Rowing Club

## ARTICLE 1. MEMBERS

### SECTION 1.1. ADMISSION
Any person may apply for membership in writing.

### SECTION 1.2. DUES
Members shall pay annual dues set by the board.

## ARTICLE 2. FISCAL YEAR

The fiscal year shall begin on the first of January.

## ARTICLE 3. DISSOLUTION

### SECTION 3.1. USE OF ASSETS
No member shall receive any of the assets of the club.

### SECTION 3.2. PROCEDURE
The club may be dissolved by a two-thirds vote of the members.
"""


def test_sections_of_the_last_article_are_numbered_like_the_others(tmp_path: Path) -> None:
    """ "SECTION 3.1" under the last article is numbered as its part, not a heading in
    capitals that closes the articles: it had been cut off as an unnumbered section,
    labelled by its whole heading, while the sections of Article 1 were units."""
    old = _read(tmp_path, "old.md", BYLAWS)
    new = _read(tmp_path, "new.md", BYLAWS.replace("two-thirds", "three-quarters"))
    assert _units(old) == ["1.1", "1.2", "2", "3.1", "3.2"]
    cmp = compare(old, new)
    changed = [cmp.label_of("new", p.new) for p in cmp.pairs if p.changes]
    assert changed == [["3.2"]]


ORDINANCE = """\
# Verordnung über Proben (ProbV)

## § 1 Anwendungsbereich

Diese Verordnung gilt für Proben aus Heizöl.

## § 2 Pflichten

Der Betreiber hat Proben nach der Anlage zu untersuchen.

## § 3 Inkrafttreten

Diese Verordnung tritt am Tag nach der Verkündung in Kraft.

## Anlage Nachweis der Einhaltung der Normen

Zu untersuchen sind: Dichte, Schwefelgehalt, Wassergehalt.
"""


def test_an_annex_marked_at_the_sections_level_is_a_unit_of_its_own(tmp_path: Path) -> None:
    """ "## Anlage …" after the last "## § 3" is the annex, not more of the entry into
    force: an edit of its list had been reported as a change to § 3."""
    old = _read(tmp_path, "old.md", ORDINANCE)
    new = _read(tmp_path, "new.md", ORDINANCE.replace("Schwefelgehalt, Wassergehalt", "Jodzahl"))
    annex = old.segments[-1]
    assert (annex.kind.value, annex.label) == ("annex", "Anlage Nachweis der Einhaltung der Normen")
    assert old.body(old.segments[-2]).endswith("in Kraft.")
    cmp = compare(old, new)
    changed = [cmp.label_of("new", p.new) for p in cmp.pairs if p.changes]
    assert changed == [["Anlage Nachweis der Einhaltung der Normen"]]


VERSIONING_FAQ = """\
# Versioning

## FAQ

### How do I start?

Start at 0.1.0 and raise the minor version.

### When is 1.0.0 released?

When it is used in production.

### What should I do if a fix returns the code to the documented API?

Use your best judgment.
"""


def test_a_reworded_section_title_is_a_change_of_the_section(tmp_path: Path) -> None:
    """A section named only by its title ("### What should I do if …") whose question
    was reworded read "unchanged, similarity 1.00, 0 changes": the title was taken
    for a label and left out of the comparison."""
    old = _read(tmp_path, "old.md", VERSIONING_FAQ)
    new = _read(
        tmp_path,
        "new.md",
        VERSIONING_FAQ.replace("What should I do if a fix returns the code to the documented API?",
                    "What if I break the API in a patch release?"),
    )  # fmt: skip
    cmp = compare(old, new)
    pair = next(p for p in cmp.pairs if cmp.label_of("new", p.new)[0].startswith("What if"))
    assert pair.status == "modified"
    assert [(c.old_text, c.new_text) for c in pair.changes] == [
        ("should I do if a fix returns the code to the documented API",
         "if I break the API in a patch release")
    ]  # fmt: skip
    assert all(p.status == "unchanged" for p in cmp.pairs if p is not pair)


STATUTE = """\
Statut Stowarzyszenia
=====================

(wersja ujednolicona)
---------------------

ROZDZIAŁ I – CELE
~~~~~~~~~~~~~~~~~

1. Stowarzyszenie działa na terenie Rzeczypospolitej Polskiej.
2. Siedzibą władz jest Warszawa.

ROZDZIAŁ II – CZŁONKOWIE
~~~~~~~~~~~~~~~~~~~~~~~~

3. Członkiem może zostać pełnoletni obywatel.
4. Członek płaci składki, o których mowa w punkcie 2.

ROZDZIAŁ III – WŁADZE
~~~~~~~~~~~~~~~~~~~~~

5. Władzami są Zarząd i Komisja.
6. Kadencja władz trwa cztery lata.
"""


def test_points_numbered_through_marked_chapters_are_the_units(tmp_path: Path) -> None:
    """Three "ROZDZIAŁ" chapters marked as headings had become the units, the points
    numbered through them mere text: an inserted point read as inserted words and the
    renumbering as changed figures."""
    old = _read(tmp_path, "old.rst", STATUTE)
    new = _read(
        tmp_path,
        "new.rst",
        STATUTE.replace("2. Siedzibą", "2. Językiem jest polski.\n3. Siedzibą")
        .replace("3. Członkiem", "4. Członkiem").replace("4. Członek", "5. Członek")
        .replace("5. Władzami", "6. Władzami").replace("6. Kadencja", "7. Kadencja"),
    )  # fmt: skip
    assert _units(old) == ["1", "2", "3", "4", "5", "6"]
    cmp = compare(old, new)
    assert cmp.label_of("new", cmp.added) == ["2"]
    assert sum(p.renumbered for p in cmp.pairs) == 5


VEREIN = [
    ("Name und Sitz", ["Der Verein trägt den Namen Beispiel e.V.", "Sein Sitz ist Berlin."]),
    ("Vereinszweck", ["Zweck ist die Förderung der Wissenschaft.", "Er wird durch Tagungen verwirklicht."]),
    ("Mitgliedschaft", ["Mitglied kann jede Person werden.", "Über die Aufnahme entscheidet der Vorstand."]),
    ("Vereinsorgane", ["Organe sind die Mitgliederversammlung und der Vorstand."]),
]  # fmt: skip
"""An association's statute, section by section: each title and its points."""


def _titled(sections: list[tuple[str, list[str]]]) -> str:
    """The statute under "# Title" headings, its points marked "i."."""
    return "\n\n".join(
        f"# {title}\n\n" + "\n".join(f"i. {item}" for item in items) for title, items in sections
    )


def test_a_statute_rewritten_from_a_list_to_headed_sections_pairs_section_by_section(
    tmp_path: Path,
) -> None:
    """The draft was a numbered Markdown list ("1. Name und Sitz" over "1." items), the
    final text "# Name und Sitz" sections: read paragraph by paragraph against titled
    sections, most sections came out removed and added again, their words the same."""
    sections = VEREIN
    draft = "Satzung des Beispiel e.V.\n\n" + "\n\n".join(
        f"1. {title}\n" + "\n".join(f"    1. {item}" for item in items) for title, items in sections
    )
    final = _titled(sections)
    cmp = compare(_read(tmp_path, "old.md", draft), _read(tmp_path, "new.md", final))
    paired = [cmp.label_of("new", p.new) for p in cmp.pairs]
    assert paired == [[title] for title, _ in sections]


@pytest.mark.parametrize("point", ["a)", "(1)", "1."])
def test_numbered_sections_with_points_pair_with_the_same_sections_titled(
    tmp_path: Path, point: str
) -> None:
    """ "2. Vereinszweck" over its points "a)", then "# Vereinszweck" over "i.": the
    numbered sections and the titled ones are the same units set out two ways, but
    they had counted as different kinds of unit, and three of four came out removed
    and added again, their words the same."""
    sections = VEREIN
    draft = "Satzung des Beispiel e.V.\n\n" + "\n\n".join(
        f"{k}. {title}\n" + "\n".join(f"    {point} {item}" for item in items)
        for k, (title, items) in enumerate(sections, 1)
    )
    final = _titled(sections)
    cmp = compare(_read(tmp_path, "old.md", draft), _read(tmp_path, "new.md", final))
    paired = [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]
    assert paired == [([str(k)], [title]) for k, (title, _) in enumerate(sections, 1)]


BYLAWS_NO = """\
# Vedtekter

## §1 Navn

Foreningens navn er Online.

## 2 Struktur

Foreningen har fem grupper.

## §3 Økonomi

Regnskapsåret er kalenderåret.

## §4 Oppløsning

Foreningen oppløses ved vedtak.
"""


def test_a_marked_section_whose_sign_was_left_out_is_a_section_of_its_own(
    tmp_path: Path,
) -> None:
    """ "## 2 Struktur" among "## §1 Navn" and "## §3 Økonomi": its text had been
    folded into § 1, and its change reported as one of § 1."""
    old = _read(tmp_path, "old.md", BYLAWS_NO)
    new = _read(tmp_path, "new.md", BYLAWS_NO.replace("fem", "seks"))
    assert _units(old) == ["1", "2", "3", "4"]
    cmp = compare(old, new)
    changed = [cmp.label_of("new", p.new) for p in cmp.pairs if p.changes]
    assert changed == [["2"]]


def test_asciidoc_section_titles_head_their_sections(tmp_path: Path) -> None:
    """AsciiDoc writes "== §1 Redaksjonen" where Markdown writes "##": the text had
    been compared paragraph by paragraph, a removed section read as merged."""
    old = (
        "= Vedtekter\n\n== §1 Redaksjonen\n\nGruppen gir ut avisen.\n\n"
        "== §2 Spill\n\nGruppen holder LAN.\n\n== §3 Økonomi\n\nRegnskapsåret er kalenderåret.\n"
    )
    new = old.replace("== §1 Redaksjonen\n\nGruppen gir ut avisen.\n\n", "")
    new = new.replace("§2 Spill", "§1 Spill").replace("§3 Økonomi", "§2 Økonomi")
    cmp = compare(_read(tmp_path, "old.adoc", old), _read(tmp_path, "new.adoc", new))
    assert _units(cmp.old) == ["1", "2", "3"]
    assert cmp.label_of("old", cmp.removed) == ["1"]
    assert sum(p.renumbered for p in cmp.pairs) == 2


def _statutes(articles: list[str]) -> str:
    body = "".join(
        f"::: {{#art-{n} .art}}\n**Art. {n}**. {text}\n:::\n\n"
        for n, text in enumerate(articles, start=1)
    )
    return f"# Estatutos del Club de Remo\n\n## I. Fines y socios {{#fines .unnumbered}}\n\n{body}"


def test_articles_in_fenced_divs_are_articles(tmp_path: Path) -> None:
    """Statutes kept for a site generator wrap each article in a Pandoc div ("::: {#id
    .art}" … ":::"): the fences kept the bold "Art. 3." from reading as a heading, and
    both versions were compared paragraph by paragraph, a renumbering read as wording."""
    articles = [
        "El Club se rige por estos estatutos.",
        "El Club reúne a quienes reman en el río.",
        "El Club es autónomo de toda otra entidad.",
        "Las elecciones se celebran en noviembre.",
    ]
    old = _read(tmp_path, "old.md", _statutes(articles))
    new = _read(tmp_path, "new.md", _statutes(articles[:1] + articles[2:]))
    assert _units(old) == ["1", "2", "3", "4"]
    assert any("Pandoc divs" in w for w in old.warnings)
    assert not any("paragraph by paragraph" in w for w in old.warnings + new.warnings)
    cmp = compare(old, new)
    assert cmp.label_of("old", cmp.removed) == ["2"]
    renumbered = [
        (cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs if p.renumbered
    ]
    assert renumbered == [(["3"], ["2"]), (["4"], ["3"])]
    assert all(p.status == "unchanged" for p in cmp.pairs)
    assert "{#fines" not in old.text
    second = old.by_label("2")
    assert old.body(second).startswith("El Club reúne")  # the stop after the bold is the heading's


def test_an_annex_after_the_last_section_under_a_chapter_heading_stands_apart(tmp_path) -> None:
    """A statute in Markdown: "## Kapitel 2" over "### § 5", then "### Anhang (zu § 1)":
    the annex was read as the last section's text (every change to its list was put
    down to § 6), though without the chapter heading it stood apart."""

    def statute(chapter: str) -> str:
        return (
            "# Gesetz über die Werbung\n\n## Kapitel 1 - Allgemeines\n\n"
            "### § 1 Zweck\n\nDieses Gesetz schützt die Verbraucher.\n\n"
            "### § 2 Begriffe\n\nWerbung ist jede Äußerung zum Absatz von Waren.\n\n"
            f"{chapter}"
            "### § 5 Strafbare Werbung\n\nWer unwahr wirbt, wird bestraft.\n\n"
            "### § 6 Bußgeld\n\nOrdnungswidrig handelt, wer ohne Einwilligung anruft.\n\n"
            "### Anhang (zu § 1)\n\nUnzulässig sind\n\n1.  unwahre Angaben über Gütezeichen;\n"
            "2.  Lockangebote ohne Vorrat.\n"
        )

    for k, chapter in enumerate(("## Kapitel 2 - Strafvorschriften\n\n", "")):
        path = tmp_path / f"gesetz{k}.md"
        path.write_text(statute(chapter), encoding="utf-8")
        doc = read_document(str(path))
        kinds = [(s.label, s.kind.name) for s in doc.segments if s.kind.name != "PREAMBLE"]
        assert kinds == [
            ("1", "ARTICLE"), ("2", "ARTICLE"), ("5", "ARTICLE"), ("6", "ARTICLE"),
            ("Anhang (zu § 1)", "ANNEX"),
        ], (chapter, kinds)  # fmt: skip
        six = doc.segments[doc.index_of("6")]
        assert "Lockangebote" not in doc.text[six.start : six.end]


CRAMPED = """\
### Artikel  8b

####Misbruik

Het college stelt regels over de bestrijding van misbruik van bijstand.

###Artikel 8c

####Samenwerking

Gemeenten kunnen samenwerken bij de uitvoering van deze wet.

### Artikel  10d

####Loonkostensubsidie

Het college verstrekt een loonkostensubsidie aan de werkgever.

### Artikel  10da

####Begeleiding op de werkplek

Het college verstrekt een voorziening voor begeleiding op de werkplek.

```
##not-a-heading inside code
```
"""


def test_heading_marks_with_no_space_and_two_letter_suffixes(tmp_path: Path) -> None:
    """A Dutch law copied as "###Artikel 8c" (no space after the marks) had 8c glued
    into 8b, and "Artikel 10da" was read as a heading, not as article 10da."""
    doc = _read(tmp_path, "wet.md", CRAMPED)
    assert _units(doc) == ["8b", "8c", "10d", "10da"], _units(doc)
    eight_c = doc.segment_text(doc.segments[[s.label for s in doc.segments].index("8c")])
    assert "Samenwerking" in eight_c and "####" not in eight_c
    assert "##not-a-heading inside code" in doc.text  # a block of code is left alone
    # "1st"/"2nd" stay ordinals, not a number with letters after it.
    ordinals = _read(tmp_path, "o.md", "## Article 1st\n\nText.\n\n## Article 2nd\n\nMore.\n")
    assert "1st" not in _units(ordinals)


def _terms(mooring_fee: str) -> str:
    """Terms of a marina as a web page saves them: a linked contents under group titles,
    the groups as underlined titles, each section's number and title in bold."""
    titles = ["Our Purpose", "Booking a Berth", "Cancelling", "Your Duties", "Hosting Boats",
              "Fees", "Disputes"]  # fmt: skip
    toc = [f"[{n}\\. {t}.](#S{n})" for n, t in enumerate(titles, 1)]
    body = [
        f"**{n}\\. {t}**.\n\nThe marina and its members agree on {t.lower()} as follows.\n\n"
        f"**{n}.1 Scope**. This section covers {t.lower()} at every quay of the marina.\n"
        for n, t in enumerate(titles, 1)
    ]
    body[5] = body[5].replace("at every quay", f"at every quay for {mooring_fee}")
    return (
        "# Terms of the Marina\n\nThank you for mooring with us.\n\nTable of Contents\n\n"
        "**Guest Terms**\n\n"
        + "\n\n".join(toc[:4])
        + "\n\n**Host Terms**\n\n"
        + "\n\n".join(toc[4:])
        + "\n\n**Guest Terms**\n---------------\n\n"
        + "\n".join(body[:4])
        + "\n**Host Terms**\n--------------\n\n"
        + "\n".join(body[4:])
    )


def test_sections_numbered_in_bold_under_underlined_group_titles(tmp_path: Path) -> None:
    """Two underlined group titles had been the text's whole structure, each holding a
    dozen sections, and the linked contents ("1. Our Purpose." …), read as the first
    run of sections, made the sections themselves "1#2", "2#2"…"""
    doc = _read(tmp_path, "terms.md", _terms("ten crowns"))
    units = [u for u in _units(doc) if u[:1].isdigit()]
    assert units[:3] == ["1", "1.1", "2"] and "#" not in "".join(units)
    assert len(units) == 14
    # The titles end where the bold closes: "Our Purpose", not "Our Purpose**".
    titles = {s.label: unit_title(doc.text, s) for s in doc.segments}
    assert (titles["1"], titles["1.1"], titles["6"]) == ("Our Purpose", "Scope", "Fees")
    cmp = compare(doc, _read(tmp_path, "terms2.md", _terms("twelve crowns")))
    changed = {tuple(cmp.label_of("new", p.new)) for p in cmp.pairs if p.status != "unchanged"}
    assert changed == {("6.1",)}


def test_empty_anchors_before_the_bold_sections_are_not_read(tmp_path: Path) -> None:
    """'<a id="s1"></a>**1\\. Our Purpose**.': the anchor the contents links to kept
    each section from opening its line, so the contents' entries were read as the
    sections and the whole text fell into the last one."""

    def anchored(text: str) -> str:
        for n in range(1, 8):
            text = text.replace(f"\n**{n}\\. ", f'\n<a id="S{n}"></a>**{n}\\. ')
        return text

    doc = _read(tmp_path, "terms.md", anchored(_terms("ten crowns")))
    assert "<a id" not in doc.text
    assert [u for u in _units(doc) if u[:1].isdigit()][:4] == ["1", "1.1", "2", "2.1"]
    cmp = compare(doc, _read(tmp_path, "terms2.md", anchored(_terms("twelve crowns"))))
    changed = {tuple(cmp.label_of("new", p.new)) for p in cmp.pairs if p.status != "unchanged"}
    assert changed == {("6.1",)}


def test_a_german_act_s_subdivisions_head_its_sections_and_are_no_units(tmp_path: Path) -> None:
    """ "Unterabschnitt 2 - Urheberpersönlichkeitsrecht", set at the depth of the "§"
    headings, is a division inside an "Abschnitt": it had been a unit of its own."""
    parts = []
    for sub, title in ((1, "Allgemeines"), (2, "Persönlichkeitsrecht"), (3, "Verwertungsrechte")):
        parts.append(f"#### Unterabschnitt {sub} - {title}\n\n")
        for n in range(3 * sub - 2, 3 * sub + 1):
            parts.append(f"#### § {n} Regel {n}\n\nDer Urheber hat das Recht Nummer {n}.\n\n")
    path = tmp_path / "gesetz.md"
    path.write_text(
        "# Gesetz über Rechte\n\n### Abschnitt 1 - Rechte\n\n" + "".join(parts), "utf-8"
    )
    doc = read_document(path)
    units = [s.label for s in doc.segments if s.kind.value == "article"]
    assert units == [str(n) for n in range(1, 10)]
    assert not any("Unterabschnitt" in s.label for s in doc.segments)
    assert [d.title for d in doc.divisions if d.label in ("1", "2", "3")][-3:] == [
        "Allgemeines", "Persönlichkeitsrecht", "Verwertungsrechte",
    ]  # fmt: skip


def test_a_page_converted_to_markdown_reads_as_its_words(tmp_path: Path) -> None:
    """The revised Social Charter as a site keeps it: a '<meta …>' tag on the first line,
    links to other files of the site, words in italics, and "###1" with no space. The
    tag, the brackets and the stars had shown as text, and every "###1" as a word put in."""
    text = (
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n\n'
        "# European Social Charter (revised)\n\n"
        "See the [explanatory report](../../reports/163.md) and [2](a).\n\n"
        "### Article  1  \n\nEveryone has the right to earn a living.\n\n"
        "### Article  2  \n\nMeasures against a *threat* to health.\n\n"
        "####Appendix to the Revised Charter\n\nScope in terms of persons protected.\n\n"
        "###1 \n\nForeigners are included.\n"
    )
    doc = _read(tmp_path, "charter.md", text)
    assert "<meta" not in doc.text and "](" not in doc.text.replace("[2](a)", "")
    assert "the explanatory report and [2](a)" in doc.text
    assert "a threat to health" in doc.text and "#" not in doc.text


def test_provisions_of_one_name_in_two_groups_are_told_apart(tmp_path: Path) -> None:
    """The Spanish constitution's "Primera." under DISPOSICIONES ADICIONALES and again
    under DISPOSICIONES TRANSITORIAS: two sections of one label (a pair in the JSON could
    not say which), and each group's heading a section of no text."""
    articles = "".join(
        f"##### Artículo {n}\n\nEl Estado garantiza el derecho número {n}.\n\n" for n in (1, 2, 3)
    )
    text = (
        f"# Constitución Española\n\n{articles}### DISPOSICIONES ADICIONALES\n\n"
        "##### Primera.\n\nLa Constitución ampara los derechos históricos.\n\n"
        "##### Segunda.\n\nLa mayoría de edad no perjudica las situaciones forales.\n\n"
        "### DISPOSICIONES TRANSITORIAS\n\n"
        "##### Primera.\n\nEn los territorios con régimen provisional de autonomía.\n\n"
        "##### Segunda.\n\nLos territorios que hubiesen plebiscitado proyectos de Estatuto.\n"
    )
    doc = _read(tmp_path, "ce.md", text)
    labels = [s.label for s in doc.segments][-4:]
    assert labels == [
        "DISPOSICIONES ADICIONALES – Primera", "DISPOSICIONES ADICIONALES – Segunda",
        "DISPOSICIONES TRANSITORIAS – Primera", "DISPOSICIONES TRANSITORIAS – Segunda",
    ]  # fmt: skip
    first = doc.segments[-4]
    assert doc.text[first.start : first.end].startswith("DISPOSICIONES ADICIONALES")


def test_a_repealed_number_printed_again_over_its_new_section_is_one_section(tmp_path):
    """A federal statute in Markdown under "## Erster Abschnitt - …" prints "### § 7c" /
    "(weggefallen)" and then "### § 7c Pflichten …": the second had been cut off as an
    unnumbered heading, reported removed, and the later text's § 7c paired with the stub."""

    def statute(stub: str) -> str:
        return (
            "# Gesetz über die Kernenergie\n\n## Erster Abschnitt - Allgemeine Vorschriften\n\n"
            "### § 1 Zweck\n\nDieses Gesetz regelt die Nutzung der Kernenergie.\n\n"
            "## Zweiter Abschnitt - Überwachung\n\n"
            "### § 7 Genehmigung\n\nWer eine Anlage errichtet, bedarf der Genehmigung.\n\n"
            f"{stub}"
            "### § 7c Pflichten des Genehmigungsinhabers\n\n(1) Die Verantwortung für die "
            "Sicherheit obliegt dem Inhaber der Genehmigung.\n\n"
            "### § 8 Schutz\n\nDie Anlage ist gegen Störmaßnahmen zu schützen.\n\n"
            "## Dritter Abschnitt - Schlussvorschriften\n\n"
            "### § 9 Inkrafttreten\n\nDieses Gesetz tritt am Tage nach der Verkündung in Kraft.\n"
        )

    old_path, new_path = tmp_path / "alt.md", tmp_path / "neu.md"
    old_path.write_text(statute("### § 7c\n\n(weggefallen)\n\n"), encoding="utf-8")
    new_path.write_text(statute(""), encoding="utf-8")
    old, new = read_document(str(old_path)), read_document(str(new_path))
    assert [s.label for s in old.segments if s.kind.name != "PREAMBLE"] == [
        "1", "7", "7c", "8", "9",
    ]  # fmt: skip
    assert [d.name for d in old.divisions] == [
        "Erster Abschnitt", "Zweiter Abschnitt", "Dritter Abschnitt",
    ]  # fmt: skip
    result = compare(old, new)
    assert not result.removed and not result.added


def test_a_section_under_the_same_unique_heading_is_not_a_part_of_a_split(tmp_path):
    """Bylaws: a paragraph of "Standard Voting Procedure" moved under "Quorum", whose
    own rules were rewritten. "Quorum" had been read as a part split off the voting
    procedure, and the older "Quorum" as struck out, though both texts head it so."""
    voting = (
        "A motion is made on the mailing list and seconded by another member. The "
        "discussion lasts five days, after which the secretary opens the vote. The "
        "vote lasts seven days and each member has one vote."
    )
    moved = (
        "Quorum shall be two thirds of all active members, counted when the vote closes; "
        "a vote that does not reach it fails whatever the count."
    )
    old = (
        "# Club bylaws\n\n## Summary\n\nThe club looks after the common garden.\n\n"
        f"## Standard Voting Procedure\n\n{voting}\n\n{moved}\n\n"
        "## Quorum\n\nThe secretary keeps the list of members who take part and checks "
        "it at every meeting of the year.\n\n"
        "## Amendment of Bylaws\n\nThese bylaws change by a vote of two thirds.\n"
    )
    new = (
        "# Club bylaws\n\n## Summary\n\nThe club looks after the common garden.\n\n"
        f"## Standard Voting Procedure\n\n{voting}\n\n"
        f"## Quorum\n\nOnly members who voted in the last three months count.\n\n{moved}\n\n"
        "## Amendment of Bylaws\n\nThese bylaws change by a vote of two thirds.\n"
    )
    (tmp_path / "old.md").write_text(old, encoding="utf-8")
    (tmp_path / "new.md").write_text(new, encoding="utf-8")
    a, b = read_document(str(tmp_path / "old.md")), read_document(str(tmp_path / "new.md"))
    result = compare(a, b)
    links = {
        (tuple(a.segments[i].label for i in p.old), tuple(b.segments[j].label for j in p.new))
        for p in result.pairs
    }
    assert (("Quorum",), ("Quorum",)) in links, links
    assert (("Standard Voting Procedure",), ("Standard Voting Procedure",)) in links, links
    assert not result.removed and not result.added


GESETZ = """\
# Gesetz über die Hafenordnung

### § 1 Geltungsbereich

Dieses Gesetz gilt für alle öffentlichen Häfen des Landes.

### § 2 Hafenbehörde

Die Hafenbehörde überwacht den Verkehr im Hafen.

### § 3 Gebühren

Für die Benutzung des Hafens werden Gebühren erhoben.

### Anhang EV

Abschnitt III

3.  Hafenordnung, mit folgenden Maßgaben:

    a)  § 3 ist nicht anzuwenden.

    b)  Für die Anwendung dieses Gesetzes gelten zusätzlich die
        nachfolgenden Bestimmungen:

        § 1

        Zeitlicher Geltungsbereich

        (1) Das Gesetz wird auch auf Häfen angewandt, die vor dem Beitritt
        eröffnet worden sind.

        § 2

        Übergangsregelung

        (1) Bestehende Genehmigungen bleiben in Kraft.

        § 3

        Regel 3

        Die Regel 3 der früheren Hafenordnung gilt fort.

        § 4

        Regel 4

        Die Regel 4 der früheren Hafenordnung gilt fort.

        § 5

        Regel 5

        Die Regel 5 der früheren Hafenordnung gilt fort.
"""


def test_sections_quoted_indented_in_an_annex_stay_its_text(tmp_path: Path) -> None:
    """A law that marks its sections "### § 1" quotes "§ 1" to "§ 5" in its annex,
    indented under a point "b)": they are the annex's text, not sections of the law
    ("4" and "5" had gone on from its "§ 3")."""
    doc = _read(tmp_path, "gesetz.md", GESETZ)
    assert _units(doc) == ["1", "2", "3", "Anhang EV"]
    annex = doc.segments[-1]
    assert "Übergangsregelung" in doc.body(annex) and "Regel 5" in doc.body(annex)


def test_a_definition_list_reads_without_its_colons(tmp_path) -> None:
    """A law's front matter as a Markdown definition list ("Ausfertigungsdatum" over
    ":   1953-08-04") showed its colons as text."""
    from treatyviewer.io.readers import read_document

    path = tmp_path / "gesetz.md"
    path.write_text(
        "# Jugendgerichtsgesetz\n\nAusfertigungsdatum\n:   1953-08-04\n\n"
        "Fundstelle\n:   BGBl I: 1953, 751\n\nZuletzt geändert durch\n:   Art. 3 G v. "
        "6.12.2011 I 2554\n\n## § 1 Anwendungsbereich\n\n"
        "(1) Dieses Gesetz gilt, wenn ein Jugendlicher eine Verfehlung begeht.\n\n"
        "## § 2 Ziel\n\n(1) Die Anwendung soll erneuten Straftaten entgegenwirken.\n",
        encoding="utf-8",
    )
    doc = read_document(path)
    preamble = doc.text[doc.segments[0].start : doc.segments[0].end]
    assert "Ausfertigungsdatum: 1953-08-04" in preamble
    assert "Fundstelle: BGBl I: 1953, 751" in preamble
    assert not any(line.startswith(":") for line in doc.text.splitlines())
    # the act that last amended the law, set as a definition, heads no article
    assert [s.label for s in doc.segments] == ["preamble", "1", "2"]


def _guidelines(principles: list[tuple[str, list[str]]], extra: str = "") -> str:
    """A standard in Markdown as accessibility guidelines set it: an introduction with
    headings of its own, numbered principles, and under each, unnumbered guideline
    and criterion headings (our own wording)."""
    out = ["# Guidelines for Readable Records", "", "## Background", "",
           "These guidelines say how records are kept readable.", "",
           "## How to Read Them", "", "Each principle holds guidelines.", "",
           "The records are checked:", "", "1. once a year;", "2. when they move;",
           "3. on request;", "4. at the end;", "5. A list of the checks made is kept.", ""]  # fmt: skip
    for n, (name, criteria) in enumerate(principles, 1):
        out += [f"# {n}. {name}", "", f"Records must be {name.lower()}.", ""]
        out += [f"## Guideline {n}.1 Keep It {name}", "", "The guideline in short.", ""]
        for k, criterion in enumerate(criteria, 1):
            out += [f"### Criterion {n}.1.{k} {criterion}", "",
                    f"Every record meets the test of {criterion.lower()}.", ""]  # fmt: skip
    return "\n".join(out) + extra


def test_numbered_principles_over_unnumbered_criteria_are_read_down_to_the_criteria(
    tmp_path: Path,
) -> None:
    """ "# 1. Perceivable" over "## Guideline 1.1 …" over "### Success Criterion 1.1.1 …":
    the four principles had been the only units (a list's "5." taken for a fifth), every
    criterion inside them, and the guidelines 2.1 → 2.2 paired 4 of 94 criteria."""
    principles = [
        ("Legible", ["Contrast", "Size of Type", "Spacing"]),
        ("Findable", ["Titles", "Index", "Headings"]),
        ("Durable", ["Paper", "Formats", "Copies"]),
        ("Open", ["Access", "Requests", "Fees"]),
    ]
    old = _read(tmp_path, "old.md", _guidelines(principles))
    grown = [(name, [*criteria, "Review"]) for name, criteria in principles]
    new = _read(tmp_path, "new.md", _guidelines(grown))
    labels = [s.label for s in old.segments]
    assert "Criterion 2.1.3 Headings" in labels and "Guideline 3.1 Keep It Durable" in labels
    cmp = compare(old, new)
    added = {new.segments[j].label for j in cmp.added}
    assert added == {f"Criterion {n}.1.4 Review" for n in range(1, 5)}
    assert not cmp.removed


def test_points_of_a_markdown_list_are_parts_though_one_ends_without_a_stop(
    tmp_path: Path,
) -> None:
    """A rule ending in code ("e.g., `fix(parser):`") had swallowed the rules after it:
    the specification compared as two parts instead of four."""
    rules = (
        "## Specification\n\n1. The type feat MUST be used when a commit adds a feature.\n"
        "1. A scope MAY be given after a type. A scope MUST be a noun naming a section of "
        "the code, e.g., `fix(parser):`\n"
        "1. A description MUST follow the prefix.\n1. Other types MAY be used.\n\n"
        "## Why Use It\n\nChangelogs are written for you.\n"
    )
    doc = _read(tmp_path, "spec.md", "## Summary\n\nA convention.\n\n" + rules)
    spec = next(s for s in doc.segments if s.label == "Specification")
    assert [p.label for p in spec.parts] == ["1", "2", "3", "4"]


def _policy(sections: list[str]) -> str:
    parts = ["# Acceptable Use Policy", "", "### Document control", "", "Owner: IT. Version 3.", ""]
    for n, name in enumerate(sections, 1):
        parts += [f"## {n}. {name}", "", f"The rules on {name.lower()} are these.", "",
                  "### Example", "", f"An example of {name.lower()}.", "",
                  "### Note", "", f"A note on {name.lower()}.", ""]  # fmt: skip
    return "\n".join(parts)


def test_sections_that_each_repeat_the_same_subheadings_stay_the_units(tmp_path: Path) -> None:
    """ "### Example" and "### Note" under every numbered section (and a "### Document
    control" above the first): the subheadings had become the units, and a section put
    in before the others read as a change of figure in each one after it."""
    old = _read(tmp_path, "old.md", _policy(["Purpose", "Passwords", "Reporting"]))
    new = _read(tmp_path, "new.md", _policy(["Purpose", "Remote Work", "Passwords", "Reporting"]))
    cmp = compare(old, new)
    pairs = {(cmp.label_of("old", p.old)[0], cmp.label_of("new", p.new)[0]) for p in cmp.pairs}
    assert {("2", "3"), ("3", "4")} <= pairs
    assert [new.segments[j].label for j in cmp.added] == ["2"]


def _code(articles: dict[str, str]) -> str:
    """A French code as it is kept in Markdown: the articles of a section one mark
    deeper than the section, seven marks in all."""
    parts = ["# Partie législative", "", "##### Chapitre II : Contrats", "",
             "###### Section 1 : Contrat d'édition", ""]  # fmt: skip
    for label, body in articles.items():
        parts += [f"####### Article {label}", "", body, ""]
    return "\n".join(parts)


def test_articles_headed_deeper_than_six_marks_are_articles(tmp_path: Path) -> None:
    """ "####### Article L132-1" under "###### Section 1": no Markdown heading by the
    rules (six levels at most), its article was read into the section above it, and of
    a code kept so half the articles were never found."""
    articles = {
        "L132-1": "Le contrat d'édition est le contrat par lequel l'auteur cède ses droits.",
        "L132-2": "Ne constitue pas un contrat d'édition le contrat dit à compte d'auteur.",
        "L132-3": "Le contrat dit de compte à demi est un contrat de société.",
    }
    old = _read(tmp_path, "old.md", _code(articles))
    new_articles = dict(articles, **{"L132-2": articles["L132-2"] + " Il est nul."})
    new = _read(tmp_path, "new.md", _code(new_articles))
    assert _units(old) == ["L132-1", "L132-2", "L132-3"]
    cmp = compare(old, new)
    changed = [cmp.label_of("new", p.new) for p in cmp.pairs if p.status != "unchanged"]
    assert changed == [["L132-2"]] and not cmp.added and not cmp.removed


def test_a_chapter_with_no_title_takes_no_article_heading_for_one(tmp_path: Path) -> None:
    """ "##### Chapitre unique" over "###### Article L521-1" was named "Chapitre unique —
    Article L521-1" in the outline and the PDF: the article's heading read as the
    chapter's title."""
    text = (
        "##### Chapitre unique\n\n###### Article L521-1\n\nLe dessin est protégé.\n\n"
        "###### Article L521-2\n\nLa protection dure cinq ans.\n\n"
        "##### Chapitre II : Dispositions pénales\n\n###### Article L522-1\n\nLa peine est l'amende.\n"
    )
    doc = _read(tmp_path, "code.md", text)
    assert [(d.label, d.title) for d in doc.divisions] == [
        ("unique", ""),
        ("II", "Dispositions pénales"),
    ]


def _parts(*articles: str) -> str:
    """A French code as it is kept in Markdown, its parts numbered by an ordinal before
    the word and set one mark above its books, with ``articles`` in its first part."""
    head = "# Partie législative\n\n## Première partie : Le droit d'auteur\n\n### Livre Ier : Les droits\n\n"
    second = (
        "## Deuxième partie : La propriété industrielle\n\n### Livre VIII : Application aux "
        "territoires d'outre-mer et à la collectivité territoriale de Mayotte\n\n"
        "#### Titre unique\n\n##### Chapitre unique\n\n"
        "###### Article L811-1\n\nLe présent code est applicable outre-mer.\n"
    )
    return (
        head
        + "".join(f"###### Article {a}\n\nTexte de l'article {a}.\n\n" for a in articles)
        + second
    )


def test_a_part_heading_heads_the_articles_under_it_not_the_article_before(tmp_path: Path) -> None:
    """ "## Deuxième partie : La propriété industrielle" was read as the last words of the
    article above it (no division is numbered "Deuxième" before its word), as was the
    book below it with its long title; an article of the same wording in both versions
    was reported modified where only one version set the part right under it. "# Partie
    législative", five headings above the first article, was the preamble."""
    old = _read(tmp_path, "old.md", _parts("L111-1", "L111-2"))
    new = _read(tmp_path, "new.md", _parts("L111-1", "L111-2", "L111-3"))
    assert [s.label for s in old.segments] == ["L111-1", "L111-2", "L811-1"]  # no preamble
    by_label = {s.label: old.segment_text(s) for s in old.segments}
    assert by_label["L111-1"].startswith("Partie législative\n")
    assert by_label["L111-2"] == "Article L111-2\nTexte de l'article L111-2."
    assert by_label["L811-1"].startswith("Deuxième partie : La propriété industrielle\n")
    assert [(d.name, d.level) for d in old.divisions] == [
        ("Première partie", 0),
        ("Livre Ier", 1),
        ("Deuxième partie", 0),
        ("Livre VIII", 1),
        ("Titre unique", 2),
        ("Chapitre unique", 3),
    ]
    cmp = compare(old, new)
    assert all(p.status == "unchanged" for p in cmp.pairs)
    assert [new.segments[j].label for j in cmp.added] == ["L111-3"] and not cmp.removed


ZOLL_ORDINANCE = """\
# Verordnung über Zollansätze

##### **Art. 3** Reduzierte Zollansätze

Anhang 1 legt die Waren fest, die zu reduzierten Zollansätzen eingeführt werden dürfen.

##### **Art.**** ****4**[^4] Zollbefreiung

Die Waren nach Anhang 2 der Verordnung vom 26. Oktober 2011[^5] sind zollfrei.

##### **Art. 5** Gesuch

Ein Gesuch um Herabsetzung muss bei der Zolldirektion eingereicht werden.

[^4]: Fassung gemäss Ziff. I der V vom 3. Juli 2020.
[^5]: SR 916.01
"""
LEY = """\
# Ley de prueba

**ARTICULO 4º**— Sustitúyese el artículo 279 del Código Penal.

**ARTICULO 4º**bis— La pena será de prisión de seis meses a tres años.

**ARTICULO 5º**— Créase la Unidad de Información Financiera.

**ARTICULO 25.**— Los actos de la Unidad serán recurribles.

**ARTICULO 25** ter.— Los recursos no suspenden la ejecución.
"""


def test_a_heading_in_split_bold_runs_with_a_footnote_mark_heads_its_article(
    tmp_path: Path,
) -> None:
    """A page converted to Markdown sets a heading in several bold runs and marks a
    footnote after its number ("**Art.**** ****4**[^4] Zollbefreiung"): Art. 4 is an
    article, not text of Art. 3; and the footnote marks are no words of the text
    (the notes themselves stay)."""
    doc = _read(tmp_path, "v.md", ZOLL_ORDINANCE)
    assert _units(doc) == ["3", "4", "5"]
    four = doc.segments[2]
    assert "2011 sind zollfrei" in doc.text[four.body_start : four.end]
    assert "[^" not in doc.text[: doc.segments[-1].start]


def test_an_inserted_article_s_suffix_after_the_bold_of_its_number_is_its_label(
    tmp_path: Path,
) -> None:
    """ "**ARTICULO 4º**bis—": the article put in after 4 is "4 bis", not a second
    article 4 ("4#2")."""
    doc = _read(tmp_path, "ley.md", LEY)
    assert _units(doc) == ["4", "4 bis", "5", "25", "25 ter"]


def test_the_first_article_under_a_title_keeps_its_caption_and_its_number(tmp_path):
    """A Markdown title, a blank line, then "Heading one" over "Article 1 – …": the title
    was joined to the paragraph under it, and the first article's heading, third in
    that paragraph, was read as the title's text (its units read "2", "3")."""
    text = "## Title\n\n" + "".join(
        f"Heading {n}\nArticle {n} – The text of article {n} is long enough to read.\n\n"
        for n in (1, 2, 3)
    )
    doc = _read(tmp_path, "captions.md", text)
    assert _units(doc) == ["1", "2", "3"]
    first = doc.segments[1]
    assert doc.text[first.start : first.body_start].startswith("Heading 1\nArticle 1")


def test_a_line_of_text_over_a_wrapped_citation_is_no_caption(tmp_path):
    """A section's first line of text over "§ 75 des Gesetzes …" (a wrapped citation)
    stays the section's text: the heading above keeps its paragraph."""
    text = (
        "# Gesetz\n\n## § 18c Rechtswirkungen\n\n"
        "Für die Rechtswirkungen der Planfeststellung gilt\n"
        "§ 75 des Verwaltungsverfahrensgesetzes mit folgenden Maßgaben.\n\n"
        "## § 18d Planänderung\n\nFür die Planänderung gilt das Gesetz entsprechend.\n"
    )
    doc = _read(tmp_path, "wrapped.md", text)
    assert _units(doc) == ["18c", "18d"]
    assert "§ 18c Rechtswirkungen\nFür die Rechtswirkungen" in doc.text


TURKISH_CONSTITUTION = """\
## TÜRKİYE CUMHURİYETİ ANAYASASI

**BAŞLANGIÇ**

Bu Anayasa, Türk Milletine emanet olunur.

### BİRİNCİ KISIM

**Genel Esaslar**

**I. Devletin şekli (MADDE 1)**

Türkiye Devleti bir Cumhuriyettir.

**II. Cumhuriyetin nitelikleri (MADDE 2)**

Türkiye Cumhuriyeti demokratik, laik ve sosyal bir hukuk Devletidir.

**III. Egemenlik (MADDE 3)**

Egemenlik kayıtsız şartsız Milletindir.

**A.(MADDE 4)**

Yasama yetkisi Türkiye Büyük Millet Meclisinindir.
"""


def test_articles_numbered_after_their_caption_are_articles(tmp_path):
    """The Turkish constitution as copies set it: "**I. Devletin şekli (MADDE 1)**",
    the number closing the caption, the text in the next paragraph. No heading was
    found and the whole constitution was its preamble; a repealed article's notice set
    as code ("`Mülga`") kept its backticks and was not read as a notice."""
    old = _read(tmp_path, "old.md", TURKISH_CONSTITUTION)
    assert _units(old) == ["1", "2", "3", "4"]
    second = old.segments[2]
    # (the bold over the whole line is how it is drawn: no asterisks in the heading)
    assert old.text[second.start : second.body_start].strip() == (
        "II. Cumhuriyetin nitelikleri (MADDE 2)"
    )
    assert old.text[second.body_start : second.end].startswith("Türkiye Cumhuriyeti demokratik")
    repealed = TURKISH_CONSTITUTION.replace(
        "**III. Egemenlik (MADDE 3)**\n\nEgemenlik kayıtsız şartsız Milletindir.",
        "**III. (MADDE 3)** `Mülga`",
    )
    new = _read(tmp_path, "new.md", repealed)
    assert "`" not in new.text
    cmp = compare(old, new)
    pair = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["3"])
    assert cmp.label_of("new", pair.new) == ["3"]
    assert pair.repealed


def test_a_heading_mark_followed_by_a_no_break_space_heads_its_article(tmp_path):
    """ "###\u00a0Artículo 21" (a no-break space after the marks, as a converter wrote
    it): the article ran into the one before, its marks left in the text."""
    text = "".join(
        f"###{gap}Artículo {n}\n\nEl texto del artículo {n} dice lo que dice.\n\n"
        for n, gap in ((20, " "), (21, "\u00a0"), (22, " "))
    )
    doc = _read(tmp_path, "nbsp.md", text)
    assert _units(doc) == ["20", "21", "22"]
    assert "#" not in doc.text
