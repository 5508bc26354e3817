"""The share of words an article has in common with each article of another text, as
Link with… shows it beside the candidates."""

from __future__ import annotations

from treatyviewer.core.likeness import shared_words
from treatyviewer.core.segment import make_document

OLD = """Article 1

The frontier runs along the river Arpa to the bridge at Kars.

Article 2

Trade between the two parties shall be free of every customs duty.
"""

NEW = """Article 1

Each party keeps a consul at Batum and at Trebizond.

Article 2

The frontier runs along the river Arpa as far as the old bridge below Kars.

Article 3

Trade between the parties shall be free of customs duties for ten years.
"""


def test_the_reworded_counterpart_has_most_words_in_common() -> None:
    old, new = make_document(OLD), make_document(NEW)
    shares = shared_words(old, old.index_of("1"), new)
    assert shares is not None and len(shares) == len(new.segments)
    best = max(range(len(shares)), key=shares.__getitem__)
    assert new.segments[best].label == "2"
    assert shares[best] > 0.5 > shares[new.index_of("1")]
    trade = shared_words(old, old.index_of("2"), new)
    assert trade is not None and max(range(len(trade)), key=trade.__getitem__) == new.index_of("3")
