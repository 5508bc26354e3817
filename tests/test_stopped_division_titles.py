"""Section headings whose short title ends in a full stop ("Sección 1 – Definiciones.").

The Spanish Creative Commons licence prints its sections so; with the stop the whole
text was read paragraph by paragraph (every section removed, 95 paragraphs added
against the version without it). The same held for Sezione, Abschnitt, Раздел,
Bölüm and Secção. A line that goes on as a sentence stays text.
"""

from __future__ import annotations

import pytest

from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document

TITLES = {
    "es": ("Sección", ["Definiciones.", "Ámbito de Aplicación.", "Condiciones de la Licencia."]),
    "it": ("Sezione", ["Definizioni.", "Oggetto della Licenza.", "Condizioni della Licenza."]),
    "de": ("Abschnitt", ["Begriffsbestimmungen.", "Anwendungsbereich.", "Bedingungen."]),
    "ru": ("Раздел", ["Определения.", "Сфера действия.", "Условия лицензии."]),
    "tr": ("Bölüm", ["Tanımlar.", "Kapsam.", "Lisans koşulları."]),
    "pt": ("Secção", ["Definições.", "Âmbito.", "Condições da Licença."]),
}
BODY = "The licensor grants a worldwide, royalty-free licence to use the work."


def _text(word: str, titles: list[str]) -> str:
    return "".join(f"{word} {n} – {t}\n\n{BODY}\n\n" for n, t in enumerate(titles, 1))


@pytest.mark.parametrize("language", sorted(TITLES))
def test_a_stop_after_a_section_title_keeps_the_sections(language: str) -> None:
    word, titles = TITLES[language]
    with_stop = make_document(_text(word, titles))
    without = make_document(_text(word, [t.rstrip(".") for t in titles]))
    for doc in (with_stop, without):
        units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
        assert [s.label for s in units] == ["1", "2", "3"], [s.label for s in doc.segments]
    assert f"units headed “{word}”" in with_stop.structure  # not "seccións", "abschnitts"


def test_a_sentence_that_begins_with_a_section_word_is_no_heading() -> None:
    text = (
        "Sección 1 – Definiciones.\n\nThe terms below apply.\n\n"
        "Sección 2 – Ámbito.\n\nThe licence covers the work.\n\n"
        "Sección 2 applies to every copy, whatever its form, and to every adaptation.\n\n"
        "Sección 3 – Condiciones.\n\nAttribution is required.\n"
    )
    doc = make_document(text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "3"]
    assert "applies to every copy" in doc.text[units[1].start : units[1].end]
