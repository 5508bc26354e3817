"""The offer to recover unsaved work reads as sentences in every language: in Turkish
it began its second sentence with the session's name, "adsız bir oturum ...", in
small letters."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from treatyviewer.ui.common import i18n

pytestmark = pytest.mark.gui

MESSAGE = "treatyviewer did not close cleanly. Recover the unsaved work on {0} ({1})?"


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_each_sentence_of_the_recovery_offer_opens_with_a_capital(qapp, lang: str) -> None:
    try:
        assert i18n.install(qapp, lang) == lang
        name = QCoreApplication.translate("SessionFiles", "an untitled session")
        text = QCoreApplication.translate("SessionFiles", MESSAGE).format(name, "2026-12-07 23:39")
        sentences = re.split(r"(?<=[.?!])\s+", text)[1:]  # the first names the program
        assert sentences and all(s[0].isupper() for s in sentences), text
    finally:
        i18n.install(qapp, "en")
