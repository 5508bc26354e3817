"""Errors a user can cause. Their messages are written for the user."""

from __future__ import annotations


class TreatyViewerError(Exception):
    """Base class: the message names the file (where there is one) and the problem."""


class InputError(TreatyViewerError):
    """A file or id could not be turned into a document."""


class ProjectError(TreatyViewerError):
    """A reading-session file could not be read or written."""


class SaveError(TreatyViewerError):
    """A file could not be written; the previous version of it is left untouched."""
