"""The Show menu: one toggle per change class, Substance Only, counts, saved with the session."""

from __future__ import annotations

import json
from pathlib import Path

from class_pairs import SAMPLE_NEW, SAMPLE_OLD
from treatyviewer.core.change_classes import CLASSES, SUBSTANCE

OLD, NEW = SAMPLE_OLD, SAMPLE_NEW


def write_pair(tmp_path: Path) -> tuple[Path, Path]:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    return old, new


def visited_classes(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Walk Next Change through every stop once; the classes of the changes met."""
    view = window.view
    changes = view.rendered[1].changes
    seen: list[str] = []
    total = len(view.navigator._change_stops())
    for _ in range(total):
        window.actions_["go.next_change"].trigger()
        cid = view.navigator._change_stops()[view.navigator.current][2]
        seen.append(changes[cid][1].change_class)
    return seen


def test_substance_only_hides_form_and_next_change_skips_it(make_window, tmp_path) -> None:
    window = make_window(*write_pair(tmp_path))
    assert sorted(visited_classes(window)) == sorted(
        ["name-variant", "figure", "punctuation", "case", "spelling", "wording"]
    )
    assert "6 hidden" not in window.counts.text()
    window.actions_["show.substance_only"].trigger()
    assert window.classes.shown == SUBSTANCE
    assert not window.actions_["show.class.spelling"].isChecked()
    assert sorted(visited_classes(window)) == ["figure", "wording"]
    counts = window.counts.text()
    assert "Word changes: wording 1, figures 1 · 4 hidden" in counts
    # the session still holds every change: nothing was recomputed or lost
    assert sum(len(p.changes) for p in window.session.comparison.pairs) == 6
    window.actions_["show.all"].trigger()
    assert window.classes.shown == frozenset(CLASSES)
    assert window.actions_["show.class.case"].isChecked()
    assert not window.actions_["show.substance_only"].isChecked()


def test_one_class_toggle_and_the_lighter_form(make_window, tmp_path) -> None:
    window = make_window(*write_pair(tmp_path))
    window.actions_["show.class.case"].trigger()
    assert "case" not in window.classes.shown
    assert "case" not in visited_classes(window)
    assert "1 hidden" in window.counts.text()
    from treatyviewer.ui.compare.formats import CHANGE_PROP

    doc = window.view.new_pane.document()
    tips = set()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if isinstance(fmt.property(CHANGE_PROP), int) and fmt.property(CHANGE_PROP) >= 0:
                tips.add(fmt.toolTip())
            it += 1
        block = block.next()
    assert "Change of form: name variants" in tips and "Change of form: spelling" in tips


def test_the_choice_is_saved_with_the_session_and_old_ignore_options_still_open(
    make_window, tmp_path, qtbot
) -> None:
    window = make_window(*write_pair(tmp_path))
    window.actions_["show.substance_only"].trigger()
    path = tmp_path / "s.tvproj"
    assert window.reading.controller.save_as(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["view"]["shown_classes"] == ["wording", "figure"]
    window.actions_["show.all"].trigger()
    window.reading.restore_view(data["view"])
    assert window.classes.shown == SUBSTANCE
    # a session from before change classes: its ignore options hide those classes
    window.reading.restore_view({"ignore_case": True, "ignore_punctuation": True})
    assert window.classes.shown == frozenset(CLASSES) - {"case", "punctuation"}
    assert "case" not in visited_classes(window)
