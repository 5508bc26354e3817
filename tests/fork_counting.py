"""Counting the helper processes a piece of work forks (to prove that helpers ran)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from unittest import mock


@contextlib.contextmanager
def counted_forks() -> Iterator[list[int]]:
    """The process ids of the children forked inside the block."""
    forked: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    with mock.patch.object(os, "fork", counting_fork):
        yield forked
