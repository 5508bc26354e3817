"""The gazetteer and the search for its entities in a text.

Treaty texts name the same place in several scripts and spellings (Batum,
Batumi, Батум, Батума, Batum'a), so every entity carries its names per
language, historical aliases and inflected forms; common Russian case endings
are generated from the base form so the gazetteer need not list them all.
The forms are compiled into one trie-shaped regular expression, which scans a
500 KB text in a fraction of a second. Compiling it for all forms costs more than
scanning a short text, so each text gets a pattern of only the forms whose first
word occurs in it (a form can match nowhere else).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any

from .document import Document
from .document_cache import Same, once_per_document
from .errors import InputError
from .json_files import read_json
from .replacing import replaced
from .russian_forms import is_cyrillic, russian_inflections

SCHEMA = "treatyviewer.gazetteer/1"
ENTITIES_SCHEMA = "treatyviewer.entities/1"
KINDS = frozenset(
    {
        "party",
        "state",
        "person",
        "territory",
        "town",
        "river",
        "mountain",
        "sea",
        "strait",
        "concept",
    }
)
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"

# Folding keeps the string length, so offsets found in the folded text are
# offsets in the original: Turkish dotted and dotless i fold to plain i,
# ё to е, typographic apostrophes to '. ``str.lower`` is 1:1 except for İ.
_FOLD = {"İ": "i", "I": "i", "ı": "i", "Ё": "е", "ё": "е", "’": "'", "ʼ": "'"}

# A Turkish case suffix after an apostrophe (Kars'ın, Batum'a) or an English
# possessive belongs to the mention.
_APOSTROPHE_SUFFIX = r"(?:'[^\W\d_]{1,8})?"
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """Case-fold without changing length, so match offsets stay valid."""
    return replaced(text, _FOLD).lower()


def _key(form: str) -> str:
    return " ".join(fold(form).split())


@dataclass(frozen=True)
class Entity:
    """A party, state, person, place or concept the texts name."""

    id: str
    kind: str
    label: str
    names: Mapping[str, tuple[str, ...]] = field(default_factory=dict, hash=False)
    aliases: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    wikidata: str | None = None
    coordinates: tuple[float, float] | None = None
    description: str = ""

    @property
    def wikidata_uri(self) -> str | None:
        return f"{WIKIDATA_ENTITY}{self.wikidata}" if self.wikidata else None

    def listed_forms(self) -> tuple[str, ...]:
        """Every spelling the gazetteer lists: label, names, aliases, forms."""
        found = [self.label, *(n for ns in self.names.values() for n in ns)]
        found += [*self.aliases, *self.forms]
        return tuple(dict.fromkeys(f for f in found if f.strip()))

    def generated_forms(self) -> tuple[str, ...]:
        """Russian case forms derived from the Cyrillic base forms."""
        bases = [
            *self.names.get("ru", ()),
            *(f for f in self.listed_forms() if is_cyrillic(f)),
        ]
        out: dict[str, None] = {}
        for base in dict.fromkeys(bases):
            for form in russian_inflections(base):
                out[form] = None
        return tuple(out)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named at ``[start, end)`` of ``Document.text`` (absolute offsets)."""

    entity_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class SegmentMention:
    """A mention located in a segment, with offsets relative to the segment start."""

    entity_id: str
    segment: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Gazetteer:
    """The entities the app knows, and a matcher compiled from all their forms."""

    entities: tuple[Entity, ...]
    source: str = ""

    @classmethod
    def load(cls, data: str | Path | Mapping[str, Any]) -> Gazetteer:
        """Read a gazetteer from a JSON file or an already parsed dict."""
        if isinstance(data, Mapping):
            return _parse_gazetteer(data, "gazetteer")
        path = Path(data)
        raw = read_json(path, "the gazetteer")
        if not isinstance(raw, Mapping):
            raise InputError(f"{path}: the gazetteer must be a JSON object")
        return _parse_gazetteer(raw, str(path))

    @classmethod
    def bundled(cls) -> Gazetteer:
        """The gazetteer shipped in ``resources/gazetteer.json`` (read once)."""
        return _bundled_gazetteer()

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities)

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.by_id

    def get(self, entity_id: str) -> Entity | None:
        return self.by_id.get(entity_id)

    @cached_property
    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    @cached_property
    def _forms(self) -> dict[str, str]:
        """Folded form → entity id. Listed forms win over generated ones, and an
        earlier entity over a later one, so the result never depends on chance."""
        table: dict[str, str] = {}
        for entity in self.entities:
            for form in entity.listed_forms():
                table.setdefault(_key(form), entity.id)
        for entity in self.entities:
            for form in entity.generated_forms():
                table.setdefault(_key(form), entity.id)
        table.pop("", None)
        return table

    @cached_property
    def _capitals(self) -> dict[str, tuple[int, ...]]:
        """Folded form → the words that must open with a capital for it to name the
        entity, as the gazetteer writes it ("the Straits": the second): "narrow
        straits" and "the port of kars" name nothing. Of several spellings of one
        folded form, the one that asks fewest capitals."""
        table: dict[str, tuple[int, ...]] = {}
        for entity in self.entities:
            for form in (*entity.listed_forms(), *entity.generated_forms()):
                need = tuple(k for k, w in enumerate(form.split()) if not w[:1].islower())
                key = _key(form)
                if key not in table or len(need) < len(table[key]):
                    table[key] = need
        return table

    def entity_of(self, name: str) -> str | None:
        """Id of the entity ``name`` is a form of (Turkish case suffixes aside)."""
        key = _key(name)
        found = self._forms.get(key)
        if found is None and "'" in key:
            found = self._forms.get(key.split("'")[0])
        return found

    @cached_property
    def _by_first_word(self) -> dict[str, tuple[str, ...]]:
        """Folded forms grouped by their first word. A form matches only where the
        text has that very word: the form starts after a non-word character and its
        first word ends where the form ends or at a non-word character of its own."""
        groups: dict[str, list[str]] = {}
        for form in self._forms:
            first = _WORD.match(form)
            groups.setdefault(first.group() if first else "", []).append(form)
        return {word: tuple(forms) for word, forms in groups.items()}

    def _pattern(self, folded: str) -> re.Pattern[str] | None:
        """The matcher for the forms that may occur in ``folded`` (forms that cannot
        only add branches that fail, so the matches are those of the whole set)."""
        groups = self._by_first_word
        words = set(_WORD.findall(folded)).intersection(groups)
        forms = [f for word in sorted(words) for f in groups[word]]
        forms += groups.get("", ())  # a form opening with punctuation: always tried
        if not forms:
            return None
        # Trie order follows the gazetteer's, whatever subset the text selects.
        order = {form: i for i, form in enumerate(self._forms)}
        return _compiled(tuple(sorted(forms, key=order.__getitem__)))

    def find(self, text: str) -> list[Mention]:
        """Mentions in ``text``, left to right, never overlapping.

        Among candidates starting at one place the longest wins (the trie tries
        longer continuations first); a candidate that starts inside an earlier
        one is never considered, so "Batumi" counts once, not also as "Batum".
        """
        folded = fold(text)
        pattern = self._pattern(folded)
        if pattern is None:
            return []
        forms = self._forms
        links = [m.span() for m in _LINK_RE.finditer(text)] if "/" in text or "@" in text else []
        starts = [a for a, _ in links]
        out: list[Mention] = []
        capitals = self._capitals
        for m in pattern.finditer(folded):
            key = " ".join(m.group("name").split())
            entity_id = forms.get(key)
            if not _capitalised(text[m.start() : m.end()], capitals.get(key, ())):
                continue
            k = bisect_right(starts, m.start()) - 1
            if entity_id is not None and not (k >= 0 and m.start() < links[k][1]):
                out.append(Mention(entity_id, m.start(), m.end(), text[m.start() : m.end()]))
        return out


