"""Document styles beyond treaties: Chinese 第N条 regulations, Italian "Art. 1-bis"
insertions, standards with clauses numbered 4.2.1, Markdown headings, and articles
repealed in place. Each text here is written for the test; the pairs asserted are
those a reader finds by reading both versions."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from treatyviewer.core.comparison import Comparison, compare, comparison_json
from treatyviewer.core.comparison_text import comparison_text
from treatyviewer.core.repealed import is_repeal_notice
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document


def _compare(old: str, new: str, name: str = "text.txt") -> Comparison:
    return compare(make_document(old, "old-" + name), make_document(new, "new-" + name))


def _links(cmp: Comparison) -> set[tuple[str, str]]:
    return {
        (o, n)
        for p in cmp.pairs
        for o in cmp.label_of("old", p.old)
        for n in cmp.label_of("new", p.new)
        if o != "preamble"
    }


# -- Chinese regulation: 第N条 articles under 第N章 chapters ----------------------------

ZH_OLD = """图书馆服务办法

第一章 一般规定

第一条 为了规范公共图书馆的服务，保障读者的借阅权利，制定本办法。

第二条 本办法适用于本省各级公共图书馆的借阅、咨询和阅览服务。

第二章 借阅

第三条 读者凭有效证件办理借书证，每次最多借阅图书五册。

第四条 借阅期限为三十日，读者可以续借一次。

第五条 图书馆应当每年举办读书节活动。

第三章 附则

第六条 本办法自二〇一五年三月一日起施行。
"""

ZH_NEW = """图书馆服务办法（修订）

第一章 一般规定

第一条 为了规范公共图书馆的服务，保障读者的借阅权利，制定本办法。

第二条 本办法适用于本省各级公共图书馆的借阅、咨询、阅览和网络服务。

第三条 公共图书馆应当免费向社会开放，不得收取押金，并为残疾读者提供便利。

第二章 借阅

第四条 读者凭有效证件办理借书证，每次最多借阅图书五册。

第五条 借阅期限为四十五日，读者可以通过网络续借两次。

第三章 附则

第六条 本办法自二〇一九年三月一日起施行。
"""


def test_chinese_articles_pair_by_wording_character_by_character() -> None:
    cmp = _compare(ZH_OLD, ZH_NEW)
    new = cmp.new
    # A chapter heading (第二章) heads the article below it, never trails the one above.
    below = new.segments[new.index_of("四")]
    assert new.text[below.start : below.end].startswith("第二章 借阅\n\n第四条")
    above = new.segments[new.index_of("三")]
    assert "第二章" not in new.text[above.start : above.end]
    assert _links(cmp) == {
        ("一", "一"),
        ("二", "二"),
        ("三", "四"),
        ("四", "五"),
        ("六", "六"),
    }
    assert cmp.label_of("new", cmp.added) == ["三"]
    assert cmp.label_of("old", cmp.removed) == ["五"]
    last = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["六"])
    # The year changed in its last character: only that character is shown changed.
    assert [(c.old_text, c.new_text) for c in last.changes] == [("五", "九")]


# -- Italian law: articles inserted as "Art. 1-bis", "Art. 3-ter" -----------------------

IT_OLD = """LEGGE 3 aprile 2010, n. 12

Norme sulle biblioteche comunali.

Art. 1
(Finalità)
1. La presente legge promuove la lettura pubblica attraverso le biblioteche dei comuni.

Art. 2
(Servizi)
1. Le biblioteche comunali offrono il prestito gratuito dei libri a tutti i residenti.

Art. 3
(Orari)
1. Ogni biblioteca resta aperta al pubblico almeno venti ore alla settimana.

Art. 4
(Fondo regionale)
1. La regione istituisce un fondo annuale per l'acquisto di nuovi volumi.
"""

IT_NEW = """LEGGE 3 aprile 2010, n. 12 (testo vigente)

Norme sulle biblioteche comunali.

Art. 1
(Finalità)
1. La presente legge promuove la lettura pubblica attraverso le biblioteche dei comuni.

Art. 1-bis
(Biblioteche digitali)
1. I comuni possono consorziarsi per offrire il prestito di libri elettronici.

Art. 2
(Servizi)
1. Le biblioteche comunali offrono il prestito gratuito dei libri e delle riviste a tutti i residenti.

