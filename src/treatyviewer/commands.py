"""The names of the command-line commands, apart from their code.

Starting the window only needs to know that its arguments are no command; this
module lets it tell without importing the command line's machinery.
"""

from __future__ import annotations

MAP_HELP = "draw a map of the places the texts name, with the treaty's lines"

COMMAND_HELP = {
    "compare": "print the comparison of two texts",
    "export": "write an annotated PDF, HTML, CSV or JSON report",
    "entities": "list the parties and places a text names",
    "annotations": "list annotations and whether they still anchor",
    "map": MAP_HELP,
}
SUBCOMMANDS = tuple(COMMAND_HELP)
