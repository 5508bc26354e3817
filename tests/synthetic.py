"""Synthetic treaty pairs with known truth, for alignment tests and benchmarks.

An old text of numbered articles is rewritten into a new one by the operations
real drafting uses (word edits, renumbering, moves, splits, merges, additions,
removals) while the generator records which old articles became which new ones.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

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


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


@dataclass
class Article:
    origin: tuple[int, ...]  # old article numbers this text came from; () for added
    sentences: list[str]


@dataclass
class SyntheticPair:
    old_text: str
    new_text: str
    links: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    moved: set[str] = field(default_factory=set)  # new labels of moved articles


class Generator:
    def __init__(self, seed: int, vocabulary: int = 4000) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng, vocabulary)

    def word(self) -> str:
        if self.rng.random() < 0.35:
            return self.rng.choice(_COMMON)
        # Zipf-like: low indices much more frequent.
        k = int(len(self.vocab) * (self.rng.random() ** 2.2))
        return self.vocab[k]

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

    def edit(self, sentences: list[str], rate: float) -> list[str]:
        """Replace, insert or delete about ``rate`` of the words."""
        out = []
        for s in sentences:
            words = s.rstrip(".").split()
            new: list[str] = []
            for w in words:
                r = self.rng.random()
                if r < rate / 3:
                    new.append(self.word())
                elif r < 2 * rate / 3:
                    continue
                elif r < rate:
                    new.extend([w, self.word()])
                else:
                    new.append(w)
            if new:
                out.append(" ".join(new) + ".")
        return out or [self.sentence()]


def _render(articles: list[list[str]], labels: list[str], title: str) -> str:
    parts = [title, "", "The Parties, desiring to settle their relations, have agreed as follows:"]
    for label, sentences in zip(labels, articles, strict=True):
        parts += ["", f"Article {label}", "", " ".join(sentences)]
    parts += ["", "Done at Moscow in two copies.", ""]
    return "\n".join(parts)


def make_pair(
    n_articles: int = 60,
    seed: int = 1,
    edit_rate: float = 0.08,
    words_per_article: int = 120,
    p_unchanged: float = 0.45,
    p_removed: float = 0.04,
    p_added: float = 0.04,
    p_split: float = 0.03,
    p_merged: float = 0.03,
    p_moved: float = 0.03,
    p_heavy: float = 0.04,
    roman_new: bool = True,
) -> SyntheticPair:
    """Build a pair; every article's fate is recorded in the returned truth."""
    g = Generator(seed)
    rng = g.rng
    old = [g.article(rng.randint(words_per_article // 2, words_per_article * 3 // 2))
           for _ in range(n_articles)]  # fmt: skip
    old_labels = [str(i + 1) for i in range(n_articles)]
    new: list[Article] = []
    moved_out: list[Article] = []
    removed: set[int] = set()
    i = 0
    while i < n_articles:
        r = rng.random()
        art = old[i]
        if r < p_removed:
            removed.add(i)
        elif r < p_removed + p_split and len(art) >= 2:
            cut = len(art) // 2
            new.append(Article((i,), g.edit(art[:cut], edit_rate / 2)))
            new.append(Article((i,), g.edit(art[cut:], edit_rate / 2)))
        elif r < p_removed + p_split + p_merged and i + 1 < n_articles:
            new.append(Article((i, i + 1), g.edit(art + old[i + 1], edit_rate / 2)))
            i += 1
        elif r < p_removed + p_split + p_merged + p_moved:
            moved_out.append(Article((i,), g.edit(art, edit_rate / 2)))
        elif r < p_removed + p_split + p_merged + p_moved + p_heavy:
            new.append(Article((i,), g.edit(art, 0.3)))
        elif r < p_removed + p_split + p_merged + p_moved + p_heavy + p_unchanged:
            new.append(Article((i,), list(art)))
        else:
            new.append(Article((i,), g.edit(art, edit_rate)))
        if rng.random() < p_added:
            new.append(Article((), g.article(words_per_article)))
        i += 1
    moved_positions = set()
    for art in moved_out:
        origin = art.origin[0]
        # Put it well away from where it was.
        target = (origin * len(new) // max(n_articles, 1) + len(new) // 2) % max(len(new), 1)
        new.insert(target, art)
    for k, art in enumerate(new):
        if any(art is m for m in moved_out):
            moved_positions.add(k)
    new_labels = [to_roman(k + 1) if roman_new else str(k + 1) for k in range(len(new))]
    pair = SyntheticPair(
        _render(old, old_labels, "TREATY (earlier text)"),
        _render([a.sentences for a in new], new_labels, "TREATY (later text)"),
    )
    by_origin: dict[tuple[int, ...], list[str]] = {}
    for label, art in zip(new_labels, new, strict=True):
        if not art.origin:
            pair.added.add(label)
        else:
            by_origin.setdefault(art.origin, []).append(label)
    for origin, labels in by_origin.items():
        pair.links.add((tuple(old_labels[o] for o in origin), tuple(labels)))
    pair.removed = {old_labels[i] for i in removed}
    pair.moved = {new_labels[k] for k in moved_positions}
    # Preamble and closing are always paired.
    pair.links.add((("preamble",), ("preamble",)))
    pair.links.add((("closing",), ("closing",)))
    return pair


def text_of_size(target_bytes: int, seed: int = 7, **kwargs: object) -> SyntheticPair:
    """A pair whose old text is about ``target_bytes`` long (≈870 bytes per article)."""
    n = max(4, target_bytes // 870)
    return make_pair(n_articles=n, seed=seed, **kwargs)  # type: ignore[arg-type]
