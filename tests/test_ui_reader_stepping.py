"""What a new reader stumbled on in the window: stepping through changes, article names
in the interface language."""

from __future__ import annotations

import pytest

from treatyviewer.core.comparison import Row
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.names import label_name
from treatyviewer.ui.common.vocabulary import provenance_text
from treatyviewer.ui.state.undo import link_command

pytestmark = pytest.mark.gui


def test_next_change_stops_at_added_and_removed_articles_once(make_window) -> None:
    """From Art. I, F7 used to jump to Art. V over Art. II (Batum) and III (Nakhichevan)."""
    window = make_window(size=(1400, 900))
    view, label = window.view, window.position.change_label
    cmp = view.cmp
    added = {Row("added", cmp.new.index_of(label)) for label in ("II", "III")}
    removed = Row("removed", cmp.old.index_of("4"))
    art_i = Row("pair", cmp.new_to_pair[cmp.new.index_of("I")])
    art_v = Row("pair", cmp.new_to_pair[cmp.new.index_of("V")])
    window.actions_["go.next_change"].trigger()
    total = int(label.text().split(" of ")[1].split()[0])
    words = sum(len(p.changes) for p in cmp.pairs)
    assert words < total <= words + len(cmp.added) + len(cmp.removed)
    seen = [view.navigator.current_row]
    texts = [label.text()]
    for _ in range(total - 1):
        window.actions_["go.next_change"].trigger()
        seen.append(view.navigator.current_row)
        texts.append(label.text())
    wholes = [row for row in seen if row is not None and row.kind != "pair"]
    assert len(wholes) == len(set(wholes)) == len(cmp.added) + len(cmp.removed)
    assert removed in wholes
    order = [row for row in dict.fromkeys(seen) if row in added | {art_i, art_v}]
    assert order == [art_i, *sorted(added, key=lambda r: r.index), art_v]
    at_ii = seen.index(Row("added", cmp.new.index_of("II")))
    assert "Art. II added" in texts[at_ii]
    assert "in wording" in label.toolTip() and "whole articles" in label.toolTip()
    row = window.concordance.row_of(Row("added", cmp.new.index_of("II")))
    for _ in range(at_ii + 1):
        window.actions_["go.next_change"].trigger()
    assert window.concordance.selected_rows() == [row]


@pytest.fixture
def interface(qapp):  # type: ignore[no-untyped-def]
    def use(lang: str) -> None:
        assert i18n.install(qapp, lang) == lang

    yield use
    i18n.install(qapp, "en")


def test_article_names_and_undo_texts_follow_the_interface_language(make_window, interface) -> None:
    interface("ru")
    window = make_window()
    assert label_name("4") == "Ст. 4" and label_name("preamble") == "Преамбула"
    command = link_command(window.session, ("4",), ("IX",))
    assert "Ст. 4" in command.text() and "Art." not in command.text()
    model = window.concordance.model
    annexes = [
        name
        for row in range(model.rowCount())
        for name in model.references(row)[1]
        if "1 (C)" in name
    ]
    assert annexes == ["Приложение 1 (C)"]
    moved = " ".join(p.text for pane in window.view.panes() for p in pane.placeholders if p.pair)
    assert "Ст. 5" in moved and "Art." not in moved  # "Art. 5 … stood here — now Art. V"


def test_turkish_wording_for_reconstructed_and_mention(interface) -> None:
    interface("tr")
    assert provenance_text("reconstructed") == "yeniden oluşturulmuş"
    assert label_name("IV") == "Md. IV"
