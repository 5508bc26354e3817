"""Word's automatic list numbers, counted as Word counts them.

Word keeps the numbers of "Article 1", "2." or "b)" in ``numbering.xml``, not in
the text. A paragraph names a list instance (``w:num``); instances that share one
list definition (``w:abstractNum``) share its count, as copied and pasted lists do;
an instance may restart a level (``w:startOverride``) or replace its definition
(``w:lvlOverride``); and a definition may only point at a list style
(``w:numStyleLink``) whose own instance holds the levels.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn

from .docx_numbers import format_number


@dataclass(frozen=True)
class Level:
    fmt: str
    text: str
    start: int
    legal: bool = False
    """``w:isLgl``: the number is printed in digits, its levels above too ("1.1"
    under "Article I")."""
    style: str | None = None
    """``w:pStyle``: the paragraph style whose paragraphs are numbered at this level
    when the style itself names the list but no level."""


@dataclass(frozen=True)
class ListInstance:
    """A ``w:num``: the definition it counts in and the levels it overrides."""

    definition: str
    levels: dict[int, Level]
    restarts: dict[int, int]
    """Level → the number its first item here takes (``w:startOverride``)."""


def child_val(node: Any, tag: str) -> str | None:
    child = node.find(qn(tag))
    return None if child is None else child.get(qn("w:val"))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _level(lvl: Any) -> Level:
    return Level(
        fmt=child_val(lvl, "w:numFmt") or "decimal",
        text=child_val(lvl, "w:lvlText") or "",
        # Word counts a level that gives no start from 0 ("CHAPTER 0 - General").
        start=_int(child_val(lvl, "w:start"), 0),
        legal=lvl.find(qn("w:isLgl")) is not None,
        style=child_val(lvl, "w:pStyle"),
    )


def _levels(node: Any) -> dict[int, Level]:
    return {_int(lvl.get(qn("w:ilvl")), 0): _level(lvl) for lvl in node.findall(qn("w:lvl"))}


def _style_lists(document: Any) -> dict[str, str]:
    """Numbering style id → the list instance its paragraph properties name."""
    try:
        styles = document.styles.element
    except (KeyError, AttributeError, NotImplementedError):
        return {}
    out = {}
    for style in styles.findall(qn("w:style")):
        num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num_id = child_val(num_pr, "w:numId") if num_pr is not None else None
        if num_id is not None:
            out[style.get(qn("w:styleId"), "")] = num_id
    return out


@dataclass
class Numbering:
    """List definitions and instances of a document, and the running counts."""

    definitions: dict[str, dict[int, Level]]
    instances: dict[str, ListInstance]
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    started: set[str] = field(default_factory=set)

    @classmethod
    def from_document(cls, document: Any) -> Numbering:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return cls({}, {})
        definitions: dict[str, dict[int, Level]] = {}
        links: dict[str, str] = {}
        for node in root.findall(qn("w:abstractNum")):
            key = node.get(qn("w:abstractNumId"), "")
            definitions[key] = _levels(node)
            link = child_val(node, "w:numStyleLink")
            if link:
                links[key] = link
        plain: dict[str, str] = {}
        overrides: dict[str, tuple[dict[int, Level], dict[int, int]]] = {}
        for num in root.findall(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            plain[num_id] = child_val(num, "w:abstractNumId") or ""
            levels, restarts = {}, {}
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = _int(override.get(qn("w:ilvl")), 0)
                start = child_val(override, "w:startOverride")
                if start is not None:
                    restarts[ilvl] = _int(start, 1)
                if (lvl := override.find(qn("w:lvl"))) is not None:
                    levels[ilvl] = _level(lvl)
            overrides[num_id] = (levels, restarts)
        # A definition that only points at a list style counts in the definition
        # of the instance that style names.
        style_lists = _style_lists(document) if links else {}
        resolved = {key: plain.get(style_lists.get(link, ""), key) for key, link in links.items()}
        instances = {
            num_id: ListInstance(resolved.get(key, key), *overrides[num_id])
            for num_id, key in plain.items()
        }
        return cls(definitions, instances)

    def _level(self, instance: ListInstance, ilvl: int) -> Level | None:
        return instance.levels.get(ilvl) or self.definitions.get(instance.definition, {}).get(ilvl)

    def level_of_style(self, num_id: str, styles: list[str]) -> int | None:
        """The level of list ``num_id`` tied to the first of ``styles`` (a paragraph's
        style and those it is based on) that one of its levels names."""
        instance = self.instances.get(num_id)
        if instance is None:
            return None
        levels = {**self.definitions.get(instance.definition, {}), **instance.levels}
        for style in styles:
            for ilvl, level in sorted(levels.items()):
                if level.style == style:
                    return ilvl
        return None

    def label(self, num_id: str, ilvl: int) -> str:
        """The number text of the next item of list instance ``num_id`` at ``ilvl``."""
        instance = self.instances.get(num_id)
        if instance is None or num_id == "0":
            return ""
        level = self._level(instance, ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(instance.definition, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for restarted, start in instance.restarts.items():
                counters[restarted] = start - 1
                for deeper in [k for k in counters if k > restarted]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•"
        text = level.text
        for k in range(ilvl, -1, -1):
            lvl = self._level(instance, k)
            value = counters.get(k, lvl.start if lvl else 1)
            fmt = lvl.fmt if lvl else "decimal"
            if level.legal and fmt != "bullet":
                fmt = "decimal"
            text = text.replace(f"%{k + 1}", format_number(value, fmt))
        return text.strip()
