"""The lineage table in plain text and CSV: one row per lineage, one column per version."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.document import Document

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..core.chain import Chain
    from ..core.lineage import Lineage, Step

ABSENT = "—"


def version_name(doc: Document, version: int) -> str:
    """A short name people recognise: the bundled short title, else the title or file."""
    short = doc.metadata.get("short_title") if doc.metadata else None
    if isinstance(short, str) and short:
        return short
    if doc.title:
        return doc.title if len(doc.title) <= 40 else doc.title[:39] + "…"
    if doc.source:
        return Path(doc.source).name
    return f"Version {version + 1}"


def cell_label(chain: Chain, step: Step, names: Mapping[str, str] | None = None) -> str:
    """A step's articles as a reader names them ("Preamble", as the pair reports do;
    the JSON keeps the label "preamble"); ``names`` gives the unnumbered parts in the
    reader's language (the window's)."""
    if not step.present:
        return ABSENT
    unnumbered = names if names is not None else _UNNUMBERED
    return " + ".join(unnumbered.get(r, r) for r in chain.references(step))


_UNNUMBERED = {"preamble": "Preamble", "closing": "Closing"}


def step_words(step: Step) -> tuple[str, tuple[str, ...]]:
    """The status a step is listed with and the flags said beside it, as a pair's
    concordance says them: an article moved is "moved" ("modified", "renumbered"). The
    window's table and the reports read alike (the table had said "moved (modified)"
    and the report "modified, moved, renumbered" of one article)."""
    status = step.shown_status
    flags: list[str] = []
    if step.moved and status in ("unchanged", "modified"):
        flags = ["modified"] if status == "modified" else []
        status = "moved"
    elif step.moved:
        flags.append("moved")
    if step.renumbered and status != "renumbered":
        flags.append("renumbered")
    return status, tuple(flags)


def step_note(chain: Chain, step: Step) -> str:
    """The status of a step with its flags, as a reader says it."""
    status, flags = step_words(step)
    said = "not known" if step.status == "unknown" else status
    if step.status == "returned" and step.since is not None:
        said = f"returned from version {step.since + 1}"
    if flags:
        said += f" ({', '.join(flags)})"
    if step.joined and step.status != "added":
        said += f", beside it {joined_labels(chain, step)} added"
    return said


def joined_labels(chain: Chain, step: Step) -> str:
    """The articles a step took in that were new in its version ("4", "4 + 5")."""
    segments = chain.documents[step.version].segments
    return " + ".join(segments[s].label for s in step.joined)


def fate(chain: Chain, lineage: Lineage) -> str:
    """The path in one line: "4 → V (modified) → 5 (unchanged)"."""
    parts = []
    for step in lineage.steps:
        if step.status == "absent":
            continue
        label = cell_label(chain, step)
        parts.append(label if step.status == "present" else f"{label} ({step_note(chain, step)})")
    return " → ".join(parts)


def lineage_text(chain: Chain) -> str:
    """The readable table ``compare A B C --format text`` prints."""
    out = ["versions:"]
    for k, doc in enumerate(chain.documents):
        out.append(f"  {k + 1}. {version_name(doc, k)} ({doc.source or doc.title})")
        out.extend(f"     warning: {w}" for w in doc.warnings)
    out.append("")
    names = [f"{k + 1}" for k in range(len(chain.documents))]
    rows = [[cell_label(chain, s) for s in lin.steps] for lin in chain.lineages]
    widths = [max([len(n), *(len(r[k]) for r in rows)]) for k, n in enumerate(names)]
    out.append("  ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)) + "  path")
    for lin, row in zip(chain.lineages, rows, strict=True):
        cells = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
        out.append(f"{cells}  {fate(chain, lin)}".rstrip())
    out.append("")
    for k in range(1, len(chain.documents)):
        counts: dict[str, int] = {}
        for lin in chain.lineages:
            step = lin.steps[k]
            if step.status != "absent":
                counts[step.status] = counts.get(step.status, 0) + 1
            if step.joined and step.status != "added":  # new here, merged later
                counts["added"] = counts.get("added", 0) + len(step.joined)
        summary = ", ".join(f"{v} {s}" for s, v in counts.items())
        out.append(f"{k} → {k + 1}: {summary}")
    out.append(f"{len(chain.lineages)} lineages")
    return "\n".join(out) + "\n"


def lineage_csv(chain: Chain) -> str:
    """One row per lineage: label and status in every version (``csv`` is imported
    here: the window shows version names from this module at start, never CSV)."""
    import csv

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    header = ["lineage"]
    for k in range(len(chain.documents)):
        header += [f"v{k + 1}", f"v{k + 1}_status"]
    writer.writerow([*header, "changed"])
    for n, lin in enumerate(chain.lineages, start=1):
        row: list[str | int] = [n]
        for step in lin.steps:
            row += [" + ".join(chain.references(step)), step_note(chain, step)]
        writer.writerow([*row, "true" if lin.changed else "false"])
    return buf.getvalue()
