"""What the aligner reads of an article it reads once, however many stages ask.

A revised text keeps most of its articles word for word, and several stages ask
for the same article's words or title: each is worked out once per wording (or per
article), and what is asked again comes from what was kept. The results are the
same either way; only the time differs (tests/test_align*.py hold the results)."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from treatyviewer.core import align_engine, align_inplace, align_verbatim, textdiff, word_chars
from treatyviewer.core.align_engine import Aligner
from treatyviewer.core.align_inplace import PlainWords
from treatyviewer.core.align_types import Overrides
from treatyviewer.core.segment import make_document

OLD = """Article 1
The Parties shall settle their disputes by peaceful means.

Article 2
Customs Duties. The Parties shall lower their customs duties by half.

Article 3
This Treaty enters into force upon signature.
"""
NEW = """Article 1
The Parties shall settle their disputes by peaceful means.

Article 2
Customs Duties. The Parties shall abolish their customs duties.

Article 3
This Treaty enters into force upon ratification.
"""


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(module, name)

    def counted(*args: object) -> object:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_wording_both_texts_have_is_read_once(monkeypatch: pytest.MonkeyPatch):
    calls = _counting(monkeypatch, align_inplace, "words_once")
    plain = PlainWords(["the Parties agree", "Kars"], ["Batum", "the Parties agree"])
    assert plain.old(0) == plain.new(1) == frozenset({"the", "parties", "agree"})
    assert plain.old(0) is plain.new(1)
    assert len(calls) == 1
    plain.forget()  # a short text keeps what it read
    assert plain.new(1) == frozenset({"the", "parties", "agree"})
    assert len(calls) == 1
    # A long one lets it go (its words would fill memory) and reads it again when asked.
    monkeypatch.setattr(align_inplace, "KEEP_ALL_BELOW", 0)
    plain.forget()
    assert plain.new(1) == frozenset({"the", "parties", "agree"})
    assert len(calls) == 2


def test_the_articles_drawn_at_random_are_not_read_again_after_the_first_stages(
    monkeypatch: pytest.MonkeyPatch,
):
    """The whole text's chance (``worded``) and a stranded part's sample draw random
    articles after the first stages let go of the words they read: those words are
    kept, and the samples are what they were."""
    monkeypatch.setattr(align_inplace, "KEEP_ALL_BELOW", 0)  # as in a long text
    olds = [f"Article {k} on the matter of clause {k} and the parties" for k in range(30)]
    news = [f"Article {k} of the later text on clause {k} and others" for k in range(30)]
    fresh = PlainWords(olds, news)
    expected = (fresh.worded(0), fresh.worded(1))
    plain = PlainWords(olds, news)
    for k in range(30):
        plain.old(k), plain.new(k)
    plain.forget(draws=((1, 40),))
    calls = _counting(monkeypatch, align_inplace, "words_once")
    assert (plain.worded(0), plain.worded(1)) == expected
    for side in (0, 1):
        rng = plain.seed(1 + side)
        for _ in range(40):
            plain.of(side, rng.randrange(30))
    assert calls == []
    plain.forget()  # asked for nothing, it keeps nothing
    plain.old(0)
    assert len(calls) == 1


def test_an_articles_title_is_read_once(monkeypatch: pytest.MonkeyPatch):
    aligner = Aligner(make_document(OLD), make_document(NEW), Overrides())
    calls = _counting(monkeypatch, align_engine, "_caption")
    titles = [aligner._own_title(1, k) for k in range(len(aligner.new_segs))]
    again = [aligner._own_title(1, k) for k in range(len(aligner.new_segs))]
    assert titles == again
    assert "customs duties" in titles
    assert len(calls) == len(aligner.new_segs)


def test_words_of_a_text_in_ascii_are_counted_without_the_regex_engine(
    monkeypatch: pytest.MonkeyPatch,
):
    text = "The Parties' 2 ports (Batum, Kars) shall_be free; don't 6.12.2011 1,500!"
    expected = word_chars.WORDS.plain().findall(text)

    def no_regex(_: str) -> object:
        raise AssertionError("an ASCII text needs no pattern")

    monkeypatch.setattr(word_chars.WORDS, "of", no_regex)
    assert textdiff.word_count(text) == len(expected)
    assert word_chars.words_in(text) == expected
    monkeypatch.undo()
    other = "Статья 2: Kars’a 1920 — ğİı"  # not ASCII: the pattern reads it
    assert word_chars.words_in(other) == word_chars.WORDS.of(other).findall(other)


@pytest.mark.parametrize(
    "body",
    ["Article 12 of 1920, 3 and 1000", "no figures", "007 x 0 y 10", "Статья 12 и 3", "٣٤ and 5"],
)
def test_figures_are_masked_alike_without_the_regex_engine_in_ascii(
    monkeypatch: pytest.MonkeyPatch, body: str
):
    expected = re.sub(r"\d+", "0", body)
    if body.isascii():
        monkeypatch.setattr(align_verbatim, "_DIGITS", None)  # an ASCII text needs no pattern
    assert align_verbatim.figures_masked(body) == expected


class _NoSearch:
    """A pattern that may match a word whole but never be searched along an article."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def fullmatch(self, word: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(word)

    def search(self, _: str) -> None:
        raise AssertionError("the numeral pattern is tried on words of its letters only")


