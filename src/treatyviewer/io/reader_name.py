"""Who signs the reader's notes that record no author: the name set in Preferences,
else no one. The window and the command line follow this one rule, so a session's
notes read alike whichever of them exported it.

The account's login name ("root", "jsmith") once signed them when no name was set:
a name the reader never chose for their notes, printed beside each of them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..core.annotations import Annotation, Creator

ORGANIZATION = "treatyviewer"
APPLICATION = "treatyviewer"
READER_NAME_KEY = "reader/name"
"""Where Preferences keeps the name (the window's settings read it by this key too)."""


def signing_name(chosen: object) -> str:
    """The name chosen, its spaces tidied ("" when none was: the notes go unsigned)."""
    return " ".join(str(chosen or "").split())


def saved_reader_name() -> str:
    """The name the window's Preferences saved ("" when none), for the command line:
    it signed a session's notes otherwise than the window did."""
    from PySide6.QtCore import QSettings

    return signing_name(QSettings(ORGANIZATION, APPLICATION).value(READER_NAME_KEY, ""))


def is_unsigned(annotation: Annotation) -> bool:
    return not (annotation.creator and annotation.creator.name)


def signed(annotations: Iterable[Annotation], reader: str) -> list[Annotation]:
    """The notes, those that name no author signed ``reader`` (the notes themselves
    are left as written: a session keeps them unsigned)."""
    name = reader.strip()
    return [
        replace(a, creator=Creator(name)) if name and is_unsigned(a) else a for a in annotations
    ]
