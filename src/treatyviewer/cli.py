"""Command-line entry points. Scripts depend on these; keep them stable.

Exit codes: 0 success, 2 bad usage or unreadable input (one line on stderr),
1 internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import map_command
from .commands import COMMAND_HELP, SUBCOMMANDS
from .core.change_kinds import CLASSES, parse_classes
from .core.errors import InputError, TreatyViewerError, both_read, read_or_problem
from .core.parallel import Background, helpers_available
from .core.resources import DEFAULT_PAIR, bundled_ids, is_bundled_id
from .io.json_text import write_json
from .io.limits import ReadLimits, add_limit_args, limits_from_args
from .io.report_notes import NOTE_CHOICES
from .terminal import tell_problem

if TYPE_CHECKING:
    from .core.align_types import Overrides
    from .core.comparison import Comparison
    from .core.document import Document
    from .core.textdiff import DiffOptions

# The comparison machinery (a tenth of a second of imports) is imported where it is
# used: a compare of two long texts imports it while a helper reads the new text.


class UsageError(Exception):
    """Bad command-line usage; reported in one line with exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _add_pair_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "texts",
        nargs="*",
        metavar="TEXT",
        help="two texts (OLD NEW), or three or more versions oldest first: files or bundled ids",
    )
    parser.add_argument("--encoding", help="force the text encoding of both files")
    add_limit_args(parser)


def _add_diff_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--ignore-case", action="store_true", help="treat Kars and KARS alike")
    parser.add_argument(
        "--ignore-punctuation", action="store_true", help="leave commas, stops and quotes out"
    )
    parser.add_argument(
        "--keep-whitespace",
        action="store_true",
        help="report changes of spacing and paragraph breaks too",
    )
    parser.add_argument(
        "--ignore-numbering", action="store_true", help="treat 4 and IV and 5 alike"
    )
    parser.add_argument(
        "--only",
        metavar="CLASSES",
        help="keep only these change classes, comma-separated: substance, form, or any of "
        + ", ".join(CLASSES)
        + " (what is left out is counted in the summary)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="treatyviewer", description="Read and compare versions of a treaty.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    p = sub.add_parser("compare", help=COMMAND_HELP["compare"])
    _add_pair_args(p)
    _add_diff_options(p)
    p.add_argument(
        "--format",
        choices=("json", "text", "csv"),
        default="text",
        help="json: the full comparison (schema treatyviewer.comparison/2, or "
        "treatyviewer.lineage/1 for three or more texts); text: a readable summary; "
        "csv: the concordance (the lineage table for three or more texts)",
    )
    p.add_argument(
        "--json", dest="format", action="store_const", const="json", help="same as --format json"
    )
    p.add_argument(
        "--with-text",
        action="store_true",
        help='json: add each text as read ("text" beside "segments"), the string that '
        "every start and end indexes: decoded, lines ended by \\n, trailing spaces "
        "removed, and Markdown's heading marks, backslash escapes, links and emphasis "
        "taken off (bold that opens a line and may head a section stays)",
    )
    p = sub.add_parser("export", help=COMMAND_HELP["export"])
    _add_pair_args(p)
    _add_diff_options(p)
    p.add_argument("--pdf", metavar="OUT.pdf", help="annotated PDF with outline and notes")
    p.add_argument("--html", metavar="OUT.html", help="self-contained HTML report")
    p.add_argument("--csv", metavar="OUT.csv", help="the concordance of articles")
    p.add_argument(
        "--changes-csv", metavar="OUT.csv", help="every word change with its class, one a row"
    )
    p.add_argument("--json", metavar="OUT.json", help="the full comparison, as compare prints it")
    p.add_argument(
        "--tei", metavar="OUT.xml", help="TEI P5 critical apparatus (parallel segmentation)"
    )
    p.add_argument("--project", metavar="FILE", help="reading session with annotations")
    p.add_argument(
        "--layout",
        choices=("side-by-side", "inline"),
        default="side-by-side",
        help="two columns, or one column with deletions struck and insertions underlined",
    )
    p.add_argument(
        "--notes",
        choices=NOTE_CHOICES,
        default="all",
        help="which notes the report carries: the session's own (mine), the curated notes "
        "shipped with the bundled texts, or both (default)",
    )
    p.add_argument("--changed-only", action="store_true", help="leave out unchanged articles")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="page size")
    p.add_argument(
        "--lang",
        choices=("en", "ru", "tr"),
        help="language of the PDF's and HTML's own words (headings, legend, badges, "
        "page footers); the texts stay as they are. Default: English, whatever the "
        "window's language",
    )
    p = sub.add_parser("entities", help=COMMAND_HELP["entities"])
    p.add_argument("file", nargs="?", help="a file or bundled id (default: moscow-1921)")
    p.add_argument("--format", choices=("json", "text"), default="text", help="output format")
    p.add_argument("--encoding", help="force the text encoding")
    add_limit_args(p)
    p = sub.add_parser("annotations", help=COMMAND_HELP["annotations"])
    p.add_argument("project", nargs="?", help="a .tvproj file (default: the curated notes)")
    p.add_argument("--format", choices=("json", "text"), default="text", help="output format")
    map_command.add_parser(sub)
    return parser


