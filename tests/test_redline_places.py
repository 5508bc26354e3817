"""Where the older text's kept words stand in the newer one: the inline redline writes
them once, and finds notes and mentions on them through this."""

from __future__ import annotations


def test_an_older_passage_kept_is_found_where_the_newer_text_has_it() -> None:
    """What the inline redline goes to for a note on the older text's kept words: the
    same words in the newer text, not a character or two beside them."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.resources import load_bundled

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    for words in ("observing that they", "Moscow, ", "struggle against imperialism", "Turkey"):
        at = cmp.new_offset_of_old(cmp.old.text.index(words))
        assert at is not None and cmp.new.text[at:].startswith(words.strip()), words
