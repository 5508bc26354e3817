"""Korean articles are matched by their nouns, whatever particle each carries.

Korean writes the particle that marks a noun's role into the word ("지위와",
"지위를": position, with "and" and as object); matched whole, the 1972 constitution's
Art. 81 (members of the Assembly shall not abuse their position and privileges)
shared almost nothing with the three paragraphs of the 1980 Art. 82 that took it up,
and came out removed."""

from __future__ import annotations

from real_pair_truth import load
from treatyviewer.core.comparison import compare
from treatyviewer.core.korean_stems import korean_stem
from treatyviewer.io.readers import read_document


def test_particles_and_endings_come_off() -> None:
    assert korean_stem("지위와") == korean_stem("지위를") == "지위"
    assert korean_stem("법률으로") == "법률"  # the longer particle first
    assert korean_stem("남용하여서는") == korean_stem("남용하여") == "남용"


def test_short_words_stand_as_written() -> None:
    """Two syllables are kept: "국가" (state) and "국이" are no particle-marked "국"."""
    assert korean_stem("국가") == "국가" and korean_stem("국이") == "국이"
    assert korean_stem("Kars") == "Kars"


def test_an_article_grown_under_the_next_number_is_paired() -> None:
    pair = load("kr-const")
    cmp = compare(read_document(pair.old), read_document(pair.new))
    links = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("81",), ("82",)) in links
    assert (("18",), ("20",)) in links  # the freedoms joined by "ㆍ"
    assert "81" not in cmp.label_of("old", cmp.removed)


def test_the_supplementary_provisions_are_not_renumbered_by_their_act() -> None:
    pair = load("kr-const")
    cmp = compare(read_document(pair.old), read_document(pair.new))
    provisions = [p for p in cmp.pairs if cmp.label_of("old", p.old)[0].startswith("부칙 <")]
    assert provisions and not provisions[0].renumbered
