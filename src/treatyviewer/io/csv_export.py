"""The concordance as CSV: one row per pair, added or removed article."""

from __future__ import annotations

import csv
import io
from typing import Any

from ..core.change_classes import CLASSES, class_counts
from ..core.comparison import Comparison

CSV_FIELDS = (
    "old", "new", "status", "moved", "renumbered", "similarity", "confidence", "origin",
    "changes", "words_deleted", "words_inserted", *CLASSES,
)  # fmt: skip
"""One row per article pair, added or removed article; the last columns count the
pair's word changes per class."""
CSV_ENCODING = "utf-8-sig"
"""CSV files open with a UTF-8 byte-order mark: without one, Excel on Windows reads
them in the system's code page and garbles every letter outside it (Chinese and
Korean labels, Cyrillic, Turkish). Python reads them back as ``utf-8-sig``. What is
printed to standard output has none: it goes on to other programs."""
CHANGE_FIELDS = ("old", "new", "class", "op", "old_text", "new_text", "old_start", "new_start")


def _yes(flag: bool) -> str:
    return "true" if flag else "false"


def concordance_rows(cmp: Comparison) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for row in cmp.rows():
        if row.kind == "pair":
            p = cmp.pairs[row.index]
            rows.append(
                {
                    "old": " + ".join(cmp.references("old", p.old)),
                    "new": " + ".join(cmp.references("new", p.new)),
                    "status": p.status,
                    "moved": _yes(p.moved),
                    "renumbered": _yes(p.renumbered),
                    "similarity": f"{p.similarity:.3f}",
                    "confidence": f"{p.confidence:.3f}",
                    "origin": p.origin,
                    "changes": len(p.changes),
                    "words_deleted": p.words_deleted,
                    "words_inserted": p.words_inserted,
                    **class_counts(p.changes),
                }
            )
        else:
            doc = cmp.new if row.kind == "added" else cmp.old
            label = doc.segments[row.index].reference
            words = len(doc.body(doc.segments[row.index]).split())
            rows.append(
                {
                    "old": label if row.kind == "removed" else "",
                    "new": label if row.kind == "added" else "",
                    "status": row.kind,
                    "moved": "false",
                    "renumbered": "false",
                    "similarity": "",
                    "confidence": "",
                    "origin": "reader" if cmp.unpaired_by_reader(row.kind, row.index) else "auto",
                    "changes": 0,
                    "words_deleted": words if row.kind == "removed" else 0,
                    "words_inserted": words if row.kind == "added" else 0,
                    **dict.fromkeys(CLASSES, 0),
                }
            )
    return rows


def changes_csv(cmp: Comparison) -> str:
    """Every word change with its class; offsets are absolute in each text."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CHANGE_FIELDS, lineterminator="\n")
    writer.writeheader()
    for row in cmp.rows():
        if row.kind != "pair":
            continue
        p = cmp.pairs[row.index]
        old, new = (
            " + ".join(cmp.references("old", p.old)),
            " + ".join(cmp.references("new", p.new)),
        )
        for c in p.changes:
            writer.writerow(
                {
                    "old": old,
                    "new": new,
                    "class": c.change_class,
                    "op": c.op,
                    "old_text": c.old_text,
                    "new_text": c.new_text,
                    "old_start": c.old_start,
                    "new_start": c.new_start,
                }
            )
    return buf.getvalue()


def comparison_csv(cmp: Comparison) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(concordance_rows(cmp))
    return buf.getvalue()
