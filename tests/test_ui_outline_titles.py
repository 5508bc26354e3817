"""A narrow Outline cuts each line once, and a section's title that ends in a stop is
its title: "7. Intellectual Property Rights." had read "7. Intell…Propert…" (the line
cut to 24 letters, then cut again to the column), and titles of more than four words
ending in a stop, or over text that opens in small letters, had read as no title."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

pytestmark = pytest.mark.gui

SECTIONS = (
    ("Definitions.", "In this Agreement the Client means the party receiving the services."),
    ("Confidentiality.", "each party keeps confidential what it learns of the other."),
    ("Fees and Payment.", "The Client pays each invoice within thirty days of receiving it."),
    ("Limitation of Liability and Indemnity.",
     "Neither party answers for losses that follow only indirectly from a breach."),
    ("Intellectual Property Rights.",
     "All rights in the deliverables pass to the Client upon payment of the fees."),
    ("Notices Between the Parties.", "Notices are given in writing to the addresses above."),
    ("Governing Law.", "This Agreement is governed by the laws of England and Wales."),
)  # fmt: skip
TITLES = [title.rstrip(".") for title, _ in SECTIONS]


def _agreement(days: str) -> str:
    body = "".join(
        f"{n}. {title}\n{text.replace('thirty', days)}\n\n"
        for n, (title, text) in enumerate(SECTIONS, start=1)
    )
    return f"CONSULTING AGREEMENT\n\n{body}"


def _units(tree) -> list[QModelIndex]:  # type: ignore[no-untyped-def]
    model = tree.model()
    return [model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data()]


def test_a_narrow_outline_cuts_each_line_once_and_keeps_titles_ending_in_a_stop(
    make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_agreement("thirty"), encoding="utf-8")
    new.write_text(_agreement("forty"), encoding="utf-8")
    window = make_window(old, new, size=(1000, 700))
    if not window.outline.isVisible():
        window.actions_["view.outline"].trigger()
    dock = window.outline
    dock.sides.setCurrentIndex(1)
    for _ in range(5):
        QApplication.processEvents()
    tree = dock.tree
    labels = [str(i.data()) for i in _units(tree)]
    assert labels[1:] == [f"{n}. {title}" for n, title in enumerate(TITLES, start=1)], labels
    dock.setFixedWidth(170)
    for _ in range(5):
        QApplication.processEvents()
    metrics = tree.fontMetrics()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    shown = []
    for index in _units(tree):
        option = QStyleOptionViewItem()
        tree.itemDelegate().initStyleOption(option, index)
        width = tree.visualRect(index).width() - 2 * (margin + 1)
        shown.append(metrics.elidedText(option.text, option.textElideMode, width))
    assert any("…" in line for line in shown), shown  # narrow enough to cut
    assert all(line.count("…") <= 1 for line in shown), shown


def _numbered(split: bool) -> str:
    parts = ["GRANT RULES\n"]
    for n in range(5703, 5709):
        first = f"The board approves grant {n} for the repair of the harbour walls at {n} quays."
        second = f"The treasurer pays grant {n} in four parts, each after an inspection."
        body = f"{first} {second}"
        if split and n >= 5706:
            if n == 5706:
                parts.append(f"Article {n}\n{first}\n")
                parts.append(f"Article {n + 1}\n{second}\n")
            else:
                parts.append(f"Article {n + 1}\n{body}\n")
        else:
            parts.append(f"Article {n}\n{body}\n")
    return "\n".join(parts)


def test_a_narrow_outline_leaves_out_whole_words_never_part_of_a_number(
    make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A line with numbers that must be cut loses whole words after where it went
    ("Art. 5706 → 5706, …"): cut letter by letter it had read "Art. 57…6, 5707", a
    number no text has, and cut in its middle "Art. 5706 … 5707", a range."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(_numbered(False), encoding="utf-8")
    new.write_text(_numbered(True), encoding="utf-8")
    window = make_window(old, new, size=(1000, 700))
    if not window.outline.isVisible():
        window.actions_["view.outline"].trigger()
    dock = window.outline
    dock.sides.setCurrentIndex(0)
    tree = dock.tree
    dock.setFixedWidth(190)
    for _ in range(5):
        QApplication.processEvents()
    metrics = tree.fontMetrics()
    margin = tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tree)
    lines = {}
    for index in _units(tree):
        option = QStyleOptionViewItem()
        option.rect = tree.visualRect(index)
        tree.itemDelegate().initStyleOption(option, index)
        width = option.rect.width() - 2 * (margin + 1)
        lines[str(index.data())] = metrics.elidedText(option.text, option.textElideMode, width)
    split = next(label for label in lines if "→" in label and "," in label)
    shown = lines[split]
    assert "…" in shown, lines  # narrow enough to cut it
    words = set(split.replace(",", " ").split())
    assert all(w.strip(",") in words for w in shown.split() if w != "…"), shown
    assert shown.startswith("Art. 5706"), shown
    # Where it went comes before the words left out: "5706 … 5707" reads as a range.
    assert shown.startswith("Art. 5706 → 5706") or shown == "Art. 5706 …", shown
