"""Finding gazetteer entities across scripts, spellings and inflections."""

from __future__ import annotations

import random

import pytest

from treatyviewer.core.entities import (
    Gazetteer,
    Mention,
    entities_json,
    find_mentions,
    mentions_by_segment,
)
from treatyviewer.core.errors import InputError
from treatyviewer.core.resources import resource_path
from treatyviewer.core.russian_forms import russian_inflections
from treatyviewer.core.segment import make_document

SMALL = {
    "schema": "treatyviewer.gazetteer/1",
    "entities": [
        {
            "id": "kars",
            "kind": "territory",
            "label": "Kars",
            "names": {"en": ["Kars"], "ru": ["Карс"], "tr": ["Kars"]},
            "aliases": ["Qars"],
            "forms": [],
            "wikidata": "Q83075",
            "coordinates": [40.6, 43.1],
            "description": "Town and province ceded to Turkey in 1921.",
        },
        {
            "id": "batum",
            "kind": "town",
            "label": "Batum",
            "names": {"en": ["Batum", "Batumi"], "ru": ["Батум", "Батуми"], "tr": ["Batum"]},
            "aliases": [],
            "forms": [],
            "wikidata": None,
            "coordinates": None,
            "description": "",
        },
        {
            "id": "gyumri",
            "kind": "town",
            "label": "Alexandropol",
            "names": {"en": ["Alexandropol"], "ru": ["Александрополь"], "tr": ["Gümrü"]},
            "aliases": ["Gyumri", "Leninakan"],
        },
        {
            "id": "yerevan",
            "kind": "town",
            "label": "Erivan",
            "names": {"en": ["Erivan"], "ru": ["Эривань"]},
            "aliases": ["Yerevan"],
        },
        {"id": "aras", "kind": "river", "label": "Aras", "names": {"en": ["Aras", "Araxes"]}},
        {
            "id": "black-sea",
            "kind": "sea",
            "label": "Black Sea",
            "names": {"en": ["Black Sea"], "ru": ["Черное море"]},
            "forms": ["Черного моря"],
        },
        {"id": "georgia", "kind": "state", "label": "Georgia", "names": {"ru": ["Грузия"]}},
        {"id": "nakhichevan", "kind": "territory", "label": "Nakhichevan",
         "names": {"en": ["Nakhichevan"], "ru": ["Нахичевань"], "tr": ["Nahçıvan"]}},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(SMALL)


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.entity_id, m.text) for m in gazetteer.find(text)]


def test_english_mentions_respect_word_boundaries(gazetteer: Gazetteer) -> None:
    text = "Kars and Karsten; the Aras, not Arash; the Araxes; Qars."
    assert found(gazetteer, text) == [
        ("kars", "Kars"),
        ("aras", "Aras"),
        ("aras", "Araxes"),
        ("kars", "Qars"),
    ]


def test_longer_spelling_counts_once(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "Batumi, Batum, Batumis") == [("batum", "Batumi"), ("batum", "Batum")]


def test_historical_spellings_map_to_one_entity(gazetteer: Gazetteer) -> None:
    text = "Alexandropol (Gyumri, later Leninakan); Erivan or Yerevan."
    assert [e for e, _ in found(gazetteer, text)] == ["gyumri"] * 3 + ["yerevan"] * 2


def test_russian_inflected_forms_are_generated(gazetteer: Gazetteer) -> None:
    text = "Карс, Карса, Карсе, Карсом и Карсской области; Батума; Грузии; Эриванью; Карсильда."
    assert found(gazetteer, text) == [
        ("kars", "Карс"),
        ("kars", "Карса"),
        ("kars", "Карсе"),
        ("kars", "Карсом"),
        ("kars", "Карсской"),
        ("batum", "Батума"),
        ("georgia", "Грузии"),
        ("yerevan", "Эриванью"),
    ]


def test_listed_multiword_forms_and_line_breaks(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "the Black\nSea, Черного моря") == [
        ("black-sea", "Black\nSea"),
        ("black-sea", "Черного моря"),
    ]


def test_turkish_apostrophe_suffixes_and_dotless_i(gazetteer: Gazetteer) -> None:
    text = "Kars'ın, Batum'a, Kars’tan, NAHÇIVAN, Nahçıvan'ın, KARS"
    assert found(gazetteer, text) == [
        ("kars", "Kars'ın"),
        ("batum", "Batum'a"),
        ("kars", "Kars’tan"),
        ("nakhichevan", "NAHÇIVAN"),
        ("nakhichevan", "Nahçıvan'ın"),
        ("kars", "KARS"),
    ]


