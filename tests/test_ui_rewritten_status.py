"""A pair that kept next to none of its wording says it was rewritten: the French
Constitution's Articles 73 and 74, rewritten in 2003 under their numbers, had been
listed "modified" as a pair with one word changed is."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import compare
from treatyviewer.io.readers import read_document
from treatyviewer.ui.common.vocabulary import pair_status_text

PAIR = Path(__file__).resolve().parent / "real_pairs" / "fr-const"


def test_a_pair_that_kept_next_to_none_of_its_wording_reads_rewritten(qapp) -> None:  # type: ignore[no-untyped-def]
    cmp = compare(
        read_document(PAIR / "Constitution-1976-excerpt.md"),
        read_document(PAIR / "Constitution-2003-excerpt.md"),
    )
    said = {cmp.label_of("old", p.old)[0]: pair_status_text(p) for p in cmp.pairs}
    assert said["73"] == said["74"] == "modified (rewritten)"
    assert said["60"] == said["72"] == "modified"  # a word changed; a third kept
    assert said["56"] == "unchanged"
