"""The panes' badges say "rewritten" beside "modified" of a pair that kept next to none
of its wording, as the Concordance and the Outline list it: the French Constitution's
Articles 73 and 74 of 2003 had been badged "modified" only, as Article 60 with one
word changed is."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

PAIR = Path(__file__).resolve().parent / "real_pairs" / "fr-const"


def heading_badges(rendered, segment_index: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The badges of one heading, as their words are drawn (each set apart by no-break
    spaces, on its colour)."""
    block = rendered.document.findBlockByNumber(rendered.map.heading_block[segment_index])
    out = []
    it = block.begin()
    while not it.atEnd():
        text = it.fragment().text()
        if text.startswith("\u00a0") and it.fragment().charFormat().background().style():
            out.append(text.strip("\u00a0"))
        it += 1
    return out


def inline_badges(window, label: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The words after "Article 73" on its heading line in the inline pane: its badges."""
    lines = (line.split() for line in window.view.inline_pane.toPlainText().splitlines())
    return next(words[2:] for words in lines if words[:2] == ["Article", label])


def test_the_panes_badge_a_pair_rewritten_beside_modified(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window(
        PAIR / "Constitution-1976-excerpt.md", PAIR / "Constitution-2003-excerpt.md"
    )
    cmp = window.session.comparison
    old, new = window.view.rendered

    def badges(label: str) -> tuple[list[str], list[str]]:
        pair = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == [label])
        return heading_badges(old, pair.old[0]), heading_badges(new, pair.new[0])

    assert badges("73") == badges("74") == (["modified", "rewritten"],) * 2
    assert badges("60") == badges("72") == (["modified"],) * 2  # a word changed; a third kept
    assert badges("56") == (["unchanged"],) * 2

    window.set_mode("inline")
    assert inline_badges(window, "73") == inline_badges(window, "74") == ["modified", "rewritten"]
    assert inline_badges(window, "60") == ["modified"]
