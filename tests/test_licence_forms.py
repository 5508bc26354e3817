"""Changes of form between licence versions that must not read as rewrites: a
disclaimer boxed in asterisks, a clause once set in capitals, an address
replaced by a web address. Texts from /usr/share/common-licenses (base-files)."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.textdiff import Change
from treatyviewer.io.readers import read_document

LICENCES = Path("/usr/share/common-licenses")
needs_licences = pytest.mark.skipif(
    not (LICENCES / "MPL-2.0").exists(), reason="the system's licence texts are not installed"
)


def _compare(old: str, new: str) -> Comparison:
    return compare(read_document(LICENCES / old), read_document(LICENCES / new))


def _changes(cmp: Comparison, old_label: str, new_label: str) -> tuple[float, list[Change]]:
    i, j = cmp.old.index_of(old_label), cmp.new.index_of(new_label)
    k = cmp.pair_of_old(i)
    assert k is not None and cmp.pair_of_new(j) == k, (
        f"§ {old_label} is not paired with § {new_label}"
    )
    pair = cmp.pairs[k]
    return pair.similarity, list(pair.changes)


@needs_licences
def test_a_disclaimer_boxed_in_asterisks_is_read_without_the_box() -> None:
    doc = read_document(LICENCES / "MPL-2.0")
    for label, heading, first in (
        ("6", "Disclaimer of Warranty", "Covered Software is provided"),
        ("7", "Limitation of Liability", "Under no circumstances"),
    ):
        text = doc.segment_text(doc.by_label(label))
        assert text.startswith(f"{label}. {heading}\n")
        assert "*" not in text and f"\n\n{first}" in text
    # The frames are gone, and so are the rules under the headings outside the boxes
    # (a heading underlined with = or -, as Markdown sets a title, is the line above).
    assert "*****" not in doc.text and "-----" not in doc.text
    assert doc.text.startswith("Mozilla Public License Version 2.0\n\n1. Definitions")
    assert doc.segment_text(doc.by_label("8")).startswith("8. Litigation\n")
    assert any("lines 261-278, 280-301" in w for w in doc.warnings), doc.warnings


@needs_licences
def test_a_clause_once_in_capitals_compares_word_by_word_as_changes_of_case() -> None:
    similarity, changes = _changes(_compare("MPL-1.1", "MPL-2.0"), "7", "6")
    assert similarity > 0.7
    by_class = {c.old_text.split()[0] if c.old_text else "": c.change_class for c in changes}
    assert by_class["DISCLAIMER"] == "case"
    case = [c for c in changes if c.change_class == "case"]
    assert any("WITHOUT LIMITATION" in c.old_text for c in case)
    assert all(c.old_text.casefold().split() == c.new_text.casefold().split() for c in case)
    # "Covered Code" became "Covered Software": the one word of substance stays wording.
    assert [c.new_text for c in changes if c.old_text == "CODE"] == ["Software"] * 5
    assert all(c.change_class == "wording" for c in changes if c.old_text == "CODE")


@needs_licences
def test_an_address_replaced_by_a_web_address_is_one_replacement_not_figures() -> None:
    _, changes = _changes(_compare("GPL-2", "GPL-3"), "title", "title")
    address = [c for c in changes if "Franklin" in c.old_text or "fsf" in c.new_text]
    assert len(address) == 1, [(c.old_text, c.new_text) for c in address]
    assert "Boston, MA 02110-1301 USA" in address[0].old_text
    assert address[0].new_text == "<https://fsf.org/>"
    assert address[0].change_class == "wording"
    # The version and the dates still compare figure by figure.
    assert ("1991", "2007", "figure") in [(c.old_text, c.new_text, c.change_class) for c in changes]
