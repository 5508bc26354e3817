"""The matter that closes a law after its last article, in short texts of our own
written in the layouts of real ones: points numbered under a title of transitional
provisions, and the supplementary provisions of a Korean law. Each was misread before
(the points one block of pages, or parts of the last article; a bare heading over the
supplementary provisions a unit of its own)."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.segment import make_document


def _units(doc: Document) -> list[tuple[str, SegmentKind]]:
    return [(s.label, s.kind) for s in doc.segments]


UKRAINIAN_ARTICLES = (
    "Розділ XIV\n\nПРИКІНЦЕВІ ПОЛОЖЕННЯ\n\n"
    "Стаття 160.\n\nКонституція набуває чинності з дня її прийняття.\n\n"
    "Стаття 161.\n\nДень прийняття Конституції є державним святом.\n\n"
)
UKRAINIAN_POINTS = (
    "Розділ XV\n\nПЕРЕХІДНІ ПОЛОЖЕННЯ\n\n"
    "1. Закони, прийняті до набуття чинності цією Конституцією, чинні в частині, що не "
    "суперечить їй.\n\n"
    "2. Рада після прийняття Конституції здійснює свої повноваження до обрання нового складу."
    "\n\nЧергові вибори проводяться у березні.\n\n"
    "3. Вибори голови проводяться в останню неділю жовтня.\n\n"
    "4. Уряд формується протягом трьох місяців.\n"
)


def test_points_under_a_ukrainian_title_of_transitional_provisions_are_units() -> None:
    """The Ukrainian constitution closes with "Розділ XV" / "ПЕРЕХІДНІ ПОЛОЖЕННЯ" and
    points 1 to 16: they were one unit of kind heading, ten thousand characters, so a
    point put in ("16-1") showed as that block modified."""
    notes = "\n***\n\nОпубліковано у Відомостях.\n"
    old = make_document(UKRAINIAN_ARTICLES + UKRAINIAN_POINTS + notes)
    added = "\n4-1. Суд утворюється протягом року.\n"
    new = make_document(UKRAINIAN_ARTICLES + UKRAINIAN_POINTS + added + notes)
    points = [f"ПЕРЕХІДНІ ПОЛОЖЕННЯ {n}" for n in ("1", "2", "3", "4")]
    assert _units(old)[-5:] == [
        *((label, SegmentKind.ANNEX) for label in points),
        ("closing", SegmentKind.CLOSING),
    ]
    assert [s.label for s in new.segments][-3:] == [points[-1], f"{points[-1]}-1", "closing"]
    first = old.segments[-5]
    assert old.text[first.start : first.body_start] == "ПЕРЕХІДНІ ПОЛОЖЕННЯ\n\n1. "
    assert old.body(first).startswith("Закони")  # the title heads the first point
    assert "Чергові вибори" in old.body(old.segments[-4])  # a point's second paragraph
    assert first.display_name() == "ПЕРЕХІДНІ ПОЛОЖЕННЯ 1"
    cmp = compare(old, new)
    assert cmp.label_of("new", cmp.added) == ["ПЕРЕХІДНІ ПОЛОЖЕННЯ 4-1"]
    assert all(p.similarity == 1.0 for p in cmp.pairs if p.old != ("161",))


RUSSIAN = (
    "Статья 136\n\nПоправки принимаются в порядке, предусмотренном законом.\n\n"
    "Статья 137\n\n"
    "1. Изменения в статью 65 вносятся на основании закона.\n\n"
    "2. В случае изменения наименования субъекта новое наименование подлежит включению.\n\n"
    "РАЗДЕЛ ВТОРОЙ\n\n"
    "Заключительные и переходные положения\n\n"
    "1. Конституция вступает в силу со дня официального опубликования.\n\n"
    "2. Законы, действовавшие до вступления в силу Конституции, применяются в части, не "
    "противоречащей ей.\n\n"
    "3. Президент осуществляет свои полномочия до истечения срока.\n\n"
    "4. Совет Министров приобретает права и обязанности Правительства.\n"
)


def test_russian_final_and_transitional_points_are_not_the_last_article_s_parts() -> None:
    """The Russian constitution's Section Two, "Заключительные и переходные положения",
    numbers its points 1 to 9 after Article 137: they were read as Article 137's parts,
    numbered 1, 2, 1, 2 … 9."""
    doc = make_document(RUSSIAN)
    last = next(s for s in doc.segments if s.label == "137")
    assert [p.label for p in last.parts] == ["1", "2"]
    assert "РАЗДЕЛ" not in doc.body(last)
    title = "Заключительные и переходные положения"
    assert _units(doc)[-4:] == [(f"{title} {n}", SegmentKind.ANNEX) for n in range(1, 5)]
    assert doc.text[doc.segments[-4].start :].startswith("РАЗДЕЛ ВТОРОЙ")


def test_a_title_of_transitional_provisions_with_its_division_on_one_line() -> None:
    """ "Раздел IX. Заключительные и переходные положения" over numbered points (the
    Belarusian layout when its points are no articles)."""
    text = RUSSIAN.replace("РАЗДЕЛ ВТОРОЙ\n\nЗаключительные", "Раздел IX. Заключительные")
    labels = [s.label for s in make_document(text).segments]
    assert labels[-5:] == [
        "137",
        *(f"Заключительные и переходные положения {n}" for n in range(1, 5)),
    ]


def test_points_out_of_order_under_such_a_title_stay_its_text() -> None:
    """A title over a list that does not count 1, 2, 3 from its first paragraph (a
    quoted list, an example) cuts nothing."""
    text = RUSSIAN.replace("\n\n1. Конституция", "\n\nПредисловие.\n\n1. Конституция")
    assert [s.label for s in make_document(text).segments][-1] == "137"


def _korean(addenda: str) -> str:
    return (
        "제1조\n대한민국은 민주공화국이다.\n\n"
        "제2조\n대한민국의 주권은 국민에게 있다.\n\n"
        f"## 부칙\n\n{addenda}\n\n\n"
        "제1조 이 헌법은 공포한 날로부터 시행한다.\n\n\n"
        "제2조 이 헌법에 의한 최초의 선거는 이 헌법시행일로부터 6월 이내에 실시한다.\n"
    )


def test_a_bare_supplementary_heading_heads_the_addenda_below_it() -> None:
    """A Korean law prints "## 부칙" over "부칙 <제9호,1980.10.27>": the bare heading was a
    unit of its own with no text, paired with itself and counted among the unchanged."""
    old = make_document(_korean("부칙 <제8호,1972.12.27>"), source="a.md")
    new = make_document(_korean("부칙 <제9호,1980.10.27>"), source="b.md")
    assert [s.label for s in old.segments] == ["1", "2", "부칙 <제8호,1972.12.27>"]
    assert old.text[old.segments[-1].start :].startswith("## 부칙\n")
    cmp = compare(old, new)
    pairs = [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]
    assert pairs[-1] == (["부칙 <제8호,1972.12.27>"], ["부칙 <제9호,1980.10.27>"])
    assert len(pairs) == 3  # articles 1 and 2, the addenda: no bare heading


def test_a_new_law_s_addenda_are_added_beside_those_of_several_older_laws() -> None:
    """A law revised whole drops the supplementary provisions of every law that had
    amended it and prints its own: those are added, not the last amending law's
    rewritten (the Korean security act of 2001 had its addenda merged with four of the
    eight older ones, at a confidence of 0.085)."""
    head = "제1조 (목적) 이 법은 경비업의 육성을 목적으로 한다.\n\n제2조 (정의) 경비업이란 다음의 업무를 말한다.\n\n"
    old = make_document(
        head + "## 부칙\n\n부칙 <제1호,1990.1.1>\n\n이 법은 공포한 날부터 시행한다.\n\n"
        "부칙 <제2호,1999.3.31>\n\n①(시행일) 이 법은 공포후 6월이 경과한 날부터 시행한다.\n\n"
        "②(벌칙에 관한 경과조치) 이 법 시행전의 행위에 대한 벌칙의 적용에 있어서는 종전의 "
        "규정에 의한다.\n"
    )
    new = make_document(
        head + "## 부칙\n\n부칙 <제3호,2001.4.7>\n\n제1조 (시행일) 이 법은 공포후 3월이 경과한 "
        "날부터 시행한다.\n\n제2조 (벌칙에 관한 경과조치) 이 법 시행전의 행위에 대한 벌칙의 "
        "적용에 있어서는 종전의 규정에 의한다.\n"
    )
    cmp = compare(old, new)
    assert cmp.label_of("new", cmp.added) == ["부칙 <제3호,2001.4.7>"]
    assert cmp.label_of("old", cmp.removed) == ["부칙 <제1호,1990.1.1>", "부칙 <제2호,1999.3.31>"]
