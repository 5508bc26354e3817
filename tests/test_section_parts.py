"""Numbered sections inside chapters, followed when a chapter is cut in two and when a
section becomes a heading over sub-sections (as the W3C Process did between 2005
and 2020): the JSON's ``parts`` say which section became which."""

from __future__ import annotations

from treatyviewer.core.comparison import compare, pair_json
from treatyviewer.core.segment import make_document

MEMBERS = (
    "Members are organizations that subscribe to the membership agreement and pay "
    "their annual fees on time."
)
COMMITTEE = (
    "The committee is composed of one representative of each member organization and "
    "reviews plans at each meeting."
)
LISTS = "Mailing lists serve the committee for discussion between meetings and for votes."
BOARD = (
    "The board guides the consortium on strategy, legal matters and the resolution of "
    "conflicts between members."
)
SEATS = (
    "Elected participants serve two years; a vacated seat is filled by the candidate "
    "with the next most votes."
)
OTHER = (
    "Working groups produce technical reports and keep track of the comments they "
    "received from reviewers."
)


def _pairs(old: str, new: str) -> list[dict]:
    cmp = compare(make_document(old), make_document(new))
    return [pair_json(cmp, p) for p in cmp.pairs]


def _links(pair: dict) -> set[tuple]:
    return {
        (p["old"], p.get("old_segment"), p["new"], p.get("new_segment"))
        for p in pair["parts"]
        if p["old"] and p["new"]
    }


def test_the_sections_of_a_chapter_cut_in_two_are_found_in_either_half():
    old = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Members and groups\n\n"
        f"## 2.1. Members\n\n{MEMBERS}\n\n## 2.2. The committee\n\n{COMMITTEE}\n\n"
        f"## 2.3. Mailing lists\n\n{LISTS}\n\n## 2.4. The board\n\n{BOARD}\n\n"
        f"## 2.5. Vacated seats\n\n{SEATS}\n\n"
        f"# 3. Working groups\n\n{OTHER}\n"
    )
    new = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Members\n\n"
        f"## 2.1. Members\n\n{MEMBERS}\n\n## 2.2. The committee\n\n{COMMITTEE}\n\n"
        f"## 2.3. Mailing lists\n\n{LISTS}\n\n"
        "# 3. Elected groups\n\n"
        f"## 3.1. The board\n\n{BOARD}\n\n## 3.2. Vacated seats\n\n{SEATS}\n\n"
        f"# 4. Working groups\n\n{OTHER}\n"
    )
    split = next(p for p in _pairs(old, new) if p["old"] == ["2"])
    assert split["new"] == ["2", "3"]
    assert _links(split) == {
        ("2.1", None, "2.1", "2"),
        ("2.2", None, "2.2", "2"),
        ("2.3", None, "2.3", "2"),
        ("2.4", None, "3.1", "3"),
        ("2.5", None, "3.2", "3"),
    }


def test_a_section_that_became_a_heading_over_sub_sections_keeps_its_number():
    """Old 2.2 "The board" is new 2.2 "The board" over 2.2.1 "Role" (its old words)
    and 2.2.2 "Seats": 2.2 stays 2.2, not the sub-section that carries its words."""
    old = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Groups\n\n"
        f"## 2.1. The committee\n\n{COMMITTEE}\n\n"
        f"## 2.2. The board\n\n{BOARD}\n\n### 2.2.1. Vacated seats\n\n{SEATS}\n\n"
        f"# 3. Working groups\n\n{OTHER}\n"
    )
    new = (
        "# 1. Introduction\n\nThis document sets out how the consortium works.\n\n"
        "# 2. Groups\n\n"
        f"## 2.1. The committee\n\n{COMMITTEE}\n\n"
        "## 2.2. The board\n\nThe board has a role and elected seats.\n\n"
        f"### 2.2.1. Role of the board\n\n{BOARD}\n\n### 2.2.2. Vacated seats\n\n{SEATS}\n\n"
        f"# 3. Working groups\n\n{OTHER}\n"
    )
    pair = next(p for p in _pairs(old, new) if p["old"] == ["2"])
    assert pair["new"] == ["2"]
    links = {(o, n) for o, _, n, _ in _links(pair)}
    assert ("2.2", "2.2") in links
    assert ("2.2.1", "2.2.2") in links