def load(name: str, encoding: str | None = None, limits: ReadLimits | None = None) -> Document:
    from .io.readers import read_document

    if not Path(name).exists() and _looks_like_an_id(name):
        raise InputError(
            f"{name} is neither a file nor a bundled text (bundled: {', '.join(bundled_ids())})"
        )
    return read_document(name, encoding=encoding, limits=limits)


def _looks_like_an_id(name: str) -> bool:
    return not is_bundled_id(name) and not any(ch in name for ch in "/\\.")


def _split_texts(args: argparse.Namespace) -> None:
    """``args.old``/``args.new`` for two texts; three or more stay in ``args.texts``."""
    texts = list(getattr(args, "texts", None) or [])
    if len(texts) == 1:
        raise UsageError(
            f"treatyviewer {args.command}: give two texts (OLD NEW), three or more for a chain, "
            "or none for the bundled pair"
        )
    args.old, args.new = (texts[0], texts[1]) if len(texts) == 2 else (None, None)


def load_chain(args: argparse.Namespace) -> list[Document]:
    """The three or more texts named, oldest first (or a saved chain's texts)."""
    names = list(args.texts)
    return [load(name, args.encoding, limits_from_args(args)) for name in names]


def _saved_chain(args: argparse.Namespace) -> tuple[list[Document], list[Overrides]] | None:
    """The texts and corrections of a saved chain of three or more texts, else None."""
    from .core.chain_session import chain_overrides, chain_refs
    from .core.project import load_project, locate_source

    project = load_project(args.project)
    refs = chain_refs(project)
    if len(refs) < 3:
        return None
    folder = Path(args.project).resolve().parent
    names = [locate_source(ref.source, folder, is_bundled_id) for ref in refs]
    docs = [load(name, args.encoding, limits_from_args(args)) for name in names]
    return docs, chain_overrides(project)


def is_chain(args: argparse.Namespace) -> bool:
    return len(getattr(args, "texts", None) or []) >= 3


