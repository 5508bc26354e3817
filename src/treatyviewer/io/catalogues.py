"""The program's catalogues: find or build a language's .qm and install its translators.

The window (``--lang``, or the language chosen in Preferences) and the command line's
``export --lang`` both install them here, so the reports' own words (``report_words``)
are translated the same way wherever a report is written. Only the program's own words
are translated; treaty texts, article labels and gazetteer names are data.

The ``.ts`` sources live in ``resources/translations`` and are committed; ``make
translations`` compiles them to ``.qm`` beside them. A fresh checkout without the
``.qm`` still works: the ``.ts`` is compiled on the fly into the user's cache folder
(with Qt's ``lrelease``), or, if that tool is missing, everything stays English.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QStandardPaths,
    QTranslator,
)

from ..core.resources import resource_path

LANGUAGES = ("en", "ru", "tr")
"""The languages we ship; English is the source language."""
LRELEASE_TIMEOUT_S = 30
KEY_CONTEXT = "QShortcut"
"""Qt's context for the names of keys in shortcuts ("Ctrl", "Alt", "PgDown")."""


def translations_dir() -> Path:
    return resource_path("translations")


def resolve(preference: str, system: QLocale | None = None) -> str:
    """The language to use for a preference (``en``/``ru``/``tr``/``system``/empty)."""
    if preference in LANGUAGES:
        return preference
    name = (system or QLocale.system()).name()  # e.g. "ru_RU"
    code = name.split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def lrelease_tool() -> str | None:
    """Qt's lrelease: the one inside the PySide6 package, else one on the PATH."""
    import PySide6

    here = Path(PySide6.__file__).resolve().parent
    for candidate in (here / "lrelease", here / "lrelease.exe", here / "Qt" / "bin" / "lrelease"):
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def cache_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "treatyviewer") / "translations"


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run lrelease on one .ts; False (and no exception) if that is not possible."""
    tool = lrelease_tool()
    if tool is None:
        return False
    import subprocess  # here: a start-up that finds its catalogues never needs it

    try:
        qm.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            timeout=LRELEASE_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and qm.is_file()


def qm_file(lang: str) -> Path | None:
    """The compiled catalogue for a language: shipped, else built into the cache."""
    shipped = translations_dir() / f"treatyviewer_{lang}.qm"
    ts = translations_dir() / f"treatyviewer_{lang}.ts"
    if shipped.is_file() and (not ts.is_file() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    # Named by the catalogue's own words: a cache kept by an older or another copy of
    # the program (a .ts whose time says nothing of its words) is never taken for it.
    digest = hashlib.sha1(ts.read_bytes(), usedforsecurity=False).hexdigest()[:12]
    cached = cache_dir() / f"treatyviewer_{lang}_{digest}.qm"
    if cached.is_file():
        return cached
    if compile_ts(ts, cached):
        return cached
    return shipped if shipped.is_file() else None


class CatalogueTranslator(QTranslator):
    """The app's catalogue, also answering strings lupdate filed without a context.

    Module-level helpers such as ``window_actions.tr`` translate in a named context
    ("MainWindow", "render", "undo"), but lupdate files calls to a plain function
    under the empty context; this looks there when the named context has no entry.
    """

    def __init__(self, parent: QCoreApplication | None = None) -> None:
        super().__init__(parent)
        self.inner = QTranslator(self)

    def load_file(self, path: Path) -> bool:
        return self.inner.load(str(path))

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = self.inner.translate(context, source, disambiguation, n)
        if not found and context:
            found = self.inner.translate("", source, disambiguation, n)
        return found or None

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


class KeyNames(QTranslator):
    """The modifier keys as this program's catalogue names them, asked before Qt's own
    catalogue (installed after it): Qt's Turkish one calls Alt "Seçenek", the Mac's
    Option key, so the menus read "Kontrol+Seçenek+O" for Ctrl+Alt+O. Only the words
    of the context ``KEY_CONTEXT`` are answered, the rest left to Qt."""

    def __init__(
        self, catalogue: CatalogueTranslator, parent: QCoreApplication | None = None
    ) -> None:
        super().__init__(parent)
        self.catalogue = catalogue

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context != KEY_CONTEXT:
            return None
        return self.catalogue.inner.translate(context, source, disambiguation, n) or None

    def isEmpty(self) -> bool:
        return False


class EnglishPlurals(QTranslator):
    """English plural forms for "%n note(s)": "1 note", "3 notes".

    English is the source language and has no catalogue, so without this the
    interface would say "1 note(s)". Installed first, it also answers for a
    message a catalogue has not translated yet.
    """

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if n < 0 or ("(s)" not in source and "(es)" not in source):
            return None  # "(es)": "1 annex", "2 annexes"
        one = n == 1
        return source.replace("(es)", "" if one else "es").replace("(s)", "" if one else "s")

    def isEmpty(self) -> bool:
        return False


_installed: list[QTranslator] = []


def ensure_english_plurals(app: QCoreApplication | None) -> None:
    """English plural forms even when ``install`` was never called (tests, embedding)."""
    if app is not None and not _installed:
        plurals = EnglishPlurals(app)
        app.installTranslator(plurals)
        _installed.append(plurals)


def install(app: QCoreApplication, lang: str) -> str:
    """Install the app's and Qt's translators for ``lang``; returns the language in use.

    Call before any window is built. Replaces translators installed earlier by this
    function. Falls back to English silently when a catalogue cannot be found.
    """
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    used = lang if lang in LANGUAGES else "en"
    plurals = EnglishPlurals(app)
    app.installTranslator(plurals)
    _installed.append(plurals)
    if used != "en":
        qm = qm_file(used)
        ours = CatalogueTranslator(app)
        if qm is not None and ours.load_file(qm):
            app.installTranslator(ours)
            _installed.append(ours)
            qt = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(QLocale(used), "qtbase", "_", qt_dir):
                app.installTranslator(qt)
                _installed.append(qt)
            keys = KeyNames(ours, app)  # installed last, asked first
            app.installTranslator(keys)
            _installed.append(keys)
        else:
            used = "en"
    QLocale.setDefault(QLocale(used) if used != "en" else _english_locale())
    return used


def _english_locale() -> QLocale:
    """English interface: keep the system's number conventions if it is English too."""
    system = QLocale.system()
    return system if system.language() == QLocale.Language.English else QLocale("en_GB")