def test_the_numbered_rules_of_a_titled_section_are_matched_rule_by_rule(tmp_path):
    """Semantic Versioning 1.0 → 2.0: eleven rules under one titled section. They had
    been one block of text with no parts, so nothing said which rule became which; a
    rule dropped made the rules after it read as rewritten."""
    from treatyviewer.io.readers import read_document

    rules = [
        "Software using it MUST declare a public API, precise and comprehensive.",
        "A normal version number MUST take the form X.Y.Z with non-negative integers.",
        "A special version number MAY follow the patch version with a dash.",
        "Once a versioned package is released, its contents MUST NOT be modified.",
        "Major version zero is for initial development; anything may change.",
    ]

    def spec(kept: list[str]) -> str:
        items = "\n\n".join(f"{k}. {rule}" for k, rule in enumerate(kept, 1))
        return f"# Semantic Versioning\n\n## Summary\n\nGiven a version number, bump it.\n\n## Specification\n\n{items}\n\n## FAQ\n\nAsk the maintainers.\n"

    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(spec(rules), encoding="utf-8")
    new.write_text(spec(rules[:2] + rules[3:]), encoding="utf-8")  # rule 3 dropped
    cmp = compare(read_document(old), read_document(new))
    pair = next(
        pair_json(cmp, p) for p in cmp.pairs if cmp.label_of("old", p.old) == ["Specification"]
    )
    links = {(p["old"], p["new"]) for p in pair["parts"]}
    assert {("1", "1"), ("2", "2"), ("4", "3"), ("5", "4"), ("3", None)} <= links


def test_a_rule_moved_among_the_others_is_found_and_said_to_have_moved(tmp_path):
    """SemVer 2.0 took its rule on pre-release versions from 4th to 9th place: matched
    only in order, it was reported as a rule dropped and another put in."""
    from treatyviewer.io.readers import read_document

    rules = [
        "Software using it MUST declare a public API, precise and comprehensive.",
        "A pre-release version MAY be denoted by appending a hyphen and dot separated identifiers.",
        "A normal version number MUST take the form X.Y.Z with non-negative integers.",
        "Once a versioned package is released, its contents MUST NOT be modified.",
        "Major version zero is for initial development; anything may change.",
        "Patch version Z MUST be incremented if only backwards compatible bug fixes come in.",
    ]
    moved = rules[1].replace("hyphen", "hyphen immediately following the patch version")

    def spec(kept: list[str]) -> str:
        items = "\n\n".join(f"{k}. {rule}" for k, rule in enumerate(kept, 1))
        return (
            "# Semantic Versioning\n\n## Summary\n\nGiven a version number, bump it.\n\n"
            f"## Specification\n\n{items}\n\n## FAQ\n\nAsk us.\n"
        )

    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(spec(rules), encoding="utf-8")
    new.write_text(spec([rules[0], *rules[2:], moved]), encoding="utf-8")
    cmp = compare(read_document(old), read_document(new))
    pair = next(
        pair_json(cmp, p) for p in cmp.pairs if cmp.label_of("old", p.old) == ["Specification"]
    )
    links = {(p["old"], p["new"], p.get("moved", False)) for p in pair["parts"]}
    assert links == {
        ("1", "1", False), ("2", "6", True), ("3", "2", False),
        ("4", "3", False), ("5", "4", False), ("6", "5", False),
    }  # fmt: skip
    # the moved rule is not a place the texts are cut at: the words around it still diff
    assert any("immediately following" in c.new_text for p in cmp.pairs for c in p.changes)


ITALIAN_MATTERS = {
    "a": "politica estera e rapporti internazionali dello Stato",
    "b": "immigrazione e condizione giuridica dello straniero",
    "c": "rapporti tra la Repubblica e le confessioni religiose",
    "d": "difesa e Forze armate, sicurezza dello Stato, armi e munizioni",
    "e": "moneta, tutela del risparmio e mercati finanziari",
    "f": "organi dello Stato e relative leggi elettorali",
    "g": "ordinamento e organizzazione amministrativa dello Stato",
    "h": "ordine pubblico e sicurezza, esclusa la polizia amministrativa locale",
    "i": "cittadinanza, stato civile e anagrafi",
    "l": "giurisdizione e norme processuali, ordinamento civile e penale",
    "m": "determinazione dei livelli essenziali delle prestazioni",
    "n": "norme generali sull'istruzione",
    "o": "previdenza sociale",
    "p": "legislazione elettorale, organi di governo e funzioni dei Comuni",
    "q": "dogane, protezione dei confini nazionali e profilassi internazionale",
    "r": "pesi, misure e determinazione del tempo; coordinamento informativo",
    "s": "tutela dell'ambiente, dell'ecosistema e dei beni culturali",
    "t": "professioni intellettuali e ordinamento delle professioni",
    "u": "disposizioni generali e comuni sul governo del territorio",
    "v": "produzione, trasporto e distribuzione nazionali dell'energia",
    "z": "infrastrutture strategiche e grandi reti di trasporto di interesse nazionale",
}
"""The points of an Italian list, lettered without j, k, w, x and y."""


