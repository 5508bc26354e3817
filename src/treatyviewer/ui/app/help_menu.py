"""The Help menu: the user guide, where the texts come from, and About.

The dialogs load on first use: the first screen does not need them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ... import __version__
from ..common.actions import ActionRegistry, ActionSpec
from ..state.session import ComparisonSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..dialogs.help_guide import UserGuideDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def declare_help(reg: ActionRegistry, session: ComparisonSession, parent: QWidget) -> None:
    a = reg.add
    a(
        ActionSpec(
            "help.guide",
            tr("&User Guide"),
            "help",
            ("F1",),
            tr("How to read, correct and annotate a comparison; all shortcuts"),
            section="guide",
        ),
        lambda: user_guide(reg, parent),
    )
    a(
        ActionSpec(
            "help.texts", tr("About These &Texts"), "help", (), tr("Where the texts come from")
        ),
        lambda: about_texts(session, parent),
    )
    a(ActionSpec("help.about", tr("&About treatyviewer"), "help", ()), lambda: about(parent))


def about_texts(session: ComparisonSession, parent: QWidget) -> None:
    from ..dialogs.about import AboutTextsDialog

    cmp = session.comparison
    if cmp is not None:
        AboutTextsDialog(cmp.old, cmp.new, parent).exec()


def about(parent: QWidget) -> None:
    from ..dialogs.about import AboutDialog

    AboutDialog(__version__, parent).exec()


def user_guide(reg: ActionRegistry, parent: QWidget) -> UserGuideDialog:
    """Help → User Guide: one non-modal guide, raised again if already open."""
    from ..dialogs.help_guide import UserGuideDialog

    return UserGuideDialog.raise_for(reg, parent)
