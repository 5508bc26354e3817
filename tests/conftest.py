"""Shared fixtures. Qt runs offscreen; settings go to a throw-away location."""

from __future__ import annotations

import gc
import os
import random
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# CI replays the same examples every run, so a red build always reproduces;
# local runs keep exploring new ones. Tests that name no example count get a few
# hundred in `make test`; `make fuzz` (--hypothesis-profile=fuzz) gives them 10,000.
# No example has a time limit: how long one takes says how busy the machine is, not
# whether the code is right (speed is measured in benchmarks/).
_CI = bool(os.environ.get("CI"))
_COMMON = {"derandomize": _CI, "print_blob": _CI, "deadline": None}
settings.register_profile("default-run", max_examples=300, **_COMMON)
settings.register_profile("fuzz", max_examples=10_000, **_COMMON)
settings.load_profile("default-run")


@pytest.fixture(autouse=True, scope="session")
def _an_application_that_can_make_widgets(request: pytest.FixtureRequest):
    """The application every test in this process shares is one that can make widgets.
    A test that exports a PDF makes a bare QGuiApplication when there is none; a window
    test run after it in the same process (as ``-n 2`` may order them) then aborted
    with "Cannot create a QWidget without QApplication"."""
    try:
        import PySide6.QtWidgets  # noqa: F401
    except ImportError:  # core tests run without Qt
        yield None
        return
    yield request.getfixturevalue("qapp")  # pytest-qt's, made before any other


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(request: pytest.FixtureRequest):
    """As in the app: with Qt in play, automatic collection could run inside a Qt
    call holding a signal mutex and hang there; the event loop collects instead,
    and each test's leftovers are collected after it, outside any Qt call."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    request.getfixturevalue("qapp")
    from treatyviewer.ui.state.worker import collect_on_gui_thread

    collect_on_gui_thread()
    yield
    gc.collect()


WORDS = [
    "the",
    "contracting",
    "parties",
    "agree",
    "territory",
    "frontier",
    "treaty",
    "article",
    "government",
    "republic",
    "assembly",
    "national",
    "commission",
    "shall",
    "recognise",
    "rights",
    "sovereignty",
    "sea",
    "straits",
    "trade",
    "transit",
    "navigation",
    "kars",
    "ardahan",
    "batum",
    "provinces",
    "citizens",
    "property",
    "agreement",
    "boundary",
    "protocol",
    "ratification",
    "council",
    "mutual",
    "friendship",
    "obligations",
    "undertake",
    "declare",
]


def make_treaty_pair(
    articles: int = 450, words_per_article: int = 170, edits: int = 2000, seed: int = 7
) -> tuple[str, str]:
    """Two treaty-like texts with ``Article N`` headings; the second has word edits."""
    rng = random.Random(seed)
    bodies: list[list[str]] = []
    for _ in range(articles):
        words = [rng.choice(WORDS) for _ in range(words_per_article)]
        words[0] = words[0].capitalize()
        bodies.append(words)
    old = "Treaty (draft)\n\n" + "\n\n".join(
        f"Article {n + 1}\n\n" + " ".join(b[:90]) + ".\n\n" + " ".join(b[90:]) + "."
        for n, b in enumerate(bodies)
    )
    edited = [list(b) for b in bodies]
    for _ in range(edits):
        b = rng.choice(edited)
        pos = rng.randrange(1, len(b))
        roll = rng.random()
        if roll < 0.4:
            b[pos] = rng.choice(WORDS)
        elif roll < 0.7:
            b.insert(pos, rng.choice(WORDS))
        elif len(b) > 20:
            del b[pos]
    new = "Treaty\n\n" + "\n\n".join(
        f"Article {n + 1}\n\n" + " ".join(b[:90]) + ".\n\n" + " ".join(b[90:]) + "."
        for n, b in enumerate(edited)
    )
    return old, new


def write_treaty_pair(folder: Path, name: str, **kw: int) -> tuple[Path, Path]:
    """``make_treaty_pair(**kw)`` written to ``name-old.txt`` and ``name-new.txt``."""
    old, new = make_treaty_pair(**kw)
    a, b = folder / f"{name}-old.txt", folder / f"{name}-new.txt"
    a.write_text(old, encoding="utf-8")
    b.write_text(new, encoding="utf-8")
    return a, b


@pytest.fixture
def large_pair(tmp_path: Path) -> tuple[Path, Path]:
    return write_treaty_pair(tmp_path, "large")


@pytest.fixture
def small_pair(tmp_path: Path) -> tuple[Path, Path]:
    return write_treaty_pair(tmp_path, "small", articles=12, words_per_article=60, edits=30, seed=3)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> None:
    """QSettings go to a per-test directory so tests never see a user's settings."""
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # core tests run without Qt
        return
    QStandardPaths.setTestModeEnabled(True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        # Settings() names its organisation, which picks the native format: both formats.
        for kind in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
            QSettings.setPath(kind, scope, str(tmp_path / "settings"))


def new_window(folder: Path, size=(1200, 800)):  # type: ignore[no-untyped-def]
    """A shown main window with its settings and state in ``folder``."""
    from PySide6.QtCore import QSettings

    import treatyviewer.ui  # noqa: F401  (applies the PySide6 work-around first)
    from treatyviewer.ui.app.main_window import MainWindow
    from treatyviewer.ui.state.settings import Settings

    store = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Settings(store), state_dir=folder / "state")
    window.progress.enabled = False
    window.ask_to_save = False  # unsaved work goes to the autosave, no dialog
    window.resize(*size)
    window.show()
    return window


@pytest.fixture
def make_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Open a main window on two texts and wait until they are compared and laid out."""

    def make(old: str | Path = "draft-1920", new: str | Path = "moscow-1921", size=(1200, 800)):  # type: ignore[no-untyped-def]
        window = new_window(tmp_path, size)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        window.open_pair(str(old), str(new))
        wait_compared(qtbot, window)
        return window

    return make


def wait_compared(qtbot, window, previous=None, timeout: int = 30000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the session has a comparison (other than ``previous``), is idle and
    the panes hold all of it."""

    def ready() -> bool:
        s = window.session
        done = not s.busy and s.comparison is not None and s.comparison is not previous
        return done and not window.view.writing()  # a long text is written step by step

    qtbot.waitUntil(ready, timeout=timeout)
    for pane in window.view.panes():
        pane.flush_relayout()


def open_texts(qtbot, window, folder: Path, old_text: str, new_text: str) -> None:  # type: ignore[no-untyped-def]
    """Write two texts as files in ``folder``, open them in the window, and wait until
    they are compared."""
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(old_text, encoding="utf-8")
    new.write_text(new_text, encoding="utf-8")
    previous = window.session.comparison
    window.open_pair(str(old), str(new))
    wait_compared(qtbot, window, previous)


def when_modal(kind: type, act) -> None:  # type: ignore[no-untyped-def]
    """Once a modal dialog of ``kind`` is up, call ``act(dialog)`` (which must close it):
    for reading what a dialog offers while the code that opened it waits on it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, answer)
            return
        act(dialog)

    QTimer.singleShot(0, answer)
