"""Short contracts numbered "1." / "1.1": their clauses are the units compared, not
paragraphs, whether a clause "1." heads the ones under it or not."""

from __future__ import annotations

import pytest

from treatyviewer.core.segment import segment_text

TWO_HEADED = """Lease

1. Parties
1.1 The Landlord is Jane Smith.
1.2 The Tenant is John Brown.

2. Rent
2.1 The rent is 900 pounds a month.
"""

LOWER_CASE = """Lease

1. Parties
1.1 the Landlord is Jane Smith;
1.2 the Tenant is John Brown.

2. Rent
2.1 the rent is 900 pounds a month;
2.2 rent is paid in advance.
"""

ONLY_IN_DEPTH = """Lease

1.1 The Landlord is Jane Smith.
1.2 The Tenant is John Brown.
2.1 The rent is 900 pounds a month.
2.2 Rent is paid in advance.
3.1 The Tenant keeps the flat clean.
"""


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (TWO_HEADED, ["preamble", "1.1", "1.2", "2.1"]),
        (LOWER_CASE, ["preamble", "1.1", "1.2", "2.1", "2.2"]),
        (ONLY_IN_DEPTH, ["preamble", "1.1", "1.2", "2.1", "2.2", "3.1"]),
    ],
)
def test_numbered_clauses_are_the_units(text: str, labels: list[str]) -> None:
    cut = segment_text(text)
    assert [s.label for s in cut.segments] == labels
    assert cut.warnings == []


def test_a_clause_in_depth_keeps_its_text_under_its_number() -> None:
    cut = segment_text(ONLY_IN_DEPTH)
    rent = next(s for s in cut.segments if s.label == "2.1")
    assert ONLY_IN_DEPTH[rent.start : rent.body_start].strip() == "2.1"
    assert ONLY_IN_DEPTH[rent.body_start : rent.end] == "The rent is 900 pounds a month."


def test_figures_that_open_lines_but_do_not_count_up_are_no_clauses() -> None:
    text = "Prices\n\n2.5 kilos of flour.\n\n1.25 litres of milk.\n\n3.75 metres of cloth.\n"
    cut = segment_text(text)
    assert cut.segments[0].label.startswith("¶")
    assert cut.warnings


def test_two_bare_numbers_with_no_clauses_under_them_are_still_paragraphs() -> None:
    text = "Notice\n\n1. Keep the door shut.\n\n2. Feed the cat.\n"
    assert segment_text(text).segments[0].label.startswith("¶")
