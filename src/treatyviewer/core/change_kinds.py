"""The names of the change classes, and reading them from the command line.

Kept apart from the classifier so that naming the classes (the command line's
help, ``--only``) costs nothing of what classifying needs.
"""

from __future__ import annotations

from typing import Literal, get_args

ChangeClass = Literal[
    "wording", "figure", "name-variant", "spelling", "case", "punctuation", "whitespace",
    "reference", "numbering",
]  # fmt: skip

CLASSES: tuple[ChangeClass, ...] = get_args(ChangeClass)
SUBSTANCE: frozenset[ChangeClass] = frozenset({"wording", "figure"})
FORM: frozenset[ChangeClass] = frozenset(CLASSES) - SUBSTANCE


def as_class(name: str) -> ChangeClass:
    """``name`` as a class; an unknown name is wording."""
    for cls in CLASSES:
        if cls == name:
            return cls
    return "wording"


def parse_classes(text: str) -> frozenset[ChangeClass]:
    """'substance', 'form' or class names, comma-separated ('wording,figure,case').

    Raises ValueError naming what is not understood.
    """
    chosen: set[ChangeClass] = set()
    for item in (part.strip().lower() for part in text.split(",")):
        if item == "substance":
            chosen |= SUBSTANCE
        elif item == "form":
            chosen |= FORM
        elif item in CLASSES:
            chosen.add(as_class(item))
        else:
            known = ", ".join(("substance", "form", *CLASSES))
            raise ValueError(f"unknown change class {item!r} (known: {known})")
    return frozenset(chosen)
