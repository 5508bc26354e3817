"""A chain of four versions with known truth: every article's fate is scripted.

Each version is a list of units; a unit is the text of one article and the set
of original articles it carries. Articles that share a unit (a merge) or one
article cut into several units (a split) form one lineage, so the truth is the
groups of connected articles and, per version, the labels of their units.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from synthetic import Generator, _render
from treatyviewer.core.numerals import to_roman

Unit = tuple[frozenset[str], list[str]]


@dataclass
class SyntheticChain:
    texts: list[str]
    truth: set[tuple[tuple[str, ...], ...]]
    """One entry per lineage: the labels it has in each version (empty when absent)."""


def _labels(n: int, roman: bool) -> list[str]:
    return [to_roman(k + 1) if roman else str(k + 1) for k in range(n)]


def make_chain(seed: int = 11, words: int = 110) -> SyntheticChain:
    """Four versions: splits, merges, moves, removals, additions and two skip-and-returns."""
    g = Generator(seed)
    base = {name: g.article(words) for name in "abcdefghijklmnop"}

    def unit(names: str, sentences: list[str]) -> Unit:
        return frozenset(names), sentences

    def same(name: str) -> Unit:
        return unit(name, list(base[name]))

    def edited(name: str, rate: float = 0.08) -> Unit:
        base[name] = g.edit(base[name], rate)
        return unit(name, list(base[name]))

    half = len(base["c"]) // 2
    c1, c2 = base["c"][:half], base["c"][half:]
    n1, n2 = g.article(words), g.article(words)
    v0 = [same(x) for x in "abcdefghijklmnop"]
    v1 = [
        same("a"),
        edited("b"),
        unit("c", c1),
        unit("c", c2),
        unit("de", base["d"] + base["e"]),
        # f is left out here and comes back in the next version; g moves to the end
        # h is removed for good
        same("i"),
        unit("x", n1),
        edited("j"),
        same("k"),
        same("l"),
        same("m"),
        same("n"),
        edited("o"),
        same("p"),
        same("g"),
    ]
    v2 = [
        same("a"),
        same("b"),
        edited("f", 0.05),
        unit("c", c1),
        unit("c", g.edit(c2, 0.08)),
        unit("de", base["d"] + base["e"]),
        same("i"),
        unit("x", g.edit(n1, 0.08)),
        same("j"),
        # k skips this version
        same("l"),
        same("m"),
        unit("y", n2),
        same("n"),
        same("o"),
        same("p"),
        same("g"),
    ]
    v3 = [
        edited("a"),
        same("b"),
        same("f"),
        unit("c", c1),
        unit("de", base["d"] + base["e"]),
        same("i"),
        unit("x", g.edit(n1, 0.08)),
        same("j"),
        same("k"),
        unit("lm", base["l"] + base["m"]),
        # y is removed again
        same("n"),
        same("o"),
        same("p"),
        same("g"),
    ]
    versions = [v0, v1, v2, v3]
    labels = [_labels(len(v), roman=k % 2 == 1) for k, v in enumerate(versions)]
    texts = [
        _render(g, [s for _, s in v], k % 2 == 1, f"TREATY (version {k + 1})")[0]
        for k, v in enumerate(versions)
    ]
    return SyntheticChain(texts, _truth(versions, labels))


def _truth(versions: list[list[Unit]], labels: list[list[str]]) -> set[tuple[tuple[str, ...], ...]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    for version in versions:
        for names, _ in version:
            first, *rest = sorted(names)
            for other in rest:
                parent[find(other)] = find(first)
    groups: dict[str, list[list[str]]] = {}
    for k, version in enumerate(versions):
        for (names, _), label in zip(version, labels[k], strict=True):
            root = find(next(iter(names)))
            groups.setdefault(root, [[] for _ in versions])[k].append(label)
    truth = {tuple(tuple(labs) for labs in per_version) for per_version in groups.values()}
    preamble = tuple(("preamble",) for _ in versions)
    closing = tuple(("closing",) for _ in versions)
    return truth | {preamble, closing}


def chain_of_size(target_bytes: int, versions: int = 3, seed: int = 5) -> list[str]:
    """Texts of about ``target_bytes`` each, every one a light revision of the one before."""
    g = Generator(seed)
    rng = g.rng
    articles = [g.article(rng.randint(60, 180)) for _ in range(max(4, target_bytes // 870))]
    texts = []
    for k in range(versions):
        if k:
            revised: list[list[str]] = []
            for art in articles:
                r = rng.random()
                if r >= 0.03:  # three in a hundred are dropped
                    revised.append(art if r < 0.5 else g.edit(art, 0.08))
                if rng.random() < 0.03:
                    revised.append(g.article(120))
            articles = revised
        texts.append(_render(g, articles, k % 2 == 1, f"TREATY (version {k + 1})")[0])
    return texts


def write_chain(folder: Path) -> list[str]:
    """The default chain's versions as version1.txt, version2.txt, … in ``folder``."""
    paths = []
    for k, text in enumerate(make_chain().texts):
        path = folder / f"version{k + 1}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths
