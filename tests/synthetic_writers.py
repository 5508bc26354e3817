"""Vocabularies that synthetic treaties are written in, from easy to hard.

A writer makes sentences and edits them. The diverse writer draws from thousands
of invented words, so unrelated articles share little; the formulaic writers
assemble every sentence from the same few dozen parties, verbs, actions and
places, as real treaties do, so unrelated articles share most of their words and
only the combinations tell them apart.
"""

from __future__ import annotations

import random

from treatyviewer.core.numerals import to_roman

BOILERPLATE = [
    "The High Contracting Parties agree that",
    "Subject to the provisions of the present Treaty,",
    "Each of the two Parties undertakes that",
    "For the purposes of this Article,",
]
_SYLLABLES = [
    "ka",
    "ra",
    "ta",
    "ba",
    "sa",
    "mo",
    "lo",
    "ne",
    "ti",
    "ar",
    "an",
    "el",
    "is",
    "or",
    "un",
    "de",
    "ve",
    "gu",
    "ri",
    "so",
    "pa",
    "la",
    "me",
    "zo",
    "na",
]
_COMMON = [
    "the",
    "of",
    "and",
    "to",
    "in",
    "a",
    "that",
    "shall",
    "be",
    "by",
    "or",
    "any",
    "for",
    "with",
    "as",
    "on",
    "its",
    "their",
    "such",
    "from",
    "all",
    "which",
    "this",
    "party",
    "parties",
    "state",
    "states",
    "territory",
    "government",
    "treaty",
    "article",
    "present",
    "right",
    "rights",
    "other",
    "under",
    "between",
    "both",
    "each",
    "agree",
    "agrees",
    "undertake",
    "undertakes",
]


def invented_words(rng: random.Random, size: int, syllables: list[str]) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return sorted(words)


class Writer:
    """Diverse vocabulary: a Zipf draw from invented words among common ones."""

    heading = "Article"

    def __init__(self, rng: random.Random, vocabulary: int = 4000) -> None:
        self.rng = rng
        self.vocab = invented_words(rng, vocabulary, _SYLLABLES)

    def heading_of(self, k: int, roman: bool) -> tuple[str, str]:
        """The heading line of the ``k``-th article and the label it is read as."""
        label = to_roman(k) if roman else str(k)
        return f"{self.heading} {label}", label

    def body(self, sentences: list[str]) -> str:
        return " ".join(sentences)

    def word(self) -> str:
        if self.rng.random() < 0.35:
            return self.rng.choice(_COMMON)
        return self.vocab[int(len(self.vocab) * (self.rng.random() ** 2.2))]

    def sentence(self) -> str:
        words = [self.word() for _ in range(self.rng.randint(10, 24))]
        lead = self.rng.choice(BOILERPLATE) + " " if self.rng.random() < 0.3 else ""
        text = lead + " ".join(words)
        return text[0].upper() + text[1:] + "."

    def article(self, words: int) -> list[str]:
        out: list[str] = []
        while sum(len(s.split()) for s in out) < words:
            out.append(self.sentence())
        return out

    def added(self, words: int) -> list[str]:
        """An article the later text puts in (by default written as any other)."""
        return self.article(words)

    def replacement(self, word: str) -> str:
        return self.word()

    def kept(self, word: str) -> bool:
        """Whether edits leave this word alone."""
        return False

    def edit(self, sentences: list[str], rate: float) -> list[str]:
        """Replace, insert or delete about ``rate`` of the words."""
        out = []
        for s in sentences:
            new: list[str] = []
            for w in s.rstrip(".").split():
                r = self.rng.random()
                if self.kept(w):
                    new.append(w)
                elif r < rate / 3:
                    new.append(self.replacement(w))
                elif r < 2 * rate / 3:
                    continue
                elif r < rate:
                    new.extend([w, self.word()])
                else:
                    new.append(w)
            if new:
                out.append(" ".join(new) + ".")
        return out or [self.sentence()]


