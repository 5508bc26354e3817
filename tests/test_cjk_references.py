"""Cross-references written the Chinese way ("本法第八条", "第七十二条第二款") and
the Korean way ("제8조", "제39조 제2항") are article references: a citation changed
only to follow its article's renumbering is ``reference`` (form), not a figure, and
is listed among the renumbered references. A Korean paragraph's circled number
("⑤" → "⑥") that changes because a paragraph was put in, or is put in alone, is
``numbering``; a citation that now leads to another article is ``wording``."""

from __future__ import annotations

import json
from pathlib import Path

from treatyviewer.cli import run
from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document

REAL = Path(__file__).parent / "real_pairs"


def changes(cmp: Comparison) -> list[tuple[str, str, str]]:
    return [(c.old_text, c.new_text, c.change_class) for p in cmp.pairs for c in p.changes]


def renumbered(cmp: Comparison) -> list[tuple[str, str]]:
    return [
        (rc.old.text, rc.new.text)
        for rc in cmp.reference_changes
        if rc.status == "renumbered" and rc.old and rc.new
    ]


def chinese(bodies: list[str]) -> str:
    numbers = "一二三四五六七八九十"
    arts = [f"第{numbers[k]}条 {b}" for k, b in enumerate(bodies)]
    return "示例管理法\n\n" + "\n\n".join(arts) + "\n"


_CN = [
    "为了规范示例活动，保护当事人的合法权益，制定本法。",
    "示例活动的具体事项由国务院有关部门依照法律规定办理。",
    "违反本法第二条规定的，由有关部门责令改正，给予警告。",
]
_CN_PUT_IN = "示例活动应当遵循公开、公平、公正的原则，接受社会监督。"


def test_a_chinese_citation_that_follows_the_renumbering_is_a_reference() -> None:
    old = chinese(_CN)
    new = chinese([_CN[0], _CN_PUT_IN, _CN[1], _CN[2].replace("第二条", "第三条")])
    cmp = compare(make_document(old, "a.txt"), make_document(new, "b.txt"))
    assert changes(cmp) == [("二", "三", "reference")], changes(cmp)
    assert renumbered(cmp) == [("第二条", "第三条")]


def test_a_chinese_citation_to_another_article_is_wording_as_a_western_one_is() -> None:
    """Old article 2 became 3; citing 1 (or 4) now leads elsewhere: a change of what
    the law says, classed as "Article 2" → "Article 1" would be."""
    old = chinese(_CN)
    for cited in ("第一条", "第四条"):
        new = chinese([_CN[0], _CN_PUT_IN, _CN[1], _CN[2].replace("第二条", cited)])
        cmp = compare(make_document(old, "a.txt"), make_document(new, "b.txt"))
        assert [k for *_, k in changes(cmp)] == ["wording"], changes(cmp)
        assert [rc.status for rc in cmp.reference_changes] == ["retargeted"]


def test_a_chinese_citation_of_another_law_changed_stays_a_figure() -> None:
    """The concordance of this law says nothing of the constitution's articles."""
    old = chinese([*_CN[:2], "依照宪法第二条的规定，国家保护示例活动。"])
    new = chinese([*_CN[:2], "依照宪法第五条的规定，国家保护示例活动。"])
    cmp = compare(make_document(old, "a.txt"), make_document(new, "b.txt"))
    assert [k for *_, k in changes(cmp)] == ["figure"], changes(cmp)


def test_a_chinese_citation_of_another_law_is_not_one_of_this_law() -> None:
    """ "宪法第二条" cites the constitution's article 2, not this law's."""
    old = chinese([*_CN[:2], "依照宪法第二条的规定，国家保护示例活动。"])
    cmp = compare(make_document(old, "a.txt"), make_document(old, "b.txt"))
    assert cmp.reference_changes == []


def korean(bodies: list[str]) -> str:
    arts = [f"제{k}조\n{b}" for k, b in enumerate(bodies, 1)]
    return "예시법\n\n" + "\n\n".join(arts) + "\n"


_KR = [
    "이 법은 예시 활동에 관한 기본적인 사항을 정함을 목적으로 한다.",
    "예시 활동의 구체적인 사항은 대통령령으로 정한다.",
    "제2조의 규정을 위반한 자는 법률이 정하는 바에 의하여 처벌한다.",
]


def test_a_korean_citation_that_follows_the_renumbering_is_a_reference() -> None:
    put_in = "국가는 예시 활동을 보호하고 육성하여야 한다."
    new = korean([_KR[0], put_in, _KR[1], _KR[2].replace("제2조", "제3조")])
    cmp = compare(make_document(korean(_KR), "a.txt"), make_document(new, "b.txt"))
    assert changes(cmp) == [("2", "3", "reference")], changes(cmp)
    assert renumbered(cmp) == [("제2조", "제3조")]


def test_a_korean_citation_to_another_article_is_wording() -> None:
    put_in = "국가는 예시 활동을 보호하고 육성하여야 한다."
    new = korean([_KR[0], put_in, _KR[1], _KR[2].replace("제2조", "제1조")])
    cmp = compare(make_document(korean(_KR), "a.txt"), make_document(new, "b.txt"))
    assert changes(cmp) == [("2", "1", "wording")], changes(cmp)
    assert [rc.status for rc in cmp.reference_changes] == ["retargeted"]