Art. 3
(Orari)
1. Ogni biblioteca resta aperta al pubblico almeno venti ore alla settimana.

Art. 3-bis
(Volontari)
1. Le biblioteche possono avvalersi di associazioni di volontariato per l'apertura serale.

Art. 3-quater
(Rete provinciale)
1. Le biblioteche di ogni provincia formano una rete per lo scambio dei volumi.
"""


def test_italian_latin_suffixes_belong_to_the_article_number() -> None:
    old, new = make_document(IT_OLD, "old.txt"), make_document(IT_NEW, "new.txt")
    assert [s.label for s in new.segments] == [
        "preamble",
        "1",
        "1-bis",
        "2",
        "3",
        "3-bis",
        "3-quater",
    ]
    inserted = new.segments[new.index_of("1-bis")]
    assert inserted.heading == "Art. 1-bis"
    assert new.text[inserted.body_start :].startswith("(Biblioteche digitali)")
    assert new.warnings == ()
    cmp = compare(old, new)
    assert _links(cmp) == {("1", "1"), ("2", "2"), ("3", "3")}
    assert cmp.label_of("new", cmp.added) == ["1-bis", "3-bis", "3-quater"]
    assert cmp.label_of("old", cmp.removed) == ["4"]


def test_french_bis_and_letter_suffixes_read_in_order() -> None:
    text = (
        "Article 5\nLe bureau se réunit chaque mois.\n\n"
        "Article 5 bis\nLe bureau peut se réunir à distance.\n\n"
        "Article 5A\nLes procès-verbaux sont publiés.\n\n"
        "Article 6\nLe présent règlement entre en vigueur le jour de son adoption.\n"
    )
    doc = make_document(text, "reglement.txt")
    assert [s.label for s in doc.segments] == ["5", "5 bis", "5A", "6"]
    assert doc.warnings == ()


# -- Articles repealed in place: the number kept, a notice instead of the text ----------

RU_OLD = """ЗАКОН О ГОРОДСКИХ ПАРКАХ

Статья 1. Предмет закона
Настоящий закон определяет порядок содержания городских парков и скверов.

Статья 2. Охрана деревьев
Вырубка деревьев в парках допускается только по решению городской комиссии.

Статья 3. Платные услуги
Администрация парка вправе оказывать посетителям платные услуги по прокату лодок.

Статья 4. Часы работы
Парки открыты для посещения ежедневно с семи часов утра до одиннадцати часов вечера.
"""

RU_NEW = """ЗАКОН О ГОРОДСКИХ ПАРКАХ
(с изменениями)

Статья 1. Предмет закона
Настоящий закон определяет порядок содержания городских парков и скверов.

Статья 2. Охрана деревьев
Вырубка деревьев в парках допускается только по решению городской комиссии после общественных слушаний.

Статья 3. Утратила силу. — Закон от 1 марта 2020 года № 15.

Статья 4. Часы работы
Парки открыты для посещения ежедневно с семи часов утра до одиннадцати часов вечера.
"""

EN_OLD = """Article 1. Scope
This Act governs the licensing of street traders in the borough.

Article 2. Fees
A licence costs forty pounds a year, payable in advance at the town hall.

Article 3. Appeals
A trader refused a licence may appeal to the magistrates within twenty-eight days.
"""

EN_NEW = """Article 1. Scope
This Act governs the licensing of street traders in the borough.

Article 2. [Repealed]

