"""Article designators: roman and arabic numerals, ordinal and cardinal words."""

from __future__ import annotations

import re
import unicodedata

from .word_trie import trie_alternation

_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

_EN_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_EN_TENTHS = [
    "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth",
    "ninetieth",
]  # fmt: skip
_EN_CARDINALS = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_FR_ORDINALS = {"premier": 1, "première": 1, "unique": 1}
# Spanish, Italian and Portuguese ordinals (masculine and feminine) up to ten.
_ROMANCE_ORDINALS = [
    ("primero", "primera", "primo", "prima", "primeiro", "primeira"),
    ("segundo", "segunda", "secondo", "seconda"),
    ("tercero", "tercera", "terzo", "terza", "terceiro", "terceira"),
    ("cuarto", "cuarta", "quarto", "quarta"),
    ("quinto", "quinta"),
    ("sexto", "sexta", "sesto", "sesta"),
    ("séptimo", "séptima", "settimo", "settima", "sétimo", "sétima"),
    ("octavo", "octava", "ottavo", "ottava", "oitavo", "oitava"),
    ("noveno", "novena", "nono", "nona"),
    ("décimo", "décima", "decimo", "decima"),
]
# Beyond ten: the tens, with a unit after them ("Décimo Tercero", "decimotercero",
# "vigésimo primero", Portuguese "décimo primeiro"), and the words of their own.
_ROMANCE_TENS = {
    10: ("décimo", "décima", "decimo", "decima"),
    20: ("vigésimo", "vigésima", "vigesimo", "vigesima"),
    30: ("trigésimo", "trigésima", "trigesimo", "trigesima"),
    40: ("cuadragésimo", "cuadragésima", "quadragésimo", "quadragésima", "cuadragesimo",
         "cuadragesima"),
    50: ("quincuagésimo", "quincuagésima", "quinquagésimo", "quinquagésima"),
}  # fmt: skip
_ROMANCE_OWN = {
    "undécimo": 11, "undécima": 11, "undecimo": 11, "undecima": 11, "duodécimo": 12,
    "duodécima": 12, "duodecimo": 12, "duodecima": 12, "undicesimo": 11, "undicesima": 11,
    "dodicesimo": 12, "dodicesima": 12, "tredicesimo": 13, "tredicesima": 13,
    "quattordicesimo": 14, "quattordicesima": 14, "quindicesimo": 15, "quindicesima": 15,
    "sedicesimo": 16, "sedicesima": 16, "diciassettesimo": 17, "diciassettesima": 17,
    "diciottesimo": 18, "diciottesima": 18, "diciannovesimo": 19, "diciannovesima": 19,
    "ventesimo": 20, "ventesima": 20,
}  # fmt: skip
# Czech and Slovak ordinals, feminine (ČÁST PRVNÍ, HLAVA DRUHÁ) and masculine (DÍL DRUHÝ).
_CS_ORDINALS = [
    ("první", "prvá", "prvý"), ("druhá", "druhý"), ("třetí", "tretia", "tretí"),
    ("čtvrtá", "čtvrtý", "štvrtá", "štvrtý"), ("pátá", "pátý", "piata", "piaty"),
    ("šestá", "šestý", "šiesta", "šiesty"), ("sedmá", "sedmý", "siedma", "siedmy"),
    ("osmá", "osmý", "ôsma", "ôsmy"), ("devátá", "devátý", "deviata", "deviaty"),
    ("desátá", "desátý", "desiata", "desiaty"),
]  # fmt: skip
# Divisions numbered in words elsewhere, up to ten: Indonesian ("Bagian Kedua", "BAB
# KESATU"), Bulgarian ("Глава първа") and Persian ("فصل دوم").
_MORE_ORDINALS = [
    ("kesatu", "pertama", "първа", "първи", "اول", "یکم"), ("kedua", "втора", "втори", "دوم"),
    ("ketiga", "трета", "трети", "سوم"), ("keempat", "четвърта", "четвърти", "چهارم"),
    ("kelima", "пета", "пети", "پنجم"), ("keenam", "шеста", "шести", "ششم"),
    ("ketujuh", "седма", "седми", "هفتم"), ("kedelapan", "осма", "осми", "هشتم"),
    ("kesembilan", "девета", "девети", "نهم"), ("kesepuluh", "десета", "десети", "دهم"),
]  # fmt: skip
_SOLE = ("único", "única", "unico", "unica")
# Greek ordinals, neuter as "Άρθρο" is ("Άρθρο πρώτο", "Άρθρο δέκατο τρίτο"), accented
# as written in lower case and bare as capitals drop the accents ("ΑΡΘΡΟ ΠΡΩΤΟ").
_EL_UNITS = [
    "πρώτο", "δεύτερο", "τρίτο", "τέταρτο", "πέμπτο", "έκτο", "έβδομο", "όγδοο", "ένατο",
]  # fmt: skip
_EL_TENS = {"δέκατο": 10, "εικοστό": 20, "τριακοστό": 30, "τεσσαρακοστό": 40, "πεντηκοστό": 50}
_EL_SPECIAL = {"ενδέκατο": 11, "δωδέκατο": 12}
_RU_ORDINALS = [
    "первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая",
    "девятая", "десятая", "одиннадцатая", "двенадцатая", "тринадцатая", "четырнадцатая",
    "пятнадцатая", "шестнадцатая", "семнадцатая", "восемнадцатая", "девятнадцатая",
    "двадцатая",
]  # fmt: skip
# Arabic ordinals as articles are headed ("المادة الأولى"), up to ten.
_AR_ORDINALS = [
    "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة",
    "التاسعة", "العاشرة",
]  # fmt: skip
# The same in the masculine, as divisions are numbered ("الباب الأول").
_AR_MASCULINE = [
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
    "العاشر",
]  # fmt: skip
# Beyond ten, a unit before "عشرة" ("الحادية عشرة", 11) or before "و" and the tens
# ("الحادية والعشرون", 21); the tens alone ("العشرون").
_AR_COMPOUND_UNITS = ["الحادية", *_AR_ORDINALS[1:9]]
_AR_TENS = {
    "العشرون": 20, "الثلاثون": 30, "الأربعون": 40, "الاربعون": 40, "الخمسون": 50,
    "الستون": 60, "السبعون": 70, "الثمانون": 80, "التسعون": 90, "المائة": 100, "المئة": 100,
}  # fmt: skip
_TR_UNITS = [
    "birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı", "yedinci", "sekizinci",
    "dokuzuncu",
]  # fmt: skip
_TR_TENS = {"onuncu": 10, "yirminci": 20, "otuzuncu": 30}
_TR_TENS_PREFIX = {"on": 10, "yirmi": 20, "otuz": 30}