def _matters(edited: str = "") -> str:
    points = "\n\n".join(
        f"{letter}) {text}{' e della navigazione' if letter == edited else ''};"
        for letter, text in ITALIAN_MATTERS.items()
    )
    return (
        "Art. 117.\n\nLo Stato ha legislazione esclusiva nelle seguenti materie:\n\n"
        f"{points}\n\nArt. 118.\n\nLe funzioni amministrative sono attribuite ai Comuni.\n"
    )


def test_a_list_lettered_without_j_and_k_is_read_whole_and_matched_point_by_point():
    """An Italian list goes "i) l) m)" and "v) z)": its points after i) had been read as
    the text of i), so that the twelve points from l) to z) were neither found nor
    matched, and an edit in one of them was put down to i)."""
    doc = make_document(_matters())
    assert [p.key for p in doc.segments[0].parts] == [f"{c})" for c in ITALIAN_MATTERS]
    pair = _pairs(_matters(), _matters(edited="s"))[0]
    links = {(p["old"], p["new"]): p["similarity"] for p in pair["parts"]}
    assert set(links) == {(f"{c})", f"{c})") for c in ITALIAN_MATTERS}
    assert [old for (old, _), sim in links.items() if sim < 1] == ["s)"]


def _licence(second: str) -> str:
    return (
        "Article 1 - OBJET\n\nLe présent contrat a pour objet de concéder une licence.\n\n"
        "Article 2 - DROITS\n\n2.1. DROIT DE DISTRIBUTION\n"
        "Le Licencié est autorisé à distribuer des copies du Logiciel, à condition que "
        "ces copies soient accompagnées :\n"
        "\t1.\td'un exemplaire du Contrat,\n"
        f"\t2.\td'un avertissement relatif à la restriction de garantie {second},\n"
        "et que l'accès au Code Source soit permis.\n\n"
        "2.2. AUTRES DROITS\nLe Licencié peut modifier le Logiciel.\n"
    )


def test_short_points_set_in_under_one_another_and_ending_in_commas_are_each_a_point():
    """Two points set in from the margin, each ending in a comma ("1. d'un exemplaire du
    Contrat," over "2. d'un avertissement…,"): the second had been read as the first
    one's text wrapped, so that an edit in it was put down to point 1."""
    doc = make_document(_licence("totale"))
    assert [p.key for p in doc.segments[1].parts] == ["2.1", "2.1 1.", "2.1 2.", "2.2"]
    pair = _pairs(_licence("totale"), _licence("partielle"))[1]
    links = {(p["old"], p["new"]): p["similarity"] for p in pair["parts"]}
    assert links[("2.1 1.", "2.1 1.")] == 1
    assert links[("2.1 2.", "2.1 2.")] < 1


def _listed(letters: str) -> str:
    points = "\n\n".join(f"{c}) {ITALIAN_MATTERS[c]};" for c in letters)
    return (
        "Art. 117.\n\nLo Stato ha legislazione esclusiva nelle seguenti materie:\n\n"
        f"{points}\n\nSpetta alle Regioni la potestà legislativa in riferimento ad ogni "
        "materia non espressamente riservata alla legislazione esclusiva dello Stato, "
        "nel rispetto dei vincoli derivanti dall'ordinamento dell'Unione europea.\n\n"
        "La potestà regolamentare spetta allo Stato nelle materie di legislazione esclusiva."
        "\n\nArt. 118.\n\nLe funzioni amministrative sono attribuite ai Comuni.\n"
    )


def test_the_last_point_of_a_list_ends_with_its_paragraph():
    """The paragraphs under a list are the article's, not its last point's: a point put
    at the end of the list ("z)") had been matched with the old last point ("v)"), as
    both carried the two paragraphs after them, "v)" read as put in, and "v)"
    rewritten as "z)"."""
    old, new = ITALIAN_LETTERS_BUT_Z, ITALIAN_LETTERS_BUT_Z + "z"
    doc = make_document(_listed(old))
    last = doc.segments[0].parts[-1]
    assert doc.text[last.start : last.end] == f"v) {ITALIAN_MATTERS['v']};"
    pair = _pairs(_listed(old), _listed(new))[0]
    links = {(p["old"], p["new"]) for p in pair["parts"]}
    assert ("v)", "v)") in links
    assert (None, "z)") in links
    # The word changes: the point put in, and the paragraphs under the list untouched.
    assert [(c["op"], c["new_text"]) for c in pair["changes"]] == [
        ("insert", f"z) {ITALIAN_MATTERS['z']};")
    ]


ITALIAN_LETTERS_BUT_Z = "".join(ITALIAN_MATTERS)[:-1]
