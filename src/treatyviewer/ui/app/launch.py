"""Start the window: ``treatyviewer [OLD NEW] [--screenshot PATH] [--size WxH] [--dark] [--lang ru]``."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ...core.errors import InputError
from ...io.limits import add_limit_args, limits_from_args
from ...terminal import tell_problem

if TYPE_CHECKING:
    from ..state.comparing import Begun

SCREENSHOT_TIMEOUT_S = 120
PNG_QUALITY = 80
"""Qt's PNG "quality" is how little zlib works: 80 writes a window about 40 % faster than
the default, and no larger (large flat areas compress well at any level)."""
SESSION_SUFFIX = ".tvproj"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise ValueError(message)


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="treatyviewer", description="Read and compare versions of a treaty.")
    p.add_argument(
        "texts",
        nargs="*",
        metavar="TEXT",
        help="two texts (older, newer) or three or more versions oldest first: files or "
        "bundled ids; or one saved session (.tvproj)",
    )
    p.add_argument("--screenshot", metavar="PATH", help="render the window to a PNG and exit")
    add_limit_args(p, defaults_none=True)
    p.add_argument("--size", default="", help="window size, e.g. 1600x1000")
    p.add_argument("--dark", action="store_true", help="use the dark palette for this run")
    p.add_argument(
        "--high-contrast", action="store_true", help="use the high-contrast palette for this run"
    )
    p.add_argument(
        "--lang", choices=("en", "ru", "tr"), help="interface language for this run (not saved)"
    )
    p.add_argument(
        "--only",
        metavar="CLASSES",
        help="show only these change classes: substance, form or class names, comma-separated",
    )
    return p


def _size(text: str) -> tuple[int, int] | None:
    if not text:
        return None
    w, _, h = text.lower().partition("x")
    if not (w.isdigit() and h.isdigit()):
        raise ValueError(f"--size wants WIDTHxHEIGHT, not {text!r}")
    return max(320, int(w)), max(240, int(h))


ENGINE_FIRST_BYTES = 100_000
"""From this many bytes in the first pair its comparison (in the process forked at
launch) takes longer than building the window: the modules that read and compare are
then imported before the fork, so that the child begins at once. A shorter pair (the
bundled one) is compared long before the window is built: the child imports them after
the fork, and the window, which is handed the result, never does. (A long pair, from
``LONG_PAIR_BYTES``, is compared in a process of its own that imports them itself.)"""


def _load_engine(weight: int = 0) -> None:
    """Import the Qt-free engine before PySide6: PySide6 reads the source of every module
    imported after it (looking for its feature switches), start-up time spent for nothing.
    ``weight``: bytes of the pair begun at launch (``ENGINE_FIRST_BYTES``)."""
    from ...core import comparison, entities  # noqa: F401
    from ..state.request import LONG_PAIR_BYTES

    if ENGINE_FIRST_BYTES <= weight < LONG_PAIR_BYTES:
        from ...core import align_engine, segment  # noqa: F401
        from ...io import readers  # noqa: F401


def _load_window_engine() -> None:
    """The rest of the Qt-free modules the window imports at start, for the same reason;
    after the fork (``begin_first_pair``), so that the child starts without waiting for them."""
    import html  # noqa: F401

    from ... import annotation_report  # noqa: F401
    from ...core import autosave, chain_session, fate, project, shown_classes  # noqa: F401
    from ...io import lineage_table, report_palette  # noqa: F401


def _declare_own_modules() -> None:
    """Tell PySide6 which of this program's modules use Qt, so that it does not read
    their source to find out. PySide6 reads the whole source of every module imported
    after it, looking for "PySide6", to know which modules may switch on its optional
    ``__feature__`` spellings (never used here); it keeps the answer in the dictionary
    it publishes for that (``pyside_feature_dict``): 0 for a module that uses Qt, -1
    for one it may ignore. The window's modules are the ``ui`` package; the rest is
    Qt-free. So is every module imported before PySide6 (else the standard library's
    ``collections``, ``typing``, ``codecs``… are read when a module of the window
    imports them again). A PySide6 without that dictionary reads the sources as before."""
    known = getattr(sys.modules.get("PySide6.support.feature"), "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken", "treatyviewer.ui")):
            known.setdefault(name, -1)
    package = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    start = len(os.path.dirname(package)) + 1
    for folder, _dirs, files in os.walk(package):
        prefix = folder[start:].replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                name = prefix if file == "__init__.py" else f"{prefix}.{file[:-3]}"
                known.setdefault(name, 0 if name.startswith("treatyviewer.ui") else -1)


def read_args(argv: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; ValueError or InputError (one line for the reader) if bad."""
    args = parser().parse_args(list(argv))
    args.texts = list(args.texts)
    args.old, args.new = [*args.texts, None, None][:2]
    args.window_size = _size(args.size)
    args.session_file = _session_file(args.old, args.new)
    if args.session_file is None and (args.old is None) != (args.new is None):
        raise ValueError("give two texts (OLD NEW) or none for the bundled pair")
    limits_from_args(args)  # refuse a limit of 0 or less before any window opens
    args.shown = None
    if args.only:
        from ...core.change_classes import parse_classes

        args.shown = parse_classes(args.only)
    return args