def _capitalised(name: str, need: tuple[int, ...]) -> bool:
    words = name.split()
    return all(k >= len(words) or not words[k][:1].islower() for k in need)


_LINK_RE = re.compile(r"(?:https?://|www\.|ftp://)\S+|\S+@\S+\.\w+", re.IGNORECASE)
"""A web address or an e-mail address: "moscow" in ".../moscow-1921-full-text.pdf"
names no place in the text."""


@lru_cache(maxsize=8)
def _compiled(forms: tuple[str, ...]) -> re.Pattern[str]:
    trie = _trie_regex(forms)
    return re.compile(rf"(?<!\w)(?P<name>{trie})(?!\w){_APOSTROPHE_SUFFIX}(?!\w)")


def _trie_regex(forms: Iterable[str]) -> str:
    """One regex alternation shaped like a trie: fast on thousands of forms."""
    root: dict[str, Any] = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = True
    return _node_regex(root)


def _char_regex(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _node_regex(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [_char_regex(ch) + _node_regex(child) for ch, child in node.items() if ch != ""]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Greedy: the longer name is tried first, the shorter one on backtracking.
        return f"(?:{body})?"
    return body


def _text_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where} must be a list of strings")
    return tuple(value)


def _parse_entity(raw: Any, where: str) -> Entity:
    if not isinstance(raw, Mapping):
        raise InputError(f"{where} must be an object")
    entity_id, label = raw.get("id"), raw.get("label")
    if not isinstance(entity_id, str) or not entity_id:
        raise InputError(f"{where} has no id")
    if not isinstance(label, str) or not label:
        raise InputError(f"{where} ({entity_id}) has no label")
    kind = raw.get("kind", "concept")
    if kind not in KINDS:
        raise InputError(f"{where} ({entity_id}) has an unknown kind {kind!r}")
    names_raw = raw.get("names") or {}
    if not isinstance(names_raw, Mapping):
        raise InputError(f"{where} ({entity_id}): names must map languages to lists")
    names = {
        str(lang): _text_list(v, f"{where} ({entity_id}) names.{lang}")
        for lang, v in names_raw.items()
    }
    wikidata = raw.get("wikidata")
    if wikidata is not None and not isinstance(wikidata, str):
        raise InputError(f"{where} ({entity_id}): wikidata must be a Q-id or null")
    coords = raw.get("coordinates")
    coordinates: tuple[float, float] | None = None
    if coords is not None:
        if (
            not isinstance(coords, list)
            or len(coords) != 2
            or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords)
        ):
            raise InputError(f"{where} ({entity_id}): coordinates must be [lat, lon] or null")
        coordinates = (float(coords[0]), float(coords[1]))
    description = raw.get("description") or ""
    return Entity(
        id=entity_id,
        kind=str(kind),
        label=label,
        names=names,
        aliases=_text_list(raw.get("aliases"), f"{where} ({entity_id}) aliases"),
        forms=_text_list(raw.get("forms"), f"{where} ({entity_id}) forms"),
        wikidata=wikidata or None,
        coordinates=coordinates,
        description=str(description),
    )


