"""Shared reports name the compared files, never the folders the reader keeps them in."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from treatyviewer.cli import run

pytestmark = pytest.mark.gui

OLD = "Article 1\nKars stays with Turkey.\n\nArticle 2\nTrade shall be free.\n"
NEW = "Article 1\nKars and Ardahan stay with Turkey.\n\nArticle 2\nTrade shall be free.\n"
FOLDER = "private-folder-of-the-reader"


def test_no_export_carries_the_folders_of_the_compared_files(qapp, tmp_path: Path) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir()
    (folder / "old.txt").write_text(OLD, encoding="utf-8")
    (folder / "new.txt").write_text(NEW, encoding="utf-8")
    outputs = {kind: tmp_path / f"out.{kind}" for kind in ("pdf", "html", "csv", "json")}
    args = ["export", str(folder / "old.txt"), str(folder / "new.txt")]
    for kind, path in outputs.items():
        args += [f"--{kind}", str(path)]
    assert run(args) == 0
    reader = PdfReader(io.BytesIO(outputs["pdf"].read_bytes()))
    keywords = str(reader.metadata["/Keywords"])
    assert "old.txt" in keywords and "new.txt" in keywords
    texts = {
        "pdf metadata": " ".join(str(v) for v in reader.metadata.values()),
        "pdf pages": " ".join(page.extract_text() or "" for page in reader.pages),
    }
    for kind in ("html", "csv", "json"):
        texts[kind] = outputs[kind].read_text(encoding="utf-8")
    for kind, text in texts.items():
        assert FOLDER not in text, kind
        assert str(tmp_path) not in text, kind
    assert '"source": "old.txt"' in texts["json"]
