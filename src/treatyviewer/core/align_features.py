"""What an article is made of, for comparing it with articles of the other text.

An article becomes a weighted bag of stems and two-word shingles. Stems come
from the Snowball stemmer of the text's language, so the inflected forms of
Russian and Turkish (области, областью; Kars'ın) and English (territory,
territories) count as one word while different words (commission, commissar)
stay apart. Shingles keep the word order that tells one formula-built article
from another when both use the same few dozen words. Figures, dates and proper
names identify an article more than common words do, so they weigh more.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import re
import struct
import sys
from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from operator import add, itemgetter, mul, truediv
from typing import Any

import snowballstemmer

from .korean_stems import is_hangul, korean_stem
from .numerals import roman_value
from .word_chars import has_unspaced, unspaced_re, words_in
from .word_forms import COMMA_TO_CEDILLA, modern_russian

Vector = dict[str, float]

SHARED_SHINGLES_FROM = 20_000
"""Articles in the two texts from which a shingle is one string however many articles
hold it (interned): on a long text most recur, and a string apiece was most of the
aligner's memory at 50 MB. On a shorter text the look-up that interning costs is a
third of making the shingles, for a few megabytes saved."""
SHINGLE_WEIGHT = 0.8
"""Weight of a two-word shingle beside a single stem of the same rarity."""
FIGURE_WEIGHT = 2.0
NAME_WEIGHT = 1.5

_TURKISH_LETTERS = frozenset("ğıİĞ")
"""Letters only Turkish writes (a Romanian text has ş in an older spelling, not these)."""
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")
_OLD_SPELLING = re.compile("[ѣіѵѳ]|ъ$|[ая]го$|ыя$")
"""Letters and endings of Russian spelt before 1918 (``word_forms.modern_russian``)."""
_FRENCH_WORDS = frozenset(
    ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "au", "aux", "sont"]
)
_ENGLISH_WORDS = frozenset(["the", "of", "and", "to", "in", "is", "that", "shall", "be", "by"])


def language_of(text: str) -> str:
    """The Snowball language of a text, judged from a sample of its letters and words."""
    sample = text[:20_000]
    letters = _letters(sample)
    if not letters:
        return "english"
    if len(_CYRILLIC_RE.findall(letters)) > len(letters) / 3:
        return "russian"
    if sum(map(letters.count, _TURKISH_LETTERS)) > len(letters) / 200:
        return "turkish"
    words = words_of(sample.casefold())
    french = sum(map(_FRENCH_WORDS.__contains__, words))
    english = sum(map(_ENGLISH_WORDS.__contains__, words))
    return "french" if french > english else "english"


def _letters(text: str) -> str:
    """The letters of ``text``, in order; an ASCII text's picked out of its bytes in
    one call rather than asked of letter by letter."""
    if text.isascii():
        return text.encode("ascii").translate(None, _NOT_LETTERS).decode("ascii")
    return "".join(filter(str.isalpha, text))


_NOT_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(language)


words_of = words_in
"""The runs of word characters of a text."""


class Stems:
    """Stems of one language, each word stemmed once; and each article's features,
    worked out once for both texts when they share the language."""

    def __init__(self, language: str, articles: int = 0) -> None:
        self.language = language
        self.shared_shingles = articles >= SHARED_SHINGLES_FROM
        """Each shingle kept as one string, however many articles hold it (see there)."""
        self.stemmer = _stemmer(language)
        self.cache: dict[str, str] = {}
        self.capitals: set[str] = set()
        """Words known that are not in lower case (names, sentence starts, figures)."""
        self.lower_forms: dict[str, set[str]] = {}
        """Stem → the words in lower case known to have it."""
        self.found: dict[str, Features] = {}
        self.read_elsewhere: set[str] = set()
        """Wordings whose features a helper read (``align_attach``): at hand as much
        as those in ``found``, and worked out here only if a later stage asks."""

    def at_hand(self, text: str) -> bool:
        """Whether the features of ``text`` were read, here or by a helper."""
        return text in self.found or text in self.read_elsewhere

    def learn(self, words: Collection[str]) -> None:
        """Stem the words not stemmed yet, all in one call of the stemmer."""
        new = [w for w in words if w not in self.cache]
        if not new:
            return
        # Case folding works letter by letter, so the words fold as one string.
        joined = "\n".join(new).casefold().replace("ё", "е").replace("'", "")
        folded = joined.translate(COMMA_TO_CEDILLA).split("\n")
        if self.language == "russian":  # a text in the old spelling pairs with the new
            folded = [modern_russian(w) if _OLD_SPELLING.search(w) else w for w in folded]
        stems = list(map(_stem_or_number, folded, self.stemmer.stemWords(folded)))
        if self.language == "french":
            stems = [_one_verb_family(s) for s in stems]
        stems = [korean_stem(w) if is_hangul(w) else s for w, s in zip(folded, stems, strict=True)]
        figures = _roman_figures(new)
        if figures:
            stems = [figures.get(w, s) for w, s in zip(new, stems, strict=True)]
        self.cache.update(zip(new, stems, strict=True))
        for word, stem in zip(new, stems, strict=True):
            if word.islower():
                self.lower_forms.setdefault(stem, set()).add(word)
            else:
                self.capitals.add(word)

    def features(self, text: str) -> Features:
        found = self.found.get(text)
        if found is None:
            found = self.found[text] = features(text, self)
        return found


def _one_verb_family(stem: str) -> str:
    """A French stem of a verb in "-ifier" as the stemmer gives its noun in "-ification":
    it cuts "modifier" and "modifié" to "modifi" but "modifie" and "modification" to
    "modif", and an article writing the noun and the verb would hold the word twice."""
    return stem[:-1] if stem.endswith("ifi") else stem


def character_pairs(words: list[str]) -> list[str]:
    """Words with each character of a script written without spaces replaced by the
    pair it starts (a lone character stays itself): in Chinese or Japanese most words
    are two characters long, and single characters are shared by nearly every clause."""
    out: list[str] = []
    match = unspaced_re().match
    unspaced = [len(w) == 1 and match(w) is not None for w in words]
    for i, word in enumerate(words):
        if not unspaced[i]:
            out.append(word)
        elif i + 1 < len(words) and unspaced[i + 1]:
            out.append(word + words[i + 1])
        elif i == 0 or not unspaced[i - 1]:
            out.append(word)
    return out


def _stem_or_number(folded: str, stem: str) -> str:
    return folded if folded.isdigit() else stem


_ROMAN_LETTERS = re.compile("[IVXLCDM]+")
_ROMAN_LINE = re.compile("(?m)^[IVXLCDM]+$")


def _roman_figures(words: list[str]) -> dict[str, str]:
    """``figure_of_roman`` of those of ``words`` that are roman numerals, found in one
    pass of the regex engine over them all (most texts have a handful)."""
    found = _ROMAN_LINE.findall("\n".join(words))
    return {w: f for w in found if (f := figure_of_roman(w, w)) != w}


def figure_of_roman(word: str, stem: str) -> str:
    """The figure an upper-case roman numeral stands for ("XII" → "12"), else ``stem``:
    "Article XII" cites a number as "Article 12" does. Read as a word, a numeral is
    capitalised wherever it stands and so weighed as a name, and a text renumbered
    throughout changed the only "name" of every article citing another."""
    if _ROMAN_LETTERS.fullmatch(word) is None:
        return stem
    value = roman_value(word)
    return str(value) if value else stem


Wordings = tuple[list[frozenset[str]], list[list[int]]]
"""The features of each distinct wording of a text, and the articles that have it."""

Features = tuple[frozenset[str], tuple[str, ...], frozenset[str]]
"""An article's stems and two-word shingles, its stems alone (each once, in reading
order: a tuple takes a quarter of a set's memory, and nothing looks a stem up in it),
and those of its stems that weigh more."""

_NONE: frozenset[str] = frozenset()


def features(text: str, stems: Stems) -> Features:
    """Stems and shingles, and those among them that deserve more weight.

    A word counts as a name when it is capitalised wherever the article uses it
    (so "Kars" does, "The" at the start of a sentence does not).
    """
    words = words_of(text)
    if has_unspaced(text):
        words = character_pairs(words)
    cache = stems.cache
    unique = set(words)
    stems.learn(unique.difference(cache))
    stemmed = list(map(cache.__getitem__, words))
    # One pass in reading order: how a set is built decides the order of the float
    # sums over it, and so which of two equally alike articles comes first.
    shingles = map(" ".join, itertools.pairwise(stemmed))
    if stems.shared_shingles:
        shingles = map(sys.intern, shingles)
    found = compact(frozenset(itertools.chain(stemmed, shingles)))
    single = tuple(dict.fromkeys(stemmed))
    lower_forms = stems.lower_forms
    heavy = frozenset(
        stem
        for stem in set(map(cache.__getitem__, unique.intersection(stems.capitals)))
        if lower_forms.get(stem, _NONE).isdisjoint(unique)
    )
    return found, single, heavy


_SET_SIZE = sys.getsizeof(frozenset())
_SLOT_SIZE = 2 * struct.calcsize("P")
"""A set's table entry: the key and its hash."""


