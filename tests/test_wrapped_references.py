"""A cross-reference that hard wrapping put at a line's start is no article heading."""

from __future__ import annotations

import pytest

from treatyviewer.core.segment import make_document

WRAPPED = """Article 1
Each guild shall pay the toll of ten marks for every barge. The
Duchy may reduce the toll in the cases listed in the {word}
Article 3.

The toll shall be paid to the warden of the lock.

Article 2
The lockkeeper may refuse passage at night.

Article 3
Barges carrying grain for the Duchy pass free of toll.
"""


@pytest.mark.parametrize("word", ["said", "former", "amended", "present", "particular"])
def test_a_reference_wrapped_after_prose_cut_mid_sentence_stays_in_its_article(word) -> None:
    doc = make_document(WRAPPED.format(word=word))
    assert [s.label for s in doc.segments] == ["1", "2", "3"]
    assert "Article 3." in doc.body(doc.segments[0])
    assert not doc.warnings


def test_a_heading_under_a_short_title_line_is_still_a_heading() -> None:
    text = (
        "Article 1\nThe frontier follows the river.\n\nNavigation on the river\n"
        "Article 2\nShips may pass.\n\nArticle 3\nThis treaty enters into force.\n"
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2", "3"]


def test_a_heading_after_a_sentence_that_ends_is_still_a_heading() -> None:
    text = (
        "Article 1\nThe frontier follows the river from the sea to the pass\n"
        "and from the pass to the lake.\nArticle 2\nShips may pass.\n"
        "Article 3\nThis treaty enters into force.\n"
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2", "3"]
