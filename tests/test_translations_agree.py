"""The Russian and Turkish translation files agree with the strings in the code:
every tr() string of the window and of the reports has a translated entry, and no entry is left over
from a string the code no longer has. Checked the way ``make update-translations``
rescans the code, on copies of the files."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "resources" / "translations").glob("treatyviewer_*.ts"))
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

Key = tuple[str, str, str]


def _messages(path: Path) -> dict[Key, str]:
    """(context, source, comment) of each entry, and its translation's type."""
    out: dict[Key, str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            key = (name, m.findtext("source") or "", m.findtext("comment") or "")
            translation = m.find("translation")
            out[key] = translation.get("type", "") if translation is not None else "missing"
    return out


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_string_of_the_code_has_one_translated_entry(tmp_path: Path) -> None:
    assert [p.name for p in FILES] == ["treatyviewer_ru.ts", "treatyviewer_tr.ts"]
    copies = []
    for path in FILES:
        copies.append(tmp_path / path.name)
        shutil.copy(path, copies[-1])
    package = ROOT / "src" / "treatyviewer"
    sources = sorted(str(p) for part in ("ui", "io") for p in (package / part).rglob("*.py"))
    subprocess.run(
        [str(LUPDATE), "-no-obsolete", "-silent", *sources, "-ts", *map(str, copies)],
        check=True, capture_output=True,
    )  # fmt: skip
    for path, copy in zip(FILES, copies, strict=True):
        kept, scanned = _messages(path), _messages(copy)
        missing = sorted(set(scanned) - set(kept))
        left_over = sorted(set(kept) - set(scanned))
        assert not missing, (path.name, "strings of the code with no entry", missing)
        assert not left_over, (path.name, "entries for strings the code no longer has", left_over)
        untranslated = sorted(k for k, kind in kept.items() if kind)
        assert not untranslated, (path.name, "entries not translated", untranslated)
