"""W3C annotations: JSON-LD round trips and re-anchoring after edits."""

from __future__ import annotations

import json
from difflib import SequenceMatcher
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from treatyviewer.core.anchoring import (
    MIN_QUOTE,
    anchor_annotation,
    annotations_json,
    reanchor,
    retarget,
)
from treatyviewer.core.annotation_jsonld import (
    dump_collection,
    from_jsonld,
    load_collection,
    to_jsonld,
)
from treatyviewer.core.annotations import (
    Annotation,
    Creator,
    PairRef,
    Target,
    annotate_selection,
    target_from_selection,
)
from treatyviewer.core.document import Document
from treatyviewer.core.entities import Gazetteer
from treatyviewer.core.errors import InputError
from treatyviewer.core.resources import resource_path
from treatyviewer.core.segment import make_document

TEXT = """Preamble: the parties, desiring to establish friendly relations, agree as follows.

Article 1
The frontier between Turkey and Armenia shall follow the river Aras to the point where it meets
the Arpa Chai, and thence the line agreed by the commission.

Article 2
Turkey agrees to cede to Georgia suzerainty over the port and town of Batum and the territory to
the north of the line, on condition that the population enjoys local autonomy.

Article 3
The High Contracting Parties agree that the port of Batum shall be open to the trade of all nations.
"""
QUOTE = "suzerainty over the port and town of Batum"


def doc(text: str = TEXT, source: str = "test-doc") -> Document:
    return make_document(text, source=source)


def note_on(document: Document, quote: str = QUOTE, **kwargs: object) -> Annotation:
    start = document.text.index(quote)
    return annotate_selection(document, start, start + len(quote), "A note.", **kwargs)  # type: ignore[arg-type]


def ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


# --- model and JSON-LD ----------------------------------------------------------


def test_selection_records_quote_context_position_and_segment() -> None:
    d = doc()
    target = note_on(d).targets[0]
    start = d.text.index(QUOTE)
    assert target.exact == QUOTE
    assert target.prefix == d.text[start - 32 : start]
    assert target.suffix == d.text[start + len(QUOTE) : start + len(QUOTE) + 32]
    assert (target.start, target.end, target.segment) == (start, start + len(QUOTE), "2")
    assert target.source == "test-doc"


def test_selection_outside_the_text_is_refused() -> None:
    with pytest.raises(ValueError):
        target_from_selection(doc(), 10, 10_000)