def test_quoted_name_is_found_without_the_quotes(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "the word 'Kars' here") == [("kars", "Kars")]


def test_offsets_are_absolute_and_match_the_text(gazetteer: Gazetteer) -> None:
    doc = make_document("Article 1\nKars.\n\nArticle 2\nBatum and Kars'ın.\n")
    for m in find_mentions(doc, gazetteer):
        assert doc.text[m.start : m.end] == m.text


def test_mentions_grouped_per_segment_with_relative_offsets(gazetteer: Gazetteer) -> None:
    doc = make_document("Preamble.\n\nArticle 1\nKars.\n\nArticle 2\nBatum and Kars.\n")
    grouped = mentions_by_segment(doc, find_mentions(doc, gazetteer))
    assert [m.entity_id for m in grouped["2"]] == ["batum", "kars"]
    assert grouped["preamble"] == []
    seg = doc.by_label("2")
    for m in grouped["2"]:
        assert doc.text[seg.start + m.start : seg.start + m.end] == m.text


def test_entities_json_matches_the_cli_contract(gazetteer: Gazetteer) -> None:
    doc = make_document("Article I\nThe Kars region.\n\nArticle II\nKarsa.\n")
    out = entities_json(doc, gazetteer, "mine.txt")
    assert out == {
        "schema": "treatyviewer.entities/1",
        "document": "mine.txt",
        "entities": [
            {
                "id": "kars",
                "label": "Kars",
                "kind": "territory",
                "wikidata": "Q83075",
                "mentions": [{"segment": "I", "start": 14, "end": 18, "text": "Kars"}],
            }
        ],
    }


def test_russian_inflections_of_each_shape() -> None:
    assert {"Карса", "Карсе", "Карсом", "Карсской", "Карсского"} <= set(russian_inflections("Карс"))
    assert {"Грузии", "Грузию", "Грузией"} <= set(russian_inflections("Грузия"))
    assert {"Эривани", "Эриванью"} <= set(russian_inflections("Эривань"))
    assert russian_inflections("Черное море") == ()
    assert russian_inflections("Kars") == ()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entities": "x"}, "no list of entities"),
        ({"entities": [{"id": "a", "label": "A", "kind": "planet"}]}, "unknown kind"),
        ({"entities": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]}, "used twice"),
        ({"schema": "other/2", "entities": []}, "unsupported gazetteer schema"),
    ],
)
def test_malformed_gazetteer_is_refused(data: dict[str, object], message: str) -> None:
    with pytest.raises(InputError, match=message):
        Gazetteer.load(data)


def test_large_text_scans_in_one_pass(gazetteer: Gazetteer) -> None:
    """Performance sanity (no timing assertion): a 500 KB text with many names."""
    rng = random.Random(7)
    words = ["the", "of", "Kars", "Karsten", "Батума", "treaty", "Arash", "Kars'ın", "shall"]
    text = " ".join(rng.choice(words) for _ in range(85_000))
    assert len(text) > 500_000
    mentions = gazetteer.find(text)
    expected = sum(1 for w in text.split(" ") if w in {"Kars", "Батума", "Kars'ın"})
    assert len(mentions) == expected
    assert all(isinstance(m, Mention) for m in mentions[:10])


# --- bundled resources ----------------------------------------------------------

needs_bundle = pytest.mark.skipif(
    not resource_path("gazetteer.json").is_file()
    or not resource_path("texts", "moscow-1921.en.txt").is_file(),
    reason="bundled gazetteer or 1921 text not present",
)


@needs_bundle
def test_bundled_1921_treaty_names_the_ceded_territories() -> None:
    from treatyviewer.core.resources import load_bundled

    out = entities_json(load_bundled("moscow-1921"), Gazetteer.bundled(), "moscow-1921")
    ids = {e["id"] for e in out["entities"]}
    assert {"kars", "ardahan", "batum", "nakhichevan"} <= ids
    assert all(e["mentions"] for e in out["entities"])


@needs_bundle
def test_bundled_gazetteer_entities_are_well_formed() -> None:
    gaz = Gazetteer.bundled()
    assert len(gaz) > 0
    for entity in gaz:
        assert entity.wikidata is None or entity.wikidata.startswith("Q")


