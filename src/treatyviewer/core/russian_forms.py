"""Russian case forms of place names, so "Карса" and "Карсской" count as mentions of Карс."""

from __future__ import annotations

import re

# Case endings added to a Russian base form, keyed by how the base form ends.
_RU_CONSONANT_ENDINGS = ("а", "у", "е", "ом", "ой")
_RU_ADJECTIVE_ENDINGS = (
    "ский",
    "ская",
    "ское",
    "ские",
    "ского",
    "ской",
    "скому",
    "ским",
    "ском",
    "скую",
    "ских",
    "скими",
)
_RU_IYA_ENDINGS = ("ии", "ию", "ией", "иею")
_RU_A_ENDINGS = ("ы", "и", "е", "у", "ой", "ою")
_RU_YA_ENDINGS = ("и", "е", "ю", "ей")
_RU_SOFT_ENDINGS = ("и", "ью")
_RU_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def russian_inflections(base: str) -> tuple[str, ...]:
    """Common case forms of a one-word Russian place name (Карс → Карса, Карсской).

    Multi-word names and names of unusual shape return nothing: those forms
    belong in the gazetteer's ``forms`` list.
    """
    word = base.strip()
    if not word or " " in word or not _CYRILLIC.search(word) or len(word) < 3:
        return ()
    low = word[-1].lower()
    stem: str
    endings: tuple[str, ...]
    if word.lower().endswith("ия"):
        stem, endings = word[:-2], (*_RU_IYA_ENDINGS, "ийский", "ийской", "ийского")
    elif low == "ь":
        stem = word[:-1]
        endings = _RU_SOFT_ENDINGS + _RU_ADJECTIVE_ENDINGS
    elif low == "а":
        stem, endings = word[:-1], _RU_A_ENDINGS
    elif low == "я":
        stem, endings = word[:-1], _RU_YA_ENDINGS
    elif low == "й":
        stem, endings = word[:-1], ("я", "ю", "ем", "е")
    elif low in _RU_CONSONANTS:
        stem, endings = word, _RU_CONSONANT_ENDINGS + _RU_ADJECTIVE_ENDINGS
    else:
        return ()
    return tuple(stem + e for e in endings)