def load_pair(
    args: argparse.Namespace, meanwhile: Callable[[], object] | None = None
) -> tuple[Document, Document, Overrides]:
    """The two texts named, else those of ``--project``, else the bundled pair.

    ``meanwhile`` runs while forked helpers may be reading the two texts."""
    from .core.align_types import Overrides

    overrides = Overrides()
    old_name, new_name = (args.old, args.new) if args.old else DEFAULT_PAIR
    if getattr(args, "project", None) and args.old is None:
        from .core.project import load_project, locate_source, overrides_from

        project = load_project(args.project)
        folder = Path(args.project).resolve().parent
        old_name = locate_source(project.old.source, folder, is_bundled_id)
        new_name = locate_source(project.new.source, folder, is_bundled_id)
        overrides = overrides_from(project.alignment)
    limits = limits_from_args(args)
    # Two long files are read side by side by forked helpers, while this process
    # does ``meanwhile`` (else it reads the old one itself).
    helpers = helpers_available() if _size(old_name) + _size(new_name) >= SIDE_BY_SIDE else 0
    if helpers:
        _import_reader()
    later = Background(
        lambda: read_or_problem(lambda: load(new_name, args.encoding, limits)), helpers
    )
    first = Background(
        lambda: read_or_problem(lambda: load(old_name, args.encoding, limits)),
        helpers if meanwhile else 0,
    )
    try:
        if meanwhile is not None:
            meanwhile()
        old = first.result()
    except BaseException:
        first.cancel()
        later.cancel()
        raise
    from .core.segment_alike import segmented_alike

    # both texts' problems, if both have one
    return (*segmented_alike(*both_read(old, later.result())), overrides)


SIDE_BY_SIDE = 200_000
"""Bytes of the two files from which reading them side by side pays (a document
crosses back from the helper at a few percent of the cost of reading it, and a
fork costs a few milliseconds)."""


def _import_reader() -> None:
    """The segmenter (and the heading patterns it compiles as it loads, a few dozen
    milliseconds), imported once here before the helpers that read the two texts
    are forked: each would otherwise import and compile it for itself."""
    from .core import segment  # noqa: F401
    from .core.resources import bundled_ids

    bundled_ids()  # every reader asks whether its name is a bundled text


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError:  # a bundled id, or a file that the reader will report
        return 0


def diff_options(args: argparse.Namespace) -> DiffOptions:
    from .core.textdiff import DiffOptions

    return DiffOptions(
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_whitespace=not args.keep_whitespace,
        ignore_numbering=args.ignore_numbering,
    )


def _print_json(data: Any) -> None:
    write_json(data, sys.stdout)


def shown_classes(args: argparse.Namespace) -> frozenset[str] | None:
    """The classes ``--only`` keeps, or None when it is not given."""
    if not args.only:
        return None
    try:
        return frozenset(parse_classes(args.only))
    except ValueError as exc:
        raise UsageError(f"treatyviewer {args.command}: --only: {exc}") from exc


def compare_args(args: argparse.Namespace) -> Comparison:
    """Read the pair the arguments name and compare it, keeping the ``--only`` classes."""
    keep = shown_classes(args)  # bad usage is reported before any file is read
    old, new, overrides = load_pair(args, meanwhile=_import_engine)
    from .core.comparison import compare

    cmp = compare(old, new, diff_options(args), overrides, helpers=helpers_available())
    if keep is None:
        return cmp
    from .core.shown_classes import only_classes

    return only_classes(cmp, keep)


def _import_engine() -> None:
    """The aligner, the word diff and the classifier, imported ahead of their use
    (the aligner's stages are otherwise imported only once both texts are read)."""
    from .core import align_engine, comparison  # noqa: F401


def run_compare(args: argparse.Namespace) -> int:
    if is_chain(args):
        from .core.chain import build_chain
        from .io.lineage_table import lineage_csv, lineage_text

        chain = build_chain(load_chain(args), diff_options(args), helpers=helpers_available())
        return _print_as(
            args.format, chain.to_json, lambda: lineage_csv(chain), lambda: lineage_text(chain)
        )
    cmp = compare_args(args)  # imports the engine while the texts are read

    def as_json() -> Any:
        from .io.comparison_json_text import comparison_value

        value = comparison_value(cmp, helpers_available())
        if getattr(args, "with_text", False):
            value["old"]["text"], value["new"]["text"] = cmp.old.text, cmp.new.text
        return value

    def as_csv() -> str:
        from .io.csv_export import comparison_csv

        return comparison_csv(cmp)

    def as_text() -> str:
        from .core.comparison_text import comparison_text

        return comparison_text(cmp)

    return _print_as(args.format, as_json, as_csv, as_text)


