"""The HTML report says in which language each text is written, where it is known or
its script tells it: browsers draw Han characters after the Chinese, Japanese or
Korean forms by the language, and the page said only "en" (the report's own words)."""

from __future__ import annotations

import re
from pathlib import Path

from treatyviewer.cli import run
from treatyviewer.core.word_chars import script_language

PAIRS = Path(__file__).parent / "real_pairs"


def _export(old: str, new: str, tmp_path: Path) -> str:
    out = tmp_path / "r.html"
    assert run(["export", old, new, "--html", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def _langs(html: str) -> set[str]:
    return set(re.findall(r'<div dir="auto" lang="([^"]+)">', html))


def test_chinese_and_korean_texts_are_marked_in_their_language(tmp_path: Path) -> None:
    cn = PAIRS / "cn-legislation"
    assert _langs(_export(str(cn / "lifa-2015.md"), str(cn / "lifa-2023.md"), tmp_path)) == {"zh"}
    kr = PAIRS / "kr-const"
    html = _export(str(kr / "constitution-1972.md"), str(kr / "constitution-1980.md"), tmp_path)
    assert _langs(html) == {"ko"}


def test_the_bundled_texts_carry_the_language_they_are_rendered_in(tmp_path: Path) -> None:
    assert _langs(_export("draft-1920", "moscow-1921", tmp_path)) == {"en"}


def test_a_script_names_its_language_only_where_it_tells_it() -> None:
    assert script_language("第一条 为了规范立法活动，健全国家立法制度。") == "zh"
    assert script_language("第一条 この法律は、国の立法について定める。") == "ja"
    assert script_language("제1조 대한민국은 민주공화국이다.") == "ko"
    assert script_language("Article 1. Peace between the Parties.") == ""
