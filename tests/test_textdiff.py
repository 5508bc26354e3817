"""Word-level differences that a reader can trust."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from treatyviewer.core.textdiff import DiffOptions, diff_words


def assert_changes_rebuild(old: str, new: str) -> None:
    """Every change's spans hold its texts, and applying them to old gives new."""
    result = diff_words(old, new, DiffOptions(ignore_whitespace=False))
    assert apply(old, new, result.changes) == new
    for c in result.changes:
        assert old[c.old_start : c.old_end] == c.old_text
        assert new[c.new_start : c.new_end] == c.new_text


def apply(old: str, new: str, changes) -> str:
    """Rebuild the new text from the old one and the change list."""
    out, pos = [], 0
    for c in changes:
        out.append(old[pos : c.old_start])
        out.append(new[c.new_start : c.new_end])
        pos = c.old_end
    out.append(old[pos:])
    return "".join(out)


def test_whole_words_are_reported():
    r = diff_words(
        "Russia agrees to mediate over Kars.", "Russia agrees to mediate over Kars and Ardahan."
    )
    assert [(c.op, c.new_text) for c in r.changes] == [("insert", "and Ardahan")]
    assert 0.7 < r.similarity < 1


def test_replacement_spans_point_at_both_texts():
    old, new = "the port of Batum shall be free", "the port of Batumi shall be free"
    (c,) = diff_words(old, new).changes
    assert c.op == "replace"
    assert old[c.old_start : c.old_end] == "Batum"
    assert new[c.new_start : c.new_end] == "Batumi"


def test_deletion_has_an_empty_new_span():
    (c,) = diff_words("Kars, Ardahan and Batum", "Kars and Batum").changes
    assert c.op == "delete"
    assert c.new_start == c.new_end
    assert c.old_text == ", Ardahan"


def test_ignore_options():
    assert diff_words("Article IV", "article 4").changes
    opts = DiffOptions(ignore_case=True, ignore_numbering=True)
    assert not diff_words("Article IV", "article 4", opts).changes
    assert not diff_words(
        "Kars, Ardahan.", "Kars Ardahan", DiffOptions(ignore_punctuation=True)
    ).changes
    assert diff_words("a  b", "a\n\nb", DiffOptions(ignore_whitespace=False)).changes
    assert not diff_words("a  b", "a\n\nb").changes


def test_cyrillic_and_turkish_words():
    r = diff_words("Турция уступает Грузии Батум", "Турция уступает Грузии город Батум")
    assert [c.new_text for c in r.changes] == ["город"]
    r = diff_words("Kars'ın sınırı", "Ardahan'ın sınırı")
    assert [(c.old_text, c.new_text) for c in r.changes] == [("Kars'ın", "Ardahan'ın")]


