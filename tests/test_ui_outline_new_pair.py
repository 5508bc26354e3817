"""Opening two other texts while an article of the older text is read: the outline
takes the new pair and the panes show it."""

from __future__ import annotations

from conftest import wait_compared


def test_other_texts_open_while_an_unpaired_older_article_is_read(make_window, qtbot, tmp_path):
    """With the IOM constitution's Art. 12 (in the older text only) read, File → Open
    Two Texts of a shorter pair had the Outline fail on that article's place (past the
    end of the new older text), the refresh stopped there, and the panes and the
    Concordance kept showing the pair read before under the new pair's title."""
    window = make_window()
    cmp = window.session.comparison
    last_removed = max(cmp.removed)
    assert last_removed >= 3  # the case: past the end of the texts opened next
    window.outline.show()
    window.view.jump_to_segment(0, last_removed)
    qtbot.waitUntil(lambda: window.outline.reading is not None)
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("Article 1\nThe parties agree.\n\nArticle 2\nThe treaty is ratified.\n")
    new.write_text("Article 1\nThe parties agree at once.\n\nArticle 2\nThe treaty is ratified.\n")
    window.open_pair(str(old), str(new))
    wait_compared(qtbot, window, cmp)
    shown = window.view.panes()[0].toPlainText()
    assert "The parties agree." in shown and "Kars" not in shown
    assert window.concordance.model.rowCount() == len(window.session.comparison.rows())