Article 3. Appeals
A trader refused a licence may appeal to the magistrates within twenty-one days.
"""


def test_an_article_repealed_in_place_pairs_with_its_old_text() -> None:
    cmp = _compare(RU_OLD, RU_NEW)
    assert _links(cmp) == {("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")}
    assert cmp.added == () and cmp.removed == ()
    repealed = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["3"])
    assert repealed.status == "modified" and not repealed.renumbered
    # Said as such: a badge, a flag in the JSON and a count, for that pair alone.
    assert repealed.repealed and repealed.badges == ("modified", "repealed")
    assert not repealed.rewritten  # none of its wording kept, but repealed, not rewritten
    assert [p.repealed for p in cmp.pairs].count(True) == 1
    out = comparison_json(cmp)
    assert [pair["old"] for pair in out["pairs"] if pair["repealed"]] == [["3"]]
    assert out["stats"]["repealed"] == 1 and out["stats"]["removed"] == 0
    rows = [ln for ln in comparison_text(cmp).splitlines() if "repealed" in ln]
    assert len(rows) == 2 and rows[0].split()[:3] == ["3", "→", "3"]  # its row, and the counts
    cmp = _compare(EN_OLD, EN_NEW)
    assert _links(cmp) == {("1", "1"), ("2", "2"), ("3", "3")}
    assert cmp.added == () and cmp.removed == ()


@pytest.mark.parametrize(
    ("body", "notice"),
    [
        ("Abrogé.", True),
        ("(weggefallen)", True),
        ("(abrogato)", True),
        ("Repealed by the Traders Act 2019.", True),
        ("Утратил силу с 1 января 2021 года.", True),
        ("Deleted records are kept for one month and then destroyed.", False),
        ("Repealed provisions keep applying to licences granted before that day.", False),
        ("This section intentionally omitted.", True),
        ("[Reserved]", True),
        ("(entfällt)", True),
        ("[Suprimido]", True),
        ("(Revogado pela Lei n.º 12/2020)", True),
        ("Vervallen.", True),
        ("[Vervallen per 01-01-2025]", True),
        ("▼M1\n—————", True),
        ("▼B\nThe operator shall keep records.", False),
        ("削除", True),
        ("（删除）", True),
        ("削除する場合は、あらかじめ届け出なければならない。", False),
        ("삭제 <2022. 3. 1.>", True),
        ("Har upphävts genom lag (2021:447).", True),
        ("Beslutet upphävs om sökanden inte betalar avgiften.", False),
        ("Hatályon kívül helyezte: 2021. évi XLII. törvény 12. § (3) a).", True),
        ("zrušen", True),
        ("Zrušení smlouvy se řídí občanským zákoníkem.", False),
        ("Καταργείται.", True),
        ("Καταργείται κάθε διάταξη που αντίκειται στον παρόντα νόμο.", False),
        ("ملغاة.", True),
        ("삭제한 자료는 복구할 수 없다.", False),
        ("Виключена.", True),
        ("Втратила чинність.", True),
        ("{Статтю 3 виключено на підставі Закону № 123-IX від 01.01.2023}", True),
        ("Статтю 3 застосовують до всіх договорів.", False),
        ("Suprimidos los plazos, las partes acuerdan un calendario nuevo.", False),
        ("Reserved rights of the parties are kept.", False),
        ("All rights reserved.", False),
        ("(Ophævet)", True),  # Danish, read as an added stub beside a removed § 2
        ("Ophævet ved lov nr. 123 af 1. marts 2020.", True),
        ("Ophævet tilladelse skal afleveres til myndigheden.", False),
        ("Opphevet ved lov 19 juni 2009 nr. 74.", True),  # Norwegian
        ("Felld brott með lögum nr. 12/2000.", True),  # Icelandic
        ("Brisan.", True),  # Croatian
        ("(Izslēgts ar 01.01.2020 likumu)", True),  # Latvian
        ("Shfuqizuar.", True),  # Albanian
        ("[Dipotong]", True),  # Malay
        ("Derogat.", True),  # Catalan
        ("削除 （許可）", True),  # a Japanese stub, the next article's caption under it
        ("Repealed (Act No. 5 of 2001).", True),
    ],
)
def test_a_repeal_notice_is_told_from_an_article_about_repeals(body: str, notice: bool) -> None:
    assert is_repeal_notice(body) is notice


def test_a_place_kept_free_and_then_filled_pairs_with_its_filling() -> None:
    """A licence keeps a number free ("5) This section intentionally omitted.") and
    its next version writes a section there: one section, its text written in."""
    body = [
        "Grant of copyright licence to the work.",
        "Grant of patent licence to the work.",
        "Grant of source code access to the work.",
        "Exclusions from the licence grant.",
        "This section intentionally omitted.",
        "Warranty of provenance and disclaimer.",
    ]
    old = "\n\n".join(f"{n}) {b}" for n, b in enumerate(body, 1))
    body[4] = "External deployment of the work counts as its distribution under section 1."
    new = "\n\n".join(f"{n}) {b}" for n, b in enumerate(body, 1))
    cmp = _compare(old, new)
    assert _links(cmp) == {(str(n), str(n)) for n in range(1, 7)}
    assert cmp.added == () and cmp.removed == ()


def test_a_section_rewritten_under_its_number_and_title_pairs_with_its_old_text() -> None:
    """ "§ 5 Zweckbindung" rewritten from scratch keeps its number and its title: the
    same section. "§ 6" under a new title is another section in the old one's place."""
    titles = ["Allgemein", "Finanzierung", "Verteilung", "Zweckbindung", "Revision", "Inkraft"]
    bodies = ["Der Bund zahlt den Ländern jährlich Beträge.", "Die Beträge gleichen die Aufgaben aus.",
              "Die Beträge werden nach Schlüsseln verteilt.",
              "Die Mittel dienen dem Ausbau von Hochschulen und Straßen bis zum Jahr 2013.",
              "Bund und Länder prüfen bis Ende 2008 die Höhe der Beträge.",
              "Dieses Gesetz tritt am Tag nach der Verkündung in Kraft."]  # fmt: skip

    def law(titles: list[str], bodies: list[str]) -> str:
        return "Gesetz\n\n" + "".join(
            f"§ {n} {t}\n{b}\n\n" for n, (t, b) in enumerate(zip(titles, bodies, strict=True), 1)
        )

    old = law(titles, bodies)
    new_titles, new_bodies = list(titles), list(bodies)
    new_bodies[3] = "Investive Zwecke bleiben gebunden; die Zweckbindung endet 2019."
    new_titles[4], new_bodies[4] = "Überweisung", "Der Bund überweist die Beträge monatlich."
    cmp = _compare(old, law(new_titles, new_bodies))
    assert ("4", "4") in _links(cmp)
    assert cmp.label_of("old", cmp.removed) == ["5"]
    assert cmp.label_of("new", cmp.added) == ["5"]