def test_a_korean_paragraph_number_put_in_with_a_second_paragraph_is_numbering() -> None:
    """An article that gains a second paragraph has its first marked "①": the mark
    is the paragraph's label, as an inserted "(1)" is, not a figure of the text."""
    first = "모든 국민은 능력에 따라 균등하게 교육을 받을 권리를 가진다."
    second = "의무교육은 무상으로 한다."
    old = f"예시법\n\n제5조\n{first}\n\n제6조\n{second}\n"
    new = f"예시법\n\n제5조\n① {first}\n\n② 국가는 평생교육을 진흥하여야 한다.\n\n제6조\n{second}\n"
    cmp = compare(make_document(old, "a.txt"), make_document(new, "b.txt"))
    assert changes(cmp)[0] == ("", "①", "numbering"), changes(cmp)
    back = compare(make_document(new, "a.txt"), make_document(old, "b.txt"))
    assert changes(back)[0] == ("①", "", "numbering"), changes(back)


def test_a_korean_paragraph_number_moved_down_by_a_paragraph_put_in_is_numbering() -> None:
    paragraphs = [
        "모든 국민은 능력에 따라 균등하게 교육을 받을 권리를 가진다.",
        "의무교육은 무상으로 한다.",
        "교육제도와 그 운영에 관한 기본적인 사항은 법률로 정한다.",
    ]
    circled = "①②③④"

    def article(texts: list[str]) -> str:
        body = "\n\n".join(f"{circled[k]} {t}" for k, t in enumerate(texts))
        return f"예시법\n\n제1조\n{body}\n"

    new = [paragraphs[0], "국가는 평생교육을 진흥하여야 한다.", *paragraphs[1:]]
    cmp = compare(make_document(article(paragraphs), "a.txt"), make_document(article(new), "b.txt"))
    found = [(o, n, k) for o, n, k in changes(cmp) if k != "wording"]
    assert found == [("③", "④", "numbering")], changes(cmp)


def _json(name: str, old: str, new: str, capsys) -> dict:  # type: ignore[no-untyped-def]
    folder = REAL / name
    assert run(["compare", str(folder / old), str(folder / new), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def _classed(data: dict, old: str) -> list[tuple[str, str, str]]:  # type: ignore[type-arg]
    pair = next(p for p in data["pairs"] if p["old"] == [old])
    return [(c["old_text"], c["new_text"], c["class"]) for c in pair["changes"]]


def test_the_chinese_law_cites_its_renumbered_articles_by_their_new_numbers(capsys) -> None:  # type: ignore[no-untyped-def]
    """立法法 2015 → 2023: article 9 became 12, and its "本法第八条" became
    "本法第十一条" as article 8 became 11; "第七十二条第二款" became "第八十一条第一款"
    as article 72 was split in two."""
    data = _json("cn-legislation", "lifa-2015.md", "lifa-2023.md", capsys)
    assert _classed(data, "九") == [("八", "十一", "reference")]
    cited = {(r["old"]["target"], r["new"]["target"]) for r in data["references"]}
    assert {("八", "十一"), ("七十二", "八十一"), ("九十七", "一百零八")} <= cited, cited
    assert all(r["status"] == "renumbered" for r in data["references"]), data["references"]
    figures = [c for p in data["pairs"] for c in p["changes"] if c["class"] == "figure"]
    cjk = "〇一二三四五六七八九十百千"
    assert not [c for c in figures if set(c["old_text"] + c["new_text"]) <= set(cjk)], figures
    assert data["stats"]["classes"]["reference"] >= 6


def test_the_korean_constitutions_paragraph_numbers_are_numbering(capsys) -> None:  # type: ignore[no-untyped-def]
    data = _json("kr-const", "constitution-1972.md", "constitution-1980.md", capsys)
    circled = {chr(c) for c in range(0x2460, 0x2474)}
    marks = [
        (c["old_text"], c["new_text"], c["class"])
        for p in data["pairs"]
        for c in p["changes"]
        if c["old_text"] in circled and c["new_text"] in circled
    ]
    assert len(marks) >= 5  # ③ → ④, ⑥ → ⑤, … where paragraphs were put in or struck
    assert marks and all(k == "numbering" for *_, k in marks), marks


def test_a_chinese_lead_in_ending_in_a_colon_is_no_title() -> None:
    """The 2015 Legislation Law ends its lead-ins with an ASCII colon ("第八条 下列事项只
    能制定法律:"), the 2023 text with "：": the Outline showed the older article under
    its lead-in as a title ("第八条 下列事…"), the newer one without."""
    from treatyviewer.core.segment import make_document
    from treatyviewer.core.structure_summary import unit_title

    for colon in (":", "："):
        doc = make_document(
            f"第七条 全国人民代表大会行使国家立法权。\n\n第八条 下列事项只能制定法律{colon}\n\n"
            "（一）国家主权的事项；\n（二）犯罪和刑罚。\n\n第九条 本法自公布之日起施行。\n"
        )
        eight = doc.segments[doc.index_of("八")]
        assert unit_title(doc.text, eight) == "", colon
