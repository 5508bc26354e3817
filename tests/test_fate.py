"""Where the matter of an article went, as the editors' notes name it (no Qt)."""

from __future__ import annotations

from treatyviewer.core.fate import fate_line, named_articles, related_articles
from treatyviewer.core.resources import load_bundled
from treatyviewer.core.segment import make_document


def test_draft_article_4_went_to_articles_i_ii_iii_and_xv() -> None:
    old, new = load_bundled("draft-1920"), load_bundled("moscow-1921")
    four = old.by_label("4")
    assert related_articles(old, four, new) == ("I", "II", "III", "XV")
    assert fate_line(old, four, new).startswith("Replaced in 1921 by the frontier of Article I")
    # a note that only echoes wording is no fate
    assert related_articles(old, old.by_label("1"), new) == ()


def test_articles_ii_iii_and_xv_of_1921_came_from_draft_article_4() -> None:
    """The way back: 1921's notes do not name the draft, draft Art. 4's do; each added
    article it names says its matter came from Art. 4 (the reader saw the link one way)."""
    old, new = load_bundled("draft-1920"), load_bundled("moscow-1921")
    for label in ("II", "III", "XV"):
        assert related_articles(new, new.by_label(label), old) == ("4",), label
    assert related_articles(new, new.by_label("X"), old) == ()


def test_only_articles_the_other_text_has_are_named() -> None:
    other = make_document("Article I\nOne.\n\nArticle II\nTwo.\n", source="b.txt")
    assert named_articles("Successor: Articles I, II and IX; see Art. II.", other) == ("I", "II")
    doc = make_document("Article 7\nSeven.\n", source="a.txt")
    note = "The clause went into Article II. It echoes Article I."
    assert related_articles(doc, doc.segments[0], other, [note]) == ("II",)
