"""What a new reader met on a walk through the window, each checked on the real app."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from treatyviewer.cli import run as run_cli
from treatyviewer.core.comparison import Row
from treatyviewer.ui.app.reading_position import FOLLOW_DELAY_MS

pytestmark = pytest.mark.gui


def test_two_unreadable_texts_are_both_named_in_the_window(make_window, tmp_path: Path, qtbot):
    window = make_window()
    cmp = window.session.comparison
    binary, empty = tmp_path / "scan.txt", tmp_path / "blank.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    empty.write_bytes(b"")
    window.open_pair(str(binary), str(empty))
    qtbot.waitUntil(lambda: not window.session.busy and bool(window.message_bar.texts()))
    assert window.session.comparison is cmp
    said = window.message_bar.texts()[-1]
    assert "scan.txt" in said and "not text" in said
    assert "blank.txt" in said and "empty" in said


def test_two_unreadable_texts_on_the_command_line_are_both_named(tmp_path: Path, capsys):
    binary, empty = tmp_path / "scan.txt", tmp_path / "blank.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    empty.write_bytes(b"")
    assert run_cli(["compare", str(binary), str(empty)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("treatyviewer: ") and "scan.txt" in lines[0]
    assert lines[1].startswith("treatyviewer: ") and "blank.txt" in lines[1]


LEASE = """Lease

1.1 The Landlord is Jane Smith.
1.2 The Tenant is John Brown.
2.1 The rent is 900 pounds a month.
2.2 Rent is paid in advance.
"""


def test_a_notice_both_texts_share_is_shown_once_as_a_sentence(make_window, tmp_path: Path):
    old, new = tmp_path / "lease-2019.txt", tmp_path / "lease-2023.txt"
    old.write_text(LEASE, encoding="utf-8")
    new.write_text(LEASE.replace("900", "950"), encoding="utf-8")
    window = make_window(old, new)
    notices = window.message_bar.texts()
    assert notices == ["Both texts: numbering found: clauses 1.1 to 2.2, 4 in all."]
    cmp = window.session.comparison
    assert [s.label for s in cmp.old.segments] == ["preamble", "1.1", "1.2", "2.1", "2.2"]


def test_texts_with_no_numbering_are_told_so_once(make_window, tmp_path: Path):
    old, new = tmp_path / "letter-a.txt", tmp_path / "letter-b.txt"
    old.write_text("Dear friend,\n\nThe rent is due.\n\nYours.\n", encoding="utf-8")
    new.write_text("Dear friend,\n\nThe rent is late.\n\nYours.\n", encoding="utf-8")
    window = make_window(old, new)
    notices = window.message_bar.texts()
    assert len(notices) == 1
    assert notices[0].startswith("Both texts: no article headings found")
    assert notices[0].endswith("paragraph by paragraph.")


def test_a_notice_of_one_text_names_that_text(make_window, tmp_path: Path):
    old, new = tmp_path / "lease.txt", tmp_path / "letter.txt"
    old.write_text(LEASE, encoding="utf-8")
    new.write_text("Dear friend,\n\nThe rent is late.\n\nYours.\n", encoding="utf-8")
    window = make_window(old, new)
    notices = window.message_bar.texts()
    assert "The older text: numbering found: clauses 1.1 to 2.2, 4 in all." in notices
    assert any(n.startswith("The newer text: no article headings found") for n in notices)


def _selected_row(window):  # type: ignore[no-untyped-def]
    (source,) = window.concordance.selected_rows()
    return window.concordance.model.rows[source]


def _answer_go_to(qtbot, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Type into the Go to Article dialog once it is open, and press Enter."""
    from treatyviewer.ui.dialogs.article_dialog import ArticleDialog

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArticleDialog)
        dialog.field.setText(typed)
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(100, answer)


