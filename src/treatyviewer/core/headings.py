"""The words that head a unit of a legal text, in every language we read.

One vocabulary for the segmenter, the structure finder, the cross-reference
finder and the file readers (a PDF reader must know which lines open a block), so
that a word added here is understood everywhere at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial

from .word_trie import trie_alternation

# Words that head an article (the unit of a treaty).
ARTICLE_WORDS: tuple[str, ...] = (
    "article", "art.", "art", "статья", "ст.", "madde", "artikel", "artículo", "articulo", "articolo",
    "artigo", "artykuł", "artikkel", "článek", "článok", "članak", "član", "člen", "articolul", "άρθρο", "αρθρο",
    "المادة", "مادة", "стаття", "член", "члан", "artikull", "artikolu", "airteagal", "artikulu", "pasal",
    "điều", "ماده", "סעיף", "čl.", "чл.", "perkara", "artikulo", "neni", "maddə", "հոդված", "მუხლი",
    "अनुच्छेद", "มาตรา", "ibara ya",
    *(
        # As a scan's text recognition misreads them: "l", "1" or "I" for "i" or "l",
        # "d" for "cl", "c" for "e"; a Latin "C" in a Cyrillic word, "ъ" for "ь".
        "artlcle", "art1cle", "artic1e", "articie", "artide", "articlc",
        "artlkel", "art1kel", "artike1", "artikei", "artikcl", "artikfl", "статъя",
    ),
)  # fmt: skip


_LATIN_LOOKALIKES = {
    "с": "c", "а": "a", "е": "e", "о": "o", "р": "p", "х": "x", "т": "t",  # Cyrillic
    "ο": "o", "ρ": "p", "α": "a",  # Greek
}  # fmt: skip
"""Cyrillic and Greek letters and the Latin ones text recognition puts for them
("Cтaтья", "CTATЬЯ": the capitals look the same, so a scan's reader takes either). The
Greek gazette's own PDFs print "Άρθρo" with a Latin "o" in most of their headings."""


def _mixed_scripts(word: str) -> list[str]:
    """``word`` with each of its letters that has a Latin twin written either way."""
    forms = [""]
    for ch in word:
        forms = [f + c for f in forms for c in (ch, _LATIN_LOOKALIKES.get(ch, ch)) if c]
        forms = list(dict.fromkeys(forms))
    return forms[1:]  # (the first is the word itself)


ARTICLE_WORDS += tuple(
    f for word in ("статья", "стаття", "άρθρο", "αρθρο") for f in _mixed_scripts(word)
)
# Words that follow the article's number ("1 artikla", "1. cikk", "1 straipsnis", "1. pants",
# Swedish "1 §", Slovene "1. člen", Basque "1. artikulua", Icelandic "1. gr.").
ARTICLE_AFTER_WORDS = ("artikla", "cikk", "straipsnis", "pants", "§", "člen", "artikulua", "gr.")
# Words that head an annex; they are units of their own after the articles.
ANNEX_WORDS = (
    "annex", "annexe", "appendix", "schedule", "exhibit", "приложение", "ek", "zeyl",
    "protocol", "protocole", "протокол", "addendum", "annexure", "attachment", "anhang",
    "anlage", "anexo", "allegato", "bijlage", "załącznik",
    # protocols and annexes as more languages head them
    "protokoll", "protokol", "protocolo", "protocollo", "protokół", "πρωτόκολλο",
    "anexa", "liite", "bilaga", "příloha", "príloha", "melléklet", "pielikums", "priedas",
    "παράρτημα", "додаток",
)  # fmt: skip
# An annex or schedule as Chinese, Japanese and Korean texts head it, the number right
# after the word: "附件一：服务水平", "附表2", "別表第一", "[별표 1]".
CJK_ANNEX_WORDS = ("附件", "附录", "附錄", "附表", "附属書", "別表", "별표", "부록")
CJK_ANNEX_WORD = "|".join(CJK_ANNEX_WORDS)
# The same, heading several annexes at once ("Appendices I, II and III").
ANNEX_PLURALS = (
    "annexes", "appendices", "schedules", "exhibits", "attachments", "annexures", "protocols",
    "приложения", "anlagen", "anexos", "allegati", "bijlagen", "załączniki",
)  # fmt: skip
# The words that join the last of several numbers listed ("I, II and III").
LIST_JOINERS = ("and", "et", "und", "и", "y", "ve")
# Latin suffixes of an article inserted between two others ("12 bis", "3-quater"), as
# Italy, France, Belgium and Spain number them.
LATIN_SUFFIXES = (
    "bis", "ter", "quater", "quinquies", "sexies", "septies", "octies", "novies", "nonies",
    "decies",
)  # fmt: skip
# Arabic laws insert "المادة 5 مكرراً" (bis), with or without its ending.
ARABIC_BIS = r"م[كک]رر(?:اً|ا|ًا)?(?:[ \t]+[\d٠-٩۰-۹]{1,2}|[ \t]*\([\u0621-\u064a]\))?(?![^\W\d_])"
"""Persian laws write it with their own kaf, and number a second one ("ماده ۶ مکرر ۲");
Egyptian ones letter the next ("المادة (5) مكرراً (أ)")."""
# Words that head a unit in other kinds of legal text (licences, contracts, codes).
UNIT_WORDS = (
    "section", "sec.", "§§", "§", "clause", "rule", "regulation", "статья", "madde", "amendment",
    # a contract's clauses in Spanish, Portuguese, Italian, German and Polish
    "cláusula", "clausula", "clausola", "klausel", "klauzula",
)  # fmt: skip
# Divisions above the units, from the widest down. "Section" is a division only
# where articles sit below it (French codes: Chapitre > Section > Article).
DIVISION_RANKS: dict[str, int] = {
    "book": 0, "livre": 0, "книга": 0, "libro": 0, "buch": 0,
    # a book printed in volumes, its chapters counted again in each
    "volume": 0, "vol": 0, "tome": 0, "том": 0, "cilt": 0,
    "part": 1, "partie": 1, "часть": 1, "kısım": 1, "kisim": 1, "parte": 1, "teil": 1,
    "title": 2, "titre": 2, "раздел": 2, "розділ": 2, "título": 2, "titolo": 2, "titel": 2,
    "chapter": 3, "chapitre": 3, "глава": 3, "bölüm": 3, "bolum": 3, "capítulo": 3,
    "capitolo": 3, "kapitel": 3, "hoofdstuk": 3, "rozdział": 3,
    "subchapter": 4, "sous-titre": 4, "abschnitt": 4, "sección": 4, "sezione": 4, "secção": 4,
    "unterabschnitt": 5, "sous-section": 5,
    # French codes: Livre > Titre > Chapitre > Section > Sous-section > Paragraphe > Article
    "paragraphe": 6,
    "seção": 4,
    # Czech and Slovak: ČÁST > HLAVA > DÍL > ODDÍL; Polish DZIAŁ above Rozdział.
    "část": 1, "časť": 1, "dział": 1, "hlava": 2, "díl": 3, "diel": 3, "oddíl": 4, "oddiel": 4,
    # Arabic: الباب (part) > الفصل (chapter) > القسم (section).
    "الباب": 1, "الفصل": 3, "القسم": 4,
    # Vietnamese Phần > Chương > Mục; Indonesian BAB > Bagian; Romanian Titlul >
    # Capitolul > Secțiunea; Thai หมวด; Persian بخش > فصل.
    "phần": 1, "chương": 3, "mục": 4, "bab": 3, "bagian": 4, "titlul": 2, "capitolul": 3,
    "secțiunea": 4, "secţiunea": 4, "หมวด": 3, "บรรพ": 0, "بخش": 1, "فصل": 3,
}  # fmt: skip
# Divisions whose number comes first ("I. FEJEZET", "2 kap.", "3 luku"), as Hungarian,
# Swedish, Finnish, Estonian, Lithuanian and Latvian laws print them.
DIVISION_AFTER_RANKS: dict[str, int] = {
    "rész": 1, "osa": 1, "dalis": 1, "daļa": 1,
    "fejezet": 3, "kap.": 3, "kapitlet": 3, "luku": 3, "peatükk": 3, "skyrius": 3, "nodaļa": 3,
    "jagu": 4, "skirsnis": 4,  # Estonian and Lithuanian divisions of a chapter
}  # fmt: skip
DIVISION_AFTER_WORD = rf"(?i:{trie_alternation(list(DIVISION_AFTER_RANKS))})"
# Swiss federal law numbers its German divisions before the word, a title after a colon
# ("1. Kapitel: Der Bundesrat", "2a. Abschnitt: …"); the colon (or nothing after the
# word) tells it from a list's point opening a sentence ("1. Teil der Vergütung ist …").
SWISS_DIVISION = (
    r"(?P<num>\d{1,3}[a-z]?)\.[ \t]+(?P<word>Buch|Teil|Titel|Abschnitt|Unterabschnitt|Kapitel)"
    r"(?P<punct>:|$)"
)
# Words that head a numbered paragraph or point inside a unit.
POINT_WORDS = ("paragraph", "para.", "пункт", "п.", "fıkra", "fikra", "bent", "alinéa", "point")
# Words of a signature block (the closing part after the last article).
CLOSING_WORDS = (
    "in witness whereof", "in faith whereof", "done at", "done in", "done and signed",
    "signed at", "signed in", "made at", "drawn up", "initialled", "fait à", "en foi de quoi",
    "совершено", "составлено", "составлен в", "совершен в", "в удостоверение", "в засвидетельствование", "подписано",
    "парафировано", "işbu", "tanzim", "imza", "geschehen zu", "geschehen in",
    "zu urkund dessen", "en fe de lo cual", "en testimonio de lo cual", "hecho en", "firmado en",
    "y en prueba de conformidad", "en prueba de conformidad",
    "in fede di che", "fatto a", "em fé do que", "em testemunho do que", "feito em", "ten blijke waarvan",
    "gedaan te", "na dowód czego", "sporządzono w", "dado en", "data a",
    "la présente loi sera exécutée", "promulguons la présente loi", "donné à",
    "kondigen deze wet af", "gegeven te", "das vorstehende gesetz wird hiermit",
    "la presente legge, munita del sigillo", "президент российской федерации", "москва, кремль",
    "prezydent rzeczypospolitej polskiej", "президент україни",
    # Arabic "done at", "in witness whereof"; Hebrew the same; Japanese "in witness whereof".
    "حرر في", "حررت في", "حرّر في", "إثباتا لذلك", "وإثباتا لذلك", "נעשה", "ולראיה",
    "以上の証拠として",
)  # fmt: skip


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of words, longest first so "annexe" wins over "annex"
    (use it under (?i:…): letters that differ only in case share a branch)."""
    return trie_alternation(words)


ARTICLE_WORD = rf"(?i:{alternation(ARTICLE_WORDS)})"
ARTICLE_AFTER_WORD = rf"(?i:{alternation(ARTICLE_AFTER_WORDS)})"
ANNEX_WORD = rf"(?i:{alternation(ANNEX_WORDS)})"
DIVISION_WORD = rf"(?i:{alternation(list(DIVISION_RANKS))})"
HEADING_WORD = rf"(?i:{alternation(ARTICLE_WORDS + ANNEX_WORDS + UNIT_WORDS)})"
CLOSING_WORD = rf"(?i:{alternation(CLOSING_WORDS)})"


def _on_first_use(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """The pattern, compiled when it is first asked for."""
    return cache(partial(re.compile, pattern, flags))


# The patterns of lines laid out in pages are compiled when a text in pages is first
# read, not at import: only such a text (a PDF, a text saved from one) asks for them,
# and each takes milliseconds to compile.
block_start_re = _on_first_use(
    rf"^\s*(?:(?:{ARTICLE_WORD}|{ANNEX_WORD})(?![^\W\d_])|(?i:{alternation(UNIT_WORDS)})\s*\d"
    r"|[IVXLC]{1,6}\.?\s*$|\d{1,3}(?:\.\d{1,3})*[.)]\s|\(?[a-zа-я][)]\s|[-•–—*▪◦]\s)",
    re.IGNORECASE,
)
"""A line that opens a block of its own in a text laid out in lines (PDF, plain
text): a heading word, a lone roman numeral, a numbered point or a bullet."""
division_line_re = _on_first_use(
    rf"^\s*(?:{DIVISION_WORD}|(?i:section)|{ANNEX_WORD})\s+"
    r"(?:[IVXLC]{1,6}|\d{1,3}|[a-zа-яçğıöşü]+)\.?\s*$",
    re.IGNORECASE,
)
"""A division heading standing alone on a line ("Chapter I", "Part II", "Глава 3")."""
division_titled_re = _on_first_use(
    rf"^\s*(?:{DIVISION_WORD})\s+(?:[IVXLC]{{1,6}}|\d{{1,3}})\.?\s*[-–—:.]\s*\S[^\n]{{0,80}}$",
    re.IGNORECASE,
)
"""A division heading with its title on its line ("CHAPTER 1 - PRESIDENT", "Part II: Scope")."""
NOTE = r"[ \t]*<[^<>\n]{1,200}>"
"""Where a consolidated text's heading came from, after it ("<inséré par L 2005-07-27/32>")."""
heading_word_re = _on_first_use(rf"^\s*(?:{HEADING_WORD})(?![^\W\d_])")
"""A line that starts with a heading word (never page furniture, never a wrapped line)."""


def division_rank(word: str) -> int | None:
    """Rank of a division word (0 widest), or None when the word heads no division."""
    low = word.casefold()
    return DIVISION_RANKS.get(low.rstrip("."), DIVISION_AFTER_RANKS.get(low))
