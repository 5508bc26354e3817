"""Policies and notices as their publishers keep them in Markdown: the marks only a
site's renderer reads stay out of the words, and sections named by a heading pair
by that heading."""

from __future__ import annotations

from pathlib import Path

from treatyviewer.cli import load
from treatyviewer.core.comparison import compare

NOTICE = """## <span class="privacy-header-firefox">Aviso de privacidad</span> de Firefox

*En vigor desde el 13 de mayo de 2024*
{: datetime="2024-05-13" }

## Por defecto, Mozilla procesa sus datos para:

### Mejorar las funciones {: #health-report }

Firefox envía datos técnicos y de interacción.
{: #telemetry }

### Enviar informes de error {: #crash-reporter }

Los informes ayudan a corregir errores.

## {HEADING}

### Sus derechos{COLON}

Puede acceder a sus datos y borrarlos.
"""


def _write(folder: Path, name: str, heading: str, colon: str) -> Path:
    path = folder / name
    path.write_text(NOTICE.replace("{HEADING}", heading).replace("{COLON}", colon), "utf-8")
    return path


def test_attribute_lists_and_inline_markup_are_no_words_of_the_text(tmp_path: Path) -> None:
    """The labels read "Mejorar las funciones {: #health-report }" and
    '<span class="privacy-header-firefox">Aviso…', and the text kept them."""
    doc = load(str(_write(tmp_path, "old.md", "Sus derechos y opciones:", ":")))
    assert "{:" not in doc.text and "<span" not in doc.text and "#telemetry" not in doc.text
    labels = [s.label for s in doc.segments]
    assert "Mejorar las funciones" in labels and "Enviar informes de error" in labels
    assert not any("{" in label or "<" in label for label in labels), labels


def test_a_section_named_by_a_heading_that_lost_its_colon_is_the_same_section(
    tmp_path: Path,
) -> None:
    """ "Ihre Rechte und Optionen:" became "Ihre Rechte und Optionen": one removed and one
    added heading; then the pair, found by two rules, was listed twice."""
    old = load(str(_write(tmp_path, "old.md", "Sus derechos y opciones:", ":")))
    new = load(str(_write(tmp_path, "new.md", "Sus derechos y opciones", "")))
    cmp = compare(old, new)
    pairs = [
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    ]
    assert (("Sus derechos y opciones:",), ("Sus derechos y opciones",)) in pairs
    assert (("Sus derechos:",), ("Sus derechos",)) in pairs
    assert len(pairs) == len(set(pairs))
    assert not cmp.added and not cmp.removed


def test_the_concordance_gives_sections_named_by_headings_room_for_their_names(
    tmp_path: Path,
) -> None:
    """Labels such as "Communication preferences" wrapped over four to six lines in the
    PDF's concordance, broken inside a word, beside half-empty columns of figures."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QGuiApplication

    from treatyviewer.core.resources import load_bundled
    from treatyviewer.io.export import make_report
    from treatyviewer.io.report_textdoc import TextDocBuilder
    from treatyviewer.io.report_textdoc_sections import _concordance_widths, concordance_head

    _app = QGuiApplication.instance() or QGuiApplication([])  # fonts measure the heads

    def widths(cmp: object) -> list[float]:
        report = make_report(cmp, [])  # type: ignore[arg-type]
        builder = TextDocBuilder(report, "side", 96, QSizeF(700, 1000))
        return _concordance_widths(builder, (*concordance_head(), "Page"), report.concordance_rows)

    old = load(str(_write(tmp_path, "old.md", "Sus derechos y opciones:", ":")))
    new = load(str(_write(tmp_path, "new.md", "Sus derechos y opciones", "")))
    named = widths(compare(old, new))
    numbered = widths(compare(load_bundled("draft-1920"), load_bundled("moscow-1921")))
    assert named[0] > numbered[0] and named[1] > numbered[1]
    assert round(sum(named), 6) == round(sum(numbered), 6) == 100


def test_a_chapter_in_capitals_that_lost_its_stop_is_numbered_with_the_others(
    tmp_path: Path,
) -> None:
    """La Redoute's policy prints "10 LUTTE CONTRE LA FRAUDE" among "9. SECURITE" and
    "11. RESEAUX SOCIAUX": it was labelled with its whole title, and a renumbering
    10 → 9 was not seen as one."""
    text = (
        "9. SECURITE\n-----------\n\nLa société protège vos données.\n\n"
        "10 LUTTE CONTRE LA FRAUDE\n-------------------------\n\nNous luttons contre la fraude.\n\n"
        "11. RESEAUX SOCIAUX\n-------------------\n\nLes boutons des réseaux sociaux.\n"
    )
    path = tmp_path / "politique.md"
    path.write_text(text, encoding="utf-8")
    labels = [s.label for s in load(str(path)).segments if s.kind.value == "article"]
    assert labels == ["9", "10", "11"]
