"""The reports' own words (headings, labels, legend, badges, page footers) in the
language of the installed catalogue.

The PDF, HTML and chain reports speak through ``ReportWords.tr``. The window installs
its catalogue at start (``--lang`` or the language chosen in Preferences), and the
command line's ``export --lang`` installs the same one (``catalogues.install``), so a
report is written in the reader's language wherever it is made; with no catalogue
installed it is English. ``make update-translations`` collects ``ReportWords.tr``
calls, and the ``QT_TRANSLATE_NOOP("ReportWords", …)`` marks on module-level words,
under the context ``ReportWords``. The texts compared are data and never translated.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

# Qt is imported where a word is translated: the palette, which the window reads
# before it imports Qt, marks its words here.

CONTEXT = "ReportWords"
LANGUAGES = ("en", "ru", "tr")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate where it is declared; ``ReportWords.tr`` translates it
    where it is used."""
    return text


class ReportWords:
    """Named so that lupdate files ``ReportWords.tr(...)`` under ``CONTEXT``."""

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` translated; with ``n`` its ``%n`` replaced and the plural form
        chosen ("%n word(s)": "1 word", "3 words" in English)."""
        from PySide6.QtCore import QCoreApplication

        out = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
        if n >= 0 and "(s)" in out:  # English, which has no catalogue
            out = out.replace("(s)", "" if n == 1 else "s")
        return out


def percent_text(whole: int) -> str:
    """A whole percentage written the language's way: "39%", Russian "39 %", Turkish
    "%39". The one place the window and the reports write one (a Turkish PDF had
    "39%" where its window had "%39")."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("numbers", "{0}%").format(whole)


def report_language() -> str:
    """The language the reports are written in: that of the installed catalogue."""
    code = ReportWords.tr("en", "the language of these words as a code: en, ru or tr")
    return code if code in LANGUAGES else "en"


def report_locale() -> QLocale:
    """The conventions of the report's language (British ones for English)."""
    from PySide6.QtCore import QLocale

    lang = report_language()
    return QLocale(lang) if lang != "en" else QLocale("en_GB")


def upper(text: str) -> str:
    """Capitals as the report's language writes them (Turkish "i" is "İ")."""
    return report_locale().toUpper(text)


def nice_date(value: object) -> str:
    """'1920-08-24' as '24 August 1920' (in Russian '24 августа 1920 г.'); anything
    else unchanged."""
    from PySide6.QtCore import QDate

    try:
        day = date.fromisoformat(str(value))
    except ValueError:
        return str(value)
    locale = report_locale()
    shape = ReportWords.tr("d MMMM yyyy", "a date as Qt writes it: day, month's name, year")
    return locale.toString(QDate(day.year, day.month, day.day), shape)