def first_pair(args: argparse.Namespace) -> tuple[str, str]:
    """The two texts named, else (also behind a session file) the bundled pair."""
    from ...core.resources import DEFAULT_PAIR

    return (args.old, args.new) if args.old and args.new else DEFAULT_PAIR


def begin_first_pair(args: argparse.Namespace) -> Begun | None:
    """Before Qt is imported: start comparing the pair the window opens on in a forked
    process (``head_start``; a long pair, ``apart``), or None when there is no such
    pair or no fork."""
    if args.session_file is not None or len(args.texts) > 2:
        _load_engine()
        return None
    from ..state.request import LONG_PAIR_BYTES, Request

    request = Request(*first_pair(args), limits=limits_from_args(args))
    weight = request.weight()
    if weight >= LONG_PAIR_BYTES:
        # Multiprocessing is imported for a long pair only. Its process imports
        # the modules that read and compare by itself, beside the window's start-up.
        from ..state.apart import Apart

        begun = Apart.begin(request)
        _load_engine()
        return begun
    _load_engine(weight)
    from ..state.head_start import HeadStart

    return HeadStart.begin(request)


def build_window(args: argparse.Namespace, head: Begun | None = None) -> tuple[Any, Any]:
    """The application and its main window, not yet shown, with the first pair's
    head start handed to its session."""
    _load_window_engine()
    from PySide6.QtWidgets import QApplication

    _declare_own_modules()
    from ...io.reader_name import APPLICATION, ORGANIZATION
    from ..common.colours import apply_palette
    from ..common.i18n import install as install_translators
    from ..common.i18n import resolve
    from ..state.settings import Settings
    from ..state.worker import collect_on_gui_thread
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "treatyviewer"])
    assert isinstance(app, QApplication)
    collect_on_gui_thread()
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName("treatyviewer")
    settings = Settings()
    if args.dark:
        settings.overrides["dark"] = True
    if args.high_contrast:
        settings.overrides["high_contrast"] = True
    if args.lang:
        settings.overrides["language"] = args.lang
    install_translators(app, resolve(str(settings.get("language"))))
    apply_palette(app, bool(settings.get("dark")), bool(settings.get("high_contrast")))
    window = MainWindow(settings)
    window.session.limits = settings.read_limits(args)
    window.session.head_start = head
    if args.shown is not None:
        window.classes.set_shown(args.shown)
    if args.window_size:
        window.resize(*args.window_size)
        window.keep_geometry = False  # a size for this run only
    elif settings.geometry("geometry") is None:
        window.resize(first_size(app))
    return app, window


FIRST_SIZE = (1400, 900)
"""The window's size on a first start, on a screen that has room for it."""


def first_size(app: Any) -> Any:
    """``FIRST_SIZE``, or as much of the screen as it leaves free when that is smaller
    (a laptop at 1280 × 720 had the concordance and the status line off its edge)."""
    from PySide6.QtCore import QSize

    want = QSize(*FIRST_SIZE)
    screen = app.primaryScreen()
    if screen is None:
        return want
    room = screen.availableGeometry().size()
    return want.boundedTo(room) if room.isValid() and not room.isEmpty() else want