def compact(found: frozenset[str]) -> frozenset[str]:
    """``found``, in a table of at most twice its size where it had more than four
    times as many places (a set filled one item at a time grows fourfold, one made from
    another set is sized once): a long text's articles and their words are kept for
    most of the run, and a sixth of their sets' memory was empty places. The same
    items; only the order they are walked in may differ, as with another string hash."""
    places = (sys.getsizeof(found) - _SET_SIZE) // _SLOT_SIZE
    # One copy, laid out as ``frozenset(set(found))`` lays it out (the second copy of
    # that, of a table of the same size, kept each item's place): the same order.
    return found | _NONE if places > 4 * len(found) else found


class Vectors:
    """Unit-length IDF-weighted feature sets of one text's articles, computed on first use.

    Document frequencies are counted over the articles still to be paired but
    against the size of both texts: with few open articles, IDF would otherwise
    punish exactly the words two versions of an article share.
    """

    def __init__(self, bodies: Sequence[str], stems: Stems) -> None:
        self.bodies = bodies
        self.stems = stems
        self.idf: dict[str, float] = {}
        self.df: Counter[str] = Counter()
        """Open articles of both texts that hold each feature..."""
        self.counted = 0
        """...and how many articles that is."""
        self.unseen = 1.0
        self._vectors: dict[int, Vector] = {}
        self._wordings: tuple[int, Wordings] | None = None
        self._by_body: dict[str, Vector] = {}
        """One vector per wording: a text that repeats a section shares it, and
        ``same_cosine`` / ``same_containment`` then work once per pair of wordings."""

    def features(self, index: int) -> frozenset[str]:
        return self.stems.features(self.bodies[index])[0]

    def wordings(self, count: int) -> Wordings:
        """The features of each distinct wording among the first ``count`` articles,
        and beside them the articles that have it (in order), worked out once."""
        if self._wordings is None or self._wordings[0] != count:
            held: dict[str, list[int]] = {}
            for k in range(count):
                held.setdefault(self.bodies[k], []).append(k)
            found = [self.stems.features(b)[0] for b in held]
            self._wordings = (count, (found, list(held.values())))
        return self._wordings[1]

    def __getitem__(self, index: int) -> Vector:
        vec = self._vectors.get(index)
        if vec is None:
            vec = self._vectors[index] = self._by_body.get(self.bodies[index]) or self._vector(
                index
            )
        return vec

    def _vector(self, index: int) -> Vector:
        return self.vector_of(self.bodies[index])

    def vector_of(self, body: str) -> Vector:
        """The vector of any wording, weighed as this text's articles are."""
        found = self._by_body.get(body)
        if found is not None:
            return found
        feats, _, heavy = self.stems.features(body)
        keys = list(feats)
        weights = self._weights(keys)
        if heavy:  # stems of the article's own words, so among its features
            for n in itertools.compress(range(len(keys)), map(heavy.__contains__, keys)):
                weights[n] *= FIGURE_WEIGHT if keys[n][0].isdigit() else NAME_WEIGHT
        inv = 1.0 / (math.hypot(*weights) or 1.0)
        # A comprehension: a dict made from pairs of iterators goes through a tuple
        # per feature, half again slower (every article of a long text has a vector).
        vec = self._by_body[body] = {t: w * inv for t, w in zip(keys, weights, strict=True)}
        return vec

    def _weights(self, keys: list[str]) -> list[float]:
        """The IDF of each feature of ``keys``: looked up in one call when all were
        counted (those of the articles open when they were, which most vectors are)."""
        if len(keys) > 1:
            with contextlib.suppress(KeyError):
                return list(itemgetter(*keys)(self.idf))
        idf, unseen = self.idf, self.unseen
        return [idf.get(t, unseen) for t in keys]


