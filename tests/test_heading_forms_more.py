"""Unit headings as more legal systems print them, each met in a held-out check: an
article put in, or a run struck out, must be a unit of its own with its own fate."""

from __future__ import annotations

from pathlib import Path

import pytest

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.document import SegmentKind
from treatyviewer.core.segment import make_document
from treatyviewer.io.readers import read_document


def _compare(old: str, new: str) -> Comparison:
    return compare(make_document(old), make_document(new))


def _labels(cmp: Comparison, side: str) -> list[str]:
    doc = cmp.old if side == "old" else cmp.new
    return [s.label for s in doc.segments]


def _fates(cmp: Comparison) -> set[tuple[tuple[str, ...], tuple[str, ...], bool]]:
    return {
        (
            tuple(cmp.old.segments[i].label for i in pair.old),
            tuple(cmp.new.segments[j].label for j in pair.new),
            pair.repealed,
        )
        for pair in cmp.pairs
    }


ZH_TW = """資料管理法

第 1 條
為規範資料之管理，特制定本法。
第 2 條
主管機關應於十日內公告登記簿。
{inserted}第 3 條
申請人應依中央主管機關之規定報送相關文件。
"""


def test_a_taiwanese_article_put_in_with_a_hyphen_is_its_own() -> None:
    """ "第 2-1 條" had been text of 第 2 條, shown modified."""
    cmp = _compare(
        ZH_TW.format(inserted=""),
        ZH_TW.format(inserted="第 2-1 條\n登記機關收受許可申請後，應即通知申請人。\n"),
    )
    assert _labels(cmp, "new") == ["preamble", "1", "2", "2-1", "3"]
    assert cmp.label_of("new", cmp.added) == ["2-1"]
    assert cmp.new.segments[3].heading == "第 2-1 條"


JA = """登録法

第一条　この法律は、登録に関し必要な事項を定めるものとする。
{second}
第三条　登録機関は、前条の登録簿を公表しなければならない。
第四条　登録機関は、毎年、主務大臣に報告しなければならない。
第五条　この法律に定めるもののほか、必要な事項は、政令で定める。

　　　附　則

第一条　この法律は、公布の日から起算して一年を経過した日から施行する。
第二条　この法律の施行の際現に登録を受けている者は、この法律による登録を受けたものとみなす。
"""
JA_SECOND = "第二条　登録機関は、登録簿を保存しなければならない。"


def test_a_japanese_act_of_one_line_articles_keeps_them_before_its_supplement() -> None:
    """Its articles of one sentence each had read as a table of contents, and the
    indented "附　則" as no heading: only the supplement's two articles were left."""
    doc = make_document(JA.format(second=JA_SECOND))
    assert [s.label for s in doc.segments] == ["preamble", "一", "二", "三", "四", "五", "附則"]


def test_japanese_articles_struck_out_together_are_one_unit_repealed() -> None:
    old = JA.format(second=JA_SECOND).replace(
        "第三条　登録機関は、前条の登録簿を公表しなければならない。\n"
        "第四条　登録機関は、毎年、主務大臣に報告しなければならない。\n",
        "",
    )
    old = old.replace(JA_SECOND, JA_SECOND + "\n第三条　登録機関は、前条の登録簿を公表しなければならない。"
                      "\n第四条　登録機関は、毎年、主務大臣に報告しなければならない。")  # fmt: skip
    new = JA.format(second="第二条から第四条まで　削除").replace(
        "第三条　登録機関は、前条の登録簿を公表しなければならない。\n"
        "第四条　登録機関は、毎年、主務大臣に報告しなければならない。\n",
        "",
    )
    cmp = _compare(old, new)
    assert (("二", "三", "四"), ("二",), True) in _fates(cmp)
    assert not cmp.removed and not cmp.added


def test_two_japanese_articles_struck_out_together_are_one_unit_repealed() -> None:
    """ "第三条及び第四条　削除" (Articles 3 and 4: struck out) was read as the last line of
    Article 2, whose text then changed, and 3 and 4 were removed."""
    old = JA.format(second=JA_SECOND)
    new = old.replace(
        "第三条　登録機関は、前条の登録簿を公表しなければならない。\n"
        "第四条　登録機関は、毎年、主務大臣に報告しなければならない。\n",
        "第三条及び第四条　削除\n",
    )
    cmp = _compare(old, new)
    assert (("三", "四"), ("三",), True) in _fates(cmp)
    assert (("二",), ("二",), False) in _fates(cmp)
    assert not cmp.removed and not cmp.added


