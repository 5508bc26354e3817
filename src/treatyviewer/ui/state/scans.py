"""What the panes and docks will ask of two texts (cross-references, entity mentions),
found off the GUI thread, and handed over from the process that found them. Nothing
here imports Qt."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ...core.cancel import StopCheck, check
from ...core.comparison import Comparison
from ...core.document import Document
from ...core.entities import Gazetteer, Mention, find_mentions, keep_mentions
from ...core.parallel import single_threaded
from ...core.xrefs import Reference, find_references, keep_references

Found = tuple[tuple[tuple[Reference, ...], tuple[Mention, ...]], ...]
"""Each document's cross-references and entity mentions, in a form another process
can hand over."""


def may_fork() -> bool:
    """True only while this process is single-threaded and Qt is not loaded (Qt may
    start threads of its own at any time): see ``core.parallel.single_threaded``."""
    return "PySide6.QtCore" not in sys.modules and single_threaded()


def scanned(docs: Sequence[Document]) -> Found:
    """What ``prepare`` finds in each document (one result per document, so that
    ``shared_map`` can share the documents out), as ``keep_scans`` takes it."""
    gazetteer = Gazetteer.bundled()
    return tuple((tuple(find_references(d)), tuple(find_mentions(d, gazetteer))) for d in docs)


def keep_scans(docs: Sequence[Document], found: Found) -> None:
    """Take scans made elsewhere (a helper, a child process) as the documents' own: the
    panes and docks then never search a long text on the GUI thread."""
    gazetteer = Gazetteer.bundled()
    for doc, (references, mentions) in zip(docs, found, strict=True):
        keep_references(doc, references)
        keep_mentions(doc, gazetteer, mentions)


def prepare(cmp: Comparison, stop: StopCheck | None) -> None:
    """Find, while still off the GUI thread, what the panes and docks will ask of the
    texts (cross-references, entity mentions): each is found once per document."""
    gazetteer = Gazetteer.bundled()
    for doc in (cmp.old, cmp.new):
        check(stop)
        find_references(doc)
        check(stop)
        find_mentions(doc, gazetteer)
