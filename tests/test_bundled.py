"""The bundled texts: structure, provenance, and the correspondences historians know."""

from __future__ import annotations

import json

import pytest

from treatyviewer.cli import run
from treatyviewer.core.comparison import compare
from treatyviewer.core.resources import bundled_ids, bundled_metadata, load_bundled, load_json

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"]  # fmt: skip
PLACE_KINDS = {"territory", "town", "river", "mountain", "sea", "strait"}


def labels(doc_id: str, kind: str) -> list[str]:
    return [s.label for s in load_bundled(doc_id).segments if s.kind.value == kind]


def test_1921_treaty_has_preamble_sixteen_articles_closing_and_annexes():
    doc = load_bundled("moscow-1921")
    assert labels("moscow-1921", "article") == ROMAN[:16]
    assert labels("moscow-1921", "preamble") == ["preamble"]
    assert labels("moscow-1921", "closing") == ["closing"]
    assert len(labels("moscow-1921", "annex")) >= 2
    assert doc.warnings == ()
    assert "16 March 1921" in doc.text or "sixteenth of March" in doc.text


def test_1920_draft_has_six_articles():
    assert labels("draft-1920", "article") == ["1", "2", "3", "4", "5", "6"]
    assert load_bundled("draft-1920").warnings == ()


def test_treaty_of_kars_has_twenty_articles_and_three_annexes():
    doc = load_bundled("kars-1921")
    assert labels("kars-1921", "article") == ROMAN
    assert labels("kars-1921", "preamble") == ["preamble"]
    assert labels("kars-1921", "closing") == ["closing"]
    assert labels("kars-1921", "annex") == ["Annex I", "Annex II", "Annex III"]
    assert doc.warnings == ()
    assert "13 October 1921" in doc.text


def test_bundled_texts_are_found_in_the_resources_folder_oldest_first():
    assert bundled_ids() == ("draft-1920", "moscow-1921", "kars-1921")


@pytest.mark.parametrize("doc_id", bundled_ids())
def test_every_segment_has_provenance_and_the_text_says_what_it_is(doc_id: str):
    meta = bundled_metadata(doc_id)
    assert meta["id"] == doc_id and meta["title"] and meta["short_title"] and meta["date"]
    assert meta["rendering_note"]
    assert meta["sources"] and all(s["reference"] for s in meta["sources"])
    allowed = {"attested", "paraphrased from a source", "reconstructed"}
    segments = {seg.label for seg in load_bundled(doc_id).segments}
    assert set(meta["articles"]) == segments
    for label, entry in meta["articles"].items():
        assert entry["provenance"] in allowed, label
        assert entry["confidence"] in {"sure", "probable", "uncertain"}, label
        assert entry["source"] and entry["note"], label


def test_unchecked_kars_articles_are_summarised_in_brackets_not_invented():
    """An article no readable source gives is a bracketed editorial line, and says so."""
    meta = bundled_metadata("kars-1921")
    doc = load_bundled("kars-1921")
    for seg in doc.segments:
        if meta["articles"][seg.label]["source"] == "none readable":
            body = doc.text[seg.body_start : seg.end].strip()
            assert body.startswith("[") and body.endswith("]"), seg.label
            assert "could not be checked" in body, seg.label


def test_compare_moscow_kars_shows_the_known_correspondences(capsys):
    """`treatyviewer compare moscow-1921 kars-1921` pairs what the metadata says Kars repeats."""
    assert run(["compare", "moscow-1921", "kars-1921", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    linked = {(old, new) for p in data["pairs"] for old in p["old"] for new in p["new"]}
    table = bundled_metadata("kars-1921")["correspondences"]
    assert table["with"] == "moscow-1921"
    assert len(table["pairs"]) >= 10
    for known in table["pairs"]:
        assert known["provenance"] and known["source"], known
        assert (known["there"], known["here"]) in linked, known
    # What Kars added has no Moscow counterpart.
    for added in ("VII", "VIII"):
        assert added in data["added"], added


def test_draft_is_marked_reconstructed_throughout():
    meta = bundled_metadata("draft-1920")
    assert {e["provenance"] for e in meta["articles"].values()} == {"reconstructed"}
    assert "reconstruct" in meta["rendering_note"].lower()


def test_known_fates_of_the_draft_articles():
    """Draft → 1921, as the historiography reports:
    1 → I (non-recognition), 2 → VI (old treaties void), 3 → IX (communications),
    5 → V (the Straits), 6 → XIV (further agreements); 4 (mediation over the
    National Pact lands) has no single successor and was overtaken by the
    territorial articles."""
    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    links = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    for old, new in [("1", "I"), ("2", "VI"), ("3", "IX"), ("5", "V"), ("6", "XIV"),
                     ("preamble", "preamble"), ("closing", "closing")]:  # fmt: skip
        assert ((old,), (new,)) in links, (old, new)
    assert "4" in cmp.label_of("old", cmp.removed)
    added = set(cmp.label_of("new", cmp.added))
    assert {"II", "III", "IV", "VIII", "X", "XI", "XII", "XIII", "XV", "XVI"} <= added


def test_every_gazetteer_place_is_named_in_a_bundled_text():
    """Entries marked regional serve readers' own texts of the same settlement."""
    texts = "".join(load_bundled(i).text for i in bundled_ids())
    for entity in load_json("gazetteer.json")["entities"]:
        if entity["kind"] not in PLACE_KINDS or entity.get("regional"):
            continue
        names = [entity["label"], *entity.get("aliases", []), *entity["names"].get("en", [])]
        assert any(n in texts for n in names), entity["id"]


def test_curated_annotations_link_only_to_gazetteer_ids():
    ids = {e["id"] for e in load_json("gazetteer.json")["entities"]}
    items = load_json("annotations", "curated.json")["items"]
    assert len(items) >= 25
    for item in items:
        for body in item["body"]:
            if body["type"] == "SpecificResource":
                assert body["source"] in ids, (item["id"], body["source"])


def test_a_bundled_id_found_in_the_folder_works_wherever_a_path_does(capsys):
    assert run(["entities", "kars-1921", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["document"] == "kars-1921"
    assert "ganetsky" in {e["id"] for e in data["entities"]}
    assert run(["compare", "kars-1921", "moscow-1921", "--format", "csv"]) == 0
    assert "XVIII" in capsys.readouterr().out
