"""What one comparison of two texts needs: the one request every way of comparing takes
(the first pair begun at launch, a worker thread, a process of its own). Nothing here
imports Qt: the request crosses into forked and spawned processes."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field, replace

from ...core.align import Overrides
from ...core.comparison import UNCERTAIN_BELOW, Comparison
from ...core.document import Document
from ...core.textdiff import DiffOptions
from ...io.limits import ReadLimits

Loaded = tuple[Document, Document, Comparison]
"""What a comparison hands back: both documents and their comparison."""

LONG_PAIR_BYTES = 2_000_000
"""Both texts together at least this size: compared in a process of their own
(``apart``), also when begun at launch (not by ``head_start``, whose child sends the
texts again with the comparison)."""


@dataclass(frozen=True)
class Request:
    """Files to read (or documents already read) and how to compare them."""

    old_name: str
    new_name: str
    options: DiffOptions = field(default_factory=DiffOptions)
    overrides: Overrides = field(default_factory=Overrides)
    review_below: float = UNCERTAIN_BELOW
    encodings: tuple[str | None, str | None] = (None, None)
    limits: ReadLimits = field(default_factory=ReadLimits)
    documents: tuple[Document, Document] | None = None
    """Compare these again (other options, corrections) instead of reading the files."""

    def weight(self) -> int:
        """Bytes to read (documents already read count by their text)."""
        if self.documents is not None:
            return sum(len(d.text) for d in self.documents)
        total = 0
        for name in (self.old_name, self.new_name):
            with contextlib.suppress(OSError):  # a bundled id, or a file the reader reports
                total += os.path.getsize(name)
        return total

    def same_comparison(self, other: Request) -> bool:
        """Whether ``other`` reads and compares the same (the review threshold aside:
        it is applied to a finished comparison)."""
        return replace(other, review_below=self.review_below) == self