def test_jsonld_round_trip_keeps_everything() -> None:
    d = doc()
    ann = note_on(
        d,
        tags=["cession", "port"],
        entity_ids=["batum", "georgia"],
        creator=Creator("Editors", "Organization"),
        annotation_id="urn:treatyviewer:curated:batum",
        created="2024-05-01T10:00:00Z",
    )
    data = to_jsonld(ann)
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "Annotation"
    selectors = {s["type"]: s for s in data["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == QUOTE
    assert selectors["TextPositionSelector"]["start"] == ann.targets[0].start
    assert data["target"]["treatyviewer:segment"] == "2"
    assert from_jsonld(json.loads(json.dumps(data))) == ann


def test_entity_links_carry_wikidata_uris_from_the_gazetteer() -> None:
    gaz = Gazetteer.load(
        {"entities": [{"id": "batum", "kind": "town", "label": "Batum", "wikidata": "Q1"}]}
    )
    ann = note_on(doc(), entity_ids=["batum", "unknown"])
    bodies = [b for b in to_jsonld(ann, gaz)["body"] if b["type"] == "SpecificResource"]
    assert bodies[0]["treatyviewer:wikidata"] == "http://www.wikidata.org/entity/Q1"
    assert "treatyviewer:wikidata" not in bodies[1]
    again = from_jsonld(to_jsonld(ann, gaz))
    assert to_jsonld(again)["body"] == to_jsonld(ann, gaz)["body"]


def test_unknown_keys_are_ignored_when_reading() -> None:
    raw = {
        "id": "urn:x:1",
        "type": "Annotation",
        "motivation": "commenting",
        "someday": {"nested": True},
        "body": [
            {"type": "TextualBody", "value": "note", "purpose": "commenting", "extra": 1},
            {"type": "SpecificResource", "purpose": "identifying", "source": "kars", "x": 2},
            {"type": "TextualBody", "purpose": "tagging", "value": "border"},
        ],
        "target": {"source": "moscow-1921", "selector": {"type": "RangeSelector"}, "y": 3},
    }
    ann = from_jsonld(raw)
    assert (ann.note, ann.entity_ids, ann.tags) == ("note", ("kars",), ("border",))
    assert ann.targets == (Target(source="moscow-1921"),)


def test_pair_and_change_targets_round_trip() -> None:
    pair = Annotation(
        id="urn:x:pair",
        targets=(Target(source="comparison", pair=PairRef(("4",), ("V", "VI"))),),
        note="split",
    )
    two_sides = Annotation(
        id="urn:x:change",
        targets=(
            Target("draft-1920", "4", "Kars", "of ", ".", 10, 14, change="replace"),
            Target("moscow-1921", "V", "Kars and Ardahan", "of ", ".", 12, 28, change="replace"),
        ),
    )
    for ann in (pair, two_sides):
        assert from_jsonld(to_jsonld(ann)) == ann
    assert isinstance(to_jsonld(two_sides)["target"], list)


def test_malformed_annotations_are_refused_with_a_reason() -> None:
    with pytest.raises(InputError, match="no target"):
        from_jsonld({"id": "urn:x", "type": "Annotation"})
    with pytest.raises(InputError, match="offsets"):
        from_jsonld(
            {
                "id": "urn:x",
                "target": {
                    "source": "a",
                    "selector": {"type": "TextPositionSelector", "start": -1},
                },
            }
        )


def test_collection_dump_and_load(tmp_path: Path) -> None:
    anns = [note_on(doc(), annotation_id=f"urn:x:{i}") for i in range(3)]
    data = dump_collection(anns, "mine")
    assert data["type"] == "AnnotationCollection"
    assert all("@context" not in item for item in data["items"])
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_collection(path) == anns
    assert load_collection(data) == anns


def test_broken_collection_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.json"):
        load_collection(path)


# --- anchoring ------------------------------------------------------------------


def test_unchanged_text_is_anchored() -> None:
    d = doc()
    a = reanchor(note_on(d).targets[0], d)
    assert (a.status, a.segment, a.score) == ("anchored", "2", 1.0)
    assert d.text[a.start : a.end] == QUOTE  # type: ignore[misc]


def test_text_shifted_by_an_edit_elsewhere_stays_anchored() -> None:
    """Same words in the same surroundings: to a reader the passage has not moved."""
    target = note_on(doc()).targets[0]
    edited = doc(TEXT.replace("Preamble: the parties", "Preamble: the two sovereign parties"))
    a = reanchor(target, edited)
    assert a.status == "anchored" and not a.quote_changed
    assert a.start != target.start
    assert edited.text[a.start : a.end] == QUOTE  # type: ignore[misc]


def test_passage_in_new_surroundings_is_moved() -> None:
    sentence = "Prisoners of war shall be returned to the frontier within three months."
    before = doc(f"Article 1\nThe parties agree. {sentence}\n\nArticle 2\nOther matters follow.")
    start = before.text.index(sentence)
    target = target_from_selection(before, start, start + len(sentence))
    after = doc(f"Article 1\nThe parties agree.\n\nArticle 2\nOther matters follow. {sentence}")
    a = reanchor(target, after)
    assert a.status == "moved" and a.segment == "2" and not a.quote_changed
    assert after.text[a.start : a.end] == sentence  # type: ignore[misc]


def test_repeated_quote_goes_to_the_occurrence_with_its_context() -> None:
    d = doc()
    start = d.text.index("the port of Batum")
    target = target_from_selection(d, start, start + len("the port"))
    edited = doc("The port is named first.\n\n" + TEXT)
    a = reanchor(target, edited)
    assert a.status == "anchored"
    assert edited.text[a.start : a.start + len("the port of Batum")] == "the port of Batum"  # type: ignore[misc]
    assert a.segment == "3"


def test_lightly_edited_quote_is_found_in_its_context() -> None:
    target = note_on(doc()).targets[0]
    edited = doc(TEXT.replace("port and town of Batum", "port and city of Batum"))
    a = reanchor(target, edited)
    assert a.status == "moved" and a.quote_changed
    assert edited.text[a.start : a.end] == "suzerainty over the port and city of Batum"  # type: ignore[misc]


def test_renumbered_article_keeps_its_note() -> None:
    target = note_on(doc()).targets[0]
    edited = doc(TEXT.replace("Article 2\n", "Article II\n").replace("Article 1\n", "Article I\n"))
    a = reanchor(target, edited)
    assert a.status in ("anchored", "moved")
    assert a.segment == "II"


def test_deleted_passage_becomes_an_orphan() -> None:
    target = note_on(doc()).targets[0]
    edited = doc(TEXT.replace(QUOTE, "rights"))
    a = reanchor(target, edited)
    assert (a.status, a.start, a.end, a.segment) == ("orphan", None, None, None)


def test_look_alike_passage_elsewhere_does_not_capture_the_note() -> None:
    """The annotated sentence is rewritten; a similar phrase in another article,
    with other surroundings, must not take the note."""
    target = note_on(doc()).targets[0]
    rewritten = TEXT.replace(
        "Turkey agrees to cede to Georgia suzerainty over the port and town of Batum and the "
        "territory to\nthe north of the line",
        "This article was struck out by the conference",
    )
    near_copy = (
        rewritten
        + "\nArticle 4\nNothing here alters the suzerainty over the port and town of Batumi.\n"
    )
    exact_copy = (
        rewritten + "\nArticle 4\nLater, the suzerainty over the port and town of Batum passed.\n"
    )
    for text in (near_copy, exact_copy):
        assert reanchor(target, doc(text)).status == "orphan"


def test_long_unique_quote_moved_to_new_surroundings_is_followed() -> None:
    quote = "Turkey agrees to cede to Georgia suzerainty over the port and town of Batum"
    target = note_on(doc(), quote).targets[0]
    moved = TEXT.replace(quote, "The article is moved.") + "\nArticle 9\nFinally. " + quote + ".\n"
    a = reanchor(target, doc(moved))
    assert a.status == "moved"
    assert a.segment == "9"


def test_targets_without_quotes_anchor_by_label_or_offsets() -> None:
    d = doc()
    assert reanchor(Target("test-doc", segment="3"), d).status == "anchored"
    assert reanchor(Target("test-doc", segment="77"), d).status == "orphan"
    assert reanchor(Target("test-doc", start=0, end=5), d).status == "anchored"
    assert reanchor(Target("test-doc", start=0, end=10**6), d).status == "orphan"


def test_retarget_records_the_new_place() -> None:
    target = note_on(doc()).targets[0]
    edited = doc("Inserted.\n\n" + TEXT)
    fresh = retarget(target, reanchor(target, edited), edited)
    assert reanchor(fresh, edited).status == "anchored"


def test_annotations_json_reports_status_per_annotation() -> None:
    old, new = doc(source="old.txt"), doc(TEXT.replace(QUOTE, "rights"), source="new.txt")
    on_old = note_on(old, annotation_id="urn:x:old")
    on_new = Annotation("urn:x:new", (target_from_selection(new, 0, 8),))
    on_pair = Annotation("urn:x:pair", (Target("", pair=PairRef(("2",), ("2",))),))
    both = Annotation("urn:x:both", (on_old.targets[0], Target("new.txt", "2", QUOTE)))
    out = annotations_json([on_old, on_new, on_pair, both], [old, new])
    assert out["schema"] == "treatyviewer.annotations/1"
    summary = [(i["annotation"]["id"], i["status"], i["segment"]) for i in out["items"]]
    assert summary == [
        ("urn:x:old", "anchored", "2"),
        ("urn:x:new", "anchored", "preamble"),
        ("urn:x:pair", "anchored", "2"),
        ("urn:x:both", "orphan", "2"),
    ]
    assert anchor_annotation(both, [old, new])[1].status == "orphan"


# --- property: edits never lose an annotation ----------------------------------

WORDS = [
    *("the", "of", "and", "to", "shall", "Kars", "Batum", "Aras", "treaty", "article"),
    *("parties", "Turkey", "Russia", "frontier", "line", "port", "town", "river", "agree"),
    *("hereby", "territory", "Карс", "граница", "договор"),
]


@st.composite
def edited_document(draw: st.DrawFn) -> tuple[Document, Target, bool]:
    """A document, a note on it, and the document after random edits; the flag
    says whether the quote and its 32-character context came through untouched."""
    words = draw(st.lists(st.sampled_from(WORDS), min_size=20, max_size=200))
    paragraphs = [" ".join(words[i : i + 12]) for i in range(0, len(words), 12)]
    text = doc("\n\n".join(paragraphs)).text
    start = draw(st.integers(0, len(text) - 2))
    end = draw(st.integers(start + 1, min(len(text) - 1, start + 120)))
    assume(text[start:end].strip())
    target = target_from_selection(doc(text), start, end)
    window = [start - len(target.prefix), end + len(target.suffix)]
    untouched = True
    for _ in range(draw(st.integers(1, 4))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 40)))
        new = draw(
            st.one_of(st.just(""), st.sampled_from(WORDS), st.text("abc Kars\n", max_size=20))
        )
        text = text[:a] + new + text[b:]
        if b <= window[0] and (a < window[0] or not new):
            shift = len(new) - (b - a)
            window = [window[0] + shift, window[1] + shift]
        elif a > window[1] or (a == window[1] and b == a):
            pass
        else:
            untouched = False
    edited = doc(text)
    return edited, target, untouched and edited.text == text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(edited_document())
