"""Articles an edition gives only as an editor's note leave the fate of their stretch open."""

from __future__ import annotations

import pytest

from treatyviewer.core.chain import build_chain, chain_json
from treatyviewer.core.comparison import compare, comparison_json
from treatyviewer.core.comparison_text import comparison_text
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.core.withheld import is_withheld
from treatyviewer.io.chain_report import chain_html


@pytest.mark.parametrize(
    ("body", "withheld"),
    [
        ("[Not reproduced in this edition: its text could not be checked.]", True),
        ("[…]", True),
        ("[...]", True),
        ("[Text illegible in the manuscript.]", True),
        ("[The annex is not given here.]", True),
        ("[Texte non reproduit.]", True),
        ("[Текст не приводится.]", True),
        ("[Repealed]", False),  # a notice of repeal: the article is known to be gone
        ("[Reserved]", False),
        ("The Parties agree [subject to ratification] to open the port.", False),
        ("[The Parties shall meet each year.]", False),  # bracketed wording, but wording
        ("[Not reproduced.] The Parties shall meet each year.", False),
    ],
)
def test_an_editor_s_note_in_place_of_the_text_is_told_from_wording(
    body: str, withheld: bool
) -> None:
    assert is_withheld(body) is withheld


def _articles(*bodies: str) -> str:
    return "\n\n".join(f"Article {n}\n\n{b}" for n, b in enumerate(bodies, start=1)) + "\n"


OLD = _articles(
    "The frontier shall follow the river from the sea to the mountain pass.",
    "Each Party shall release the prisoners it holds within three months.",
    "Nationals of each Party may leave the territory of the other with their goods.",
    "A mixed commission shall mark the frontier on the ground within a year.",
    "Trade between the Parties shall be free of duties on grain and salt.",
    "This treaty shall be ratified and the instruments exchanged at the capital.",
)
NEW = _articles(
    "The frontier shall follow the river from the sea to the mountain pass.",
    "[Not reproduced in this edition.]",
    "[Not reproduced in this edition.]",
    "A mixed commission shall mark the frontier on the ground within a year.",
    "Fishing in the lake shall be open to the boats of both Parties alike.",
    "This treaty shall be ratified and the instruments exchanged at the capital.",
)


def _pair():
    return compare(make_document(OLD, "old"), make_document(NEW, "new"))


def _labels(doc, indices) -> list[str]:
    return sorted(doc.segments[i].label for i in indices)


def test_articles_beside_a_text_not_given_are_not_known_and_the_rest_keep_their_fate() -> None:
    cmp = _pair()
    # Articles 2 and 3 of the older text may be in the withheld 2 and 3 of the newer:
    # neither side's fate is known. Article 5's stretch has no missing text: it was
    # replaced, so the older 5 is removed and the newer 5 added, as before.
    assert _labels(cmp.old, cmp.unknown[0]) == ["2", "3"]
    assert _labels(cmp.new, cmp.unknown[1]) == ["2", "3"]
    assert _labels(cmp.old, cmp.removed) == ["2", "3", "5"]
    shown = {cmp.old.segments[i].label: cmp.unpaired_status("removed", i) for i in cmp.removed}
    assert shown == {"2": "unknown", "3": "unknown", "5": "removed"}
    assert cmp.unpaired_status("added", cmp.new.index_of("5")) == "added"

    value = comparison_json(cmp)
    assert value["unknown"] == {"old": ["2", "3"], "new": ["2", "3"]}
    assert sorted(value["removed"]) == ["2", "3", "5"]  # still unpaired, as the contract says
    text = comparison_text(cmp)
    assert "           2  →              not known (one text gives this part only as notes)" in text
    assert "           5  →              removed" in text


def test_without_an_editor_s_note_nothing_is_called_unknown() -> None:
    new = NEW.replace("[Not reproduced in this edition.]", "Each Party may appoint consuls.")
    cmp = compare(make_document(OLD, "old"), make_document(new, "new"))
    assert cmp.unknown == (frozenset(), frozenset())
    assert comparison_json(cmp)["unknown"] == {"old": [], "new": []}


def test_a_withheld_article_with_nothing_unpaired_beside_it_stays_added() -> None:
    # An annex the later edition describes but does not print, where the earlier text
    # had nothing: it is new, only its words are not given.
    old = _articles("The frontier follows the river.", "Prisoners shall be released.")
    new = old + "\nAnnex 1\n\n[The map of the frontier. It is not reproduced here.]\n"
    cmp = compare(make_document(old, "old"), make_document(new, "new"))
    assert [cmp.new.segments[j].label for j in cmp.added] == ["Annex 1"]
    assert cmp.unknown == (frozenset(), frozenset())


