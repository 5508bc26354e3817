"""The fast reference scan finds exactly what the reference pattern finds when it
is tried at every position: same spans, same groups, in every language."""

from __future__ import annotations

import re
import sys

from hypothesis import given
from hypothesis import strategies as st

from treatyviewer.core.document import Document
from treatyviewer.core.document_cache import known
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document
from treatyviewer.core.xref_scan import candidates, folded, matches
from treatyviewer.core.xrefs import (
    REFERENCE_KEYWORDS,
    REFERENCE_RE,
    SegmentReferences,
    find_references,
    keep_references,
)

# Phrases are built as lead + word + tail, so that references in every form
# (and near misses) come up often.
LEADS = [
    "", "", "the", "of the", "5 inci", "3.", "12'nci", "on birinci", "yirmi-birinci", "birinci",
    "İkinci", "seek", "parties", "and", "x", "-", "’", "paragraph 2 of", "п. 3", "THE  following\n",
    "the previous", "предыдущий", "önceki", ",", "\n\n", "the previous paragraph",
    "THE\tpreceding Paragraph", "предыдущего пункта", "önceki fıkrada", "yirmi madde",
]  # fmt: skip
WORDS = [
    "Article", "ARTICLE", "articles", "art.", "Arts.", "section", "Sec.", "§", "§§", "clause",
    "paragraph", "para.", "subsection", "annex", "Annexes", "appendix", "appendices",
    "Schedule", "Exhibit", "ek", "EK", "zeyl", "Protocole", "статья", "Статьи", "ст.", "пункт",
    "пунктом", "п.", "раздел", "Приложение", "preceding paragraph", "пункт", "fıkra", "madde",
    "Madde", "MADDE", "ARTİCLE", "artıcle", "ſection", "part", "treaty", "",
]  # fmt: skip
TAILS = [
    "", "1", "12", "IV", "2.1", "3 bis", "A", "(a)", "5(2)", "1 (C)", "4 and 5", "3, 4 or 7",
    "9 to 11", "и 3", "ve 4", "of the WIPO Treaty", "of this Treaty", ",", "x",
]  # fmt: skip
PHRASES = st.tuples(st.sampled_from(LEADS), st.sampled_from(WORDS), st.sampled_from(TAILS))


def _spans(found: object) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


@given(st.lists(PHRASES, max_size=12), st.sampled_from([" ", "", "\n", "  "]), st.data())
def test_the_scan_finds_what_the_pattern_finds_everywhere(
    phrases: list[tuple[str, str, str]], gap: str, data: st.DataObject
) -> None:
    text = gap.join(" ".join(phrase) for phrase in phrases)
    pos = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(pos, len(text)))
    fast = matches(REFERENCE_RE, text, candidates(text, REFERENCE_KEYWORDS), pos, end)
    assert _spans(fast) == _spans(REFERENCE_RE.finditer(text, pos, end))


def test_a_bundled_treaty_gives_the_same_references_either_way():
    text = load_bundled("moscow-1921").text
    fast = _spans(matches(REFERENCE_RE, text, candidates(text, REFERENCE_KEYWORDS), 0, len(text)))
    assert fast == _spans(REFERENCE_RE.finditer(text)) and len(fast) > 5


def _fresh(name: str) -> Document:
    """A bundled text as a new document (``load_bundled`` keeps one per text)."""
    doc = load_bundled(name)
    return make_document(doc.text, title=doc.title, source=name, metadata=doc.metadata)


def test_references_found_one_article_at_a_time_are_those_of_the_whole_scan():
    # A long text is shown article by article before its whole scan arrives.
    found = 0
    for name in ("draft-1920", "moscow-1921"):
        doc = _fresh(name)
        each = SegmentReferences(doc)
        one_by_one = [ref for k in range(len(doc.segments)) for ref in each(k)]
        assert known(doc, "references") is None  # the whole text was never scanned
        whole = find_references(_fresh(name))
        assert one_by_one == whole
        found += len(whole)
        later = _fresh(name)
        each = SegmentReferences(later)
        keep_references(later, tuple(whole[:1]))  # the scan arrives: it is used from then on
        assert [ref for k in range(len(later.segments)) for ref in each(k)] == whole[:1]
    assert found > 5


def test_every_letter_a_case_blind_keyword_matches_folds_to_that_keyword_letter():
    # Every character, including the odd ones ("İ", "ı", "ſ", old Cyrillic forms).
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    words = REFERENCE_KEYWORDS.starts + REFERENCE_KEYWORDS.after_the
    letters = set("".join(words + REFERENCE_KEYWORDS.after_words))
    for letter in letters:
        for ch in re.findall(f"(?i:{re.escape(letter)})", every):
            assert folded(ch) == letter, (letter, ch)
    assert len(folded(every)) == len(every)
