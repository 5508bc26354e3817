"""The window and the reports name a treaty's parts by one set of rules, each in its own
catalogue: they had two copies of the rules, which differed for a heading over a range
of articles (the window said "Art. 2") and a repeated heading (the report said "8#2")."""

from __future__ import annotations

from treatyviewer.core import part_names
from treatyviewer.core.segment import make_document

RUSSIAN = {"Art. {0}": "Ст. {0}", "Annex {0}": "Приложение {0}", "Preamble": "Преамбула",
           "Title": "Заглавие", "Closing": "Заключительная часть"}  # fmt: skip


def russian(english: str) -> str:
    return RUSSIAN[english]


def names(text: str) -> list[tuple[str, str]]:
    doc = make_document(text)
    return [
        (part_names.segment_name(s, russian), part_names.reference(s, russian))
        for s in doc.segments
    ]


def test_parts_are_named_in_the_readers_words_and_printed_names_kept() -> None:
    text = (
        "TREATY OF FRIENDSHIP\n\nThe Parties agree as follows.\n\n"
        "Article 1\nThe frontier follows the river.\n\n"
        "Article 8\nThe commission meets yearly.\n\n"
        "Article 8\nThe commission reports yearly.\n\n"
        "Annex 1\nThe map of the frontier.\n\n"
        "Protocol\nThe parties sign the protocol.\n"
    )
    found = names(text)
    assert ("Ст. 1", "1") in found
    assert ("Ст. 8 (2nd)", "8 (2nd)") in found  # a repeated heading, told apart
    assert ("Приложение 1", "Приложение 1") in found
    assert any(name == "Protocol" for name, _ in found)  # a part that names itself
    assert found[0] == ("Преамбула", "преамбула")


def test_a_heading_over_a_range_of_articles_is_named_as_the_range() -> None:
    text = (
        "Article 1\nThe frontier follows the river.\n\nArticle 2–3\n(Repealed)\n\n"
        "Article 4\nThe commission meets yearly.\n"
    )
    assert [name for name, _ in names(text)] == ["Ст. 1", "Ст. 2–3", "Ст. 4"]
