"""Replacing characters by table gives what ``str.translate`` gives with that table."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from treatyviewer.core import document, entities, textdiff
from treatyviewer.core.replacing import replaced

TABLES = [document._LINE_BREAKS, document._INVISIBLES, entities._FOLD, textdiff._APOSTROPHES]
# Text made of the tables' own characters among ordinary ones (ASCII and not).
letters = "".join(key for table in TABLES for key in table) + "aZ 1\n\r'’Карсİı"


@given(st.text(alphabet=letters, max_size=80))
def test_replaced_is_translate(text: str) -> None:
    for table in TABLES:
        assert replaced(text, table) == text.translate(str.maketrans(table))


def test_normalised_text_keeps_its_rules() -> None:
    raw = "Article 1\r\nThe ﬁrst\u00ad part\u2028of Карс\fend\u200b."
    assert document.normalise_text(raw) == "Article 1\nThe first part\nof Карс\n\nend.\n"
    assert entities.fold("İSTANBUL’a Ёлка") == "istanbul'a елка"