_PARTIES = [
    "the High Contracting Parties", "the Contracting Parties", "each of the two Parties",
    "the Government of the Republic", "the Government of the Grand National Assembly",
    "the Soviet Government", "the Ottoman Government", "the Mixed Commission",
    "the Frontier Commission", "the Allied Powers", "the neighbouring States",
    "the local authorities", "the consular officers", "the military command",
    "the Transcaucasian Republics", "the Government of Georgia",
    "the Government of Armenia", "the Government of Azerbaijan", "the signatory States",
    "the competent ministries",
]  # fmt: skip
_VERBS = [
    "shall ensure", "undertakes to guarantee", "agrees to recognise", "shall establish",
    "undertakes to withdraw", "shall regulate", "agrees to restore", "shall not permit",
    "undertakes to facilitate", "shall determine", "agrees to transfer", "shall maintain",
    "undertakes to respect", "shall settle", "agrees to abolish", "shall protect",
    "undertakes to return", "shall examine", "agrees to grant", "shall supervise",
]  # fmt: skip
_OBJECTS = [
    "the free transit of goods", "the return of prisoners of war", "the frontier line",
    "the rights of national minorities", "the use of the port", "the movement of troops",
    "the payment of customs duties", "the exchange of refugees", "the railway traffic",
    "the telegraph communications", "the property of religious communities",
    "the status of the Straits", "the navigation of merchant ships", "the fishing rights",
    "the administration of the district", "the demarcation of the boundary",
    "the settlement of claims", "the protection of archives", "the grazing of cattle",
    "the use of the waters", "the payment of pensions", "the free choice of nationality",
    "the evacuation of the region", "the supply of grain", "the right of asylum",
    "the powers of the consuls", "the exemption from military service",
    "the inheritance of property", "the schools and hospitals", "the postal service",
    "the debts of the former Empire", "the repatriation of civilians",
    "the security of the capital", "the disarmament of irregular bands",
    "the transit of pilgrims", "the exploitation of the mines", "the forests and pastures",
    "the salt works", "the oil pipelines", "the lighthouses and buoys",
]  # fmt: skip
_PLACES = [
    "Kars", "Ardahan", "Batum", "Artvin", "Nakhichevan", "Sharur", "Erivan", "Alexandropol",
    "Tiflis", "Baku", "Trebizond", "Erzurum", "Sarıkamış", "Kagyzman", "Olty", "Julfa",
    "Ordubad", "Surmalu", "Igdir", "Akhaltsikhe", "Akhalkalaki", "Poti", "Sukhum",
    "Lake Van", "the Araxes valley", "the Arpa-Chai", "the Lower Kara-Su", "Mount Ararat",
    "the Black Sea coast", "the Chorokh valley", "Kulp", "Tuzluca", "Novo-Bayazet",
    "Sinop", "Angora", "Kastamonu", "Samsun", "Odessa", "Novorossiysk", "Tuapse",
]  # fmt: skip
_CONDITIONS = [
    "within three months of the signature of this Treaty",
    "subject to the ratification of this Treaty", "on condition of reciprocity",
    "in accordance with the annexes to this Treaty", "without any delay",
    "under the supervision of the Mixed Commission", "as soon as circumstances permit",
    "by common agreement", "in the manner laid down in this Article",
    "save as otherwise provided", "at the expense of the receiving State",
    "within the limits of the frontier described above", "on the basis of equality",
    "according to the laws in force", "before the end of the present year",
    "in the presence of delegates of both Parties", "without prejudice to Article {n}",
    "for a period of {n} years", "not later than {n} days after the exchange of ratifications",
    "in {n} equal instalments",
]  # fmt: skip


class FormulaicWriter(Writer):
    """Treaty language: sentences assembled from a small stock of formulas."""

    def __init__(self, rng: random.Random, vocabulary: int = 0) -> None:
        self.rng = rng
        pieces = _PARTIES + _VERBS + _OBJECTS + _PLACES + _CONDITIONS
        self.vocab = sorted({w for p in pieces for w in p.replace("{n}", "").split()})

    def word(self) -> str:
        return self.rng.choice(self.vocab)

    def sentence(self) -> str:
        r = self.rng
        cond = r.choice(_CONDITIONS).replace("{n}", str(r.randint(2, 60)))
        parts = [r.choice(_PARTIES), r.choice(_VERBS), r.choice(_OBJECTS)]
        parts += [r.choice(("in", "at", "near", "between", "beyond")), r.choice(_PLACES), cond]
        if r.random() < 0.4:
            parts += ["and", r.choice(_OBJECTS), r.choice(("of", "in")), r.choice(_PLACES)]
        text = " ".join(parts)
        return text[0].upper() + text[1:] + "."


class ClauseWriter(FormulaicWriter):
    """Treaty language that repeats whole clauses: every sentence comes from a stock of
    a few hundred formula sentences, so unrelated articles share sentences word for
    word and a long article holds more of a short one than its own edited halves do."""

    CLAUSES = 300

    def __init__(self, rng: random.Random, vocabulary: int = 0) -> None:
        super().__init__(rng, vocabulary)
        self.stock = [FormulaicWriter.sentence(self) for _ in range(self.CLAUSES)]

    def sentence(self) -> str:
        return self.rng.choice(self.stock)


