"""What changed in substance and what only in form.

Every word change gets one class. ``wording`` and ``figure`` are substance;
``name-variant``, ``spelling``, ``case``, ``punctuation``, ``whitespace`` and
``reference`` (a cross-reference, or a unit's own sub-clause number, that only
follows the renumbering) are form.
A change that mixes classes ("Batum, three" → "Batumi; six") is split into
its parts by aligning its words; a word pair no rule explains is wording, so
a rule that does not fire can only make form look like substance, never the
reverse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from .change_kinds import CLASSES as CLASSES
from .change_kinds import FORM as FORM
from .change_kinds import SUBSTANCE as SUBSTANCE
from .change_kinds import as_class as _as_class
from .change_kinds import parse_classes as parse_classes
from .change_tokens import (
    HYPHENS,
    WORD,
    Tok,
    between_digits,
    between_letters,
    hyphens_follow_words,
    is_punct,
    join_keys,
    joins,
    numeral,
    sentence_initial,
    span,
    tokens,
)
from .entities import Gazetteer
from .figures import is_figure_token, is_number
from .numerals import CJK_DIGITS, ORDINALS, designator_value, fold
from .renumbering import Span4, in_renumbered, own_number_follows
from .textdiff import Change, ChangeClass, Op
from .token_diff import common_prefix, common_suffix
from .word_forms import (
    ACCENT_WORD,
    close_transliteration,
    name_skeleton,
    same_spelling,
    spelling_key,
    without_accents,
)
from .xrefs import CJK_ELSEWHERE

_ARTICLE_BEFORE = re.compile(
    r"(?:\barticles?|\bart\.|\bart[ií]culos?|\bстат\w{0,3}|\bст\.|\bmadde\w{0,6}|\bparagraph\w{0,2})\s*"
    r"(?:\w{1,6}\s*(?:,|and|и|ve|et|or|или)\s*){0,4}$",
    re.IGNORECASE,
)
_SQUEEZE = re.compile(r"[\s\-\u00ad\u2010\u2011]+")
_INDEFINITE = frozenset(("un", "une", "una", "uno", "ein", "eine", "einen", "einem", "einer",
                         "eines", "bir", "a", "an"))  # fmt: skip
"""Words for "one" that are also the indefinite article: alone, put in or left out,
they are wording ("como un servicio" → "como servicio"), not a figure."""


def _indefinite(word: str) -> bool:
    return word.casefold() in _INDEFINITE


_CITED_FIGURES = re.compile(rf"[\d{CJK_DIGITS}第条款项제조항호 ]+")
"""What the designator of a Chinese or Korean citation is written in: digits or
Chinese numerals, and the words for article and paragraph between them."""
_CJK_CITATION = re.compile(rf"第(?P<n>[{CJK_DIGITS}\d]{{1,8}})条|제(?P<n2>\d{{1,3}})조(?!의\d)")
"""A Chinese ("第八条") or Korean ("제8조") citation of an article, its number apart."""
_IN_FIGURES = re.compile(r"\s*\((\d{1,4})\)\s*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\s*$")
MAX_ALIGNED_TOKENS = 200
"""Changes with more token pairs than this are classed whole (wording or figure)."""

_EQUAL = "equal"
_COST = {_EQUAL: 0.0, "form": 0.1, "figure": 0.9, "sub": 1.5, "gap": 1.0}


@dataclass(frozen=True)
class ClassContext:
    """What classifying needs besides the change: both texts, names, the concordance."""

    old_text: str
    new_text: str
    gazetteer: Gazetteer | None = None
    concordance: Mapping[int, frozenset[int]] = field(default_factory=dict)
    """Old article number → the numbers of the new articles it became."""
    renumbered: Callable[[], Sequence[Span4]] | None = None
    """The designators (old start, old end, new start, new end) of cross-references
    renumbered with their target, sorted; asked (each time) only when two numbers
    differ, so it should keep what it found."""


_ORDINAL_FIGURE = re.compile(r"(\d{1,4})(?:er|re|e|º|ª)")


def cited_number(token: str) -> int | None:
    """The number an article is cited by: a figure ("4", "IV"), a figure with its
    ordinal mark ("1er") or an ordinal word ("premier"): "l'article premier" and
    "l'article 1" cite the same article."""
    found = numeral(token)
    if found is not None:
        return found
    marked = _ORDINAL_FIGURE.fullmatch(token)
    if marked is not None:
        return int(marked[1])
    return ORDINALS.get(fold(token))


class ChangeClassifier:
    """Classes the changes of one comparison; caches what it learns about words."""

    def __init__(self, ctx: ClassContext) -> None:
        self.ctx = ctx
        self.key_cache: dict[str, frozenset[str]] = {}

    def related(self, a: Tok, b: Tok) -> str | None:
        """``pair`` for tokens that could be related; None at once for the rest."""
        x, y = a.text, b.text
        if x == y:
            return _EQUAL
        if self.keys(x).isdisjoint(self.keys(y)) and not (
            is_figure_token(x) and is_figure_token(y)
        ):
            return None
        return self.pair(a, b)

    # -- one token against one token ------------------------------------------
    def pair(self, a: Tok, b: Tok) -> str | None:
        """``equal``, a form class, ``figure``, or None (different words)."""
        x, y = a.text, b.text
        if x == y:
            return _EQUAL
        ctx = self.ctx
        if is_punct(x) and is_punct(y):
            if between_digits(ctx.old_text, a.start, a.end):
                return "figure"
            return "punctuation"
        if x.casefold() == y.casefold() and not (is_number(x) or numeral(x)):
            return "case"
        if self.follows_renumbering(a, b):
            return "reference"
        reference = self.reference(a, b)
        if reference is not None:
            return reference
        if same_spelling(x, y):
            return "spelling"
        if is_figure_token(x) and is_figure_token(y):
            return "figure"
        return self.name(a, b)

    def name(self, a: Tok, b: Tok) -> str | None:
        if not (a.text[:1].isupper() and b.text[:1].isupper()):
            return None
        gazetteer = self.ctx.gazetteer
        if gazetteer is not None:
            ea, eb = gazetteer.entity_of(a.text), gazetteer.entity_of(b.text)
            if ea is not None and eb is not None:
                return "name-variant" if ea == eb else None
        if close_transliteration(a.text, b.text) and not (
            sentence_initial(self.ctx.old_text, a.start)
            or sentence_initial(self.ctx.new_text, b.start)
        ):
            return "name-variant"
        return None

    def reference(self, a: Tok, b: Tok) -> str | None:
        """ "reference" if both are article numbers and the new one follows the
        concordance, "wording" if they point elsewhere, None if not references."""
        old_n, new_n = cited_number(a.text), cited_number(b.text)
        if old_n is None or new_n is None:
            return None
        ctx = self.ctx
        if not (
            _ARTICLE_BEFORE.search(ctx.old_text, max(0, a.start - 48), a.start)
            and _ARTICLE_BEFORE.search(ctx.new_text, max(0, b.start - 48), b.start)
        ):
            return None
        return "reference" if new_n in ctx.concordance.get(old_n, ()) else "wording"

    def follows_renumbering(self, a: Tok, b: Tok) -> bool:
        """Two numbers that only follow their article's renumbering: in a renumbered
        cross-reference ("clause 7.1" → "clause 6.3") or a sub-clause's own number."""
        if not (a.text.isdecimal() and b.text.isdecimal()):
            return False
        ctx = self.ctx
        if own_number_follows(ctx.old_text, ctx.new_text, ctx.concordance, a, b):
            return True
        if ctx.renumbered is None:
            return False
        return in_renumbered(ctx.renumbered(), len(ctx.old_text), a, b)

    def renumbered_citation(self, c: Change, core: tuple[Tok, Tok] | None) -> Change | None:
        """The figures a change alters in a cross-reference renumbered with its target,
        as a ``reference`` change, when the change alters nothing else. Citations in
        Chinese and Korean ("第八条" → "第十一条", "제2조의" → "제3조의") change inside
        a word or a character run, and no word of them pairs with one of the other.
        ``core`` is the change's ``_cited_core``."""
        ctx = self.ctx
        if ctx.renumbered is None or core is None:
            return None
        a, b = core
        if not in_renumbered(ctx.renumbered(), len(ctx.old_text), a, b):
            return None
        return Change(c.op, a.start, a.end, b.start, b.end, a.text, b.text, "reference")

    def retargeted_citation(self, c: Change, core: tuple[Tok, Tok] | None) -> Change | None:
        """The number a change alters in a Chinese or Korean citation of this text,
        when the cited article did not become the one now cited: ``wording``, as
        "Article 8" → "Article 12" is where 8 became 11; it now leads elsewhere.
        ``core`` as for ``renumbered_citation``."""
        if core is None:
            return None
        a, b = core
        old_n = _cited_article(self.ctx.old_text, a.start, a.end)
        new_n = _cited_article(self.ctx.new_text, b.start, b.end)
        if old_n is None or new_n is None or old_n == new_n:
            return None
        if new_n in self.ctx.concordance.get(old_n, ()):
            return None
        return Change(c.op, a.start, a.end, b.start, b.end, a.text, b.text, "wording")

    def lone(self, tok: Tok, text: str) -> ChangeClass:
        """Class of a token only one side has."""
        if is_punct(tok.text):
            if tok.text in HYPHENS and between_letters(text, tok.start, tok.end):
                return "spelling"
            if between_digits(text, tok.start, tok.end):
                return "figure"
            return "punctuation"
        return "figure" if is_number(tok.text) and not _indefinite(tok.text) else "wording"

    # -- a whole change -------------------------------------------------------
    def whole(self, c: Change) -> ChangeClass | None:
        """A class for the change as one piece, when one obviously fits."""
        o, n = c.old_text, c.new_text
        if not o or not n:
            if self.number_in_figures(c):
                return "spelling"
            return "whitespace" if o.isspace() or n.isspace() else None
        o_words, n_words = o.split(), n.split()
        if "".join(o_words) == "".join(n_words):
            return "whitespace"
        if " ".join(o_words).casefold() == " ".join(n_words).casefold():
            return "case"
        if (
            any(h in o or h in n for h in HYPHENS)
            and _SQUEEZE.sub("", o).casefold() == _SQUEEZE.sub("", n).casefold()
            and any(ch.isalpha() for ch in o)
        ):
            return "spelling"
        gazetteer = self.ctx.gazetteer
        if gazetteer is not None and (" " in o.strip() or " " in n.strip()):
            ea, eb = gazetteer.entity_of(o.strip()), gazetteer.entity_of(n.strip())
            if ea is not None and ea == eb:
                return "name-variant"
        return None

    def number_in_figures(self, c: Change) -> bool:
        """A number written out given again in figures, or no longer ("two (2) years"):
        the same number, said twice."""
        side, text, at = (
            (c.new_text, self.ctx.new_text, c.new_start)
            if c.new_text
            else (c.old_text, self.ctx.old_text, c.old_start)
        )
        found = _IN_FIGURES.fullmatch(side)
        if found is None:
            return False
        before = _WORD_BEFORE.search(text, max(0, at - 40), at)
        return before is not None and designator_value(before[1]) == int(found[1])

    def classify_all(self, changes: Sequence[Change]) -> tuple[Change, ...]:
        """Every change with its class; mixed changes come back as their parts."""
        out: list[Change] = []
        for change in changes:
            out.extend(self.classify(change))
        return tuple(out)

    def classify(self, c: Change) -> list[Change]:
        core = _cited_core(c)  # read once for both kinds of citation
        cited = self.renumbered_citation(c, core)
        if cited is not None:
            return [cited]
        retargeted = self.retargeted_citation(c, core)
        if retargeted is not None:
            return [retargeted]
        found = self.whole(c)
        if found is not None:
            return [_with_class(c, found)]
        if not c.old_text or not c.new_text:
            side = c.new_text or c.old_text
            if _LINK_TARGETS.fullmatch(side):
                return [_with_class(c, "reference")]  # "<#scope>": a link's target, no word
            if any(not is_figure_token(m.group()) for m in WORD.of(side).finditer(side)):
                return [_with_class(c, "wording")]  # words of substance added or removed
        ot = tokens(c.old_text, c.old_start, c.old_end)
        nt = tokens(c.new_text, c.new_start, c.new_end)
        if not ot or not nt:
            toks, text = (nt, self.ctx.new_text) if not ot else (ot, self.ctx.old_text)
            return [_with_class(c, self.one_sided(toks, text))]
        cells = len(ot) * len(nt)
        if cells == 1:
            kind = self.pair(ot[0], nt[0])
            return [_with_class(c, "wording" if kind in (None, _EQUAL) else _as_class(kind))]
        if cells > MAX_ALIGNED_TOKENS or (cells > 4 and not self.may_hold_form(ot, nt)):
            # A word on both sides did not change ("twenty-fourth of August" →
            # "sixteenth of March": the date changed, not the "of" inside it).
            both = {t.text for t in ot} & {t.text for t in nt}
            every = [t.text for t in ot + nt if t.text.isalnum() and t.text not in both]
            cls: ChangeClass = "figure" if every and all(map(is_figure_token, every)) else "wording"
            return [_with_class(c, cls)]
        return self.split(c, ot, nt)

    def may_hold_form(self, ot: list[Tok], nt: list[Tok]) -> bool:
        """Cheap test before aligning: could any word pair be a change of form?

        Without one the change is substance whatever the alignment, and the
        aligning (quadratic in the words) is skipped. Punctuation does not count:
        words replaced by unrelated words ("Boston, MA" → "fsf.org") read as one
        replacement of the phrase, not as word against word around paired commas.
        """
        if _words(ot) == _words(nt):  # the same words, other marks: “EUPL” → "EUPL"
            return True
        old_words = {t.text for t in ot}
        new_words = {t.text for t in nt}
        old_keys = set().union(
            *(self.keys(t.text) for t in ot if t.text not in new_words and not is_punct(t.text))
        )
        new_keys = set().union(
            *(self.keys(t.text) for t in nt if t.text not in old_words and not is_punct(t.text))
        )
        if not old_keys.isdisjoint(new_keys):
            return True
        # two words run together on one side against one word on the other
        return not (join_keys(ot).isdisjoint(new_keys) and join_keys(nt).isdisjoint(old_keys))

    def keys(self, x: str) -> frozenset[str]:
        """What a token could be a form of: two tokens that share no key are
        different words, so the rules need not be asked."""
        found = self.key_cache.get(x)
        if found is not None:
            return found
        out = {"j:" + x.casefold().replace("-", "")}
        if is_punct(x):
            out = {"p"}
        else:
            out.add("s:" + spelling_key(x))
            if "û" in x.casefold():  # Turkish û: a long u ("mahkûm") or ü ("Hükûmet")
                out.add("s:" + spelling_key(x.casefold().replace("û", "ü")))
            if len(x) >= ACCENT_WORD:
                out.add("a:" + without_accents(x))
            if len(x) >= 7:
                out.add("t:" + x[:2].casefold() + x[-3:].casefold())
            if x[:1].isupper():
                out.add("n:" + name_skeleton(x))
                entity = self.ctx.gazetteer.entity_of(x) if self.ctx.gazetteer else None
                if entity is not None:
                    out.add("e:" + entity)
            if numeral(x) is not None:
                out.add("r")
        self.key_cache[x] = found = frozenset(out)
        return found

    def one_sided(self, toks: list[Tok], text: str) -> ChangeClass:
        classes = {self.lone(t, text) for t in toks}
        if len(classes) == 1:
            return classes.pop()
        words = [t.text for t in toks if not is_punct(t.text)]
        if words and any(map(is_number, words)) and all(map(is_figure_token, words)):
            return "figure"
        return "wording"

    # -- splitting a change by aligning its tokens ----------------------------
    def split(self, c: Change, ot: list[Tok], nt: list[Tok]) -> list[Change]:
        steps = hyphens_follow_words(self.align(ot, nt), ot, nt)
        parts: list[Part] = []
        for cls, i0, i1, j0, j1 in steps:
            prev = parts[-1] if parts and parts[-1][2] == i0 and parts[-1][4] == j0 else None
            if prev is not None and prev[0] == cls:
                parts[-1] = (cls, prev[1], i1, prev[3], j1)
            elif prev is not None and _runs_on(prev, (cls, i0, i1, j0, j1)):
                # a passage put in: one change, as a reader sees it ("+ Art" "+ ." "+ 1
                # G v" were three, the stop a change of form)
                grown = (prev[1], i1, prev[3], j1)
                parts[-1] = (
                    self.substance_of(ot[grown[0] : grown[1]] + nt[grown[2] : grown[3]]),
                    *grown,
                )
            else:
                parts.append((cls, i0, i1, j0, j1))
        if not parts:
            return [_with_class(c, "whitespace")]
        if len(parts) == 1 and parts[0][1:] == (0, len(ot), 0, len(nt)):
            return [_with_class(c, parts[0][0])]
        return [self.part(c, ot, nt, *p) for p in parts]

    def align(self, ot: list[Tok], nt: list[Tok]) -> list[tuple[ChangeClass, int, int, int, int]]:
        """Least-cost alignment of the two token runs; unchanged tokens dropped."""
        m, n = len(ot), len(nt)
        inf = float("inf")
        cost = [[inf] * (n + 1) for _ in range(m + 1)]
        back: list[list[tuple[int, int, str]]] = [[(0, 0, "")] * (n + 1) for _ in range(m + 1)]
        cost[0][0] = 0.0
        kinds: dict[tuple[int, int], str | None] = {}
        join_at = joins(ot, nt)
        for i in range(m + 1):
            for j in range(n + 1):
                here = cost[i][j]
                if i < m and here + _COST["gap"] < cost[i + 1][j]:
                    cost[i + 1][j] = here + _COST["gap"]
                    back[i + 1][j] = (i, j, "del")
                if j < n and here + _COST["gap"] < cost[i][j + 1]:
                    cost[i][j + 1] = here + _COST["gap"]
                    back[i][j + 1] = (i, j, "ins")
                for di, dj, joined in join_at.get((i, j), ()):
                    if here + _COST["form"] < cost[i + di][j + dj]:
                        cost[i + di][j + dj] = here + _COST["form"]
                        back[i + di][j + dj] = (i, j, joined)
                if i < m and j < n:
                    kind = kinds.setdefault((i, j), self.related(ot[i], nt[j]))
                    key = (
                        kind if kind in (_EQUAL, "figure") else ("sub" if kind is None else "form")
                    )
                    step = here + _COST[key]
                    if step < cost[i + 1][j + 1]:
                        cost[i + 1][j + 1] = step
                        back[i + 1][j + 1] = (i, j, "pair")
        steps: list[tuple[ChangeClass, int, int, int, int]] = []
        i, j = m, n
        while i or j:
            pi, pj, how = back[i][j]
            if how == "del":
                steps.append((self.lone(ot[pi], self.ctx.old_text), pi, i, pj, pj))
            elif how == "ins":
                steps.append((self.lone(nt[pj], self.ctx.new_text), pi, pi, pj, j))
            elif how in ("whitespace", "spelling"):
                steps.append((_as_class(how), pi, i, pj, j))
            else:
                kind = kinds[(pi, pj)]
                if kind != _EQUAL:
                    cls = "wording" if kind is None else kind
                    steps.append((_as_class(cls), pi, i, pj, j))
            i, j = pi, pj
        steps.reverse()
        return steps

    @staticmethod
    def substance_of(toks: list[Tok]) -> ChangeClass:
        """Figures alone are "figure"; any word makes it "wording"."""
        words = [t.text for t in toks if not is_punct(t.text)]
        return "figure" if words and all(map(is_figure_token, words)) else "wording"

    def part(
        self, c: Change, ot: list[Tok], nt: list[Tok], cls: ChangeClass,
        i0: int, i1: int, j0: int, j1: int,
    ) -> Change:  # fmt: skip
        o0, o1 = span(ot, i0, i1, c.old_end)
        n0, n1 = span(nt, j0, j1, c.new_end)
        op: Op = "replace" if i1 > i0 and j1 > j0 else ("delete" if i1 > i0 else "insert")
        return Change(op, o0, o1, n0, n1, self.ctx.old_text[o0:o1], self.ctx.new_text[n0:n1], cls)