def test_random_edits_never_lose_an_annotation(case: tuple[Document, Target, bool]) -> None:
    document, target, untouched = case
    a = reanchor(target, document)
    assert a.status in ("anchored", "moved", "orphan")
    if a.status == "orphan":
        assert a.start is None and a.end is None
        assert not untouched, "a quote whose text and context were not edited was lost"
        return
    assert a.start is not None and a.end is not None
    assert 0 <= a.start <= a.end <= len(document.text)
    found = document.text[a.start : a.end]
    if a.status == "anchored" or untouched:
        assert found == target.exact
    else:
        assert found == target.exact or ratio(found, target.exact) >= MIN_QUOTE


# --- bundled curated annotations ------------------------------------------------

CURATED = resource_path("annotations", "curated.json")
needs_curated = pytest.mark.skipif(
    not CURATED.is_file()
    or not resource_path("gazetteer.json").is_file()
    or not resource_path("texts", "moscow-1921.en.txt").is_file(),
    reason="bundled curated annotations, gazetteer or texts not present",
)


@needs_curated
def test_every_curated_annotation_anchors_on_the_bundled_texts() -> None:
    from treatyviewer.core.resources import bundled_ids, load_bundled

    documents = [load_bundled(i) for i in bundled_ids()]
    items = load_collection(CURATED)
    assert {t.source for a in items for t in a.targets} == set(bundled_ids())
    assert items
    out = annotations_json(items, documents)
    bad = [(i["annotation"]["id"], i["status"]) for i in out["items"] if i["status"] != "anchored"]
    assert bad == []