def test_a_japanese_article_put_in_after_an_inserted_one_is_its_own_unit() -> None:
    """ "第二条の二の二", put in after 第二条の二, was read as that article's text."""
    new = JA.format(
        second=JA_SECOND + "\n第二条の二　登録簿は、電磁的記録で作成することができる。"
        "\n第二条の二の二　前条の電磁的記録は、十年間保存しなければならない。"
    )
    doc = make_document(new)
    assert [s.label for s in doc.segments][:6] == [
        "preamble",
        "一",
        "二",
        "二の二",
        "二の二の二",
        "三",
    ]


def test_polish_articles_struck_out_as_a_range_are_one_unit_repealed() -> None:
    body = {1: "Ustawa określa zasady prowadzenia rejestru.",
            2: "Rejestr prowadzi minister właściwy do spraw administracji.",
            3: "Wpis do rejestru jest jawny.",
            4: "Opłaty za wpis określa rozporządzenie.",
            5: "Ustawa wchodzi w życie po upływie 14 dni od dnia ogłoszenia."}  # fmt: skip
    old = "USTAWA\n\n" + "\n\n".join(f"Art. {k}. {text}" for k, text in body.items())
    new = f"USTAWA\n\nArt. 1. {body[1]}\n\nArt. 2–4. (uchylone)\n\nArt. 5. {body[5]}"
    cmp = _compare(old, new)
    assert (("2", "3", "4"), ("2",), True) in _fates(cmp)
    assert cmp.new.segments[2].display_name() == "Art. 2–4."


def test_a_swedish_chapter_whose_first_section_was_repealed_keeps_chapter_labels() -> None:
    """One chapter opening at "2 §" had made every label lose its chapter ("1#2",
    "2#3") with warnings of numbers repeated and out of order."""
    text = """Lag om register

1 kap. Inledande bestämmelser

1 §   Denna lag innehåller bestämmelser om register.

2 §   Lagen gäller inte för kommuner.

2 kap. Tillsyn

1 §   Tillsynsmyndigheten ska utöva tillsyn.

2 §   Tillsynsmyndigheten får begära uppgifter.

3 kap. Avgifter

2 §   Avgiften ska betalas inom 60 dagar.

4 kap. Register

1 §   Myndigheten för ett register över tillstånden.

5 kap. Överklagande

4 §   Beslut enligt denna lag får överklagas till allmän förvaltningsdomstol.
"""
    doc = make_document(text)
    labels = ["preamble", "1:1", "1:2", "2:1", "2:2", "3:2", "4:1", "5:4"]
    assert [s.label for s in doc.segments] == labels
    assert not doc.warnings


@pytest.mark.parametrize(
    ("heading", "label"),
    [
        ("المادة (5) مكرراً (أ)", "5 مكرراً (أ)"),  # Egyptian: the second put in after 5
        ("2/A. § 2020. január 1-jétől", "2/A"),  # Hungarian: a date opens the text
        ("Artículo 5o. Bis.-", "5 Bis"),  # Mexican: the ordinal mark as a letter
    ],
)
def test_an_article_put_in_is_its_own_however_headed(heading: str, label: str) -> None:
    texts = {
        "ar": ("المادة (5)\nتختص الوزارة بإصدار التراخيص.\n\nالمادة (5) مكرراً\nيجب على المرخص له "
               "حفظ السجلات.\n\n{h}\nفي حالة المخالفة، توقع الوزارة غرامة.\n\nالمادة (6)\nيلتزم "
               "المرخص له بتقديم التقرير السنوي."),
        "hu": ("1. § E törvény alkalmazásában hatóság a kormányhivatal.\n\n2. § A kérelmező 15 "
               "napon belül benyújtja az iratokat.\n\n{h} a kérelmet elektronikus úton kell "
               "benyújtani.\n\n3. § A hatóság döntését közli."),
        "es": ("Artículo 4o.- El Registro es público.\n\nArtículo 5o.- El Registro inscribirá los "
               "actos.\n\n{h} El Registro conservará los documentos.\n\nArtículo 6o.- El Registro "
               "publicará el informe anual."),
    }  # fmt: skip
    key = "ar" if heading.startswith("ال") else "hu" if "§" in heading else "es"
    doc = make_document("LEY\n\n" + texts[key].format(h=heading))
    labels = [s.label for s in doc.segments]
    assert label in labels
    assert len(labels) == 5 and len(set(labels)) == 5
    assert not doc.warnings


@pytest.mark.parametrize(
    ("closing", "annex", "protocol"),
    [
        ("Geschehen zu Moskau am 16. März 1921.", "ANLAGE I", "PROTOKOLL"),
        ("Moskova'da 16 Mart 1921 tarihinde yapılmıştır.", "EK I", "PROTOKOL"),
        ("Hecho en Moscú el 16 de marzo de 1921.", "ANEXO I", "PROTOCOLO"),
        ("Fatto a Mosca il 16 marzo 1921.", "ALLEGATO I", "PROTOCOLLO"),
    ],
)
def test_a_protocol_after_an_annex_is_a_unit_of_its_own(
    closing: str, annex: str, protocol: str
) -> None:
    """The German "PROTOKOLL" and the Turkish "PROTOKOL" were read as the last lines of
    the annex before them (the English, French and Russian words were known)."""
    text = (
        f"Article 1\nThe parties keep the frontier.\n\nArticle 2\nThe parties trade.\n\n"
        f"{closing}\n\n{annex}\n1. A list of customs posts.\n\n"
        f"{protocol}\nThis protocol forms part of the treaty.\n"
    )
    labels = [s.label for s in make_document(text).segments]
    assert labels[-2:] == ["I", protocol]


