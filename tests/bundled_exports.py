"""The bundled pair exported by the command line in a process of its own, as a reader
runs it: PDF and HTML in one language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def export_bundled(tmp_path: Path, lang: str) -> tuple[Path, Path]:
    """The bundled pair's PDF and HTML, written in ``lang`` under ``tmp_path``."""
    pdf, html = tmp_path / f"{lang}.pdf", tmp_path / f"{lang}.html"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "treatyviewer", "export", "--pdf", str(pdf), "--html", str(html),
         "--lang", lang],
        capture_output=True, text=True, env=env, timeout=180,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return pdf, html