class BoilerplateWriter(FormulaicWriter):
    """Formula-built text in which some articles are word for word one of a few stock
    articles (a law that closes each chapter with the same clause on regulations):
    copies read alike to any counterpart, and only their numbers tell them apart."""

    STOCK = 3
    COPIES = 0.5
    """Share of the earlier text's articles that are a stock article."""

    def __init__(self, rng: random.Random, vocabulary: int = 0) -> None:
        super().__init__(rng, vocabulary)
        self.stock = [FormulaicWriter.article(self, rng.randint(20, 60)) for _ in range(self.STOCK)]

    def article(self, words: int) -> list[str]:
        if self.rng.random() < self.COPIES:
            return list(self.rng.choice(self.stock))
        return super().article(words)

    def added(self, words: int) -> list[str]:
        """A new article in words of its own: a copy put in where another was struck
        out reads as that article moved, and no reader could say it was not."""
        return super().article(words)


# Russian stems with the endings of their declension, so that an edit can change a
# word's case the way drafting does (область → области → областью).
_RU_HARD = ["договор", "народ", "закон", "вопрос", "срок", "порт", "транзит", "товар", "город",
            "район", "флот", "мир", "союз", "отдел", "пункт", "совет", "суд", "налог", "долг"]  # fmt: skip
_RU_HARD_ENDINGS = ["", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах"]
_RU_A = ["границ", "стран", "сторон", "работ", "охран", "войн", "земл", "власт", "комисси",
         "республик", "конференци", "област", "территори", "деклараци", "конвенци"]  # fmt: skip
_RU_A_ENDINGS = ["а", "ы", "е", "у", "ой", "и", "ам", "ами", "ах", "ей", "ию", "ия", "ью"]
_RU_ADJ_ENDINGS = ["ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ые", "ых", "ыми"]
_RU_SYLLABLES = [
    "ка",
    "ро",
    "ст",
    "ми",
    "ла",
    "на",
    "во",
    "де",
    "ры",
    "зо",
    "пе",
    "ту",
    "ли",
    "бо",
    "ча",
    "ги",
    "ша",
    "ме",
    "ко",
    "да",
]
_RU_FUNCTION = [
    "и",
    "в",
    "на",
    "по",
    "с",
    "к",
    "о",
    "от",
    "до",
    "для",
    "при",
    "что",
    "не",
    "его",
    "их",
    "это",
    "как",
]
_RU_VERBS = ["обязуется", "соглашаются", "признают", "устанавливают", "предоставляет",
             "гарантируют", "возвращает", "сохраняет", "определяют", "обеспечивает"]  # fmt: skip


class RussianWriter(Writer):
    """Inflected Russian: every noun and adjective takes a case ending."""

    heading = "Статья"

    def __init__(self, rng: random.Random, vocabulary: int = 1500) -> None:
        self.rng = rng
        self.nouns = _RU_HARD + _RU_A + invented_words(rng, vocabulary, _RU_SYLLABLES)
        self.adjectives = invented_words(rng, vocabulary // 3, _RU_SYLLABLES)
        self.vocab = self.nouns

    def _endings(self, stem: str) -> list[str]:
        return _RU_A_ENDINGS if stem in _RU_A else _RU_HARD_ENDINGS

    def word(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.25:
            return r.choice(_RU_FUNCTION)
        if roll < 0.33:
            return r.choice(_RU_VERBS)
        if roll < 0.5:
            return r.choice(self.adjectives) + r.choice(_RU_ADJ_ENDINGS)
        stem = self.nouns[int(len(self.nouns) * (r.random() ** 2.0))]
        return stem + r.choice(self._endings(stem))

    def sentence(self) -> str:
        text = " ".join(self.word() for _ in range(self.rng.randint(10, 22)))
        return text[0].upper() + text[1:] + "."

    def replacement(self, word: str) -> str:
        """Half of the replacements only change the ending: a new case, the same word."""
        if self.rng.random() < 0.5:
            for stem in sorted(self.nouns, key=len, reverse=True)[:60]:
                if word.casefold().startswith(stem):
                    return stem + self.rng.choice(self._endings(stem))
            if len(word) > 5:
                return word[:-2] + self.rng.choice(_RU_ADJ_ENDINGS)
        return self.word()


WRITERS: dict[str, type[Writer]] = {
    "diverse": Writer,
    "formulaic": FormulaicWriter,
    "clauses": ClauseWriter,
    "boilerplate": BoilerplateWriter,
    "russian": RussianWriter,
}
