"""Words of Qt's own dialogs that its Russian and Turkish catalogues lack.

Qt's file dialog labels its fields "&Look in:" and "Files of &type:"; the catalogues
shipped with Qt translate them only without the shortcut marks, so a reader working
in Russian or Turkish met them in English in every Open and Save dialog. Declared
here, they are translated in this program's catalogues, which Qt asks as well.
"""

from __future__ import annotations

from .translatable import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
