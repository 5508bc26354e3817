"""Cross-references ("Article 12", "section 4", "статья 5", "5 inci madde") and
their targets.

A reference is found in a segment's body and resolved to the unit it names in
the same document (and to a numbered part of it where it names one). Comparing
two versions, a reference whose number changed only because its target was
renumbered ("Article 3" became "Article IX" where 3 became IX) is ``renumbered``;
one that now leads to a different provision is ``retargeted``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from .document import Document, Segment, SegmentKind
from .document_cache import known, once_per_document
from .headings import ANNEX_WORDS, alternation
from .numerals import ORDINALS, designator_value, fold
from .parts import match_parts
from .textdiff import Change
from .word_chars import has_unspaced, words_in
from .xref_scan import Keywords, candidates, matches

RefStatus = Literal["unchanged", "renumbered", "retargeted", "added", "removed"]

_NUM = r"\d{1,4}(?:\.\d{1,3})*(?:\s?(?:bis|ter)\b)?|[IVXLCDM]{1,8}\b|[A-Za-z]\b"
_UNIT = r"articles?|arts?\.|art[íi]culos?|sections?|secs?\.|§§?|clauses?|paragraphs?|subsections?"
_ANNEX = alternation([w for w in ANNEX_WORDS if w.isascii()] + ["annexes", "appendices"])
_RU_UNIT = r"стать(?:я|и|е|ю|ей|ях|ям|ями)|ст\.|пункт(?:а|е|у|ом|ы|ов)?|п\.|раздел(?:а|е|ом)?"
_RU_ANNEX = r"приложени(?:е|я|ю|ем|и)"
_SEP = r"\s*(?:,|and|or|to|through|и|или|ve|veya|et|ou)\s*"
_CJK_NUM = r"[〇零一二两三四五六七八九十百千\d]{1,8}"
_ONE = rf"(?P<n>{_NUM})(?:\s?\((?P<p>[A-Za-z0-9]{{1,4}})\))?"
_LIST = rf"(?:{_SEP}(?:{_NUM})(?:\s?\([a-z0-9]{{1,4}}\))?)*"
REFERENCE_RE = re.compile(
    rf"(?P<of>(?i:paragraph|para\.|пункт(?:а|е|у)?|п\.)\s*(?P<pn>\d{{1,3}}|[a-z])\s+"
    rf"(?i:of\s+(?:the\s+)?)?)?"
    rf"(?P<w>(?i:{_UNIT}|{_ANNEX}|{_RU_UNIT}|{_RU_ANNEX}))(?![^\W\d_])\s*{_ONE}(?P<more>{_LIST})"
    rf"|(?P<tn>\d{{1,4}})\s?['’.]?\s?(?:inci|ıncı|üncü|uncu|nci|ncı|ncü|ncu)?\s+(?P<tw>(?i:madde)\w*)"
    # One or two words before "madde", checked against the ordinals afterwards: the
    # ordinals as an alternation here made the search five times slower.
    r"|\b(?P<to>[^\W\d_]+(?:[\s-]+[^\W\d_]+)?)\s+(?P<tw2>(?i:madde)\w*)"
    r"|(?P<rel>(?i:the\s+(?:preceding|previous|following)\s+paragraph"
    r"|предыдущ(?:ий|его|ем)\s+пункт\w*|önceki\s+fıkra\w*))"
    # Chinese "第七十二条第二款" (article 72, paragraph 2; "项" an item of it) and
    # Korean "제39조 제2항": the designator is everything from the article's number
    # to the paragraph's, so a renumbering of either is inside it.
    rf"|第(?P<cn>{_CJK_NUM})条(?:第(?P<cnp>{_CJK_NUM})款)?(?:第{_CJK_NUM}项)?"
    rf"|本条第(?P<cbp>{_CJK_NUM})款"  # a paragraph of the article itself
    # ("제39조의2" is an article of its own, put in after 39, and is left alone).
    r"|제(?P<kn>\d{1,3})조(?!의\d)(?:\s?제(?P<knp>\d{1,2})항)?(?:\s?제\d{1,2}호)?",
)
# Where a match of REFERENCE_RE begins (see xref_scan); keep in step with the pattern.
REFERENCE_KEYWORDS = Keywords(
    starts=(
        "art", "sec", "§", "clause", "para", "subsection", "annexes", "appendices",
        *(w for w in ANNEX_WORDS if w.isascii()), "ст", "пункт", "п.", "раздел",
        "приложени", "предыдущ", "önceki", "第", "本条", "제",
    ),
    after_the=("preceding", "previous", "following"),
    after_words=("madde",),
)  # fmt: skip
_ITEM_RE = re.compile(rf"{_SEP}(?P<n>{_NUM})(?:\s?\((?P<p>[a-z0-9]{{1,4}})\))?")
# "article 11 of the WIPO copyright treaty": a provision of another text.
_ELSEWHERE_RE = re.compile(r"\s+of\s+(?:the\s+)?(?!this\b|these\b|that\b)[A-Z]")


@dataclass(frozen=True, slots=True)
class Reference:
    """One cross-reference: where it is, what it says, and what it points to.

    ``number_start``/``number_end`` span the designator alone ("12" in
    "Article 12"); ``target`` indexes the segment it leads to and
    ``target_part`` the part key inside it ("2.1(a)"), when found.
    """

    start: int
    end: int
    text: str
    number_start: int
    number_end: int
    label: str
    part: str
    segment: int
    target: int | None
    target_part: str | None = None


@dataclass(frozen=True, slots=True)
class ReferenceChange:
    """A reference in one version and its counterpart in the next."""

    old: Reference | None
    new: Reference | None
    status: RefStatus
    pair: int


class PairLike(Protocol):
    @property
    def old(self) -> tuple[int, ...]: ...
    @property
    def new(self) -> tuple[int, ...]: ...


def _kind_of(word: str) -> SegmentKind | None:
    low = fold(word)
    if low.startswith(("annex", "append", "sched", "exhib", "приложен", "protocol", "ek", "zeyl")):
        return SegmentKind.ANNEX
    return SegmentKind.ARTICLE


@dataclass(frozen=True, slots=True)
class _Table:
    """The first unit of one kind by folded label, folded reference, label, number."""

    by_fold: dict[str, int]
    by_ref: dict[str, int]
    by_label: dict[str, int]
    by_number: dict[int, int]


class _Units:
    """A document's units looked up by what a reference calls them (built once,
    not searched again for every reference)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._tables: dict[SegmentKind, _Table] = {}

    def _table(self, kind: SegmentKind) -> _Table:
        if kind not in self._tables:
            table = _Table({}, {}, {}, {})
            for k, seg in enumerate(self.doc.segments):
                if seg.kind is kind:
                    table.by_fold.setdefault(fold(seg.label), k)
                    table.by_ref.setdefault(fold(seg.reference), k)
                    table.by_label.setdefault(seg.label, k)
                    if seg.number is not None:
                        table.by_number.setdefault(seg.number, k)
            self._tables[kind] = table
        return self._tables[kind]

    def resolve(self, kind: SegmentKind, label: str) -> tuple[int | None, str | None]:
        """Segment index and part key for "12", "IV", "2.1", "1 (C)": the first
        unit of the kind whose label or reference reads so or, for a dotted
        number, whose label is its head; failing those, an article of that value."""
        table = self._table(kind)
        hits = [table.by_fold.get(fold(label)), table.by_ref.get(fold(f"Annex {label}"))]
        named = min((k for k in hits if k is not None), default=None)
        head = table.by_label.get(label.partition(".")[0]) if "." in label else None
        if named is not None and (head is None or named <= head):
            return named, None
        if head is not None:
            keys = {p.key for p in self.doc.segments[head].parts}
            return head, label if label in keys else None
        wanted = designator_value(label.split(" ")[0]) if "." not in label else None
        if wanted is not None and kind is SegmentKind.ARTICLE:
            return table.by_number.get(wanted), None
        return None, None