def launch(argv: Sequence[str], program: bool = False) -> int:
    """Start the window on ``argv``; ``program``: this process is the window's own (not a
    caller's test), started with collection held (``hold_collection``)."""
    try:
        args = read_args(argv)
    except (ValueError, InputError) as exc:
        tell_problem(str(exc))
        return 2
    if args.screenshot and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    head = begin_first_pair(args)
    app, window = build_window(args, head)
    if program:
        set_aside_start_up()
    return open_first(args, app, window)


def hold_collection() -> None:
    """No automatic collection of reference cycles while the window starts (from the
    program's first imports to ``set_aside_start_up``): start-up
    makes a few hundred thousand objects that live as long as the window (modules,
    classes, the widgets' wrappers) and next to no garbage, and collection walked them
    again and again for nothing. (The process forked at launch collects as usual.)"""
    gc.disable()


def set_aside_start_up() -> None:
    """Once the window is built: what start-up made is kept out of every later
    collection, which from now on runs from the event loop (``worker``); else the
    first of them would walk it all, just as the first screen is painted."""
    gc.freeze()


def open_first(args: argparse.Namespace, app: Any, window: Any) -> int:
    """Show the window on what the command line names and run it (or render it)."""
    old, new = first_pair(args)
    session_file, texts = args.session_file, args.texts
    place = None  # a session file named shows the place it records
    if not texts and not args.screenshot:  # no texts named: back where the reader left off
        session_file = window.settings.last_session()
        place = window.settings.last_place(session_file)
        last = window.settings.last_pair() if session_file is None else None
        if last is not None and last != (old, new):  # the texts read then, not the bundled
            old, new = last
            if window.session.head_start is not None:
                window.session.head_start.drop()
                window.session.head_start = None
    if session_file is not None and window.session.head_start is not None:
        window.session.head_start.drop()  # begun for the bundled pair: not what opens
        window.session.head_start = None
    chain = texts if len(texts) > 2 else None
    if args.screenshot:
        return _screenshot(app, window, old, new, args.screenshot, session_file, chain)
    from .quit_signals import QuitOnSignals

    QuitOnSignals(window, app.quit)
    show_laid_out(window)
    if chain is not None:
        window.chains.open_chain(chain)
    elif session_file is None:
        window.open_pair(old, new)
    elif not window.reading.controller.open(session_file, place):
        window.open_instead_of_session(session_file, old, new)
    return int(app.exec())


def show_laid_out(window: Any) -> None:
    """Show the window laid out at its size, not yet painted: a first pair compared
    before the window was built goes into panes of their final width (and is painted
    once), not into provisional ones laid out again a moment later."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.show()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _session_file(old: str | None, new: str | None) -> str | None:
    """``treatyviewer notes.tvproj``: one argument naming a saved reading session."""
    return old if old and new is None and old.lower().endswith(SESSION_SUFFIX) else None


def _screenshot(  # type: ignore[no-untyped-def]
    app,
    window,
    old: str,
    new: str,
    path: str,
    session: str | None = None,
    chain: list[str] | None = None,
) -> int:
    """Open, lay out, render to PNG, exit: no dialog ever shows."""
    errors: list[str] = []
    window.progress.enabled = False
    window.persist = False
    window.session.failed.connect(errors.append)
    show_laid_out(window)
    if chain is not None:
        window.chains.state.failed.connect(errors.append)
        window.chains.open_chain(chain)
    elif session is None:
        window.open_pair(old, new)
    elif not window.reading.controller.open(session):
        print(f"treatyviewer: cannot open the session {session}", file=sys.stderr)
        return 2
    deadline = time.monotonic() + SCREENSHOT_TIMEOUT_S
    loading = window.reading.controller
    chains = window.chains.state
    while (window.session.busy or loading.loading or chains.busy) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    if errors or window.session.comparison is None:
        tell_problem(errors[0] if errors else "timed out")
        return 2
    pending = [pane.flush_relayout() for pane in window.view.panes()]
    if any(pending):
        window.view.realign()
    app.processEvents()
    image = window.grab()
    if not image.save(path, "PNG", PNG_QUALITY):
        print(f"treatyviewer: cannot write {path}", file=sys.stderr)
        return 2
    window.close()
    return 0
