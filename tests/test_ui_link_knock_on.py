"""A reader's link re-aligns the texts around it; what that changed elsewhere is said.

A link changes only the pairs of the two articles linked; an article that lost its
partner to the link may then pair with another left unpaired, and that is said (before,
nothing was, and the status bar's "1 removed" silently came to name another article).
Linking draft Art. 4 with Art. II of the bundled treaty, two unpaired articles, had
also undone draft Art. 2 ↔ Art. VI: it now changes nothing else."""

from __future__ import annotations

from conftest import wait_compared
from treatyviewer.core.relinking import knock_on
from treatyviewer.ui.concordance.concordance import COLUMNS

DUTIES = (
    "The customs duties on grain, flour and cattle crossing the frontier shall be "
    "abolished within one year of signature, and the customs posts closed"
)
ARTICLES = (
    "The parties shall keep the peace along the river frontier at all times and settle "
    "every dispute by negotiation.",
    "This treaty shall be ratified and the ratifications exchanged in the capital within "
    "three months.",
)


def _duties_pair(tmp_path):  # type: ignore[no-untyped-def]
    """Old Art. 2 on grain duties and Art. 3 on timber; the new text has the grain
    article twice (2, and 3 with a few words more)."""
    timber = (
        "The customs duties on timber, coal and salt crossing the frontier shall be halved "
        "within two years of signature, and a joint tariff commission shall watch over them."
    )

    def text(second: str, third: str) -> str:
        bodies = (ARTICLES[0], second, third, ARTICLES[1])
        return "TREATY OF FRIENDSHIP\n\n" + "".join(
            f"Article {n}\n{body}\n\n" for n, body in enumerate(bodies, 1)
        )

    old, new = tmp_path / "duties-old.txt", tmp_path / "duties-new.txt"
    old.write_text(text(DUTIES + ".", timber), encoding="utf-8")
    new.write_text(text(DUTIES + ".", DUTIES + " on both banks."), encoding="utf-8")
    return old, new


def _pairs(window) -> set:  # type: ignore[no-untyped-def]
    cmp = window.session.comparison
    return {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }


def test_a_link_that_pairs_another_article_anew_says_so_and_offers_undo(
    make_window, qtbot, tmp_path
) -> None:
    window = make_window(*_duties_pair(tmp_path))
    before = window.session.comparison
    assert (("2",), ("2",)) in _pairs(window)
    window.link(("3",), ("2",))
    wait_compared(qtbot, window, before)
    after = window.session.comparison
    assert knock_on(before, after, ("3",), ("2",)).made == ((("2",), ("3",)),)
    qtbot.waitUntil(lambda: any("aligned again" in t for t in window.message_bar.texts()))
    text = next(t for t in window.message_bar.texts() if "aligned again" in t)
    assert "Art. 2 ↔ Art. 3" in text and "newly paired" in text

    window.undo_stack.undo()
    wait_compared(qtbot, window, after)
    assert (("2",), ("2",)) in _pairs(window)


def test_a_link_that_changes_nothing_else_says_nothing(make_window, qtbot) -> None:
    window = make_window()
    before = window.session.comparison
    for new in ("VII", "II"):
        window.link(("4",), (new,))
        wait_compared(qtbot, window, before)
        assert not knock_on(before, window.session.comparison, ("4",), (new,))
        assert (("2",), ("VI",)) in _pairs(window)
        before = window.session.comparison
    qtbot.wait(100)
    assert not any("aligned again" in t for t in window.message_bar.texts())


def test_link_with_asks_in_a_dialog_wide_enough_for_its_title(make_window, qtbot) -> None:
    """Link with… lists the other text's articles; the reader's choice is linked (the
    dialog was so narrow that its title read "Link w… iewer")."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    window = make_window()
    dock, model = window.concordance, window.concordance.model
    row = next(r for r in range(model.rowCount()) if model.labels(r) == (("4",), ()))
    dock.select_row(row)
    seen = {}

    def choose() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LinkDialog) and w.isVisible())  # fmt: skip
        seen["width"] = dialog.width()
        seen["title"] = dialog.windowTitle()
        seen["items"] = dialog.comboBoxItems()
        seen["first"] = dialog.textValue()
        seen["prompt"] = dialog.labelText()
        dialog.setTextValue(next(c for c in dialog.comboBoxItems() if " VII —" in c))
        dialog.accept()

    QTimer.singleShot(200, choose)
    before = window.session.comparison
    dock.link_with_selected()
    wait_compared(qtbot, window, before)
    assert seen["title"] == "Link with…" and seen["width"] >= 420
    assert seen["prompt"].startswith("Link Art. 4 (older text)"), seen["prompt"]  # not "4"
    # Each article says what it is paired with now; the list does not start at the
    # preamble (OK at once had linked the article with it).
    assert (
        "Art. VII — unpaired" in seen["items"] and "Art. VI — paired with Art. 2" in seen["items"]
    )
    assert not seen["first"].startswith("Preamble")
    # The articles that took up draft Art. 4's matter are marked (the aligner found I;
    # the notes name II, III and XV), and the list starts at one of them not paired
    # with another article (it had started at the first unpaired article, with no hint;
    # then at Art. I, paired with Art. 1, so that Enter broke that pair).
    assert seen["first"].endswith("— unpaired; related"), seen["first"]
    marked = [c.split(" — ")[0] for c in seen["items"] if c.endswith("; related")]
    assert marked == ["Art. I", "Art. II", "Art. III", "Art. XV"], marked
    assert (("4",), ("VII",)) in {model.labels(r) for r in range(model.rowCount())}


def test_an_unlinked_article_is_marked_as_the_readers_decision(make_window, qtbot) -> None:
    """After Unlink the two rows read "Decided by —", and the CSV said "auto": the
    reader's decision showed nowhere but in the session file."""
    from treatyviewer.io.csv_export import concordance_rows

    window = make_window()
    before = window.session.comparison
    window.unlink(("5",), ("V",))
    wait_compared(qtbot, window, before)
    model = window.concordance.model
    origin = COLUMNS.index("origin")
    rows = {model.labels(r): model.shown_text(r, origin)[0] for r in range(model.rowCount())}
    assert rows[(("5",), ())] == rows[((), ("V",))] == "reader (unlinked)"
    assert rows[(("1",), ("I",))] == "automatic"
    csv_rows = concordance_rows(window.session.comparison)
    unlinked = [r["origin"] for r in csv_rows if (r["old"], r["new"]) in (("5", ""), ("", "V"))]
    assert unlinked == ["reader", "reader"]