def test_go_to_a_removed_article_selects_it_in_the_concordance(make_window, qtbot):
    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    removed = next(k for k, seg in enumerate(cmp.old.segments) if k not in cmp.old_to_pair)
    name = window.concordance.model.rows.index(Row("removed", removed))
    _answer_go_to(qtbot, cmp.old.segments[removed].label)
    window.actions_["go.article"].trigger()
    qtbot.wait(FOLLOW_DELAY_MS * 3)  # the concordance would have caught up with the top by now
    assert _selected_row(window) == Row("removed", removed), name


def _row_of_match(cmp, pane, start: int, side: int, needle: str) -> Row:  # type: ignore[no-untyped-def]
    """The row whose article holds the match: the k-th "needle" of the pane is the
    k-th of the text."""
    k = pane.toPlainText()[:start].count(needle)
    doc = cmp.old if side == 0 else cmp.new
    at = -1
    for _ in range(k + 1):
        at = doc.text.index(needle, at + 1)
    segment = next(i for i, seg in enumerate(doc.segments) if seg.start <= at < seg.end)
    return cmp.row_of_segment(side, segment)


def test_a_find_match_selects_its_article_in_the_concordance(make_window, qtbot):
    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    needle = "Nakhichevan"
    window.actions_["edit.find"].trigger()
    window.find_bar.edit.setText(needle)
    window.find_bar.search()
    qtbot.waitUntil(lambda: window.find_bar.matches != [])
    rows = set()
    for _ in range(6):
        qtbot.wait(FOLLOW_DELAY_MS * 3)  # the concordance would have caught up with the top
        pane, start, _end = window.find_bar.matches[window.find_bar.current]
        side = 0 if pane is window.view.old_pane else 1
        expected = _row_of_match(cmp, pane, start, side, needle)
        assert _selected_row(window) == expected
        rows.add(expected)
        window.find_bar.step(1)
    assert len(rows) > 1


def test_go_to_names_read_as_phrases_with_no_brackets_after_brackets(qapp):
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.ui.dialogs.article_lookup import article_choices

    bundled = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    names = [name for name, _row in article_choices(bundled)]
    assert "Annex 1 (C), only in the newer text" in names
    assert "Art. 4, only in the older text" in names
    assert not [name for name in names if ") (" in name]
    # Moscow → Kars: the articles Kars gives only as editor's notes are not known, as
    # the panes and the lineage table say, not "only in the older text".
    kars = compare(load_bundled("moscow-1921"), load_bundled("kars-1921"))
    names = [name for name, _row in article_choices(kars)]
    assert "Art. IX of the older text, not known whether in the newer" in names
    # Art. XI is in both, each not known in the other: the names tell them apart.
    assert "Art. XI of the older text, not known whether in the newer" in names
    assert "Art. XI of the newer text, not known whether in the older" in names
    assert len(names) == len(set(names))
    assert not [n for n in names if n.startswith("Art. IX,") and "only in" in n]


def test_a_reconstructed_badge_says_what_that_means_and_how_sure(qapp):
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.ui.compare.render import provenance_badges

    draft, treaty = load_bundled("draft-1920"), load_bundled("moscow-1921")
    ((kind, tip),) = provenance_badges(draft, draft.segments[draft.index_of("1")])
    assert kind == "reconstructed"
    assert "from published summaries and secondary accounts" in tip
    assert "How sure: probable" in tip
    ((kind, tip),) = provenance_badges(treaty, treaty.segments[treaty.index_of("III")])
    assert kind == "paraphrased" and tip.startswith("Paraphrased: a summary")


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_at_the_last_change_a_small_status_bar_keeps_counts_and_place(
    make_window, qapp, qtbot, lang
):
    """At 1024 px in Russian the counts were cut, and at the last change the note
    ("press F7 again to start over") pushed them out and was cut itself."""
    from treatyviewer.ui.common import i18n

    i18n.install(qapp, lang)
    try:
        window = make_window(size=(1024, 700))
        label, counts = window.position.change_label, window.counts
        window.view.setFocus()
        last = re.compile(r"^(?:Change|Изменение) (\d+) (?:of|из) \1\b")
        for _ in range(60):  # the bundled pair has some 45 changes
            if last.match(label.text()):
                break
            before = label.text()
            window.actions_["go.next_change"].trigger()
            # the place is told once the step is shown: wait for it on a busy machine
            qtbot.waitUntil(lambda before=before: label.text() != before, timeout=5000)
            QApplication.processEvents()  # and laid out
        assert last.match(label.text()), label.text()
        assert "F7" in label.text() and "F7" in label.toolTip()  # the whole note is kept
        for shown in (label.shown(), counts.shown()):
            assert not shown.endswith("…"), shown
        assert last.match(label.shown()), label.shown()  # the place is kept
        room = label.contentsRect().width()
        assert label.fontMetrics().horizontalAdvance(label.shown()) <= room
        for count in window.session.comparison.stats().values():
            if count:
                assert str(count) in counts.shown(), counts.shown()
        assert not label.geometry().intersects(counts.geometry())
    finally:
        i18n.install(qapp, "en")


