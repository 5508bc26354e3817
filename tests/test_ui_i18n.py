"""Interface languages (Russian, Turkish) and accessibility: high contrast, names."""

from __future__ import annotations

import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QToolBar,
)

from treatyviewer.core.lineage import STEP_STATUSES
from treatyviewer.core.resources import resource_path
from treatyviewer.io import catalogues
from treatyviewer.ui.common import i18n
from treatyviewer.ui.common.colours import HIGH_CONTRAST
from treatyviewer.ui.common.vocabulary import percent, status_text
from treatyviewer.ui.compare.formats import CHANGE_PROP

pytestmark = pytest.mark.gui

TS_FILES = sorted(resource_path("translations").glob("treatyviewer_*.ts"))
PROPER = {"treatyviewer", "English", "Русский", "Türkçe", "Enter", "Esc"}
"""Names that stay the same in every language."""
PLACEHOLDER = re.compile(r"\{\d*(?::[^}]*)?\}|%n|%\d")


def plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def window_strings(window) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """Every interface string a reader sees, keyed by where it is shown."""
    out: list[tuple[str, str]] = []  # the title is the two documents' titles

    def walk_menu(menu: QMenu, path: str) -> None:
        out.append((f"menu:{path}", menu.title()))
        for n, action in enumerate(menu.actions()):
            if action.menu() is not None:
                walk_menu(action.menu(), f"{path}/{n}")
            elif not action.isSeparator():
                out.append((f"action:{path}/{n}", action.text()))

    for n, action in enumerate(window.menuBar().actions()):
        if action.menu() is not None:
            walk_menu(action.menu(), str(n))
    for bar in window.findChildren(QToolBar):
        out.append((f"toolbar:{bar.objectName()}", bar.windowTitle()))
        for n, action in enumerate(bar.actions()):
            if action.text():
                out.append((f"toolbar:{bar.objectName()}/{n}", action.text()))
    for n, dock in enumerate(window.findChildren(QDockWidget)):
        out.append((f"dock:{n}", dock.windowTitle()))
    for kind in (QLabel, QAbstractButton):
        for n, widget in enumerate(window.findChildren(kind)):
            out.append((f"{kind.__name__}:{n}", widget.text()))
    for n, edit in enumerate(window.findChildren(QLineEdit)):
        out.append((f"placeholder:{n}", edit.placeholderText()))
    for n, bar in enumerate(window.findChildren(QTabBar)):
        for t in range(bar.count()):
            out.append((f"tab:{n}/{t}", bar.tabText(t)))
    for n, view in enumerate(window.findChildren(QAbstractItemView)):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: no header to read
            continue
        for c in range(columns):
            header = model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            out.append((f"header:{n}/{c}", str(header or "")))
    out.append(("status", window.counts.text()))
    return [(k, plain(v)) for k, v in out]


def is_data(text: str, window) -> bool:  # type: ignore[no-untyped-def]
    """Proper nouns, numbers, symbols, article labels and document text stay as they are."""
    if text in PROPER or not re.search(r"[^\W\d_]", text):
        return True
    cmp = window.session.comparison
    documents = (cmp.old, cmp.new)
    labels = {seg.display_name() for doc in documents for seg in doc.segments}
    names = {doc.title for doc in documents} | {doc.source for doc in documents}
    names |= {v for doc in documents for v in doc.metadata.values() if isinstance(v, str)}
    stem = text.removesuffix("…")  # a title elided to fit its pane is still data
    return (
        any(text in doc.text for doc in documents)
        or any(len(name) > 5 and name in text for name in names)
        or (stem != text and any(len(stem) > 5 and name.startswith(stem) for name in names))
        or text in labels
        or all(part.strip() in labels for part in text.split("+"))
    )


@pytest.fixture
def window_in(make_window, qapp):  # type: ignore[no-untyped-def]
    def make(lang: str):  # type: ignore[no-untyped-def]
        assert i18n.install(qapp, lang) == lang
        return make_window()

    yield make
    i18n.install(qapp, "en")


@pytest.mark.parametrize("lang", ["ru", "tr"])
def test_switching_language_translates_the_main_window_completely(window_in, lang) -> None:
    english = dict(window_strings(window_in("en")))
    translated = window_in(lang)
    left = [
        (key, text)
        for key, text in window_strings(translated)
        if text and english.get(key) == text and not is_data(text, translated)
    ]
    assert left == [], "\n".join(map(repr, left))
    assert len(english) > 60


def test_the_review_threshold_writes_its_sign_the_languages_way(qapp, tmp_path) -> None:
    """Preferences had " %" after the number in Turkish too, where the window writes "%15"."""
    from PySide6.QtCore import QSettings

    from treatyviewer.ui.dialogs.preferences import PreferencesDialog
    from treatyviewer.ui.state.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    shown = {}
    try:
        for lang in ("en", "ru", "tr"):
            i18n.install(qapp, lang)
            dialog = PreferencesDialog(settings)
            shown[lang] = dialog.review.prefix() + "15" + dialog.review.suffix()
            dialog.deleteLater()
    finally:
        i18n.install(qapp, "en")
    assert shown == {"en": "15%", "ru": "15\u00a0%", "tr": "%15"}


