"""What the aligner reads of an article it reads once, however many stages ask.

A revised text keeps most of its articles word for word, and several stages ask
for the same article's words or title: each is worked out once per wording (or per
article), and what is asked again comes from what was kept. The results are the
same either way; only the time differs (tests/test_align*.py hold the results)."""

from __future__ import annotations

import pytest

from treatyviewer.core import align_inplace
from treatyviewer.core.align_inplace import PlainWords


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    calls: list[object] = []
    real = getattr(module, name)

    def counted(*args: object) -> object:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_wording_both_texts_have_is_read_once(monkeypatch: pytest.MonkeyPatch):
    calls = _counting(monkeypatch, align_inplace, "words_once")
    plain = PlainWords(["the Parties agree", "Kars"], ["Batum", "the Parties agree"])
    assert plain.old(0) == plain.new(1) == frozenset({"the", "parties", "agree"})
    assert plain.old(0) is plain.new(1)
    assert len(calls) == 1
    plain.forget()  # what is let go of is read again when asked
    assert plain.new(1) == frozenset({"the", "parties", "agree"})
    assert len(calls) == 2