# German ordinals stand before the division's word ("Erster Titel", "Zweites Buch",
# "Dreiundzwanzigster Abschnitt"): their stems, to which "-e", "-er", "-es", "-en" are added.
_DE_UNITS = ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt"]
_DE_TEENS = [
    "zehnt", "elft", "zwölft", "dreizehnt", "vierzehnt", "fünfzehnt", "sechzehnt", "siebzehnt",
    "achtzehnt", "neunzehnt",
]  # fmt: skip
_DE_CARDINALS = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
_DE_TENS = {"zwanzigst": 20, "dreißigst": 30, "vierzigst": 40, "fünfzigst": 50}


def _german_ordinal_stems() -> dict[str, int]:
    table = {stem: i for i, stem in enumerate(_DE_UNITS, start=1)} | {"siebent": 7}
    table |= {stem: i for i, stem in enumerate(_DE_TEENS, start=10)}
    for stem, tens in _DE_TENS.items():
        table[stem] = tens
        table |= {f"{unit}und{stem}": tens + i for i, unit in enumerate(_DE_CARDINALS, start=1)}
    return table


GERMAN_ORDINAL_STEMS: dict[str, int] = _german_ordinal_stems()


# French ordinals stand before "partie" as codes number their widest parts ("Deuxième
# partie : La propriété industrielle"); capitals often drop the accent ("DEUXIEME PARTIE").
_FR_BEFORE = [
    ("premier", "première"), ("deuxième", "second", "seconde"), ("troisième",),
    ("quatrième",), ("cinquième",), ("sixième",), ("septième",), ("huitième",), ("neuvième",),
    ("dixième",), ("onzième",), ("douzième",), ("treizième",), ("quatorzième",),
    ("quinzième",), ("seizième",), ("dix-septième",), ("dix-huitième",), ("dix-neuvième",),
    ("vingtième",),
]  # fmt: skip


