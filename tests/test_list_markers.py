"""Item markers and paragraph numbers are told from the figures an article cites."""

from __future__ import annotations

from treatyviewer.core.list_markers import paragraph_numbers, without_markers


def test_lettered_items_and_counted_paragraphs_lose_their_markers():
    text = "1. Each Party shall: (a) notify; (b) consult; ii) report. 2. The Parties agree."
    assert without_markers(text).split() == [
        "Each", "Party", "shall:", "notify;", "consult;", "report.", "The", "Parties", "agree.",
    ]  # fmt: skip


def test_a_figure_that_closes_a_sentence_is_kept():
    text = "The treatment laid down in Article 5. The Government may denounce Article 3(a)."
    assert paragraph_numbers(text) == []
    assert without_markers(text).split() == text.split()
    # Numbers that do not count 1, 2, 3… are figures, not paragraphs.
    assert paragraph_numbers("within 3. months 4. years") == []
    assert paragraph_numbers("1. First. 2. Second. 3. Third.") == ["1", "2", "3"]
