"""Words marked for translation where they are declared and translated where they are shown.

``pyside6-lupdate`` collects every ``QT_TRANSLATE_NOOP(context, text)`` call by its name;
this one returns the text as a ``str`` (Qt's own is typed to return ``object``)."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
