"""The stages of pairing two texts' segments, from the surest to the least sure.

1. Reader links, preamble with preamble and closing with closing, and verbatim
   articles are paired at once; repeated wording pairs along the chain that
   keeps both texts' order (``align_verbatim``).
2. Every other article is compared with its candidates (``align_candidates``),
   and the comparison's own background of chance likeness is measured
   (``align_decide``).
3. Pairs are chosen by a global assignment in which any article may stay
   unpaired (``align_assign``). A pair that would move an article must stand
   far out of that background; one between the pairs already made around it
   (the order-keeping chain) less far; one at its very place there (the same
   offset from a neighbouring pair, or the same number) and standing out
   enough gains a little more, so that of equally alike copies the one in
   order wins.
   The first assignment asks every pair to stand far out (those pairs become
   anchors); with the chain they extend, it is run again, up to twice.
4. Leftover articles join a neighbour's pair as a split or merge when they came
   from its counterpart (``align_attach``). Before that, a run of next-door open
   articles that one open article of their gap holds, each nearly whole and in
   their order, is a merge (or split) of its own, though no part pairs alone: a
   chapter of paragraphs made into one article (``align_part_runs``).
5. Articles still open on both sides pair when they cite the same names and
   figures in the same order, far beyond chance (``align_names``: a protocol's
   article moved and reworded among its near-copies), or read alike throughout
   (``align_unpaired``). Last, the few open articles between two order-keeping
   pairs pair by their plain words, a move gives way to an article reworded in
   its old place, and a reworded part next to a pair joins it (``align_sole``);
   the rest are added or removed, with the related articles of the other text named.
"""

from __future__ import annotations

import gc
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache, partial
from itertools import pairwise

from . import parallel
from .align_assign import assign
from .align_attach import (
    KEPT_NUMBERS_SHARE,
    Group,
    Joined,
    attach_leftovers,
    forget_samples,
    keeps_numbers,
    namesakes_in,
)
from .align_candidates import retrieve
from .align_copy_parts import parts_uncrossed
from .align_crossed import CONFIDENCE as CROSSED
from .align_crossed import crossed_pairs
from .align_decide import (
    FAR_Z,
    NEAR_Z,
    Background,
    alone_confidence,
    best_rival,
    confidence,
    joined_confidence,
    joined_parts_confidence,
    parts_confidence,
)
from .align_features import (
    Stems,
    Vectors,
    combined,
    cosine,
    figure_of_roman,
    forget_pairs,
    language_of,
    same_cosine,
    weigh,
)
from .align_gaps import (
    CROWDED,
    CROWDED_RUNNING_Z,
    alone_standing,
    among_homes,
    held_back,
    held_standing,
    pair_in_gaps,
)
from .align_hubness import Hubness
from .align_inplace import IN_PLACE_FLOOR, PlainWords, overlap, pair_in_place
from .align_listed import LISTED_CONFIDENCE, listed_annexes
from .align_mutual import (
    INSIDE_WORD,
    Places,
    Running,
    RunningChance,
    candidates,
    mutual_best,
    named_apart,
    proper_names,
)
from .align_names import pair_by_names
from .align_order import forget_readings, kept_share, parts_in_order, words_of
from .align_part_runs import part_runs
from .align_related import related_articles
from .align_remainders import remainder_pairs
from .align_sole import FEW_OPEN, place_wins, sole_pairs, stranded_parts
from .align_sole import PART_SAMPLE as STRANDED_SAMPLE
from .align_sole import confidence as sole_confidence
from .align_types import Alignment, Link, Overrides, moved_links, reader_links
from .align_unpaired import confidence as unpaired_confidence
from .align_unpaired import far_parts, pair_unpaired, stems_in_order
from .align_verbatim import figures_apart_pairs, verbatim_pairs
from .cancel import StopCheck, check, interval, part
from .document import Document, Segment, SegmentKind
from .memory import give_back
from .numerals import fold
from .own_numbers import without_own_numbers as own_less
from .provisions import addenda_apart, back_matter_part
from .renumbered import is_renumbered
from .repealed import CONFIDENCE as REPEALED
from .repealed import (
    is_repeal_notice,
    notice_holds_place,
    notices_apart,
    notices_crossed,
    repealed_pairs,
    whole_ranges,
)
from .sequences import longest_increasing_run, nearest
from .structure_summary import unit_title
from .withheld import is_withheld
from .word_forms import COMMA_TO_CEDILLA
from .xrefs import SegmentReferences

GAP_WINDOW = 8
"""Open articles of the old text scored against each open article in the same gap."""
ALONE_MATTER_Z = 1.75
"""Standing as parts of each other (``align_gaps.alone_standing``) that the only two
open articles between two pairs need, once every other stage is done..."""
ALONE_KEPT = 0.45
"""...and the share of their words they keep in order (``align_order.kept_share``):
an article rewritten where it stood keeps its sentences' order, one put in the
place of a struck one borrows the text's formulas in any order. In formula texts
made apart from the test families, 360 of the 362 pairs so found were right; in
texts of one sentence template with eight choices a slot, where an unrelated
article keeps up to 0.47 in order by chance, 3 right and none wrong (1.5 and 0.4
took 7 right and 2 wrong there)."""
NEAR_ROUNDS = 2
PLACE_Z = 1.0
"""Added to the standing of a pair that already stands out enough when it sits at
its very place between the anchors (the same offset from either, or the same
number): among equally likely counterparts, the one that keeps the order wins."""
WEAK_NEAR = FAR_Z - NEAR_Z
"""A near pair this little above its bar must pass ``among_homes``; a far one ``kept_at_home``."""
REPEAT_CONFIDENCE = 0.99
"""Confidence of a verbatim pair whose wording occurs more than once."""
STRUCTURAL_CONFIDENCE = 0.99
"""Confidence of the only preamble paired with the only preamble (or closing part)..."""
STRUCTURAL_CHANCE_Z = 1.0
"""...whose likeness stands at least this many spreads above what unrelated articles of
the two texts share; below it, the two are paired by their place alone and get
``PLACE_ALONE_CONFIDENCE``. The preambles of a licence and a treaty, 2 % alike, had
been paired at 0.99 (they stood 1.4 and 1.7 spreads below chance); of the preambles and
closing parts of the version pairs of the test suite, the least alike stood 2.5
spreads above it (the bundled pair's closing parts 2.7)."""
IN_PLACE_CONFIDENCE = 0.995
"""Confidence of an article paired in place by its wording (see ``align_inplace``)."""
NAMES_CONFIDENCE = 0.95
"""Confidence of a pair found by the names and figures it cites in order (``align_names``)."""
FAR_PART_STANDING = 4.0
"""Standing of a part joined from far away (``far_parts``), read by ``parts_confidence``."""
FAR_UNPAIRED_CONFIDENCE = 0.95
"""Most confidence of a pair of the last stage (``align_unpaired``) that moves an article.
Measured on 40 formula-built texts made apart from the test suite and the test suite's
families at two seeds: 126 of 138 such pairs were right (0.91), the wrong ones an
added article of the same formulas as a removed one, at 0.95 to 1.0 before. Split at
``FAR_UNPAIRED_CLEAR``, those above it were 17 right and 1 wrong on texts made apart
from the test suite and 41 of 41 right in the families (the harder ones too) at seeds
101 to 404: at 0.88 they filled the 0.80-0.90 bin of the reliability table, all right."""
FAR_UNPAIRED_CLEAR = 11.5
WEAK_FAR_UNPAIRED_CONFIDENCE = 0.78
"""Most confidence of such a pair that stands less than ``FAR_UNPAIRED_CLEAR`` out. On
56 formula-built texts in four languages made apart from the test suite later, on
the families at seeds 101 and 202 (300 and 2,000 articles) and on the river
conventions of ``test_align_far_rival`` (seeds 3 to 12), the pairs below it were 20
right and 10 wrong (the wrong ones 8.0 to 11.0 out: an added article of the formulas
of a removed one; the right ones 4.3 to 9.6, moved and reworded by a third beside an
added article repeating their clauses), those above it 17 right and 1 wrong. The
standing does not tell the two kinds apart, so neither bar nor slope is drawn from
it. In the families at seeds 101 to 404 (40 to 2,000 articles, the harder ones too)
38 of 44 were right: with the 20 of 30 above, 0.78 (read at 0.65, they were 13 to
20 points surer than that); still below the review threshold."""
STAGES = 1000
"""Progress reported to ``should_stop``, in thousandths of the whole run..."""
PAIRED_GIVEN = 80
FEATURES_READ = 210
WEIGHED = 230
RETRIEVED = 640
PLACED = 700
GAPS_PAIRED = 710
ATTACHED = 830
LINKED = 900
"""...reached at the end of each stage: their shares are those of the stages' times
on a long text (the reading of every open article's features in ``weigh`` included,
the look-ups and the attaching as this process sees them beside its helpers)."""
FAR_RUNNING_Z = 1.5
"""How far above runner-up pairs' running text in common (``align_mutual``) a far pair
must share running text when it stands less than ``WEAK_NEAR`` above its bar: in long
formula-built articles an added and a removed article score as alike as a moved one
edited by a fifth (thousands of tries reach six spreads by chance), but only the moved
one keeps its sentences' word order (measured: wrong pairs at most 0.8, right ones at
least 1.9)."""
RIVAL_RUNNING_SHARE = 0.25
"""How much more of its words in runs in common (``align_mutual.common_runs``), or of
its words that keep their order (``align_order.kept_share``), an open
candidate of either article must share with it for a pair not to be made on weak
evidence (a weak pair, near or far, a mutual best) nor lifted over that candidate
by its place (``PLACE_Z``): in formula-built text an article may score highest by its
stems and shingles with another that borrows its formulas, while an article heavily
edited where it stood (or moved and hardly edited) keeps its sentences in order.
Measured on formula-built texts made apart from the test suite: such pairs shared
0.24, 0.32 and 0.47 of their words in runs, the right counterparts 0.68, 0.59 and
0.94; two more kept 0.46 and 0.41 of their words in order, their counterparts 0.92
and 0.76 (but shared runs only 0.17 more: edits every few words break the runs)."""
KEPT_NUMBERS_MIN = 10
NAMESAKES_OUTREAD = 2.0
"""By how much the likeness of a gap's articles paired in order at best must exceed
that of its namesakes for these not to be paired by their numbers: the best order
of four articles of a convention renumbered by two read 0.79, their namesakes 0.26."""
NAMESAKE_KEPT = 0.2
"""...unless a namesake reads like its namesake this much at least: a rewritten section
of a generated Hungarian law read 0.28 like its namesake and 0.46 like the section
put in after it, its namesake the right one; the Bureau read 0.10 like the Assembly."""
LINK_FLOOR = 0.1
LINK_FLOOR_SCORE = 0.2
"""Confidence and score under which a link is no pair: the articles are left unpaired,
each naming the other as related if they share enough. The whole of a housing-benefit
law had two struck-out transitional sections "merged" into a new one on another reform
at 0.02, their wording alike at 0.08 (nine chances in ten of being wrong, and still
shown as a pair). A merge whose parts read well together (0.5) stays, however unsure:
the points of a draft's chapter made into one article, one of them reworded; and so
does a link that keeps a number (GPL-2 § 0 split into GPL-3 § 0 and § 2, at 0.004)."""
COPY_NAMESAKE_SCORE = 0.75
"""How alike (``score``) an open namesake must read for an article paired with a copy
of its words under another number to pair with it instead (``_copies_put_in``): an
edit of the same clause reads 0.8 and more like it; another offence in the same
formulas (a canal's struck out, a tunnel's put in its place) 0.5 to 0.7."""
PUT_IN_PART_SCORE = 0.4
"""Score under which a doubted split or merge keeping a number loses a part numbered
as put in under that number (``_put_in_parts_loosed``): a new remedy put in after the
one it borrows formulas from scored 0.20; the halves of a section split in a law amended
in place, the second numbered "959a", read together at 0.67 and more."""
KEPT_NUMBER_CONFIDENCE = 0.8
"""Confidence of an article paired by its place, number or title where its words do
not speak for it (``_paired_for_review``), or held up by its kept number where the
pairs around it do not bracket it (``near``): below the review threshold, so that the
reader is asked to confirm it. Measured on the families of ``tests/synthetic.py``
(the harder ones too) at seeds 101 to 404, 40 to 2,000 articles, and on version pairs
of real texts kept apart from the test suite: 23 of 28 such pairs were right (0.6 had
read them as hardly better than a coin)."""
NEAR_KEPT_NUMBER_CONFIDENCE = 0.97
"""Least confidence of a pair that keeps its number in a text that keeps its numbers
and sits between the pairs around it (``near``): a stock clause amended in place,
every copy of it a rival, comes out of the pair model far too low, though its place
and number settle it. Measured as above: 88 of 89 right (read at 0.6 before)."""
PLACE_ALONE_CONFIDENCE = 0.6
"""Most confidence of a pair that its place alone makes, its words saying nothing or
against it (twin clauses that keep their number, a bare heading moved, preambles
alike below chance): the reader is asked to confirm it."""
SCATTERED_KEPT = 0.25
"""Share of two articles' words kept in order (``align_order.kept_share``) below which
a pair under two numbers is offered for review (``_scattered_renumbered_capped``):
an article moved and edited keeps most of its words' order (0.59 to 1.0 in the
renumbered articles of a Dutch law and a French code, 0.34 to 0.63 in the draft
treaty's articles reworded into the treaty), one put in for a struck-out one on its
matter keeps its formulas and little else (0.19)."""
SCATTERED_CONFIDENCE = 0.8
"""Most confidence of such a pair: below the review threshold."""
SCATTERED_SCORE = 0.5
"""Score from which a pair under two numbers is not weighed so: the pairs so capped
scored 0.27 to 0.32; articles alike in most of their words keep their order."""
BLOCK_HELD = 0.8
"""Least share of the smaller word set that an article and its counterpart in a block
share when a paragraph moved between next-door articles (the rest of each kept whole:
0.82 to 1.0 in the blocks so made that were measured; blocks of articles rewritten
together shared 0.2 to 0.6 at their weakest pair)."""
UNTANGLE_REACH = 4
"""How many pairs further on a crossing of two exact copies is looked for."""
SAME_SCORE = 1e-9
"""Scores this close are one score (two copies of one text, summed in another order)."""
SAME_TITLE_WORDS = 2
"""Fewest words of a title that tells a rewritten article in its place ("Scope"
alone, or "General", heads too many articles of too many texts)."""
TITLED_GROUPS = frozenset({"text", "annex", "heading"})
"""Kinds of unit that one title may join across (``_pair_same_titled_apart``)."""
TITLED_LEAST = 0.2
"""Least score, less what each of the two scores against everything (``hubness``), of
two units paired by the title they share: a removed and an added article of one
template under one title scored 0.09, a part that kept its title 0.32 to 0.63."""
TITLED_BEST_LEAST = TITLED_LEAST / 4
"""Least such score of two units under one title of two words or more where each reads
more like the other than like any other unit of the other text: an enforcement article
of a regulation recast in new words under its title kept ("Enforcement procedure",
"Amendments to the Annexes") scored 0.07 to 0.14."""
BACK_MATTER_KEY = "\0"
"""Opens the key of a part of a standard's back matter, which no title opens with."""
STUB_KEPT_BELOW = 0.8
"""Score of a pair under another number below which a bare stub of the old article's
number keeps it (at or above it, the article's text moved there nearly whole)."""
KIN_SHARE = 0.75
"""Share of the shorter heading's words that two kin headings have in common."""
EXPANDED_Z = 2 * NEAR_Z
"""How far above chance an article's matter must be held by the article of the other
text whose title takes up its own, for the two to be one article expanded: a short
"Composició" of two lines held whole by the six paragraphs of "Composició de la Junta
Directiva" stood 11.2 spreads out; the gap stages ask both ways and found it
held back at 1.1 only."""
NAMED_GAP_MOST = 12
"""Most open sections of either text between two pairs still searched for a section
of the same heading (``_same_named_sections``)."""
CHECK_EVERY = 256
"""Articles handled between two cancellation checks inside a long loop."""
CHANCE_FROM_PAIRED_BELOW = 40
"""Open articles (both texts) below which chance likeness is measured against paired
articles too (``_against_paired``)."""
CHANCE_SAMPLE = 12
"""Paired articles of the other text each open article is scored against there."""
RELATED_APART = 4000
"""Articles in the two texts from which a helper finding the related articles beside
the links pays for its fork (about 2 MB of text)..."""
RELATED_APART_BELOW = 80_000
"""...and up to which it may: whatever pages either process writes while both run are
held twice, and finding them reads every open article's features (at 50 MB, 0.6 GB
more for about 2 s saved, beyond what that size may take)."""

FIGURE_SHARE = 0.5
"""Share of a pair's score that figures it shares may carry before a pair of articles
named apart reads as chance (in texts of one formula with random time limits, 0.6
to 0.7 for pairs of unrelated articles sharing a figure; the Treaty of Kars's
articles repeating the Treaty of Moscow's for other parties, 0.1 at most)."""
_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
TWIN_NAMES = 2
"""Names each of two articles must cite that the other does not, to be read as two
articles of one template about other parties (``_twins``)..."""
TWIN_SHARED_MOST = 0.2
"""...and the most of their names they may share (a formula's capitals: "the Kingdom
of Fermora" and "the Kingdom of Eskenza")."""
TWIN_WORDS_SAME = 0.7
"""The least share of their other words (not names, not figures) two twins have in
common: a template filled in again keeps them; an article reworded for a new version
(the 1920 draft's Art. 1 and the 1921 treaty's Art. I name other places too) does not."""
CAPITALS_MOST = 0.5
"""Share of an article's words above which its capitals are no names (a disclaimer set
in capitals)."""
TWINS_MOST = 0.5
"""Share of the one-to-one pairs above which twins are a text made again for other
parties (every article a twin of its counterpart), and are all kept."""

