"""The comparison as plain text: one line per pair with its changes, then the counts.
A pair made with confidence under the review threshold says so on its line.

This is what ``treatyviewer compare`` prints by default, for reading in a terminal
or keeping beside a diff in a review.
"""

from __future__ import annotations

from .attested_numbers import move_conjectured
from .change_classes import CLASSES
from .comparison import Comparison, counts_within


def comparison_text(cmp: Comparison) -> str:
    out = [f"old: {cmp.old.title}", f"new: {cmp.new.title}", ""]
    for warning in cmp.old.warnings:
        out.append(f"warning (old): {warning}")
    for warning in cmp.new.warnings:
        out.append(f"warning (new): {warning}")
    for warning in cmp.warnings:
        out.append(f"warning: {warning}")
    for row in cmp.rows():
        if row.kind != "pair":
            status = cmp.unpaired_status(row.kind, row.index)
            word = (
                "not known (one text gives this part only as notes)"
                if status == "unknown"
                else status
            )
            if row.kind == "added":
                out.append(f"{'':>12}  → {cmp.new.segments[row.index].reference:<12} {word}")
            else:
                out.append(f"{cmp.old.segments[row.index].reference:>12}  →              {word}")
            continue
        p = cmp.pairs[row.index]
        old = "+".join(cmp.references("old", p.old))
        new = "+".join(cmp.references("new", p.new))
        flags = "".join(
            f", {f}"
            for f, on in (
                ("rewritten", p.rewritten),
                ("moved", p.moved),
                ("renumbered", p.renumbered),
                ("numbering reconstructed", move_conjectured(cmp.old, cmp.new, p)),
                ("repealed", p.repealed),
            )
            if on
        )
        review = f"  to review: confidence {p.shown_confidence:.2f}" if p.uncertain else ""
        out.append(
            f"{old:>12}  → {new:<12} {p.status}{flags}  similarity {p.shown_similarity:.2f}"
            f"  kept {p.shown_kept:.2f}  changes {len(p.changes)}{review}"
        )
        for c in p.changes:
            old_t = " ".join(c.old_text.split())
            new_t = " ".join(c.new_text.split())
            tag = f"{c.change_class:>12}  "
            if c.op == "insert":
                out.append(f"{tag}  + {new_t}")
            elif c.op == "delete":
                out.append(f"{tag}  - {old_t}")
            else:
                out.append(f"{tag}  - {old_t}")
                out.append(f"{'':14}  + {new_t}")
    stats = cmp.stats()
    deleted, inserted = cmp.word_counts()
    out.append("")
    out.append(
        ", ".join(
            f"{n} {status}" + "".join(f" ({m} {part})" for part, m in parts.items())
            for status, n, parts in counts_within(stats)
        )
    )
    uncertain = [p for p in cmp.pairs if p.uncertain]
    if uncertain:  # pairs made on little evidence ("modified, moved, similarity 0.01")
        below = min(p.review_below for p in uncertain)
        out.append(f"{len(uncertain)} to review: paired with confidence below {below:.2f}")
    unknown = len(cmp.unknown[0]) + len(cmp.unknown[1])
    if unknown:
        out.append(
            f"of the added and removed, {unknown} not known: an edition gives their part of the text "
            "only as editor's notes"
        )
    unit = "characters" if cmp.counts_characters else "words"
    out.append(f"{deleted} {unit} deleted, {inserted} {unit} inserted")
    classes = cmp.class_counts()
    out.append("changes: " + ", ".join(f"{classes[c]} {c}" for c in CLASSES))
    if cmp.hidden or cmp.shown != frozenset(CLASSES):
        left = ", ".join(f"{n} {c}" for c, n in cmp.hidden.items()) or "none"
        out.append(f"left out (--only): {left}")
    return "\n".join(out) + "\n"
