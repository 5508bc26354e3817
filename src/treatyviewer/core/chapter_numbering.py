"""Articles numbered again from one in every chapter.

A Swedish or Finnish law counts its sections anew in each chapter ("2 kap. 1 §"),
and readers cite a section by both numbers ("2:1"). Read as one count, the second
chapter's "1 §" repeats the first chapter's: the labels would need a mark of
repetition ("1#2") and the reader a warning that the numbers go backwards. Where
every chapter's articles start again from one, each label says its chapter
instead.
"""

from __future__ import annotations

from dataclasses import replace

from .document import Division, Segment, SegmentKind

REPEAT_MARK = "#"


def _base(label: str) -> str:
    return label.split(REPEAT_MARK, 1)[0]


def restarts_in_divisions(segments: list[Segment], divisions: tuple[Division, ...]) -> bool:
    """Whether the articles' numbers start again at the head of the divisions that hold
    articles: at least two, and at least half of them, from 1 (one count starts from
    1 once; a chapter whose "1 §" was repealed or moved opens with "3 §" or "4 §")."""
    firsts: dict[int, Segment] = {}
    for seg in segments:
        if seg.kind is not SegmentKind.ARTICLE:
            continue
        if seg.division is None:
            return False  # an article outside every division: one count after all
        firsts.setdefault(seg.division, seg)
    ones = sum(seg.number == 1 for seg in firsts.values())
    if ones < 2 or 2 * ones < len(firsts):
        return False
    return any(REPEAT_MARK in seg.label for seg in segments if seg.kind is SegmentKind.ARTICLE)


def qualified_labels(
    segments: list[Segment], divisions: tuple[Division, ...], warnings: list[str]
) -> tuple[list[Segment], list[str]]:
    """Labels that name their division ("2:1") when the numbering restarts in each,
    without the warnings that one count would have raised; else all as they were."""
    if not restarts_in_divisions(segments, divisions):
        return segments, warnings
    out = []
    counts: dict[str, int] = {}
    repeats: list[tuple[str, str, int]] = []
    for seg in segments:
        if seg.kind is SegmentKind.ARTICLE and seg.division is not None:
            label = f"{divisions[seg.division].label}:{_base(seg.label)}"
            counts[label] = counts.get(label, 0) + 1
            if counts[label] > 1:
                # A section printed in the wording that ends and in the one that
                # begins ("1 § /Upphör att gälla …/", "1 § /Träder i kraft …/"):
                # marked within its chapter, the chapters' labels kept.
                repeats.append((seg.heading or label, label, counts[label]))
                label = f"{label}{REPEAT_MARK}{counts[label]}"
            seg = replace(seg, label=label)
        out.append(seg)
    labels = [s.label for s in out]
    if len(set(labels)) != len(labels):
        return segments, warnings
    kept = [w for w in warnings if not _about_one_count(w)]
    return out, kept + repeat_notices(repeats)


def _about_one_count(warning: str) -> bool:
    return (
        warning.startswith("article numbers are not in order")
        or (" appears " in warning and "the repeat is labelled" in warning)
        or "each repeat is labelled" in warning
    )


REPEATS_TOLD = 5
"""Repeated numbers told one by one; more are told as one notice."""


def repeat_notices(repeats: list[tuple[str, str, int]]) -> list[str]:
    """What the reader is told of headings that repeat a number: (heading as
    printed, label, how many times so far) of each repeat."""
    if len(repeats) > REPEATS_TOLD:  # a text pasted in several times: one notice, not thousands
        first = repeats[0][0]
        return [
            f"{len(repeats)} headings repeat an earlier number (the first: {first}); "
            "each repeat is labelled with #2, #3 and so on"
        ]
    return [
        f"{heading} appears {count} times; the repeat is labelled {label}#{count}"
        for heading, label, count in repeats
    ]
