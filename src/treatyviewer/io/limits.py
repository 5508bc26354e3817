"""How far a file may grow while it is read, and the options that change it.

A small file can expand enormously: a 300 KB .docx may hold 90 MB of XML, a PDF
stream may inflate a thousandfold, an XML file may nest elements a million deep.
Each reader checks its own limit before it does the expensive work and refuses
the file with one line that names the file, the limit and the option that
raises it. The command line and the window share the options declared here.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from ..core.errors import InputError
from .report_words import QT_TRANSLATE_NOOP, ReportWords

MB = 1024 * 1024
_UNITS = (
    (QT_TRANSLATE_NOOP("ReportWords", "{0} GB"), 1024**3),
    (QT_TRANSLATE_NOOP("ReportWords", "{0} MB"), MB),
    (QT_TRANSLATE_NOOP("ReportWords", "{0} KB"), 1024),
)


def human_size(size: int) -> str:
    """A byte count as people read it: "61.2 MB", "50 MB", "120 bytes" (in the
    interface's language where a catalogue is installed: "50 МБ")."""
    for unit, factor in _UNITS:
        if size >= factor:
            value = f"{size / factor:.1f}".removesuffix(".0")
            return ReportWords.tr(unit).format(value)
    return ReportWords.tr("%n byte(s)", None, size)


@dataclass(frozen=True, slots=True)
class ReadLimits:
    """Upper bounds for one read; every field has a command-line option below."""

    file_bytes: int = 50 * MB
    """Size of the file on disk (``--max-size``)."""
    unpacked_bytes: int = 256 * MB
    """All parts of a .docx package together, uncompressed (``--max-unpacked``)."""
    member_bytes: int = 128 * MB
    """One part of a .docx package, uncompressed (``--max-member``)."""
    ratio: int = 100
    """Uncompressed to compressed size of one .docx part (``--max-ratio``)."""
    stream_bytes: int = 32 * MB
    """One decoded stream of a PDF (``--max-stream``)."""
    xml_depth: int = 256
    """Nesting depth of XML elements in a TEI file (``--max-depth``)."""
    xml_elements: int = 2_000_000
    """Number of XML elements in a TEI file (``--max-elements``)."""


@dataclass(frozen=True, slots=True)
class LimitOption:
    field: str
    flag: str
    unit: str
    """"MB" for sizes (given in megabytes), "" for plain counts."""
    help: str

    @property
    def scale(self) -> int:
        return MB if self.unit == "MB" else 1

    @property
    def default(self) -> float:
        value: int = getattr(ReadLimits(), self.field)
        return value / self.scale

    @property
    def shown_default(self) -> str:
        return f"{self.default:g} MB" if self.unit else f"{self.default:,.0f}"

    @property
    def hint(self) -> str:
        """How to raise the limit, as the end of an error message."""
        example = int(self.default * 4)
        if self.field == "file_bytes":
            return ReportWords.tr(
                "raise it with --max-size MB, e.g. treatyviewer --max-size {0} OLD NEW"
            ).format(example)
        metavar = self.unit or "N"
        return ReportWords.tr("raise it with {0} {1}, e.g. {0} {2}").format(
            self.flag, metavar, example
        )


LIMIT_OPTIONS: tuple[LimitOption, ...] = (
    LimitOption("file_bytes", "--max-size", "MB", "largest file to read"),
    LimitOption("unpacked_bytes", "--max-unpacked", "MB", "largest total a .docx may unpack to"),
    LimitOption("member_bytes", "--max-member", "MB", "largest single part inside a .docx"),
    LimitOption("ratio", "--max-ratio", "", "highest compression ratio of a part of a .docx"),
    LimitOption("stream_bytes", "--max-stream", "MB", "largest decoded stream inside a PDF"),
    LimitOption("xml_depth", "--max-depth", "", "deepest nesting of elements in a TEI/XML file"),
    LimitOption("xml_elements", "--max-elements", "", "most elements in a TEI/XML file"),
)
_BY_FIELD = {opt.field: opt for opt in LIMIT_OPTIONS}
assert set(_BY_FIELD) == {f.name for f in fields(ReadLimits)}


def hint(field: str) -> str:
    return _BY_FIELD[field].hint


def refuse(label: str, what: str, field: str, limit: str = "") -> InputError:
    """The one-line refusal: file, what it would grow to, the limit and its option.
    Without ``limit``, ``what`` already names it."""
    if limit:
        return InputError(
            ReportWords.tr("{0} {1}; the limit is {2} ({3})").format(
                label, what, limit, hint(field)
            )
        )
    return InputError(ReportWords.tr("{0} {1} ({2})").format(label, what, hint(field)))


def add_limit_args(parser: argparse.ArgumentParser, *, defaults_none: bool = False) -> None:
    """One option per limit. ``defaults_none`` leaves unset options as None so that
    saved preferences can fill them in."""
    group = parser.add_argument_group("limits on what a file may expand to")
    for opt in LIMIT_OPTIONS:
        group.add_argument(
            opt.flag,
            dest=opt.field,
            type=float,
            default=None if defaults_none else opt.default,
            metavar=opt.unit or "N",
            help=f"{opt.help} (default {opt.shown_default})",
        )


def limits_from(values: Mapping[str, float | None], base: ReadLimits | None = None) -> ReadLimits:
    """Limits from option values in their units (MB or counts); None keeps ``base``."""
    base = base or ReadLimits()
    changes: dict[str, int] = {}
    for opt in LIMIT_OPTIONS:
        value = values.get(opt.field)
        if value is None:
            continue
        if value <= 0:
            raise InputError(f"{opt.flag} must be a positive number, not {value:g}")
        changes[opt.field] = max(1, int(value * opt.scale))
    return replace(base, **changes)


def limits_from_args(args: argparse.Namespace, base: ReadLimits | None = None) -> ReadLimits:
    return limits_from({opt.field: getattr(args, opt.field, None) for opt in LIMIT_OPTIONS}, base)