def weigh(old: Vectors, new: Vectors, old_open: Iterable[int], new_open: Iterable[int]) -> None:
    """Give both texts the same IDF, counted over the articles still open."""
    found = [
        side.stems.features(side.bodies[k])
        for side, open_ in ((old, old_open), (new, new_open))
        for k in open_
    ]
    # One count over all the articles: a count per article costs a call each.
    df = Counter(itertools.chain.from_iterable(f[0] for f in found))
    single = Counter(itertools.chain.from_iterable(f[1] for f in found))
    counted = len(found)
    n = len(old.bodies) + len(new.bodies)
    log, top = math.log, math.log(n + 1)
    old.df = new.df = df
    old.counted = new.counted = counted
    # The weight of every count once; shingles first, then the stems overwrite theirs.
    counts = set(df.values())
    plain = {c: top - log(c + 0.5) for c in counts}
    shingle = {c: w * SHINGLE_WEIGHT for c, w in plain.items()}
    idf = dict(zip(df, map(shingle.__getitem__, df.values()), strict=True))
    idf.update(zip(single, map(plain.__getitem__, single.values()), strict=True))
    for side in (old, new):
        side.idf = idf
        side._by_body = {}
        side.unseen = math.log((n + 1) / 0.5)


def cosine(a: Vector, b: Vector) -> float:
    # fsum: exact, so the same sum in whatever order the shared features come (a
    # set's order follows the string hash, which differs from run to run; a plain
    # sum would differ in its last bit and break ties differently). Summing only the
    # shared features is half the work of summing a zero for every feature one side
    # lacks: two versions of an article share about half of their features.
    shared = a.keys() & b.keys()
    return math.fsum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


