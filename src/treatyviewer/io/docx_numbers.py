"""List numbers as Word prints them in each of its number formats (``w:numFmt``)."""

from __future__ import annotations

from ..core.numerals import to_roman

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINAL_WORDS = {
    "one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
    "nine": "ninth", "twelve": "twelfth",
}  # fmt: skip
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
"""The letters Word counts Russian lists with (no ё, й, ъ, ы, ь)."""
_CJK_DIGITS = "〇一二三四五六七八九"
_ZERO_GAP = "零"
"""Read where a counted number skips a unit (一百零五: 105)."""
_CJK_UNITS = ((1000, "千"), (100, "百"), (10, "十"))
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"


def _repeated(value: int, alphabet: str) -> str:
    """Word's letter count: a … z, then aa … zz, then aaa …"""
    size = len(alphabet)
    return alphabet[(value - 1) % size] * ((value - 1) // size + 1)


def _words(value: int) -> str:
    if value < 20:
        return _ONES[value]
    tens, ones = divmod(value, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def _ordinal_words(value: int) -> str:
    cardinal = _words(value)
    head, _, last = cardinal.rpartition("-")
    if last in _ORDINAL_WORDS:
        last = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _cjk_counting(value: int) -> str:
    """一, 十, 十一, 二十一, 一百零五 … (up to 9,999; larger numbers in digits)."""
    if value >= 10_000:
        return str(value)
    if value == 0:
        return _CJK_DIGITS[0]
    out, rest, gap = [], value, False
    for unit, sign in _CJK_UNITS:
        count, rest = divmod(rest, unit)
        if count:
            if gap:
                out.append(_ZERO_GAP)
            if not (unit == 10 and count == 1 and not out):
                out.append(_CJK_DIGITS[count])
            out.append(sign)
            gap = False
        elif out:
            gap = True
    if rest:
        if gap:
            out.append(_ZERO_GAP)
        out.append(_CJK_DIGITS[rest])
    return "".join(out)


def _enclosed(value: int, first: int, fallback: str) -> str:
    """A number printed as one enclosed sign (⑴, ①, ⒈): Unicode has them up to 20."""
    return chr(first + value - 1) if 1 <= value <= 20 else fallback


def format_number(value: int, fmt: str) -> str:
    """``value`` as Word prints it in format ``fmt``; unknown formats in digits."""
    match fmt:
        case "upperRoman":
            return to_roman(value)
        case "lowerRoman":
            return to_roman(value).lower()
        case "upperLetter":
            return _repeated(value, "abcdefghijklmnopqrstuvwxyz").upper()
        case "lowerLetter":
            return _repeated(value, "abcdefghijklmnopqrstuvwxyz")
        case "russianLower":
            return _repeated(value, _RUSSIAN)
        case "russianUpper":
            return _repeated(value, _RUSSIAN).upper()
        case "decimalZero":
            return f"{value:02d}"
        case "ordinal":
            return _ordinal(value)
        case "cardinalText":
            return _words(value).capitalize() if value < 100 else str(value)
        case "ordinalText":
            return _ordinal_words(value).capitalize() if value < 100 else _ordinal(value)
        case "decimalFullWidth" | "decimalFullWidth2":
            return "".join(chr(0xFF10 + int(d)) for d in str(value))
        case (
            "chineseCounting"
            | "chineseCountingThousand"
            | "japaneseCounting"
            | "taiwaneseCounting"
            | "taiwaneseCountingThousand"
            | "koreanCounting"
        ):
            return _cjk_counting(value)
        case "ideographDigital" | "japaneseDigitalTenThousand" | "taiwaneseDigital":
            return "".join(_CJK_DIGITS[int(d)] for d in str(value))
        case "ideographTraditional":
            return _HEAVENLY_STEMS[value - 1] if 1 <= value <= 10 else str(value)
        case "decimalEnclosedParen":
            return _enclosed(value, 0x2474, f"({value})")
        case "decimalEnclosedCircle" | "decimalEnclosedCircleChinese":
            return _enclosed(value, 0x2460, f"({value})")
        case "decimalEnclosedFullstop":
            return _enclosed(value, 0x2488, f"{value}.")
        case "bullet" | "none":
            return ""
    return str(value)
