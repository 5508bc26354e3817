"""Cut a normalised text into preamble, articles, closing part and annexes.

Headings are recognised in English, French, Russian and Turkish, with arabic or
roman numerals or ordinal words, either on a line of their own or opening a
paragraph ("Article 1. The parties..."). A heading inside a paragraph is a
cross-reference, not a heading, and is left alone.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from .document import Document, Segment, SegmentKind, normalise_text
from .numerals import ORDINAL_PATTERN, designator_value

_NUM = r"\d{1,4}(?:\s?(?:bis|ter|quater)\b|[a-z](?![a-z]))?"
_ROMAN = r"[IVXLCDM]{1,15}\b"
_ARTICLE_WORD = r"(?i:article|art\.|статья|ст\.|madde|artikel|artículo|articolo)"
_ANNEX_WORD = r"(?i:annex|annexe|appendix|schedule|приложение|ek|zeyl)"
_TAIL = r"(?P<punct>\s*[.:)\-–—]+)?[ \t]*(?P<rest>[^\n]*)"

_ARTICLE_RE = re.compile(
    rf"^[ \t]*(?:{_ARTICLE_WORD}[ \t\u00a0\u202f]*(?P<des>{_NUM}|{_ROMAN}|(?i:{ORDINAL_PATTERN})\b)"
    rf"|(?P<des2>(?i:{ORDINAL_PATTERN}))[ \t\u00a0]+(?i:madde|статья|article)\b){_TAIL}$",
    re.MULTILINE,
)
_ANNEX_RE = re.compile(
    rf"^[ \t]*{_ANNEX_WORD}\b[ \t\u00a0\u202f]*(?:(?i:no\.?|№|nr\.?)\s*)?"
    rf"(?P<des>(?:\d{{1,3}}|[IVX]{{1,6}}\b|[A-ZА-Я]\b)(?:[ \t]*\([A-ZА-Я0-9]{{1,3}}\))?)?{_TAIL}$",
    re.MULTILINE,
)
_CLOSING_RE = re.compile(
    r"^[ \t]*(?i:in witness whereof|in faith whereof|done at|done in|done and signed|signed at"
    r"|signed in|made at|drawn up|initialled|fait à|en foi de quoi|совершено|составлено"
    r"|в удостоверение|в засвидетельствование|подписано|парафировано|işbu|tanzim|imza)\b",
    re.MULTILINE,
)
_PARA_SPLIT_RE = re.compile(r"\n[ \t]*\n+")


@dataclass(frozen=True)
class _Heading:
    start: int
    body_start: int
    kind: SegmentKind
    label: str
    number: int | None
    heading: str


def _is_heading(match: re.Match[str]) -> bool:
    """A heading stands alone on its line or opens a paragraph with punctuation."""
    rest = match.group("rest")
    if not rest.strip():
        return True
    if not match.group("punct"):
        return False
    before = match.string[: match.start()]
    gap = before[len(before.rstrip()) :]
    return not before.strip() or gap.count("\n") >= 2


def _body_start(text: str, match: re.Match[str]) -> int:
    rest_start = match.start("rest")
    if match.group("rest").strip():
        return rest_start
    pos = match.end()
    while pos < len(text) and text[pos] in " \t\n":
        pos += 1
    return pos


def _find_headings(text: str) -> list[_Heading]:
    found: dict[int, _Heading] = {}
    for match in _ARTICLE_RE.finditer(text):
        if not _is_heading(match):
            continue
        des = (match.group("des") or match.group("des2") or "").strip()
        found[match.start()] = _Heading(
            start=match.start() + len(match.group(0)) - len(match.group(0).lstrip()),
            body_start=_body_start(text, match),
            kind=SegmentKind.ARTICLE,
            label=des,
            number=designator_value(re.sub(r"^(\d+).*$", r"\1", des)),
            heading=text[match.start() : match.start("rest")].strip(),
        )
    for match in _ANNEX_RE.finditer(text):
        if match.start() in found or not _is_heading(match):
            continue
        des = re.sub(r"\s+", " ", (match.group("des") or "").strip())
        found[match.start()] = _Heading(
            start=match.start() + len(match.group(0)) - len(match.group(0).lstrip()),
            body_start=_body_start(text, match),
            kind=SegmentKind.ANNEX,
            label=des or "annex",
            number=designator_value(des.split(" ")[0]) if des else None,
            heading=text[match.start() : match.start("rest")].strip(),
        )
    return [found[k] for k in sorted(found)]


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def _unique_labels(headings: list[_Heading], warnings: list[str]) -> list[str]:
    """Labels as printed, made unique: annex 1 beside article 1 becomes "Annex 1"."""
    article_labels = {h.label for h in headings if h.kind is SegmentKind.ARTICLE}
    counts: Counter[str] = Counter()
    labels = []
    for h in headings:
        label = h.label
        if h.kind is SegmentKind.ANNEX and label in article_labels:
            label = f"Annex {label}"
        counts[label] += 1
        if counts[label] > 1:
            warnings.append(
                f"{h.heading or label} appears {counts[label]} times; "
                f"the repeat is labelled {label}#{counts[label]}"
            )
            label = f"{label}#{counts[label]}"
        labels.append(label)
    return labels


def _check_order(headings: list[_Heading], warnings: list[str]) -> None:
    """Warn once about numbers that go backwards (1 then 1bis is fine)."""
    numbered = [h for h in headings if h.kind is SegmentKind.ARTICLE and h.number]
    for prev, cur in itertools.pairwise(numbered):
        assert prev.number is not None and cur.number is not None
        if cur.number < prev.number or (cur.number == prev.number and cur.label == prev.label):
            warnings.append(
                f"article numbers are not in order ({prev.label} is followed by {cur.label})"
            )
            return


def _paragraph_segments(text: str) -> list[Segment]:
    segments = []
    pieces = list(re.finditer(r"\S(?:.|\n(?![ \t]*\n))*", text))
    if len(pieces) <= 1:
        pieces = list(re.finditer(r"\S[^\n]*", text))
    for i, m in enumerate(pieces, start=1):
        end = _trim_end(text, m.start(), m.end())
        if end <= m.start():
            continue
        segments.append(
            Segment(
                label=f"¶{i}",
                kind=SegmentKind.PARAGRAPH,
                start=m.start(),
                end=end,
                body_start=m.start(),
                number=i,
            )
        )
    return segments


def _split_closing(text: str, segments: list[Segment]) -> list[Segment]:
    """Separate the signature block from the last article before the annexes."""
    last_article = None
    for i, seg in enumerate(segments):
        if seg.kind is SegmentKind.ARTICLE:
            last_article = i
    if last_article is None:
        return segments
    seg = segments[last_article]
    match = _CLOSING_RE.search(text, seg.body_start, seg.end)
    if match is None:
        return segments
    cut = match.start()
    if text[max(seg.body_start, cut - 1) : cut] not in ("\n", "") and cut != seg.body_start:
        return segments
    if cut <= seg.body_start:
        return segments
    article = Segment(
        seg.label,
        seg.kind,
        seg.start,
        _trim_end(text, seg.start, cut),
        seg.body_start,
        seg.heading,
        seg.number,
    )
    closing = Segment("closing", SegmentKind.CLOSING, cut, seg.end, cut)
    return [*segments[:last_article], article, closing, *segments[last_article + 1 :]]


def segment_text(text: str) -> tuple[list[Segment], list[str]]:
    """Segments of a normalised text, and warnings a reader should see."""
    warnings: list[str] = []
    headings = _find_headings(text)
    if not any(h.kind is SegmentKind.ARTICLE for h in headings):
        if text.strip():
            warnings.append(
                "no article headings found; the text is compared paragraph by paragraph"
            )
        return _paragraph_segments(text), warnings
    _check_order(headings, warnings)
    labels = _unique_labels(headings, warnings)
    segments: list[Segment] = []
    first = headings[0].start
    pre_end = _trim_end(text, 0, first)
    if pre_end > 0 and text[:pre_end].strip():
        pre_start = len(text) - len(text.lstrip())
        segments.append(Segment("preamble", SegmentKind.PREAMBLE, pre_start, pre_end, pre_start))
    for i, (h, label) in enumerate(zip(headings, labels, strict=True)):
        nxt = headings[i + 1].start if i + 1 < len(headings) else len(text)
        end = _trim_end(text, h.start, nxt)
        body_start = min(h.body_start, end)
        segments.append(Segment(label, h.kind, h.start, end, body_start, h.heading, h.number))
    return _split_closing(text, segments), warnings


def make_document(
    text: str,
    title: str = "",
    source: str = "",
    language: str = "",
    encoding: str = "",
    metadata: dict[str, object] | None = None,
    warnings: tuple[str, ...] = (),
) -> Document:
    """Normalise, segment and wrap a text in a ``Document``."""
    text = normalise_text(text)
    segments, seg_warnings = segment_text(text)
    if not title:
        first_line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
        title = first_line[:120] or source or "Untitled"
    return Document(
        title=title,
        text=text,
        segments=tuple(segments),
        source=source,
        language=language,
        encoding=encoding,
        warnings=tuple(warnings) + tuple(seg_warnings),
        metadata=dict(metadata or {}),
    )