def _part_key(seg: Segment, base: str | None, part: str) -> str | None:
    keys = {p.key for p in seg.parts}
    for key in (f"{base or ''}({part})", f"({part})", part, f"{part})", f"{base} {part})"):
        if key in keys:
            return key
    return None


def _relative(doc: Document, seg_index: int, pos: int, word: str) -> tuple[int | None, str | None]:
    """The paragraph before (or after) the one holding ``pos``."""
    text = doc.text
    forward = any(w in fold(word) for w in ("following",))
    if forward:
        nxt = text.find("\n\n", pos)
        target_pos = nxt + 2 if nxt >= 0 else pos
    else:
        here = text.rfind("\n\n", 0, pos)
        target_pos = text.rfind("\n\n", 0, max(here, 0)) + 2 if here > 0 else pos
    target = doc.segment_at(target_pos)
    if target is None:
        return None, None
    seg = doc.segments[target]
    inside = [p for p in seg.parts if p.start <= target_pos < p.end]
    return target, (inside[-1].key if inside else None)


def _is_ordinal(words: str) -> bool:
    key = " ".join(words.split())
    return fold(key) in ORDINALS or key.casefold() in ORDINALS


def _ordinal_tail(words: str) -> int | None:
    """Where the ordinal that ends ``words`` (one or two words) begins, or None."""
    if _is_ordinal(words):
        return 0
    last = re.split(r"[\s-]+", words)[-1]
    return len(words) - len(last) if last != words and _is_ordinal(last) else None


