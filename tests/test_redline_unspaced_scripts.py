"""The inline redline adds no spaces to a text written without them: Chinese sets no
space between words, so struck and inserted runs stand right against their neighbours
(Legislation Law of the PRC, 2015 → 2023: "第~~七~~八十五条", not "第 ~~七~~ 八十五条")."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.report_model import build_report

OLD = """\
中华人民共和国立法法

第一条 中央军事委员会各总部、军兵种、军区、中国人民武装警察部队，可以根据法律制定军事规章。

第二条 有权撤销全国人民代表大会常务委员会批准的违背宪法和本法第七十五条第二款规定的自治条例和单行条例。

第三条 本法自2000年7月1日起施行。
"""
NEW = """\
中华人民共和国立法法

第一条 中国人民解放军各战区、军兵种和中国人民武装警察部队，可以根据法律制定军事规章。

第二条 有权撤销全国人民代表大会常务委员会批准的违背宪法和本法第八十五条第二款规定的自治条例和单行条例。

第三条 本法自2015年7月1日起施行。
"""


def _cmp():  # type: ignore[no-untyped-def]
    return compare(make_document(OLD, "old"), make_document(NEW, "new"))


def _redline(label: str) -> str:
    report = build_report(_cmp(), [], [])
    [block] = [b for b in report.blocks if b.old_labels == (label,)]
    return "".join(r.text for r in block.inline_runs if r.kind != "tag")


def test_the_pdf_redline_puts_no_space_into_chinese_text() -> None:
    assert _redline("二") == (
        "有权撤销全国人民代表大会常务委员会批准的违背宪法和本法第七八十五条第二款"
        "规定的自治条例和单行条例。"
    )
    assert " " not in _redline("一"), _redline("一")


@pytest.mark.gui
def test_the_inline_view_puts_no_space_into_chinese_text(make_window, tmp_path: Path) -> None:
    old, new = tmp_path / "2015.txt", tmp_path / "2023.txt"
    old.write_text(OLD, encoding="utf-8")
    new.write_text(NEW, encoding="utf-8")
    window = make_window(old, new)
    window.actions_["view.mode.inline"].trigger()
    lines = window.view.inline_pane.toPlainText().splitlines()
    [one] = [line for line in lines if line.endswith("制定军事规章。")]
    [two] = [line for line in lines if line.startswith("有权撤销")]
    assert " " not in one, one
    assert "本法第七八十五条第二款" in two.replace("figure", ""), two


def test_words_of_spaced_scripts_stay_apart() -> None:
    """Latin and Korean words keep the space that parts struck from kept words."""
    from treatyviewer.core.redline_spacing import apart

    assert apart("seven", "eight")
    assert apart("③", "④", " ")
    assert not apart("第", "七")
    assert not apart("7", "8", "条")


def test_a_change_s_tag_follows_the_changed_run_in_chinese() -> None:
    """Chinese sets no space after a word, so the tag of a changed figure ("本法自~~2000~~
    2015年") had gone to the paragraph's end, far from the change it names."""
    report = build_report(_cmp(), [], [])
    [block] = [b for b in report.blocks if b.old_labels == ("三",)]
    for runs in (block.new_runs, block.inline_runs):
        text = "".join(r.text if r.kind != "tag" else f"[{r.text}]" for r in runs)
        assert "2015[figure]年" in text, text
        assert not text.endswith("[figure]"), text


def test_the_chain_report_puts_no_space_after_a_struck_figure_in_chinese() -> None:
    """ "第~~7~~8条": the chain report's redline knows only the newer text, whose "条"
    after the change stood after the struck "7" too; it had put a space before "8"."""
    from treatyviewer.io.chain_report import redline

    old = make_document("第一条 依照第7条办理。\n\n第二条 本法自公布之日起施行。\n")
    new = make_document("第一条 依照第8条办理。\n\n第二条 本法自公布之日起施行。\n")
    cmp = compare(old, new)
    [pair] = [p for p in cmp.pairs if cmp.label_of("old", p.old) == ["一"]]
    html = redline(new, pair.new, pair.changes)
    assert "7</span><span" in html and "7</span> <span" not in html
