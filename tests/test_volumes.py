"""A book printed in volumes, its chapters counted again in each.

A first edition in three volumes opens each with "CHAPTER I."; a later edition in
one volume counts its chapters straight through. Read as one count, the first
volume's chapters and the second's last ones had been the only units, the rest of
the book their text, and the later edition's chapters were reported added.
"""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

CHAPTERS = [
    "The house stood at the end of the harbour road, where the nets were dried.",
    "My father kept the lighthouse for thirty years and never once left the island.",
    "When the storm came in October the mail boat did not come for eleven weeks.",
    "The new teacher arrived in spring with a trunk of books and a telescope.",
    "We learned the names of the stars before we learned the names of the capitals.",
    "The war took my brother to the mainland, and his letters came rarely after that.",
    "In the last winter the lamp failed twice, and the second time a ship was lost.",
    "I left the island at nineteen on the boat that had brought the teacher.",
]


def _in_volumes(per_volume: list[int]) -> str:
    out, k = ["THE KEEPER'S DAUGHTER"], 0
    for v, count in enumerate(per_volume, 1):
        out.append(f"VOL. {'I' * v}.")
        for c in range(1, count + 1):
            out += [f"CHAPTER {'I' * c if c < 4 else 'IV'}.", CHAPTERS[k]]
            k += 1
    return "\n\n".join(out) + "\n"


def _in_one() -> str:
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    out = ["THE KEEPER'S DAUGHTER"]
    for n, body in zip(romans, CHAPTERS, strict=True):
        out += [f"CHAPTER {n}.", body]
    return "\n\n".join(out) + "\n"


def test_chapters_counted_again_in_each_volume_are_all_units() -> None:
    doc = make_document(_in_volumes([3, 3, 2]))
    labels = [s.label for s in doc.segments if s.label != "preamble"]
    assert labels == ["I:I", "I:II", "I:III", "II:I", "II:II", "II:III", "III:I", "III:II"]
    assert [d.label for d in doc.divisions] == ["I", "II", "III"]
    assert not any("repeat" in w for w in doc.warnings)


def test_each_chapter_pairs_with_its_place_in_the_later_edition() -> None:
    old, new = make_document(_in_volumes([3, 3, 2])), make_document(_in_one())
    found = align(old, new)
    pairs = {
        old.segments[lk.old[0]].label: new.segments[lk.new[0]].label
        for lk in found.links
        if len(lk.old) == len(lk.new) == 1
    }
    assert pairs["II:I"] == "IV"
    assert pairs["III:II"] == "VIII"
    assert not found.added