def _refs_in(doc: Document, k: int, starts: list[int], units: _Units) -> list[Reference]:
    seg = doc.segments[k]
    text = doc.text
    out: list[Reference] = []
    for m in matches(REFERENCE_RE, text, starts, seg.body_start, seg.end):
        if m.group("rel"):
            target, part = _relative(doc, k, m.start(), m.group("rel"))
            out.append(Reference(m.start(), m.end(), m.group(0), m.start(), m.end(), "", "", k,
                                 target, part))  # fmt: skip
            continue
        if m.group("tn") or m.group("to"):
            group = "tn" if m.group("tn") else "to"
            start, g_start, g_text = m.start(), m.start(group), m.group(group)
            if group == "to":
                tail = _ordinal_tail(g_text)
                if tail is None:
                    continue
                g_start += tail
                g_text = g_text[tail:]
                start = g_start
            value = designator_value(g_text)
            label = str(value) if value is not None else g_text
            target, _ = units.resolve(SegmentKind.ARTICLE, label)
            out.append(Reference(start, m.end(), text[start : m.end()], g_start,
                                 g_start + len(g_text), g_text, "", k, target))  # fmt: skip
            continue
        if m.group("cbp"):
            part = str(designator_value(m.group("cbp")) or m.group("cbp"))
            out.append(Reference(m.start(), m.end(), m.group(0), m.start("cbp"), m.end("cbp"),
                                 part, part, k, k))  # fmt: skip
            continue
        if m.group("cn") or m.group("kn"):
            found = _cjk_reference(doc, k, m, units)
            if found is not None:
                out.append(found)
            continue
        kind = _kind_of(m.group("w"))
        if kind is None or _ELSEWHERE_RE.match(text, m.end()):
            continue
        items = [m] + [
            it for it in _ITEM_RE.finditer(text, m.start("more"), m.end("more")) if m.group("more")
        ]
        for it in items:
            label, part = it.group("n"), it.group("p") or ""
            is_point = fold(m.group("w")).startswith(("paragraph", "subsection", "пункт", "п."))
            if is_point and not m.group("of"):
                target, key = k, _part_key(seg, None, label)
            else:
                target = None
                if part and kind is SegmentKind.ANNEX:
                    target, key = units.resolve(kind, f"{label} ({part.upper()})")
                    part = "" if target is not None else part
                if target is None:
                    target, key = units.resolve(kind, label)
                if target is not None and m.group("of"):
                    key = _part_key(doc.segments[target], None, m.group("pn"))
                elif target is not None and part:
                    key = _part_key(doc.segments[target], key or label, part) or key
            span = (
                (m.start(), m.end() - len(m.group("more")))
                if it is m
                else (it.start("n"), it.end())
            )
            out.append(Reference(span[0], span[1], text[span[0] : span[1]], it.start("n"),
                                 it.end("n"), label, part, k, target, key))  # fmt: skip
    return out


CJK_ELSEWHERE = re.compile(r"(?:[》」』]|(?<!本)法|(?<!이 )헌법)\s*$")
"""What ends the words before a citation of another text: a title in its brackets
("《宪法》第二条", "「민법」 제3조") or a law's name ("宪法第八十九条", while "本法"
is this law)."""


