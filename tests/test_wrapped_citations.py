"""Citations that a hard wrap set at the start of a line never number the text.

A law of sections "§ 1" to "§ 12", printed at a fixed width, cites "Artikel 14"
and "Artikel 28" of a treaty where a line happened to begin with them. Those two
citations had been taken for the text's articles (articles beat sections), and
the twelve sections were read as unnumbered headings: versions of the law printed
with and without the wrap then shared no label. A text of our own in that layout.
"""

from __future__ import annotations

from pathlib import Path

from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.io.readers import read_document


def _law(count: int) -> str:
    parts = ["Gesetz über die Nutzung grenzüberschreitender Gewässer", ""]
    for n in range(1, count + 1):
        parts += [f"§ {n}", "Zuständigkeit", ""]
        body = (
            f"(1) Die zuständige Behörde des Landes trifft die Maßnahme Nummer {n} nach"
            " dem Verfahren und unterrichtet den Ausschuss der Vertragsparteien über"
        )
        if n == 4:
            body = (
                "a) Die zuständige Behörde errichtet nach Artikel 14 eine Versicherung\n"
                "Artikel 14 Gewässer Daten in angemessener Frist vor dem Beschluss."
            )
        elif n == 9:
            body = (
                "a) Die Behörde stellt sicher, dass die Maßnahme nach dem Verfahren\n"
                "Artikel 2 Anlage von Haushalt dem Antrag einschlägige schriftliche\n"
                "Artikel 28 Bescheinigung auf einen Antrag der Vertragspartei."
            )
        else:
            body += "\ndie Ergebnisse in angemessener Frist vor dem Beschluss."
        parts += [body, ""]
    return "\n".join(parts)


def _read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "law.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_articles_cited_at_a_line_start_leave_the_sections_the_units(tmp_path: Path) -> None:
    doc = _read(tmp_path, _law(12))
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == [str(n) for n in range(1, 13)]


def test_articles_from_one_still_beat_sections(tmp_path: Path) -> None:
    text = "\n".join(
        f"Artikel {n}\n\n§ {n} Die Behörde trifft die Maßnahme Nummer {n}.\n" for n in range(1, 5)
    )
    doc = _read(tmp_path, "Gesetz\n\n" + text)
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == ["1", "2", "3", "4"]


def _numbered(count: int) -> str:
    parts = ["Convention sur les ressources transfrontières", ""]
    for n in range(1, count + 1):
        parts += [f"{n}.", ""]
        body = (
            "(1) La partie compétente notifie au secrétariat les mesures prises et"
            " en informe\nle comité dans le délai prévu.\n\n(2) Le comité examine le rapport"
        )
        if n in (3, 7, 8):  # the wrap sets a citation at the start of the second line
            body += f' de la partie\nArticle {n + 20} "assurance" préalable sur la demande.'
        else:
            body += "."
        parts += [body, ""]
    return "\n".join(parts)


def test_articles_cited_at_a_line_start_leave_bare_numbers_the_units(tmp_path: Path) -> None:
    doc = _read(tmp_path, _numbered(16))
    units = [s for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert [s.label for s in units] == [str(n) for n in range(1, 17)]
