"""Articles repealed in place, and places kept for an article and later filled.

Codes and consolidated laws keep a repealed article's number and print a notice
where its text was ("Статья 4. Утратила силу.", "Article 4. [Repealed]", "Art. 4
(abrogato)", "§ 4 (weggefallen)"). It is the same article, its wording replaced, so
it pairs with the old article of the same number that nothing else took, however
little the two texts share. The other way round is as common: a number kept free
("§ 5 [Reserved]", "5) This section intentionally omitted.") that a later version
fills with a provision; the provision takes the place, and pairs with it. So does
a section rewritten from scratch under its old number and its old title ("§ 5
Zweckbindung" in both versions): the title says it is the same section.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from .document import CONSOLIDATION_MARK, RANGE_HEADING_RE, Segment
from .numerals import CARDINALS, ORDINALS, designator_value, fold

Group = tuple[tuple[int, ...], tuple[int, ...], tuple[int, int], float]
"""The aligner's group: old articles, new articles, the pair they grew from, and its
standing (``align_attach.Group``, written out here: segmenting imports this module,
and must not import the aligner)."""

CONFIDENCE = 0.95
"""Confidence of such a pair: the number and the notice say it, not the wording."""
NOTICE_LENGTH = 300
"""Longest body still read as a notice (the notice may cite the repealing act)."""

_NOTICE_RE = re.compile(
    # A heading over a range of articles gone: "§§ 50 bis 52 (weggefallen)", "Articles 5
    # to 7 [Repealed]" (the notice read from the heading's last number on).
    r"^(?:[ \t]*(?:bis|und|to|and)[ \t]+\d{1,4}[a-z]?\b)?"
    r"[\s\[(«\"“—–\-（{*_【]*"  # "*[Repealed]*" set in Markdown emphasis too
    # Ukrainian codes: "{Статтю 3 виключено на підставі Закону …}".
    r"(?:(?:статтю|статью|пункт)[ \t]+[\w\-.]+[ \t]+)?"
    # Finnish and Swedish codes restate the number: "2 § on kumottu L:lla …".
    r"(?:\d{1,4}[ \t]*[a-z]?[ \t]*§[ \t]+(?:on[ \t]+|har[ \t]+)?)?"
    # "This section (is) intentionally omitted", "Intentionally left blank".
    r"(?:this[ \t]+(?:section|article|clause|paragraph|provision)[ \t]+"
    r"(?:(?:is|was|has[ \t]+been)[ \t]+)?)?(?:intentionally[ \t]+)?(?:"
    r"repealed|deleted|revoked|omitted|spent|reserved|lapsed|left[ \t]+blank"
    r"|abrog[ée]e?s?|supprim[ée]e?s?"
    r"|weggefallen|aufgehoben|entfällt"
    r"|abrogat[oaie]?|soppress[oaie]"  # Italian "abrogato", Romanian "Abrogat."
    r"|derogad[oa]s?|suprimid[oa]s?|sin contenido|revogad[oa]s?"
    r"|vervallen|uchylon[yae]"
    r"|утратил[аои]?[ \t]+силу|исключен[аоы]?"
    r"|mülga|kehtetu|(?:käesolevast[ \t]+tekstist[ \t]+)?välja[ \t]+jäetud"  # Estonian
    r"|втратил[аои]?[ \t]+чинність|виключен[аоі]?"
    r"|削除|删除|刪除"  # Japanese and Chinese: "第五条　削除", "第五条（删除）"
    r"|삭제"  # Korean: "제4조 삭제 <2022. 3. 1.>"
    r"|(?:har[ \t]+)?upphävts|upphävd|upphävs"  # Swedish: "Har upphävts genom lag (2021:447)."
    r"|hatályon[ \t]+kívül[ \t]+helyezte"  # Hungarian: "Hatályon kívül helyezte: 2021. évi …"
    r"|zrušen[aoáéý]?"  # Czech and Slovak: "zrušen", "Zrušeno zákonem č. …"
    r"|καταργ(?:είται|ήθηκε|ούνται|ήθηκαν)"  # Greek: "Καταργείται."
    r"|ملغاة|ملغى|ملغي|أُلغيت|ألغيت"  # Arabic: "ملغاة."
    r"|отм|отменен[аои]?"  # Bulgarian: "(Отм. - ДВ, бр. 12 от 2021 г.)"
    r"|(?:(?:đã[ \t]+)?(?:được|bị)[ \t]+)?bãi[ \t]+bỏ"  # Vietnamese: "(được bãi bỏ)"
    r"|dihapus|dicabut"  # Indonesian: "Dihapus."
    r"|ยกเลิก"  # Thai: "(ยกเลิก)"
    r"|منسوخه?|حذف[ \t]+شده?"  # Persian: "(منسوخه)"
    r"|בוטלו?|בוטלה"  # Hebrew: "(בוטל)"
    r"|neteko[ \t]+galios"  # Lithuanian: "Neteko galios nuo 2022-01-01."
    r"|kumottu|kumotaan"  # Finnish: "on kumottu L:lla …"
    r"|oph[æe]vet|oph[æe]ves|opphevet|oppheves"  # Danish "(Ophævet)", Norwegian "Opphevet ved lov"
    r"|fell[td][ \t]+(?:úr[ \t]+gildi|brott)"  # Icelandic: "Felld brott með lögum nr. …"
    r"|derogat|derogada|derrogad[oa]"  # Catalan, Galician
    r"|brisan[aoi]?|prestao[ \t]+(?:da[ \t]+)?važiti|črtan[aoi]?"  # Croatian, Serbian, Slovene
    r"|брисан[аои]?|престао[ \t]+да[ \t]+важи"  # Serbian in Cyrillic
    r"|izslēgts|izslēgta|zaudējis[ \t]+spēku|zaudējusi[ \t]+spēku"  # Latvian
    r"|shfuqizuar"  # Albanian
    r"|dimansuhkan|dipotong"  # Malay
    r"|निरसित|लोपित"  # Hindi
    r"|çıxarılıb|çıxarılmışdır|qüvvədən[ \t]+düşmüşdür"  # Azerbaijani
    r"|ამოღებულია"  # Georgian
    r")(?![^\W\d_])"
    # Then the notice ends, or names what repealed it: never a sentence that goes on
    # ("Deleted files are kept for a month" is a rule about deleted files).
    r"[ \t]*(?:$|[.;:,()\]»”\"—–\-（）。<〈*_】]|(?:by|from|with effect|as of|par|du|depuis|durch|mit|ab|dal"
    r"|dalla|da|con|por|pela|pelo|desde|door|per|m\.i\.v\.|przez|z dniem|по|от|с|на[ \t]+підставі"
    r"|згідно|genom|zákonem|zákona|με|από|بموجب|بالقانون|nuo|l:lla|lailla|от|ved|med|af|með|sa|od|ar)\b)",
    re.IGNORECASE,
)


# A consolidated text prints a provision it deleted as a rule of dashes, maybe under
# the mark of the amending act.
_CONSOLIDATION_MARK = re.compile(CONSOLIDATION_MARK)
_DELETED_RULE = re.compile(r"[—–_\-]{3,}|[—–\-]|\.{3,}|…+")
"""Also the dots a British Act prints for a repealed section ("2 . . . . . . ."), and
the lone dash an Estonian consolidated text prints for one ("§ 3." / "–")."""


_KEPT_FREE_RE = re.compile(
    r"[\s\[(【（*_]*(?:not[ \t]+used|reservad[oa]|intencionadamente[ \t]+en[ \t]+blanco"
    r"|skreślon[yae]|保留|本[条條]有意留空)[\s.\])】）*_]*",
    re.IGNORECASE,
)
"""A contract's clause kept under its number with nothing in it, said alone: "Not
used.", "[Reservada]", "(skreślony)", "[Intencionadamente en blanco]", "【保留】" (the
words open sentences too: "Not used by the Tenant within a month, …")."""


def is_repeal_notice(body: str) -> bool:
    """Whether an article's whole text is a notice that it was repealed, or that its
    place is kept free ("[Reserved]")."""
    if len(body) > NOTICE_LENGTH:
        return False
    if _NOTICE_RE.match(body) is not None or _KEPT_FREE_RE.fullmatch(body) is not None:
        return True
    return _DELETED_RULE.fullmatch("".join(_CONSOLIDATION_MARK.sub("", body).split())) is not None


_FREE_WORD_RE = re.compile(r"reserved|omitted|left[ \t]+blank|sin[ \t]+contenido", re.IGNORECASE)
"""The words of ``_NOTICE_RE`` that keep a place free for a later article, where the
others say an article was struck out."""


def kept_free(body: str) -> bool:
    """Whether an article's whole text says its place is kept free ("[Reserved]",
    "This section intentionally omitted."), not that an article was repealed."""
    if not is_repeal_notice(body):
        return False
    return _KEPT_FREE_RE.fullmatch(body) is not None or _FREE_WORD_RE.search(body) is not None


def notice_holds_place(old_body: str, new_body: str) -> bool:
    """Whether a notice makes the two articles under one number one article: the
    later text's notice stands for the old article repealed in place, and the older
    text's place kept free is filled by the later article. An older text's notice of
    repeal ("§ 24 (weggefallen)") is no such place: the article was gone already, and
    the later text's article of that number is new matter put under a free number
    (unless it too is a notice)."""
    if is_repeal_notice(new_body):
        return True
    return kept_free(old_body)


def repealed_pairs(
    old_segs: Sequence[Segment],
    new_segs: Sequence[Segment],
    old_bodies: Sequence[str],
    new_bodies: Sequence[str],
    removed: Sequence[int],
    added: Sequence[int],
    same_title: Callable[[int, int], bool] = lambda _i, _j: False,
    paired: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int]]:
    """(old, new) for each added article that carries the label of a removed old
    article of the same kind, when a notice holds the place (``notice_holds_place``)
    or the two carry the same title; first, each notice of repeal
    in a text renumbered about it pairs with the removed article of its number less
    the shift of the ``paired`` (old, new) articles on either side."""
    out = shifted_notices(old_segs, new_segs, new_bodies, removed, added, paired)
    if out:
        removed = [i for i in removed if i not in {i for i, _ in out}]
        added = [j for j in added if j not in {j for _, j in out}]
    by_label = {(old_segs[i].kind, citation(old_segs[i])): i for i in removed}
    gaps = _Gaps(paired, len(old_segs))
    for j in added:
        seg = new_segs[j]
        i = by_label.get((seg.kind, citation(seg)))
        if i is None or not gaps.holds(i, j):
            continue  # the same number elsewhere in a renumbered text is another article
        if notice_holds_place(old_bodies[i], new_bodies[j]) or same_title(i, j):
            del by_label[(seg.kind, citation(seg))]
            out.append((i, j))
    return out


def range_of(seg: Segment, body: str) -> frozenset[int]:
    """The numbers a heading over a range of articles gone names ("§§ 2 bis 4", "§§ 2
    und 3", "Articles 5 to 7")."""
    if seg.number is None or not is_repeal_notice(body):
        return frozenset()
    found = RANGE_HEADING_RE.search(seg.heading)
    if found is None:
        cjk = _CJK_RANGE_RE.search(seg.heading)
        last_value = designator_value(cjk["to"]) if cjk else None
        if cjk is None or last_value is None or not 0 < last_value - seg.number <= RANGE_MAX:
            return frozenset()
        if cjk["and"]:
            return frozenset((seg.number, last_value))
        return frozenset(range(seg.number, last_value + 1))
    last = int(found["to"])
    if (found["word"] or "").casefold() in ("und", "and"):
        return frozenset((seg.number, last))
    return frozenset(range(seg.number, last + 1)) if last - seg.number <= RANGE_MAX else frozenset()


_CJK_RANGE_RE = re.compile(
    r"[条條](?:から|(?P<and>及び))第[ \t]*(?P<to>[^ \t条條]{1,8})[ \t]*[条條](?(and)|まで)"
)
"""The last article of a Japanese range struck out together ("第二条から第四条まで"), or
of two ("第三条及び第四条")."""
RANGE_MAX = 200
"""Most articles one heading of a range gone may stand for."""


def whole_ranges(
    pairs: Sequence[tuple[int, int]],
    old_segs: Sequence[Segment],
    new_segs: Sequence[Segment],
    new_bodies: Sequence[str],
    removed: Sequence[int],
) -> list[tuple[tuple[int, ...], int]]:
    """Each (old, new) pair of ``pairs`` with the other removed old articles that the
    new notice's range also names ("§§ 2 und 3 (weggefallen)": old § 3 was repealed
    with § 2, not removed), as (old articles, new article)."""
    by_number: dict[tuple[object, int], int] = {}
    for i in removed:
        seg = old_segs[i]
        if seg.number is not None:
            by_number.setdefault((seg.kind, seg.number), i)
    out = []
    for i, j in pairs:
        numbers = range_of(new_segs[j], new_bodies[j])
        more = [
            by_number.pop((old_segs[i].kind, n))
            for n in sorted(numbers)
            if n != old_segs[i].number and (old_segs[i].kind, n) in by_number
        ]
        out.append((tuple(sorted((i, *more))), j))
    return out


class _Gaps:
    """Where each article of the newer text stands among the ``paired`` articles: the
    old articles between its paired neighbours are those that may have been it."""

    def __init__(self, paired: Sequence[tuple[int, int]], n_old: int) -> None:
        self.pairs = sorted((j, i) for i, j in paired)
        self.news = [j for j, _ in self.pairs]
        self.n_old = n_old

    def around(self, j: int) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
        """The paired (new, old) articles right before and after new article ``j``."""
        at = bisect_left(self.news, j)
        before = self.pairs[at - 1] if at > 0 else None
        after = self.pairs[at] if at < len(self.pairs) else None
        return before, after

    def bounds(self, j: int) -> tuple[int, int]:
        """The old indices strictly between which ``j``'s old self stands (the whole
        text when its neighbours were moved and cross)."""
        before, after = self.around(j)
        low = before[1] if before else -1
        high = after[1] if after else self.n_old
        return (low, high) if low < high else (-1, self.n_old)

    def holds(self, i: int, j: int) -> bool:
        low, high = self.bounds(j)
        return low < i < high


def shifted_notices(
    old_segs: Sequence[Segment],
    new_segs: Sequence[Segment],
    new_bodies: Sequence[str],
    removed: Sequence[int],
    added: Sequence[int],
    paired: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """(old, new) for each added notice of repeal whose neighbours, the paired
    articles before and after it, were renumbered ("4" → "5" or "6" → "7"), with the
    one removed article between those neighbours that carries the notice's number
    less either shift ("Article 5 [Repealed]" is old Article 4)."""
    gaps = _Gaps(paired, len(old_segs))
    by_number: dict[tuple[tuple[int, ...], int], list[int]] = {}
    for i in removed:
        if (place := _place(old_segs[i])) is not None:
            by_number.setdefault(place, []).append(i)
    out = []
    ordered, fresh = sorted(removed), sorted(added)
    for j in added:
        if not is_repeal_notice(new_bodies[j]):
            continue
        alone = _alone_in_its_place(j, gaps, old_segs, new_segs, ordered, fresh)
        if alone is not None:
            out.append((alone, j))
            continue
        place = _place(new_segs[j])
        if place is None:
            continue
        within, number = place
        before, after = gaps.around(j)
        shifts = {_shift(old_segs[p[1]], new_segs[p[0]], within) for p in (before, after) if p}
        wanted = {(within, number - shift) for shift in shifts if shift}  # a split or merge
        if not wanted:  # may shift the numbers after it: either neighbour's shift may hold
            continue
        low, high = gaps.bounds(j)
        found = [
            i for n in wanted for i in by_number.get(n, ())
            if low < i < high and old_segs[i].kind is new_segs[j].kind
        ]  # fmt: skip
        if len(found) == 1:
            out.append((found[0], j))
    return out


def _alone_in_its_place(
    j: int,
    gaps: _Gaps,
    old_segs: Sequence[Segment],
    new_segs: Sequence[Segment],
    removed: Sequence[int],
    added: Sequence[int],
) -> int | None:
    """The one removed article standing where an added notice of repeal stands, between
    the same two pairs, when nothing else was put in or struck out there: the article
    whose place the notice keeps, where the clauses around were renumbered as it was
    ("4.2" → "3.2 [Intentionally left blank]" after clause 3 was struck out had read as
    one subclause removed and another added), or it keeps its number."""
    before, after = gaps.around(j)
    if before is None or after is None or not before[1] < after[1]:
        return None
    olds = removed[bisect_right(removed, before[1]) : bisect_left(removed, after[1])]
    news = added[bisect_right(added, before[0]) : bisect_left(added, after[0])]
    if len(olds) != 1 or list(news) != [j] or old_segs[olds[0]].kind is not new_segs[j].kind:
        return None
    if old_segs[olds[0]].label != new_segs[j].label and any(
        old_segs[i].label == new_segs[k].label for k, i in (before, after)
    ):
        return None  # its neighbours kept their numbers: the notice's is another article's
    return olds[0]


_DECIMAL_LABEL_RE = re.compile(r"\d{1,4}(?:\.\d{1,4}){1,3}")
"""A subclause's number, "8.3" (its last part counts it within clause 8)."""


def _place(seg: Segment) -> tuple[tuple[int, ...], int] | None:
    """Where an article's number puts it: the numbers above its own (clause 1 of
    subclause "1.3"; none for "Article 5") and its own."""
    if seg.number is not None:
        return (), seg.number
    if _DECIMAL_LABEL_RE.fullmatch(seg.label):
        *above, own = map(int, seg.label.split("."))
        return tuple(above), own
    return None


def _shift(old: Segment, new: Segment, within: tuple[int, ...]) -> int | None:
    """How far the numbering moved between two paired articles numbered ``within`` the
    same clause; None where either is an article inserted between two others ("144^2",
    "12a", "5 bis"): its number is its neighbour's, and says nothing of a renumbering."""
    was, now = _place(old), _place(new)
    if was is None or now is None or now[0] != within or was[0] != within:
        return None
    if not within and (_INSERTED_RE.search(old.label) or _INSERTED_RE.search(new.label)):
        return None  # (a subclause's "8.3" is its own number, not one put in after 8)
    return now[1] - was[1]


_INSERTED_RE = re.compile(
    r"\d[ \t]*(?:[\^/.\-][ \t]*\w|[^\W\d_]|[\u00b9\u00b2\u00b3\u2070-\u2079])"
)
"""A number with something after it that marks an inserted article."""


def citation(seg: Segment) -> str:
    """The number an article is cited by, however it is spelled: "المادة السادسة"
    and "مادة (6)", "Article Six" and "Article 6" are one article."""
    label = seg.label
    if seg.number is not None and (
        label.isdecimal() or fold(label) in ORDINALS or fold(label) in CARDINALS
    ):
        return f"#{seg.number}"
    return label.casefold()


def notices_crossed(
    groups: Sequence[Group],
    old_segs: Sequence[Segment],
    new_segs: Sequence[Segment],
    old_bodies: Sequence[str],
    new_bodies: Sequence[str],
) -> list[Group]:
    """The groups but those pairing two notices of repeal under different numbers:
    "§ 2 (weggefallen)" and "§ 3 (weggefallen)" read alike word for word, but say
    nothing of each other; each number's own article is what each stands for (the
    old § 3 repealed in place, the new § 2 filling the place kept)."""
    return [
        (olds, news, core, standing)
        for olds, news, core, standing in groups
        if not (
            len(olds) == len(news) == 1
            and is_repeal_notice(old_bodies[olds[0]])
            and is_repeal_notice(new_bodies[news[0]])
            and citation(old_segs[olds[0]]) != citation(new_segs[news[0]])
        )
    ]


KEPT_IN_MERGE = 0.4
"""Share of its words in order in the merged article that keeps an article next door
in a merge although the later text keeps its number over a notice of repeal (a part
truly merged reads so at 0.7 and more; a repealed section that shared a regulation's
citation with its neighbour, 0.13)."""


def notices_apart(
    groups: Sequence[Group],
    old_segs: Sequence[Segment],
    new_segs: Sequence[Segment],
    new_bodies: Sequence[str],
    kept: Callable[[int, int], float] = lambda _i, _j: 1.0,
) -> list[Group]:
    """The groups without an old article that a merge took in while the later text
    keeps its number with a notice of repeal: the notice is that article's place
    ("9. § Hatályon kívül helyezte…"), and it leaves the merge to pair with it. The
    article next door that a merge takes in may keep a notice too, "16 (abrogato)"
    after 15 and 16 were joined: that merge stands when the article's words read in
    order in the merged one (``kept``), at least ``KEPT_IN_MERGE`` of them."""
    paired_new = {j for _, news, _, _ in groups for j in news}
    notices = {
        (new_segs[j].kind, citation(new_segs[j]))
        for j in range(len(new_segs))
        if j not in paired_new and is_repeal_notice(new_bodies[j])
    }
    if not notices:
        return list(groups)
    out = []
    for olds, news, core, standing in groups:
        if len(olds) > 1:
            olds = tuple(
                i
                for i in olds
                if (old_segs[i].kind, citation(old_segs[i])) not in notices
                or i == core[0]
                or (abs(i - core[0]) <= 1 and kept(i, core[1]) >= KEPT_IN_MERGE)
            )
        out.append((olds, news, core, standing))
    return out