def _cjk_reference(doc: Document, k: int, m: re.Match[str], units: _Units) -> Reference | None:
    """A Chinese or Korean citation of an article of the same text (and of a
    paragraph of it): its designator runs from the article's number to the
    paragraph's."""
    text = doc.text
    if CJK_ELSEWHERE.search(text, max(0, m.start() - 8), m.start()):
        return None
    group, part_group = ("cn", "cnp") if m.group("cn") else ("kn", "knp")
    number = m.group(group)
    value = designator_value(number)
    target, _ = units.resolve(SegmentKind.ARTICLE, number)
    if target is None and value is not None:
        target, _ = units.resolve(SegmentKind.ARTICLE, str(value))
    part = m.group(part_group) or ""
    if part:
        part = str(designator_value(part) or part)
    end = m.end(part_group) if part else m.end(group)
    return Reference(m.start(), m.end(), m.group(0), m.start(group), end, number, part, k,
                     target)  # fmt: skip


def find_references(doc: Document) -> list[Reference]:
    """Every cross-reference in the document's segment bodies, in text order
    (found once per document)."""
    return list(once_per_document(doc, "references", lambda: _find_references(doc)))


def scan_references(docs: Sequence[Document]) -> list[tuple[Reference, ...]]:
    """``find_references`` of each document, in a form that can be handed over
    (from a helper process) to ``keep_references``."""
    return [tuple(find_references(doc)) for doc in docs]


def keep_references(doc: Document, found: tuple[Reference, ...]) -> None:
    """Take ``found`` as the document's references (scanned elsewhere)."""
    once_per_document(doc, "references", lambda: found)


class SegmentReferences:
    """``find_references`` one segment at a time: those of the whole scan once it is
    known (``keep_references``), else found in that segment alone. A long text is
    shown article by article before its scan arrives, and scanning all of it at once
    would hold up the window for seconds."""

    def __init__(self, doc: Document) -> None:
        self.doc, self._units = doc, _Units(doc)
        self._by_segment: dict[int, list[Reference]] | None = None

    def __call__(self, k: int) -> list[Reference]:
        if self._by_segment is None and known(self.doc, "references") is not None:
            self._by_segment = {}
            for ref in find_references(self.doc):
                self._by_segment.setdefault(ref.segment, []).append(ref)
        if self._by_segment is not None:
            return self._by_segment.get(k, [])
        seg, text = self.doc.segments[k], self.doc.text
        found = candidates(text[seg.body_start : seg.end], REFERENCE_KEYWORDS)
        return _refs_in(self.doc, k, [seg.body_start + at for at in found], self._units)


def _find_references(doc: Document) -> tuple[Reference, ...]:
    refs: list[Reference] = []
    starts, units = candidates(doc.text, REFERENCE_KEYWORDS), _Units(doc)
    for k in range(len(doc.segments)):
        refs.extend(_refs_in(doc, k, starts, units))
    return tuple(refs)


def _context(doc: Document, ref: Reference) -> str:
    """The last words before a reference and its keyword. In a text without spaces
    each character is a word, and the keyword is the "第" a citation opens with."""
    before = doc.text[max(0, ref.start - 40) : ref.start]
    if has_unspaced(before) or ref.text.startswith("第"):
        words = [w for w in words_in(before.casefold()) if not w.isdecimal()][-3:]
        return " ".join(words) + "|" + ref.text[:1]
    words = re.findall(r"[^\W\d_]+", before.casefold())[-3:]
    word = re.match(r"[^\W\d_]+", ref.text.casefold())
    return " ".join(words) + "|" + (word.group(0)[:4] if word else "")


