"""A saved reading session (.tvproj): which texts, the reader's alignment
corrections, the notes and the view options.

Project files are plain JSON, read with ``json`` only, so opening one can never
run anything. Saves are atomic (temporary file, fsync, rename, fsync of the
folder): a crash or a full disk leaves the previous file whole. While a session
runs, the app writes an autosave to a state folder; one left behind by a crash
is offered back on the next start.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .align import Overrides
from .annotation_jsonld import from_jsonld, to_jsonld
from .annotations import Annotation
from .atomic import atomic_write_text
from .errors import InputError, ProjectError, SaveError
from .session_storage import read_session_json, utc_now

SCHEMA = "treatyviewer.project/1"
VERSION = 1
AUTOSAVE_SCHEMA = "treatyviewer.autosave/1"
SUFFIX = ".tvproj"
AUTOSAVE_SUFFIX = ".tvproj-autosave"
APP_NAME = "treatyviewer"


@dataclass(frozen=True, slots=True)
class DocumentRef:
    """One compared text: a path or bundled id, and the hash of its normalised text."""

    source: str
    sha256: str = ""
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """Segments the reader paired by hand (or accepted), overriding the aligner."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    origin: str = "reader"


@dataclass(frozen=True, slots=True)
class Unlink:
    """A pair the aligner proposed and the reader rejected."""

    old: str
    new: str


@dataclass(frozen=True)
class AlignmentEdits:
    links: tuple[Link, ...] = ()
    unlinks: tuple[Unlink, ...] = ()
    accepted: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Project:
    """Everything a reader made in one session; the texts themselves are referenced."""

    documents: Mapping[str, DocumentRef] = field(hash=False)
    alignment: AlignmentEdits = AlignmentEdits()
    annotations: tuple[Annotation, ...] = ()
    view: Mapping[str, Any] = field(default_factory=dict, hash=False)
    saved: str = ""
    chain_alignments: tuple[AlignmentEdits, ...] = ()
    """A chain's corrections for its later neighbouring pairs (texts 2–3, 3–4, …)."""
    unread: tuple[Any, ...] = field(default=(), hash=False)
    """Notes in the file that could not be read, as they were: written back unchanged,
    so that one damaged note neither keeps the session shut nor is lost by a save."""
    unread_reasons: tuple[str, ...] = field(default=(), compare=False, hash=False)
    """Why each of ``unread`` could not be read, for the reader."""

    @property
    def old(self) -> DocumentRef:
        return self.documents["old"]

    @property
    def new(self) -> DocumentRef:
        return self.documents["new"]


def overrides_from(alignment: AlignmentEdits) -> Overrides:
    """The aligner's input for the reader's saved corrections."""
    return Overrides(
        links=tuple((tuple(link.old), tuple(link.new)) for link in alignment.links),
        unlinks=tuple((u.old, u.new) for u in alignment.unlinks),
    )


def alignment_from(overrides: Overrides, accepted: tuple[Link, ...] = ()) -> AlignmentEdits:
    """The saved form of the reader's corrections."""
    return AlignmentEdits(
        links=tuple(Link(tuple(o), tuple(n), "reader") for o, n in overrides.links),
        unlinks=tuple(Unlink(o, n) for o, n in overrides.unlinks),
        accepted=accepted,
    )


def locate_source(source: str, project_dir: Path | None, is_bundled: Callable[[str], bool]) -> str:
    """A recorded text, or the same file beside the project if the folder moved."""
    if is_bundled(source) or Path(source).exists() or project_dir is None:
        return source
    for candidate in (project_dir / source, project_dir / Path(source).name):
        if candidate.exists():
            return str(candidate)
    return source


