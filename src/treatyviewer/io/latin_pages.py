"""Which Western or Central European code page a text was saved in, by its letters.

Statistical detection reads a short Finnish file in cp1252 as Mac Roman ("§" turns
into "ß", "ä" into "‰") and a Lithuanian one in cp1257 as cp1250 ("ė" into "ë"): each
reading is clean enough, and every page of the family gives letters. Two signs tell
them apart. A wrong page puts symbols inside words ("T‰m‰n"); and it gives letters
that no one language writes together ("ë", "á", "đ" and "ř" in one text), where the
right one gives the letters of one alphabet.
"""

from __future__ import annotations

import unicodedata

PAGES = ("cp1252", "cp1250", "cp1257", "cp1254", "iso8859_15", "cp1258", "mac_roman")
"""The pages weighed against each other, most common first (the first wins a tie)."""
SAMPLE = 64 * 1024
"""Bytes of a file read for it: enough letters to tell the pages apart."""

_ALPHABETS = tuple(
    frozenset(letters)
    for letters in (
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äöõüšž",  # Estonian
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "čćđšž",  # Slovene, Croatian
        "ăâîșțşţ",  # Romanian
        "äöüß",  # German
        "åäöšž",  # Finnish, Swedish
        "àâæçéèêëîïôœùûüÿ",  # French
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "æøåéó",  # Danish, Norwegian
        "áðéíóúýþæö",  # Icelandic
        "çğıöşü",  # Turkish
        "éëïèö",  # Dutch
        "àáâãèéêìíòóôõùúýăđĩũơư",  # Vietnamese (its tone marks are combining characters)
    )
)


_WITHIN_WORDS = frozenset("\u2019\u2018\u02bc\u2010\u2011\u2013\u2014\u00b7\u00ad")
"""Marks that words do hold: apostrophes, hyphens and dashes, the Catalan middle dot."""


def _reading(text: str) -> tuple[int, float, float]:
    """Symbols set between two letters, the share of the accented letters that the
    likeliest alphabet holds (1.0 when there are none), and the share of the distinct
    accented letters one alphabet holds: "é" on every line of a French text read as
    Central European kept the first share high beside "ŕ", "ď", "ů" and "ę"."""
    inside = sum(
        1
        for k in range(1, len(text) - 1)
        if ord(text[k]) > 127
        and not text[k].isalpha()
        and text[k] not in _WITHIN_WORDS
        and not unicodedata.combining(text[k])
        and text[k - 1].isalpha()
        and text[k + 1].isalpha()
    )
    letters = [c for c in text.casefold() if ord(c) > 127 and c.isalpha()]
    if not letters:
        return inside, 1.0, 1.0
    fit = max(sum(c in alphabet for c in letters) for alphabet in _ALPHABETS)
    kinds = set(letters)
    whole = max(len(kinds & alphabet) for alphabet in _ALPHABETS)
    return inside, fit / len(letters), whole / len(kinds)


def better_page(data: bytes, chosen: str) -> str:
    """``chosen``, or a page of ``PAGES`` that reads ``data`` with fewer symbols inside
    words, or with letters that fit one alphabet clearly better (by a fifth), or, where
    ``chosen`` gives letters of several alphabets, the first page whose letters are
    all of one (and no more symbols inside words)."""
    sample = data[:SAMPLE]
    readings: dict[str, tuple[int, float, float]] = {}
    for page in dict.fromkeys((chosen, *PAGES)):
        try:
            readings[page] = _reading(sample.decode(page, errors="strict"))
        except (UnicodeDecodeError, LookupError):
            continue
    if chosen not in readings:
        return chosen
    marks, fit, whole = readings[chosen]
    best = min(readings, key=lambda p: (readings[p][0], -readings[p][1], -readings[p][2]))
    better_marks, better_fit, _ = readings[best]
    if better_marks < marks or better_fit >= fit + 0.2:
        return best
    if whole < 1.0:  # letters no one language writes together: one page gives one alphabet
        one = [p for p in readings if readings[p][2] == 1.0 and readings[p][0] <= marks]
        if one:
            return one[0]
    return chosen


MOST_MARKS = 0.002
"""Symbols inside words, per character, above which no page is taken unasked."""


def likeliest_page(data: bytes) -> str:
    """The page of ``PAGES`` that reads ``data`` best, when statistical detection
    finds none ("" when none reads it cleanly): a file thick with "§" signs can make
    every Latin reading look too messy to it."""
    sample = data[:SAMPLE]
    readings: dict[str, tuple[int, float, float]] = {}
    for page in PAGES:
        try:
            readings[page] = _reading(sample.decode(page, errors="strict"))
        except UnicodeDecodeError:
            continue
    if not readings:
        return ""
    best = min(readings, key=lambda p: (readings[p][0], -readings[p][1], -readings[p][2]))
    return best if readings[best][0] <= MOST_MARKS * len(sample) else ""
