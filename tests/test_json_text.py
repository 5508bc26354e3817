"""The JSON the command line prints: any parser reads back exactly the object, and
writing it to a stream in pieces gives the same text as building it whole."""

from __future__ import annotations

import io
import json

import pytest

from treatyviewer.core.comparison import compare, pair_json
from treatyviewer.core.document import Document
from treatyviewer.core.resources import load_bundled
from treatyviewer.io import json_text as jt
from treatyviewer.io.comparison_json_text import PAIR_INDENT, pair_text
from treatyviewer.io.readers import read_document


class _CountingStream(io.StringIO):
    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, s: str) -> int:
        self.writes += 1
        return super().write(s)


def test_the_bundled_comparison_reads_back_and_streams_as_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = compare(load_bundled("draft-1920"), load_bundled("moscow-1921")).to_json()
    data["note"] = 'quotes " and \\ and Карс, Ardahan – 1921\n'
    text = jt.json_text(data)
    assert json.loads(text) == json.loads(json.dumps(data))
    assert "and Карс, Ardahan" in text  # written as it is, not as \\u escapes
    assert '"segments": [\n' in text  # the outer structure is spread out …
    assert '{"label": "' in text  # … and each segment sits on one line
    monkeypatch.setattr(jt, "_PIECES", 16)
    stream = _CountingStream()
    jt.write_json(data, stream)
    assert stream.getvalue() == text
    assert stream.writes > 3  # written as it goes, not held whole


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("draft-1920", "moscow-1921"),
        ("tests/real_pairs/cc-by/CC-BY-3.0.txt", "tests/real_pairs/cc-by/CC-BY-4.0.txt"),
        (
            "tests/real_pairs/cecill-fr/CeCILL-2.0-fr.txt",
            "tests/real_pairs/cecill-fr/CeCILL-2.1-fr.txt",
        ),
    ],
)
def test_each_pair_written_straight_is_the_general_writers_text(old: str, new: str) -> None:
    """Pairs with and without changes, with numbered parts, splits and merges (whose
    changes name their segment)."""
    cmp = compare(_read(old), _read(new))
    assert any(p.changes for p in cmp.pairs)
    for p in cmp.pairs:
        assert pair_text(cmp, p) == jt.json_text_at(pair_json(cmp, p), PAIR_INDENT)


def _read(name: str) -> Document:
    return read_document(name) if "/" in name else load_bundled(name)