@pytest.mark.parametrize(
    "body",
    ["no figures In the Court", "Article XII.", "MIX of DC", "MMMM IIII VX aXII XIIa",
     "x_IV (IV) LXXXVIII", "Статья IV", "Статья 12", "٣٤ words", "the 2nd", "Ⅻ", "é D"],
)  # fmt: skip
def test_an_article_is_asked_for_figures_without_searching_it_for_numerals(
    monkeypatch: pytest.MonkeyPatch, body: str
):
    expected = bool(align_verbatim._DIGITS.search(body) or align_verbatim._ROMAN.search(body))
    monkeypatch.setattr(align_verbatim, "_ROMAN", _NoSearch(align_verbatim._ROMAN))
    if body.isascii():
        monkeypatch.setattr(align_verbatim, "_DIGITS", None)  # an ASCII text needs no pattern
    assert align_verbatim.has_figures(body) is expected


def test_a_pair_of_one_wording_is_not_read_for_the_names_it_cites(
    monkeypatch: pytest.MonkeyPatch,
):
    """Two articles of one wording cite the same names: no twins of a template (most
    pairs of a revised text are such), whatever their names."""
    aligner = Aligner(make_document(OLD), make_document(NEW), Overrides())
    calls = _counting(monkeypatch, aligner.plain, "names")
    assert aligner.old_bodies[0] == aligner.new_bodies[0]
    assert not aligner._twins(0, 0)
    assert calls == []
    assert not aligner._twins(1, 1)  # other wordings are read
    assert len(calls) == 2


def test_a_word_kept_for_many_articles_is_one_string():
    """The words the aligner keeps of each article share one string per word: a string
    per word and article was most of what a long text's kept words took."""
    rest = [""] * align_inplace.KEEP_ALL_BELOW  # a long text (short ones keep theirs)
    plain = PlainWords(["the parties agree", "the parties differ", *rest], ["the parties part"])
    words = [
        next(w for w in found if w == "parties")
        for found in (plain.old(0), plain.old(1), plain.new(0))
    ]
    assert words[0] is words[1] is words[2]


def test_the_words_read_for_splits_and_merges_are_one_string_per_word():
    from treatyviewer.core.align_attach import _word_lists

    words = _word_lists(["The Parties agree", "The Parties differ"])
    assert words(0)[1] is words(1)[1]


def _places(found: frozenset[str]) -> int:
    import struct
    import sys

    return (sys.getsizeof(found) - sys.getsizeof(frozenset())) // (2 * struct.calcsize("P"))


def test_an_articles_features_are_kept_in_a_table_sized_to_them():
    """A set filled one item at a time grows fourfold and may end with more than four
    places per item: a long text keeps its articles' features all the run."""
    from treatyviewer.core.align_features import Stems, features

    text = " ".join(f"word{k}x" for k in range(180))  # 180 stems and 179 shingles
    found = features(text, Stems("english"))[0]
    assert 300 < len(found) < 512
    assert _places(found) <= 4 * len(found)


def test_an_articles_plain_words_are_kept_in_a_table_sized_to_them():
    text = " ".join(f"word{k}x" for k in range(100))
    found = align_inplace.words_once(text)
    assert len(found) == 100
    assert _places(found) <= 4 * len(found)


def test_the_squared_weights_kept_of_a_vector_are_plain_numbers():
    """Kept for most of a long text's articles: a float object apiece, in a list, took
    four times the memory of the numbers."""
    from array import array

    from treatyviewer.core import align_features
    from treatyviewer.core.align_features import same_containment

    vec = {"a": 0.6, "b": 0.8}
    assert same_containment(vec, frozenset({"a"})) == same_containment(vec, frozenset({"a"}))
    assert isinstance(align_features._SQUARES[id(vec)][1], array)
    align_features.forget_pairs()


@given(
    st.lists(
        st.sampled_from(["Kars", "kars", "the", "Parties", "1921", "Ardahan", "ş"]), max_size=40
    )
)
def test_words_read_without_interning_are_the_same_set_in_the_same_order(words: list[str]):
    """Short texts skip interning their words: the set is the same, filled in the same
    order, so it is walked in the same order (stages may sum over it)."""
    body = " ".join(words)
    shared, plain = align_inplace.words_once(body), align_inplace.words_once(body, shared=False)
    assert plain == shared
    assert list(plain) == list(shared)


def test_short_texts_keep_their_words_as_read():
    long_ = PlainWords(["w"] * align_inplace.KEEP_ALL_BELOW, [])
    short = PlainWords(["Kars and Ardahan"], ["Kars"])
    assert long_.shared and not short.shared
    assert short.old(0) == frozenset({"kars", "and", "ardahan"})


_ASCII_TEXT = st.lists(
    st.sampled_from([*"AbKz09 .,;:!?'-_/(\"\n", "Kars", "Article", "1.2"]), max_size=40
).map("".join)


@given(_ASCII_TEXT)
def test_names_of_an_ascii_text_are_those_the_general_pattern_finds(body: str):
    """An ASCII text's names are read with a plain range for their first character:
    the same names as every script's classes find, in the same order."""
    general = frozenset(
        m[0]
        for m in align_inplace._NAME_RE.finditer(body)
        if align_inplace._cased(m[0][0]) and not align_inplace._sentence_start(body, m.start())
    )
    ascii_ = [m.span() for m in align_inplace._ASCII_NAME_RE.finditer(body)]
    assert ascii_ == [m.span() for m in align_inplace._NAME_RE.finditer(body)]
    found = PlainWords([body], []).names(0, 0)
    assert found == general
    assert list(found) == list(general)


@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=3), max_size=120))
def test_a_compacted_set_is_laid_out_as_one_copied_twice(words: list[str]):
    """``compact`` copies an oversized set once, laid out (so walked) as the two
    copies ``frozenset(set(found))`` made: the same items in the same order."""
    from treatyviewer.core.align_features import compact

    found = frozenset(words)
    twice = frozenset(set(found))
    once = compact(found)
    assert once == found
    if once is not found:
        assert list(once) == list(twice)
        assert sys.getsizeof(once) == sys.getsizeof(twice)
