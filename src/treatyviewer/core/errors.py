"""Errors a user can cause. Their messages are written for the user."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class TreatyViewerError(Exception):
    """Base class: the message names the file (where there is one) and the problem."""


class InputError(TreatyViewerError):
    """A file or id could not be turned into a document."""


class ProjectError(TreatyViewerError):
    """A reading-session file could not be read or written."""


class SaveError(TreatyViewerError):
    """A file could not be written; the previous version of it is left untouched."""


def both_read(old: T | InputError, new: T | InputError) -> tuple[T, T]:
    """The two texts of a pair, or one InputError telling each text's problem, a line
    each (a reader with two bad files learns of both at once, not one after the other)."""
    problems = [side for side in (old, new) if isinstance(side, InputError)]
    if len(problems) == 2 and str(problems[0]) != str(problems[1]):  # not one file named twice
        raise InputError(f"{problems[0]}\n{problems[1]}")
    if problems:
        raise problems[0]
    assert not isinstance(old, InputError) and not isinstance(new, InputError)
    return old, new


def read_or_problem(read: Callable[[], T]) -> T | InputError:
    """What ``read()`` gives, or the InputError it raised (for ``both_read``)."""
    try:
        return read()
    except InputError as exc:
        return exc