def _french_ordinals() -> dict[str, int]:
    table = {word: i for i, words in enumerate(_FR_BEFORE, start=1) for word in words}
    return table | {word.replace("è", "e"): i for word, i in table.items()}


FRENCH_ORDINALS: dict[str, int] = _french_ordinals()


_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-fold so that Turkish dotted and dotless i compare equal."""
    return _SPACES.sub(" ", text.casefold().replace("i\u0307", "i").replace("ı", "i"))


def _build_ordinals() -> dict[str, int]:
    table: dict[str, int] = {}
    for i, word in enumerate(_EN_ORDINALS, start=1):
        table[word] = i
    for i, word in enumerate(_RU_ORDINALS, start=1):
        table[word] = i
    table["четвёртая"] = 4
    for i, word in enumerate(_AR_ORDINALS, start=1):
        table[word] = i
    table["الاولى"] = 1  # often written without the hamza
    for i, word in enumerate(_AR_MASCULINE, start=1):
        table[word] = i
    table["الاول"] = 1
    table.update(_AR_TENS)
    for i, word in enumerate(_AR_COMPOUND_UNITS, start=1):
        table[f"{word} عشرة"] = 10 + i
        for ar_tens, value in _AR_TENS.items():
            if value < 100:
                table[f"{word} و{ar_tens}"] = value + i
    table.update(_FR_ORDINALS)
    for i, word in enumerate(_TR_UNITS, start=1):
        table[word] = i
    table.update(_TR_TENS)
    for prefix, tens in _TR_TENS_PREFIX.items():
        for i, word in enumerate(_TR_UNITS, start=1):
            table[f"{prefix} {word}"] = tens + i
            table[f"{prefix}{word}"] = tens + i
    for tens, (tenth, ten) in enumerate(zip(_EN_TENTHS, _EN_TENS, strict=True), start=2):
        table[tenth] = 10 * tens
        for i, word in enumerate(_EN_ORDINALS[:9], start=1):
            table[f"{ten}-{word}"] = table[f"{ten} {word}"] = 10 * tens + i
    for words_by_rank in (_ROMANCE_ORDINALS, _CS_ORDINALS, _MORE_ORDINALS):
        for i, words in enumerate(words_by_rank, start=1):
            table.update(dict.fromkeys(words, i))
    table.update(dict.fromkeys(_SOLE, 1))
    table.update(_ROMANCE_OWN)
    for tens, words in _ROMANCE_TENS.items():
        table.update(dict.fromkeys(words, tens))
        for ten in words:
            for i, units in enumerate(_ROMANCE_ORDINALS[:9], start=1):
                for unit in units:
                    table[f"{ten} {unit}"] = table[f"{ten}{unit}"] = tens + i
    for i, word in enumerate(_EL_UNITS, start=1):
        table[word] = i
        for tenth, tens in _EL_TENS.items():
            table[f"{tenth} {word}"] = tens + i
    table.update(_EL_TENS)
    table.update(_EL_SPECIAL)
    table |= {bare: v for k, v in table.items() if (bare := _bare(k)) != k}
    # Folded all at once (a separator no folding touches): a call for each of some
    # 2,500 words was most of the import's time, at every start.
    folded = fold("\x00".join(table)).split("\x00")
    return dict(zip(folded, table.values(), strict=True)) | table


_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _bare(word: str) -> str:
    """A Greek word without its accents, as capitals print it."""
    if not _GREEK.search(word):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _build_cardinals() -> dict[str, int]:
    """English numbers in words ("Article Twenty-One"), up to ninety-nine."""
    table = {word: i for i, word in enumerate(_EN_CARDINALS, start=1)}
    for tens, ten in enumerate(_EN_TENS, start=2):
        table[ten] = 10 * tens
        for i, word in enumerate(_EN_CARDINALS[:9], start=1):
            table[f"{ten}-{word}"] = table[f"{ten} {word}"] = 10 * tens + i
    return table


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """The words and their folded spellings ("altıncı", "altinci") as one pattern."""
    return trie_alternation({*words, *map(fold, words)})


def _number_word_pattern() -> str:
    """Every ordinal and cardinal word as one pattern, built from the parts of the
    compounds ("twenty" + "first"), not from the tables: a few hundred spelled-out
    compounds would make every heading pattern slow to compile."""
    en_tens = _alternation(_EN_TENS)
    units = _alternation([*_EN_ORDINALS[:9], *_EN_CARDINALS[:9]])
    tr_tens = _alternation(list(_TR_TENS_PREFIX))
    simple = [
        *_EN_ORDINALS, *_EN_TENTHS, *_EN_CARDINALS, *_EN_TENS, *_RU_ORDINALS, "четвёртая",
        *_FR_ORDINALS, *_TR_UNITS, *_TR_TENS,
        *(w for words in (*_ROMANCE_ORDINALS, *_CS_ORDINALS, *_MORE_ORDINALS) for w in words),
        *_SOLE, *_AR_ORDINALS, "الاولى", *_AR_MASCULINE, "الاول",
    ]  # fmt: skip
    romance_tens = _alternation([w for words in _ROMANCE_TENS.values() for w in words])
    romance_units = _alternation([w for words in _ROMANCE_ORDINALS[:9] for w in words])
    romance = rf"(?:{romance_tens})[ \t]?(?:{romance_units})(?![^\W\d_])"
    simple += [*_ROMANCE_OWN, *(w for words in _ROMANCE_TENS.values() for w in words)]
    ar_tens = _alternation(list(_AR_TENS))
    ar_compound = (
        rf"(?:{_alternation(_AR_COMPOUND_UNITS)})[ \t]+(?:عشرة|و(?:{ar_tens}))(?![^\W\d_])"
    )
    el_units = [*_EL_UNITS, *map(_bare, _EL_UNITS)]
    el_tens = [*_EL_TENS, *map(_bare, _EL_TENS)]
    el_single = [*el_units, *el_tens, *_EL_SPECIAL, *map(_bare, _EL_SPECIAL)]
    el_compound = rf"(?:{_alternation(el_tens)})[ \t]+(?:{_alternation(el_units)})(?![^\W\d_])"
    return (
        rf"(?:{en_tens})(?:-|\s+)(?:{units})|(?:{tr_tens})\s*(?:{_alternation(_TR_UNITS)})"
        f"|{romance}|{ar_compound}|{ar_tens}|{el_compound}|{_alternation([*simple, *el_single])}"
    )


ORDINALS: dict[str, int] = _build_ordinals()
CARDINALS: dict[str, int] = _build_cardinals()
# What may follow a heading word: an ordinal ("Article First") or a cardinal
# ("ARTICLE ONE"); before the word ("FIRST ARTICLE") only an ordinal is read.
NUMBER_WORD_PATTERN = _number_word_pattern()


def roman_value(text: str) -> int | None:
    upper = text.upper()
    if not upper or not _ROMAN_RE.match(upper):
        return None
    total = 0
    for ch, nxt in zip(upper, upper[1:] + " ", strict=True):
        value = _ROMAN_VALUES[ch]
        total += -value if nxt != " " and _ROMAN_VALUES[nxt] > value else value
    return total


def to_roman(value: int) -> str:
    parts = []
    for number, letters in (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ):  # fmt: skip
        while value >= number:
            parts.append(letters)
            value -= number
    return "".join(parts)


CJK_DIGITS = "〇零一二两三四五六七八九十百千"
_CJK_VALUES = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}


def cjk_value(text: str) -> int | None:
    """Value of a number in Chinese or Japanese characters ("十二" 12, "一百零五" 105)."""
    if not text or any(ch not in CJK_DIGITS for ch in text):
        return None
    total = digit = 0
    for ch in text:
        if ch in _CJK_UNITS:
            total += (digit or 1) * _CJK_UNITS[ch]
            digit = 0
        else:
            digit = _CJK_VALUES[ch]
    return total + digit


def designator_value(text: str) -> int | None:
    """Numeric value of an article designator: "4", "IV", "First", "Birinci"."""
    text = text.strip().rstrip(".")
    if text.isdecimal():
        return int(text)
    roman = roman_value(text)
    if roman is not None:
        return roman
    key = fold(text)
    return ORDINALS.get(key, CARDINALS.get(key)) or cjk_value(text)