def test_the_bundled_chain_does_not_call_moscow_articles_removed_at_kars() -> None:
    """The Kars edition gives Articles XI–XVII and XIX only as notes: what became of
    Moscow IX–XIII and XV is open, while draft Article 4 was dropped in Moscow."""
    docs = [load_bundled(name) for name in ("draft-1920", "moscow-1921", "kars-1921")]
    chain = build_chain(docs)
    fates = {}
    for lineage in chain.lineages:
        moscow = lineage.at(1)
        if moscow.present and not lineage.at(2).present:
            fates[chain.references(moscow)[0]] = lineage.at(2).status
    assert fates == {
        "IX": "unknown", "X": "unknown", "XI": "unknown", "XII": "unknown",
        "XIII": "unknown", "XV": "unknown", "IV": "removed", "Annex 2": "removed",
    }  # fmt: skip
    draft_4 = next(
        lin for lin in chain.lineages if lin.at(0).present and chain.references(lin.at(0)) == ["4"]
    )
    assert draft_4.at(1).status == "removed"
    new_at_kars = {
        chain.references(lin.at(2))[0]: lin.at(2).status
        for lin in chain.lineages
        if lin.at(2).present and not lin.at(1).present
    }
    withheld = ("XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XIX")
    assert new_at_kars == {"VII": "added", "VIII": "added", "Annex II": "added"} | dict.fromkeys(
        withheld, "unknown"
    )

    steps = [s["status"] for lin in chain_json(chain)["lineages"] for s in lin]
    assert steps.count("unknown") == 14
    html = chain_html(chain)
    assert "NOT KNOWN" in html and "an edition gives this part only as notes" in html


def test_the_report_s_empty_column_names_the_text_that_gives_only_notes() -> None:
    from treatyviewer.io.export import make_report
    from treatyviewer.io.report_model import empty_column_note

    cmp = compare(load_bundled("moscow-1921"), load_bundled("kars-1921"))
    report = make_report(cmp, [])
    docs = (report.old, report.new)
    notes = {
        (b.old_labels, b.new_labels): (
            empty_column_note(b, docs, "old"),
            empty_column_note(b, docs, "new"),
        )
        for b in report.blocks
    }
    # Moscow X: opposite it, Kars gives the stretch only as notes.
    assert notes[(("X",), ())][1] == (
        "—\u00a0not known whether in the Treaty of Kars (1921): it gives this part only as notes\u00a0—"
    )
    # Kars XI: the note is Kars's own; Moscow gives its text in full.
    assert notes[((), ("XI",))][0] == (
        "—\u00a0not known: the Treaty of Kars (1921) gives this article only as a note\u00a0—"
    )
    assert notes[(("IV",), ())][1] == "—\u00a0not in the Treaty of Kars (1921)\u00a0—"


def test_the_report_counts_the_articles_not_known_apart() -> None:
    from treatyviewer.io.export import make_report

    report = make_report(compare(load_bundled("moscow-1921"), load_bundled("kars-1921")), [])
    stats = report.stats
    assert (stats["added"], stats["removed"], stats["unknown"]) == (3, 2, 14)


def test_an_editor_s_note_does_not_stand_for_a_whole_other_text() -> None:
    """A long text of its own opened against the bundled 1921 treaty: every one of its
    articles, unpaired beside the treaty's articles given only as notes, was "not
    known" instead of removed."""
    other = _articles(
        *(f"Rule {n} of the rowing club: boats leave the shed at {n} o'clock." for n in range(60))
    )
    new = make_document(NEW)
    cmp = compare(make_document(other), new)
    gone, _ = cmp.unknown
    assert len(gone) <= 5 * 2  # two notes stand for a few articles at most
    assert len(cmp.removed) >= 50


def test_annexes_given_as_notes_do_not_stand_for_articles() -> None:
    """Three articles in Russian against the bundled 1921 treaty, whose three annexes
    the edition gives only as notes: nothing pairs, and the three articles are removed,
    not "not known" (a note over an annex says nothing of the other text's articles)."""
    old = make_document(
        "Статья 1\nПравительства признают принцип братства наций.\n\n"
        "Статья 2\nСеверо-восточная граница Турции проходит через Карс и Ардаган.\n\n"
        "Статья 3\nДоговаривающиеся стороны обязуются открыть пути сообщения.\n"
    )
    cmp = compare(old, load_bundled("moscow-1921"))
    assert cmp.unknown == (frozenset(), frozenset())
    assert [old.segments[i].label for i in cmp.removed] == ["1", "2", "3"]


def test_an_annex_given_only_as_a_note_is_added_but_its_note_is_no_inserted_wording() -> None:
    """The 1921 treaty's annexes, which the edition gives only as notes, were printed
    as inserted wording in the PDF: the note is the editor's, not the treaty's."""
    from treatyviewer.io.report_model import build_report

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    annexes = [b for b in build_report(cmp).blocks if b.new_refs[:1] == ("Annex 1",)]
    assert annexes and annexes[0].badges == ("added",)
    for runs in (annexes[0].new_runs, annexes[0].inline_runs):
        assert "not reproduced" in "".join(r.text for r in runs)
        assert not any(r.kind == "insert" for r in runs), runs
