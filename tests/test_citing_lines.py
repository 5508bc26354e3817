"""A wrapped line that opens with a citation ("Artikel 5 Absatz 1 der Verordnung …")
is a sentence going on, not a heading.

In a German statute kept as Markdown ("### § 12 Meldepflichten"), three wrapped lines
that began "Artikel N Absatz …" made the text read as numbered by those articles; the
§ sections were dropped, every section of the new version was named by its whole
heading line and paired with nothing ("§ 2 Titel 2" added, "2" removed). On a real
statute of 178 sections this halved the pairs found.
"""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.io.readers import read_document

SECTIONS = [
    ("Anwendungsbereich", "die Aufsicht über den Handel mit Wertpapieren"),
    ("Meldepflichten", "die Meldungen der Unternehmen an die Aufsichtsbehörde"),
    ("Zusammenarbeit", "die Zusammenarbeit mit den Behörden anderer Staaten"),
    ("Verschwiegenheit", "die Pflicht der Bediensteten zur Verschwiegenheit"),
]


def _statute(wrapped: bool, indented: bool = False) -> str:
    out = ["# Gesetz über den Wertpapierhandel (Muster)", ""]
    for n, (title, matter) in enumerate(SECTIONS, start=1):
        cited = f"Artikel {n * 7} Absatz {n} der Verordnung (EU) Nr. 600/2014 und"
        lead = f"(1) Dieses Gesetz regelt {matter} nach"
        out += [f"### § {n} {title}", ""]
        if wrapped:
            out += [lead, cited, "den dazu erlassenen Rechtsakten.", ""]
        else:
            out += [f"{lead} {cited}", "den dazu erlassenen Rechtsakten.", ""]
        if indented:
            out += [
                "(2) Die Behörde prüft insbesondere",
                f"    Artikel {n + 20} Absatz 2 und",
                "    die Berichte der Unternehmen.",
                "",
            ]
    return "\n".join(out)


def test_sections_stay_numbered_when_citations_open_wrapped_lines(tmp_path) -> None:
    old, new = tmp_path / "alt.md", tmp_path / "neu.md"
    old.write_text(_statute(wrapped=False), "utf-8")
    new.write_text(_statute(wrapped=True, indented=True), "utf-8")
    a, b = read_document(str(old)), read_document(str(new))
    labels = ["preamble", "1", "2", "3", "4"]
    assert [s.label for s in a.segments] == labels
    assert [s.label for s in b.segments] == labels
    cmp = compare(a, b)
    pairs = {(a.segments[p.old[0]].label, b.segments[p.new[0]].label) for p in cmp.pairs}
    assert pairs == {(x, x) for x in labels}
    assert not cmp.added and not cmp.removed


def test_a_real_article_heading_still_heads_its_text(tmp_path) -> None:
    # "Artikel 2 Änderung des …" on a line of its own after a blank line heads an
    # article of an amending act, as before.
    text = "\n".join(
        [
            "Gesetz zur Änderung des Musterrechts",
            "",
            "Artikel 1",
            "Änderung des Wertpapierhandelsgesetzes",
            "",
            "Das Gesetz wird wie folgt geändert.",
            "",
            "Artikel 2",
            "Änderung der Börsenordnung",
            "",
            "Die Ordnung wird aufgehoben.",
            "",
            "Artikel 3",
            "Inkrafttreten",
            "",
            "Dieses Gesetz tritt am Tag nach der Verkündung in Kraft.",
        ]
    )
    path = tmp_path / "mantel.txt"
    path.write_text(text, "utf-8")
    assert [s.label for s in read_document(str(path)).segments] == ["preamble", "1", "2", "3"]
