"""Words of Qt's own that its Russian and Turkish catalogues lack or get wrong.

Qt's file dialog labels its fields "&Look in:" and "Files of &type:"; the catalogues
shipped with Qt translate them only without the shortcut marks, so a reader working
in Russian or Turkish met them in English in every Open and Save dialog. Declared
here, they are translated in this program's catalogues, which Qt asks as well.

The menus name their keys through Qt's "QShortcut" words, and Qt's Turkish catalogue
calls Alt "Seçenek" (the Mac's Option key) and Ctrl "Kontrol": the File menu read
"Kontrol+Seçenek+O" for the keys printed Ctrl and Alt, which the tooltips and the
User Guide call Ctrl+Alt+O. This program's catalogues name the modifier keys, and
``catalogues.install`` asks them before Qt's for these words.
"""

from __future__ import annotations

from .translatable import QT_TRANSLATE_NOOP

FILE_DIALOG = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

KEY_NAMES = (
    QT_TRANSLATE_NOOP("QShortcut", "Ctrl"),
    QT_TRANSLATE_NOOP("QShortcut", "Alt"),
    QT_TRANSLATE_NOOP("QShortcut", "Shift"),
    QT_TRANSLATE_NOOP("QShortcut", "Meta"),
)