def test_a_resized_window_keeps_the_article_being_read_at_the_top(make_window, qtbot, tmp_path):
    from conftest import write_treaty_pair

    old, new = write_treaty_pair(tmp_path, "long", articles=60, words_per_article=40, edits=40)
    window = make_window(old, new, size=(1400, 900))
    view, cmp = window.view, window.session.comparison
    view.jump_to_pair(len(cmp.pairs) * 2 // 3)
    QApplication.processEvents()
    before = view.navigator.row_at_top()
    assert before is not None and before.index > 20
    for size in ((1024, 700), (1600, 1000)):
        window.resize(*size)
        QApplication.processEvents()
        for pane in view.panes():
            pane.flush_relayout()
        qtbot.wait(50)
        assert view.navigator.row_at_top() == before, size


def test_the_arrow_to_the_counterpart_never_ends_a_line_alone(qapp):
    from PySide6.QtGui import QFont

    from treatyviewer.core.comparison import compare
    from treatyviewer.core.resources import load_bundled
    from treatyviewer.ui.common.colours import LIGHT
    from treatyviewer.ui.compare.render import render_side

    cmp = compare(load_bundled("draft-1920"), load_bundled("moscow-1921"))
    for side, arrow in (("old", "→"), ("new", "←")):
        raw = render_side(cmp, side, LIGHT, QFont()).document.toRawText()
        shown = raw.translate(dict.fromkeys(map(ord, "\u2066\u2068\u2069")))  # isolates
        # "Art. 3 → Art. IX": the arrow and the name are never parted at a line's end.
        name = "Art.\u00a0IX" if side == "old" else "Art.\u00a03"
        assert f"{arrow}\u00a0{name}" in shown and f"{arrow} Art" not in shown


MEMO = """Memo

Article 1
The rent is 900 pounds a month.

Article 2
Rent is paid in advance.
"""


def test_a_text_known_by_its_file_name_is_called_the_older_or_newer_text(
    make_window, tmp_path: Path
):
    """A plain file has no title of its own: its band says "not in the newer text",
    not "not in the memo-2023" (as the PDF report already words it)."""
    old, new = tmp_path / "memo-2019.txt", tmp_path / "memo-2023.txt"
    old.write_text(MEMO + "\nArticle 3\nKeys are returned at the end.\n", encoding="utf-8")
    new.write_text(MEMO.replace("900", "950"), encoding="utf-8")
    window = make_window(old, new)
    texts = [p.text for p in window.view.new_pane.placeholders if p.pair is None]
    assert texts == ["— not in the newer text —"]
    assert window.view.old_pane.placeholders == []


def test_go_to_article_takes_the_older_text_s_number_when_asked(qapp) -> None:
    """ "Art. 30" went to the newer text's Art. 30 with no way to ask for the older's:
    "old 30" (or "new 30") says which text the number is counted in."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.dialogs.article_lookup import article_choices, typed_article

    bodies = ["Kars stays within Turkey.", "Batum is ceded to Georgia.", "Prisoners go home."]
    old = make_document("\n\n".join(f"Article {k}\n{b}" for k, b in enumerate(bodies, 1)))
    new = make_document("\n\n".join(f"Article {k}\n{b}" for k, b in enumerate(bodies[1:], 1)))
    cmp = compare(old, new)
    choices = article_choices(cmp)
    rows = [row for _, row in choices]

    def go(typed: str) -> str:
        row = typed_article(cmp, rows, typed, lambda n: choices[n][0])
        assert row is not None, typed
        return choices[rows.index(row)][0]

    assert go("2") == "Art. 3 → Art. 2"  # the newer text's number, as the panes read
    assert go("old 2") == "Art. 2 → Art. 1"
    assert go("Old Art. 1") == "Art. 1, only in the older text"
    assert go("new 1") == "Art. 2 → Art. 1"


def test_an_unpaired_article_says_which_text_it_shares_wording_with(qapp):
    """Beside old Art. 12, "shares wording with Art. 12" read as itself: it names the
    newer text's Art. 12, and now says so."""
    from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

    from treatyviewer.core.segment import make_document
    from treatyviewer.ui.compare.related_links import write_related

    old = make_document("Article 11\n\nThe frontier is fixed.\n\nArticle 12\n\nThe sea is open.\n")
    new = make_document("Article 11\n\nThe frontier is fixed.\n\nArticle 12\n\nThe port is open.\n")
    for kind, doc, other, side in (("removed", old, new, "newer"), ("added", new, old, "older")):
        out = QTextDocument()
        seg = doc.segments[doc.index_of("12")]
        written = write_related(
            QTextCursor(out), kind, doc, seg, other, (other.index_of("12"),), QTextCharFormat()
        )
        assert written
        assert (
            out.toPlainText() == f"no counterpart; shares wording with Art. 12 of the {side} text"
        )


def test_an_error_goes_once_the_next_texts_are_read(make_window, tmp_path: Path, qtbot):
    """ "… is not text" stayed above the next pair while that long pair was compared."""
    window = make_window()
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 not text")
    window.open_pair(str(binary), "moscow-1921")
    qtbot.waitUntil(lambda: not window.session.busy and bool(window.message_bar.texts()))
    assert any("not text" in t for t in window.message_bar.texts())
    window.session.apart_from = 0  # every pair shown as read before it is compared
    with qtbot.waitSignal(window.session.started, timeout=30_000):
        window.open_pair("draft-1920", "kars-1921")
    # gone as soon as the next pair is asked for, not only once it is read
    assert not any("not text" in t for t in window.message_bar.texts())
    # The pair's comparing process runs on: it ends here, not in the tests after this one
    # (which wait for every comparing process to have ended).
    qtbot.waitUntil(lambda: not window.session.busy, timeout=60_000)


def test_go_to_article_finds_the_articles_that_mention_a_place(make_window, qtbot):
    """Typing "Kars", as a historian does first, answered that neither text has an
    article "Kars"; the list now holds the articles that mention it, each with its
    first words, and Enter goes to the first."""
    from treatyviewer.ui.dialogs.article_dialog import ArticleDialog

    window = make_window(size=(1400, 900))
    cmp = window.session.comparison
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ArticleDialog)
        qtbot.keyClicks(dialog.field, "kars")
        qtbot.waitUntil(lambda: dialog.model.shown is not None)
        seen["label"] = dialog.label.text()
        seen["lines"] = [dialog.model.index(k, 0).data() for k in range(dialog.model.rowCount())]
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    QTimer.singleShot(100, answer)
    window.actions_["go.article"].trigger()
    qtbot.waitUntil(lambda: "lines" in seen)
    mentioning = [
        row
        for row in cmp.rows()
        if any(
            "kars" in doc.text[seg.start : seg.end].casefold()
            for doc, side in ((cmp.old, 0), (cmp.new, 1))
            for seg in doc.segments
            if cmp.row_of_segment(side, doc.segments.index(seg)) == row
        )
    ]
    assert mentioning and len(seen["lines"]) == len(mentioning)
    assert seen["label"] == f"Articles that mention “kars”: {len(mentioning)}"
    assert all(" — " in line for line in seen["lines"])  # each says what it is about
    qtbot.waitUntil(lambda: _selected_row(window) == mentioning[0])