Part = tuple[ChangeClass, int, int, int, int]
"""A part of a split change: its class and its token ranges, old and new."""


def _runs_on(prev: Part, part: Part) -> bool:
    """Whether a part of a split change joins the one before it: words only one side
    has beside words only one side has are one passage put in or struck out, however
    many classes its words would have alone."""
    return all(p[1] == p[2] or p[3] == p[4] for p in (prev, part))


def _cited_core(c: Change) -> tuple[Tok, Tok] | None:
    """What a change alters inside a Chinese or Korean citation, its shared opening
    and ending left out, when that is figures and citation words alone. (Every change
    is asked, once: the shared ends are found by halving, the string compares in C;
    read character by character, they had been a tenth of diffing a long text.)"""
    o, n = c.old_text, c.new_text
    head = common_prefix(o, n)
    tail = common_suffix(o[head:], n[head:])
    o_core, n_core = o[head : len(o) - tail], n[head : len(n) - tail]
    if not (o_core or n_core) or not _CITED_FIGURES.fullmatch(o_core + n_core):
        return None
    o0, n0 = c.old_start + head, c.new_start + head
    return Tok(o_core, o0, o0 + len(o_core)), Tok(n_core, n0, n0 + len(n_core))


def _cited_article(text: str, start: int, end: int) -> int | None:
    """The article a Chinese or Korean citation of this text cites, when
    ``text[start:end]`` lies inside its number; None elsewhere or for another law's."""
    window = max(0, start - 12)
    for m in _CJK_CITATION.finditer(text, window, min(len(text), end + 12)):
        group = "n" if m.group("n") else "n2"
        if m.start(group) <= start and end <= m.end(group):
            if CJK_ELSEWHERE.search(text, max(0, m.start() - 8), m.start()):
                return None
            return designator_value(m.group(group))
    return None


