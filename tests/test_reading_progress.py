"""Reading and segmenting a long text report how far they are, so that the window's bar
moves while a long file is read (it stood at 0 % for the whole reading before), and the
stage names say which text is being read."""

from __future__ import annotations

from pathlib import Path

import pytest

from synthetic import text_of_size
from treatyviewer.core.cancel import Cancelled
from treatyviewer.io.readers import read_document
from treatyviewer.ui.state.comparing import COMPARE, READ_NEW, READ_OLD, SCALE, read_pair
from treatyviewer.ui.state.request import Request


@pytest.fixture(scope="module")
def long_pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    pair = text_of_size(1_200_000, seed=11)
    folder = tmp_path_factory.mktemp("long")
    old, new = folder / "old.txt", folder / "new.txt"
    old.write_text(pair.old_text, encoding="utf-8")
    new.write_text(pair.new_text, encoding="utf-8")
    return old, new


def test_reading_a_long_text_reports_rising_progress_to_the_end(long_pair) -> None:  # type: ignore[no-untyped-def]
    heard: list[tuple[int, int]] = []
    document = read_document(
        long_pair[0], should_stop=lambda d, t: heard.append((d, t)) is not None
    )
    assert len(document.segments) > 1000
    shares = [done / total for done, total in heard if total]
    assert shares == sorted(shares)  # only forwards
    assert shares[0] == 0 and shares[-1] == 1
    # Many steps, most of them inside segmenting (which is most of the work), not
    # only at its start and end.
    assert len(set(shares)) >= 12
    assert len({s for s in shares if 0.2 < s < 0.95}) >= 8


def test_cancel_stops_a_long_reading_half_way(long_pair) -> None:  # type: ignore[no-untyped-def]
    heard: list[float] = []

    def cancel_once_segmenting(done: int, total: int) -> bool:
        heard.append(done / total if total else 0.0)
        return heard[-1] > 0.3

    with pytest.raises(Cancelled):
        read_document(long_pair[0], should_stop=cancel_once_segmenting)
    assert 0.3 < heard[-1] < 1  # stopped where it was asked, not after the whole text


class Recorder:
    """A comparison's report, kept: each stage and the progress heard in it."""

    def __init__(self) -> None:
        self.stages: list[str] = []
        self.heard: dict[str, list[int]] = {}

    def __call__(self, done: int, total: int) -> bool:
        assert total == SCALE
        if self.stages:
            self.heard[self.stages[-1]].append(done)
        return False

    def stage(self, key: str) -> None:
        self.stages.append(key)
        self.heard[key] = []


@pytest.mark.parametrize("helpers", [0, 1])
def test_each_text_read_moves_the_bar_through_its_stage(long_pair, helpers) -> None:  # type: ignore[no-untyped-def]
    report = Recorder()
    old, new = read_pair(Request(str(long_pair[0]), str(long_pair[1])), report, helpers)  # type: ignore[arg-type]
    assert old.text != new.text
    if helpers:  # read side by side: one stage for both, told by the older text
        assert report.stages == ["read-both"]
        ranges = {"read-both": (READ_OLD, COMPARE)}
    else:
        assert report.stages == ["read-old", "read-new"]
        ranges = {"read-old": (READ_OLD, READ_NEW), "read-new": (READ_NEW, COMPARE)}
    for key, (start, end) in ranges.items():
        heard = report.heard[key]
        assert heard == sorted(heard)
        assert start <= heard[0] and heard[-1] == end
        assert len({d for d in heard if start < d < end}) >= 8, (key, heard)