words = st.lists(
    st.sampled_from(["Kars", "Batum", "the", "shall", ",", "Карс", "и", "42"]), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(words, words)
def test_changes_rebuild_the_new_text(a: list[str], b: list[str]):
    assert_changes_rebuild(" ".join(a), " ".join(b))


def test_a_clause_shared_word_for_word_stays_unchanged_inside_a_rewrite():
    """A reader must never be told a clause was dropped when both texts have it."""
    shared = "observing that they stand together in the struggle against imperialism"
    old = f"The parties, {shared}, agree."
    new = (
        "The parties, holding in common the principles of the brotherhood of nations; "
        f"{shared}, and that every difficulty of one is a difficulty of the other, agree."
    )
    result = diff_words(old, new)
    for c in result.changes:
        assert shared not in c.old_text and shared not in c.new_text


@pytest.mark.parametrize("compiled", [True, False])
def test_a_changed_figure_between_two_rewrites_is_its_own_change(compiled: bool):
    """Three words both texts keep, between two rewrites, stay unchanged: folded
    into one long replacement, the change of "deux" to "trois" would be lost."""
    old = "Le responsable suit chaque année une formation de deux jours organisée par le centre."
    new = (
        "Le responsable suit tous les deux ans une formation de trois jours organisée "
        "par l'Institut national."
    )
    changes = [(c.old_text, c.new_text) for c in diff_words(old, new, compiled=compiled).changes]
    assert ("deux", "trois") in changes
    assert not any("formation" in o or "organisée" in o for o, _ in changes)


def test_formulas_common_to_two_bundled_closings_are_not_struck():
    """Moscow and Kars close with the same witness clause and the year 1337: only the
    place, the date and the names change."""
    from treatyviewer.core.resources import load_bundled

    moscow, kars = load_bundled("moscow-1921"), load_bundled("kars-1921")
    old = moscow.body(moscow.by_label("closing"))
    new = kars.body(kars.by_label("closing"))
    changes = diff_words(old, new).changes
    changed = " ".join(c.old_text for c in changes)
    assert "witness" not in changed and "seals" not in changed and "1337" not in changed
    assert "Chicherin" in changed and "Ganetsky" in " ".join(c.new_text for c in changes)


long_words = st.lists(
    st.sampled_from(["Kars", "Batum", "the", "shall", ",", "Карс", "и", "42", "Ardahan", "Sarp",
                     "frontier", "Aras", "treaty", "."]),
    min_size=40, max_size=240,
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(long_words, long_words)
def test_long_passages_cut_at_anchors_still_rebuild_the_new_text(a: list[str], b: list[str]):
    assert_changes_rebuild(" ".join(a), " ".join(b))


_TOKENS = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
spaced = st.lists(
    st.sampled_from(["Kars", "Kars'", "party’s", "the", ",", "«", "Карс", "42", "\n\n", "  "]),
    max_size=40,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(spaced, spaced)
def test_changes_ignoring_space_hold_their_texts_and_rebuild_the_new_words(
    a: list[str], b: list[str]
):
    """The default comparison (space ignored): every span holds its text, and the old
    text with the changes applied reads, token for token, as the new one."""
    old, new = " ".join(a).replace("  ", "\t"), "".join(b)
    result = diff_words(old, new)
    for c in result.changes:
        assert old[c.old_start : c.old_end] == c.old_text
        assert new[c.new_start : c.new_end] == c.new_text
    # Spans hold tokens, not the space around them: each change goes in with a space
    # either side, so that it cannot run into its neighbours.
    out, pos = [], 0
    for c in result.changes:
        out += [old[pos : c.old_start], f" {c.new_text} "]
        pos = c.old_end
    same = str.maketrans({"’": "'"})
    rebuilt = "".join([*out, old[pos:]]).translate(same)
    assert _TOKENS.findall(rebuilt) == _TOKENS.findall(new.translate(same))


def test_passages_of_more_distinct_words_than_characters_below_the_surrogates():
    """Each distinct word stands for one character; past 55,000 of them the
    characters skip the surrogate range, and the diff still holds together."""
    old = " ".join(f"w{k}" for k in range(60_000))
    new = old.replace(" w59990 ", " changed ")
    result = diff_words(old, new)
    assert [(c.old_text, c.new_text) for c in result.changes] == [("w59990", "changed")]


ascii_text = st.text(alphabet=st.characters(max_codepoint=127), max_size=200)


@settings(max_examples=300, deadline=None)
@given(ascii_text)
def test_text_all_in_ascii_splits_into_the_tokens_of_the_general_pattern(text: str):
    """The tokens of an ASCII text come from a simpler pattern (a speed-up): they must
    be exactly those the pattern for every script finds."""
    from treatyviewer.core.textdiff import _ASCII_TOKEN_RE, _SPACED_TOKEN

    text += " don't 1920, Kars-Ardahan's;"[: len(text) % 29]
    assert _ASCII_TOKEN_RE.findall(text) == _SPACED_TOKEN.full().findall(text)


def test_a_name_both_sides_of_a_replacement_hold_stays_unchanged():
    """The cleanup folds one shared word into the change around it; for a name a
    reader would take it for struck out ("that Batum shall be a free port")."""
    old = "The Parties agree that Batum shall be a free port under the Treaty."
    new = "The Parties agree on Batum and Sarp under the Treaty."
    changes = diff_words(old, new).changes
    assert [(c.old_text, c.new_text) for c in changes] == [
        ("that", "on"),
        ("shall be a free port", "and Sarp"),
    ]
    assert not any("Batum" in c.old_text or "Batum" in c.new_text for c in changes)


def test_a_change_made_by_its_own_init_is_the_dataclass_it_was():
    """``Change`` fills its slots through their descriptors (a speed-up over the frozen
    dataclass's own ``__init__``): every field, in order, with its default, by position
    or by name, and still frozen, equal, hashable and copied by ``replace`` alike."""
    import dataclasses
    import pickle

    from treatyviewer.core.textdiff import CHANGE_FIELDS, Change

    fields = dataclasses.fields(Change)
    assert tuple(f.name for f in fields) == CHANGE_FIELDS
    assert [f.default for f in fields if f.default is not dataclasses.MISSING] == ["wording"]
    values = ("replace", 3, 7, 4, 9, "Kars", "Kars and Ardahan", "wording")
    made = Change(*values[:-1])
    assert tuple(getattr(made, name) for name in CHANGE_FIELDS) == values
    assert made == Change(**dict(zip(CHANGE_FIELDS, values, strict=True)))
    assert hash(made) == hash(Change(*values))
    assert dataclasses.replace(made, change_class="case").change_class == "case"
    assert pickle.loads(pickle.dumps(made)) == made
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.op = "insert"  # type: ignore[misc]


@given(
    st.lists(st.text(alphabet="ab ’'-.,5\u00a0\u4e00\u318d\u00e9\u0130", max_size=12), max_size=6)
)
@settings(max_examples=300)
def test_words_of_changes_counted_as_one_text_are_counted_alike(texts: list[str]):
    """``DiffResult.words`` counts the words of all its changes in one text, a space
    apart: the same count as change by change (no word runs across a space)."""
    from treatyviewer.core.textdiff import Change, DiffResult, word_count

    changes = tuple(Change("replace", 0, len(t), 0, len(t), t, t[::-1]) for t in texts)
    deleted, inserted = DiffResult(changes, 0, 0, 0).words()
    assert deleted == sum(map(word_count, texts))
    assert inserted == sum(word_count(t[::-1]) for t in texts)
