"""Show → which classes of change the window shows (wording, figures, spelling, …).

One toggle per class, all on by default, and "Substance Only" to keep wording
and figures with one click. The comparison itself is never recomputed: the
window shows ``only_classes(comparison, shown)``, so Next/Previous Change, the overview
and the counts follow what is shown, and the hidden changes are counted in the
status line. The choice is saved with the reading session.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...core.change_classes import CLASSES, SUBSTANCE
from ...core.comparison import Comparison
from ...core.shown_classes import only_classes
from ..common.actions import ActionRegistry, ActionSpec

LEGACY_IGNORE = {
    "ignore_case": "case",
    "ignore_punctuation": "punctuation",
    "ignore_numbering": "reference",
}
"""Sessions saved before change classes had ignore options; each hides one class now."""


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def class_names() -> dict[str, tuple[str, str]]:
    """Menu text and tooltip per class, translated."""
    return {
        "wording": (tr("&Wording"), tr("Words of substance added, removed or replaced")),
        "figure": (tr("&Figures"), tr("Numbers, dates, amounts and periods")),
        "name-variant": (
            tr("&Name Variants"),
            tr("Two spellings of one place or person: Batum/Batumi, Kars/Карс"),
        ),
        "spelling": (
            tr("S&pelling"),
            tr("One word in two orthographies: recognise/recognize, новаго/нового"),
        ),
        "case": (tr("&Case"), tr("Capital or small letters only")),
        "punctuation": (tr("P&unctuation"), tr("Commas, stops, quotes only")),
        "whitespace": (tr("Wh&itespace"), tr("Spacing only: words run together or split")),
        "reference": (
            tr("&References"),
            tr("Cross-references that only follow the renumbering of articles"),
        ),
        "numbering": (
            tr("Num&bering"),
            tr("Paragraph and point numbers that changed with their place in the list"),
        ),
    }


class ClassFilter(QObject):
    """Which change classes are shown; ``changed`` when that set changes."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown: frozenset[str] = frozenset(CLASSES)
        self.registry: ActionRegistry | None = None
        self._last: tuple[Comparison, frozenset[str], Comparison] | None = None

    def apply(self, cmp: Comparison) -> Comparison:
        """``cmp`` with only the shown classes (the same object for the same question,
        so that what was built ahead for it is recognised)."""
        if self.shown == frozenset(CLASSES):
            return cmp
        last = self._last
        if last is not None and last[0] is cmp and last[1] == self.shown:
            return last[2]
        shown = only_classes(cmp, self.shown)
        self._last = (cmp, self.shown, shown)
        return shown

    def set_shown(self, classes: Iterable[str]) -> None:
        shown = frozenset(classes) & frozenset(CLASSES)
        if shown == self.shown:
            return
        self.shown = shown
        self._sync_actions()
        self.changed.emit()

    def set_class(self, change_class: str, on: bool) -> None:
        self.set_shown(self.shown | {change_class} if on else self.shown - {change_class})

    def set_substance_only(self, on: bool) -> None:
        self.set_shown(SUBSTANCE if on else CLASSES)

    def _sync_actions(self) -> None:
        reg = self.registry
        if reg is None:
            return
        for cls in CLASSES:
            action = reg[f"show.class.{cls}"]
            action.blockSignals(True)
            action.setChecked(cls in self.shown)
            action.blockSignals(False)
        only = reg["show.substance_only"]
        only.blockSignals(True)
        only.setChecked(self.shown == SUBSTANCE)
        only.blockSignals(False)

    # -- saved with a session ---------------------------------------------------------
    def view_option(self) -> list[str]:
        return [c for c in CLASSES if c in self.shown]

    def restore(self, view: Mapping[str, Any]) -> None:
        """From a session: its list of shown classes, or the ignore options older
        sessions saved (ignore case → case changes hidden, and so on)."""
        saved = view.get("shown_classes")
        if isinstance(saved, list) and all(isinstance(c, str) for c in saved):
            self.set_shown(saved)
            return
        hidden = {cls for key, cls in LEGACY_IGNORE.items() if view.get(key) is True}
        self.set_shown(frozenset(CLASSES) - hidden)


def declare_class_actions(reg: ActionRegistry, filt: ClassFilter) -> None:
    """The Show menu: Substance Only, Show All, then one toggle per class."""
    filt.registry = reg
    reg.add(
        ActionSpec(
            "show.substance_only",
            tr("&Substance Only"),
            "show",
            ("Ctrl+Shift+U",),
            tr("Show only changes of wording and figures; hide changes of form"),
            checkable=True,
            toolbar=True,
            section="presets",
        ),
        filt.set_substance_only,
    )
    reg.add(
        ActionSpec(
            "show.all",
            tr("&All Changes"),
            "show",
            ("Ctrl+Shift+L",),
            tr("Show changes of every class again"),
            section="presets",
        ),
        lambda: filt.set_shown(CLASSES),
    )
    for cls, (text, tip) in class_names().items():
        action = reg.add(
            ActionSpec(
                f"show.class.{cls}",
                text,
                "show",
                (),
                tip,
                checkable=True,
                section="substance" if cls in SUBSTANCE else "form",
            ),
            lambda on, c=cls: filt.set_class(c, on),
        )
        action.setChecked(True)
    filt._sync_actions()
