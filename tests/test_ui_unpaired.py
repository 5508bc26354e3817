"""A long pair is shown as soon as it is read, marked as not compared yet, and replaced
by the paired, highlighted comparison when that arrives; a cancel brings back the
previous pair."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDockWidget

from conftest import wait_compared
from test_ui_window import change_ids
from treatyviewer.core.document import Document, short_title


def _docks_enabled(window) -> list[bool]:  # type: ignore[no-untyped-def]
    return [d.widget().isEnabled() for d in window.findChildren(QDockWidget) if d.widget()]


def _shown_as_read(window) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """What the window shows each time a pair's texts are read, before they are compared."""
    seen: list[dict[str, Any]] = []
    view = window.view

    def texts_read(old: Document, new: Document) -> None:
        seen.append(
            {
                "comparison": view.cmp,
                "titles": (view.old_box.full_title, view.new_box.full_title),
                "text": view.new_pane.toPlainText(),
                "highlights": change_ids(view.new_pane.document()),
                "messages": window.message_bar.texts(),
                "comparing": window.session.busy,
                "new": new,
                "docks": _docks_enabled(window),
                "side by side": window.actions_["view.mode.side"].statusTip(),
                "window title": window.windowTitle(),
                "counts": window.status.counts.text(),
            }
        )

    window.session.textsRead.connect(texts_read)
    return seen


def test_a_long_pair_is_shown_as_read_and_marked_not_compared_until_it_is(
    make_window, small_pair, qtbot
) -> None:
    window = make_window()
    window.session.apart_from = 0  # compared in a process of its own, as a long pair is
    seen = _shown_as_read(window)
    previous = window.session.comparison
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous)

    assert len(seen) == 1
    first = seen[0]
    assert first["comparing"] and first["comparison"] is None  # nothing claimed as paired
    assert all("not compared yet" in title for title in first["titles"])
    assert any("not compared yet" in text for text in first["messages"])
    assert first["highlights"] == []  # no change shown before it is known
    # nor the previous pair's counts ("7 modified · 1 moved") beside these texts
    assert "modified" not in first["counts"] and "not compared" in first["counts"].lower()
    assert "modified" in window.status.counts.text()
    # The docks still describe the previous pair: greyed out until this one is compared.
    assert first["docks"] and not any(first["docks"])
    assert all(_docks_enabled(window))
    # Side by Side does not claim the texts are aligned before the articles are paired.
    assert "aligned" not in first["side by side"]
    assert "aligned" in window.actions_["view.mode.side"].statusTip()
    new, seg = first["new"], first["new"].segments[1]
    heading, words = new.text[seg.start : seg.body_start].strip(), new.text[seg.body_start :][:40]
    assert heading and heading in first["text"]  # readable as read
    assert " ".join(words.split()) in first["text"]

    view = window.view
    assert view.cmp is window.session.comparison is not None
    assert window.session.new is first["new"]  # the text shown is the one compared, sent once
    assert not any(
        "not compared yet" in t for t in (view.old_box.full_title, view.new_box.full_title)
    )
    assert not any("not compared yet" in text for text in window.message_bar.texts())
    assert change_ids(view.new_pane.document())  # highlighted once compared


def test_cancel_after_the_texts_are_shown_as_read_brings_back_the_previous_pair(
    make_window, small_pair, qtbot
) -> None:
    """...at the article being read (it came back at its preamble), under its title."""
    window = make_window()
    window.session.apart_from = 0
    seen = _shown_as_read(window)
    view = window.view
    previous = window.session.comparison
    shown = view.new_pane.toPlainText()
    counts = window.status.counts.text()
    view.jump_to_segment(1, previous.new.index_of("X"))
    for pane in view.panes():
        pane.flush_relayout()
    reading = view.navigator.row_at_top()
    window.session.textsRead.connect(lambda _old, _new: window.session.cancel())
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    qtbot.waitUntil(lambda: bool(seen) and not window.session.busy, timeout=30000)
    qtbot.waitUntil(lambda: not view.writing(), timeout=30000)
    for pane in view.panes():
        pane.flush_relayout()
    assert window.session.comparison is previous and view.cmp is not None
    assert view.new_pane.toPlainText() == shown
    assert window.status.counts.text() == counts  # the previous pair's counts again
    assert not any("not compared yet" in t for t in window.message_bar.texts())
    assert "not compared yet" not in view.new_box.full_title
    assert view.navigator.row_at_top() == reading
    # While the texts were shown as read, the title named them; now the pair again.
    assert "(comparing…)" in seen[0]["window title"]
    assert short_title(seen[0]["new"])[:20] in seen[0]["window title"]
    assert "(comparing…)" not in window.windowTitle()
    assert "Moscow draft (1920) ↔ Treaty of Moscow (1921)" in window.windowTitle()


