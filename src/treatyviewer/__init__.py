"""treatyviewer: read and compare versions of a treaty."""

__version__ = "0.1.0"