def test_numbers_follow_the_interface_language(qapp) -> None:
    try:
        i18n.install(qapp, "ru")
        assert percent(0.85) == "85\u00a0%"
        assert QLocale().toString(12345) == "12\u00a0345"
        i18n.install(qapp, "tr")
        assert percent(0.85) == "%85"
    finally:
        i18n.install(qapp, "en")
    assert percent(0.85) == "85%"


def test_every_status_a_table_shows_is_translated(qapp) -> None:
    """Pair statuses and the version-chain steps the history table names
    ("returned") read in the interface language, not in English."""
    from treatyviewer.core.comparison import STATUSES

    shown = (set(STATUSES) | set(STEP_STATUSES)) - {"present", "absent"}
    try:
        for lang in ("ru", "tr"):
            i18n.install(qapp, lang)
            untranslated = sorted(s for s in shown if status_text(s) == s)
            assert untranslated == [], lang
    finally:
        i18n.install(qapp, "en")
    assert status_text("returned") == "returned"


def ts_messages(path: Path):  # type: ignore[no-untyped-def]
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_is_translated_with_its_placeholders(ts: Path) -> None:
    problems = []
    messages = list(ts_messages(ts))
    assert len(messages) > 200
    for context, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            problems.append((context, source, "untranslated"))
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append((context, source, f"placeholders differ: {form}"))
            if "&" in source.replace("&&", "") and form.replace("&&", "").count("&") != 1:
                problems.append((context, source, f"accelerator lost: {form}"))
    assert problems == []


def test_language_is_chosen_from_preference_or_system() -> None:
    assert i18n.resolve("tr") == "tr"
    assert i18n.resolve("system", QLocale("ru_RU")) == "ru"
    assert i18n.resolve("", QLocale("tr_TR")) == "tr"
    assert i18n.resolve("system", QLocale("de_DE")) == "en"


def test_a_missing_qm_is_compiled_from_the_ts(tmp_path, monkeypatch) -> None:
    if catalogues.lrelease_tool() is None:
        pytest.skip("lrelease is not available")
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(resource_path("translations", "treatyviewer_tr.ts"), source)
    monkeypatch.setattr(catalogues, "translations_dir", lambda: source)
    monkeypatch.setattr(catalogues, "cache_dir", lambda: tmp_path / "cache")
    qm = i18n.qm_file("tr")
    assert qm is not None and qm.parent == tmp_path / "cache"
    assert qm.stat().st_size > 1000
    # A catalogue compiled from other words (another copy's, or an older one's) is not
    # taken for this one, whatever the files' times say.
    ts = source / "treatyviewer_tr.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Anılmalar", "Anılmalar!"), "utf-8")
    os.utime(qm, (ts.stat().st_mtime + 60,) * 2)
    again = i18n.qm_file("tr")
    assert again is not None and again != qm and again.is_file()
    monkeypatch.setattr(catalogues, "lrelease_tool", lambda: None)
    assert i18n.qm_file("ru") is None  # no .ts, no .qm: English, silently


def test_language_menu_stores_the_choice_and_says_when_it_applies(make_window) -> None:
    window = make_window()
    menu = window.actions_["view.language"].menu()
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names[:3] == ["English", "Русский", "Türkçe"]
    next(a for a in menu.actions() if a.objectName() == "view.language.ru").trigger()
    assert window.settings.get("language") == "ru"
    assert window.message_bar.isVisible()


def colour_count(image: QImage, colour: str) -> int:
    target = QColor(colour).rgb()
    img = image.convertToFormat(QImage.Format.Format_RGB32)
    return sum(
        1
        for y in range(0, img.height(), 2)
        for x in range(0, img.width(), 2)
        if img.pixel(x, y) == target
    )


def bold_change_marks(doc) -> bool:  # type: ignore[no-untyped-def]
    block = doc.begin()
    weights = set()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if isinstance(fmt.property(CHANGE_PROP), int):
                weights.add(fmt.fontWeight())
            it += 1
        block = block.next()
    return weights == {QFont.Weight.Bold}


def test_high_contrast_keeps_insert_delete_and_replace_apart(make_window, qapp) -> None:
    window = make_window(size=(1400, 900))
    try:
        window.actions_["view.high_contrast"].setChecked(True)
        assert window.scheme is HIGH_CONTRAST
        assert qapp.palette().color(qapp.palette().ColorRole.Base) == QColor("#ffffff")
        hc = HIGH_CONTRAST
        assert len({hc.inserted_bg, hc.deleted_bg, hc.replaced_bg, hc.base}) == 4
        window.view.next_change(1)
        QApplication.processEvents()
        old = window.view.old_pane.viewport().grab().toImage()
        new = window.view.new_pane.viewport().grab().toImage()
        assert colour_count(old, hc.deleted_bg) + colour_count(old, hc.replaced_bg) > 20
        assert colour_count(new, hc.inserted_bg) + colour_count(new, hc.replaced_bg) > 20
        assert colour_count(old, hc.replaced_bg) > 0 or colour_count(new, hc.replaced_bg) > 0
        assert bold_change_marks(window.view.new_pane.document())  # thicker lines
    finally:
        window.actions_["view.high_contrast"].setChecked(False)
    assert window.scheme is not HIGH_CONTRAST


