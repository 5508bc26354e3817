"""Provisions that follow the articles under a name of their own.

A Spanish law ends with "Disposición adicional primera", "Disposición transitoria
única", "Disposición derogatoria", "Disposición final segunda": each is a unit
with its own text, numbered by an ordinal word within its kind, not an article.
Read as text of the last article, they make it look merged with whatever shares
them. Italian, French and Portuguese texts group such units under a plural title
("Disposizioni transitorie e finali", "Dispositions finales") that heads the
units below it as a chapter would. Japanese and Korean laws end with their
supplementary provisions ("附則", "부칙"), and every amending law adds another,
headed with its number and date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .headings import ANNEX_WORDS, alternation
from .numerals import NUMBER_WORD_PATTERN

PROVISION_WORDS = (
    "disposición", "disposicion", "disposició", "disposizione", "disposição", "disposicao",
    "disposition",
)  # fmt: skip
PROVISION_PLURALS = (
    "disposiciones", "disposicions", "disposizioni", "disposições", "disposicoes", "dispositions",
)  # fmt: skip
PROVISION_KINDS = (
    "adicional", "addicional", "additionnelle", "aggiuntiva", "transitoria", "transitòria",
    "transitória", "transitoire", "transitorie", "transitorias", "transitoires", "transitórias",
    "derogatoria", "derogatòria", "derogatorias", "abrogatoria", "abrogatorie", "final",
    "finale", "finali", "finales", "finals", "finais", "adicionales", "addicionals",
    "generales", "generali", "générales", "gerais", "comunes", "comuni", "communes",
)  # fmt: skip
_KIND = rf"(?i:{alternation(PROVISION_KINDS)})"
_SUPPLEMENTARY = r"附[ \t\u3000]*[則则]|부[ \t\u3000]*칙"
"""Supplementary provisions of a Japanese, Chinese or Korean law, often spaced out
("附　則", "부      칙") and indented with ideographic spaces ("　　　附　則")."""
_SUPPLEMENTARY_FIRST = "附부"
_TRANSITIONAL = (
    r"(?i:(?:ikraftträdande-[ \t]+och[ \t]+)?övergångsbestämmelser"
    r"|(?:ikrafttrædelses-[ \t]+og[ \t]+)?overgangsbestemmelser"
    r"|(?:voimaantulo-[ \t]+ja[ \t]+)?siirtymäsäännökset)"
)
"""The transitional provisions that close a Nordic law, under the number of each
amending act ("Övergångsbestämmelser" / "2021:447" / "Denna lag träder i kraft…")."""
_TRANSITIONAL_RE = re.compile(_TRANSITIONAL)
_TITLE = r"(?:[ \t]*[.:\-–—][^\n]{0,80})?"

PROVISION_RE = re.compile(
    rf"^[ \t\u3000]*(?:#{{1,6}}[ \t]+|\*\*|__)?(?P<word>(?i:{alternation(PROVISION_WORDS)})"
    rf"[ \t]+{_KIND}|{_SUPPLEMENTARY}|{_TRANSITIONAL})(?![^\W\d_])"
    rf"(?:[ \t]+(?P<des>(?i:única|unica|unique|{NUMBER_WORD_PATTERN})\b|\d{{1,3}}\b)"
    # The amending law that added supplementary provisions: "부칙 <제12345호, 2020. 1. 1.>".
    r"|[ \t\u3000]*(?P<law>[<〈（(][^\n]{1,60}[>〉）)]))?"
    r"(?P<punct>[ \t]*[.:)\-–—]+(?:\*\*|__)?|\*\*|__)?[ \t]*(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
"""A provision's heading: "Disposición adicional primera. Inventario inicial."."""

_TRANSITORIOS = (
    r"^[ \t]*(?:#{1,6}[ \t]+|\*\*|__)?(?i:(?:art[íi]culos?[ \t]+)?transitorios)(?:\*\*|__)?"
    r"(?:[ \t]+(?:de|del)[ \t]+[^\n.;]{1,70})?[ \t]*$"
)
TRANSITORIOS_RE = re.compile(_TRANSITORIOS, re.MULTILINE)
"""The title over a Mexican decree's transitional articles ("Transitorios", "Artículos
Transitorios de Decretos de Reforma (260)")."""
_PLURAL_RE = re.compile(
    rf"^[ \t]*(?:#{{1,6}}[ \t]+)?(?i:{alternation(PROVISION_PLURALS)})[ \t]+{_KIND}"
    rf"(?:[ \t]+(?i:y|e|et|i)[ \t]+{_KIND})?{_TITLE}[ \t]*$"
    # Mexican decrees end with their "Transitorios" ("Artículos Transitorios"), each
    # headed by an ordinal word alone ("Primero", "Único").
    rf"|{_TRANSITORIOS}"
)
_UNITS = "primero|segundo|tercero|cuarto|quinto|sexto|séptimo|septimo|octavo|noveno"
_SPANISH_ORDINAL = (
    rf"(?:décimo|decimo|vigésimo|vigesimo|trigésimo|trigesimo)(?:[ \t]+(?:{_UNITS}))?"
    rf"|{_UNITS}|undécimo|duodécimo|único|unico"
)
"""Up to "Trigésimo Noveno", as long decrees count their transitional articles."""
TRANSITIONAL_ORDINAL_RE = re.compile(
    rf"^[ \t]*(?:\*\*|__)?(?P<des>(?i:{_SPANISH_ORDINAL}))(?:\*\*|__)?"
    r"(?P<punct>[ \t]*(?:[.:\-–—]+(?:\*\*|__)?)?)[ \t]*(?P<rest>[^\n]*)$",
    re.MULTILINE,
)
"""A transitional article under "Transitorios", headed by its ordinal word alone
("**Primero**", "Segundo.-"), cited "Transitorio Primero"."""


