"""Cancelling a comparison: the core stops inside its stages, and progress moves with the work."""

from __future__ import annotations

import pytest

from synthetic import text_of_size
from treatyviewer.core.cancel import Cancelled
from treatyviewer.core.comparison import ALIGN_SHARE, PROGRESS_SCALE, compare
from treatyviewer.core.segment import make_document


@pytest.fixture(scope="module")
def pair():  # type: ignore[no-untyped-def]
    p = text_of_size(60_000)
    return make_document(p.old_text, "old"), make_document(p.new_text, "new")


def test_cancel_stops_while_aligning_before_any_pair_is_diffed(pair) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[int, int]] = []

    def stop_after_first_stage(done: int, total: int) -> bool:
        asked.append((done, total))
        return len(asked) > 1  # the reader pressed Cancel while the aligner was working

    with pytest.raises(Cancelled):
        compare(*pair, should_stop=stop_after_first_stage)
    # The aligner itself noticed: no progress report came from the diffing stage.
    assert all(done < ALIGN_SHARE for done, _ in asked)
    assert len(asked) == 2


def test_progress_moves_forward_through_aligning_and_diffing(pair) -> None:  # type: ignore[no-untyped-def]
    asked: list[tuple[int, int]] = []
    compare(*pair, should_stop=lambda done, total: asked.append((done, total)) is not None)
    shares = [done / total for done, total in asked]
    assert shares == sorted(shares)
    assert {total for _, total in asked} == {PROGRESS_SCALE}
    aligning = [s for s in shares if s < ALIGN_SHARE / PROGRESS_SCALE]
    assert len(aligning) >= 4  # the aligner reports each of its stages
    assert shares[-1] > 0.95  # the last report comes near the end of the work


def test_cancelled_is_an_interruption() -> None:
    """Callers that already treat InterruptedError as "stopped on request" keep working."""
    assert issubclass(Cancelled, InterruptedError)


def test_aligning_progress_moves_with_the_work_inside_its_stages(pair) -> None:  # type: ignore[no-untyped-def]
    """The bar moves while the aligner reads features, looks up candidates, scores
    them and attaches leftovers, not only between those stages (it stood still for
    most of aligning a long text before)."""
    asked: list[int] = []
    compare(*pair, should_stop=lambda done, total: asked.append(done) is not None)
    aligning = sorted({done for done in asked if done < ALIGN_SHARE})
    assert len(aligning) >= 40
    steps = [b - a for a, b in zip([0, *aligning], [*aligning, ALIGN_SHARE], strict=True)]
    assert max(steps) <= 0.11 * ALIGN_SHARE  # no stage of the aligner moves it by more
