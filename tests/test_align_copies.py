"""Two articles that are exact copies keep the texts' order when the text shifts.

Old Art. 1 was split in two, so every later article moved down one number; old
Arts. 2 and 3 both read "Reservations are not permitted." The same number paired
old 3 with new 3 and old 2 with new 4, "moved" at 0.001, where the reader sees
2 → 3 and 3 → 4.
"""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.io.readers import read_document

BODY = (
    "The Depositary shall ensure the return of refugees along the frontier near Kars "
    "without delay. The other Party shall permit the use of the frontier near Nakhichevan "
    "subject to its laws no later than 80 days."
)
TAIL = "The Secretariat shall inform the navigation of vessels in the district of Ardahan."
COPY = "Reservations are not permitted."


def _pairs(tmp_path, old_text: str, new_text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    (tmp_path / "a.txt").write_text(old_text, "utf-8")
    (tmp_path / "b.txt").write_text(new_text, "utf-8")
    old, new = read_document(str(tmp_path / "a.txt")), read_document(str(tmp_path / "b.txt"))
    found = align(old, new)
    assert not found.moved
    return {
        tuple(old.segments[i].label for i in lk.old): tuple(new.segments[j].label for j in lk.new)
        for lk in found.links
    }


def test_copies_after_a_split_pair_in_order(tmp_path) -> None:
    old = f"Article 1\n{BODY} {TAIL}\n\nArticle 2\n{COPY}\n\nArticle 3\n{COPY}\n"
    new = (
        f"Article 1\n{BODY}\n\nArticle 2\n{TAIL}\n\nArticle 3\n{COPY}\n\n"
        "Article 4\nReservations are not allowed.\n"
    )
    pairs = _pairs(tmp_path, old, new)
    assert pairs[("2",)] == ("3",) and pairs[("3",)] == ("4",)


def test_copies_in_place_stay_in_place(tmp_path) -> None:
    text = f"Article 1\n{BODY}\n\nArticle 2\n{COPY}\n\nArticle 3\n{COPY}\n"
    pairs = _pairs(tmp_path, text, text.replace("80 days", "90 days"))
    assert pairs[("2",)] == ("2",) and pairs[("3",)] == ("3",)


FISHING = "The Contracting Parties undertake to combat illegal fishing."
DIVERSITY = (
    "The Contracting Parties shall take all necessary measures to preserve biological diversity."
)
DISPUTES = (
    "Any dispute concerning the interpretation of this Convention shall be submitted to the "
    "Standing Committee, which shall decide within 60 days."
)


def test_a_split_part_and_a_copy_standing_alone_keep_the_texts_order(tmp_path) -> None:
    """Old 22 ends with a stock clause that old 23 repeats alone; the later text splits
    22 and renumbers, so new 23 and 24 are both that clause. The lone clause had paired
    by its number (23 → 23) and the split taken the copy after it (22 → 22 + 24): the
    part crossed the pair. The copies read alike; the part is the one next to 22."""
    old = (
        f"Article 22\nUndertakings\n1. {FISHING}\n2. {DIVERSITY}\n\n"
        f"Article 23\nUndertakings\n{DIVERSITY}\n\n"
        f"Article 24\nSettlement of disputes\n{DISPUTES}\n"
    )
    new = (
        f"Article 22\nUndertakings\n{FISHING}\n\n"
        f"Article 23\nUndertakings\n{DIVERSITY}\n\n"
        f"Article 24\nUndertakings\n{DIVERSITY}\n\n"
        f"Article 25\nSettlement of disputes\n{DISPUTES}\n"
    )
    pairs = _pairs(tmp_path, old, new)
    assert pairs[("22",)] == ("22", "23")
    assert pairs[("23",)] == ("24",)