# -- Standards: clauses numbered in depth, a title on the heading line ------------------

STD_OLD = """GUIDE TO LABEL PRINTING — EDITION 2

1 Scope
This guide applies to adhesive labels printed for parcels.

2 Label content
2.1 Sender
The label shall show the sender's postal address.

2.2 Weight
The label shall show the gross weight in kilograms.

2.3 Barcode
The label should carry a barcode of the tracking number.

2.4 Colour
The label may be printed in black or dark blue.

3 Testing
A label conforms if it stays legible after a day in the rain.
"""

STD_NEW = """GUIDE TO LABEL PRINTING — EDITION 3

1 Scope
This guide applies to adhesive labels printed for parcels and letters.

2 Label content
2.1 Sender
The label shall show the sender's postal address.

2.2 Barcode
The label shall carry a barcode of the tracking number.

2.3 Weight
The label shall show the gross weight in kilograms.

2.4 Return address
The label shall show where to send the parcel back if it cannot be delivered.

3 Testing
A label conforms if it stays legible after a day in the rain.
"""


def test_numbered_clauses_are_units_under_their_parent_clauses() -> None:
    old, new = make_document(STD_OLD, "old.txt"), make_document(STD_NEW, "new.txt")
    assert [s.label for s in new.segments] == ["preamble", "1", "2.1", "2.2", "2.3", "2.4", "3"]
    assert new.segments[new.index_of("2.3")].heading == "2.3 Weight"
    assert [(d.label, d.title) for d in new.divisions] == [("2", "Label content")]
    assert new.segments[new.index_of("2.3")].division == 0
    assert new.warnings == ()
    cmp = compare(old, new)
    assert _links(cmp) == {
        ("1", "1"),
        ("2.1", "2.1"),
        ("2.2", "2.3"),
        ("2.3", "2.2"),
        ("3", "3"),
    }
    assert cmp.label_of("new", cmp.added) == ["2.4"]
    assert cmp.label_of("old", cmp.removed) == ["2.4"]
    renumbered = {
        (cmp.label_of("old", p.old)[0], p.renumbered) for p in cmp.pairs if p.old and p.new
    }
    assert ("2.2", True) in renumbered and ("2.3", True) in renumbered
    assert ("2.1", False) in renumbered


# -- Markdown: unnumbered "## Heading" units, named by their heading --------------------

MD_OLD = """# Community Garden Rules

## Plots
Each member tends one plot and keeps its paths clear of weeds.

## Water
Hoses may be used before nine in the morning and after six in the evening.

## Tools
Shared tools are returned to the shed, cleaned, on the day they are borrowed.

## Bonfires
Garden waste may be burnt on the first Saturday of each month.

## Guests
Members may bring guests, who stay with them while in the garden.
"""