def test_the_knock_on_news_and_its_undo_go_with_the_next_edit(make_window, qtbot, tmp_path) -> None:
    """A new reader linked, then unlinked, then pressed the Undo of the first link's
    news: it undid the Unlink, re-linking what they had just taken apart."""
    window = make_window(*_duties_pair(tmp_path))
    before = window.session.comparison
    window.link(("3",), ("2",))
    wait_compared(qtbot, window, before)
    qtbot.waitUntil(lambda: any("aligned again" in t for t in window.message_bar.texts()))
    linked = window.session.comparison
    window.unlink(("3",), ("2",))
    wait_compared(qtbot, window, linked)
    assert not any("aligned again" in t for t in window.message_bar.texts())


def test_link_with_never_starts_at_an_article_paired_with_another(
    make_window, qtbot, tmp_path
) -> None:
    """Link with… on a pair to review started at the article with most words in
    common, paired with another already: Enter broke that pair."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    ferry = (
        "The ferryman rowed the envoy across the river at dawn and asked for no payment, "
        "for the crossing was free to travellers on the business of either government."
    )
    post = (
        "At dawn the envoy crossed the river, the ferryman rowing, and no payment was "
        "asked: travellers on the business of either government crossed free."
    )
    fresh = "Soldiers at the new customs house counted the mules and wrote down every bale."
    inn = "## The Inn\n\nThe innkeeper gave the envoy the room over the stables.\n"
    old = f"# Journey\n\n## The Ferry\n\n{ferry}\n\n## The Border Post\n\n{post}\n\n{inn}"
    new = f"# Journey\n\n## The Ferry\n\n{ferry}\n\n## The Border Post\n\n{fresh}\n\n{inn}"
    (tmp_path / "a.md").write_text(old, encoding="utf-8")
    (tmp_path / "b.md").write_text(new, encoding="utf-8")
    window = make_window(tmp_path / "a.md", tmp_path / "b.md")
    window.session.set_review_threshold(1.0)
    dock, model = window.concordance, window.concordance.model
    row = next(r for r in range(model.rowCount()) if model.labels(r)[0] == ("The Border Post",))
    dock.select_row(row)
    seen = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, LinkDialog) and w.isVisible())  # fmt: skip
        seen["first"], seen["items"] = dialog.textValue(), dialog.comboBoxItems()
        dialog.reject()

    QTimer.singleShot(50, look)
    dock.link_with_selected()
    ferry_item = next(i for i in seen["items"] if i.startswith("The Ferry"))
    assert "words in common" in ferry_item  # most of the wording: said beside it
    assert not seen["first"].startswith("The Ferry"), seen["first"]


def test_link_with_finds_a_long_text_s_words_between_events_and_keeps_them(
    make_window, qtbot, monkeypatch
) -> None:
    """On a 20 MB pair Link with… read the words of each of the other text's 6,700
    articles afresh before its dialog opened, and the window stood still meanwhile.
    A long text's words are now found a slice at a time, the window going on between
    slices, with the same shares in the list; kept, the next Link with… opens at once.
    (The bundled pair stands in for a long one: its slices are made a few articles.)"""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from treatyviewer.core.likeness import shared_words
    from treatyviewer.ui.concordance import concordance_dock
    from treatyviewer.ui.concordance.link_dialog import LinkDialog

    monkeypatch.setattr(concordance_dock, "MEASURED_AT_ONCE", 4, raising=False)
    monkeypatch.setattr(concordance_dock, "SLICE_ARTICLES", 3, raising=False)
    window = make_window()
    dock, model, cmp = window.concordance, window.concordance.model, window.session.comparison
    dock.select_row(next(r for r in range(model.rowCount()) if model.labels(r)[0] == ("5",)))
    seen: list[tuple[bool, list[str]]] = []
    returned: list[bool] = []

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, LinkDialog) and w.isVisible()), None)  # fmt: skip
        if dialog is None:
            QTimer.singleShot(10, look)
            return
        seen.append((bool(returned), dialog.comboBoxItems()))
        dialog.reject()

    for times in (1, 2):
        returned.clear()
        QTimer.singleShot(0, look)
        dock.link_with_selected()
        returned.append(True)
        qtbot.waitUntil(lambda times=times: len(seen) == times)
    (first_later, items), (second_later, again) = seen
    assert first_later  # the window's events went on while the words were found
    assert not second_later and again == items  # found once: at once the next time
    shares = shared_words(cmp.old, cmp.old.index_of("5"), cmp.new)
    assert shares is not None and len(items) == len(shares)
    told = ["words in common" in item for item in items]
    assert told == [s >= concordance_dock.SHOWN_SHARE for s in shares]
    assert any(told)