def compare_references(
    old: Document, new: Document, pairs: Sequence[PairLike]
) -> list[ReferenceChange]:
    """Each reference of a paired segment matched with its counterpart, and what
    became of it: unchanged, renumbered along with its target, or retargeted."""
    old_refs = find_references(old)
    new_refs = find_references(new)
    by_old: dict[int, list[Reference]] = {}
    by_new: dict[int, list[Reference]] = {}
    for r in old_refs:
        by_old.setdefault(r.segment, []).append(r)
    for r in new_refs:
        by_new.setdefault(r.segment, []).append(r)
    partners: dict[int, set[int]] = {}
    for p in pairs:
        for i in p.old:
            partners.setdefault(i, set()).update(p.new)
    out: list[ReferenceChange] = []
    for index, p in enumerate(pairs):
        a = [r for i in p.old for r in by_old.get(i, [])]
        b = [r for j in p.new for r in by_new.get(j, [])]
        ca, cb = [_context(old, r) for r in a], [_context(new, r) for r in b]
        matcher = difflib.SequenceMatcher(None, ca, cb, autojunk=False)
        for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
            for n in range(max(i2 - i1, j2 - j1)):
                o = a[i1 + n] if i1 + n < i2 else None
                w = b[j1 + n] if j1 + n < j2 else None
                if o is not None and w is not None and not _alike(ca[i1 + n], cb[j1 + n]):
                    out.append(ReferenceChange(o, None, "removed", index))
                    out.append(ReferenceChange(None, w, "added", index))
                    continue
                out.append(ReferenceChange(o, w, _status(old, new, o, w, partners), index))
    return out


def _alike(a: str, b: str) -> bool:
    """Two references stand in the same wording when most words before them agree."""
    wa, _, ka = a.partition("|")
    wb, _, kb = b.partition("|")
    shared = len(set(wa.split()) & set(wb.split()))
    return ka == kb and shared >= min(2, len(wa.split()), len(wb.split()))


def _same_part(old: Document, new: Document, o: Reference, n: Reference) -> bool:
    if o.target_part is None and n.target_part is None:
        if fold(o.part) == fold(n.part):
            return True
        return _same_paragraph(old, new, o, n)
    if o.target_part is None or n.target_part is None or o.target is None or n.target is None:
        return False
    a, b = old.segments[o.target].parts, new.segments[n.target].parts
    matched = match_parts(old, new, list(a), list(b))
    return any(m.old == o.target_part and m.new == n.target_part for m in matched)


_ITEM_OPENING = re.compile(r"\s*(?:[（(]|\d{1,3}\.)")
"""How an item of a paragraph opens ("（一）", "(a)", "1."): items are not counted
as paragraphs ("第二款" is the second paragraph, whatever items the first lists)."""
SAME_PARAGRAPH = 0.6
"""How alike (difflib's ratio) two paragraphs must be to be one paragraph renumbered."""


def _paragraph(doc: Document, target: int, number: str) -> str | None:
    """The ``number``-th paragraph of the target's body, items not counted."""
    if not number.isdecimal() or int(number) < 1:
        return None
    blocks = [b for b in re.split(r"\n\s*\n", doc.body(doc.segments[target])) if b.strip()]
    paragraphs = [b for b in blocks if not _ITEM_OPENING.match(b)]
    return paragraphs[int(number) - 1] if int(number) <= len(paragraphs) else None


def _same_paragraph(old: Document, new: Document, o: Reference, n: Reference) -> bool:
    """Two paragraph numbers of paired articles whose parts are not known ("第七十二条
    第二款" → "第八十一条第一款", article 72 split in two): the same paragraph if
    its text there and here reads alike."""
    if o.target is None or n.target is None:
        return False
    a, b = _paragraph(old, o.target, o.part), _paragraph(new, n.target, n.part)
    if a is None or b is None:
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= SAME_PARAGRAPH


def _status(
    old: Document,
    new: Document,
    o: Reference | None,
    n: Reference | None,
    partners: dict[int, set[int]],
) -> RefStatus:
    if o is None:
        return "added"
    if n is None:
        return "removed"
    if o.target is None and n.target is None:
        same_target = fold(o.label) == fold(n.label)
    else:
        same_target = o.target is not None and n.target in partners.get(o.target, set())
        same_target = same_target and _same_part(old, new, o, n)
    if not same_target:
        return "retargeted"
    return "unchanged" if fold(o.label) == fold(n.label) else "renumbered"


def renumbered_reference(changes: Sequence[ReferenceChange], change: Change) -> bool:
    """Whether a text change only renumbers references whose targets were
    renumbered (so it is no substantive change)."""
    hit = False
    for rc in changes:
        if rc.old is None or rc.new is None:
            continue
        inside_old = rc.old.start <= change.old_start and change.old_end <= rc.old.end
        inside_new = rc.new.start <= change.new_start and change.new_end <= rc.new.end
        if inside_old and inside_new:
            if rc.status != "renumbered":
                return False
            hit = True
    return hit