SAME_NUMBERED_MOST = 6
"""Most open articles of each text in a gap whose articles pair by their numbers."""
SAME_NUMBERED_MARGIN = 0.1
_WORD_RE = re.compile(r"[^\W\d_]+")
_APOSTROPHES = str.maketrans("\u2019\u2018\u02bc", "'''")
"""A typographic apostrophe reads as a typewriter's in a title: a regulation of 2003
heads an article "Procédure d\'exécution" and its recast of 2019 "Procédure d’exécution"."""
TITLED_FLOOR = 0.3
"""Words an article shares with its namesake in such a gap, enough when their titles
share a word too (a law's section rewritten under its title extended or cut)."""
TITLE_WORD = 4
"""Fewest letters of a title word that says which article it is ("zur" does not)."""
TITLE_STEM = 6
"""Letters two title words share at their start to count as one word."""
"""By how much more of its distinct words an article of such a gap must share with its
namesake than with any other article there. In a text of one formula, where every
article names a place, an action and a time limit, an article whose place and time
changed still shares its action and its object with its namesake and not with the
others (0.88 against 0.60 in the small cases measured); unrelated articles of the
formula differ from one another by as much as from any namesake."""


_ONE_WORD = re.compile(r"\w+")


def _as_stem(label: str) -> str:
    """An article's label as its number reads among an article's stems ("XII" → "12")."""
    return figure_of_roman(label, fold(label))


TITLE_WORDS = 8
"""Most words of a line under an article's heading read as its title."""


_SOLE_KINDS = (SegmentKind.ARTICLE, SegmentKind.HEADING)
_REPEAT_MARK = re.compile(r"#\d+$")
"""What tells apart the labels of two sections under one heading."""


def _title_stem_set(title: str) -> set[str]:
    """The opening letters of a title's words; in a script written without spaces, the
    pairs of its ideographs and katakana ("不服申立ての制限" and "審査請求の制限" share
    "制限", restriction): read as words, each such title was one long word, and two
    titles that kept their last word shared none. Pairs with a hiragana (the
    particles between words, "の") say nothing of the matter."""
    stems = {w[:TITLE_STEM] for w in re.findall(r"[^\W\d_]{3,}", title)}
    if title.isascii():
        return stems
    pairs = {a + b for a, b in pairwise(title) if _content_char(a) and _content_char(b)}
    if not pairs:
        return stems
    return {w for w in stems if not any(map(_content_char, w))} | pairs