def test_historical_spellings_of_regional_places_in_russian_and_english() -> None:
    """Alexandropol/Gyumri and Erivan/Yerevan, named in other texts of the 1920 settlement."""
    from treatyviewer.core.entities import Gazetteer, find_mentions
    from treatyviewer.core.segment import make_document

    text = (
        "Article 1\nThe treaty signed at Alexandropol was denounced at Erivan.\n\n"
        "Статья 2\nДоговор, подписанный в Александрополе, отвергнут в Эривани; "
        "войска вошли в Тифлис.\n\nArticle 3\nA vanguard left; Gyumri and Yerevan today.\n"
    )
    found = [m.entity_id for m in find_mentions(make_document(text), Gazetteer.bundled())]
    assert found.count("alexandropol") == 3
    assert found.count("erivan") == 3
    assert "tiflis" in found
    assert "lake-van" not in found


@needs_bundle
def test_an_armenian_sentence_finds_its_places_in_their_case_forms() -> None:
    """Armenian case endings are part of the word (Կարսում 'in Kars', Վրաստանին 'to Georgia')."""
    text = (
        "1921 թ. հոկտեմբերի 13-ին Կարսում կնքված պայմանագրով Նախիջևանը հանձնվեց "
        "Ադրբեջանին, իսկ Բաթումը՝ Վրաստանին, և Թուրքիայի ու Հայաստանի սահմանն "
        "անցավ Ախուրյանով ու Արաքսով։ Կարսի պայմանագիրը կրկնում է Մոսկվայի դրույթները։"
    )
    found = [(m.entity_id, m.text) for m in Gazetteer.bundled().find(text)]
    assert found == [
        ("kars", "Կարսում"),
        ("nakhichevan", "Նախիջևանը"),
        ("azerbaijan", "Ադրբեջանին"),
        ("batum", "Բաթումը"),
        ("georgia", "Վրաստանին"),
        ("turkey", "Թուրքիայի"),
        ("armenia", "Հայաստանի"),
        ("arpa-chai", "Ախուրյանով"),
        ("araxes", "Արաքսով"),
        ("treaty-of-kars", "Կարսի պայմանագիրը"),
        ("moscow", "Մոսկվայի"),
    ]


@needs_bundle
def test_a_georgian_sentence_finds_its_places_in_their_case_forms() -> None:
    """Georgian case endings and postpositions join the word (ყარსში 'in Kars', ბათუმის 'of Batum')."""
    text = (
        "ყარსის ხელშეკრულებით ბათუმი საქართველოს დარჩა, ნახჭევანი აზერბაიჯანის "
        "მფარველობაში გადავიდა, თურქეთმა კი ყარსი და არტაანი მიიღო. ხელშეკრულება "
        "ყარსში 1921 წლის 13 ოქტომბერს მოეწერა, რატიფიკაციები ერევანში გაცვალეს."
    )
    found = [(m.entity_id, m.text) for m in Gazetteer.bundled().find(text)]
    assert found == [
        ("treaty-of-kars", "ყარსის ხელშეკრულებით"),
        ("batum", "ბათუმი"),
        ("georgia", "საქართველოს"),
        ("nakhichevan", "ნახჭევანი"),
        ("azerbaijan", "აზერბაიჯანის"),
        ("turkey", "თურქეთმა"),
        ("kars", "ყარსი"),
        ("ardahan", "არტაანი"),
        ("kars", "ყარსში"),
        ("erivan", "ერევანში"),
    ]


@needs_bundle
def test_every_place_and_party_of_the_settlement_has_armenian_and_georgian_names() -> None:
    gaz = Gazetteer.bundled()
    for entity_id in ("kars", "ardahan", "batum", "nakhichevan", "sarp", "araxes", "turkey",
                      "georgia", "armenia", "azerbaijan", "rsfsr", "gnat", "armenian-ssr",
                      "azerbaijan-ssr", "georgian-ssr", "erivan", "tiflis", "moscow"):  # fmt: skip
        entity = gaz.get(entity_id)
        assert entity is not None, entity_id
        assert entity.names.get("hy") and entity.names.get("ka"), entity_id


