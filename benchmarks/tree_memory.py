"""Peak memory of a process together with the helpers it forks.

A forked helper shares its parent's pages until either writes them, so adding up
each process's resident size counts those pages twice or more. The proportional
set size (PSS) splits every shared page among the processes sharing it: summed
over the process and its helpers, it is the memory the whole run holds. Linux
only (``/proc``); elsewhere nothing is measured.
"""

from __future__ import annotations

import os
import threading

FIRST, EVERY = 0.05, 0.2
"""Seconds between two looks at the processes: often at first (a short run), then
five times a second, so that a helper living a few seconds is seen at its largest.
Reading a process's PSS walks its page tables, a few hundredths of a second of
processor time for a process of a gigabyte, taken by this process (the one
measuring), beside the run measured."""


def _tree(root: int) -> list[int]:
    """``root`` and every process below it."""
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as fh:
                    todo.extend(int(child) for child in fh.read().split())
        except OSError:  # ended meanwhile
            continue
    return found


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreePeak:
    """Samples the summed PSS of ``pid`` and its helpers until ``stop()``."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kb = 0
        self.most = 0
        """The most processes seen at once (the main one and its helpers)."""
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        if os.path.exists(f"/proc/{pid}/smaps_rollup"):
            self._thread.start()

    def _watch(self) -> None:
        wait = FIRST
        while not self._done.is_set():
            pids = _tree(self.pid)
            self.most = max(self.most, len(pids))
            self.peak_kb = max(self.peak_kb, sum(_pss_kb(p) for p in pids))
            self._done.wait(wait)
            wait = min(EVERY, 2 * wait)

    def stop(self) -> int:
        """The peak in MB (0 where it cannot be measured)."""
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()
        return self.peak_kb // 1024