_POINTED_WORDS = (
    "заключительные", "переходные", "прикінцеві", "перехідні", "заключныя", "пераходныя",
)  # fmt: skip
_POINTED_NOUNS = ("положения", "положення", "палажэнні")
_POINTED_TITLE_RE = re.compile(
    rf"(?i:{alternation(_POINTED_WORDS)})(?:[ \t]+(?i:и|і|та|й)[ \t]+"
    rf"(?i:{alternation(_POINTED_WORDS)}))?[ \t]+(?i:{alternation(_POINTED_NOUNS)})"
)
"""The title over the numbered points that close a constitution of the former Soviet
republics ("ПЕРЕХІДНІ ПОЛОЖЕННЯ", "Заключительные и переходные положения"): points
"1.", "2.", … that are no article's parts."""


def is_pointed_title(line: str) -> bool:
    """A line that titles such points, alone or after its division ("Раздел IX. …")."""
    line = " ".join(line.split()).strip(" .:")
    return _POINTED_TITLE_RE.fullmatch(line) is not None


def pointed_label(title: str, point: str) -> str:
    """A point of those provisions named as a reader cites it: "ПЕРЕХІДНІ ПОЛОЖЕННЯ 16-1"."""
    return f"{' '.join(title.split()).strip(' .:')} {point}"


def provision_label(match: re.Match[str]) -> str:
    """The provision as a reader cites it: "Disposición adicional primera", "附則"."""
    word = match["word"]
    if word[0] in _SUPPLEMENTARY_FIRST:
        word = "".join(word.split())  # "附　則" is cited "附則"
    return " ".join(f"{word} {match['des'] or match['law'] or ''}".split())


def is_supplementary(label: str) -> bool:
    """Whether a unit is a law's supplementary provisions ("附則", "부칙 <…>")."""
    return label[:1] in _SUPPLEMENTARY_FIRST and label[1:2] in ("則", "则", "칙")


def addenda_apart(old: Sequence[str], new: Sequence[str]) -> set[tuple[int, int]]:
    """The (old, new) index pairs of supplementary provisions that came with different
    amending laws ("부칙 <제5940호,1999.3.31>", "부칙 <제6467호,2001.4.7>"), where either
    text holds those of several laws: each law's are a unit of their own, and a law's
    new ones are added, not the last law's rewritten. A text with one law's alone (a
    new constitution's over the old one's) may pair them."""
    olds = [k for k, label in enumerate(old) if is_supplementary(label)]
    news = [k for k, label in enumerate(new) if is_supplementary(label)]
    if len(olds) < 2 and len(news) < 2:
        return set()
    return {(i, j) for i in olds for j in news if old[i] != new[j]}


def is_provisions_title(line: str) -> bool:
    """A line that heads a group of provisions ("Disposizioni transitorie e finali")."""
    return _PLURAL_RE.match(line) is not None


def names_itself(label: str) -> bool:
    """A unit's label that already says what the unit is ("PROTOCOL", "Disposición
    final primera"): it is shown as printed, never prefixed with "Annex"."""
    first = label.split(maxsplit=1)[0].casefold() if label.strip() else ""
    return (
        first in ANNEX_WORDS
        or first in PROVISION_WORDS
        or first == "transitorio"
        or is_supplementary(label)
        or _TRANSITIONAL_RE.match(label) is not None
        or _POINTED_TITLE_RE.match(label) is not None
        or is_back_matter(label)
    )


BACK_MATTER = frozenset(
    {
        "references", "normative references", "informative references", "bibliography",
        "acknowledgements", "acknowledgments", "acknowledgement", "acknowledgment",
        "contributors", "author's address", "authors' addresses", "authors' address",
        "editor's address", "editors' addresses", "full copyright statement",
        "copyright notice", "intellectual property", "intellectual property statement",
        "security considerations", "iana considerations", "working group information",
        "index",
    }
)  # fmt: skip
"""Titles of a standard's back matter, set unnumbered after its last section or
appendix: each heads a part of its own instead of running on in that appendix (but
not one that opens that appendix: "C. Notices" over "Intellectual Property")."""


def is_back_matter(label: str) -> bool:
    return _back_matter_key(label) in BACK_MATTER


def _back_matter_key(label: str) -> str:
    return label.replace("’", "'").casefold().strip(" .:")


_BACK_MATTER_ALIKE = {
    **dict.fromkeys(
        ("author's address", "authors' addresses", "authors' address", "editor's address",
         "editors' addresses"),
        "addresses",
    ),
    **dict.fromkeys(
        ("acknowledgements", "acknowledgments", "acknowledgement", "acknowledgment"),
        "acknowledgements",
    ),
    **dict.fromkeys(("references", "bibliography"), "references"),
}  # fmt: skip
"""Back-matter titles that name one part however a version words them: the editor of
one version of a standard is its author in the next ("7. Editor's Address", then
"Author's Address")."""


def back_matter_part(title: str) -> str | None:
    """The part of a standard's back matter that ``title`` names, where versions word
    it differently; else None."""
    return _BACK_MATTER_ALIKE.get(_back_matter_key(title))