@needs_bundle
def test_the_treaty_of_kars_names_its_parties_and_signatories() -> None:
    from treatyviewer.core.resources import load_bundled

    out = entities_json(load_bundled("kars-1921"), Gazetteer.bundled(), "kars-1921")
    ids = {e["id"] for e in out["entities"]}
    assert {"armenian-ssr", "azerbaijan-ssr", "georgian-ssr", "gnat", "rsfsr"} <= ids
    signatories = {"mravyan", "makintsyan", "shakhtakhtinsky", "eliava", "svanidze",
                   "karabekir", "veli-bey", "muhtar-bey", "memduh-sevket", "ganetsky"}  # fmt: skip
    assert signatories <= ids
    assert {"kars", "ardahan", "batum", "nakhichevan", "sarp", "erivan"} <= ids


def test_a_text_is_scanned_with_only_the_forms_it_may_hold_and_finds_the_same():
    """Each text gets a matcher of the forms whose first word it contains (cheaper to
    build); on every form, in any case, across line breaks, with Turkish suffixes and
    glued to other words, it finds what the matcher of all forms finds."""
    from treatyviewer.core.entities import _capitalised, _compiled, fold

    gazetteer = Gazetteer.bundled()
    forms = [f for e in gazetteer for f in (*e.listed_forms(), *e.generated_forms())]
    rng = random.Random(7)
    parts = []
    for _ in range(6000):
        form = rng.choice(forms)
        if rng.random() < 0.3:
            form = form.replace(" ", rng.choice(["\n", "  ", "\t "]))
        if rng.random() < 0.2:
            form = form.title()
        if rng.random() < 0.3:
            form += rng.choice(["'ın", "'a", "'abcdefghij", "i", "'s", "1", "_x"])
        parts += [form, rng.choice([" ", ", ", "\n", "-", "", ".", "'"])]
    text = "".join(parts)
    everything = _compiled(tuple(gazetteer._forms))
    folded = fold(text)
    expected = [
        (gazetteer._forms[" ".join(m.group("name").split())], m.start(), m.end())
        for m in everything.finditer(folded)
        if _capitalised(
            text[m.start() : m.end()], gazetteer._capitals[" ".join(m.group("name").split())]
        )
    ]
    found = gazetteer.find(text)
    assert [(m.entity_id, m.start, m.end) for m in found] == expected
    assert len(found) > 3000
    assert gazetteer.find("Nothing here names a place.") == []


def test_a_place_inside_a_web_or_mail_address_is_no_mention(gazetteer: Gazetteer) -> None:
    """ "moscow" in ".../moscow-1921-full-text.pdf" put Moscow in the index of a transit
    convention that names no place, and drew a map for it."""
    text = (
        "The text is at https://example.org/moscow-1921-full-text.pdf and www.kars.example; "
        "write to batum@example.org. Kars and Batum stay."
    )
    assert found(gazetteer, text) == [("kars", "Kars"), ("batum", "Batum")]


def test_a_common_word_in_small_letters_is_no_place_or_party() -> None:
    """ "narrow straits" and "the port of kars" name no entity of the gazetteer; the
    capitalised Straits and Kars do, and so does "tsarist Russia", a form it lists so."""
    bundled = Gazetteer.bundled()
    text = (
        "Ships pass narrow straits to the port of kars. The Straits stay open; Kars is "
        "ceded; the debts of tsarist Russia are void. THE STRAITS ARE FREE."
    )
    found = [(m.entity_id, m.text) for m in bundled.find(text)]
    assert ("straits", "straits") not in found and ("kars", "kars") not in found
    assert [t for _, t in found if "kars" in t.lower() or "straits" in t.lower()] == [
        "The Straits",
        "Kars",
        "THE STRAITS",
    ]
    assert Gazetteer.bundled().find("through the straits") == []
    assert "tsarist Russia" in [t for _, t in found]


def test_the_tsarist_government_of_russia_is_not_a_mention_of_the_soviet_republic() -> None:
    """In the bundled gazetteer "the tsarist government of Russia" (and its Russian
    "царским правительством России") names the empire, whole: "Russia" / "России" in
    it had been counted as the RSFSR too; and "Оттоманским правительством", the
    treaty's own spelling, had not been found at all."""
    bundled = Gazetteer.load(resource_path("gazetteer.json"))
    english = "between the tsarist government of Russia and the Ottoman government"
    russian = "между царским правительством России и Оттоманским правительством"
    for text in (english, russian):
        assert [e for e, _ in found(bundled, text)] == ["russian-empire", "ottoman-empire"]
