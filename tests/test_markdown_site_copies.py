"""Terms and policies as sites keep them in Markdown, version after version: numbers
escaped with a backslash inside bold headings, headings that are links to their own
anchors, lines of spaces above underlined titles. Each once left a version with no
sections at all, or its sections paired wrongly (texts of our own in those layouts)."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.io.readers import read_document


def _compare(tmp_path: Path, old: str, new: str) -> Comparison:
    (tmp_path / "old.md").write_text(old, encoding="utf-8")
    (tmp_path / "new.md").write_text(new, encoding="utf-8")
    return compare(read_document(tmp_path / "old.md"), read_document(tmp_path / "new.md"))


def _links(cmp: Comparison) -> list[tuple[str, str, bool]]:
    return [
        ("+".join(cmp.label_of("old", p.old)), "+".join(cmp.label_of("new", p.new)), p.renumbered)
        for p in cmp.pairs
    ]


SHOP = [
    ("Objet", "Les présentes conditions régissent la location de vélos au port."),
    ("Inscription", "Le client ouvre un compte à son nom avant toute location."),
    ("Tarifs", "Les tarifs sont affichés à l'accueil, toutes taxes comprises."),
    ("Paiement", "Le client règle par carte ou en espèces au retour du vélo."),
    ("Zone", "Les vélos ne quittent pas la commune sans accord écrit."),
    ("Dépôt", "Un dépôt de garantie est demandé pour chaque vélo loué."),
    ("Divisibilité", "Une clause annulée laisse les autres clauses en vigueur."),
]
VOUCHERS = (
    "Bons cadeaux",
    "Un bon cadeau offre des heures de location.\n\n"
    "1. Le bon vaut pour un seul client.\n\n"
    "2. Le bon se présente à l'accueil.\n\n"
    "3. Le solde reste sur le compte du client.",
)


def _shop(sections: list[tuple[str, str]]) -> str:
    body = "".join(
        f"**{n}\\. {title}**\n\n{text}\n\n" for n, (title, text) in enumerate(sections, 1)
    )
    return "Conditions générales de location\n\n" + body


def test_bold_headings_with_escaped_numbers_are_the_articles(tmp_path: Path) -> None:
    """ "**5\\. Zone**" is how a site's Markdown writes article 5: the older version was
    read paragraph by paragraph, and the newer one cut at the list inside article 5."""
    cmp = _compare(tmp_path, _shop(SHOP), _shop([*SHOP[:4], VOUCHERS, *SHOP[4:]]))
    assert cmp.label_of("new", cmp.added) == ["5"]
    assert not cmp.removed
    assert ("5", "6", True) in _links(cmp)
    assert ("7", "8", True) in _links(cmp)
    assert "\\" not in cmp.new.text


def test_bold_set_inside_a_heading_leaves_the_section_its_counterpart(tmp_path: Path) -> None:
    sections = [("Access", "You must be sixteen."), ("Privacy", "We keep little."),
                ("Accounts", "Keep your password to yourself.")]  # fmt: skip
    plain = "".join(f"### {n}\\. {t}\n\n{b}\n\n" for n, (t, b) in enumerate(sections, 1))
    bold = "".join(f"### **{n}\\. {t}**\n\n{b}\n\n" for n, (t, b) in enumerate(sections, 1))
    cmp = _compare(tmp_path, plain, bold.replace("sixteen", "eighteen"))
    assert [link[:2] for link in _links(cmp)] == [("1", "1"), ("2", "2"), ("3", "3")]
    assert not cmp.added and not cmp.removed


LETTERED = """\
[P. Indemnity](#p-indemnity)
----------------------------

You hold the service harmless for claims arising from your use.

[Q. Changes](#q-changes)
------------------------

We may change these terms and will say so thirty days ahead.

[R. General](#r-general)
------------------------

These terms are the whole agreement between us.
"""


def test_headings_that_link_to_their_anchor_are_read_by_their_words(tmp_path: Path) -> None:
    """A new section "P" moved the letters of the last three on: each pairs with the
    one it was, under its new letter, and its label is the heading's words."""
    new = LETTERED.replace("[R.", "[S.").replace("[Q.", "[R.").replace("[P.", "[Q.")
    new = "[P. Arbitration](#p-arbitration)\n---------------------------------\n\n" \
        "Disputes go to an arbitrator first.\n\n" + new  # fmt: skip
    cmp = _compare(tmp_path, LETTERED, new)
    assert _links(cmp) == [("P", "Q", True), ("Q", "R", True), ("R", "S", True)]
    assert cmp.label_of("new", cmp.added) == ["P"]
    assert "](#" not in cmp.new.text


def test_a_line_of_spaces_above_an_underlined_title_is_a_blank_line(tmp_path: Path) -> None:
    sections = [("Respect", "Treat every member kindly."), ("Honesty", "Do not pretend."),
                ("Safety", "Report what worries you.")]  # fmt: skip
    old = "Club rules\n\n" + "".join(f"  \n{t}\n{'-' * len(t)}\n\n{b}\n\n" for t, b in sections)
    new = "Club rules\n\n" + "".join(f"\n{t}\n{'-' * len(t)}\n\n{b}\n\n" for t, b in sections)
    cmp = _compare(tmp_path, old, new)
    assert [link[:2] for link in _links(cmp)] == [
        ("preamble", "preamble"), ("Respect", "Respect"), ("Honesty", "Honesty"),
        ("Safety", "Safety"),
    ]  # fmt: skip
    assert all(p.status == "unchanged" for p in cmp.pairs)


def _terms(groups: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """Terms as a site exports them: a contents list of in-page links, then numbered
    titles in bold underlined with "---" (an empty anchor before each), each over
    unnumbered "###" headings."""
    slug = "-".join
    contents = "".join(
        f"{n}. [{title}](#{n}-{slug(title.lower().split())})\n"
        for n, (title, _) in enumerate(groups, 1)
    )
    out = f"Ferry Terms\n===========\n\nIn force from 1 May.\n\n{contents}\n"
    for n, (title, parts) in enumerate(groups, 1):
        line = f"[](#{n}-{slug(title.lower().split())})**{n}\\. {title}**"
        out += f"{line}\n{'-' * len(line)}\n\n"
        for name, text in parts:
            out += f"### [](#{slug(name.lower().split())})**{name}**\n\n{text}\n\n"
    return out


FERRY = [
    ("Introduction", [("Operator", "The ferry is run by the island council."),
                      ("Who may travel", "Anyone with a valid ticket may travel.")]),
    ("The Service", [("Timetable", "Crossings leave every hour from dawn to dusk."),
                     ("Weather", "The master may cancel a crossing in a storm."),
                     ("Vehicles", "Cars board first and leave last.")]),
    ("Your Conduct", [("Safety", "Passengers follow the crew's instructions."),
                      ("Animals", "Dogs stay on a lead on every deck.")]),
]  # fmt: skip


def test_unnumbered_headings_under_numbered_ones_are_the_sections(tmp_path: Path) -> None:
    """A site's terms number a few groups and head the sections inside them: the
    sections are compared one by one, the group renamed in the new version keeps its
    counterpart, and the contents list stays in the preamble."""
    renamed = [(t if t != "The Service" else "The Service We Provide", list(p)) for t, p in FERRY]
    renamed[1][1][1] = ("Weather", "The master may cancel a crossing in a storm or fog.")
    cmp = _compare(tmp_path, _terms(FERRY), _terms(renamed))
    labels = [s.label for s in cmp.old.segments]
    assert labels == [
        "preamble", "1. Introduction", "Operator", "Who may travel", "2. The Service",
        "Timetable", "Weather", "Vehicles", "3. Your Conduct", "Safety", "Animals",
    ]  # fmt: skip
    assert not cmp.added and not cmp.removed
    changed = {cmp.label_of("old", p.old)[0]: cmp.label_of("new", p.new)[0]
               for p in cmp.pairs if p.status != "unchanged"}  # fmt: skip
    unchanged = [p for p in cmp.pairs if p.status == "unchanged"]
    assert all(p.confidence >= 0.9 for p in unchanged), "no identical heading left to review"
    assert changed == {
        "preamble": "preamble",  # its contents list names the group anew
        "2. The Service": "2. The Service We Provide",
        "Weather": "Weather",
    }


def test_links_and_bold_inside_a_line_read_as_their_words(tmp_path: Path) -> None:
    """A policy that moved its pages: only the addresses of its links changed, which a
    reader of the page never sees. Bold that opens a line still heads its section."""
    body = (
        "**Kind:** Club rules\n**In force:** 1 May\n\n"
        '**1\\. Scope**\n\nThese rules (the "**Rules**") cover the [Club Policy]({0}).\n\n'
        "**2\\. Members**\n\nMembers follow the [Code]({0}/code) and __pay__ their dues.\n\n"
        "**3\\. Meetings**\n\nThe board meets each month.\n"
    )
    cmp = _compare(tmp_path, body.format("https://old.example/policy"),
                   body.format("https://www.example.org/rules"))  # fmt: skip
    assert [s.label for s in cmp.old.segments if s.kind.name == "ARTICLE"] == ["1", "2", "3"]
    assert all(p.status == "unchanged" for p in cmp.pairs)
    assert 'These rules (the "Rules") cover the Club Policy.' in cmp.new.text
    assert "](" not in cmp.new.text and "**Rules**" not in cmp.new.text
    assert "follow the Code and pay their dues" in cmp.new.text
    assert cmp.new.text.startswith("Kind: Club rules")


def _categories(year: int, names: list[str]) -> str:
    return "".join(
        f"# A{k:02}:{year} – {name}    ![icon](assets/icon_{k}.png)"
        '{: style="height:80px;width:80px" align="right"}\n\n'
        f"## Overview\n\n{name} is a risk that moved in the ranking this year.\n\n"
        f"## How to Prevent\n\n{'' if k % 2 else 'Do the following at a minimum.' + chr(10) * 2}"
        f"-   Review every part of the application for {name.lower()}"
        "\n    before each release.\n\n-   Test it again after each change.\n\n"
        f"## References\n\n-   The cheat sheet on {name.lower()}.\n\n"
        for k, name in enumerate(names, 1)
    )


def test_categories_with_the_same_subsections_and_an_icon_are_the_units(tmp_path: Path) -> None:
    """A ranking of risks kept as Markdown (each "# A01:2021 – …" with an icon beside
    it, over the same "## Overview", "## How to Prevent", "## References"): a title
    set right over its list ("How to Prevent" / "-   Review…") had been read as an
    entry of a contents, and the search for the heading ran on to the next category's,
    so every category after the fourth was lost; the icon's markup was in each name."""
    old = _categories(2017, ["Injection", "Broken Authentication", "Sensitive Data",
                             "Entities", "Access Control"])  # fmt: skip
    new = _categories(2021, ["Access Control", "Sensitive Data", "Injection",
                             "Insecure Design", "Misconfiguration"])  # fmt: skip
    cmp = _compare(tmp_path, old, new)
    assert [s.label for s in cmp.new.segments] == [
        "A01:2021 – Access Control", "A02:2021 – Sensitive Data", "A03:2021 – Injection",
        "A04:2021 – Insecure Design", "A05:2021 – Misconfiguration",
    ]  # fmt: skip
    assert "icon" not in cmp.new.text and "assets" not in cmp.old.text
    links = {(o, n) for o, n, _ in _links(cmp)}
    assert ("A01:2017 – Injection", "A03:2021 – Injection") in links
    assert ("A05:2017 – Access Control", "A01:2021 – Access Control") in links
