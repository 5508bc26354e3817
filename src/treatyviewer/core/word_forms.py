"""When two words are one word written differently, and when a word is a figure.

The rules here are deliberately narrow: a rule that calls two different words
"the same word" would hide a change of substance, which is worse than showing
a change of spelling as a change of wording. So spelling is decided by known
orthographic rules (British/American, pre-1918 Russian, Turkish dotted and
dotless i and circumflex, hyphenation) and by edit distance only where the
edit is of a kind typists and printers make (a doubled letter, two letters
swapped, a vowel dropped) inside a long word, never at its inflected ending.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .figures import is_number
from .numerals import roman_value

# --- spelling ----------------------------------------------------------------

_BRITISH_AMERICAN = {
    "defence": "defense",
    "offence": "offense",
    "licence": "license",
    "pretence": "pretense",
    "judgement": "judgment",
    "acknowledgement": "acknowledgment",
    "programme": "program",
    "grey": "gray",
    "plough": "plow",
    "manoeuvre": "maneuver",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "fulfil": "fulfill",
    "enrol": "enroll",
    "instalment": "installment",
    "connexion": "connection",
    "gaol": "jail",
    "whilst": "while",
}
_RULES_EN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"(?<=[a-z]{3})our(s|ed|ing|able|ably|ite|ites|er|ers|ful|less)?$", r"or\1"),
        (r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$", r"iz\1"),
        (r"(?<=[a-z]{3})ys(e|ed|es|ing)$", r"yz\1"),
        (r"(?<=[a-z]{3}[bt])re(s|d)?$", r"er\1"),
        (r"(?<=[a-z]{3}[aeiou])ll(ed|ing|er|ers|or|ors|ation)$", r"l\1"),
        (r"ae(?=[a-z]{3})", "e"),
        (r"(?<=[a-z]{2})oe(?=[a-z]{3})", "e"),
    )
)
_OLD_RUSSIAN = str.maketrans({"ѣ": "е", "і": "и", "ѵ": "и", "ѳ": "ф", "ё": "е"})
_RULES_RU: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"ъ$", ""),
        (r"(?<=\w{2})аго$", "ого"),
        (r"(?<=\w{2})яго$", "его"),
        # -ыя was the plural adjective ending (новыя → новые); -ия is left alone, since
        # решения (a noun's genitive) must not become решение.
        (r"(?<=\w{2}ы)я$", "е"),
        (r"^ея$", "ее"),
        (r"^(?:онѣ|оне)$", "они"),
        (r"^(?:однѣ|одне)$", "одни"),
        (r"^(бе|ра|во|и|ни|чре|чере)з(?=[кпстфхцчшщ])", r"\1с"),
    )
)
_TURKISH_LETTERS = str.maketrans({"ı": "i", "İ": "i", "I": "i", "â": "a", "î": "i", "û": "u"})
COMMA_TO_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
"""Romanian s and t with a comma below, as the cedilla forms that older texts and
fonts put in their place: "județean" and "judeţean" are one word."""


@lru_cache(maxsize=65536)
def spelling_key(word: str) -> str:
    """The word with every orthographic rule applied: equal keys, same word."""
    low = (
        word.translate(COMMA_TO_CEDILLA)
        .translate(_TURKISH_LETTERS)
        .casefold()
        .replace("i\u0307", "i")
    )
    low = low.replace("-", "").replace("\u00ad", "").replace("'", "").replace("’", "")
    if "\u0400" <= low[:1] <= "\u04ff" or any(ch in low for ch in "ѣіѵѳ"):
        return modern_russian(low)
    low = _BRITISH_AMERICAN.get(low, low)
    for pattern, repl in _RULES_EN:
        low = pattern.sub(repl, low)
    return low


def modern_russian(word: str) -> str:
    """A Russian word in lower case, spelt as since 1918 ("Совѣтской" → "советской",
    "признаютъ" → "признают", "Великаго" → "великого"): the old letters and endings."""
    word = word.translate(_OLD_RUSSIAN)
    for pattern, repl in _RULES_RU:
        word = pattern.sub(repl, word)
    return word


_VOWELS = frozenset("aeiouyаеёиоуыэюяѣі")


def typo_distance_ok(a: str, b: str) -> bool:
    """True for one printer's slip inside a long word: a doubled letter, two
    neighbouring letters swapped, or a vowel left out. Edits touching the
    first two or the last three letters are inflection or another word."""
    a, b = a.casefold(), b.casefold()
    if a == b or a[:2] != b[:2] or a[-3:] != b[-3:]:
        return False
    if len(a) == len(b):
        if len(a) < 8:
            return False
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1 or len(long_) < 8:
        return False
    k = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    if short != long_[:k] + long_[k + 1 :]:
        return False
    dropped = long_[k]
    doubled = long_[k - 1] == dropped or (k + 1 < len(long_) and long_[k + 1] == dropped)
    return (doubled and len(long_) >= 9) or dropped in _VOWELS


def same_spelling(a: str, b: str) -> bool:
    """Two tokens that are one word in two orthographies (not in two cases only)."""
    if a.casefold() == b.casefold():
        return False
    if not (a[:1].isalpha() and b[:1].isalpha()):
        return False
    if spelling_key(a) == spelling_key(b):
        return True
    if "û" in a.casefold() + b.casefold() and _circumflex_u_as_u_umlaut(a, b):
        return True
    if accent_only(a, b):
        return True
    return not (is_number(a) or is_number(b)) and typo_distance_ok(a, b)


_STRESS_MARKS = frozenset("\u0300\u0301\u0302")
"""Grave, acute and circumflex: the accents an edition puts on or leaves off a word
("ingles" → "inglés"). A diaeresis or umlaut makes another word ("zahlen", "zählen")."""
ACCENT_WORD = 5
"""Least letters of a word whose accent alone may be spelling: short words differ in
meaning by it ("si", "sí"; "ou", "où")."""


@lru_cache(maxsize=65536)
def without_accents(word: str) -> str:
    """The word in lower case without grave, acute and circumflex accents."""
    parts = unicodedata.normalize("NFD", word.casefold())
    return unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _STRESS_MARKS))


def accent_only(a: str, b: str) -> bool:
    """One word is the other with accents put on or taken off (not moved: "élève" and
    "élevé" are two words)."""
    if min(len(a), len(b)) < ACCENT_WORD or len(a) != len(b):
        return False
    x, y = a.casefold(), b.casefold()
    return x != y and (without_accents(x) == y or without_accents(y) == x)


def _circumflex_u_as_u_umlaut(a: str, b: str) -> bool:
    """Turkish wrote a long ü as û after k, g and l ("Hükûmet", now "Hükümet")."""
    a, b = (w.casefold().replace("û", "ü") for w in (a, b))
    return spelling_key(a) == spelling_key(b)


# --- names ---------------------------------------------------------------------

_CYR_TO_LAT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
        "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya", "ѣ": "e", "і": "i",
        "ı": "i", "ş": "sh", "ç": "ch", "ğ": "g", "ö": "o", "ü": "u",
    }
)  # fmt: skip
_DIGRAPHS = (("shch", "x"), ("dzh", "j"), ("sh", "x"), ("ch", "c"), ("kh", "h"), ("zh", "j"),
             ("dj", "j"), ("ts", "c"), ("ph", "f"), ("ck", "k"), ("w", "v"), ("q", "k"),
             ("g", "h"))  # fmt: skip


@lru_cache(maxsize=65536)
def latin_form(word: str) -> str:
    """Lower-case Latin letters of a name, whatever script it is written in."""
    low = word.casefold().replace("'", "").replace("’", "").translate(_CYR_TO_LAT)
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(ch for ch in decomposed if "a" <= ch <= "z")


@lru_cache(maxsize=65536)
@lru_cache(maxsize=65536)
def name_skeleton(word: str) -> str:
    """First letter and consonants, with transliteration digraphs made single."""
    latin = latin_form(word)
    for digraph, single in _DIGRAPHS:
        latin = latin.replace(digraph, single)
    if not latin:
        return ""
    rest = [ch for ch in latin[1:] if ch not in "aeiouy"]
    out = [latin[0]]
    for ch in rest:
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) past ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _plural_of(a: str, b: str) -> bool:
    """ "Licenses" of "License": a common noun in the plural, not another spelling."""
    return a.isascii() and a.endswith("s") and a[: -2 if a.endswith("es") else -1] in (b, b[:-1])


def close_transliteration(a: str, b: str) -> bool:
    """Two capitalised names that read alike: Erzerum/Erzurum, Батум/Batum."""
    if len(a) < 4 or len(b) < 4 or not (a[:1].isupper() and b[:1].isupper()):
        return False
    if a.isupper() or b.isupper() or roman_value(a) or roman_value(b):
        return False
    if name_skeleton(a) != name_skeleton(b) or _plural_of(a, b) or _plural_of(b, a):
        return False
    la, lb = latin_form(a), latin_form(b)
    return edit_distance(la, lb) <= max(1, min(len(la), len(lb)) // 4)
