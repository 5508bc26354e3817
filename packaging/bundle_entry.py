"""Start-up script for the frozen bundle: the same entry point as the installed command."""

import sys

from treatyviewer.app import main

if __name__ == "__main__":
    sys.exit(main())
