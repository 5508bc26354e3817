"""Two texts that are not versions of one text: their preambles are not paired at
certainty on their place alone, and the comparison warns that they share almost no
wording. A licence compared with a treaty had its preamble paired with the treaty's,
2 % alike, at a confidence of 0.99, and nothing said the texts looked unrelated."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.comparison_text import comparison_text
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.core.unrelated import UNRELATED

HERE = Path(__file__).parent
UNRELATED_PAIRS = [
    ("real_pairs/osl/OSL-2.1.txt", "real_pairs/epl/EPL-2.0.txt"),
    ("real_pairs/cecill-fr/CeCILL-2.0-fr.txt", "related_pairs/cc-by-sa-4.0.txt"),
    ("walk_pairs/treaty-de-old.txt", "walk_pairs/treaty-fr-new.txt"),
    ("real_pairs/github-tos/terms-2019-04-19.md", "walk_pairs/treaty-fr-new.txt"),
]
VERSIONS = [
    ("real_pairs/cc-by/CC-BY-3.0.txt", "real_pairs/cc-by/CC-BY-4.0.txt"),  # rewritten whole
    ("real_pairs/epl/EPL-1.0.txt", "real_pairs/epl/EPL-2.0.txt"),
    ("real_pairs/ttks/TTKS-2002-excerpt.md", "real_pairs/ttks/TTKS-2027-excerpt.md"),
    ("walk_pairs/treaty-de-old.txt", "walk_pairs/treaty-de-new.txt"),
]


def _compared(old: str, new: str):  # type: ignore[no-untyped-def]
    docs = [make_document((HERE / p).read_text(encoding="utf-8"), p) for p in (old, new)]
    return compare(*docs)


@pytest.mark.parametrize(("old", "new"), UNRELATED_PAIRS)
def test_unrelated_texts_say_so_and_their_preambles_are_offered_for_review(old, new) -> None:
    cmp = _compared(old, new)
    assert cmp.warnings == (UNRELATED,)
    assert cmp.to_json()["warnings"] == [UNRELATED]
    assert f"warning: {UNRELATED}" in comparison_text(cmp)
    ends = [
        p
        for p in cmp.pairs
        if cmp.old.segments[p.old[0]].kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING)
    ]
    assert ends, "the preambles are still paired, by their place"
    for p in ends:
        assert p.similarity < 0.1
        assert p.confidence < p.review_below and p.uncertain, (p.similarity, p.confidence)


@pytest.mark.parametrize(("old", "new"), VERSIONS)
def test_versions_of_one_text_raise_no_such_warning(old, new) -> None:
    cmp = _compared(old, new)
    assert cmp.warnings == ()
    assert cmp.to_json()["warnings"] == []


def test_the_bundled_pair_keeps_its_preamble_and_closing_at_certainty() -> None:
    """Their closing parts are 25 % alike, well above what unrelated articles share."""
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    assert cmp.warnings == ()
    ends = {cmp.old.segments[p.old[0]].label: p.confidence for p in cmp.pairs[:1] + cmp.pairs[-1:]}
    assert ends == {"preamble": 0.99, "closing": 0.99}
