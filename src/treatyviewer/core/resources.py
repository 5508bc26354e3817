"""Find bundled files both in a source checkout and in an installed wheel."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from .document import Document

DEFAULT_PAIR = ("draft-1920", "moscow-1921")
BUNDLED_CHAIN = ("draft-1920", "moscow-1921", "kars-1921")
"""The bundled chain, oldest first (opened only once every text of it is bundled)."""
_TEXT_SUFFIX = ".en.txt"


@cache
def resource_dir() -> Path:
    checkout = Path(__file__).resolve().parents[3] / "resources"
    if (checkout / "texts").is_dir():
        return checkout
    import importlib.resources

    return Path(str(importlib.resources.files("treatyviewer.bundled")))


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)


def load_json(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def bundled_ids() -> tuple[str, ...]:
    """Every text shipped in ``resources/texts``, oldest first (by its metadata date).

    Found by listing the folder, so a text added there is usable wherever a path is.
    """
    folder = resource_path("texts")
    ids = [p.name[: -len(_TEXT_SUFFIX)] for p in folder.glob(f"*{_TEXT_SUFFIX}")]
    return tuple(sorted(ids, key=lambda i: (str(bundled_metadata(i).get("date") or ""), i)))


def is_bundled_id(name: str) -> bool:
    return name in bundled_ids()


def bundled_metadata(text_id: str) -> dict[str, Any]:
    path = resource_path("texts", f"{text_id}.meta.json")
    if not path.is_file():
        return {"id": text_id}
    data: dict[str, Any] = load_json("texts", f"{text_id}.meta.json")
    return data


@cache
def load_bundled(text_id: str) -> Document:
    """A bundled text as a document; its metadata rides along in ``metadata``."""
    from .segment import make_document  # segmenting is for who reads (not a window shown a result)

    text = resource_path("texts", f"{text_id}.en.txt").read_text(encoding="utf-8")
    meta = bundled_metadata(text_id)
    return make_document(
        text,
        title=str(meta.get("title") or ""),
        source=text_id,
        language=str(meta.get("language") or "en"),
        encoding="utf-8",
        metadata=meta,
    )
