"""Start-up: headless subcommands go to the CLI, everything else opens the window."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from .cli import SUBCOMMANDS, run

    if args and args[0] in SUBCOMMANDS:
        return run(args)
    from .ui.launch import launch

    return launch(args)


if __name__ == "__main__":
    sys.exit(main())
