"""Start-up: headless subcommands go to the CLI, everything else opens the window."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from . import __version__

USAGE = """\
usage: treatyviewer [OLD NEW | SESSION.tvproj] [--screenshot PATH] [--size WxH]
                    [--dark] [--high-contrast] [--lang en|ru|tr] [--max-size MB]
       treatyviewer COMMAND [options]

Read and compare versions of a treaty, article by article.

With no arguments the window reopens the saved reading session (.tvproj),
or the two texts, that were open when it was last closed, at the article read
then; when neither was, it opens on the bundled pair: the draft of 24 August
1920 and the Treaty of Moscow of 16 March 1921. OLD and NEW may be
files (.txt in any encoding, .docx, .pdf, TEI XML, Markdown) or bundled ids
(draft-1920, moscow-1921, kars-1921).

window options:
  --screenshot PATH   open, lay out, render the window to a PNG and exit
  --size WxH          window size, e.g. 1600x1000
  --dark              dark palette for this run
  --high-contrast     high-contrast palette for this run
  --lang en|ru|tr     interface language for this run
  --max-size MB       largest file to read (default 50)
  --max-unpacked MB, --max-member MB, --max-ratio N, --max-stream MB,
  --max-depth N, --max-elements N
                      what a .docx, PDF or XML file may expand to
                      (see 'treatyviewer compare --help' for the defaults)

commands:
{commands}
Run 'treatyviewer COMMAND --help' for a command's options.
Exit codes: 0 success, 2 bad usage or unreadable input, 1 internal error.
"""


def _usage() -> str:
    from .commands import COMMAND_HELP

    lines = [f"  {name:<13}{text}" for name, text in COMMAND_HELP.items()]
    return USAGE.format(commands="\n".join(lines))


def _unknown_command(args: list[str]) -> bool:
    """A lone bare word that is no file, session or bundled text is a mistyped command."""
    from pathlib import Path

    from .core.resources import is_bundled_id

    words = [a for a in args if not a.startswith("-")]
    if len(words) != 1 or args[0] != words[0]:
        return False
    name = words[0]
    return not (Path(name).exists() or is_bundled_id(name) or "." in name or "/" in name)


YOUNG_OBJECTS = 10_000
"""New objects between two collections of reference cycles in a command-line run
that writes files (Python's default is 700). Importing the engine and writing a
comparison make hundreds of thousands of objects and almost no cycles: at the
default, the collector walked the young ones fifty times for next to nothing, a
tenth of the work of a 500 KB comparison outside the aligner (which turns it off)."""

PRINTING = ("compare", "entities", "annotations")
"""Commands whose whole work is what they print (no file of theirs is still open).
They run without collecting reference cycles at all: a comparison of the project's
real pairs, German laws or a 5 MB text leaves some 500 to 650 objects in cycles
(made as the modules load), the same peak memory, and the collector had still
walked the young objects a dozen times for them (some 10 ms of a 500 KB pair)."""


def _end_now(code: int) -> NoReturn:
    """End the program as soon as a printing command's output is out. Tearing the
    interpreter down would free every object of a long comparison one by one, a
    good share of the time of a short one, for nothing: the process is ending."""
    with contextlib.suppress(BrokenPipeError, ValueError):  # the reader left early
        sys.stdout.flush()
    sys.stderr.flush()
    from .io.pattern_store import save_installed

    save_installed()
    os._exit(code)


def _keep_patterns() -> None:
    """Compiled patterns come from the last run's store, and new ones go into it at exit."""
    import atexit

    from .io.pattern_store import install, save_installed

    if install() is not None:
        atexit.register(save_installed)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if argv is None:  # this process is the program, not a caller's test
        _keep_patterns()
    from .commands import SUBCOMMANDS

    if args and args[0] in ("-h", "--help"):
        print(_usage(), end="")
        return 0
    if args and args[0] == "--version":
        print(f"treatyviewer {__version__}")
        return 0
    if args and args[0] in SUBCOMMANDS:
        program = argv is None  # this process is the command, not a caller's test
        if program and args[0] in PRINTING:
            gc.disable()  # the process ends with its output (``_end_now``)
        elif program:
            gc.set_threshold(YOUNG_OBJECTS, *gc.get_threshold()[1:])
        from .cli import run

        code = run(args)
        if program and args[0] in PRINTING:
            _end_now(code)
        return code
    from .ui.app.launch import hold_collection, launch

    program = argv is None  # this process is the window's own, not a caller's test
    if program:
        hold_collection()
    if _unknown_command(args):
        print(
            f"treatyviewer: unknown command {args[0]!r} (commands: {', '.join(SUBCOMMANDS)}; "
            "or give two texts; see treatyviewer --help)",
            file=sys.stderr,
        )
        return 2
    return launch(args, program=program)


if __name__ == "__main__":
    sys.exit(main())
