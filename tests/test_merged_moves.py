"""Two articles merged into one whose paragraphs changed order: the paragraphs that
are the same in both texts read as the same, not as deleted and inserted again.
The same for a split whose halves changed order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextDocument

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.io.readers import read_document

WALK = Path(__file__).parent / "walk_pairs"
SENTENCES = (
    "Each Member State shall provide for one or more independent public authorities",
    "Each supervisory authority shall contribute to the consistent application",
    "Each supervisory authority shall act with complete independence",
    "The members of each supervisory authority shall remain free from external influence",
)


def merged(new_name: str) -> Comparison:
    return compare(read_document(WALK / "merged-old.txt"), read_document(WALK / new_name))


def changed_words(cmp: Comparison) -> str:
    return " | ".join(f"{c.old_text} / {c.new_text}" for p in cmp.pairs for c in p.changes)


@pytest.mark.parametrize(
    "new_name",
    ["merged-new-reordered.txt", "merged-new-interleaved.txt", "merged-new-one-paragraph.txt"],
)
def test_sentences_of_a_merge_that_moved_within_it_are_not_deleted_and_inserted(new_name) -> None:
    cmp = merged(new_name)
    [pair] = [p for p in cmp.pairs if p.status == "merged"]
    assert [cmp.old.segments[i].label for i in pair.old] == ["2", "3"]
    words = changed_words(cmp)
    assert not any(s[:40] in words for s in SENTENCES), words
    # what did change is still shown: the new title's words, the old title struck out
    assert "and their independence" in words
    assert "Independence" in words


def test_a_merge_whose_paragraphs_moved_shows_only_their_numbers_changed() -> None:
    cmp = merged("merged-new-reordered.txt")
    [pair] = [p for p in cmp.pairs if p.status == "merged"]
    numbers = [
        (c.old_text, c.new_text, c.change_class) for c in pair.changes if c.old_text.isdigit()
    ]
    assert sorted(numbers) == [("1", "3", "numbering"), ("2", "4", "numbering")]


def test_a_split_whose_halves_changed_order_keeps_their_words() -> None:
    # The same texts read the other way: one article split into two, the second
    # half's paragraphs put first.
    old = read_document(WALK / "merged-new-reordered.txt")
    new = read_document(WALK / "merged-old.txt")
    cmp = compare(old, new)
    [pair] = [p for p in cmp.pairs if p.status == "split"]
    assert len(pair.new) == 2
    words = changed_words(cmp)
    assert not any(s[:40] in words for s in SENTENCES), words


@pytest.mark.gui
def test_the_inline_view_strikes_through_none_of_the_moved_paragraphs(make_window) -> None:
    window = make_window(WALK / "merged-old.txt", WALK / "merged-new-reordered.txt")
    window.actions_["view.mode.inline"].trigger()
    inline = window.view.inline_pane.document()
    struck = struck_text(inline)
    assert "Independence" in struck  # the old title is struck out
    assert not any(s[:40] in struck for s in SENTENCES), struck
    old_marked = marked_text(window.view.old_pane.document())
    assert not any(s[:40] in old_marked for s in SENTENCES), old_marked


def fragments(doc: QTextDocument, keep: Callable[[QTextCharFormat], bool]) -> str:
    """The text of the fragments whose format ``keep`` accepts, joined."""
    out = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if keep(it.fragment().charFormat()):
                out.append(it.fragment().text())
            it += 1
        block = block.next()
    return " | ".join(out)


def struck_text(doc: QTextDocument) -> str:
    return fragments(doc, lambda fmt: fmt.fontStrikeOut())


def marked_text(doc: QTextDocument) -> str:
    """Text a pane draws as changed (struck out or with a change background)."""
    return fragments(
        doc, lambda fmt: fmt.fontStrikeOut() or fmt.hasProperty(fmt.Property.BackgroundBrush)
    )