@needs_curated
def test_curated_annotations_link_only_to_gazetteer_entities() -> None:
    gaz = Gazetteer.bundled()
    unknown = {(a.id, e) for a in load_collection(CURATED) for e in a.entity_ids if e not in gaz}
    assert unknown == set()


@needs_curated
def test_every_entity_a_curated_note_names_is_linked_not_only_tagged() -> None:
    """A note that speaks of Kars, Batum or Soviet Georgia links those entities,
    whether the name is in its text or only in a tag."""
    gaz = Gazetteer.bundled()
    unlinked = []
    for note in load_collection(CURATED):
        assert note.entity_ids, f"{note.id} links no gazetteer entity"
        named = {m.entity_id for m in gaz.find("\n".join((note.note, *note.tags)))}
        unlinked += [(note.id, e) for e in sorted(named - set(note.entity_ids))]
    assert unlinked == []


@needs_curated
def test_at_least_ten_curated_notes_on_the_treaty_of_kars() -> None:
    kars = [a for a in load_collection(CURATED) if a.targets[0].source == "kars-1921"]
    assert len(kars) >= 10


@needs_curated
def test_annotations_command_anchors_every_curated_note(capsys) -> None:
    """`treatyviewer annotations --format json` checks the curated notes against all bundled texts."""
    import json

    from treatyviewer.cli import run

    assert run(["annotations", "--format", "json"]) == 0
    items = json.loads(capsys.readouterr().out)["items"]
    assert len(items) == len(load_collection(CURATED))
    assert [i["annotation"]["id"] for i in items if i["status"] != "anchored"] == []


@needs_curated
def test_annotations_text_says_each_note_is_anchored(capsys) -> None:
    """The text output named a note's status only when it was not anchored, so a reader
    could not tell a placed note from a line that left the status out."""
    from treatyviewer.cli import run

    assert run(["annotations"]) == 0
    places = [line for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")]
    assert places and all(
        line.endswith(" · anchored") or " · anchored · " in line for line in places
    )
