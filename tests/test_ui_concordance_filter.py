"""The concordance filter: a status word finds that status, other text finds labels."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.gui


def _shown(window, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    proxy = window.concordance.proxy
    return [
        str(proxy.index(r, column).data(Qt.ItemDataRole.DisplayRole))
        for r in range(proxy.rowCount())
    ]


def test_a_status_word_matches_that_status_not_words_containing_it(make_window) -> None:
    window = make_window()
    concordance = window.concordance
    concordance.filter.setText("moved")
    statuses = _shown(window, 2)
    assert statuses and all(re.search(r"\bmoved\b", s) for s in statuses), statuses
    assert not any("removed" in s for s in statuses), statuses  # draft Art. 4 is removed
    concordance.filter.setText("Removed ")
    assert _shown(window, 2) and all(s.startswith("removed") for s in _shown(window, 2))
    concordance.filter.setText("renumbered")  # a flag beside the status counts too
    assert _shown(window, 2) and all("renumbered" in s for s in _shown(window, 2))
    concordance.filter.setText("VI")  # free text still finds labels
    assert "VI" in _shown(window, 1)
    concordance.filter.setText("")
    assert concordance.proxy.rowCount() == concordance.model.rowCount()


LICENCES = Path("/usr/share/common-licenses")


@pytest.mark.skipif(not (LICENCES / "GPL-3").exists(), reason="no system licence texts")
def test_a_long_section_heading_does_not_push_the_other_columns_away(make_window):
    window = make_window(LICENCES / "GPL-2", LICENCES / "GPL-3", size=(1400, 900))
    table = window.concordance.table
    proxy = window.concordance.proxy
    labels = [str(proxy.index(r, 0).data()) for r in range(proxy.rowCount())]
    longest = max(range(len(labels)), key=lambda r: len(labels[r]))
    assert table.horizontalHeader().sectionSize(0) < table.fontMetrics().horizontalAdvance(
        labels[longest]
    )
    assert proxy.index(longest, 0).data(Qt.ItemDataRole.ToolTipRole) == labels[longest]


def _rows(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return list(zip(_shown(window, 0), _shown(window, 1), strict=True))


def test_a_number_finds_that_article_not_a_count_of_changes(make_window) -> None:
    """Typing "4" to find draft Article 4 had also listed 2→VI and 6→XIV, because
    each pair has 4 word changes: the filter looks at the articles, not at figures."""
    window = make_window()
    concordance = window.concordance
    concordance.filter.setText("4")
    rows = _rows(window)
    assert ("4", "(none) · related: I, II, III, XV") in rows, rows
    assert all(re.search(r"(?<![\w.])4(?!\w)", old + " " + new) for old, new in rows), rows
    assert not any(old in ("2", "6") for old, _ in rows), rows
    for spelled in ("Art. 4", "article 4", " Art 4 "):  # as a reader names the article
        concordance.filter.setText(spelled)
        assert _rows(window) == rows, spelled
    concordance.filter.setText("IV")  # a whole label: Art. IV, not XIV
    assert _rows(window) and all(
        re.search(r"(?<!\w)IV(?!\w)", old + " " + new) for old, new in _rows(window)
    )
    concordance.filter.setText("100%")  # a figure of the similarity column finds nothing
    assert concordance.proxy.rowCount() == 0
    concordance.filter.setText("automatic")  # who paired them is a word, still found
    assert concordance.proxy.rowCount() > 0


SV_OLD = """Lag om tillsyn över hamnar

1 § Denna lag gäller tillsyn över allmänna hamnar.

2 § Lagen gäller inte hamnar som används uteslutande av Försvarsmakten.

3 § Tillsynsmyndigheten utövar tillsyn över att lagen följs.

4 § Tillsynsmyndigheten får meddela de förelägganden som behövs för att lagen ska följas.

5 § Hamninnehavaren ska betala en årlig avgift för tillsynen.
"""
SV_NEW = SV_OLD.replace(
    "5 § Hamn",
    "5 a § Tillsynsmyndigheten får ta ut en sanktionsavgift av en hamninnehavare som inte "
    "följer ett föreläggande.\n\n5 § Hamn",
)


def test_a_label_typed_as_the_text_prints_it_finds_that_article(make_window, tmp_path) -> None:
    """In a Swedish law "5 §" (as the pane heads the section) found nothing though
    "§ 5" did, and "5a" did not find "5 a"."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(SV_OLD, encoding="utf-8")
    new.write_text(SV_NEW, encoding="utf-8")
    window = make_window(old, new)
    concordance = window.concordance
    concordance.filter.setText("§ 5")
    rows = _rows(window)
    assert rows, _shown(window, 1)
    for typed in ("5 §", "5§", " 5 § "):
        concordance.filter.setText(typed)
        assert _rows(window) == rows, typed
    concordance.filter.setText("5 a")
    lettered = _rows(window)
    assert lettered and all("5 a" in old + new for old, new in lettered), lettered
    for typed in ("5a", "5 a §", "§ 5a", "5A"):
        concordance.filter.setText(typed)
        assert _rows(window) == lettered, typed
