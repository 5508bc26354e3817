"""A protocol after the articles is named as printed, and its numbered items stay
items: its own lines in the panes and parts of the protocol."""

from __future__ import annotations

import pytest

from treatyviewer.core.document import SegmentKind, reflowed
from treatyviewer.core.segment import make_document

TREATY = """TREATY OF FRIENDSHIP

Article {a}
The parties renounce war and settle every dispute between them by peaceful means.

Article {b}
The frontier follows the river from its source to the sea, as marked on the map.

Protocol 1

1. The frontier commission meets in Kars within one month of the signature of this Treaty.
2. It reports to both governments within six months of its first meeting in Kars.
3. Its decisions on the course of the frontier bind both parties from the day they are made.

PROTOCOL 2

The parties exchange their prisoners of war within three months.
"""


@pytest.mark.parametrize(("a", "b", "labels"), [(1, 2, ["Protocol 1", "Protocol 2"]),
                                               (5, 6, ["1", "2"])])  # fmt: skip
def test_a_numbered_protocol_is_named_protocol_never_annex(a: int, b: int, labels: list[str]):
    doc = make_document(TREATY.format(a=a, b=b))
    annexes = [s for s in doc.segments if s.kind is SegmentKind.ANNEX]
    assert [s.label for s in annexes] == labels
    assert [s.display_name() for s in annexes] == ["Protocol 1", "Protocol 2"]
    assert [s.reference for s in annexes] == ["Protocol 1", "Protocol 2"]


def test_the_numbered_items_of_a_protocol_stay_apart() -> None:
    doc = make_document(TREATY.format(a=1, b=2))
    protocol = doc.by_label("Protocol 1")
    assert [p.key for p in protocol.parts] == ["1", "2", "3"]
    assert doc.text[protocol.parts[1].start : protocol.parts[1].end].startswith("2. It reports")
    shown = reflowed(doc.text, protocol.body_start, protocol.end)
    assert shown.split("\u2028") == [
        "1. The frontier commission meets in Kars within one month of the signature of this Treaty.",
        "2. It reports to both governments within six months of its first meeting in Kars.",
        "3. Its decisions on the course of the frontier bind both parties from the day they are made.",
    ]


def test_a_wrapped_line_that_starts_with_a_number_still_runs_on() -> None:
    """ "... as required by section\\n7. of the Act" continues its sentence."""
    text = (
        "The licensee shall keep the notices intact and shall give every recipient a copy as\n"
        "required by the conditions set out for every copy and every recipient in section\n"
        "7. of this licence, which applies to every copy made by the licensee or others.\n"
    )
    assert "\u2028" not in reflowed(text)
