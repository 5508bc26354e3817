"""The interface language: choose it, find or build its .qm, install the translators.

Only the interface is translated. Treaty texts, article labels and gazetteer names
are data and are shown as they are, whatever the interface language.

Finding, building and installing a language's catalogue is ``io.catalogues``'s work,
shared with the command line (``export --lang``); it is re-exported here for the window.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from ...core.entities import Entity
from ...io.catalogues import (
    LANGUAGES,
    CatalogueTranslator,
    EnglishPlurals,
    ensure_english_plurals,
    install,
    qm_file,
    resolve,
)

__all__ = [
    "LANGUAGES",
    "NATIVE_NAMES",
    "SYSTEM",
    "CatalogueTranslator",
    "EnglishPlurals",
    "current_language",
    "ensure_english_plurals",
    "install",
    "qm_file",
    "resolve",
    "shown_name",
]

NATIVE_NAMES = {"en": "English", "ru": "Русский", "tr": "Türkçe"}
"""Each language in its own name, as the Language menu shows it (never translated)."""
SYSTEM = "system"


def current_language() -> str:
    code = QLocale().name().split("_")[0]
    return code if code in LANGUAGES else "en"


def shown_name(entity: Entity, language: str | None = None) -> str:
    """The entity's name in the interface language when the gazetteer has one."""
    if language is None:
        language = current_language()
    if language != "en":
        names = entity.names.get(language) or ()
        if names and names[0].strip():
            return names[0]
    return entity.label
