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

import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from operator import mul
from typing import Any

import snowballstemmer

Vector = dict[str, float]

SHINGLE_WEIGHT = 0.8
"""Weight of a two-word shingle beside a single stem of the same rarity."""
FIGURE_WEIGHT = 2.0
NAME_WEIGHT = 1.5

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_TURKISH_LETTERS = frozenset("ğışİĞŞ")
_FRENCH_WORDS = frozenset(
    ["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "au", "aux", "sont"]
)
_ENGLISH_WORDS = frozenset(["the", "of", "and", "to", "in", "is", "that", "shall", "be", "by"])


def language_of(text: str) -> str:
    """The Snowball language of a text, judged from a sample of its letters and words."""
    sample = text[:20_000]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "english"
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if cyrillic > len(letters) / 3:
        return "russian"
    if sum(1 for c in letters if c in _TURKISH_LETTERS) > len(letters) / 200:
        return "turkish"
    words = re.findall(r"\w+", sample.casefold())
    french = sum(1 for w in words if w in _FRENCH_WORDS)
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    return "french" if french > english else "english"


@lru_cache(maxsize=8)
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(language)


class Stems:
    """Stems of one language, each word stemmed once."""

    def __init__(self, language: str) -> None:
        self.stemmer = _stemmer(language)
        self.cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        stem = self.cache.get(word)
        if stem is None:
            folded = word.casefold().replace("ё", "е").replace("'", "")
            stem = folded if folded.isdigit() else self.stemmer.stemWord(folded)
            self.cache[word] = stem
        return stem


def features(text: str, stems: Stems) -> tuple[frozenset[str], frozenset[str]]:
    """Stems and shingles, and those among them that deserve more weight.

    A word counts as a name when it is capitalised wherever the article uses it
    (so "Kars" does, "The" at the start of a sentence does not).
    """
    words = _WORD_RE.findall(text)
    cache = stems.cache
    unique = set(words)
    for w in unique.difference(cache):
        stems(w)
    stemmed = list(map(cache.__getitem__, words))
    found = frozenset(itertools.chain(stemmed, map(" ".join, itertools.pairwise(stemmed))))
    lower = set(filter(str.islower, unique))
    plain = set(map(cache.__getitem__, lower))
    return found, frozenset(map(cache.__getitem__, unique - lower)).difference(plain)


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
        """Open articles of both texts that hold each feature."""
        self.unseen = 1.0
        self._feats: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self._vectors: dict[int, Vector] = {}

    def features(self, index: int) -> frozenset[str]:
        return self._features_of(self.bodies[index])[0]

    def _features_of(self, body: str) -> tuple[frozenset[str], frozenset[str]]:
        found = self._feats.get(body)
        if found is None:
            found = self._feats[body] = features(body, self.stems)
        return found

    def __getitem__(self, index: int) -> Vector:
        vec = self._vectors.get(index)
        if vec is None:
            feats, heavy = self._features_of(self.bodies[index])
            raw = dict(
                zip(feats, map(self.idf.get, feats, itertools.repeat(self.unseen)), strict=True)
            )
            for t in heavy:
                if t in raw:
                    raw[t] *= FIGURE_WEIGHT if t[0].isdigit() else NAME_WEIGHT
            inv = 1.0 / (math.hypot(*raw.values()) or 1.0)
            vec = self._vectors[index] = dict(zip(raw, map(inv.__mul__, raw.values()), strict=True))
        return vec


def weigh(old: Vectors, new: Vectors, old_open: Iterable[int], new_open: Iterable[int]) -> None:
    """Give both texts the same IDF, counted over the articles still open."""
    df: Counter[str] = Counter()
    for i in old_open:
        df.update(old.features(i))
    for j in new_open:
        df.update(new.features(j))
    n = len(old.bodies) + len(new.bodies)
    log, top = math.log, math.log(n + 1)
    old.df = new.df = df
    idf = {t: (top - log(c + 0.5)) * (SHINGLE_WEIGHT if " " in t else 1.0) for t, c in df.items()}
    for side in (old, new):
        side.idf = idf
        side.unseen = math.log((n + 1) / 0.5)


def cosine(a: Vector, b: Vector) -> float:
    shared = a.keys() & b.keys()
    total: float = sum(map(mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))
    return total


def containment(part: Vector, whole: Collection[str]) -> float:
    """Share of ``part``'s squared weight whose features also occur in ``whole``."""
    weights = list(map(part.__getitem__, part.keys() & whole))
    total: float = sum(map(mul, weights, weights))
    return total


class Sample:
    """An evenly spaced sample of one text's articles, indexed by feature.

    How much of a part each sampled article holds is then found in one pass
    over the part's features instead of one set lookup per feature and article.
    """

    def __init__(self, features: Callable[[int], Collection[str]], count: int, size: int) -> None:
        self.members = range(0, count, max(1, count // size))
        index: dict[str, list[int]] = defaultdict(list)
        for pos, x in enumerate(self.members):
            for t in features(x):
                index[t].append(pos)
        self.index = dict(index)

    def shares(self, part: Vector, skip: Collection[int]) -> list[float]:
        """``containment(part, …)`` of every sampled article not in ``skip``."""
        acc = [0.0] * len(self.members)
        index = self.index
        for t, w in part.items():
            found = index.get(t)
            if found:
                ww = w * w
                for pos in found:
                    acc[pos] += ww
        return [v for x, v in zip(self.members, acc, strict=True) if x not in skip]


def combined(vectors: Iterable[Vector]) -> Vector:
    """The unit vector of several articles read as one."""
    total: dict[str, float] = {}
    for vec in vectors:
        for t, w in vec.items():
            total[t] = total.get(t, 0.0) + w
    norm = math.sqrt(sum([w * w for w in total.values()])) or 1.0
    return {t: w / norm for t, w in total.items()}