def test_go_to_article_is_disabled_and_says_why_while_the_articles_are_paired(
    make_window, small_pair, qtbot
) -> None:
    """Ctrl+G looked enabled while a long pair was shown as read, and did nothing."""
    window = make_window()
    window.session.apart_from = 0
    action = window.actions_["go.article"]
    tip = action.toolTip()
    seen: list[tuple[bool, str]] = []
    window.session.textsRead.connect(
        lambda _o, _n: seen.append((action.isEnabled(), action.toolTip()))
    )
    previous = window.session.comparison
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous)
    assert len(seen) == 1
    enabled, shown_tip = seen[0]
    assert not enabled and "paired" in shown_tip
    assert action.isEnabled() and action.toolTip() == tip


def test_the_previous_pairs_notes_are_not_marked_on_texts_being_compared(
    make_window, small_pair, qtbot, monkeypatch
) -> None:
    """Shown while still compared, the new texts had the bundled pair's notes marked
    on them, at the old offsets, in the middle of their words."""
    window = make_window()
    window.session.apart_from = 0
    monkeypatch.setattr("treatyviewer.ui.state.session.PARTIAL_FROM", 0)  # a long pair's way
    view = window.view
    assert view.new_pane.overlay.spans("annotation")  # the bundled pair's curated notes
    view.set_mode("inline")
    marked: list[int] = []

    def partial(_cmp) -> None:  # type: ignore[no-untyped-def]
        for pane in (*view.panes(), view.inline_pane):
            marked.append(len(pane.overlay.spans("annotation")))

    window.session.partial.connect(partial)
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window)
    assert marked and not any(marked)


def test_a_first_pair_names_its_texts_before_they_are_read(qtbot, tmp_path, small_pair) -> None:
    """A window with nothing on screen showed empty panes under its bare name for the
    seconds a long pair took to read: the title and a line name the texts at once."""
    from conftest import new_window

    window = new_window(tmp_path, (1200, 800))
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    seen: list[tuple[str, list[str]]] = []
    window.session.started.connect(
        lambda _what: (
            seen.append((window.windowTitle(), window.message_bar.texts())) if not seen else None
        )
    )
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window)
    title, messages = seen[0]
    stems = [p.stem for p in small_pair]
    assert all(s in title for s in stems) and "comparing" in title
    assert any(all(p.name in m for p in small_pair) for m in messages)
    assert not any("Reading" in m for m in window.message_bar.texts())  # gone once compared
    assert "comparing" not in window.windowTitle()


def test_a_second_pair_says_at_once_that_the_texts_on_screen_are_the_previous_pair(
    make_window, small_pair, qtbot
) -> None:
    """For a second or more the previous pair and its counts stood beside "Reading both
    texts…" with nothing saying they were not the new pair's."""
    window = make_window()
    previous = window.session.comparison
    said: list[list[str]] = []
    window.session.started.connect(
        lambda _what: said.append(window.message_bar.texts()) if not said else None
    )
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous)
    assert any(small_pair[0].name in m and "previous pair" in m for m in said[0])
    assert not any("previous pair" in m for m in window.message_bar.texts())


def test_a_session_saved_while_a_long_pair_is_paired_keeps_the_article_read(
    make_window, small_pair, qtbot
) -> None:
    """Quit (or a SIGTERM) while a long pair stood on screen, not yet compared: the
    session had saved the new texts' top, and reopened at the previous pair's preamble
    instead of the article read."""
    window = make_window()
    window.session.apart_from = 0
    view = window.view
    previous = window.session.comparison
    view.jump_to_segment(1, previous.new.index_of("XIV"))
    for pane in view.panes():
        pane.flush_relayout()
    read = window.reading.view_options()["reading"]["article"]
    assert read["new"] == ["XIV"]
    saved: list[dict[str, Any]] = []
    window.session.textsRead.connect(
        lambda _old, _new: saved.append(window.reading.view_options()["reading"])
    )
    window.open_pair(str(small_pair[0]), str(small_pair[1]))
    wait_compared(qtbot, window, previous)
    assert saved and saved[0].get("article") == read
    # Once the new pair is compared, its own place is saved.
    assert window.reading.view_options()["reading"].get("article") != read
