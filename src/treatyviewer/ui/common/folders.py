"""Where file dialogs open: near what the reader is working on."""

from __future__ import annotations

from pathlib import Path


def folder_of_texts(*names: str | None) -> str | None:
    """The folder of the first of ``names`` that is a file (a bundled text is none)."""
    for name in names:
        if name and Path(name).is_file():
            return str(Path(name).resolve().parent)
    return None


def readers_folder() -> str:
    """Where a dialog opens when nothing open says where: the reader's documents
    folder (or home), not the folder the program was started from."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def named_with_folder(path: str) -> str:
    """ "drafts/treaty.txt" for a file treaty.txt in a folder named drafts: two files
    of one name told apart by where they are."""
    parent = Path(path).parent.name
    return f"{parent}/{Path(path).name}" if parent else Path(path).name
