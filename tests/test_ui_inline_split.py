"""A split article in the inline redline: each part once, under its own title."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import open_texts

pytestmark = pytest.mark.gui

RULES = [
    ("Fees", "A fee is paid with every application and kept if it is refused."),
    ("Renewals", "A licence is renewed every five years on written request to the office."),
]


def _act(sections: list[tuple[str, str]]) -> str:
    return "\n\n".join(
        f"Section {n}. {title}\n{body}" for n, (title, body) in enumerate(sections, start=1)
    )


def test_the_second_part_of_a_split_article_is_written_once(make_window, qtbot, tmp_path: Path):
    """Section 3 split into 3 and 4: the words put in at the end of the first part ran
    on into the second's heading, which the redline then wrote twice ("Section 4.
    Suspension (procedure)" struck in as new, then "Suspension (procedure)" again)."""
    first = "The office may suspend a licence that is not used for a whole year"
    second = "the holder is heard before the suspension and told the reasons in writing."
    old = _act([*RULES, ("Suspension", f"{first} {second}"), ("Revocation", "Revoked ones go.")])
    first += "."  # the sentence cut in two: a full stop put in where the new part begins
    new = _act(
        [*RULES, ("Suspension (general)", first), ("Suspension (procedure)", second),
         ("Revocation", "Revoked ones go.")]
    )  # fmt: skip
    window = make_window()
    open_texts(qtbot, window, tmp_path, old, new)
    split = [p for p in window.session.comparison.pairs if len(p.new) == 2]
    assert split, "the case: Section 3 pairs with Sections 3 and 4"
    window.actions_["view.mode.inline"].trigger()
    qtbot.waitUntil(lambda: not window.view.writing())
    text = window.view.inline_pane.toPlainText()
    assert text.count("Suspension (procedure)") == 1, text
    assert text.count(second) == 1


def test_a_chapter_over_an_article_is_a_line_of_its_own_in_the_redline(
    make_window, qtbot, tmp_path: Path
):
    """The chapter a Chinese law prints over its first article was read into the
    article's name, twice: "第一章 总则 第一条 → 第一章 总 则 第一条"."""
    body = "为了预防和制止垄断行为，保护市场公平竞争，制定本法。"
    second = "第二条\n中华人民共和国境内经济活动中的垄断行为，适用本法。"
    old = f"中华人民共和国反垄断法\n\n第一章 总则\n\n第一条\n{body}\n\n{second}\n"
    new = f"中华人民共和国反垄断法\n\n第一章 总 则\n\n第一条\n{body}鼓励创新。\n\n{second}\n"
    window = make_window()
    open_texts(qtbot, window, tmp_path, old, new)
    window.actions_["view.mode.inline"].trigger()
    qtbot.waitUntil(lambda: not window.view.writing())
    lines = window.view.inline_pane.toPlainText().replace("\u2028", "\n").splitlines()
    assert "第一章 总 则" in lines
    assert any(line.startswith("第一条") and "→" not in line for line in lines), lines