MD_NEW = """# Community Garden Rules

## Plots
Each member tends one plot and keeps its paths and borders clear of weeds.

## Compost
Kitchen scraps go into the green bins by the gate, never onto the plots.

## Tools
Shared tools are returned to the shed, cleaned, on the day they are borrowed.

## Water
Hoses may be used before eight in the morning and after seven in the evening.

## Guests
Members may bring guests, who stay with them while in the garden.
"""


@pytest.mark.parametrize("gap", ["", "\n"], ids=["text-under-heading", "blank-line-between"])
def test_markdown_headings_are_units_named_by_their_text(tmp_path: Path, gap: str) -> None:
    """Whether or not a blank line parts a heading from its paragraph (both are usual
    Markdown), the paragraph is the heading's."""
    spaced = {
        text: re.sub(r"^(## .*)$", rf"\1{gap}", text, flags=re.M) for text in (MD_OLD, MD_NEW)
    }
    (tmp_path / "rules-old.md").write_text(spaced[MD_OLD], encoding="utf-8")
    (tmp_path / "rules-new.md").write_text(spaced[MD_NEW], encoding="utf-8")
    old = read_document(tmp_path / "rules-old.md")
    new = read_document(tmp_path / "rules-new.md")
    assert [s.label for s in old.segments] == [
        "preamble", "Plots", "Water", "Tools", "Bonfires", "Guests"
    ]  # fmt: skip
    assert old.warnings == ()
    cmp = compare(old, new)
    assert _links(cmp) == {
        ("Plots", "Plots"),
        ("Water", "Water"),
        ("Tools", "Tools"),
        ("Guests", "Guests"),
    }
    assert cmp.label_of("new", cmp.added) == ["Compost"]
    assert cmp.label_of("old", cmp.removed) == ["Bonfires"]


def _policy(sections: list[tuple[str, str]]) -> str:
    """A policy headed by unnumbered Markdown headings, each section several
    paragraphs long with a numbered list, as privacy statements are written."""
    body = "".join(
        f"## {title}\n\n{text} This paragraph says what {title.lower()} means.\n\n"
        f"It also says who is asked.\n\n1. First, the member is told.\n2. Then the board.\n"
        f"3. Last, the secretary writes it down.\n\n"
        for title, text in sections
    )
    return f"# Garden privacy notice\n\nEffective from spring.\n\n{body}"


POLICY_OLD = [
    ("What we keep", "We keep names and plot numbers."),
    ("Why we keep it", "We keep them to share out the plots."),
    ("Who sees it", "Only the committee sees the list."),
    ("How long", "We keep the list for two seasons."),
]
POLICY_NEW = [
    ("What we keep", "We keep names, plot numbers and telephone numbers."),
    ("Who sees it", "Only the committee and the treasurer see the list."),
    ("Your rights", "You may ask for your entry to be corrected."),
    ("How long", "We keep the list for three seasons."),
    ("Why we keep it", "We keep them to share out the plots."),
]


def test_unnumbered_markdown_sections_are_units_and_their_lists_are_not(
    tmp_path: Path,
) -> None:
    """Numbered lists inside sections headed "## Title" must not be taken for the
    structure: the headings the author marked are the units."""
    (tmp_path / "old.md").write_text(_policy(POLICY_OLD), encoding="utf-8")
    (tmp_path / "new.md").write_text(_policy(POLICY_NEW), encoding="utf-8")
    old, new = read_document(tmp_path / "old.md"), read_document(tmp_path / "new.md")
    assert [s.label for s in old.segments] == ["preamble"] + [t for t, _ in POLICY_OLD]
    assert "Garden privacy notice" in old.text[: old.segments[1].start]
    cmp = compare(old, new)
    assert _links(cmp) == {(t, t) for t, _ in POLICY_OLD}
    moved = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["Why we keep it"])
    assert moved.moved
    assert cmp.label_of("new", cmp.added) == ["Your rights"]


