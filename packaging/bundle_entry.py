"""Start-up script for the frozen bundle: the same entry point as the installed command."""

import multiprocessing
import sys

from treatyviewer.app import main

if __name__ == "__main__":
    # A long pair is compared in a process of its own; in the bundle that process
    # is this executable again, and this hands it its work instead of a window.
    multiprocessing.freeze_support()
    sys.exit(main())
