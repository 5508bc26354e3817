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


SPEC = """SIGNAL SPECIFICATION

Volume 1 General

1 Scope

This specification sets out the signals used between stations.

2 Terms

A station is any post that sends or receives a signal.

3 Conformance

A station conforms if it passes every test of the annex.

Volume 2 Procedure

1 Scope

This volume sets out how signals are exchanged over a line.

2 Calling

A station calls by sending its letters three times.

3 Waiting

A station waits at most three minutes for an answer.
"""


def test_sections_numbered_again_in_each_volume_of_a_standard() -> None:
    """With "Volume" read as a division, section 3 of the first volume had held the
    whole second volume."""
    doc = make_document(SPEC)
    labels = [s.label for s in doc.segments if s.label != "preamble"]
    assert labels == ["1:1", "1:2", "1:3", "2:1", "2:2", "2:3"]


def test_a_running_head_is_no_volume() -> None:
    """A journal's running head ("VOL. 58, NO. 3") over each page of a treaty it
    prints had made a volume of each page, titled ", NO. 3"."""
    pages = [
        "Article 1\n\nThe Parties shall keep the peace.",
        "Article 2\n\nThe frontier follows the river.",
        "Article 3\n\nThis Treaty is ratified.",
    ]
    doc = make_document("".join(f"VOL. 58, NO. 3\n\n{page}\n\n" for page in pages))
    assert not doc.divisions
    assert [s.label for s in doc.segments if s.label != "preamble"] == ["1", "2", "3"]