_CONTENT_RANGES = (
    (0x30A0, 0x30FF),
    (0x31F0, 0x31FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
)
"""Katakana and CJK ideographs: the words' own letters in a script without spaces."""


def _content_char(ch: str) -> bool:
    """A katakana or an ideograph (with 々 and 〇)."""
    code = ord(ch)
    return ch in "々〇" or any(low <= code <= high for low, high in _CONTENT_RANGES)


def _caption(text: str, seg: Segment) -> str:
    """An article's title: on its heading line, or a short line of its own under it."""
    title = unit_title(text, seg)
    if title:
        return title
    line = _first_line(text, seg.body_start, seg.end)
    words = len(line.split(None, TITLE_WORDS))  # a word more only when there are more
    short = 0 < words <= TITLE_WORDS and not line.endswith((".", ";", ":", ","))
    return line if short else _run_in_title(line)


_FIRST_LINE_RE = re.compile(r"\s*([^\n]*)")


def _first_line(text: str, start: int, end: int) -> str:
    """The first line with text of ``text[start:end]``, stripped: read in place, where
    slicing the body and splitting it copied the whole of it twice for one line (every
    unit's title is read on a long text)."""
    found = _FIRST_LINE_RE.match(text, start, end)
    return found[1].strip() if found else ""


def _heading_line(text: str, seg: Segment) -> str:
    """The line an article's heading stands on, when its text goes on below it."""
    if seg.kind is not SegmentKind.ARTICLE:
        return ""
    end = text.find("\n", seg.start, seg.end)
    if end < 0 or end - seg.start > HEADING_LINE_MOST:
        return ""
    line = text[seg.start : end].strip()
    heading = seg.heading.strip()
    return line[len(heading) :] if heading and line.startswith(heading) else ""


HEADING_LINE_MOST = 200
"""Longest heading line read as an article's title (a sentence runs on beyond it)."""


_RUN_IN_RE = re.compile(r"([^\W\d_][^.!?;:\n]{0,80}?)\.[ \t]+(?=[^\W\d_])")
RUN_IN_WORDS = 6
"""Most words of a title that runs on into its article's first sentence."""


def _run_in_title(line: str) -> str:
    """A title set in the article's first line before its text ("5. Gewährleistung.
    Sofern…", "2. Fair Dealing Rights. Nothing in…"): a few words, each of more than
    three letters in capitals, then a full stop and the text. A sentence ("12. The
    Parties agree. …") has a word in small letters."""
    found = _RUN_IN_RE.match(line)
    if found is None:
        return ""
    words = re.findall(r"[^\W\d_]+", found[1])
    if not 0 < len(words) <= RUN_IN_WORDS:
        return ""
    return found[1] if all(w[0].isupper() for w in words if len(w) > 3) else ""


def group_of(kind: SegmentKind) -> str:
    return "text" if kind in (SegmentKind.ARTICLE, SegmentKind.PARAGRAPH) else kind.value


def kind_groups(
    old: Sequence[Segment], new: Sequence[Segment], lone_closing: bool = False
) -> tuple[list[str], list[str]]:
    """Each segment's ``group_of``; where one text is read paragraph by paragraph (it
    has no headings) the other's titled sections and preamble are text too: a statute
    written as a numbered list and later under "# Name und Sitz" headings is the same
    statute, and its title paragraph is the other's preamble. With ``lone_closing``, a
    closing part that has no closing across from it is text too: a licence's closing
    notice ("This license is Copyright ... may not be modified") became the next
    version's last numbered section ("16) Modification of This License")."""
    loose = any(_paragraphs_only(side) for side in (old, new)) or _numbered_against_titled(old, new)
    closings = [any(s.kind is SegmentKind.CLOSING for s in side) for side in (old, new)]
    alone = lone_closing and closings[0] != closings[1]

    def groups(side: Sequence[Segment]) -> list[str]:
        found = [group_of(s.kind) for s in side]
        if alone:
            found = ["text" if g == "closing" else g for g in found]
        return ["text" if g in ("heading", "preamble") else g for g in found] if loose else found

    return groups(old), groups(new)


def _paragraphs_only(segments: Sequence[Segment]) -> bool:
    kinds = {s.kind for s in segments} - {SegmentKind.PREAMBLE, SegmentKind.CLOSING}
    return kinds == {SegmentKind.PARAGRAPH}


def _numbered_against_titled(old: Sequence[Segment], new: Sequence[Segment]) -> bool:
    """One text numbers (nearly all of) its units, the other titles (nearly all of) its
    sections ("2. Vereinszweck" over its points, then "# Vereinszweck"): the same units,
    set out two ways. Nearly: a bylaw whose sections are named by their titles but
    whose last is "Article 11" had its reworded sections paired with none of the next
    version's articles, each numbered."""
    a, h = SegmentKind.ARTICLE, SegmentKind.HEADING

    def shares(side: Sequence[Segment]) -> tuple[float, float]:
        kinds = [s.kind for s in side if s.kind in (a, h)]
        return (kinds.count(a) / len(kinds), kinds.count(h) / len(kinds)) if kinds else (0, 0)

    (old_a, old_h), (new_a, new_h) = shares(old), shares(new)
    return min(old_a, new_h) >= MOSTLY_ONE_KIND or min(old_h, new_a) >= MOSTLY_ONE_KIND


MOSTLY_ONE_KIND = 0.8
"""Share of a text's units of one kind (numbered, or titled) from which it is read as
set out that way (``_numbered_against_titled``)."""


_OPENING_NUMBER_RE = re.compile(r"\d{1,4}(?:\.\d{1,3})*[.)][ \t]")
"""The number a heading's line opens with ("2. ", "4.1. ")."""


def one_spaced(text: str) -> str:
    """``" ".join(text.split())``: the words of ``text`` one space apart. A text in
    ASCII is done on its bytes (its spaces made one kind, then their runs halved until
    none is left), without a string per word: a third of the time on every article."""
    if not text.isascii():
        return " ".join(text.split())
    flat = text.encode("ascii").translate(_ONE_SPACE)
    while b"  " in flat:
        flat = flat.replace(b"  ", b" ")
    return flat.strip(b" ").decode("ascii")


_ONE_SPACE = bytes(32 if chr(c).isspace() else c for c in range(256))
"""Every byte ``str.split`` splits an ASCII text at, made a space."""


class Aligner:
    def __init__(
        self,
        old: Document,
        new: Document,
        overrides: Overrides,
        should_stop: StopCheck | None = None,
    ) -> None:
        self.should_stop = should_stop
        """Asked between the stages and inside long loops (see ``core.cancel``)."""
        self.old_segs = old.segments
        self.new_segs = new.segments
        self.old = old
        self._old_references: SegmentReferences | None = None
        """The old text's citations, read at the last stage (``_cited_as_now``) if it comes."""
        self.texts = (old.text, new.text)
        self.old_bodies = [one_spaced(own_less(old.body(s), s.number)) for s in old.segments]
        self.new_bodies = [one_spaced(own_less(new.body(s), s.number)) for s in new.segments]
        self.plain = PlainWords(self.old_bodies, self.new_bodies)
        articles = len(old.segments) + len(new.segments)
        old_stems = Stems(language_of(old.text), articles)
        language = language_of(new.text)
        # One language: one stem per word and one feature set per wording for both texts.
        new_stems = old_stems if language == old_stems.language else Stems(language, articles)
        self.old_vecs = Vectors(self.old_bodies, old_stems)
        self.new_vecs = Vectors(self.new_bodies, new_stems)
        self.forced, self.forbidden = reader_links(overrides, old.segments, new.segments)
        self.forbidden |= addenda_apart(
            [s.label for s in old.segments], [s.label for s in new.segments]
        )
        self.groups = kind_groups(old.segments, new.segments)
        """Each segment's ``group_of``, read once: every pair any stage weighs is asked
        ``allowed`` (thousands of times on a long text)."""
        self.old_partner: dict[int, int] = {}
        self.new_partner: dict[int, int] = {}
        self.fixed_confidence: dict[tuple[int, int], float] = {}
        self.structural: set[tuple[int, int]] = set()
        """The preambles (or closing parts) paired as the only ones of their texts."""
        self.scores: dict[tuple[int, int], float] = {}
        self.chance: dict[tuple[int, int], float] = {}
        """Open articles against paired ones, when few are open (``_against_paired``)."""
        self._counted_titles: tuple[Counter[str], Counter[str]] | None = None
        self._copies_found: tuple[set[int], set[int]] | None = None
        self._labels: tuple[Counter[str], Counter[str]] | None = None
        self._chained: tuple[list[tuple[int, int]], list[int], list[int]] | None = None
        """The pairs ``_chain`` last read, and the chain it found in them."""
        self.near: set[tuple[int, int]] = set()
        self.twins_kept: set[tuple[int, int]] = set()
        """Pairs of ``_twins`` kept because they keep their number."""
        self.cited: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] = ({}, {})
        """``_cited_names`` of the articles asked about so far."""
        self.titles: tuple[dict[int, str], dict[int, str]] = ({}, {})
        """``_own_title`` of the articles asked about so far (the stages that match
        titles ask every article's, several times over)."""
        self.crowded: set[int] = set()
        """Open new articles in a crowded gap between the pairs around them (``CROWDED``
        open articles with text a side), as ``_near_pairs`` last found them."""
        self.placeholders = (
            {i for i, body in enumerate(self.old_bodies) if is_withheld(body)},
            {j for j, body in enumerate(self.new_bodies) if is_withheld(body)},
        )
        """Articles whose whole text is an editor's note that it is not given."""
        self.mutual: set[tuple[int, int]] = set()
        """Pairs found as each other's best on running text (``align_mutual``)."""
        self.homes: dict[tuple[int, int], bool] = {}
        self.by_names: dict[tuple[int, int], float] = {}
        """Pairs found by the names and figures they cite in order, with their standing."""
        self.unpaired: dict[tuple[int, int], float] = {}
        """Pairs made by ``_pair_unpaired``, with their standing (their confidence is
        capped if they move)."""
        self.stranded: dict[tuple[int, int], float] = {}
        """Standing of the part that joined each pair in ``_join_stranded``, by its core."""
        self.run_reads: dict[tuple[int, int], tuple[tuple[tuple[int, ...], ...], float]] = {}
        """The articles of a run of parts (``align_part_runs``) and the share of the
        parts' words read in order in the whole, by the run's core pair: read one part
        at a time against what the others leave, a part reworded in place finds its
        runs taken by a formula that comes earlier in the whole."""
        self.background = Background.estimate({})
        self.hubness = Hubness()
        self.running_chance: RunningChance | None = None
        self.running: Running | None = None
        """Running text in common of the pairs ``_outread`` asked about."""
        self.names: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})
        self.candidates_of: tuple[int, tuple[dict[int, list[int]], dict[int, list[int]]]] = (
            0,
            ({}, {}),
        )
        """The articles each old and each new article was scored against (``_outread``),
        read when this many pairs were scored."""

    # -- helpers ---------------------------------------------------------------
    def allowed(self, i: int, j: int) -> bool:
        return self.groups[0][i] == self.groups[1][j] and (i, j) not in self.forbidden

    def _alike_named(self, i: int, j: int, outweighed: Callable[[], bool] | None = None) -> bool:
        """``allowed``, unless the two are ``named_apart`` (two articles of one template
        about two states, which share all their words but the names); where that
        rests on one word beside their names, ``outweighed`` may say the two are
        alike beyond it."""
        if not self.allowed(i, j):
            return False
        names = (self._names(0, i), self._names(1, j))
        return not named_apart(
            self.old_vecs, i, self.new_vecs, j, names, outweighed
        ) or self._renamed(i, *names)

    def stands_out(self, i: int, j: int) -> bool:
        """Whether the pair's own score, less hubness, stands ``NEAR_Z`` out of the
        background: what a pair that sits between the pairs around it needs."""
        return self.background.z(self.adjusted(i, j, self.score(i, j))) >= NEAR_Z

    def _renamed(self, i: int, old_names: set[str], new_names: set[str]) -> bool:
        """Whether the names that part old article ``i`` from its counterpart were
        retired across the texts, not two subjects: those it cites and the counterpart
        does not are cited by no article of the newer text, though another article of
        the older one that cited one of them is still there (paired), and those the
        counterpart cites in their stead by no article of the older text
        ("Občiansky súdny poriadok", cited by three sections, gone from all of them
        when "Civilný sporový poriadok" replaced it). A state whose articles were all
        struck out is cited by no article still there."""
        gone, came = old_names - new_names, new_names - old_names
        if not gone:
            return False
        if self._cited is None:
            # Stemmed apart: what the texts' own stemmer learns changes which words it
            # weighs as names in the articles it reads next.
            self._cited = tuple(
                [
                    frozenset(stems.features(body)[1])
                    for stems in [Stems(vecs.stems.language)]
                    for body in vecs.bodies
                ]
                for vecs in (self.old_vecs, self.new_vecs)
            )
        in_old, in_new = self._cited
        if any(not gone.isdisjoint(held) for held in in_new) or any(
            not came.isdisjoint(held) for held in in_old
        ):
            return False
        return any(
            k != i and k in self.old_partner and not gone.isdisjoint(held)
            for k, held in enumerate(in_old)
        )

    def _sole_allowed(self, i: int, j: int) -> bool:
        """``_alike_named``, or two articles alone in their gap under a title that keeps
        a word: "Nationality" edited in place from "Article 34 … in Trebizond" to
        "Article 41 … in Russian" names other things, and is still that article (the
        stage asks for far more words in common than random pairs have)."""
        if self._alike_named(i, j):
            return True
        old, new = self._title_stems(i, j)
        return bool(old & new) and self.allowed(i, j)

    def _chance_figure(self, i: int, j: int) -> bool:
        """Whether two articles of one template on two states (``named_apart``) read
        alike mostly by a figure they share: such articles share small figures by
        chance ("within 72 days"), and a rare figure weighs as much as a rare word.
        Articles that repeat one text for other parties (a treaty made again with
        other states) share their matter, whatever their figures."""
        if not self._apart_beyond_names(i, j):
            return False
        a, b = self.old_vecs[i], self.new_vecs[j]
        shared = a.keys() & b.keys()
        total = math.fsum(a[k] * b[k] for k in shared)
        figures = math.fsum(a[k] * b[k] for k in shared if _DIGIT.search(k))
        return figures > FIGURE_SHARE * total

    def _apart_beyond_names(self, i: int, j: int) -> bool:
        """Whether the two are ``named_apart`` and differ in a word that is no name and
        no figure too: an article whose only change is the place it names ("the
        district of Bashavo" → "of Vori") is still that article; one that also does
        something else is not."""
        if self._alike_named(i, j):
            return False
        a, b = self.plain.old(i), self.plain.new(j)
        inside = INSIDE_WORD.findall(self.old_bodies[i]) + INSIDE_WORD.findall(self.new_bodies[j])
        names = {w.casefold() for w in inside if w[:1].isupper()}
        return any(not _DIGIT.search(w) and w not in names for w in a ^ b)

    _cited: tuple[list[frozenset[str]], ...] | None = None
    """The stems of each article of each text, read on first use (``_renamed``)."""

    def _names(self, side: int, k: int) -> set[str]:
        """The ``proper_names`` article ``k`` of ``side`` (0 old) cites."""
        found = self.names[side].get(k)
        if found is None:
            found = proper_names(self.new_vecs if side else self.old_vecs, k)
            self.names[side][k] = found
        return found

    def _free(self, i: int, j: int) -> bool:
        return i not in self.old_partner and j not in self.new_partner

    def _take(self, i: int, j: int) -> None:
        self.old_partner[i] = j
        self.new_partner[j] = i

    def _at_home(self, i: int, j: int) -> bool:
        """``among_homes``, asked once per pair (the rounds of choice ask again)."""
        found = self.homes.get((i, j))
        if found is None:
            found = self.homes[(i, j)] = among_homes(self, i, j)
        return found

    def score(self, i: int, j: int) -> float:
        key = (i, j)
        found = self.scores.get(key)
        if found is None:
            found = self.scores[key] = same_cosine(self.old_vecs[i], self.new_vecs[j])
        return found

    def adjusted(self, i: int, j: int, s: float) -> float:
        """The score less what the two articles score against everything (hubness)."""
        return self.hubness.adjusted(i, j, s)

    def score_many(self, olds: tuple[int, ...], news: tuple[int, ...]) -> float:
        return cosine(
            combined(self.old_vecs[i] for i in olds),
            combined(self.new_vecs[j] for j in news),
        )

    # -- stage 1 ---------------------------------------------------------------
    def _pair_given(self) -> None:
        for link in self.forced:
            for i in link.old:
                for j in link.new:
                    self.old_partner.setdefault(i, j)
                    self.new_partner.setdefault(j, i)
        for kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING):
            olds = [i for i, s in enumerate(self.old_segs) if s.kind is kind]
            news = [j for j, s in enumerate(self.new_segs) if s.kind is kind]
            if len(olds) == 1 and len(news) == 1 and self._free(olds[0], news[0]):
                self._pair_structural(olds[0], news[0])
        self._pair_verbatim()
        chain_new, chain_old = self._chain()
        anchors = list(zip(chain_old, chain_new, strict=True))
        in_place = pair_in_place(
            self.plain, anchors, self.allowed, self.same_number, self.plain.names
        )
        self.plain.forget(draws=((1, STRANDED_SAMPLE),))
        for i, j, value in in_place:
            if self._free(i, j):
                self._take(i, j)
                self.scores[(i, j)] = value
                self.fixed_confidence[(i, j)] = IN_PLACE_CONFIDENCE
                self.near.add((i, j))

    def _pair_structural(self, i: int, j: int) -> None:
        if (i, j) not in self.forbidden:
            self._take(i, j)
            self.fixed_confidence[(i, j)] = STRUCTURAL_CONFIDENCE
            self.structural.add((i, j))

    def _pair_verbatim(self) -> None:
        """Articles with the same wording pair at once, repeated wording in order."""

        def free(i: int, j: int) -> bool:
            return self._free(i, j) and self.allowed(i, j)

        for i, j, repeated in verbatim_pairs(
            self.old_bodies, self.new_bodies, self.same_number, free, self._same_label
        ):
            self._take(i, j)
            self.scores[(i, j)] = 1.0
            self.fixed_confidence[(i, j)] = REPEAT_CONFIDENCE if repeated else 1.0

        def paired(i: int, j: int) -> bool:
            return self.old_partner.get(i, -1) == j

        bodies = (self.old_bodies, self.new_bodies)
        for i, j in figures_apart_pairs(bodies, self._open(), free, paired):
            self._take(i, j)
            self.scores[(i, j)] = 1.0
            self.fixed_confidence[(i, j)] = REPEAT_CONFIDENCE

    def _same_label(self, i: int, j: int) -> bool:
        """Whether the two carry the same label as printed ("5 bis" is not "5")."""
        return self.old_segs[i].label.casefold() == self.new_segs[j].label.casefold()

    def _same_bare_heading(self, i: int, j: int) -> bool:
        """Two headings with no text under them, worded alike ("3. Your Use of the
        Service"): nothing about the pair is left for the reader to confirm."""
        old, new = self.old_segs[i], self.new_segs[j]
        return (
            not self.old_bodies[i].strip()
            and not self.new_bodies[j].strip()
            and fold(old.heading or old.label) == fold(new.heading or new.label)
        )

    def same_number(self, i: int, j: int) -> bool:
        """Whether the two articles carry the same number (or label); headings named by
        a whole line carry the number they open with ("2. The Service" and "2. The
        Service We Provide")."""
        old, new = self.old_segs[i], self.new_segs[j]
        if old.number is not None and new.number is not None:
            return old.number == new.number
        if old.label.casefold() == new.label.casefold():
            return True
        opens = _OPENING_NUMBER_RE.match(old.label)
        return opens is not None and new.label.startswith(opens[0])

    # -- stage 2 ---------------------------------------------------------------
    def _open(self) -> tuple[list[int], list[int]]:
        return (
            [i for i in range(len(self.old_segs)) if i not in self.old_partner],
            [j for j in range(len(self.new_segs)) if j not in self.new_partner],
        )

    def _read_features(self, old_open: list[int], new_open: list[int]) -> None:
        """Every open article's features, reported as they are read (most of weighing)."""
        stop = part(self.should_stop, PAIRED_GIVEN, FEATURES_READ, STAGES)
        total = len(old_open) + len(new_open)
        n, every = 0, interval(total, CHECK_EVERY)
        for vecs, open_ in ((self.old_vecs, old_open), (self.new_vecs, new_open)):
            for k in open_:
                if n % every == 0:
                    check(stop, n, total)
                vecs.stems.features(vecs.bodies[k])
                n += 1

    def _measure(self, old_open: list[int], new_open: list[int]) -> None:
        self._read_features(old_open, new_open)
        weigh(self.old_vecs, self.new_vecs, old_open, new_open)
        check(self.should_stop, WEIGHED, STAGES)
        stop = part(self.should_stop, WEIGHED, RETRIEVED, STAGES)
        vecs = (self.old_vecs, self.new_vecs)
        self.scores.update(retrieve(*vecs, old_open, new_open, self.allowed, stop))
        paired = (self.old_partner, self.new_partner)
        self.hubness = Hubness.measure(self.scores, paired, (self.old_bodies, self.new_bodies))
        open_scores = {
            (i, j): self.adjusted(i, j, s)
            for (i, j), s in self.scores.items()
            if i not in self.old_partner and j not in self.new_partner
        }
        self.background = Background.estimate(open_scores)
        if len(old_open) + len(new_open) < CHANCE_FROM_PAIRED_BELOW:
            self.chance = self._against_paired(old_open, new_open)

    def _against_paired(
        self, old_open: list[int], new_open: list[int]
    ) -> dict[tuple[int, int], float]:
        """Scores of the open articles against a sample of the other text's articles
        paired already (each one's own matter, so unrelated to it), as rivals of the
        pairs made among the open ones: with few articles open, a pair has hardly any
        rival among them, and a template's articles all read alike (a tariff article
        put in where another, whose every figure differed, was struck out had read as
        that one moved, at certainty)."""
        out: dict[tuple[int, int], float] = {}
        for mine, theirs, old_first in (
            (old_open, sorted(self.new_partner), True),
            (new_open, sorted(self.old_partner), False),
        ):
            step = max(1, len(theirs) // CHANCE_SAMPLE)
            for k in mine:
                for other in theirs[step // 2 :: step]:
                    i, j = (k, other) if old_first else (other, k)
                    if self.allowed(i, j):
                        s = same_cosine(self.old_vecs[i], self.new_vecs[j])
                        out[(i, j)] = self.adjusted(i, j, s)
        return out

    # -- stages 3 and 4 --------------------------------------------------------
    def _chain(self) -> tuple[list[int], list[int]]:
        """Pairs that keep both texts' order, as sorted new and old indices: worked out
        again only when the pairs have changed (most stages ask with none made since),
        and given as lists of their own."""
        pairs = sorted(self.new_partner.items())
        if self._chained is None or self._chained[0] != pairs:
            kept = longest_increasing_run([i for _, i in pairs])
            self._chained = (pairs, [pairs[k][0] for k in kept], [pairs[k][1] for k in kept])
        return list(self._chained[1]), list(self._chained[2])

    def _assign(self, near_of: dict[tuple[int, int], bool], placed: set[tuple[int, int]]) -> int:
        gains: dict[tuple[int, int], float] = {}
        places: Places | None = None
        bonus = PLACE_Z * self.background.spread
        copies = self._copies()
        for (i, j), near in near_of.items():
            if not self._free(i, j):
                continue
            if not near and (i in copies[0] or j in copies[1]):
                continue  # a wording held twice stands out of neither copy: place decides
            gain = self.adjusted(i, j, self.score(i, j)) - self.background.bar(near)
            weak = gain < WEAK_NEAR * self.background.spread
            if gain > 0 and near and weak and not self._weak_near_stands(i, j):
                continue
            if gain > 0 and not near and weak:
                places = places or self._places()
                if places.kept_at_home(i, j) or not self._runs_beyond_chance(i, j):
                    continue
                if self._outread(i, j):
                    continue
            if gain > 0 and (i, j) in placed and not self._overtakes(i, j, near_of, bonus):
                gain += bonus
            if gain > 0 and not self._chance_figure(i, j):
                gains[(i, j)] = gain
        chosen = assign(gains)
        for i, j in chosen:
            self._take(i, j)
            if near_of[(i, j)]:
                self.near.add((i, j))
        return len(chosen)

    def _weak_near_stands(self, i: int, j: int) -> bool:
        """Whether a pair between its neighbouring pairs that barely passes its bar
        is ``among_homes``, not two articles of one template on two states (which
        stand where one was struck out and the other put in), and no open candidate
        of either article reads far more like it (``_outread``)."""
        apart = self._apart_beyond_names(i, j)
        if j in self.crowded and self.running_z(i, j) < CROWDED_RUNNING_Z:
            return False  # one of many struck and new formula articles (``align_gaps``)
        return self._at_home(i, j) and not apart and not self._outread(i, j)

    def _runs_by_chance(self) -> RunningChance:
        """Running text in common against that of runner-up pairs, measured on first use."""
        if self.running_chance is None:
            found, runners = candidates(self)
            self.running_chance = Running(self.old_bodies, self.new_bodies).chance(runners, found)
        return self.running_chance

    def running_z(self, i: int, j: int) -> float:
        """How far the pair's running text in common stands above runner-up pairs'."""
        return self._runs_by_chance().z(i, j)

    def _runs_beyond_chance(self, i: int, j: int) -> bool:
        return self.running_z(i, j) >= FAR_RUNNING_Z

    def _overtakes(
        self, i: int, j: int, near_of: dict[tuple[int, int], bool], bonus: float
    ) -> bool:
        """Whether the place bonus would lift pair (i, j) over a rival pair of either
        article that reads far more like it in order (``_outread``): the bonus settles
        ties between equally alike copies, not what running text tells apart."""
        gain = self.adjusted(i, j, self.score(i, j)) - self.background.bar(near_of[(i, j)])
        overtaken = [
            rival
            for rival in self._rivals(i, j)
            if rival in near_of
            and self._free(*rival)
            and gain
            < self.adjusted(*rival, self.score(*rival)) - self.background.bar(near_of[rival])
            < gain + bonus
        ]
        return bool(overtaken) and self._outread(i, j, overtaken)

    def _rivals(self, i: int, j: int) -> list[tuple[int, int]]:
        """The other scored pairs of either article."""
        counted, rows = self.candidates_of
        if counted != len(self.scores):  # pairs scored since: read them all again
            rows = ({}, {})
            for a, b in self.scores:
                rows[0].setdefault(a, []).append(b)
                rows[1].setdefault(b, []).append(a)
            self.candidates_of = (len(self.scores), rows)
        return [(i, x) for x in rows[0].get(i, ()) if x != j] + [
            (x, j) for x in rows[1].get(j, ()) if x != i
        ]

    def _outread(
        self, i: int, j: int, rivals: list[tuple[int, int]] | None = None, paired: bool = False
    ) -> bool:
        """Whether an open candidate of either article (of ``rivals``, if given; with
        ``paired``, one already paired instead) reads far more like it, in order, than
        the other does (``RIVAL_RUNNING_SHARE``)."""
        running = self._running()
        share, kept = running.share, running.kept
        bar = share(i, j) + RIVAL_RUNNING_SHARE
        kept_bar = kept(i, j) + RIVAL_RUNNING_SHARE
        return any(
            self._free(*r) != paired
            and self._alike_named(*r)
            and (share(*r) >= bar or kept(*r) >= kept_bar)
            for r in (self._rivals(i, j) if rivals is None else rivals)
        )

    def _paired_next_door(self, i: int, j: int) -> list[tuple[int, int]]:
        """``i`` with the counterparts of the articles next to it, and ``j`` with those
        of the articles next to it: what a template's sibling reads like."""
        old = [(i, self.old_partner[k]) for k in (i - 1, i + 1) if k in self.old_partner]
        new = [(self.new_partner[k], j) for k in (j - 1, j + 1) if k in self.new_partner]
        return [*old, *new, *self._rivals(i, j)]

    def _place_pairs(self) -> None:
        # The first choice makes the anchors: every pair must stand far out, and
        # its place between the pairs made so far only settles ties.
        first = {key: False for key in self.scores if self._free(*key)}
        self._assign(first, self._near_pairs(measure=False)[1])
        for _ in range(NEAR_ROUNDS):
            if not self._assign(*self._near_pairs()):
                break
        self._pair_mutual_best()

    def _copies(self) -> tuple[set[int], set[int]]:
        """The articles of each text whose wording another article of that text has."""
        if self._copies_found is None:
            found: tuple[set[int], set[int]] = (set(), set())
            for side, bodies in enumerate((self.old_bodies, self.new_bodies)):
                counts = Counter(bodies)
                found[side].update(k for k, b in enumerate(bodies) if b and counts[b] > 1)
            self._copies_found = found
        return self._copies_found

    def _near_pairs(
        self, measure: bool = True
    ) -> tuple[dict[tuple[int, int], bool], set[tuple[int, int]]]:
        """Whether each open candidate pair sits between its neighbouring pairs on
        the chain, and the pairs among them that sit at their very place; with
        ``measure``, pairs in a gap that were no candidates are scored and join."""
        chain_new, chain_old = self._chain()
        near_of: dict[tuple[int, int], bool] = {}
        placed: set[tuple[int, int]] = set()
        old_open = [i for i in range(len(self.old_segs)) if i not in self.old_partner]
        new_open = [j for j in range(len(self.new_segs)) if j not in self.new_partner]
        old_texts = [i for i in old_open if i not in self.placeholders[0]]
        new_texts = [j for j in new_open if j not in self.placeholders[1]]
        self.crowded.clear()
        for j in new_open:
            if j % CHECK_EVERY == 0:
                check(self.should_stop, RETRIEVED, STAGES)
            k = bisect_left(chain_new, j)
            lo = chain_old[k - 1] if k > 0 else -1
            hi = chain_old[k] if k < len(chain_new) else len(self.old_segs)
            n_lo = chain_new[k - 1] if k > 0 else -1
            n_hi = chain_new[k] if k < len(chain_new) else len(self.new_segs)
            start, stop = bisect_left(old_open, lo + 1), bisect_left(old_open, hi)
            olds_here = bisect_left(old_texts, hi) - bisect_left(old_texts, lo + 1)
            news_here = bisect_left(new_texts, n_hi) - bisect_left(new_texts, n_lo + 1)
            if min(olds_here, news_here) >= CROWDED:
                self.crowded.add(j)
            if stop - start > GAP_WINDOW:
                gap = nearest(old_open, start, stop, lo + j - n_lo, GAP_WINDOW)
            else:
                gap = old_open[start:stop]
            for i in gap:
                if self.allowed(i, j) and (measure or (i, j) in self.scores):
                    near_of[(i, j)] = True
                    self.score(i, j)
                    if i - lo == j - n_lo or hi - i == n_hi - j or self.same_number(i, j):
                        placed.add((i, j))
        for key in self.scores:
            if key not in near_of and self._free(*key):
                near_of[key] = False
        return near_of, placed

    def is_free(self, i: int, j: int) -> bool:
        return self._free(i, j)

    def _places(self) -> Places:
        return Places(self._open(), self._chain()[::-1], (self.old_vecs, self.new_vecs))

    def _pair_mutual_best(self) -> None:
        """Two articles that are each other's clear best match pair on less evidence
        when they share running text (``align_mutual``)."""
        places = self._places()
        at_home = partial(places.homes, partial(among_homes, self))

        def homes(i: int, j: int) -> bool:
            # Nor may an article read far more like one already paired (§ 4 of a law of
            # one formula, struck out, read as a section put in elsewhere: it reads as
            # § 5, which kept its place, far better than as that section).
            return (
                at_home(i, j)
                and not self._chance_figure(i, j)
                and not self._outread(i, j)
                and not self._outread(i, j, self._paired_next_door(i, j), paired=True)
            )

        for i, j in mutual_best(self, self.old_bodies, self.new_bodies, homes):
            self._take(i, j)
            self.mutual.add((i, j))

    def _pair_gaps(self) -> Joined:
        """Open articles between two anchors pair by the matter each holds of the other."""

        def take(i: int, j: int, standing: float) -> None:
            self._take(i, j)
            self.fixed_confidence[(i, j)] = joined_confidence(standing)

        def release(i: int, j: int) -> None:
            if self.old_partner.get(i) == j and self.new_partner.get(j) == i:
                del self.old_partner[i], self.new_partner[j]
                self.fixed_confidence.pop((i, j), None)

        chain_new, chain_old = self._chain()
        anchors = list(zip(chain_old, chain_new, strict=True))
        joined = pair_in_gaps(self, anchors, take, release, self._keeps_numbers())
        # Next-door articles that one article holds, in order, none of them alone
        # its counterpart: a chapter of paragraphs made into one article.
        for run in part_runs(self, anchors, joined):
            take(*run.core, run.standing)
            articles = ((run.whole,), run.parts) if run.split else (run.parts, (run.whole,))
            self.run_reads[run.core] = (articles, run.read)
            main = run.core[1] if run.split else run.core[0]
            seeds = joined[0] if run.split else joined[1]
            for k, z in zip(run.parts, run.standings, strict=True):
                if k != main:
                    seeds[k] = (run.whole, z)
        return joined

    def _namesakes_over_twins(self) -> None:
        """A pair under other labels and other titles gives way to the old article's
        namesake, the open article of the other text under its label and its title
        (which no other article of either text has), where the two read alike beyond
        chance: "§ 26. Iseseisva õendusabi rahastamine" (nursing) had paired with "§ 26³.
        Iseseisva ämmaemandusabi rahastamine", its clauses written again for midwifery,
        while the § 26 of the same title stood open, its text grown by a paragraph."""
        given = self._reader_linked()[0]
        namesakes: dict[str, list[int]] = {}
        for j, seg in enumerate(self.new_segs):
            namesakes.setdefault(seg.label.casefold(), []).append(j)
        for i, twin in list(self.old_partner.items()):
            seg = self.old_segs[i]
            found = namesakes.get(seg.label.casefold(), [])
            if seg.kind is not SegmentKind.ARTICLE or len(found) != 1 or found[0] == twin:
                continue
            j = found[0]
            if j in self.new_partner or i in given or not self.allowed(i, j):
                continue
            title = self._own_title(0, i)
            if not title or title != self._own_title(1, j) or title == self._own_title(1, twin):
                continue
            counts = self._title_counts()  # a title many articles share names none
            if counts[0][title] != 1 or counts[1][title] != 1:
                continue
            if self.adjusted(i, j, self.score(i, j)) <= 0:
                continue
            del self.new_partner[twin]
            self.fixed_confidence.pop((i, twin), None)
            self.near.discard((i, twin))
            self._take(i, j)

    def _title_namesakes_over_numbers(self) -> None:
        """A pair under one number and two titles gives way to the article that prints
        the new one's title, open in the older text: "14. Oficina … en Galicia" had
        stayed open (removed) while "15. Oficina … en Extremadura", struck out, took the
        new "15. Oficina … en Galicia" by its number, their formulas alike. Only a title
        that no other article of either text has, and a namesake that reads at least as
        much like it as the article under the number does."""
        given = self._reader_linked()[0]
        counts = None
        for j, k in list(self.new_partner.items()):
            title = self._own_title(1, j)
            if not title or title == self._own_title(0, k) or k in given:
                continue
            counts = counts or self._title_counts()
            if counts[0][title] != 1 or counts[1][title] != 1:
                continue
            i = next((i for i in range(len(self.old_segs)) if self._own_title(0, i) == title), None)
            if i is None or i in self.old_partner or i in given or not self.allowed(i, j):
                continue
            if self.old_segs[i].kind is not SegmentKind.ARTICLE:
                continue
            mine = self.score(i, j)
            if self.adjusted(i, j, mine) <= 0 or mine < self.score(k, j):
                continue
            del self.old_partner[k]
            del self.new_partner[j]
            self.fixed_confidence.pop((k, j), None)
            self.near.discard((k, j))
            self._take(i, j)

    def _pair_listed_annexes(self, groups: list[Group]) -> list[Group]:
        """Open annexes merged under one heading that lists their numbers, or split
        from one (``align_listed``)."""
        open_ = self._open_after(groups, unlinked=True)
        found = listed_annexes(self.old_segs, self.new_segs, open_)
        if not found:
            return groups
        more: list[Group] = []
        for olds, news in found:
            for i in olds:
                for j in news:
                    self._take(i, j)
            core = (olds[0], news[0])
            self.fixed_confidence[core] = LISTED_CONFIDENCE
            more.append((olds, news, core, float("inf")))
        return sorted([*groups, *more], key=lambda g: g[2])

    def _pair_by_names(self, groups: list[Group]) -> list[Group]:
        """Articles that no stage paired, joined or attached, paired by the names and
        figures they cite in order (``align_names``)."""
        open_ = self._open_after(groups)
        vecs = (self.old_vecs, self.new_vecs)
        found = pair_by_names(vecs, open_, self.background, self.score, self.allowed)
        if not found:
            return groups
        for i, j, standing in found:
            self._take(i, j)
            self.fixed_confidence[(i, j)] = NAMES_CONFIDENCE
            self.by_names[(i, j)] = standing
        more: list[Group] = [((i,), (j,), (i, j), float("inf")) for i, j, _ in found]
        return sorted([*groups, *more], key=lambda g: g[2])

    def _pair_unpaired(self, groups: list[Group]) -> list[Group]:
        """Articles open on both sides at the end, paired when they read alike
        throughout far beyond chance (``align_unpaired``)."""
        open_ = self._open_after(groups)
        words = (
            cache(self._cited_as_now),
            cache(partial(stems_in_order, self.new_vecs)),
        )
        groups = self._join_far_parts(groups, words, open_)
        paired_old = {i for olds, _, _, _ in groups for i in olds}
        paired_new = {j for _, news, _, _ in groups for j in news}
        open_ = (
            [i for i in open_[0] if i not in paired_old],
            [j for j in open_[1] if j not in paired_new],
        )
        placed = self._alone_between(open_)
        found = pair_unpaired(words, open_, self._alike_named, self.scores, placed)
        if not found:
            return groups
        for f in found:
            self._take(f.old, f.new)
            self.fixed_confidence[(f.old, f.new)] = unpaired_confidence(f.standing)
            self.unpaired[(f.old, f.new)] = f.standing
        more: list[Group] = [
            (
                (f.old, *f.more_old),
                (f.new, *f.more_new),
                (f.old, f.new),
                FAR_PART_STANDING if f.more_old or f.more_new else float("inf"),
            )
            for f in found
        ]
        return sorted([*groups, *more], key=lambda g: g[2])

    def _cited_as_now(self, i: int) -> list[str]:
        """Old article ``i``'s stems in order, each article it cites by number cited by
        the number its counterpart has now. A consolidated text renumbers its citations
        with their articles ("articles 494 and 1277" became "articles 532 and 1333"):
        read as they were, the numbers of a moved article that was also reworded differ
        from its counterpart's just where the two should agree."""
        words = stems_in_order(self.old_vecs, i)
        now: dict[str, str] = {}
        if self._old_references is None:
            self._old_references = SegmentReferences(self.old)
        for ref in self._old_references(i):
            t = ref.target
            u = self.old_partner.get(t) if t is not None else None
            if t is not None and u is not None:
                was, is_ = _as_stem(self.old_segs[t].label), _as_stem(self.new_segs[u].label)
                if was != is_ and _ONE_WORD.fullmatch(was) and _ONE_WORD.fullmatch(is_):
                    now[was] = is_
        return [now.get(w, w) for w in words] if now else words

    def _open_after(
        self, groups: list[Group], unlinked: bool = False
    ) -> tuple[list[int], list[int]]:
        """Each text's articles in none of ``groups`` (nor, if ``unlinked``, in a
        reader's link), in order."""
        paired_old = {i for olds, _, _, _ in groups for i in olds}
        paired_new = {j for _, news, _, _ in groups for j in news}
        if unlinked:
            linked = self._reader_linked()
            paired_old.update(linked[0])
            paired_new.update(linked[1])
        return (
            [i for i in range(len(self.old_segs)) if i not in paired_old],
            [j for j in range(len(self.new_segs)) if j not in paired_new],
        )

    def _pair_sole(self, groups: list[Group]) -> list[Group]:
        """The few open articles of each text between two pairs, paired when two
        overlap far beyond random articles, or two side by side read as one of the
        other text (``align_sole``)."""
        groups = self._place_over_moves(groups)
        open_ = self._open_after(groups, unlinked=True)
        gaps = self._gaps(open_, FEW_OPEN)
        more: list[Group] = []
        for olds, news, z in sole_pairs(self.plain, gaps, self._sole_allowed, self._standing):
            core = max(
                ((i, j) for i in olds for j in news),
                key=lambda k: (overlap(self.plain.old(k[0]), self.plain.new(k[1])), -k[0], -k[1]),
            )
            self._take(*core)
            self.fixed_confidence[core] = sole_confidence(z)
            more.append((olds, news, core, float("inf")))
        groups = sorted([*groups, *more], key=lambda g: g[2]) if more else groups
        return self._join_stranded(groups)

    def _pair_under_kept_numbers(self, groups: list[Group]) -> list[Group]:
        """In a text that keeps its articles' numbers (a constitution or code amended
        in place), an open article of each text between two pairs, under one number
        and at the same place there (as many open articles before it, or after it, in
        both texts: "§ 54a" inserted before the rewritten "§ 55"), is that article
        rewritten ("Article 96 shall read as follows"), however little of its wording
        stayed. Offered for review: its place and number speak for it, its words do not.

        In a text renumbered in parts (a republished law whose articles moved up by one
        after an insertion and back where one was struck out), a gap beside a run of
        pairs that keep their numbers is such a place too, counted from that run: the
        old "Articolul 12" and the new one between "10 -> 11" and "13 -> 13"."""
        keeps = self._keeps_numbers()
        found: list[tuple[int, int]] = []
        labels = tuple(set(count) for count in self._label_counts())
        open_ = self._open_after(groups, unlinked=True)
        taken = (  # labels whose article is paired already
            labels[0] - {self.old_segs[i].label.casefold() for i in open_[0]},
            labels[1] - {self.new_segs[j].label.casefold() for j in open_[1]},
        )
        for olds, news, kept_before, kept_after in self._gaps_kept_around(open_, NAMED_GAP_MOST):
            if not (keeps or kept_before or kept_after):
                continue
            opening = keeps or self._opens_alike
            here: list[tuple[int, int]] = []
            places = (
                _places_among_kept(olds, self.old_segs, labels[1], taken[1]),
                _places_among_kept(news, self.new_segs, labels[0], taken[0]),
            )
            for a, i in enumerate(olds):
                for b, j in enumerate(news):
                    kind = self.old_segs[i].kind
                    at = places[0][i]
                    placed = (
                        (a == b and (keeps or kept_before))
                        or (len(olds) - a == len(news) - b and (keeps or kept_after))
                        or (keeps and at is not None and at == places[1][j])
                    )
                    if (
                        kind in _SOLE_KINDS
                        and self.new_segs[j].kind is kind
                        and self._same_label(i, j)
                        and self.allowed(i, j)
                        and not any(i == x or j == y for x, y in here)
                        and self._rewritten_here(i, j, placed)
                        and (opening is True or opening(i, j))
                    ):
                        here.append((i, j))
            # A notice of repeal says which article it is, whatever the others read like.
            notices = [(i, j) for i, j in here if self._repeal_notice(i, j)]
            rest = [k for k in here if k not in notices]
            noticed_old, noticed_new = {i for i, _ in notices}, {j for _, j in notices}
            if rest and self._namesakes_outread(
                rest,
                [i for i in olds if i not in noticed_old],
                [j for j in news if j not in noticed_new],
            ):  # those that share next to nothing are no pairs; one that does still is
                rest = [(i, j) for i, j in rest if self.score(i, j) >= NAMESAKE_KEPT]
            found.extend(sorted([*notices, *rest]))
        return self._paired_for_review(groups, found)

    def _opens_alike(self, i: int, j: int) -> bool:
        """Whether two articles open with the same two words, past a paragraph's number
        ("Organizarea serviciilor prevăzute…" and "(1) Organizarea serviciilor…"): in a
        text renumbered in part, where an article struck out and another put in under
        its number look the same from their places, what a rewritten article keeps."""
        first = [_opening_words(self.old_bodies[i]), _opening_words(self.new_bodies[j])]
        return len(first[0]) == OPENING_WORDS and first[0] == first[1]

    def _repeal_notice(self, i: int, j: int) -> bool:
        return notice_holds_place(self.old_bodies[i], self.new_bodies[j])

    def _namesakes_outread(
        self, namesakes: list[tuple[int, int]], olds: list[int], news: list[int]
    ) -> bool:
        """Whether the articles of a gap read, kept in order, far more like other
        articles there than like their namesakes (``NAMESAKES_OUTREAD``): the text kept
        its numbers up to this place and renumbered after it (a convention whose last
        articles moved down by two when two were put in before them), and the
        namesakes are articles on other matters that only took the numbers."""
        own = math.fsum(self.score(i, j) for i, j in namesakes)
        best = _ordered_best([[self.score(i, j) for j in news] for i in olds])
        return best > NAMESAKES_OUTREAD * own + 0.05 * len(namesakes)

    def _rewritten_here(self, i: int, j: int, placed: bool) -> bool:
        """Whether an article and its namesake of the same gap are one article
        rewritten: its place in the gap (``placed``) or a title word they share says
        so ("§ 386" with "§ 385¹" put in before it and "§ 389¹" after); its names, or
        that word, say it is on the same matter (names read from sentences that open
        with capitals set "Uurija või prokuröri…" and "Prokuröri poolt…" apart); and
        two titles that share no word ("Arbitration", "Frontier workers") say it is
        an article struck out and another put in its place. Names told apart by one
        word beside them are outweighed by a score that stands out of chance."""
        old, new = self._title_stems(i, j)
        alike = bool(old & new)
        apart = bool(old) and bool(new) and not alike
        return (
            (placed or alike)
            and not apart
            and (alike or self._alike_named(i, j, lambda: self.stands_out(i, j)))
        )

    def _pair_same_titled_in_place(self, groups: list[Group]) -> list[Group]:
        """The only open article of each text between two pairs, both under the same
        title of a few words that no other article has ("Procedure for research
        data"), is that article rewritten, whatever its number now: its place and its
        title speak for it, its words do not. Offered for review, as a pair under a
        kept number is."""
        candidates = []
        for i, j in self._sole_articles(groups):
            title = self._own_title(0, i)
            # one word is enough under one number ("5. Gewährleistung" in both)
            few = len(title.split()) < SAME_TITLE_WORDS and not self._same_label(i, j)
            if title and not few and title == self._own_title(1, j):
                candidates.append((i, j, title))
        candidates.extend(self._same_named_sections(groups))
        if not candidates:
            return groups
        # A title many articles share ("Obligations of the Parties") names none of them.
        counts = self._title_counts()
        found = [(i, j) for i, j, t in candidates if counts[0][t] == counts[1][t] == 1]
        return self._paired_for_review(groups, found)

    def _pair_namesakes_by_title(self, groups: list[Group]) -> list[Group]:
        """An open article of each text between the same two pairs, under the same label
        and at the same place there (as many open articles before it, or after it, in
        both texts), whose titles share more than half of the shorter one's words, one
        of them a word that no other title of either text has ("I. Additional Terms for
        GitHub Pages and Learning Lab", "I. GitHub Additional Product Terms"), is that
        article recast, however little of its wording stayed (its matter moved to a
        text of its own that it now points to). Offered for review, as a pair under a
        kept number is: its place, label and title speak for it, its words do not."""
        titles = [
            [
                {w for w in _WORD_RE.findall(self._own_title(side, k)) if len(w) >= TITLE_WORD}
                for k in range(len(segs))
            ]
            for side, segs in enumerate((self.old_segs, self.new_segs))
        ]
        counts = Counter(w for side in titles for words in side for w in words)
        found = []
        for olds, news in self._gaps(self._open_after(groups, unlinked=True), NAMED_GAP_MOST):
            for a, i in enumerate(olds):
                for b, j in enumerate(news):
                    placed = a == b or len(olds) - a == len(news) - b
                    if not placed or not self._same_label(i, j):
                        continue
                    shared = titles[0][i] & titles[1][j]
                    most = 2 * len(shared) > min(len(titles[0][i]), len(titles[1][j]))
                    own = any(counts[w] == 2 for w in shared)
                    if most and own and self.allowed(i, j):
                        found.append((i, j))
        return self._paired_for_review(groups, found)

    def _pair_expanded_under_title(self, groups: list[Group]) -> list[Group]:
        """An open article held far beyond chance (``EXPANDED_Z``) by the only open
        article between the same two pairs of the other text whose title keeps every
        word of its own ("Composició", now "Composició de la Junta Directiva"): that
        article grown around its old text, which the gaps' stages, asking that each
        hold the other, let go. Offered for review: its title and its old text speak
        for it, the new text around it does not."""
        found: list[tuple[int, int]] = []
        for olds, news in self._gaps(self._open_after(groups, unlinked=True), NAMED_GAP_MOST):
            for i in olds:
                homes = [
                    j
                    for j in news
                    if (stems := self._title_stems(i, j))[0]
                    and stems[0] <= stems[1]
                    and self.allowed(i, j)
                ]
                if (
                    len(homes) == 1
                    and all(j != homes[0] for _, j in found)
                    and held_standing(self, olds, news, i, homes[0]) >= EXPANDED_Z
                ):
                    found.append((i, homes[0]))
        return self._paired_for_review(groups, found)

    def _pair_held_under_kept_number(self, groups: list[Group]) -> list[Group]:
        """The only open article of each text between two pairs that kept their
        numbers, under one number, one of them held far beyond chance (``EXPANDED_Z``)
        by the other: that article grown around its old text, or cut down to part of
        it (a list of the conventions superseded, now a sentence that refers to a list
        kept elsewhere), its number and place standing for the title of
        ``_pair_expanded_under_title``. Names told apart by one word beside them do
        not part two articles held so; two titles that share no word do ("§ 5
        Revision" struck out, "§ 5 Überweisung" put in its place, the two sharing the
        law's stock words). Offered for review, as those pairs are."""
        found: list[tuple[int, int]] = []
        chain_new, chain_old = self._chain()
        for i, j in self._sole_articles(groups):
            k = bisect_left(chain_old, i)
            titles = self._title_stems(i, j)
            if not (
                0 < k < len(chain_old)
                and not (all(titles) and titles[0].isdisjoint(titles[1]))
                and self._same_label(i, j)
                and self._same_label(chain_old[k - 1], chain_new[k - 1])
                and self._same_label(chain_old[k], chain_new[k])
            ):
                continue
            held = max(held_standing(self, [i], [j], i, j), held_back(self, i, j))
            if held >= EXPANDED_Z and self._alike_named(i, j, lambda: True):
                found.append((i, j))
        return self._paired_for_review(groups, found)

    def _namesakes_out_of_splits(self, groups: list[Group]) -> list[Group]:
        """A part of a split (or merge) that prints, word for word, the title of an
        open article of the other text (a title that no other unit of either text has)
        is that article rewritten: "Quorum", one of the older text's paragraphs moved
        into it, had been read as a part of "Standard Voting Procedure", and the older
        "Quorum" as struck out. Offered for review, as the other pairs by title are."""
        open_ = self._open_after(groups, unlinked=True)
        if not open_[0] and not open_[1]:
            return groups
        counts = self._title_counts()
        titled = [{self._own_title(side, k): k for k in ks} for side, ks in enumerate(open_)]
        found: list[tuple[int, int]] = []
        out: list[Group] = []
        for olds, news, core, score in groups:
            members = [olds, news]
            for side in (0, 1):
                if len(members[side]) < 2:
                    continue
                keep = []
                for k in members[side]:
                    other = self._open_namesake(side, k, titled[1 - side], counts)
                    taken = {f[1 - side] for f in found}  # the other text's articles taken
                    if other is None or other in taken:
                        keep.append(k)
                        continue
                    pair = (k, other) if side == 0 else (other, k)
                    if self.allowed(*pair):
                        found.append(pair)
                    else:
                        keep.append(k)
                members[side] = tuple(keep)
            if members[0] == olds and members[1] == news:
                out.append((olds, news, core, score))
                continue
            i, j = core
            if i not in members[0] or j not in members[1]:  # the core was taken out
                i, j = members[0][0], members[1][0]
                self._take(i, j)
            out.append((tuple(members[0]), tuple(members[1]), (i, j), score))
        return self._paired_for_review(out, found) if found else groups

    def _open_namesake(
        self, side: int, k: int, titled: dict[str, int], counts: tuple[Counter[str], Counter[str]]
    ) -> int | None:
        """The open section of the other text named by the same heading as section ``k``
        of text ``side``, a heading that no other unit of either text has; sections
        named by their headings only (numbered articles have their numbers to go by)."""
        segs = self.new_segs if side else self.old_segs
        if segs[k].kind is not SegmentKind.HEADING:
            return None
        title = self._own_title(side, k)
        other = titled.get(title) if title else None
        if other is None or counts[0][title] != 1 or counts[1][title] != 1:
            return None
        theirs = self.old_segs if side else self.new_segs
        return other if theirs[other].kind is SegmentKind.HEADING else None

    def _pair_kin_headings(self, groups: list[Group]) -> list[Group]:
        """Open sections named by a heading alone whose headings share most of the
        shorter one's words ("Cuentas de Mozilla", "Para proporcionar cuentas de
        Mozilla"; "Information we collect from third parties", "From Third Parties"),
        one of them a word no other heading of either text has: the section renamed
        as the policy was recast and its parts put in another order, however little of
        its wording stayed. Offered for review, as a pair under a kept number is."""
        olds, news = self._open_after(groups, unlinked=True)
        heads = [
            {i: h for i in olds if (h := self._heading_stems(0, i))},
            {j: h for j in news if (h := self._heading_stems(1, j))},
        ]
        if not heads[0] or not heads[1]:
            return groups
        counts = Counter(
            w
            for side, segs in enumerate((self.old_segs, self.new_segs))
            for k in range(len(segs))
            for w in self._heading_stems(side, k)
        )
        # A word only one open heading of each text has links those two: found through
        # the words, not by trying every two headings (a long text has thousands).
        owners: dict[str, list[tuple[int, int]]] = {}
        for side, group in enumerate(heads):
            for k, words in group.items():
                for w in words:
                    if counts[w] == 2:
                        owners.setdefault(w, []).append((side, k))
        linked = {
            (who[0][1], who[1][1])
            for who in owners.values()
            if len(who) == 2 and who[0][0] == 0 and who[1][0] == 1
        }
        kin = [
            (i, j)
            for i, j in sorted(linked)
            if KIN_SHARE * min(len(heads[0][i]), len(heads[1][j])) <= len(heads[0][i] & heads[1][j])
        ]
        olds_of = Counter(i for i, _ in kin)
        news_of = Counter(j for _, j in kin)
        found = [(i, j) for i, j in kin if olds_of[i] == news_of[j] == 1 and self.allowed(i, j)]
        return self._paired_for_review(groups, found)

    def _pair_same_titled_apart(self, groups: list[Group]) -> list[Group]:
        """An open unit of each text under the same title of two words or more, which
        no other unit of either text has, is that unit wherever it stands and however
        it is numbered or headed ("Security Considerations", unnumbered after the
        appendices of one version of a standard and section 11 of the next), where its
        words read alike beyond chance. Titles of one part of a standard's back matter
        count as one, of one word too ("7. Editor's Address", then "Author's Address").
        Offered for review, as a pair under a kept number is: its title speaks for it."""
        olds, news = self._open_after(groups, unlinked=True)
        open_new = {self._title_key(t): j for j in news if (t := self._own_title(1, j))}
        beside = _beside_one_pair(groups)
        candidates = [
            (i, open_new[key], key)
            for i in olds
            if (key := self._title_key(self._own_title(0, i))) in open_new
            and (
                len(key.split()) >= SAME_TITLE_WORDS
                or key.startswith(BACK_MATTER_KEY)
                or beside(i, open_new[key])
            )
        ]
        if not candidates:  # (most comparisons: no title of every unit is read then)
            return groups
        counts = [Counter[str](), Counter[str]()]
        for side, titles in enumerate(self._title_counts()):
            for title, n in titles.items():
                counts[side][self._title_key(title)] += n
        # ...and their words read alike beyond what each reads like against every
        # article: a struck "Scope" and a new "Scope" of one template did not. A unit
        # one text numbers and the other heads by its title alone has no number to
        # follow: there the title is what names it, its words need only meet.
        found = [
            (i, j)
            for i, j, key in candidates
            if counts[0][key] == counts[1][key] == 1
            and self._titled_alike(i, j)
            and (
                self.adjusted(i, j, self.score(i, j)) >= TITLED_LEAST
                or (
                    len(key.split()) >= SAME_TITLE_WORDS
                    and self.adjusted(i, j, self.score(i, j)) >= TITLED_BEST_LEAST
                    and self._best_of_each_other(i, j)
                )
                or (self._numbered_on_one_side(i, j) and self.score(i, j) > 0)
                or (beside(i, j) and self.score(i, j) > 0)
            )
        ]
        return self._paired_for_review(groups, found)

    def _best_of_each_other(self, i: int, j: int) -> bool:
        """Whether two units read more like each other, less what each reads like
        against everything, than either reads like any other unit of the other text."""
        mine = self.adjusted(i, j, self.score(i, j))
        return all(
            self.adjusted(i, k, self.score(i, k)) < mine
            for k in range(len(self.new_segs))
            if k != j
        ) and all(
            self.adjusted(k, j, self.score(k, j)) < mine
            for k in range(len(self.old_segs))
            if k != i
        )

    def _numbered_on_one_side(self, i: int, j: int) -> bool:
        """Whether one of two units is numbered and the other is not ("10. Security
        Considerations" where the older version set "Security Considerations" after
        its appendices)."""
        return (self.old_segs[i].number is None) != (self.new_segs[j].number is None)

    @staticmethod
    def _title_key(title: str) -> str:
        """A title as the same-title stage matches it (``back_matter_part``)."""
        part = back_matter_part(title)
        return BACK_MATTER_KEY + part if part else title

    def _title_counts(self) -> tuple[Counter[str], Counter[str]]:
        """How many units of each text have each title, read once for the stages that
        ask (every unit's title, in a long text, is a measurable share of the time)."""
        if self._counted_titles is None:
            self._counted_titles = (
                Counter(self._own_title(0, k) for k in range(len(self.old_segs))),
                Counter(self._own_title(1, k) for k in range(len(self.new_segs))),
            )
        return self._counted_titles

    def _titled_alike(self, i: int, j: int) -> bool:
        """``allowed``, also between an article, an appendix and a section named by its
        heading: the same title makes them one unit, however each text heads it."""
        kinds = (self.groups[0][i], self.groups[1][j])
        return (i, j) not in self.forbidden and all(k in TITLED_GROUPS for k in kinds)

    def _heading_stems(self, side: int, k: int) -> frozenset[str]:
        """The stems of the words of a section's heading that say which it is (none
        for an article headed by its number)."""
        if (self.new_segs if side else self.old_segs)[k].kind is not SegmentKind.HEADING:
            return frozenset()
        words = [w for w in _WORD_RE.findall(self._own_title(side, k)) if len(w) >= TITLE_WORD]
        stems = (self.new_vecs if side else self.old_vecs).stems
        stems.learn(words)
        return frozenset(stems.cache[w] for w in words)

    def _pair_same_numbered_runs(self, groups: list[Group]) -> list[Group]:
        """A gap holding the same numbers in the same order in both texts, two or more
        open articles of each, each reading clearly more like its namesake than like
        any other article of the gap: the articles edited where they stand, in a text
        too short (or too much rewritten) for chance to be measured on it. Offered
        for review, as a pair under a kept number is."""
        found: list[tuple[int, int]] = []
        open_ = self._open_after(groups, unlinked=True)
        for olds, news in self._gaps(open_, SAME_NUMBERED_MOST):
            if len(olds) != len(news) or len(olds) < 2:
                continue
            if not all(map(self._same_label, olds, news)):
                continue
            shared = {
                (i, j): overlap(self.plain.old(i), self.plain.new(j)) for i in olds for j in news
            }
            if all(self._clearly_namesakes(shared, i, j) for i, j in zip(olds, news, strict=True)):
                found.extend(zip(olds, news, strict=True))
        return self._paired_for_review(groups, found)

    def _pair_bare_headings_by_number(self, groups: list[Group]) -> list[Group]:
        """A heading with no text under it ("## 9. Staff") and the one heading of the
        other text opening with its number in the same gap ("## 9. Core Team"), offered
        for review: a bare heading has no words to pair by, only its number and place
        (a society's bylaws renamed two of their ten sections, both left removed and
        added between sections paired on either side). Two bare lines of the same
        words there pair too (a constitution's "부칙", supplementary provisions, over
        each amendment's own)."""
        found: list[tuple[int, int]] = []
        open_ = self._open_after(groups, unlinked=True)
        for olds, news in self._gaps(open_, NAMED_GAP_MOST):
            for keyed in (self._headings_by_opening_number, self._bare_by_name):
                by_key_new = keyed(1, news)
                for key, here in keyed(0, olds).items():
                    there = by_key_new.get(key, [])
                    if len(here) != 1 or len(there) != 1:
                        continue
                    i, j = here[0], there[0]
                    bare = not (self.old_bodies[i].strip() and self.new_bodies[j].strip())
                    if bare and self.allowed(i, j) and (i, j) not in self.forbidden:
                        found.append((i, j))
        return self._bare_headings_folded(self._paired_for_review(groups, found))

    def _bare_by_name(self, side: int, ks: list[int]) -> dict[str, list[int]]:
        """The units among ``ks`` with no text under their heading, by its words."""
        segs = self.new_segs if side else self.old_segs
        bodies = self.new_bodies if side else self.old_bodies
        out: dict[str, list[int]] = {}
        for k in ks:
            if not bodies[k].strip() and segs[k].kind is not SegmentKind.PREAMBLE:
                out.setdefault(fold(segs[k].heading or segs[k].label), []).append(k)
        return out

    def _bare_headings_folded(self, groups: list[Group]) -> list[Group]:
        """A bare heading still open whose next article is paired alone with the
        other text's heading of its number joins that pair: the section's only
        subsection was folded into the section ("3. Membership" over "Eligibility"
        became "3. Membership" with the subsection's text under it), or unfolded."""
        open_old, open_new = map(set, self._open_after(groups, unlinked=True))
        out: list[Group] = []
        for group in groups:
            olds, news, core, joined = group
            if len(olds) == len(news) == 1:
                i, j = olds[0], news[0]
                if i - 1 in open_old and self._bare_namesake(0, i - 1, 1, j):
                    open_old.discard(i - 1)
                    group = ((i - 1, i), news, core, joined)
                elif j - 1 in open_new and self._bare_namesake(1, j - 1, 0, i):
                    open_new.discard(j - 1)
                    group = (olds, (j - 1, j), core, joined)
            out.append(group)
        return out

    def _bare_namesake(self, side: int, k: int, other: int, m: int) -> bool:
        """Whether ``k`` of one text is a bare heading opening with the number the
        heading ``m`` of the other text opens with."""
        number = self._opening_number(side, k)
        return (
            number is not None
            and not (self.new_bodies if side else self.old_bodies)[k].strip()
            and number == self._opening_number(other, m)
            and self.allowed(*((k, m) if side == 0 else (m, k)))
        )

    def _headings_by_opening_number(self, side: int, ks: list[int]) -> dict[str, list[int]]:
        """The sections among ``ks`` named by a heading that opens with a number
        ("8. Committees"), by that number."""
        out: dict[str, list[int]] = {}
        for k in ks:
            if (number := self._opening_number(side, k)) is not None:
                out.setdefault(number, []).append(k)
        return out

    def _opening_number(self, side: int, k: int) -> str | None:
        """The number a section named by its heading opens with ("8" of "8. Committees")."""
        seg = (self.new_segs if side else self.old_segs)[k]
        opens = _OPENING_NUMBER_RE.match(seg.label)
        return opens[0].strip(" \t.)") if seg.kind is SegmentKind.HEADING and opens else None

    def _pair_alone_by_matter(self, groups: list[Group]) -> list[Group]:
        """The only open article of each text between two pairs, paired when each
        holds the other's matter above chance and both keep their words' order: an
        article rewritten by half where it stood. One try, where a wide gap gives
        chance many, so a lower bar than the gaps' own; confidence from the standing."""
        found = []
        for i, j in self._sole_articles(groups):
            if not self._alike_named(i, j):
                continue
            standing = alone_standing(self, i, j)
            if standing >= ALONE_MATTER_Z and self._kept_in_order(i, j) >= ALONE_KEPT:
                found.append((i, j, standing))
        for i, j, standing in found:
            self._take(i, j)
            self.fixed_confidence[(i, j)] = alone_confidence(standing)
        more: list[Group] = [((i,), (j,), (i, j), float("inf")) for i, j, _ in found]
        return sorted([*groups, *more], key=lambda g: g[2]) if more else groups

    def _kept_in_order(self, i: int, j: int) -> float:
        return self._running().kept(i, j)

    def _running(self) -> Running:
        if self.running is None:
            self.running = Running(self.old_bodies, self.new_bodies)
        return self.running

    def _clearly_namesakes(self, shared: dict[tuple[int, int], float], i: int, j: int) -> bool:
        """Whether old ``i`` and new ``j`` share ``IN_PLACE_FLOOR`` of their words and
        ``SAME_NUMBERED_MARGIN`` more than either shares with another of ``shared``."""
        value = shared[(i, j)]
        rivals = [v for (x, y), v in shared.items() if (x == i) != (y == j)]
        ahead = all(value >= v + SAME_NUMBERED_MARGIN for v in rivals)
        floor = TITLED_FLOOR if self._titles_share_a_word(i, j) else IN_PLACE_FLOOR
        return value >= floor and ahead and self.allowed(i, j)

    def _titles_share_a_word(self, i: int, j: int) -> bool:
        """Whether the two articles' titles share a word of some length ("§ 1 Beratung",
        "§ 1 Erlaubnis zur Beratung"): a title kept in part says which article a
        rewritten one was."""
        words = [
            {w for w in _WORD_RE.findall(fold(unit_title(text, seg))) if len(w) >= TITLE_WORD}
            for text, seg in ((self.texts[0], self.old_segs[i]), (self.texts[1], self.new_segs[j]))
        ]
        return bool(words[0] & words[1])

    def _sole_articles(self, groups: list[Group]) -> list[tuple[int, int]]:
        """(old, new) for each gap between two pairs holding one open article of each
        text, both articles or both sections named by a heading (the last rules read a
        rewritten article there)."""
        out = []
        for olds, news in self._gaps(self._open_after(groups, unlinked=True), 1):
            i, j = olds[0], news[0]
            kind = self.old_segs[i].kind
            if kind in _SOLE_KINDS and self.new_segs[j].kind is kind:
                out.append((i, j))
        return out

    def _same_named_sections(self, groups: list[Group]) -> list[tuple[int, int, str]]:
        """(old, new, name) for sections named by a heading alone ("## Enforcement")
        that stand open between the same two pairs under the same name: one word is
        enough, the heading is the section's name (an article's title of one word,
        "Scope", heads too many articles to tell one)."""
        out = []
        for olds, news in self._gaps(self._open_after(groups, unlinked=True), NAMED_GAP_MOST):
            named = {
                j: self._own_title(1, j)
                for j in news
                if self.new_segs[j].kind is SegmentKind.HEADING
            }
            for i in olds:
                if self.old_segs[i].kind is not SegmentKind.HEADING:
                    continue
                name = self._own_title(0, i)
                same = [j for j, title in named.items() if title == name]
                if name and len(same) == 1:
                    out.append((i, same[0], name))
        return out

    def _own_title(self, side: int, k: int) -> str:
        """An article's title folded; a section named by its heading, that heading."""
        found = self.titles[side].get(k)
        if found is None:
            found = self.titles[side][k] = self._read_title(side, k)
        return found

    def _read_title(self, side: int, k: int) -> str:
        seg = (self.new_segs if side else self.old_segs)[k]
        if seg.kind is SegmentKind.HEADING:  # "Complaints#2": the second so headed
            # "Ihre Rechte und Optionen:" is still the section "Ihre Rechte und Optionen"
            return fold(_REPEAT_MARK.sub("", seg.label)).rstrip(" .:;")
        return fold(_caption(self.texts[side], seg)).translate(_APOSTROPHES)

    def _paired_for_review(self, groups: list[Group], found: list[tuple[int, int]]) -> list[Group]:
        """``groups`` with the pairs ``found`` taken at ``KEPT_NUMBER_CONFIDENCE``, below
        the review threshold: their place speaks for them, their words do not; unless
        one of them is a notice of repeal (or of a place kept free), which says it is
        that article (the generated held-out texts found 90% of such pairs at 0.6 right)."""
        found = list(dict.fromkeys(found))  # a pair two rules found is one pair
        if not found:
            return groups
        for i, j in found:
            self._take(i, j)
            if self._repeal_notice(i, j):
                self.fixed_confidence[(i, j)] = REPEALED
            elif self._same_bare_heading(i, j):
                self.fixed_confidence[(i, j)] = IN_PLACE_CONFIDENCE
            else:
                self.fixed_confidence[(i, j)] = KEPT_NUMBER_CONFIDENCE
        more: list[Group] = [((i,), (j,), (i, j), float("inf")) for i, j in found]
        return sorted([*groups, *more], key=lambda g: g[2])

    def _title_stems(self, i: int, j: int) -> tuple[set[str], set[str]]:
        """The opening letters of the words of each article's title ("Terrorism" and
        "Terrorikuritegu" share theirs: a title recast as a compound keeps its stem);
        a title too long to be read as one ("§ 386. Maksude … väärarvestus", past 80
        letters) is its heading's line, whose number has no letters."""
        old, new = (
            _title_stem_set((_caption(text, seg) or _heading_line(text, seg)).casefold())
            for text, seg in zip(self.texts, (self.old_segs[i], self.new_segs[j]), strict=True)
        )
        return old, new

    def _standing(self, i: int, j: int) -> float:
        """How many spreads the pair's score lies above random pairs."""
        return self.background.z(self.adjusted(i, j, self.score(i, j)))

    def _place_over_moves(self, groups: list[Group]) -> list[Group]:
        """A pair that moves an article gives way to the only open article of the
        other text where the article stood, when that one reads as much like it
        (``place_wins``): its place speaks for it, and the far one is then added."""
        chain_new, chain_old = self._chain()
        on_chain = set(zip(chain_old, chain_new, strict=True))
        in_gap = self._by_gap(self._open_after(groups, unlinked=True)[1], chain_new)
        linked = self._reader_linked()[0]
        out = []
        for group in groups:
            olds, news, core, _ = group
            if len(olds) != 1 or len(news) != 1 or core in on_chain or olds[0] in linked:
                out.append(group)
                continue
            i, far = core
            there = in_gap.get(bisect_left(chain_old, i), [])
            here = there[0] if len(there) == 1 else None
            if here in self.new_partner:  # given to a move of the same gap already
                here = None
            z = None if here is None else place_wins(self.plain, i, far, here)
            if here is None or z is None or not self._alike_named(i, here):
                out.append(group)
                continue
            out.append(self._given_way(core, here, sole_confidence(z)))
        return sorted(out, key=lambda g: g[2])

    def _given_way(self, core: tuple[int, int], here: int, confidence: float) -> Group:
        """The old article of pair ``core`` paired with new article ``here`` instead, at
        ``confidence``; its partner before is open again."""
        i, far = core
        del self.new_partner[far]
        self.fixed_confidence.pop(core, None)
        self._take(i, here)
        self.fixed_confidence[(i, here)] = confidence
        return ((i,), (here,), (i, here), float("inf"))

    def _join_stranded(self, groups: list[Group]) -> list[Group]:
        """Open articles next to a pair that hold what its counterpart leaves
        unexplained join it as a split or merged part (``stranded_parts``)."""
        open_olds, open_news = self._open_after(groups, unlinked=True)
        open_ = (set(open_olds), set(open_news))
        members = [(olds, news) for olds, news, _, _ in groups]
        found = stranded_parts(self.plain, members, open_, self._alike_named)
        if not found:
            return groups
        out = list(groups)
        for g, side, k, z in found:
            olds, news, core, joined = out[g]
            if side:
                news = tuple(sorted((*news, k)))
            else:
                olds = tuple(sorted((*olds, k)))
            out[g] = (olds, news, core, joined)
            self.stranded[core] = min(z, self.stranded.get(core, z))
        return out

    def _alone_between(self, open_: tuple[list[int], list[int]]) -> set[tuple[int, int]]:
        """Pairs of the only open article of either text between two consecutive
        pairs of the order-keeping chain (``open_``: each text's open articles, in order)."""
        return {(olds[0], news[0]) for olds, news in self._gaps(open_, 1)}

    def _gaps(
        self, open_: tuple[list[int], list[int]], most: int
    ) -> list[tuple[list[int], list[int]]]:
        """The open articles of each text between two consecutive pairs of the
        order-keeping chain, where both texts have one to ``most`` of them there."""
        chain_new, chain_old = self._chain()
        olds, news = self._by_gap(open_[0], chain_old), self._by_gap(open_[1], chain_new)
        return [
            (olds[k], news[k])
            for k in sorted(olds.keys() & news.keys())
            if len(olds[k]) <= most and len(news[k]) <= most
        ]

    def _gaps_kept_around(
        self, open_: tuple[list[int], list[int]], most: int
    ) -> list[tuple[list[int], list[int], bool, bool]]:
        """``_gaps``, each with whether the two pairs before it, and the two after it,
        carry the same number in both texts (a run of kept numbers: one such pair
        alone may be a number that came round again in a renumbered text)."""
        chain_new, chain_old = self._chain()
        olds, news = self._by_gap(open_[0], chain_old), self._by_gap(open_[1], chain_new)

        def kept(ks: range) -> bool:
            inside = [k for k in ks if 0 <= k < len(chain_old)]
            return len(inside) == 2 and all(
                self._same_label(chain_old[k], chain_new[k]) for k in inside
            )

        return [
            (olds[k], news[k], kept(range(k - 2, k)), kept(range(k, k + 2)))
            for k in sorted(olds.keys() & news.keys())
            if len(olds[k]) <= most and len(news[k]) <= most
        ]

    @staticmethod
    def _by_gap(articles: list[int], chain: list[int]) -> dict[int, list[int]]:
        """``articles`` (of one text, none on the chain, in order) by the gap of the
        order-keeping chain they stand in: gap k lies between its pairs k - 1 and k."""
        out: dict[int, list[int]] = {}
        for k in articles:
            out.setdefault(bisect_left(chain, k), []).append(k)
        return out

    def _join_far_parts(
        self,
        groups: list[Group],
        words: tuple[Callable[[int], list[str]], Callable[[int], list[str]]],
        open_: tuple[list[int], list[int]],
    ) -> list[Group]:
        """Open articles that are the rest of a pair's counterpart, wherever they
        stand, join that pair as a split or merged part (``far_parts``)."""
        features = (self.old_vecs.features, self.new_vecs.features)
        paired = [(g[0], g[1]) for g in groups]
        bodies = (self.old_bodies, self.new_bodies)
        more = remainder_pairs(bodies, open_, paired)
        splits, merges = far_parts(words, open_, paired, self.scores, features, more)
        if splits or merges:
            splits, merges = self._near_parts_only(groups, splits, merges)
        if not splits and not merges:
            return groups
        out: list[Group] = []
        for olds, news, core, joined in groups:
            more_new = tuple(j for j, i in splits.items() if olds == (i,))
            more_old = tuple(i for i, j in merges.items() if news == (j,))
            if more_new or more_old:
                olds = tuple(sorted((*olds, *more_old)))
                news = tuple(sorted((*news, *more_new)))
                joined = min(joined, FAR_PART_STANDING)
            out.append((olds, news, core, joined))
        return out

    # -- stage 5 and result ----------------------------------------------------
    def run(self) -> Alignment:
        # The stages make millions of small objects and hardly any reference cycles:
        # automatic collection would walk all of them again and again for nothing.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return self._run()
        finally:
            forget_samples()
            forget_pairs()
            forget_readings()
            if collecting:
                gc.enable()

    def _run(self) -> Alignment:
        check(self.should_stop, 0, STAGES)
        self._pair_given()
        check(self.should_stop, PAIRED_GIVEN, STAGES)
        old_open, new_open = self._open()
        self._measure(old_open, new_open)
        check(self.should_stop, RETRIEVED, STAGES)
        self.forced = [
            Link(lk.old, lk.new, round(self.score_many(lk.old, lk.new), 4), 1.0, "reader")
            for lk in self.forced
        ]
        self._place_pairs()
        self._namesakes_over_twins()
        self._title_namesakes_over_numbers()
        # Before the gaps are read between them: copies paired off their numbers
        # leave their own places open, and the gaps between them run long.
        self._copies_keep_numbers(
            [((i,), (j,), (i, j), math.inf) for i, j in sorted(self.old_partner.items())]
        )
        check(self.should_stop, PLACED, STAGES)
        # A closing with none across from it is left out of the chance measures and
        # the anchors; from here on it may pair with an article by the matter it holds.
        self.groups = kind_groups(self.old_segs, self.new_segs, lone_closing=True)
        joined = self._pair_gaps()
        check(self.should_stop, GAPS_PAIRED, STAGES)
        groups = attach_leftovers(
            self, joined, part(self.should_stop, GAPS_PAIRED, ATTACHED, STAGES)
        )
        groups = self._pair_listed_annexes(groups)
        groups = self._pair_by_names(groups)
        groups = self._pair_unpaired(groups)
        groups = self._pair_sole(groups)
        groups = self._pair_under_kept_numbers(groups)
        groups = self._pair_same_titled_in_place(groups)
        groups = self._pair_namesakes_by_title(groups)
        groups = self._pair_expanded_under_title(groups)
        groups = self._pair_held_under_kept_number(groups)
        groups = self._namesakes_out_of_splits(groups)
        groups = self._pair_kin_headings(groups)
        groups = self._pair_same_titled_apart(groups)
        groups = self._pair_same_numbered_runs(groups)
        groups = self._pair_bare_headings_by_number(groups)
        groups = self._pair_alone_by_matter(groups)
        groups = self._bare_stubs_keep_their_articles(groups)
        groups = self._namesake_blocks_apart(groups)
        groups = self._moved_paragraph_blocks_apart(groups)
        check(self.should_stop, ATTACHED, STAGES)
        self._forget()
        return self._collect(groups)

    def _bare_stubs_keep_their_articles(self, groups: list[Group]) -> list[Group]:
        """An article whose number the later text keeps over nothing at all (as a
        consolidated text prints a repealed section: "§ 123." alone, or "82.2.
        Vervallen.", lapsed) was repealed there: it is not paired with an article of
        another number that only reads somewhat like it ("§ 126²", another offence
        fined in the same words; a rule of fees broadened as "82quater"), unless it
        reads nearly the same (its text moved under the new number). Nor is an article
        that a merge took in when every article of the merge keeps its number over a
        stub: the later text says each was repealed, and the merge was a chance match
        of formulas ("252" and "253" read as one "252C" put in between their notices)."""
        stubs: dict[str, list[int]] = {}
        for j in self._open_after(groups, unlinked=True)[1]:
            seg = self.new_segs[j]
            body = self.new_bodies[j]
            if seg.kind is SegmentKind.ARTICLE and (not body.strip() or is_repeal_notice(body)):
                stubs.setdefault(seg.label.casefold(), []).append(j)
        if not stubs:
            return groups
        linked = self._reader_linked()[0]
        out: list[Group] = []
        for group in groups:
            olds, news, core, _ = group
            i, far = core
            here = stubs.get(self.old_segs[i].label.casefold(), [])
            if (
                len(news) == 1
                and (len(olds) == 1 or all(self._has_stub(stubs, k) for k in olds))
                and len(here) == 1
                and i not in linked
                and self.old_bodies[i].strip()
                and not self._same_label(i, far)
                and self.score(i, far) < STUB_KEPT_BELOW
                and self.allowed(i, here[0])
            ):
                out.append(self._given_way(core, here.pop(), REPEALED))
                continue
            out.append(group)
        return sorted(out, key=lambda g: g[2])

    def _label_counts(self) -> tuple[Counter[str], Counter[str]]:
        """How often each label (case folded) stands in each text; read once."""
        if self._labels is None:
            self._labels = (
                Counter(s.label.casefold() for s in self.old_segs),
                Counter(s.label.casefold() for s in self.new_segs),
            )
        return self._labels

    def _keeps_numbers(self) -> bool:
        """Whether most pairs kept in order carry the same number in both texts (a
        text amended in place)."""
        chain_new, chain_old = self._chain()
        kept = sum(map(self._same_label, chain_old, chain_new))
        return len(chain_old) >= KEPT_NUMBERS_MIN and kept >= KEPT_NUMBERS_SHARE * len(chain_old)

    def _near_parts_only(
        self, groups: list[Group], splits: dict[int, int], merges: dict[int, int]
    ) -> tuple[dict[int, int], dict[int, int]]:
        """In a text that keeps its numbers, a far part whose number the other text
        does not print, with an article paired to its namesake between it and the
        rest of its group, was put in there, not cut out of that article: "35 -> 35 +
        466 bis", a paragraph of Article 35 moved elsewhere and a new Article 466 bis
        worded in the same formula. Such a part is left added (or removed); one numbered
        after its article ("158 ter" beyond an older "158 bis") stays."""
        if not self._keeps_numbers():
            return splits, merges
        same = [g[2] for g in groups if len(g[0]) == len(g[1]) == 1 and self._same_label(*g[2])]
        kept = (sorted(i for i, _ in same), sorted(j for _, j in same))
        labels = self._label_counts()
        news_of = {g[0][0]: g[1] for g in groups if len(g[0]) == 1}
        olds_of = {g[1][0]: g[0] for g in groups if len(g[1]) == 1}
        splits = {
            j: i
            for j, i in splits.items()
            if self.new_segs[j].label.casefold() in labels[0]
            or _numbered_after(self.new_segs[j].label, self.old_segs[i].label)
            or not self._kept_between(kept[1], j, news_of.get(i, ()))
        }
        merges = {
            i: j
            for i, j in merges.items()
            if self.old_segs[i].label.casefold() in labels[1]
            or _numbered_after(self.old_segs[i].label, self.new_segs[j].label)
            or not self._kept_between(kept[0], i, olds_of.get(j, ()))
        }
        return splits, merges

    @staticmethod
    def _kept_between(kept: list[int], k: int, others: Sequence[int]) -> bool:
        """Whether an article of ``kept`` lies between ``k`` and the nearest of ``others``."""
        if not others:
            return False
        near = min(others, key=lambda m: abs(m - k))
        low, high = min(k, near), max(k, near)
        at = bisect_left(kept, low + 1)
        return at < len(kept) and kept[at] < high

    def _namesake_blocks_apart(self, groups: list[Group]) -> list[Group]:
        """A block of as many old articles as new ones, numbered the same one for one
        and in order, is that many namesakes: "3 + 5 -> 3 + 5" merged, where a text
        that keeps its numbers moved a paragraph of Article 3 into Article 5, hid that
        both articles are still there. Numbers printed once in each text only."""
        blocks = [
            g for g in groups if len(g[0]) > 1 and len(g[0]) == len(g[1]) and self._namesakes(g)
        ]
        if not blocks:
            return groups
        counts = self._label_counts()
        out: list[Group] = []
        for group in groups:
            olds, news = sorted(group[0]), sorted(group[1])
            if group not in blocks or any(
                counts[0][self.old_segs[i].label.casefold()] > 1
                or counts[1][self.new_segs[j].label.casefold()] > 1
                or not self.allowed(i, j)
                for i, j in zip(olds, news, strict=True)
            ):
                out.append(group)
                continue
            for i, j in zip(olds, news, strict=True):
                self._take(i, j)
                out.append(((i,), (j,), (i, j), math.inf))
        return sorted(out, key=lambda g: g[2])

    def _moved_paragraph_blocks_apart(self, groups: list[Group]) -> list[Group]:
        """A block of as many old articles as new ones, where each article, taken in
        order, nearly holds its counterpart's words or is held by them, is a paragraph
        moved from one article to the next: "371 + 372 -> 344 + 345" merged, where a
        renumbered text moved a paragraph of old 371 into the next article, hid that
        both articles are still there (``_namesake_blocks_apart``, under new numbers)."""
        forced = self._reader_linked()
        out: list[Group] = []
        for group in groups:
            olds, news = sorted(group[0]), sorted(group[1])
            if (
                len(olds) < 2
                or len(olds) != len(news)
                or forced[0].intersection(olds)
                or forced[1].intersection(news)
                or not self._held_in_order(olds, news)
            ):
                out.append(group)
                continue
            self.fixed_confidence.pop(group[2], None)
            for i, j in zip(olds, news, strict=True):
                self._take(i, j)
                out.append(((i,), (j,), (i, j), math.inf))
        return sorted(out, key=lambda g: g[2])

    def _held_in_order(self, olds: list[int], news: list[int]) -> bool:
        """Whether each old article, taken in order with the new ones, holds nearly all
        the words of its counterpart or is so held (``BLOCK_HELD``), and the pairs in
        order read more alike than those in reverse order."""
        for i, j in zip(olds, news, strict=True):
            a, b = self.plain.old(i), self.plain.new(j)
            if not a or not b or len(a & b) < BLOCK_HELD * min(len(a), len(b)):
                return False
            if (i, j) in self.forbidden or not self.allowed(i, j):
                return False
        ahead = sum(map(self.score, olds, news))
        return ahead > sum(map(self.score, olds, reversed(news)))

    def _namesakes(self, group: Group) -> bool:
        """Whether a group's articles pair off, in order, by the numbers they print."""
        olds, news = sorted(group[0]), sorted(group[1])
        return all(
            self.old_segs[i].kind is SegmentKind.ARTICLE
            and self.new_segs[j].kind is SegmentKind.ARTICLE
            and self._same_label(i, j)
            for i, j in zip(olds, news, strict=True)
        )

    def _has_stub(self, stubs: dict[str, list[int]], i: int) -> bool:
        """Whether old article ``i`` has one bare stub of its own number in ``stubs``."""
        return len(stubs.get(self.old_segs[i].label.casefold(), [])) == 1

    def _untangled(self, groups: list[Group]) -> list[Group]:
        """Two pairs that cross, where each old article reads exactly as the other
        does (two articles "Reservations are not permitted."), exchange partners so
        that both keep the texts' order: the same number had paired old 3 with new
        3 and the copy before it with new 4, "moved", while the text had shifted by one."""
        singles = sorted(
            (g for g in groups if len(g[0]) == len(g[1]) == 1 and g[3] == float("inf")),
            key=lambda g: g[2],
        )
        swapped: dict[tuple[int, int], Group] = {}
        for a, first in enumerate(singles):
            i, d = first[2]
            for second in singles[a + 1 : a + 1 + UNTANGLE_REACH]:
                k, c = second[2]
                if c >= d or first[2] in swapped or second[2] in swapped:
                    continue
                copies = math.isclose(
                    self.score(i, c), self.score(k, c), abs_tol=SAME_SCORE
                ) and math.isclose(self.score(k, d), self.score(i, d), abs_tol=SAME_SCORE)
                if copies and (i, c) not in self.forbidden and (k, d) not in self.forbidden:
                    swapped[first[2]] = ((i,), (c,), (i, c), float("inf"))
                    swapped[second[2]] = ((k,), (d,), (k, d), float("inf"))
        untangled = [swapped.get(g[2], g) for g in groups]
        if not swapped or _out_of_order(untangled) >= _out_of_order(groups):
            return groups  # which copy moved cannot be told: the pairs stay as made
        for old_key, group in swapped.items():
            confidence = self.fixed_confidence.pop(old_key, None)
            if confidence is not None:  # what the pair was sure of holds for the copy
                self.fixed_confidence[group[2]] = confidence
            self._take(*group[2])
        return sorted(untangled, key=lambda g: g[2])

    def _copy_parts_uncrossed(self, groups: list[Group]) -> list[Group]:
        """``parts_uncrossed``, but for links the reader made and, in a text that keeps
        its numbers, pairs of one number (there the copy under the kept number is the
        counterpart, ``_copies_keep_numbers``). A pair moved keeps what it was sure of."""
        forced = self._reader_linked()
        keeps: list[bool] = []

        def may_trade(side: int, part: int, copy: int, mate: int, whole: int) -> bool:
            pair, was, grown = (
                ((part, mate), (copy, mate), (copy, whole))
                if side == 0
                else ((mate, part), (mate, copy), (whole, copy))
            )
            if forced[side] & {part, copy} or mate in forced[1 - side]:
                return False
            if pair in self.forbidden or grown in self.forbidden:
                return False
            if not (self.allowed(*pair) and self.allowed(*grown)):
                return False
            if self._same_label(*was):
                if not keeps:
                    keeps.append(self._keeps_numbers())
                return not keeps[0]
            return True

        groups, moved = parts_uncrossed(groups, (self.old_bodies, self.new_bodies), may_trade)
        for before, after in moved:
            if self.old_partner.get(before[0]) == before[1]:
                del self.old_partner[before[0]]
            if self.new_partner.get(before[1]) == before[0]:
                del self.new_partner[before[1]]
            self._take(*after)
            confidence = self.fixed_confidence.pop(before, None)
            if confidence is not None:
                self.fixed_confidence[after] = confidence
        return groups

    def _reader_linked(self) -> tuple[set[int], set[int]]:
        """The articles of each text in a link the reader made: no stage moves them."""
        return (
            {i for link in self.forced for i in link.old},
            {j for link in self.forced for j in link.new},
        )

    def _forget(self) -> None:
        """Let go of what only the stages before the links read (the yardsticks'
        samples, the remembered pair scores, the plain words of the articles the
        stages read, some 160 MB at 50 MB) and hand it back: the links and the
        related articles are worked out at the aligner's largest."""
        forget_samples()
        forget_pairs()
        self.plain.forget()
        self._counted_titles = None
        give_back()

    def _link_confidence(self, i: int, j: int, rivals: dict[tuple[int, int], float]) -> float:
        fixed = self.fixed_confidence.get((i, j))
        if fixed is not None:
            return fixed
        s = self.adjusted(i, j, self.score(i, j))
        rival = rivals.get((i, j), 0.0)
        return confidence(self.background, s, rival, (i, j) in self.near, (i, j) in self.mutual)

    def _twins(self, i: int, j: int) -> bool:
        """Two articles of one template about other parties: each cites at least
        ``TWIN_NAMES`` names the other does not, they share few names and most other
        words, and the figures of each (if any) are none of the other's. "The debt of
        Salenza towards Harund, fixed at 40 million, paid at Milava" struck out beside
        "the debt of Quenberg towards Feria, fixed at 250 million, paid at Galstad" put
        in share every other word, and were paired at 0.999 as one article moved; a
        place renamed in an article ("the district of Bashavo" → "of Vori") keeps the
        article, and German nouns, set with capitals, make two articles that differ in
        a name share most."""
        if self.old_bodies[i] == self.new_bodies[j]:
            return False  # one wording cites the same names (most pairs: not read for them)
        old_names, new_names = self._cited_names(0, i), self._cited_names(1, j)
        if min(len(old_names - new_names), len(new_names - old_names)) < TWIN_NAMES:
            return False
        if len(old_names) > CAPITALS_MOST * len(self.plain.old(i)) or len(
            new_names
        ) > CAPITALS_MOST * len(self.plain.new(j)):
            return False  # a text set in capitals ("COVERED CODE IS PROVIDED …") names nothing
        if len(old_names & new_names) > TWIN_SHARED_MOST * len(old_names | new_names):
            return False
        names = old_names | new_names
        old_words = {w for w in self.plain.old(i) if w not in names and not _DIGIT.search(w)}
        new_words = {w for w in self.plain.new(j) if w not in names and not _DIGIT.search(w)}
        if len(old_words & new_words) < TWIN_WORDS_SAME * len(old_words | new_words):
            return False  # one article reworded, not a template filled in again
        old_figures = set(_FIGURE.findall(self.old_bodies[i]))
        new_figures = set(_FIGURE.findall(self.new_bodies[j]))
        return old_figures.isdisjoint(new_figures)

    def _cited_names(self, side: int, k: int) -> frozenset[str]:
        """The words article ``k`` sets with a capital inside a sentence, casefolded
        ("COVERED CODE" and "Covered Code" are one name), figures left out; read once."""
        found = self.cited[side].get(k)
        if found is None:
            names = self.plain.names(side, k)
            found = frozenset(w.casefold() for w in names if not _DIGIT.search(w))
            self.cited[side][k] = found
        return found

    def _without_twins(self, groups: list[Group]) -> list[Group]:
        """Groups less the one-to-one pairs of ``_twins`` that do not keep their number
        or their place; those that do (the same article rewritten for other parties, or
        another article put in its place) are kept, and offered for review
        (``twins_kept``). An article keeps its place where the articles on either side of
        it are paired with those on either side of its counterpart: renumbered with its
        neighbours, a formula article whose edits put other names in was taken for a
        template filled in again, and left removed beside an "added" self.
        Where twins are many (``TWINS_MOST``), the text was made again for other
        parties, and its articles are still each other's counterparts."""
        singles = [g[2] for g in groups if len(g[0]) == len(g[1]) == 1]
        twins = {(i, j) for i, j in singles if self._twins(i, j)}
        if not twins or len(twins) > TWINS_MOST * len(singles):
            return groups
        # Names one text puts for another's throughout (the Treaty of Kars names the
        # Transcaucasian republics where the Treaty of Moscow named Soviet Russia) make
        # the articles that differ by them counterparts, not twins.
        gone: set[str] = set()
        come: set[str] = set()
        for i, j in singles:
            if (i, j) not in twins:
                old_names, new_names = self._cited_names(0, i), self._cited_names(1, j)
                gone |= old_names - new_names
                come |= new_names - old_names
        twins = {
            (i, j)
            for i, j in twins
            if gone.isdisjoint(self._cited_names(0, i) - self._cited_names(1, j))
            or come.isdisjoint(self._cited_names(1, j) - self._cited_names(0, i))
        }
        if not twins:
            return groups
        partner = dict(singles)

        def in_place(i: int, j: int) -> bool:
            """Between the counterparts of its two neighbours."""
            return partner.get(i - 1) == j - 1 and partner.get(i + 1) == j + 1

        self.twins_kept = {(i, j) for i, j in twins if self._same_label(i, j) or in_place(i, j)}
        return [g for g in groups if g[2] not in twins or g[2] in self.twins_kept]

    def _copies_keep_numbers(self, groups: list[Group]) -> list[Group]:
        """Articles worded exactly alike (a clause repeated throughout a text) read the
        same to any counterpart: in a text that keeps its numbers, the copies whose
        numbers the other text keeps are the counterparts, the others struck out or put
        in. A run of copies had paired shifted by one (old 11 → new 12, old 12 → new 13
        …), calling renumbered what kept its number and removed the wrong copy."""
        if not keeps_numbers(
            [g[2] for g in groups if len(g[0]) == len(g[1]) == 1], self._same_label
        ):
            return groups
        for side in (0, 1):
            groups = self._copies_renamed(groups, side)
        return self._copies_put_in(groups)

    def _copies_put_in(self, groups: list[Group]) -> list[Group]:
        """An article paired with a copy of its words put in under another number gives
        way to its namesake when that is open and reads like it: old 16, a stock clause,
        had paired with the same clause put in as new 2a ("moved"), its own number kept
        over the clause edited and left "added"; and no such copy is a part of a split
        or merge (``_copies_out_of_parts``)."""
        forced = self._reader_linked()[1]
        paired = set().union(*(g[1] for g in groups))
        namesake = namesakes_in(self.old_segs, self.new_segs)
        out: list[Group] = []
        for group in groups:
            olds, news, (i, j), joined = group
            k = namesake(i)
            if (
                len(olds) == len(news) == 1
                and k is not None
                and k != j
                and k not in paired
                and k not in forced
                and j not in forced
                and self.old_bodies[i].strip()
                and self.old_bodies[i] == self.new_bodies[j]
                and (i, k) not in self.forbidden
                and self.allowed(i, k)
                and self.score(i, k) >= COPY_NAMESAKE_SCORE
            ):
                paired.symmetric_difference_update({j, k})
                if self.new_partner.get(j) == i:
                    del self.new_partner[j]
                self._take(i, k)
                self.fixed_confidence.pop((i, j), None)
                # The words went with the copy, the number stayed: the reader is asked.
                self.fixed_confidence[(i, k)] = KEPT_NUMBER_CONFIDENCE
                group = ((i,), (k,), (i, k), joined)
            elif len(olds) + len(news) > 2 and self._same_label(i, j):
                group = self._copies_out_of_parts(group)
            out.append(group)
        return out

    def _copies_out_of_parts(self, group: Group) -> Group:
        """A split or merge around a pair that keeps its number, less the parts that are
        the other article's words whole (a clause put in again elsewhere holds all of
        the article it copies, and is no half of it)."""
        olds, news, (i, j), joined = group
        if not self.old_bodies[i].strip():
            return group
        news = tuple(x for x in news if x == j or self.new_bodies[x] != self.old_bodies[i])
        olds = tuple(y for y in olds if y == i or self.old_bodies[y] != self.new_bodies[j])
        return (olds, news, (i, j), joined if len(olds) + len(news) > 2 else math.inf)

    def _copies_renamed(self, groups: list[Group], side: int) -> list[Group]:
        """``_copies_keep_numbers`` for the copies of one text (``side``: 0 old, 1 new)."""
        segs = (self.old_segs, self.new_segs)
        bodies = (self.old_bodies, self.new_bodies)[side]
        forced = self._reader_linked()[side]
        many = {
            k
            for olds, news, _, _ in groups
            if len(olds) + len(news) > 2
            for k in (olds, news)[side]
        }
        mate = {g[2][side]: g[2][1 - side] for g in groups if len(g[0]) == len(g[1]) == 1}
        copies: dict[str, list[int]] = {}
        for k, body in enumerate(bodies):
            if k not in forced and k not in many and body.strip():
                copies.setdefault(body, []).append(k)
        label = [
            [seg.label.casefold() for seg in segs[0]],
            [seg.label.casefold() for seg in segs[1]],
        ]
        moves: dict[int, int] = {}  # the other text's article -> its copy here
        parts: set[int] = set()  # the other text's articles let go (``_parts_of_namesakes``)
        for members in copies.values():
            mates = sorted(mate[k] for k in members if k in mate)
            if len(members) < 2 or not mates:
                continue
            by_label: dict[str, int] = {}
            for k in members:  # a label two copies share ("5a", "5A") names neither
                by_label[label[side][k]] = -1 if label[side][k] in by_label else k
            chosen: dict[int, int] = {}
            for m in mates:
                k = by_label.get(label[1 - side][m], -1)
                if k >= 0 and k not in chosen.values():
                    chosen[m] = k
            if not chosen:
                continue
            left = [k for k in members if k not in chosen.values()]
            was = {mate[k]: k for k in members if k in mate}
            for m in mates:
                if m not in chosen and was[m] in left:
                    chosen[m] = was[m]
                    left.remove(was[m])
            put_in = self._parts_of_namesakes(side, chosen, was)
            waiting = [m for m in mates if m not in chosen and m not in put_in]
            chosen.update(zip(waiting, left, strict=False))
            pairs = [(k, m) if side == 0 else (m, k) for m, k in chosen.items()]
            if any(pair in self.forbidden or not self.allowed(*pair) for pair in pairs):
                continue
            moves.update((m, k) for m, k in chosen.items() if was[m] != k)
            parts |= put_in
        if not moves:
            return groups
        out: list[Group] = []
        changed: list[tuple[tuple[int, int], tuple[int, int], float | None]] = []
        loosed: list[tuple[int, int]] = []
        for group in groups:
            m = group[2][1 - side]
            if len(group[0]) == len(group[1]) == 1 and m in parts:
                loosed.append(group[2])
                self.fixed_confidence.pop(group[2], None)
                continue
            if len(group[0]) == len(group[1]) == 1 and m in moves:
                before, k = group[2], moves[m]
                core = (k, m) if side == 0 else (m, k)
                changed.append((before, core, self.fixed_confidence.pop(before, None)))
                group = ((core[0],), (core[1],), core, group[3])
            out.append(group)
        # All let go first: the copies trade partners.
        for i, j in [before for before, _, _ in changed] + loosed:
            if self.old_partner.get(i) == j:
                del self.old_partner[i]
            if self.new_partner.get(j) == i:
                del self.new_partner[j]
        for _, core, fixed in changed:
            self._take(*core)
            if fixed is not None:
                self.fixed_confidence[core] = fixed
        return out

    def _parts_of_namesakes(
        self, side: int, chosen: dict[int, int], was: dict[int, int]
    ) -> set[int]:
        """Articles of the other text (``1 - side``) paired with a copy that its
        namesake takes, numbered as put in under that namesake ("232a", paired with old
        232, when new 232 takes it): a part split off that article, not another copy of
        the clause. They are let go to join it as a part (``attach_leftovers``), not
        handed a copy struck out elsewhere in the text, as a move."""
        segs = (self.old_segs, self.new_segs)[1 - side]
        taker = {k: m for m, k in chosen.items()}
        return {
            m
            for m, k in was.items()
            if m not in chosen and k in taker and self._put_in_under(segs, m, taker[k])
        }

    def _collect(self, groups: list[Group]) -> Alignment:
        groups = self._untangled(self._copies_keep_numbers(groups))
        groups = self._without_twins(self._copy_parts_uncrossed(groups))
        groups = notices_apart(
            groups, self.old_segs, self.new_segs, self.new_bodies, self._kept_in_order
        )
        groups = notices_crossed(
            groups, self.old_segs, self.new_segs, self.old_bodies, self.new_bodies
        )
        forced_old, forced_new = self._reader_linked()
        kept = [g for g in groups if not (set(g[0]) & forced_old or set(g[1]) & forced_new)]
        paired_old = forced_old.union(*(olds for olds, _, _, _ in kept))
        paired_new = forced_new.union(*(news for _, news, _, _ in kept))
        added = tuple(j for j in range(len(self.new_segs)) if j not in paired_new)
        removed = tuple(i for i in range(len(self.old_segs)) if i not in paired_old)
        gone = repealed_pairs(
            self.old_segs,
            self.new_segs,
            self.old_bodies,
            self.new_bodies,
            removed,
            added,
            self.same_title,
            [core for olds, news, core, _ in kept if len(olds) == len(news) == 1],
        )  # the same article, its text replaced by a notice of repeal (or a free place filled)
        left = [i for i in removed if i not in {i for i, _ in gone}]
        repealed = [
            Link(olds, (j,), round(self.score(olds[0], j), 4), REPEALED)
            for olds, j in whole_ranges(gone, self.old_segs, self.new_segs, self.new_bodies, left)
        ]
        # An article moved into an annex (or out of one), its words kept.
        repealed += [
            Link((i,), (j,), round(self.score(i, j), 4), CROSSED)
            for i, j in crossed_pairs(*self.groups, self.plain, removed, added)
            if (i, j) not in self.forbidden
        ]
        if repealed:
            added = tuple(j for j in added if j not in {lk.new[0] for lk in repealed})
            removed = tuple(i for i in removed if i not in {i for lk in repealed for i in lk.old})
        mates = {core: (olds, news) for olds, news, core, _ in groups}
        adjusted = {k: self.adjusted(*k, s) for k, s in self.scores.items()} | self.chance
        rivals = best_rival(adjusted, mates, mates)
        # The related articles are found among the articles scored whose features are
        # at hand, once the links are scored: the links' own scores first, in the order
        # the links ask for them, so that a helper finding the related articles beside
        # the links reads the scores they would have left.
        for olds, news, (i, j), _ in kept:
            if (i, j) not in self.fixed_confidence or len(olds) == len(news) == 1:
                self.score(i, j)  # as ``_links`` asks for it
        related = parallel.Background(
            partial(related_articles, self, removed, added, [(o, n) for o, n, _, _ in groups]),
            parallel.lent_helpers() if RELATED_APART <= self.size < RELATED_APART_BELOW else 0,
        )
        try:
            links = self._links(kept, rivals)
        except BaseException:
            related.cancel()
            raise
        if repealed:
            links = sorted([*links, *repealed], key=lambda lk: (lk.new[0], lk.old[0]))
        check(self.should_stop, LINKED, STAGES)
        related_old, related_new = related.result()
        moved = moved_links(links)
        links = self._far_unpaired_capped(links, moved)
        links = self._bare_moves_capped(links, moved)
        links = self._scattered_renumbered_capped(links)
        links = self._structural_capped(links)
        links, loosed = self._put_in_parts_loosed(links, rivals)
        links, retitled = self._doubted_parts_to_namesakes(links, rivals, removed, added)
        if retitled[0] or retitled[1]:
            removed = tuple(i for i in removed if i not in retitled[0])
            added = tuple(j for j in added if j not in retitled[1])
        weak = [
            lk
            for lk in links
            if self._doubted(lk) and not any(self._same_label(i, j) for i in lk.old for j in lk.new)
        ]
        if weak or loosed[0] or loosed[1]:
            links = [lk for lk in links if lk not in weak]
            moved = moved_links(links)
            freed = (
                {*loosed[0], *(i for lk in weak for i in lk.old)},
                {*loosed[1], *(j for lk in weak for j in lk.new)},
            )
            removed, added = (
                tuple(sorted({*removed, *freed[0]})),
                tuple(sorted({*added, *freed[1]})),
            )
            kept_groups = [(lk.old, lk.new) for lk in links]
            more_old, more_new = related_articles(self, freed[0], freed[1], kept_groups)
            related_old, related_new = related_old | more_old, related_new | more_new
        return Alignment(tuple(links), added, removed, moved, related_old, related_new)

    def _doubted_parts_to_namesakes(
        self,
        links: list[Link],
        rivals: dict[tuple[int, int], float],
        removed: Sequence[int],
        added: Sequence[int],
    ) -> tuple[list[Link], tuple[set[int], set[int]]]:
        """A merge or split the aligner all but doubts (``LINK_FLOOR``) lets go of a
        part titled as one article of the other text left unpaired is, and none of
        the link's own, and pairs it with that article: a social charter revised
        swapped its articles on signature and on amendments, and the old pair had
        been merged into the new signature article at 0.02, the new "Amendments"
        added. Returns the links and the unpaired articles now paired (old, new)."""
        taken: tuple[set[int], set[int]] = (set(), set())
        doubted = [lk for lk in links if lk.origin == "auto" and lk.confidence < LINK_FLOOR]
        if not any(len(lk.old) + len(lk.new) > 2 for lk in doubted):
            return links, taken  # (nearly every comparison: no unpaired article's title read)
        open_titles = (self._titled(0, removed), self._titled(1, added))
        out: list[Link] = []
        for link in links:
            found = None
            if link.origin == "auto" and link.confidence < LINK_FLOOR:
                found = self._part_titled_apart(link, open_titles, taken)
            if found is None:
                out.append(link)
                continue
            side, k, m = found
            i, j = (k, m) if side == 0 else (m, k)
            olds = tuple(x for x in link.old if x != i) if side == 0 else link.old
            news = link.new if side == 0 else tuple(x for x in link.new if x != j)
            groups: list[Group] = [
                (olds, news, (olds[0], news[0]), math.inf),
                ((i,), (j,), (i, j), math.inf),
            ]
            out += [lk for lk in self._links(groups, rivals) if lk.origin == "auto"]
            taken[1 - side].add(m)
        out.sort(key=lambda lk: (lk.new[0], lk.old[0]))
        return out, taken

    def _titled(self, side: int, ks: Sequence[int]) -> dict[str, list[int]]:
        """The articles among ``ks`` by their own titles (those that have one)."""
        out: dict[str, list[int]] = {}
        for k in ks:
            if title := self._own_title(side, k):
                out.setdefault(title, []).append(k)
        return out

    def _part_titled_apart(
        self,
        link: Link,
        open_titles: tuple[dict[str, list[int]], dict[str, list[int]]],
        taken: tuple[set[int], set[int]],
    ) -> tuple[int, int, int] | None:
        """(side, part, article of the other side) for the first part of ``link`` whose
        title only one unpaired article of the other text bears, and no article of
        the link's other side."""
        for side, parts, others in ((0, link.old, link.new), (1, link.new, link.old)):
            if len(parts) < 2:
                continue
            theirs = {self._own_title(1 - side, x) for x in others}
            for k in parts:
                title = self._own_title(side, k)
                there = [
                    m for m in open_titles[1 - side].get(title, []) if m not in taken[1 - side]
                ]
                if not title or title in theirs or len(there) != 1:
                    continue
                i, j = (k, there[0]) if side == 0 else (there[0], k)
                if self.allowed(i, j) and (i, j) not in self.forbidden:
                    return side, k, there[0]
        return None

    @staticmethod
    def _doubted(link: Link, score_below: float = LINK_FLOOR_SCORE) -> bool:
        """A link the aligner all but doubts (``LINK_FLOOR``), its words reading
        together less than ``score_below``."""
        return link.origin == "auto" and link.confidence < LINK_FLOOR and link.score < score_below

    def _put_in_parts_loosed(
        self, links: list[Link], rivals: dict[tuple[int, int], float]
    ) -> tuple[list[Link], tuple[set[int], set[int]]]:
        """A split or merge under ``LINK_FLOOR`` and ``PUT_IN_PART_SCORE`` that keeps a
        number loses its parts numbered as put in under it ("127" split into "127" and "127a"), and the articles so
        loosed: a constitution's new remedy of self-governing bodies, put in after the
        complaint it borrows its formulas from, had been its second half at 0.006. A
        part under a number of its own stays (GPL-2 § 0 split into GPL-3 § 0 and § 2)."""
        out: list[Link] = []
        loosed: tuple[set[int], set[int]] = (set(), set())
        for link in links:
            kept = [(i, j) for i in link.old for j in link.new if self._same_label(i, j)]
            doubted = self._doubted(link, PUT_IN_PART_SCORE)
            if len(link.old) + len(link.new) <= 2 or len(kept) != 1 or not doubted:
                out.append(link)
                continue
            i, j = kept[0]
            put_in = (
                {k for k in link.old if k != i and self._put_in_under(self.old_segs, k, i)},
                {k for k in link.new if k != j and self._put_in_under(self.new_segs, k, j)},
            )
            olds = tuple(k for k in link.old if k not in put_in[0])
            news = tuple(k for k in link.new if k not in put_in[1])
            if not (put_in[0] or put_in[1]) or len(olds) != 1 or len(news) != 1:
                out.append(link)
                continue
            out += [
                lk
                for lk in self._links([(olds, news, (i, j), math.inf)], rivals)
                if lk.old == olds and lk.new == news and lk.origin == "auto"
            ]  # ``_links`` gives the reader's links too, sorted among its own
            loosed[0].update(put_in[0])
            loosed[1].update(put_in[1])
        return out, loosed

    @staticmethod
    def _put_in_under(segs: Sequence[Segment], k: int, base: int) -> bool:
        """Whether article ``k`` is numbered as put in under article ``base``'s number
        ("127a", "127-1", "127 bis" under "127")."""
        number = segs[base].number
        return (
            number is not None
            and segs[k].number == number
            and segs[k].label.casefold() != segs[base].label.casefold()
        )

    def _far_unpaired_capped(self, links: list[Link], moved: frozenset[int]) -> list[Link]:
        """Links of ``_pair_unpaired`` that move an article, at ``FAR_UNPAIRED_CONFIDENCE``
        at most (``WEAK_FAR_UNPAIRED_CONFIDENCE`` below ``FAR_UNPAIRED_CLEAR``): an added article that repeats a removed one's formulas reads alike
        throughout as well, where an article reworded in place has its place too."""
        out = list(links)
        for k in moved:
            link = out[k]
            core = next(
                ((i, j) for i in link.old for j in link.new if (i, j) in self.unpaired), None
            )
            if core is None:
                continue
            clear = self.unpaired[core] >= FAR_UNPAIRED_CLEAR
            most = FAR_UNPAIRED_CONFIDENCE if clear else WEAK_FAR_UNPAIRED_CONFIDENCE
            if link.confidence > most:
                out[k] = replace(link, confidence=most)
        return out

    def _bare_moves_capped(self, links: list[Link], moved: frozenset[int]) -> list[Link]:
        """Links that move a unit with no text under its heading to one of another label,
        at ``PLACE_ALONE_CONFIDENCE`` at most: the few words of a title or a list item
        are all the two share. An introduction's list of the criteria new in a standard
        ("- 2.1.4 Character Key Shortcuts (A)") had each item paired, at certainty, with
        the criterion of that title far below it, and a list of members one named
        member with another of the same employer."""
        out = list(links)
        for k in moved:
            link = out[k]
            if link.origin == "reader" or len(link.old) != 1 or len(link.new) != 1:
                continue
            i, j = link.old[0], link.new[0]
            if self._same_label(i, j) or link.confidence <= PLACE_ALONE_CONFIDENCE:
                continue
            if self.old_bodies[i] == self.new_bodies[j]:
                continue  # the same words: a line moved whole
            if self._bare(0, i) or self._bare(1, j):
                out[k] = replace(link, confidence=PLACE_ALONE_CONFIDENCE)
        return out

    def _scattered_renumbered_capped(self, links: list[Link]) -> list[Link]:
        """One-to-one links between articles of two numbers that keep less than
        ``SCATTERED_KEPT`` of their words in order, at ``SCATTERED_CONFIDENCE`` at most:
        neither their number nor their wording says they are one article, only that
        they treat one matter, as an article struck out and the one put in for it do
        (a municipality's grant, set out in twelve lines with its amounts, gave way to
        a new article of three lines letting the municipality grant a supplement:
        read as one article moved and rewritten, at 0.99)."""
        out = list(links)
        for k, link in enumerate(out):
            if link.origin == "reader" or len(link.old) != 1 or len(link.new) != 1:
                continue
            if link.confidence <= SCATTERED_CONFIDENCE:
                continue
            i, j = link.old[0], link.new[0]
            if not is_renumbered(self.old_segs[i], self.new_segs[j]):
                continue
            if is_repeal_notice(self.old_bodies[i]) or is_repeal_notice(self.new_bodies[j]):
                continue  # a notice in the article's place says which article it was
            if link.score >= SCATTERED_SCORE:
                continue
            # Read here and let go: kept for every renumbered pair of a 50 MB text, the
            # words of the articles held a third of a gigabyte to the end of the run.
            old, new = (words_of(body[x].casefold()) for body, x in
                        ((self.old_bodies, i), (self.new_bodies, j)))  # fmt: skip
            if kept_share(old, new)[0] < SCATTERED_KEPT:
                out[k] = replace(link, confidence=SCATTERED_CONFIDENCE)
        return out

    def _structural_capped(self, links: list[Link]) -> list[Link]:
        """A preamble (or closing part) paired with the other text's by their kind
        alone, at ``PLACE_ALONE_CONFIDENCE`` at most where their wording stands less than
        ``STRUCTURAL_CHANCE_Z`` above chance: their place is all that pairs them."""
        out = list(links)
        for k, link in enumerate(out):
            if link.origin == "reader" or link.confidence <= PLACE_ALONE_CONFIDENCE:
                continue
            if len(link.old) != 1 or len(link.new) != 1:
                continue
            core = (link.old[0], link.new[0])
            if core not in self.structural:
                continue
            standing = self.background.z(self.adjusted(*core, self.score(*core)))
            if standing < STRUCTURAL_CHANCE_Z:
                out[k] = replace(link, confidence=PLACE_ALONE_CONFIDENCE)
        return out

    def _bare(self, side: int, k: int) -> bool:
        """Whether a unit is its heading alone, with no text under it (a paragraph: one
        line); a preamble or a closing part is no unit of that kind."""
        seg = (self.new_segs if side else self.old_segs)[k]
        if seg.kind in (SegmentKind.PREAMBLE, SegmentKind.CLOSING):
            return False
        text = self.texts[side]
        if seg.body_start > seg.start:
            return not text[seg.body_start : seg.end].strip()
        return "\n" not in text[seg.start : seg.end].strip()

    @property
    def size(self) -> int:
        """Articles in the two texts."""
        return len(self.old_segs) + len(self.new_segs)

    def same_title(self, i: int, j: int) -> bool:
        """Whether old article ``i`` and new article ``j`` print the same title."""
        old = unit_title(self.texts[0], self.old_segs[i])
        return bool(old) and fold(old) == fold(unit_title(self.texts[1], self.new_segs[j]))

    def _between_its_neighbours(self, i: int, j: int, singles: set[tuple[int, int]]) -> bool:
        """Whether a pair keeps its number with the articles right before and after it
        paired with theirs: its place speaks for it, however alike other articles of
        the same formula read (a French treaty whose articles differ by a word or two
        showed Art. 4 → Art. 4, one figure changed, at 13 %)."""
        return (
            self._same_label(i, j)
            and (i - 1, j - 1) in singles
            and (i + 1, j + 1) in singles
            and self._same_label(i - 1, j - 1)
            and self._same_label(i + 1, j + 1)
        )

    def _links(self, groups: list[Group], rivals: dict[tuple[int, int], float]) -> list[Link]:
        """The links of ``groups`` with their scores and confidences, the reader's first."""
        links = list(self.forced)
        stop = part(self.should_stop, ATTACHED, LINKED, STAGES)
        every = interval(len(groups), CHECK_EVERY)
        singles = {(olds[0], news[0]) for olds, news, _, _ in groups if len(olds) == len(news) == 1}
        numbers_kept = keeps_numbers(singles, self._same_label)
        for n, (olds, news, (i, j), joined) in enumerate(groups):
            if n % every == 0:
                check(stop, n, len(groups))
            conf = self._link_confidence(i, j, rivals)
            kept_level = self._kept_number_level(i, j)
            if (i, j) in singles and self._between_its_neighbours(i, j, singles):
                conf = max(conf, kept_level)
            if joined != float("inf"):
                bodies = (self.old_bodies, self.new_bodies)
                run, in_order = self.run_reads.get((i, j), ((), -1.0))
                if run != (olds, news):  # not a run, or grown since by other parts
                    in_order = parts_in_order(bodies, olds, news, (i, j))
                conf = joined_parts_confidence(conf * parts_confidence(joined, in_order))
            if (i, j) in self.stranded:  # a part that reads by its words, not in order
                conf *= sole_confidence(self.stranded[(i, j)])
            single = len(olds) == len(news) == 1
            score = self.score(i, j) if single else self.score_many(olds, news)
            # In a text that keeps its numbers, one that keeps its own (its parts next
            # door, reading together) is asked about at worst: in a law amended in place,
            # articles that are one of a few stock clauses (every copy a rival) came out
            # at 0.01 to 0.5, and 29 of 29 were right. A split whose parts read together
            # less (``PUT_IN_PART_SCORE``) keeps its doubt (``_put_in_parts_loosed``).
            if (
                numbers_kept
                and any(self._same_label(x, y) for x in olds for y in news)
                and (
                    single or (score >= PUT_IN_PART_SCORE and _next_door(olds) and _next_door(news))
                )
            ):
                conf = max(conf, kept_level)
            if (i, j) in self.twins_kept:  # their number is all that tells them apart
                conf = min(conf, PLACE_ALONE_CONFIDENCE)
            links.append(Link(olds, news, round(score, 4), round(conf, 3)))
        links.sort(key=lambda lk: (lk.new[0], lk.old[0]))
        return links

    def _kept_number_level(self, i: int, j: int) -> float:
        """The confidence a pair is held at, at least, for keeping its number where the
        text keeps its numbers: higher when the pairs around it bracket it."""
        return NEAR_KEPT_NUMBER_CONFIDENCE if (i, j) in self.near else KEPT_NUMBER_CONFIDENCE


def _next_door(articles: tuple[int, ...]) -> bool:
    """Whether the articles stand one after another (a merge's or split's parts)."""
    return articles[-1] - articles[0] == len(articles) - 1


def _out_of_order(groups: list[Group]) -> int:
    """How many pairs stand outside the longest run that keeps both texts' order."""
    cores = sorted(g[2] for g in groups)
    return len(cores) - len(longest_increasing_run([j for _, j in cores]))


_PLAIN_NUMBER_RE = re.compile(r"\d+|[ivxlcdm]+", re.IGNORECASE)

OPENING_WORDS = 2
"""Words at an article's opening that tell a rewritten article from another put in
under its number (``Aligner._opens_alike``)."""
_OPENING_READ = 200
"""Characters of an article read for its opening words."""
_MARKER_RE = re.compile(r"\d+|[^\W\d_]")
"""A paragraph's or point's number standing before an article's first words ("(1)", "a)")."""


def _opening_words(body: str) -> list[str]:
    """The first ``OPENING_WORDS`` words of ``body`` in lower case, past the numbers
    of its first paragraph, the Romanian s and t written either way."""
    words = words_of(body[:_OPENING_READ].casefold().translate(COMMA_TO_CEDILLA))
    while words and _MARKER_RE.fullmatch(words[0]):
        words = words[1:]
    return words[:OPENING_WORDS]


def _places_among_kept(
    gap: Sequence[int], segs: Sequence[Segment], other_labels: set[str], taken: set[str]
) -> dict[int, int | None]:
    """Each article's place in its gap, counted without the articles put in or struck
    out under numbers of their own ("72-1" to "72-4" and "74-1" put in around a
    rewritten Article 73 and 74, which the other text does not print), nor those put
    in under a number whose article in the other text is paired already (Mexico's
    Article 2 of 2025, whose namesake of 1917 went into Article 1): namesakes at one
    place there are where the text kept its numbers. None for those left out."""
    places: dict[int, int | None] = {}
    count = 0
    for k in gap:
        label = segs[k].label.casefold()
        if label in taken or (label not in other_labels and not _PLAIN_NUMBER_RE.fullmatch(label)):
            places[k] = None
            continue
        places[k] = count
        count += 1
    return places


def _ordered_best(scores: list[list[float]]) -> float:
    """The most likeness a one-to-one pairing that keeps both texts' order reaches
    (``scores[a][b]``: the a-th open article of one text with the b-th of the other)."""
    rows, cols = len(scores), len(scores[0]) if scores else 0
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for a in range(rows):
        for b in range(cols):
            best[a + 1][b + 1] = max(best[a][b + 1], best[a + 1][b], best[a][b] + scores[a][b])
    return best[rows][cols]


def _beside_one_pair(groups: list[Group]) -> Callable[[int, int], bool]:
    """Whether old unit ``i`` and new unit ``j`` each stand next to an article of one
    pair: the Revised Social Charter put "Amendments" before signature where the first
    Charter put it after (35, 36 → K, J), each beside the one pair. Under one title that
    no other unit has, that place names the unit however much it was reworded, one word
    of title or not."""
    old_of: dict[int, int] = {}
    new_of: dict[int, int] = {}

    def beside(i: int, j: int) -> bool:
        if not old_of:  # read on first use: most comparisons never ask
            for g, (olds, news, _, _) in enumerate(groups):
                old_of.update((k, g) for k in olds)
                new_of.update((k, g) for k in news)
        mine = {old_of.get(i - 1), old_of.get(i + 1)} - {None}
        theirs = {new_of.get(j - 1), new_of.get(j + 1)} - {None}
        return bool(mine & theirs)

    return beside


_NUMERALS = frozenset("0123456789零一二三四五六七八九十百千")


def _numbered_after(label: str, base: str) -> bool:
    """Whether ``label`` is ``base`` with a mark of insertion after it ("158 ter",
    "6a", "12-1", "二十之一"), not another number that begins the same ("1580")."""
    label, base = label.casefold(), base.casefold()
    return len(label) > len(base) and label.startswith(base) and label[len(base)] not in _NUMERALS
