"""An article that another article quotes, as the older wording still applies somewhere,
is that article's text, not an article of its own.

A code in Markdown marks its articles "###### Article 5"; one of them says how another
reads on the islands ("However, Article 2 shall read there as follows:") and quotes it
in full, headed "Art. 2. -" without the mark. The quotation had become an article
"2#2", and since it keeps the older wording of Article 2, it took the older Article 2
at certainty while the newer Article 2, rewritten, was reported added."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document
from treatyviewer.io.readers import read_document

OPENING = """\
# Harbour Code

## Book I: Moorings

###### Article 1

Every vessel moored in the harbour shall show its name and its home port on the stern.

###### Article 2

{second}

###### Article 3

Mooring fees are due on arrival and are paid at the harbour office.

## Book II: Islands

###### Article 4

This code applies on the islands of the bay, save as provided in Article 5.

###### Article 5

For its application on the islands, the words "harbour office" are read as "island \
office", the words "harbour master" as "island warden", and the word "quay" as \
"landing stage".

Articles 1 and 3 apply there from the first day of the season; the island council may \
set lower fees for vessels registered on the islands and may close a landing stage in \
bad weather.
"""

OLD_SECOND = """\
A request to moor for more than thirty nights shall be made in writing to the harbour \
master, with the vessel's papers attached.

The harbour master shall decide within fifteen days and give reasons for a refusal."""

NEW_SECOND = """\
A vessel owned by a natural person may moor for up to ninety nights without a request. \
Any other owner shall make a request to moor for more than thirty nights to the harbour \
master, on the form the harbour master publishes.

The harbour master shall decide within fifteen days."""

QUOTED = """
However, Article 2 shall read there as follows:

Art. 2. - {second}
"""


def _read(folder: Path, name: str, text: str) -> Document:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_an_article_quoted_after_a_colon_stays_the_quoting_articles_text(tmp_path: Path) -> None:
    old = _read(tmp_path, "old.md", OPENING.format(second=OLD_SECOND))
    new_text = OPENING.format(second=NEW_SECOND) + QUOTED.format(second=OLD_SECOND)
    new = _read(tmp_path, "new.md", new_text)
    assert [s.label for s in new.segments] == ["preamble", "1", "2", "3", "4", "5"]
    fifth = new.segments[-1]
    assert "Art. 2. - A request to moor" in new.body(fifth)
    cmp = compare(old, new)
    pairs = {
        (tuple(old.segments[i].label for i in p.old), tuple(new.segments[j].label for j in p.new))
        for p in cmp.pairs
    }
    assert (("2",), ("2",)) in pairs and (("5",), ("5",)) in pairs
    assert not cmp.added and not cmp.removed
