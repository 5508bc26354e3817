"""Long comparisons shared with helper processes give exactly the one-process result;
an alignment leaves nothing of its working memory behind."""

from __future__ import annotations

import gc
import os
import sys

import pytest

from synthetic import text_of_size
from treatyviewer.core import comparison, parallel
from treatyviewer.core.align import align
from treatyviewer.core.align_features import Vectors
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

needs_fork = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


@needs_fork
@pytest.mark.parametrize("helpers", [1, 2])
def test_pairs_diffed_by_helpers_are_those_of_one_process(
    monkeypatch: pytest.MonkeyPatch, helpers: int
) -> None:
    pair = text_of_size(60_000)
    alone = compare(make_document(pair.old_text), make_document(pair.new_text))
    # A long comparison in miniature: pairs diffed and references scanned by helpers.
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10)
    monkeypatch.setattr(comparison, "SCAN_BESIDE", 10)
    shared = compare(make_document(pair.old_text), make_document(pair.new_text), helpers=helpers)
    assert len(alone.pairs) > 30
    assert alone.reference_changes
    assert shared.pairs == alone.pairs
    assert shared.to_json() == alone.to_json()


@needs_fork
def test_a_failed_helper_leaves_its_share_to_the_parent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_ITEMS", 10)
    parent = os.getpid()

    def squares(items: range) -> list[int]:
        if os.getpid() != parent:
            sys.exit(3)  # the helper dies before sending anything
        return [k * k for k in items]

    assert parallel.shared_map(squares, range(100), helpers=2) == [k * k for k in range(100)]
    assert parallel.Background(lambda: squares(range(5)), helpers=1).result() == [0, 1, 4, 9, 16]


def test_an_alignment_keeps_no_features_alive() -> None:
    """The features of every article are most of an aligner's memory (over a
    gigabyte at 50 MB); the diff and the output that follow need that memory."""
    pair = text_of_size(40_000)
    alignment = align(make_document(pair.old_text), make_document(pair.new_text))
    gc.collect()
    assert alignment.links
    assert not [obj for obj in gc.get_objects() if isinstance(obj, Vectors)]