SWISS_LETTERED = """\
##### **Art. 7** Die zentrale Bundesverwaltung

<sup>1</sup> Die Verwaltungseinheiten der zentralen Bundesverwaltung erfüllen ihre Aufgaben.

##### **Art. 8** Die dezentrale Bundesverwaltung

<sup>1</sup> Die Verwaltungseinheiten der dezentralen Bundesverwaltung sind zugeordnet.

##### **Art. 8** a Verwaltungsund Behördenkommissionen

<sup>1</sup> Ausserparlamentarische Kommissionen sind Verwaltungsoder Behördenkommissionen.

##### **Art. 8** b Wahlvoraussetzungen

Zum Mitglied einer ausserparlamentarischen Kommission kann gewählt werden, wer stimmberechtigt ist.

##### **Art. 8** j

Aufgehoben.

##### **Art. 9** Eignung

<sup>1</sup> Die Eignung einer Verwaltungseinheit wird geprüft.
"""


def test_a_swiss_article_lettered_outside_its_bold_number_is_its_own(tmp_path: Path) -> None:
    """The Markdown drawn from Swiss official PDFs prints "**Art. 8** a Title": the
    letter after the bold number is part of it (8a), not the start of a title. The
    lettered articles were headings without a number, or ran into the article above."""
    source = tmp_path / "rvov.md"
    source.write_text(SWISS_LETTERED, encoding="utf-8")
    doc = read_document(source)
    articles = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert articles == ["7", "8", "8a", "8b", "8j", "9"]
    assert [s.number for s in doc.segments][-4:-1] == [8, 8, 8]


def test_a_letter_after_an_article_number_that_opens_a_sentence_is_no_suffix() -> None:
    """ "Art. 8 a été abrogé": the French verb after the number is no inserted article's
    letter; only a lone letter over a title or alone on its line is."""
    doc = make_document(
        "Art. 7 Objet\n\nLe texte.\n\nArt. 8 a été abrogé.\n\nArt. 9 Fin\n\nLe reste."
    )
    assert [s.label for s in doc.segments] == ["7", "9"]


def test_a_starred_article_of_a_french_code_is_its_own() -> None:
    """French codes star the articles of a decree in Conseil d'État taken in the Council
    of Ministers ("Article R*343-4", "R. * 343-4" in an older edition): each is an article,
    not a line of the article before it."""
    body = "\n\n".join(
        f"Article {n}\n\nLa commission statue sur la demande numéro {k}."
        for k, n in enumerate(("R343-3", "R*343-4", "R343-5", "R. * 343-6"), 1)
    )
    doc = make_document(f"Section 1 : Procédure\n\n{body}")
    labels = [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]
    assert labels == ["R343-3", "R*343-4", "R343-5", "R*343-6"]


def test_swiss_divisions_numbered_before_their_word_head_their_articles() -> None:
    """A Swiss ordinance heads its chapters "### 1. Kapitel: Der Bundesrat": they were
    read as text, the first in the preamble and the others at the end of the article
    before them. A point opening a sentence ("1. Teil der Vergütung ist …") is none."""
    doc = make_document(
        "Verordnung\n\n"
        "### 1. Kapitel: Der Bundesrat\n\n"
        "**Art. 1** Verhandlungen\n\nDer Bundesrat tagt in der Regel jede Woche.\n\n"
        "### 2. Kapitel: Die Verwaltung\n\n"
        "#### 1. Abschnitt: Gliederung\n\n"
        "**Art. 2** Bestand\n\nDie Verwaltung besteht aus den Departementen.\n\n"
        "1. Teil der Vergütung ist das Grundgehalt.\n",
        "ordinance",
    )
    heads = [(d.term, d.label, d.title) for d in doc.divisions]
    assert heads == [
        ("Kapitel", "1", "Der Bundesrat"),
        ("Kapitel", "2", "Die Verwaltung"),
        ("Abschnitt", "1", "Gliederung"),
    ], heads
    assert [s.label for s in doc.segments] == ["preamble", "1", "2"]
    assert "Kapitel" not in doc.text[doc.segments[0].start : doc.segments[0].end]
    assert "1. Teil der Vergütung" in doc.text[doc.segments[2].start : doc.segments[2].end]