def _words(toks: list[Tok]) -> list[str]:
    return [t.text for t in toks if not is_punct(t.text)]


_LINK_TARGETS = re.compile(r"\s*(?:<#[\w.:-]{1,60}>\s*)+")
"""Targets of links a page's text kept when it was saved as plain text ("<#scope>",
"<#accepting>"): put in beside a cited article, they change no word of it."""


def _with_class(c: Change, cls: ChangeClass) -> Change:
    if cls == c.change_class:
        return c
    return Change(c.op, c.old_start, c.old_end, c.new_start, c.new_end, c.old_text, c.new_text, cls)


def classify_changes(changes: Sequence[Change], ctx: ClassContext) -> tuple[Change, ...]:
    """Every change with its class; mixed changes come back as their parts.

    Offsets must be absolute positions in ``ctx.old_text`` / ``ctx.new_text``.
    """
    return ChangeClassifier(ctx).classify_all(changes)


def class_counts(changes: Sequence[Change]) -> dict[str, int]:
    """Changes per class, every class present (zero included), in ``CLASSES`` order."""
    counts: dict[str, int] = dict.fromkeys(CLASSES, 0)
    for c in changes:
        counts[c.change_class] += 1
    return counts


def is_substance(change_class: str) -> bool:
    return change_class in SUBSTANCE
