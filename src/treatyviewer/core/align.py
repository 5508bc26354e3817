"""Which article of one text corresponds to which article of the other.

The stages live in ``align_engine``; this module is the aligner's public face:
``align()`` and the types that callers and saved sessions use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .align_types import Alignment, Link, Origin, Overrides, Related, moved_links, reader_links
from .cancel import StopCheck
from .document import Document

__all__ = ["Alignment", "Link", "Origin", "Overrides", "Related", "align"]


def align(
    old: Document,
    new: Document,
    overrides: Overrides | None = None,
    should_stop: StopCheck | None = None,
) -> Alignment:
    """Pair the segments of two documents; reader overrides are kept as given.

    A link the reader gives that the aligner makes anyway (Accept) confirms it and
    changes nothing else: given as a fixed pair from the start, it had shifted the
    aligner's measure of chance and its first anchors, and accepting one pair of the
    bundled texts lost another (draft 2 → VI) or pushed others into review. A pair
    the reader separates (Unlink) is separated alone (``_unlinked``).
    ``should_stop`` may cancel the run (``core.cancel``)."""
    from .align_engine import Aligner  # a window shown a result made elsewhere never aligns

    overrides = overrides or Overrides()
    if not overrides.unlinks:
        return _with_links(old, new, overrides, should_stop)
    kept = _with_links(old, new, Overrides(overrides.links), should_stop)
    apart = Aligner(old, new, overrides, should_stop).run()
    return _unlinked(kept, apart, overrides.unlinks, old, new)


def _with_links(
    old: Document, new: Document, overrides: Overrides, should_stop: StopCheck | None
) -> Alignment:
    """The alignment with the reader's links, confirmations changing nothing else."""
    from .align_engine import Aligner

    if not overrides.links:
        return Aligner(old, new, overrides, should_stop).run()
    keys = _keys(overrides.links, old, new)
    plain = Aligner(old, new, Overrides((), overrides.unlinks), should_stop).run()
    made = _made(plain)
    confirmed = [lk for lk in overrides.links if keys[lk] in made]
    corrections = tuple(lk for lk in overrides.links if lk not in confirmed)
    found = plain
    if corrections:
        # Only what a correction touches changes: aligned with it as given, the
        # aligner's measure of chance and its first pairs had shifted, and linking
        # draft 4 with Art. II had unpaired draft 2 and Art. VI, a sure pair.
        given = Aligner(old, new, Overrides(corrections, overrides.unlinks), should_stop).run()
        linked = {keys[lk] for lk in corrections}
        touched_old = {i for pair in linked for i in pair[0]}
        touched_new = {j for pair in linked for j in pair[1]}

        def touched(link: Link) -> bool:
            """A pair of an article the reader linked elsewhere."""
            if _key(link) in linked:
                return False
            return not (touched_old.isdisjoint(link.old) and touched_new.isdisjoint(link.new))

        found = _composed(plain, given, touched, old, new)
        made = _made(found)
    if all(keys[lk] in made for lk in confirmed):
        return _theirs(found, set(keys.values()))
    return Aligner(old, new, overrides, should_stop).run()


def _theirs(alignment: Alignment, theirs: set[Key]) -> Alignment:
    """The links the reader made or confirmed marked as theirs."""
    return replace(
        alignment,
        links=tuple(
            replace(lk, confidence=1.0, origin="reader") if _key(lk) in theirs else lk
            for lk in alignment.links
        ),
    )


LabelLink = tuple[tuple[str, ...], tuple[str, ...]]
Key = tuple[frozenset[int], frozenset[int]]


def _keys(links: tuple[LabelLink, ...], old: Document, new: Document) -> dict[LabelLink, Key]:
    """Each reader's link by the segment indices of its labels (the maps made once)."""
    olds = {s.label: k for k, s in enumerate(old.segments)}
    news = {s.label: k for k, s in enumerate(new.segments)}
    return {
        link: (
            frozenset(olds[label] for label in link[0] if label in olds),
            frozenset(news[label] for label in link[1] if label in news),
        )
        for link in links
    }


def _key(link: Link) -> Key:
    return frozenset(link.old), frozenset(link.new)


def _made(alignment: Alignment) -> set[Key]:
    """The articles each link of an alignment pairs, to look a reader's link up in."""
    return {_key(lk) for lk in alignment.links}


def _unlinked(
    kept: Alignment,
    apart: Alignment,
    unlinks: tuple[tuple[str, str], ...],
    old: Document,
    new: Document,
) -> Alignment:
    """``kept`` without the pairs the reader separated; the articles that freed may pair
    with others left unpaired, as ``apart`` (aligned with the unlinks) pairs them, but
    no other pair changes: separating French Art. 9 from Art. 9 had paired the newer 9
    with the older 20, breaking 20 → 20."""
    _, parted = reader_links(Overrides((), unlinks), old.segments, new.segments)

    def separated(link: Link) -> bool:
        return any(i in link.old and j in link.new for i, j in parted)

    moved = {kept.links[k] for k in kept.moved} | {apart.links[k] for k in apart.moved}
    return _composed(kept, apart, separated, old, new, moved)


def _composed(
    kept: Alignment,
    apart: Alignment,
    dropped: Callable[[Link], bool],
    old: Document,
    new: Document,
    moved: set[Link] | None = None,
) -> Alignment:
    """``kept`` without its ``dropped`` links, and the links of ``apart`` between articles
    that left unpaired (not ``dropped`` either); ``moved`` as given, or worked out anew."""
    links = [lk for lk in kept.links if not dropped(lk)]
    paired_old = {i for lk in links for i in lk.old}
    paired_new = {j for lk in links for j in lk.new}
    links += [
        lk
        for lk in apart.links
        if paired_old.isdisjoint(lk.old) and paired_new.isdisjoint(lk.new) and not dropped(lk)
    ]
    links.sort(key=lambda lk: (lk.new[0], lk.old[0]))
    paired_old = {i for lk in links for i in lk.old}
    paired_new = {j for lk in links for j in lk.new}
    removed = tuple(i for i in range(len(old.segments)) if i not in paired_old)
    added = tuple(j for j in range(len(new.segments)) if j not in paired_new)
    return Alignment(
        tuple(links),
        added,
        removed,
        moved_links(links)
        if moved is None
        else frozenset(k for k, lk in enumerate(links) if lk in moved),
        {i: r for i, r in {**apart.related_old, **kept.related_old}.items() if i in removed},
        {j: r for j, r in {**apart.related_new, **kept.related_new}.items() if j in added},
    )
