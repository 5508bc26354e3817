"""A law that keeps its numbers repeals two sections in place ("Section 252. [Repealed]")
and puts three new ones in between, all in the formulas the whole text is written in.
Before, the two old sections were read as merged into the last new one (a chance match
of formulas, similarity 0.41) and the notice of 252 was left without its section."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

OLD = """\
AGREEMENT

Section 251. The High Contracting Parties shall not support the conservation of fisheries \
subject to the provisions of this Agreement.

Section 252. The competent authority may determine the protection of minorities as provided \
in Article 412. Subject to the provisions of this Agreement, each Contracting Party undertake \
to ensure the application of this Agreement throughout the territory of the other Party.

Section 253. After consultation with the Commission, the Secretariat shall not facilitate the \
delimitation of the frontier at the ports of entry. The Joint Committee shall review the \
exchange of information at the seat of the Commission in accordance with their national \
legislation.
"""
NEW = """\
AGREEMENT

Section 251. The High Contracting Parties shall not support the conservation of fisheries \
subject to the provisions of Either this Agreement.

Section 252. [Repealed]

Section 252A. In accordance with their national legislation, the Contracting Parties shall \
promote the use of the frontier waters in the territorial waters. The Council may ensure the \
status of the mixed commission throughout the territory of the other Party on the basis of \
reciprocity.

Section 252B. Without prejudice to Article 598, the Depositary may examine the protection of \
minorities in the territorial waters. The members of the Commission may implement the \
measures referred to in this Article in the territorial waters without delay.

Section 252C. The Contracting Parties shall endeavour to report on the protection of \
minorities in their respective territories without delay. Subject to the provisions of this \
Agreement, each Contracting Party undertake to guarantee the protection of investments \
throughout the territory of the other Party. The Contracting Parties shall settle the \
security of the border at the seat of the Commission in accordance with their national \
legislation. Each Contracting Party agree to notify the status of the mixed commission at \
the ports of entry as soon as possible.

Section 253. [Repealed]
"""


def test_sections_repealed_in_place_keep_their_notices_over_a_merge_of_formulas() -> None:
    cmp = compare(make_document(OLD), make_document(NEW))
    links = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("252",), ("252",)) in links
    assert (("253",), ("253",)) in links
    assert cmp.label_of("new", cmp.added) == ["252A", "252B", "252C"]