def test_word_heading_styles_head_the_units_of_an_unnumbered_docx(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Garden privacy notice", 0)
    document.add_paragraph("Effective from spring.")
    for title, text in POLICY_OLD:
        document.add_heading(title, 1)
        document.add_paragraph(text)
        for item in ("The member is told.", "Then the board.", "The secretary writes."):
            document.add_paragraph(item, style="List Number")
    path = tmp_path / "notice.docx"
    document.save(str(path))
    doc = read_document(path)
    assert [s.label for s in doc.segments] == ["preamble"] + [t for t, _ in POLICY_OLD]


def test_web_page_headings_head_the_units_of_an_unnumbered_page(tmp_path: Path) -> None:
    sections = "".join(
        f"<h2>{title}</h2><p>{text}</p><ol><li>The member is told.</li>"
        f"<li>Then the board.</li><li>The secretary writes.</li></ol>"
        for title, text in POLICY_OLD
    )
    page = f"<html><body><h1>Garden privacy notice</h1><p>Effective.</p>{sections}</body></html>"
    path = tmp_path / "notice.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert [s.label for s in doc.segments] == ["preamble"] + [t for t, _ in POLICY_OLD]


def test_numbered_sections_under_marked_divisions_stay_the_units(tmp_path: Path) -> None:
    """A statute in Markdown: "## Abschnitt 1" divisions over "### § 1" sections.
    The sections are the units (numbered, and marked headings themselves), not the
    fewer, wider divisions."""
    text = "# Gartengesetz\n\n" + "".join(
        f"## Abschnitt {d}\n\n"
        + "".join(f"### § {3 * d + k - 3} Regel\n\n(1) Es gilt.\n\n(2) Auch dies.\n\n"
                  for k in (1, 2, 3))
        for d in (1, 2, 3)
    )  # fmt: skip
    path = tmp_path / "gesetz.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert [s.label for s in doc.segments if s.kind.value == "article"] == [
        str(n) for n in range(1, 10)
    ]


DE_NEW = """Art 1
(1) Die Würde des Menschen ist unantastbar.

Art 2 (weggefallen)

Art 3
(1) Alle Menschen sind vor dem Gesetz gleich.
"""


@pytest.mark.parametrize("notice", ["(weggefallen)", "[Repealed]", "(abrogato)"])
def test_a_heading_that_carries_its_repeal_notice_in_brackets_is_an_article(notice) -> None:
    """ "Art 49 (weggefallen)", as the Basic Law prints a repealed article, heads Art. 49
    (it was read as text of Art. 48, and Art. 49 of the older version came out removed)."""
    doc = make_document(DE_NEW.replace("(weggefallen)", notice), "gg.md")
    assert [s.label for s in doc.segments] == ["1", "2", "3"]
    old = DE_NEW.replace("Art 2 (weggefallen)", "Art 2\n(1) Jeder hat das Recht auf Leben.")
    cmp = _compare(old, DE_NEW.replace("(weggefallen)", notice))
    assert _links(cmp) == {("1", "1"), ("2", "2"), ("3", "3")}


def test_a_bracketed_number_after_a_cited_article_is_no_heading() -> None:
    text = "Art 1\nThe parties agree as set out in\n\nArt 2 (1) of the Charter.\n\nArt 2\nDone.\n"
    assert [s.label for s in make_document(text, "t.txt").segments] == ["1", "2"]


APPENDED = """Art 145
(1) Der Parlamentarische Rat stellt dieses Grundgesetz fest.

Art 146
Dieses Grundgesetz verliert seine Gültigkeit an dem Tage, an dem eine Verfassung in Kraft tritt.

Anhang EV

Artikel 3
Mit dem Wirksamwerden des Beitritts tritt das Grundgesetz in Kraft.

Artikel 4
Das Grundgesetz wird wie folgt geändert.
"""


def test_an_annex_that_numbers_its_articles_again_is_no_repeat_and_no_disorder() -> None:
    """The Basic Law's appendix quotes Arts. 3 and 4 of the Unification Treaty: the
    numbering notice counts them apart; "146 is followed by 3" and "Artikel 3 appears
    2 times" were two more warnings per repeated number, telling nothing wrong."""
    text = "Art 3\n(1) Alle Menschen sind gleich.\n\nArt 4\n(1) Glaube ist frei.\n\n" + APPENDED
    doc = make_document(text, "gg.md")
    assert [s.label for s in doc.segments][-3:] == ["Anhang", "3#2", "4#2"]
    assert doc.warnings == ()
    again = make_document(text + "\nArtikel 4\nNoch einmal.\n", "gg.md")
    assert "Artikel 4 appears 3 times; the repeat is labelled 4#3" in again.warnings
    assert "article numbers are not in order (4 is followed by 4)" in again.warnings
