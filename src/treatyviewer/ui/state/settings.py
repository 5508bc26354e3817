"""Every remembered preference, typed, in one place (over QSettings)."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from ...core.errors import InputError
from ...core.resources import is_bundled_id
from ...io.limits import LIMIT_OPTIONS, ReadLimits, limits_from
from ...io.reader_name import APPLICATION, ORGANIZATION, READER_NAME_KEY

MAX_RECENT = 8
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    kind: type


OPTIONS = {
    "ignore_case": Option("diff/ignore_case", False, bool),
    "ignore_punctuation": Option("diff/ignore_punctuation", False, bool),
    "ignore_whitespace": Option("diff/ignore_whitespace", True, bool),
    "ignore_numbering": Option("diff/ignore_numbering", False, bool),
    # Pairs whose confidence (probability of being right) is lower are offered for review.
    "review_below": Option("alignment/review_below", 0.9, float),
    "font_family": Option("view/font_family", "", str),
    "font_size": Option("view/font_size", 11.5, float),
    "dark": Option("view/dark", False, bool),
    "view_mode": Option("view/mode", "side", str),
    "only_changed": Option("view/only_changed", False, bool),
    # "Parties and places" kept open for texts that name none (ui/app/places_aside.py).
    "places_when_none": Option("view/places_when_none", False, bool),
    "high_contrast": Option("view/high_contrast", False, bool),
    # Interface language: "system", "en", "ru" or "tr" (see ui/i18n.py).
    "language": Option("view/language", "system", str),
    # File → Export: the PDF options dialog and the save dialog start from these.
    "export_layout": Option("export/layout", "side-by-side", str),
    "export_changed_only": Option("export/changed_only", False, bool),
    "export_paper": Option("export/paper", "a4", str),
    "export_folder": Option("export/folder", "", str),
    # Which notes an export carries: "all", "mine" or "curated" (io.report_notes).
    "export_notes": Option("export/notes", "all", str),
    # Signs the reader's notes in every export; empty means the login name (the command
    # line reads it too: io.reader_name).
    "reader_name": Option(READER_NAME_KEY, "", str),
    # Save Session As starts in the folder of the last session saved or opened.
    "session_folder": Option("files/session_folder", "", str),
    # What a file may weigh and expand to (MB or counts); the --max-… options win for a run.
    **{
        f"limit_{opt.field}": Option(f"limits/{opt.flag.removeprefix('--')}", opt.default, float)
        for opt in LIMIT_OPTIONS
    },
}


class Settings:
    """Typed accessors; pass a QSettings (tests use a temporary INI file)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(ORGANIZATION, APPLICATION)
        self.overrides: dict[str, Any] = {}
        """Values for this run only (command-line flags such as --dark); never saved."""
        if int(str(self.store.value("schema", 0) or 0)) < SCHEMA_VERSION:
            self.store.setValue("schema", SCHEMA_VERSION)

    def chosen(self, name: str) -> bool:
        """Whether the reader ever set ``name`` (else ``get`` gives its default)."""
        return name in self.overrides or self.store.contains(OPTIONS[name].key)

    def get(self, name: str) -> Any:
        opt = OPTIONS[name]
        if name in self.overrides:
            return self.overrides[name]
        value = self.store.value(opt.key, opt.default)
        if opt.kind is bool:
            return value in (True, "true", "1", 1)
        try:
            return opt.kind(value)
        except (TypeError, ValueError):
            return opt.default

    def set(self, name: str, value: Any) -> None:
        if name in self.overrides:
            self.overrides[name] = value
            return
        self.store.setValue(OPTIONS[name].key, value)

    def read_limits(self, args: argparse.Namespace | None = None) -> ReadLimits:
        """The saved limits, with any given on the command line in their place."""
        try:
            saved = limits_from({o.field: self.get(f"limit_{o.field}") for o in LIMIT_OPTIONS})
        except InputError:  # a value of 0 or less edited into the settings file
            saved = ReadLimits()
        given = {o.field: getattr(args, o.field, None) for o in LIMIT_OPTIONS} if args else {}
        return limits_from(given, saved)

    def geometry(self, name: str) -> QByteArray | None:
        value = self.store.value(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self.store.setValue(f"window/{name}", value)

    def recent_pairs(self) -> list[tuple[str, str]]:
        stored = self.store.value("files/recent", []) or []
        raw: list[object] = [stored] if isinstance(stored, str) else list(stored)  # type: ignore[call-overload]
        pairs = []
        for item in raw:
            old, _, new = str(item).partition("\t")
            if old and new:
                pairs.append((old, new))
        return pairs

    def add_recent_pair(self, old: str, new: str) -> None:
        """Remember a pair that opened; files by absolute path, so the menu opens them
        from wherever the app is started next."""
        old, new = _absolute(old), _absolute(new)
        pairs = [(old, new)] + [p for p in self.recent_pairs() if p != (old, new)]
        self.store.setValue("files/recent", [f"{o}\t{n}" for o, n in pairs[:MAX_RECENT]])

    def recent_chains(self) -> list[list[str]]:
        """Chains of versions opened lately, newest first, each oldest version first."""
        stored = self.store.value("files/recent_chains", []) or []
        raw: list[object] = [stored] if isinstance(stored, str) else list(stored)  # type: ignore[call-overload]
        chains = [str(item).split("\t") for item in raw]
        return [names for names in chains if len(names) >= 3 and all(names)]

    def add_recent_chain(self, names: list[str]) -> None:
        """Remember a chain that opened, as ``add_recent_pair`` remembers a pair."""
        names = [_absolute(name) for name in names]
        chains = [names] + [c for c in self.recent_chains() if c != names]
        self.store.setValue("files/recent_chains", ["\t".join(c) for c in chains[:MAX_RECENT]])

    def recent_sessions(self) -> list[str]:
        """Saved sessions (.tvproj) opened or saved lately, newest first, still on disk."""
        stored = self.store.value("files/recent_sessions", []) or []
        raw: list[object] = [stored] if isinstance(stored, str) else list(stored)  # type: ignore[call-overload]
        return [str(p) for p in raw if str(p) and Path(str(p)).is_file()]

    def add_recent_session(self, path: str) -> None:
        path = str(Path(path).resolve())
        paths = [path] + [p for p in self.recent_sessions() if p != path]
        self.store.setValue("files/recent_sessions", paths[:MAX_RECENT])

    def last_session(self) -> str | None:
        """The session that was open when the window last closed, if it is still there."""
        path = str(self.store.value("files/last_session", "") or "")
        return path if path and Path(path).is_file() else None

    def set_last_session(self, path: str | None) -> None:
        self.store.setValue("files/last_session", str(Path(path).resolve()) if path else "")

    def last_place(self, path: str | Path | None) -> dict[str, Any] | None:
        """Where the reader was in this saved session when the window last closed on it
        (moving around is no edit, so the file itself may say an older place)."""
        if path is None:
            return None
        return self._stored_place("files/last_place", "path", str(Path(path).resolve()))

    def set_last_place(self, path: str | Path, place: dict[str, Any]) -> None:
        self._store_place("files/last_place", "path", str(Path(path).resolve()), place)

    def set_restart_place(self, names: tuple[str, str], place: dict[str, Any]) -> None:
        """Where the reader was in two texts when the window closed to start again on
        them (a language chosen applies at a new start)."""
        self._store_place("files/restart_place", "pair", [_absolute(n) for n in names], place)

    def take_restart_place(self, names: tuple[str, str]) -> dict[str, Any] | None:
        """``set_restart_place``'s place if these are its texts, once: it is forgotten."""
        pair = [_absolute(n) for n in names]
        place = self._stored_place("files/restart_place", "pair", pair)
        self.store.remove("files/restart_place")
        return place

    def set_last_pair(self, names: tuple[str, str] | None, place: dict[str, Any]) -> None:
        """The two texts open (with no saved session) when the window closed, and where
        the reader was in them; None: a session or a chain was open."""
        if names is None:
            self.store.setValue("files/last_pair", "")
            return
        pair = [_absolute(n) for n in names]
        self.store.setValue("files/last_pair", json.dumps(pair))
        self.set_pair_place(names, place)

    def last_pair(self) -> tuple[str, str] | None:
        """``set_last_pair``'s texts, if both are still there to be read."""
        try:
            pair = json.loads(str(self.store.value("files/last_pair", "") or "null"))
        except ValueError:
            return None
        if (
            not isinstance(pair, list)
            or len(pair) != 2
            or not all(isinstance(n, str) for n in pair)
        ):
            return None
        if not all(is_bundled_id(n) or Path(n).is_file() for n in pair):
            return None
        return pair[0], pair[1]

    def set_pair_place(self, names: tuple[str, str], place: dict[str, Any]) -> None:
        """Where the reader was in two texts when they left them (another pair opened,
        or the window closed), for the next time they are opened: the latest pairs'."""
        pair = [_absolute(n) for n in names]
        kept = [e for e in self._pair_places() if e.get("pair") != pair]
        entries = [{"pair": pair, "place": place}, *kept][:MAX_RECENT]
        self.store.setValue("files/pair_places", json.dumps(entries))

    def pair_place(self, names: tuple[str, str]) -> dict[str, Any] | None:
        """``set_pair_place``'s place for these two texts, if it was kept."""
        pair = [_absolute(n) for n in names]
        for entry in self._pair_places():
            if entry.get("pair") == pair and isinstance(entry.get("place"), dict):
                return dict(entry["place"])
        return None

    def _pair_places(self) -> list[dict[str, Any]]:
        try:
            entries = json.loads(str(self.store.value("files/pair_places", "") or "[]"))
        except ValueError:
            return []
        return [e for e in entries if isinstance(e, dict)] if isinstance(entries, list) else []

    def _store_place(self, key: str, field: str, owner: object, place: dict[str, Any]) -> None:
        self.store.setValue(key, json.dumps({field: owner, "place": place}))

    def _stored_place(self, key: str, field: str, owner: object) -> dict[str, Any] | None:
        """The place stored under ``key`` if it is ``owner``'s (a damaged value is none)."""
        try:
            data = json.loads(str(self.store.value(key, "") or "{}"))
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get(field) != owner:
            return None
        place = data.get("place")
        return place if isinstance(place, dict) else None


def _absolute(name: str) -> str:
    """A file's absolute path (a bundled text keeps its id)."""
    return name if is_bundled_id(name) else str(Path(name).expanduser().resolve())
