"""An article split into parts that take numbers after its own ("L312-1" → "L312-1" and
"L312-1-2"), with new articles put in between: the part left under the old number
pairs at once, and the far part, three articles off, was reported added although it
holds the old article's second sentence nearly word for word. A part numbered after
the article that kept its number joins that pair from wherever it stands, when it
holds enough of the old article."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.align import align
from treatyviewer.core.align_attach import parent_label
from treatyviewer.core.document import Document
from treatyviewer.io.readers import read_document

HERE = Path(__file__).resolve().parent / "numbered_parts"


@pytest.mark.parametrize(
    ("label", "parent"),
    [
        ("33h", "33"),
        ("L312-1-2", "L312-1"),
        ("16의2", "16"),
        ("12 bis", "12"),
        ("5.1", "5"),
        ("33", None),
        ("Preamble", None),
    ],
)
def test_the_number_an_inserted_article_extends(label: str, parent: str | None) -> None:
    assert parent_label(label) == parent


def test_a_part_numbered_after_the_old_article_joins_it_from_afar() -> None:
    old = read_document(HERE / "crpa-2016.md")
    new = read_document(HERE / "crpa-2025.md")
    alignment = align(old, new)

    def labels(doc: Document, indices: tuple[int, ...]) -> tuple[str, ...]:
        return tuple(doc.segments[k].label for k in indices)

    links = {(labels(old, link.old), labels(new, link.new)) for link in alignment.links}
    assert links == {
        (("L312-1",), ("L312-1", "L312-1-2")),
        (("L312-2",), ("L312-2",)),
        (("R312-3",), ("R312-3-1",)),
        (("R312-4",), ("R312-4",)),
    }
    added = {new.segments[j].label for j in alignment.added}
    assert added == {"L312-1-1", "D312-1-1-1", "L312-1-3", "D312-1-4", "L312-3"}
    assert alignment.removed == ()
