"""Synthetic treaty pairs with known truth, for alignment tests and benchmarks.

An old text of numbered articles is rewritten into a new one by the operations
real drafting uses (word edits, renumbering, moves, splits, merges, additions,
removals, runs of new articles where old ones were struck out) while the
generator records which old articles became which new ones. ``FAMILIES`` names
the kinds of pair the benchmark and the tests hold the aligner to.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any

from synthetic_styles import STYLE_WRITERS
from synthetic_writers import WRITERS, Writer


@dataclass
class Article:
    origin: tuple[int, ...]  # old article numbers this text came from; () for added
    sentences: list[str]
    moved: bool = False


@dataclass
class SyntheticPair:
    old_text: str
    new_text: str
    links: set[tuple[tuple[str, ...], tuple[str, ...]]] = field(default_factory=set)
    added: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    moved: set[str] = field(default_factory=set)  # new labels of moved articles


class Generator(Writer):
    """The diverse writer with its own random source (kept for hand-built cases)."""

    def __init__(self, seed: int, vocabulary: int = 4000) -> None:
        super().__init__(random.Random(seed), vocabulary)


def _render(
    g: Writer, articles: list[list[str]], roman: bool, title: str, kept: list[str] | None = None
) -> tuple[str, list[str]]:
    """The text and the labels its articles are read under (``kept``: these labels)."""
    parts = [title, "", "The Parties, desiring to settle their relations, have agreed as follows:"]
    labels = []
    for k, sentences in enumerate(articles, start=1):
        heading, label = g.heading_of(k, roman)
        if kept is not None:
            heading, label = f"{g.heading} {kept[k - 1]}", kept[k - 1]
        labels.append(label)
        if getattr(g, "inline", False):  # "1. Decides to…": the number opens the paragraph
            parts += ["", f"{heading} {g.body(sentences)}"]
        else:
            parts += ["", heading, "", g.body(sentences)]
    parts += ["", "Done at Moscow in two copies.", ""]
    return "\n".join(parts), labels


@dataclass
class Fates:
    """How likely each thing is to happen to an old article."""

    edit_rate: float = 0.08
    p_unchanged: float = 0.45
    p_removed: float = 0.04
    p_added: float = 0.04
    p_split: float = 0.03
    p_merged: float = 0.03
    p_moved: float = 0.03
    p_heavy: float = 0.04
    heavy_rate: float = 0.3
    moved_rate: float | None = None
    """Edit rate of moved articles (default: half the ordinary rate)."""
    p_run: float = 0.0
    """Chance that a run of 2-5 old articles is struck out and 1-5 new ones put in."""
    uneven_splits: bool = False
    lead_added: int = 0
    """New articles put in before the first one, so that every number shifts."""
    cross_refs: float = 0.0
    """Chance that a sentence of the old text cites another article by its number; the
    later text cites it by its new number, as a consolidated text does."""
    kept_numbers: bool = False
    """The later text keeps the old numbers, as a law amended in place does: a struck-out
    number is left out, an article put in (or a split's second half) is numbered after
    the one before it ("12a", "12b"), a merged article keeps its first number."""


def _rewrite(
    g: Writer, old: list[list[str]], f: Fates, words: int
) -> tuple[list[Article], set[int]]:
    rng = g.rng
    n = len(old)
    new: list[Article] = []
    moved_out: list[Article] = []
    removed: set[int] = set()
    moved_rate = f.edit_rate / 2 if f.moved_rate is None else f.moved_rate
    i = 0
    while i < n:
        r = rng.random()
        art = old[i]
        if f.p_run and rng.random() < f.p_run:
            run = min(rng.randint(2, 5), n - i)
            removed.update(range(i, i + run))
            new.extend(Article((), g.added(words)) for _ in range(rng.randint(1, 5)))
            i += run
            continue
        if r < f.p_removed:
            removed.add(i)
        elif (r := r - f.p_removed) < f.p_split and len(art) >= 2:
            cut = rng.randint(1, len(art) - 1) if f.uneven_splits else len(art) // 2
            new.append(Article((i,), g.edit(art[:cut], f.edit_rate / 2)))
            new.append(Article((i,), g.edit(art[cut:], f.edit_rate / 2)))
        elif (r := r - f.p_split) < f.p_merged and i + 1 < n:
            new.append(Article((i, i + 1), g.edit(art + old[i + 1], f.edit_rate / 2)))
            i += 1
        elif (r := r - f.p_merged) < f.p_moved:
            moved_out.append(Article((i,), g.edit(art, moved_rate), moved=True))
        elif (r := r - f.p_moved) < f.p_heavy:
            new.append(Article((i,), g.edit(art, f.heavy_rate)))
        elif r - f.p_heavy < f.p_unchanged:
            new.append(Article((i,), list(art)))
        else:
            new.append(Article((i,), g.edit(art, f.edit_rate)))
        if rng.random() < f.p_added:
            new.append(Article((), g.added(words)))
        i += 1
    new[:0] = [Article((), g.added(words)) for _ in range(f.lead_added)]
    for art in moved_out:
        # Put it well away from where it was.
        target = (art.origin[0] * len(new) // max(n, 1) + len(new) // 2) % max(len(new), 1)
        while 0 < target < len(new) and new[target - 1].origin == new[target].origin:
            target += 1  # not between the halves of a split article
        new.insert(target, art)
    return new, removed


def _kept_labels(new: list[Article], old_labels: list[str]) -> list[str]:
    """The labels of a later text that keeps the old numbers (``Fates.kept_numbers``)."""
    labels: list[str] = []
    used: set[str] = set()
    last, put_in = "0", 0
    for art in new:
        base = old_labels[art.origin[0]] if art.origin else None
        if base is not None and base not in used:
            label, last, put_in = base, base, 0
        else:
            put_in += 1
            label = f"{last}{chr(96 + put_in)}"
        used.add(label)
        labels.append(label)
    return labels


ROMAN_MAX = 3999
_CITED = re.compile(r"⟦(\d+)⟧")


def _citing(rng: random.Random, sentences: list[str], n: int, rate: float) -> list[str]:
    """The sentences, some citing an article (``⟦k⟧``, numbered when rendered)."""
    out = []
    for s in sentences:
        if rng.random() < rate:
            s = f"{s.rstrip('.')}, as provided in Article ⟦{rng.randrange(n)}⟧."
        out.append(s)
    return out


def _cited(text: str, label: Any) -> str:
    """``text`` with each citation numbered as ``label`` (old article index) says; a
    citation that an edit cut off from its word loses nothing else."""
    return _CITED.sub(lambda m: label(int(m.group(1))), text)


def make_pair(
    n_articles: int = 60,
    seed: int = 1,
    words_per_article: int = 120,
    roman_new: bool = True,
    writer: str = "diverse",
    **fates: Any,
) -> SyntheticPair:
    """Build a pair; every article's fate is recorded in the returned truth."""
    rng = random.Random(seed)
    g = (WRITERS | STYLE_WRITERS)[writer](rng)
    f = Fates(**fates)
    old = [g.article(rng.randint(words_per_article // 2, words_per_article * 3 // 2))
           for _ in range(n_articles)]  # fmt: skip
    if f.cross_refs:
        old = [_citing(rng, sentences, n_articles, f.cross_refs) for sentences in old]
    new, removed = _rewrite(g, old, f, words_per_article)
    roman_new = roman_new and len(new) <= ROMAN_MAX  # Roman numerals stop at MMMCMXCIX
    old_text, old_labels = _render(g, old, False, "TREATY (earlier text)")
    kept = _kept_labels(new, old_labels) if f.kept_numbers else None
    new_text, new_labels = _render(
        g, [a.sentences for a in new], roman_new, "TREATY (later text)", kept
    )
    if f.cross_refs:
        became = {}
        for label, art in zip(new_labels, new, strict=True):
            for o in art.origin:
                became.setdefault(o, label)
        old_text = _cited(old_text, old_labels.__getitem__)
        new_text = _cited(new_text, lambda k: became.get(k, old_labels[k]))
    pair = SyntheticPair(old_text, new_text)
    by_origin: dict[tuple[int, ...], list[str]] = {}
    for label, art in zip(new_labels, new, strict=True):
        if not art.origin:
            pair.added.add(label)
        else:
            by_origin.setdefault(art.origin, []).append(label)
        if art.moved:
            pair.moved.add(label)
    for origin, labels in by_origin.items():
        pair.links.add((tuple(old_labels[o] for o in origin), tuple(labels)))
    pair.removed = {old_labels[i] for i in removed}
    # Preamble and closing are always paired.
    pair.links.add((("preamble",), ("preamble",)))
    pair.links.add((("closing",), ("closing",)))
    return pair


FAMILIES: dict[str, dict[str, Any]] = {
    "diverse": {"writer": "diverse", "edit_rate": 0.1},
    "formulaic": {"writer": "formulaic", "edit_rate": 0.15, "p_moved": 0.05, "p_added": 0.05,
        "heavy_rate": 0.2, "uneven_splits": True},
    "heavy-moves": {
        "writer": "diverse", "edit_rate": 0.2, "heavy_rate": 0.35, "p_heavy": 0.15,
        "p_moved": 0.08, "moved_rate": 0.35, "p_unchanged": 0.2, "uneven_splits": True,
    },
    "runs": {
        "writer": "formulaic", "edit_rate": 0.1, "heavy_rate": 0.2, "p_run": 0.04, "p_removed": 0.02,
        "p_added": 0.02,
    },
    "russian": {"writer": "russian", "edit_rate": 0.15, "p_moved": 0.05, "heavy_rate": 0.3},
    "turkish": {"writer": "turkish", "edit_rate": 0.15, "p_moved": 0.05, "heavy_rate": 0.3},
    "french": {"writer": "french", "edit_rate": 0.12, "p_moved": 0.05, "uneven_splits": True},
    "directive": {"writer": "directive", "words_per_article": 160, "edit_rate": 0.12,
        "p_moved": 0.05, "uneven_splits": True},
    "renumbered": {"writer": "formulaic", "roman_new": False, "lead_added": 3, "p_added": 0.06,
        "p_removed": 0.06, "edit_rate": 0.12},
}  # fmt: skip
"""Kinds of pair, from a vocabulary that tells articles apart to one that hardly does, in
three languages, with titled articles of numbered paragraphs ("directive") and with every
number shifted by articles put in before the first ("renumbered")."""

HARDER: dict[str, dict[str, Any]] = {
    "short": {"writer": "formulaic", "words_per_article": 14, "edit_rate": 0.1, "p_moved": 0.05,
        "heavy_rate": 0.2},
    "heavy-formulaic": {
        "writer": "formulaic", "edit_rate": 0.2, "heavy_rate": 0.35, "p_heavy": 0.15,
        "p_moved": 0.08, "moved_rate": 0.35, "p_unchanged": 0.2, "uneven_splits": True,
    },
    "german": {"writer": "german", "edit_rate": 0.12, "p_moved": 0.05, "p_added": 0.05},
    "protocol": {"writer": "protocol", "words_per_article": 40, "edit_rate": 0.06,
        "p_moved": 0.05},
    "long-edits": {"writer": "formulaic", "words_per_article": 600, "edit_rate": 0.12,
        "p_unchanged": 0.05, "p_moved": 0.05},
    "clauses": {"writer": "clauses", "edit_rate": 0.12, "p_moved": 0.05, "p_added": 0.04,
        "uneven_splits": True},
    "crowded-runs": {"writer": "formulaic", "edit_rate": 0.15, "heavy_rate": 0.3, "p_run": 0.08,
        "p_removed": 0.03, "p_added": 0.03, "p_moved": 0.06, "moved_rate": 0.25,
        "uneven_splits": True},
    "protocol-moves": {"writer": "protocol", "words_per_article": 40, "edit_rate": 0.1,
        "p_moved": 0.08, "moved_rate": 0.2, "p_run": 0.03},
    "turkish-heavy": {"writer": "turkish", "edit_rate": 0.25, "heavy_rate": 0.35, "p_heavy": 0.1,
        "p_moved": 0.08, "moved_rate": 0.3, "p_unchanged": 0.2, "uneven_splits": True},
    "cross-referenced": {"writer": "formulaic", "roman_new": False, "lead_added": 3,
        "edit_rate": 0.15, "p_moved": 0.06, "moved_rate": 0.3, "p_added": 0.05,
        "p_removed": 0.05, "cross_refs": 0.35, "uneven_splits": True},
    "resolution": {"writer": "resolution", "words_per_article": 40, "edit_rate": 0.15,
        "heavy_rate": 0.3, "p_heavy": 0.1, "p_moved": 0.06, "moved_rate": 0.2,
        "p_added": 0.05, "p_removed": 0.04, "p_run": 0.03, "uneven_splits": True},
    "amended": {"writer": "boilerplate", "roman_new": False, "kept_numbers": True,
        "edit_rate": 0.1, "p_unchanged": 0.5, "p_moved": 0.0, "p_removed": 0.06,
        "p_added": 0.06, "uneven_splits": True},
}  # fmt: skip
"""Harder than the families the aligner is held to: one-sentence articles of formulas,
formula-built text edited by up to 35 % and moved, German formulas ("§ 1" becoming
"Artikel 1"; now and then a far added article takes a merged part), protocol articles
that differ by a state's name and a figure, and formula-built articles of some 600 words
with many small edits, and articles put together from a stock of whole clauses that
recur word for word across the text ("clauses"); and, written when the families above
passed at 1.00: runs of struck-out articles next to runs of new ones in formula-built
text with edited articles moved across them ("crowded-runs"), protocol articles edited by
a fifth and moved among their near-copies ("protocol-moves"), and inflected Turkish
edited by a quarter and moved ("turkish-heavy"); and formula-built articles that cite
each other by number, the later text citing the new numbers, with articles moved and
reworded by nearly a third ("cross-referenced"); and a resolution's operative paragraphs,
"1." to "2000.", each opening with one of a dozen verbs of the genre, so that unrelated
paragraphs share their first ten words ("resolution"); and a law amended in place, its
numbers kept, a third of its articles word for word one of a few stock articles
("amended"). The benchmark reports them."""


def family_pair(family: str, n_articles: int, seed: int) -> SyntheticPair:
    return make_pair(n_articles, seed=seed, **(FAMILIES.get(family) or HARDER[family]))


def text_of_size(target_bytes: int, seed: int = 7, **kwargs: Any) -> SyntheticPair:
    """A pair whose old text is about ``target_bytes`` long (≈870 bytes per article)."""
    n = max(4, target_bytes // 870)
    return make_pair(n_articles=n, seed=seed, **kwargs)
