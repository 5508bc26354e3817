"""Figures: numbers, dates, amounts, periods and measurements, in English, Russian,
Turkish, French, German and Spanish. A change whose words are all of these is a ``figure`` change,
listed apart because readers look for figures first."""

from __future__ import annotations

import re
from functools import lru_cache

from .word_chars import GROUPED_NUMBER, NUMERIC_DATE

_NUMBER_WORDS = frozenset(
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "thousand", "million", "half", "quarter", "twice", "dozen", "first", "second", "third",
        "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
        "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "thousandth",
        "un", "une", "deux", "trois", "quatre", "cinq", "sept", "huit", "neuf", "dix", "vingt",
        "onze", "douze", "treize", "quatorze", "quinze", "seize", "quarante", "cinquante",
        "soixante", "trente", "cent", "cents", "mille", "millions", "milliard", "milliards",
        "premier", "première", "deuxième", "troisième", "quatrième", "cinquième", "sixième",
        "septième", "huitième", "neuvième", "dixième", "moitié", "tiers", "quart",
        "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz",
        "dokuz", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan", "yüz",
        "bin", "milyon", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
        "zehn", "elf", "zwölf", "sechzehn", "siebzehn", "zwanzig", "sechzig", "siebzig",
        "dreißig", "vierzig", "fünfzig", "hundert", "tausend",
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "veinte",
        "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
        "diecinueve", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta",
        "noventa", "cien", "ciento", "doscientos", "quinientos", "mil", "millones"
    }
)  # fmt: skip

# Russian numerals, months and units inflect; whole-word patterns keep look-alikes out.
# German writes a number as one word: "fünfzigtausend", "zweihundertfünfzig".
_DE_NUMBER = re.compile(
    r"(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig"
    r"|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und){2,}"
)
_RU_NUMBER = re.compile(
    r"(?:од(?:ин|на|но|ни|ного|ному|ним|ной|ну)|дв(?:а|е|ух|ум|умя|ое)|тр(?:и|ех|ём|ем|ёх|ое)"
    r"|трет(?:ий|ья|ье|ьего|ьей|ьему|ью|ьи|и|ь)|тридцат\w{0,3}|трист\w{0,2}|трехсот\w{0,3}"
    r"|четыр\w{0,10}|четв[её]рт\w{0,3}|пят(?:ь|и|ью|ый|ая|ое|ого|ом|ому|ую|ые|ых)"
    r"|шест(?:ь|и|ью|ой|ая|ое|ого|ом|ую|ые|ых)|сем(?:ь|и|ью)|седьм\w{0,3}|вос(?:емь|ьми|ьмой)"
    r"|девят\w{0,8}|десят\w{0,3}|двадцат\w{0,3}|сорок\w?|девяност\w{0,3}|сто|ста|сот\w{0,3}"
    r"|двест\w{0,2}|тысяч\w{0,4}|миллион\w{0,3}|полтор\w{1,2}|половин\w{1,2}"
    r"|(?:пят|шест|сем|восем|девят)(?:надцат|ьдесят|идесят|исот|ьсот)\w{0,3}"
    r"|перв(?:ый|ая|ое|ого|ому|ым|ом|ую|ые|ых)|втор(?:ой|ая|ое|ого|ому|ым|ом|ую|ые|ых))"
)
_RU_MONTH = re.compile(
    r"(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)(?:ь|я|е|ем|ю)"
    r"|(?:март|август)(?:а|е|ом|у)?|ма(?:й|я|е|ем|ю)"
)
_RU_UNIT = re.compile(
    r"дн(?:я|ей|ям|ях|ями|и)|день|сут(?:ки|ок)|недел(?:я|и|ю|ь|ей|ям|ях)"
    r"|месяц(?:а|ев|ам|ах|е|ем|ы)?|год(?:а|у|ом|ов|ам|ах|ы)?|лет|верст(?:а|ы|у|ой|ам|ах)?"
    r"|километр\w{0,3}|рубл(?:ь|я|ей|ям|ях|ю|ем|и)|лир\w{0,2}|процент\w{0,3}|час(?:а|ов|ам|ах)?"
)
_MONTHS: frozenset[str] = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre", "ocak", "şubat", "mart",
        "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "setiembre", "octubre", "noviembre", "diciembre", "januar", "februar", "märz", "juni",
        "juli", "oktober", "dezember", "gennaio", "febbraio", "aprile", "maggio", "giugno",
        "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio",
        "junho", "julho", "setembro", "outubro", "dezembro"
    }
)  # fmt: skip
MONTH_WORDS = _MONTHS
YEAR_RE = re.compile(r"(?<!\d)((?:1[5-9]|20)\d\d)(?!\d)")
"""A year a text or its file's name gives ("Vom 4. Mai 2021", "ley-1998.txt")."""
_LOWER_CASE_WORDS = frozenset({"may", "march"})
_UNITS = frozenset(
    {
        "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "mile",
        "miles", "verst", "versts", "kilometre", "kilometres", "kilometer", "kilometers", "metre",
        "metres", "meter", "meters", "rouble", "roubles", "ruble", "rubles", "lira", "liras",
        "pound", "pounds", "franc", "francs", "gold", "per", "cent", "percent", "jour", "jours",
        "mois", "ans", "année", "années", "gün", "hafta", "ay", "yıl", "sene", "kuruş"
    }
)  # fmt: skip
_FIGURE_SIGNS = frozenset("%‰$£€₽№")
_GROUPED = re.compile(GROUPED_NUMBER)
_DATE = re.compile(NUMERIC_DATE)


@lru_cache(maxsize=65536)
def is_number(token: str) -> bool:
    """Digits, a number word or a month: the tokens that make a passage a figure."""
    if token.isnumeric() or token in _FIGURE_SIGNS:  # "20", "二十", "½"
        return True
    if token[:1].isdigit() and (_GROUPED.fullmatch(token) or _DATE.fullmatch(token)):
        return True  # "250.000", "1,500,000", "6.12.2011"
    low = token.casefold()
    if low in _NUMBER_WORDS or _DE_NUMBER.fullmatch(low):
        return True
    if low in _MONTHS:
        # "may" and "march" are English words too; as months they take a capital.
        return low not in _LOWER_CASE_WORDS or token[:1].isupper()
    # "3rd", "5-го", and Korean figures with their counter: "1년", "6개월", "100만원".
    if re.fullmatch(r"\d+(?:st|nd|rd|th|-?[а-я]{1,3}|[가-힣]{1,4})", low):
        return True
    return bool(_RU_NUMBER.fullmatch(low) or _RU_MONTH.fullmatch(low))


@lru_cache(maxsize=65536)
def is_unit(token: str) -> bool:
    low = token.casefold()
    if low in _UNITS:
        return True
    return bool(_RU_UNIT.fullmatch(low))


def is_figure_token(token: str) -> bool:
    return is_number(token) or is_unit(token)
