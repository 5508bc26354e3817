"""Two articles that cite the same act at length share a long run of words: the act's
number, its title and where it was published. Before, a section struck out and an
unrelated one put in elsewhere, both citing a railway directive, were paired as one
section moved and rewritten at confidence 0.99."""

from __future__ import annotations

from test_align import links_of
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document

DIRECTIVE = (
    "der Richtlinie 2008/57/EG des Europäischen Parlaments und des Rates vom 17. Juni 2008 "
    "über die Interoperabilität des Eisenbahnsystems in der Gemeinschaft (ABl. L 191 vom "
    "18.7.2008, S. 1), die zuletzt durch die Richtlinie 2011/18/EU (ABl. L 57 vom 2.3.2011, "
    "S. 21) geändert worden ist"
)
SAFETY = (
    "der Richtlinie 2004/49/EG des Europäischen Parlaments und des Rates vom 29. April 2004 "
    "über Eisenbahnsicherheit in der Gemeinschaft (ABl. L 164 vom 30.4.2004, S. 44), die "
    "zuletzt durch die Richtlinie 2009/149/EG (ABl. L 313 vom 28.11.2009, S. 65) geändert "
    "worden ist"
)
KEPT = {
    "1": "Eisenbahnen sind verpflichtet, ihren Betrieb sicher zu führen und die Anlagen "
    f"in betriebssicherem Zustand zu halten. Sie richten ein Sicherheitssystem nach {SAFETY} ein.",
    "2": "Das Eisenbahn-Bundesamt überwacht die Eisenbahnen des Bundes und erteilt die "
    "Genehmigungen für ihren Betrieb.",
    "3": "Wer ein Grundstück besitzt, hat die Arbeiten zur Unterhaltung der Gleise zu dulden.",
    "4": "Öffentliche Eisenbahnen entscheiden allein darüber, zu welchen Zeiten Arbeitsplätze "
    "für den Betrieb der Eisenbahninfrastruktur zu besetzen sind.",
}
REGISTER = (
    f"(1) Zweck des Registers ist es, den in Artikel 33 Absatz 1 {DIRECTIVE}, genannten "
    "Einrichtungen sowie den Aufsichtsbehörden der Länder Informationen über Fahrzeuge "
    "bereitzustellen, deren Inbetriebnahme genehmigt worden ist. Hierzu gehören Angaben zu "
    "den Voraussetzungen der Inbetriebnahme sowie zum jeweiligen Halter.\n\n(2) Das Register "
    "kann elektronisch geführt werden. Auskünfte aus dem Register können im Wege des "
    "automatisierten Abrufs erteilt werden.\n\n(3) Die Behörden dürfen der registerführenden "
    "Stelle auch ohne Ersuchen personenbezogene Daten übermitteln, soweit dies für die "
    "Führung des Registers erforderlich ist."
)
BODIES = (
    "(1) Das Bundesamt kann die Aufgaben einer benannten Stelle Privaten übertragen.\n\n"
    "(2) Die Übertragung setzt voraus, dass der Private die Kriterien des Anhangs erfüllt "
    "und die Gewähr dafür bietet, dass er die Aufgaben ordnungsgemäß wahrnehmen wird."
)
EXPERTS = (
    "(1) Prüfsachverständige prüfen im Auftrag der Eisenbahnen, der Hersteller oder der "
    "Sicherheitsbehörde die Einhaltung der nationalen technischen Vorschriften, die nicht "
    f"nach Artikel 17 Absatz 3 {DIRECTIVE}, notifiziert worden sind, bei der Erstellung von "
    "baulichen Anlagen, Signalanlagen und Telekommunikationsanlagen. Prüfsachverständige "
    "werden anerkannt, sofern sie die erforderliche Fachkompetenz besitzen, zuverlässig und "
    "vom Auftraggeber unabhängig sind. Ihre Tätigkeit wird überwacht.\n\n(2) Im Auftrag "
    "der Sicherheitsbehörde werden sie als deren Verwaltungshelfer tätig."
)
TREES = (
    "Wer die Verfügungsgewalt über ein Grundstück besitzt, ist verpflichtet, auf dem "
    "Grundstück innerhalb eines 50 Meter breiten Streifens entlang der Gleise die "
    "geeigneten Maßnahmen zu ergreifen, um Gefahren durch umsturzgefährdete Bäume, "
    "herabstürzende Äste oder nicht fest verbundene Einrichtungen abzuwehren."
)


def _law(sections: dict[str, str]) -> str:
    return "Gesetz\n\n" + "".join(f"§ {n}\n\n{body}\n\n" for n, body in sections.items())


def _compare(old: dict[str, str], new: dict[str, str]) -> Comparison:
    return compare(make_document(_law(old)), make_document(_law(new)))


def test_a_section_struck_out_is_no_counterpart_of_one_put_in_that_cites_the_same_act() -> None:
    old = {"1": KEPT["1"], "2": KEPT["2"], "3": KEPT["3"], "4": KEPT["4"], "4a": REGISTER,
           "4b": BODIES}  # fmt: skip
    new = {"1": KEPT["1"], "1a": EXPERTS, "2": KEPT["2"], "3": KEPT["3"], "3a": TREES,
           "4": KEPT["4"]}  # fmt: skip
    cmp = _compare(old, new)
    links = links_of(cmp)
    assert links == {((n,), (n,)) for n in ("preamble", "1", "2", "3", "4")}
    assert cmp.label_of("old", cmp.removed) == ["4a", "4b"]
    assert cmp.label_of("new", cmp.added) == ["1a", "3a"]


def test_a_section_rewritten_keeps_its_counterpart_when_it_cites_an_act_too() -> None:
    """The citations left out, a clause kept word for word still tells a section
    moved and rewritten from an unrelated one."""
    moved = REGISTER.replace("Fahrzeuge", "Schienenfahrzeuge").replace(
        "sowie zum jeweiligen Halter", "sowie zum Halter und zur Instandhaltung"
    )
    old = {"1": KEPT["1"], "2": KEPT["2"], "3": KEPT["3"], "4": KEPT["4"], "4a": REGISTER,
           "4b": BODIES}  # fmt: skip
    new = {"1": KEPT["1"], "1a": moved, "2": KEPT["2"], "3": KEPT["3"], "3a": TREES,
           "4": KEPT["4"]}  # fmt: skip
    cmp = _compare(old, new)
    links = links_of(cmp)
    assert (("4a",), ("1a",)) in links
