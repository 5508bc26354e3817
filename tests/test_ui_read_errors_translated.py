"""A file that cannot be read is named in the interface's language: the Russian and
Turkish windows said "… does not exist (it may have been moved or deleted)" in English.
The command line, which installs no catalogue, keeps its English."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("lang", "word"), [("ru", "не найден"), ("tr", "bulunamadı"), ("en", "does not exist")]
)
def test_a_missing_file_is_reported_in_the_window_s_language(
    make_window, qapp, qtbot, tmp_path: Path, lang: str, word: str
) -> None:
    try:
        assert i18n.install(qapp, lang) == lang
        window = make_window()
        window.open_pair(str(tmp_path / "missing.txt"), "moscow-1921")
        qtbot.waitUntil(lambda: not window.session.busy and bool(window.message_bar.texts()))
        said = window.message_bar.texts()[-1]
        assert "missing.txt" in said and word in said, said
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize(("lang", "word"), [("ru", "пуст"), ("tr", "boş")])
def test_an_empty_file_is_reported_in_the_window_s_language(
    make_window, qapp, qtbot, tmp_path: Path, lang: str, word: str
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    try:
        assert i18n.install(qapp, lang) == lang
        window = make_window()
        window.open_pair(str(empty), "moscow-1921")
        qtbot.waitUntil(lambda: not window.session.busy and bool(window.message_bar.texts()))
        assert word in window.message_bar.texts()[-1]
    finally:
        i18n.install(qapp, "en")