def _parse_gazetteer(raw: Mapping[str, Any], source: str) -> Gazetteer:
    schema = raw.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise InputError(f"{source}: unsupported gazetteer schema {schema!r} (expected {SCHEMA})")
    items = raw.get("entities")
    if not isinstance(items, list):
        raise InputError(f"{source}: the gazetteer has no list of entities")
    entities = tuple(_parse_entity(e, f"{source}: entity {i + 1}") for i, e in enumerate(items))
    seen: set[str] = set()
    for e in entities:
        if e.id in seen:
            raise InputError(f"{source}: the entity id {e.id!r} is used twice")
        seen.add(e.id)
    return Gazetteer(entities, source)


@cache
def _bundled_gazetteer() -> Gazetteer:
    from .resources import resource_path  # late: resources imports core

    return Gazetteer.load(resource_path("gazetteer.json"))


def find_mentions(document: Document, gazetteer: Gazetteer) -> list[Mention]:
    """Every mention of a gazetteer entity in the document, in text order (found
    once per document and gazetteer)."""
    key = _mentions_key(gazetteer)
    return list(once_per_document(document, key, lambda: tuple(gazetteer.find(document.text))))


def keep_mentions(document: Document, gazetteer: Gazetteer, found: tuple[Mention, ...]) -> None:
    """Take ``found`` as the document's mentions of ``gazetteer`` (found elsewhere)."""
    once_per_document(document, _mentions_key(gazetteer), lambda: found)


def _mentions_key(gazetteer: Gazetteer) -> tuple[str, Same]:
    return ("mentions", Same(gazetteer))


def locate_mention(document: Document, mention: Mention) -> SegmentMention | None:
    """The mention with segment-relative offsets, or None outside every segment."""
    index = document.segment_at(mention.start)
    if index is None:
        return None
    seg = document.segments[index]
    return SegmentMention(
        mention.entity_id,
        seg.label,
        mention.start - seg.start,
        mention.end - seg.start,
        mention.text,
    )


def mentions_by_segment(
    document: Document, mentions: Iterable[Mention]
) -> dict[str, list[SegmentMention]]:
    """Mentions grouped by segment label (in document order), offsets segment-relative."""
    grouped: dict[str, list[SegmentMention]] = {seg.label: [] for seg in document.segments}
    for mention in mentions:
        located = locate_mention(document, mention)
        if located is not None:
            grouped[located.segment].append(located)
    return grouped


def entities_json(document: Document, gazetteer: Gazetteer, document_name: str) -> dict[str, Any]:
    """The ``treatyviewer.entities/1`` object of the CLI contract.

    Entities appear in gazetteer order, those never mentioned are left out.
    A mention outside every segment (only whitespace lies there in practice)
    keeps its absolute offsets with ``"segment": null``.
    """
    per_entity: dict[str, list[dict[str, Any]]] = {}
    for mention in find_mentions(document, gazetteer):
        located = locate_mention(document, mention)
        item: dict[str, Any] = (
            {"segment": located.segment, "start": located.start, "end": located.end}
            if located is not None
            else {"segment": None, "start": mention.start, "end": mention.end}
        )
        item["text"] = mention.text
        per_entity.setdefault(mention.entity_id, []).append(item)
    return {
        "schema": ENTITIES_SCHEMA,
        "document": document_name,
        "entities": [
            {
                "id": e.id,
                "label": e.label,
                "kind": e.kind,
                "wikidata": e.wikidata,
                "mentions": per_entity[e.id],
            }
            for e in gazetteer.entities
            if e.id in per_entity
        ],
    }
