"""Articles set one after another with no blank line, as text taken from a printed,
paged edition gives them: the heading the run starts from may be hidden."""

from __future__ import annotations

from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document

BODY = "The Parties shall report on the measures taken under this Convention."


def _text(first_line_above: str, count: int = 8) -> str:
    lines = ["Convention on Transboundary Resources", "Contents are given below."]
    for n in range(1, count + 1):
        head = f"Article {n} – Title {n}"
        # The page's running head, left on the line above the first article.
        lines += [f"{first_line_above} {head}" if n == 1 else head, BODY]
    return "\n".join(lines) + "\n"


def _labels(text: str) -> list[str]:
    return [s.label for s in make_document(text).segments if s.kind is SegmentKind.ARTICLE]


def test_a_run_of_articles_counts_though_the_first_hides_behind_a_running_head() -> None:
    """With "Article 1" glued to the running head, the articles after it still head
    their texts (a guard: the run rule must not drop them)."""
    text = _text("Convention on Transboundary Resources")
    assert _labels(text) == [str(n) for n in range(2, 9)]


def test_a_run_resumes_after_a_heading_a_title_above_hid() -> None:
    """One heading set under its title in capitals breaks the chain of ones that number on
    from the heading before; the articles after it still head their texts."""
    lines = _text("").splitlines()
    at = lines.index("Article 4 – Title 4")
    lines[at - 1] = lines[at - 1].rstrip(".")  # the sentence above runs on to the title
    text = "\n".join(lines) + "\n"
    assert _labels(text) == ["1", "2", "3", *[str(n) for n in range(5, 9)]]


def test_cited_articles_opening_lines_after_a_sentence_stay_text() -> None:
    """Two articles cited at lines' starts do not number on as three in a row do."""
    text = (
        "Article 1 – Scope\nThe Parties agree.\nArticle 7. The measures apply.\n"
        "Article 8. Those reports apply.\nThey are final.\n"
    )
    assert _labels(text) == ["1"]