def _print_as(
    fmt: str,
    as_json: Callable[[], Any],
    as_csv: Callable[[], str],
    as_text: Callable[[], str],
) -> int:
    """Print the object in the format asked for (json, csv or text)."""
    if fmt == "json":
        _print_json(as_json())
    else:
        sys.stdout.write(as_csv() if fmt == "csv" else as_text())
    return 0


def run_export(args: argparse.Namespace) -> int:
    from .core.chain import build_chain, chain_from
    from .io.export import export_all

    if not (args.pdf or args.html or args.csv or args.json or args.changes_csv or args.tei):
        raise UsageError(
            "treatyviewer export: name at least one output "
            "(--pdf, --html, --csv, --changes-csv, --json or --tei)"
        )
    if is_chain(args):
        chain = build_chain(load_chain(args), diff_options(args), helpers=helpers_available())
    elif args.project and not args.texts and (saved := _saved_chain(args)) is not None:
        chain = build_chain(saved[0], diff_options(args), saved[1], helpers=helpers_available())
    else:
        cmp = compare_args(args)
        chain = chain_from((cmp.old, cmp.new), (cmp,), cmp.options)
    if args.lang:  # the reports' words; the texts are read and refused in English
        from .io.export import use_language

        use_language(args.lang)
    written = export_all(chain, args)
    for path in written:
        print(path)
    return 0


def run_entities(args: argparse.Namespace) -> int:
    from .core.entities import Gazetteer, entities_json

    doc = load(args.file or "moscow-1921", args.encoding, limits_from_args(args))
    data = entities_json(doc, Gazetteer.bundled(), args.file or "moscow-1921")
    if args.format == "json":
        _print_json(data)
        return 0
    rows = [
        (
            ent["label"],
            ent["kind"],
            str(len(ent["mentions"])),
            ", ".join(dict.fromkeys(str(m["segment"]) for m in ent["mentions"])),
        )
        for ent in data["entities"]
    ]
    print(_table(("entity", "kind", "mentions", "where"), rows), end="")
    return 0


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    """Plain columns sized to their content; the last column runs free."""
    widths = [max(len(r[k]) for r in [header, *rows]) for k in range(len(header) - 1)]
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    return "\n".join(lines) + "\n"


def run_annotations(args: argparse.Namespace) -> int:
    import textwrap

    from .annotation_report import annotations_report

    data = annotations_report(args.project)
    if args.format == "json":
        _print_json(data)
        return 0
    for item in data["items"]:
        ann = item["annotation"]
        bodies = ann.get("body", [])
        note = next((b.get("value", "") for b in bodies if b.get("purpose") == "commenting"), "")
        targets = ann.get("target", [])
        target = targets[0] if isinstance(targets, list) and targets else targets
        source = target.get("source", "") if isinstance(target, dict) else ""
        place = f"{source} · {item.get('segment') or 'not found'} · {item['status']}"
        links = [b["source"] for b in bodies if b.get("type") == "SpecificResource"]
        if links:
            place += " · " + ", ".join(links)
        print(place)
        print(textwrap.indent(textwrap.fill(" ".join(note.split()), 88), "    "))
    return 0


def run_map(args: argparse.Namespace) -> int:
    return map_command.run_map(args, load)


COMMANDS = {
    "compare": run_compare,
    "export": run_export,
    "entities": run_entities,
    "annotations": run_annotations,
    "map": run_map,
}


def run(argv: Sequence[str]) -> int:
    """Run a headless subcommand; returns the exit code."""
    try:
        args = build_parser().parse_args(list(argv))
        if args.command is None:
            raise UsageError(
                f"treatyviewer: name a command ({', '.join(SUBCOMMANDS)}); see treatyviewer --help"
            )
        if args.command in ("compare", "export"):
            _split_texts(args)
        return COMMANDS[args.command](args)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except TreatyViewerError as exc:
        tell_problem(str(exc))
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if os.environ.get("TREATYVIEWER_DEBUG"):
            raise
        print(f"treatyviewer: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