def content_hash(text: str) -> str:
    """The hash stored per document, equal to ``Document.content_hash``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- to and from JSON -------------------------------------------------------


def _link_json(link: Link) -> dict[str, Any]:
    return {"old": list(link.old), "new": list(link.new), "origin": link.origin}


def _alignment_json(alignment: AlignmentEdits) -> dict[str, Any]:
    return {
        "links": [_link_json(link) for link in alignment.links],
        "unlinks": [{"old": u.old, "new": u.new} for u in alignment.unlinks],
        "accepted": [_link_json(link) for link in alignment.accepted],
    }


def project_to_json(project: Project, saved: str | None = None) -> dict[str, Any]:
    """The JSON object written to a .tvproj file."""
    documents: dict[str, Any] = {}
    for role, ref in project.documents.items():
        entry: dict[str, Any] = {"source": ref.source, "sha256": ref.sha256}
        if ref.encoding:
            entry["encoding"] = ref.encoding
        documents[role] = entry
    return {
        "schema": SCHEMA,
        "version": VERSION,
        "documents": documents,
        "alignment": _alignment_json(project.alignment),
        "annotations": [*(to_jsonld(a) for a in project.annotations), *project.unread],
        "view": dict(project.view),
        **(
            {"chain_alignments": [_alignment_json(a) for a in project.chain_alignments]}
            if project.chain_alignments
            else {}
        ),
        "saved": saved if saved is not None else (project.saved or utc_now()),
    }


class _Malformed(Exception):
    """Internal: a structural problem, turned into a ProjectError naming the file."""


def _expect(value: Any, kind: type | tuple[type, ...], what: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = {dict: "an object", list: "a list", str: "text", int: "a number"}
        expected = names.get(kind, "a value") if isinstance(kind, type) else "a value"
        raise _Malformed(f"{what} must be {expected}")
    return value


def _labels(value: Any, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    items = _expect(value, list, what)
    for item in items:
        _expect(item, str, f"each label in {what}")
    return tuple(items)


def _parse_links(raw: Any, what: str) -> tuple[Link, ...]:
    links = []
    for i, item in enumerate(_expect(raw if raw is not None else [], list, what)):
        entry = _expect(item, dict, f"{what}[{i}]")
        origin = _expect(entry.get("origin", "reader"), str, f"{what}[{i}].origin")
        links.append(
            Link(
                _labels(entry.get("old"), f"{what}[{i}].old"),
                _labels(entry.get("new"), f"{what}[{i}].new"),
                origin,
            )
        )
    return tuple(links)


def _or_empty(value: Any) -> Any:
    return {} if value is None else value


def _parse_alignment(raw: Any) -> AlignmentEdits:
    data = _expect(_or_empty(raw), dict, "alignment")
    unlinks = []
    for i, item in enumerate(_expect(data.get("unlinks", []), list, "alignment.unlinks")):
        entry = _expect(item, dict, f"alignment.unlinks[{i}]")
        unlinks.append(
            Unlink(
                _expect(entry.get("old"), str, f"alignment.unlinks[{i}].old"),
                _expect(entry.get("new"), str, f"alignment.unlinks[{i}].new"),
            )
        )
    return AlignmentEdits(
        links=_parse_links(data.get("links"), "alignment.links"),
        unlinks=tuple(unlinks),
        accepted=_parse_links(data.get("accepted"), "alignment.accepted"),
    )


def _parse_documents(raw: Any) -> dict[str, DocumentRef]:
    data = _expect(raw, dict, "documents")
    refs = {}
    for role, entry in data.items():
        item = _expect(entry, dict, f"documents.{role}")
        encoding = item.get("encoding")
        refs[str(role)] = DocumentRef(
            source=_expect(item.get("source"), str, f"documents.{role}.source"),
            sha256=_expect(item.get("sha256", ""), str, f"documents.{role}.sha256"),
            encoding=_expect(encoding, str, f"documents.{role}.encoding") if encoding else None,
        )
    for role in ("old", "new"):
        if role not in refs:
            raise _Malformed(f"documents.{role} is missing")
    return refs


def _check_version(data: Mapping[str, Any]) -> None:
    schema = data.get("schema")
    if not isinstance(schema, str) or not schema.startswith("treatyviewer.project/"):
        raise _Malformed("it is not a treatyviewer project (no treatyviewer.project schema)")
    version = data.get("version", VERSION)
    suffix = schema.rpartition("/")[2]
    schema_version = int(suffix) if suffix.isdecimal() else None
    if schema_version is None or not isinstance(version, int) or isinstance(version, bool):
        raise _Malformed(f"its format version ({schema}, version {version!r}) is not understood")
    newest = max(version, schema_version)
    if newest > VERSION:
        raise ProjectError(
            f"was saved by a newer version of treatyviewer (project format {newest}); "
            f"this version reads format {VERSION} and older. Update treatyviewer to open it"
        )


def project_from_json(data: Any, where: str = "project") -> Project:
    """A project from its parsed JSON, checked field by field.

    A newer format is refused rather than half-read, so saving cannot lose
    what a newer version wrote. Errors name ``where`` (the file).
    """
    try:
        if not isinstance(data, Mapping):
            raise _Malformed("it must hold a JSON object")
        _check_version(data)
        annotations, unread, reasons = _read_annotations(
            _expect(data.get("annotations", []), list, "annotations")
        )
        saved = data.get("saved") or ""
        return Project(
            documents=_parse_documents(data.get("documents")),
            alignment=_parse_alignment(data.get("alignment")),
            annotations=annotations,
            view=dict(_expect(_or_empty(data.get("view")), dict, "view")),
            saved=_expect(saved, str, "saved"),
            chain_alignments=tuple(
                _parse_alignment(a)
                for a in _expect(data.get("chain_alignments", []), list, "chain_alignments")
            ),
            unread=unread,
            unread_reasons=reasons,
        )
    except ProjectError as exc:
        raise ProjectError(f"{where} {exc}") from None
    except (_Malformed, InputError) as exc:
        raise ProjectError(f"{where} is not a valid project file: {exc}") from None


def _words_of(item: Any) -> str:
    """' ("Parties wording kept…")': the first words of a note that could not be read,
    found where a note keeps them, or ''."""
    if not isinstance(item, Mapping):
        return ""
    bodies = item.get("body")
    for body in bodies if isinstance(bodies, list) else [bodies]:
        value = body.get("value") if isinstance(body, Mapping) else None
        if isinstance(value, str) and value.strip():
            words = " ".join(value.split())
            return f' ("{words[:40]}…")' if len(words) > 40 else f' ("{words}")'
    return ""


def _read_annotations(
    items: list[Any],
) -> tuple[tuple[Annotation, ...], tuple[Any, ...], tuple[str, ...]]:
    """The notes that read, the ones that do not (as they were), and why not."""
    read: list[Annotation] = []
    unread: list[Any] = []
    reasons: list[str] = []
    for i, item in enumerate(items):
        try:
            read.append(from_jsonld(_expect(item, dict, f"annotations[{i}]")))
        except (_Malformed, InputError) as exc:
            unread.append(item)
            why = str(exc)  # "annotation urn:uuid:…: …": its words say which to a reader
            reason = why.split(": ", 1)[1] if ": " in why else why
            reasons.append(f"note {i + 1}{_words_of(item)}: {reason}")
    return tuple(read), tuple(unread), tuple(reasons)


# --- files ------------------------------------------------------------------


def save_project(path: str | Path, project: Project) -> Project:
    """Write the project atomically; returns it with its ``saved`` time set."""
    path = Path(path)
    saved = utc_now()
    text = json.dumps(project_to_json(project, saved), ensure_ascii=False, indent=2) + "\n"
    try:
        atomic_write_text(path, text)
    except SaveError as exc:
        raise ProjectError(str(exc)) from exc
    return replace(project, saved=saved)


def load_project(path: str | Path) -> Project:
    """Read a .tvproj file; every problem is a ProjectError naming the file."""
    path = Path(path)
    return project_from_json(read_session_json(path), str(path))
