"""The bundled places and parties are found as French, German, Russian and Turkish
texts spell them, and words that only resemble them are left alone."""

from __future__ import annotations

import pytest

from treatyviewer.core.entities import Gazetteer


def found(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in Gazetteer.bundled().find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la frontière suit l'Araxe", [("Araxe", "araxes")]),
        ("jusqu'à Nakhitchevan", [("Nakhitchevan", "nakhichevan")]),
        ("le port de Batoum", [("Batoum", "batum")]),
        ("les districts de Kars et d'Ardahan", [("Kars", "kars"), ("Ardahan", "ardahan")]),
        ("sur la mer Noire", [("mer Noire", "black-sea")]),
        ("la Turquie et la Géorgie", [("Turquie", "turkey"), ("Géorgie", "georgia")]),
        ("Fait à Moscou", [("Moscou", "moscow")]),
        ("dem Araxes entlang bis Nachitschewan", [("Araxes", "araxes"), ("Nachitschewan", "nakhichevan")]),
        ("am Schwarzen Meer", [("Schwarzen Meer", "black-sea")]),
        ("die Grenzflüsse Araxes und Arpatschai", [("Araxes", "araxes"), ("Arpatschai", "arpa-chai")]),
        ("das Schwarze Meer", [("Schwarze Meer", "black-sea")]),
        ("zwischen Armenien und der Türkei", [("Armenien", "armenia"), ("Türkei", "turkey")]),
        ("Карс и Карсской области", [("Карс", "kars"), ("Карсской", "kars")]),
        ("до Батума, по реке Аракс", [("Батума", "batum"), ("Аракс", "araxes")]),
        ("Kars'ın ve Batum'a, Nahçıvan", [("Kars'ın", "kars"), ("Batum'a", "batum"), ("Nahçıvan", "nakhichevan")]),
        ("Batum, Batoum, Nakhichevan, Nakhitchevan", [
            ("Batum", "batum"), ("Batoum", "batum"),
            ("Nakhichevan", "nakhichevan"), ("Nakhitchevan", "nakhichevan"),
        ]),
    ],
)  # fmt: skip
def test_a_place_is_found_as_each_language_spells_it(text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the cars are red; les cars de Paris",
        "a Caucasian rug, Russian tea, Turkish coffee, Georgian silver",
        "la mer est noire; le lac est calme; a van",
        "un Arménien, ein Georgier, Moskauer Zeit",
    ],
)
def test_words_that_only_resemble_a_name_are_not_mentions(text: str) -> None:
    assert found(text) == []