def test_main_widgets_have_accessible_names(make_window) -> None:
    window = make_window()
    view = window.view
    for widget in (
        view.old_pane,
        view.new_pane,
        view.connector,
        window.concordance,
        window.find_bar,
        window.counts,
        window.legend,
    ):
        assert widget.accessibleName() or widget.windowTitle(), widget
    for view_ in window.findChildren(QAbstractItemView):
        if not isinstance(view_, QHeaderView) and view_.window() is window:
            assert view_.accessibleName(), view_
    for edit in window.findChildren(QLineEdit):
        assert edit.accessibleName(), edit


def test_every_menu_and_menu_item_has_an_accelerator(make_window) -> None:
    window = make_window()
    missing = []
    for top in window.menuBar().actions():
        if "&" not in top.text():
            missing.append(top.text())
        for action in top.menu().actions():
            if action.isSeparator() or action.objectName().startswith("view.language."):
                continue
            if "&" not in action.text() and not action.shortcuts() and action.menu() is None:
                missing.append(action.text())
    assert missing == []


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ru", ["Преамбула", "Ст. 1", "Ст. 2 → VI"]),
        ("tr", ["Giriş", "Md. 1", "Md. 2 → VI"]),
    ],
)
def test_the_outline_names_articles_in_the_interface_language(window_in, lang, expected) -> None:
    window = window_in(lang)
    window.outline.show()
    window.outline.sides.setCurrentIndex(0)
    model = window.outline.tree.model()
    lines = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert lines[:3] == expected
    assert not any(line.startswith(("Art.", "Preamble", "Closing")) for line in lines), lines


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_every_stage_of_a_long_load_reads_whole_in_the_status_bar(make_window, qapp, lang) -> None:
    """At the window's first size, each stage name fits beside the bar and Cancel;
    in a narrow window it ends in "…", whole in its tooltip, never cut off mid-word."""
    from treatyviewer.ui.app.progress import ProgressPanel

    try:
        i18n.install(qapp, lang)
        window = make_window(size=(1400, 900))
        session = window.session
        names = {
            *session.stage_names().values(),
            *session.unpaired_stage_names().values(),
            *session.partial_stage_names().values(),
        }
        panel = ProgressPanel()
        window.statusBar().addPermanentWidget(panel)
        panel.show()
        for name in sorted(names):
            panel.label.setText(name)
            for _ in range(3):
                QApplication.processEvents()
            assert panel.label.shown() == name, name
        window.resize(700, 900)
        for _ in range(3):
            QApplication.processEvents()
        shown, whole = panel.label.shown(), panel.label.text()
        assert shown != whole and shown.endswith("…") and whole.startswith(shown[:-1])
        assert panel.label.toolTip() == whole
    finally:
        i18n.install(qapp, "en")


@pytest.mark.parametrize(
    ("lang", "opening"), [("ru", "Более ранний текст: "), ("tr", "Eski metin: ")]
)
def test_a_notice_of_one_text_opens_with_a_capital_in_every_language(
    make_window, qapp, tmp_path: Path, lang, opening
) -> None:
    old, new = tmp_path / "lease.txt", tmp_path / "letter.txt"
    clauses = "1.1 The Landlord is Jane.\n1.2 The Tenant is John.\n2.1 The rent is 900.\n2.2 Paid early.\n"
    old.write_text("Lease\n\n" + clauses, encoding="utf-8")
    new.write_text("Dear friend,\n\nThe rent is late.\n\nYours.\n", encoding="utf-8")
    try:
        i18n.install(qapp, lang)
        notices = make_window(old, new).message_bar.texts()
    finally:
        i18n.install(qapp, "en")
    assert any(t.startswith(opening) for t in notices), notices
    assert all(t[:1] == t[:1].upper() for t in notices), notices


@pytest.mark.parametrize("lang", ["en", "ru", "tr"])
def test_a_badge_of_several_words_never_breaks_over_two_lines(make_window, qapp, lang) -> None:
    """In Turkish "yeniden oluşturulmuş" (reconstructed) wrapped under the Preamble's
    heading, its second word on a line of its own."""
    from treatyviewer.ui.common.vocabulary import badge_text, status_text

    try:
        i18n.install(qapp, lang)
        for status in ("reconstructed", "repealed", "unknown", "added"):
            assert " " not in badge_text(status), (lang, status)
        window = make_window(size=(1000, 700))
        doc = window.view.old_pane.document()
        shown = "\n".join(doc.findBlockByNumber(n).text() for n in range(doc.blockCount()))
        word = status_text("reconstructed")
        assert word.replace(" ", "\u00a0") in shown, lang  # the draft's preamble has it
    finally:
        i18n.install(qapp, "en")
