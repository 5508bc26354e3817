"""Real versioned documents with truth written by reading both versions.

Each folder of ``tests/real_pairs/`` holds the two texts and ``truth.txt``; where
the texts come from and the terms that allow copying them are in
``tests/real_pairs/PROVENANCE.md``. A truth file reads::

    old: EPL-1.0.txt
    new: EPL-2.0.txt
    1 -> 1
    5 + 6 -> 5 | why, when the link is not obvious
    8 -> 7 + 8
    added: A | why
    removed: 10

Labels are the segment labels treatyviewer gives (``compare --format json``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from synthetic import SyntheticPair

ROOT = Path(__file__).resolve().parent / "real_pairs"


@dataclass(frozen=True)
class RealPair:
    name: str
    old: Path
    new: Path
    truth: SyntheticPair
    reasons: dict[str, str] = field(default_factory=dict)
    """Truth line -> the reason written beside it."""


def _labels(side: str) -> tuple[str, ...]:
    return tuple(label.strip() for label in side.split(" + "))


def load(name: str, root: Path = ROOT) -> RealPair:
    folder = root / name
    files: dict[str, Path] = {}
    links: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()
    added: set[str] = set()
    removed: set[str] = set()
    reasons: dict[str, str] = {}
    for raw in (folder / "truth.txt").read_text(encoding="utf-8").splitlines():
        line, _, reason = raw.partition(" | ")
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if reason:
            reasons[line] = reason.strip()
        key, colon, rest = line.partition(": ")
        if colon and key in ("old", "new"):
            files[key] = folder / rest.strip()
        elif colon and key == "added":
            added.add(rest.strip())
        elif colon and key == "removed":
            removed.add(rest.strip())
        else:
            old, arrow, new = line.partition(" -> ")
            if not arrow:
                raise ValueError(f"{folder / 'truth.txt'}: cannot read the line {raw!r}")
            links.add((_labels(old), _labels(new)))
    texts = {side: path.read_text(encoding="utf-8") for side, path in files.items()}
    truth = SyntheticPair(texts["old"], texts["new"], links, added, removed)
    return RealPair(name, files["old"], files["new"], truth, reasons)


def names() -> list[str]:
    return sorted(p.parent.name for p in ROOT.glob("*/truth.txt"))