_COSINES: dict[tuple[int, int], tuple[Vector, Vector, float]] = {}
_SHARES: dict[tuple[int, int], tuple[Vector, Collection[str], float]] = {}
_SQUARES: dict[int, tuple[Vector, array[float]]] = {}
"""Squared weights as plain numbers (8 bytes each, not a float object and its place in
a list: 32): the vectors of most of a long text's articles get them."""


def same_cosine(a: Vector, b: Vector) -> float:
    """``cosine`` of two vectors that ``Vectors`` keeps (one per wording), worked out
    once per pair of wordings: texts that repeat whole sections ask for the same
    pair many times. Kept until ``forget_pairs``."""
    return _once(_COSINES, a, b, cosine)


def same_containment(part: Vector, whole: Collection[str]) -> float:
    """``containment`` of a vector that ``Vectors`` keeps in an article's features,
    worked out once per pair of wordings (as ``same_cosine``)."""
    return _once(_SHARES, part, whole, _kept_containment)


def _kept_containment(part: Vector, whole: Collection[str]) -> float:
    """``containment`` with the squared weights of ``part`` worked out once."""
    key = id(part)
    found = _SQUARES.get(key)
    if found is None or found[0] is not part:
        found = _SQUARES[key] = (part, array("d", map(mul, part.values(), part.values())))
    return math.fsum(itertools.compress(found[1], map(whole.__contains__, part)))


def _once(
    table: dict[tuple[int, int], Any], a: Any, b: Any, work: Callable[[Any, Any], float]
) -> float:
    """``work(a, b)`` remembered by the identity of ``a`` and ``b`` (checked, since an
    id can be reused once its object is gone)."""
    key = (id(a), id(b))
    found = table.get(key)
    if found is not None and found[0] is a and found[1] is b:
        return float(found[2])
    value = work(a, b)
    table[key] = (a, b, value)
    return value


def forget_pairs() -> None:
    """Drop the remembered scores (and the vectors they keep alive)."""
    _COSINES.clear()
    _SHARES.clear()
    _SQUARES.clear()


def containment(part: Vector, whole: Collection[str]) -> float:
    """Share of ``part``'s squared weight whose features also occur in ``whole``."""
    # fsum: the same whatever the order; asking ``whole`` of each feature of ``part``
    # is cheaper than building the set of shared features.
    weights = part.values()
    return math.fsum(itertools.compress(map(mul, weights, weights), map(whole.__contains__, part)))


_SUM_SLACK = 1e-9
"""Far above the rounding error of a plain sum of squared weights of one unit vector."""


def weighty(part: Vector, held: float) -> tuple[dict[str, float], float]:
    """Features of ``part`` without one of which no article holds more than ``held``
    (with their squared weights), and how much of their squared weight an article
    must hold to hold more than ``held`` (less a margin for rounding).

    The lightest features are left out for as long as their squared weights add
    up to less than ``held``: an article holding only those has a ``containment``
    of at most that sum (an exactly rounded sum of fewer terms is never larger)."""
    squares = sorted(zip(map(mul, part.values(), part.values()), part, strict=True), reverse=True)
    rest = held - _SUM_SLACK
    while squares and squares[-1][0] <= rest:
        rest -= squares.pop()[0]
    return {t: w for w, t in squares}, rest


Postings = tuple[dict[str, int], dict[str, list[int]]]
"""Features held by one item, with that item; features held by several, with theirs."""


def postings(items: Iterable[tuple[int, frozenset[str]]]) -> Postings:
    """Which items hold each feature. Most features are held by one item only; those
    are indexed in C, and only the ones held by several go through a Python loop."""
    once: dict[str, int] = {}
    more: dict[str, list[int]] = {}
    for k, held in items:
        seen = once.keys() & held
        for t in seen:
            found = more.get(t)
            if found is None:
                more[t] = [once[t], k]
            else:
                found.append(k)
        once.update(dict.fromkeys(held.difference(seen), k))
    for t in more:
        del once[t]
    return once, more


class Sample:
    """An evenly spaced sample of one text's articles, indexed by feature.

    How much of a part each sampled article holds is then found in one pass
    over the part's features instead of one set lookup per feature and article.
    """

    def __init__(self, features: Callable[[int], Collection[str]], count: int, size: int) -> None:
        self.members = range(0, count, max(1, count // size))
        self.once, self.more = postings(
            (pos, frozenset(features(x))) for pos, x in enumerate(self.members)
        )
        self._kept: dict[int, tuple[Vector, list[float]]] = {}

    def shares(self, part: Vector, skip: Collection[int], kept: bool = False) -> list[float]:
        """``containment(part, …)`` of every sampled article not in ``skip``. The
        shares of a ``kept`` vector (one that ``Vectors`` keeps, asked for again
        when a text repeats a wording) are summed once."""
        found = self._kept.get(id(part)) if kept else None
        if found is not None and found[0] is part:
            acc = found[1]
        else:
            acc = self._sum(part)
            if kept:
                self._kept[id(part)] = (part, acc)
        return [v for x, v in zip(self.members, acc, strict=True) if x not in skip]

    def _sum(self, part: Vector) -> list[float]:
        acc = [0.0] * len(self.members)
        once, more = self.once, self.more
        for t, w in part.items():
            pos = once.get(t)
            if pos is not None:
                acc[pos] += w * w
            elif (found := more.get(t)) is not None:
                ww = w * w
                for pos in found:
                    acc[pos] += ww
        return acc


def combined(vectors: Iterable[Vector]) -> Vector:
    """The unit vector of several articles read as one."""
    total: dict[str, float] = {}
    for vec in vectors:
        shared = list(total.keys() & vec.keys())
        before = list(map(total.__getitem__, shared))
        total.update(vec)  # features new to the total join it in the article's order
        total.update(zip(shared, map(add, before, map(vec.__getitem__, shared)), strict=True))
    values = list(total.values())
    norm = math.sqrt(sum(map(mul, values, values))) or 1.0
    return dict(zip(total, map(truediv, values, itertools.repeat(norm)), strict=True))
