"""Contracts as lawyers redline them, in more languages: clauses headed "Cláusula 1."
with an annex that numbers from 1 again, a Chinese annex "附件一：", a subclause that
ends without a stop right over the next, and a struck clause whose number is kept
("[Reserved]", "【保留】", "(skreślony)") while the clauses around it are renumbered.
Each had lost units, or reported a struck clause removed beside an added one (the
texts are our own, in the layouts a generator of such contracts wrote)."""

from __future__ import annotations

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.repealed import is_repeal_notice
from treatyviewer.core.segment import make_document


def _labels(text: str) -> list[str]:
    return [s.label for s in make_document(text).segments if s.kind.value != "preamble"]


def test_spanish_clauses_and_an_annex_that_numbers_again_are_units() -> None:
    """No structure had been found at all: the contract was compared paragraph by
    paragraph, and a new clause 2 paired with the old clause 2 it pushed down."""
    old = (
        "Cláusula 1. Objeto\n\n1.1 El Proveedor deberá prestar los Servicios.\n\n"
        "1.2 El Cliente deberá pagar el Precio.\n\nCláusula 2. Ley aplicable\n\n"
        "2.1 El presente Contrato se rige por la ley española.\n\n"
        "Anexo 1 – Niveles de servicio\n\n1.1 El Proveedor garantizará una disponibilidad "
        "del 99,9 %.\n"
    )
    new = old.replace(
        "Cláusula 2. Ley aplicable\n\n2.1",
        "Cláusula 2. Confidencialidad\n\n2.1 Cada Parte guardará secreto sobre la "
        "Información Confidencial.\n\nCláusula 3. Ley aplicable\n\n3.1",
    )
    assert _labels(old) == ["1.1", "1.2", "2.1", "Anexo 1"]
    cmp = compare(make_document(old), make_document(new))
    links = {(cmp.label_of("old", p.old)[0], cmp.label_of("new", p.new)[0]) for p in cmp.pairs}
    assert ("2.1", "3.1") in links
    assert [cmp.new.segments[j].label for j in cmp.added] == ["2.1"]


def test_a_chinese_annex_is_a_unit_of_its_own() -> None:
    """ "附件一：服务水平" had been the last clause's text: its changed figure was reported
    as a change to clause 2.1."""
    text = (
        "第一条 服务内容\n\n1.1 供应商应当提供服务。\n\n1.2 客户应当支付费用。\n\n"
        "第二条 适用法律\n\n2.1 本协议适用中华人民共和国法律。\n\n附件一：服务水平\n\n"
        "1. 供应商应确保服务可用性不低于99.9%。\n\n2. 供应商应每月提交服务报告。\n"
    )
    doc = make_document(text)
    annex = doc.segments[-1]
    assert (annex.label, annex.kind.value) == ("附件一", "annex")
    assert "99.9%" not in doc.text[doc.segments[-2].start : doc.segments[-2].end]


def test_a_subclause_without_a_stop_does_not_swallow_the_next() -> None:
    """ "8.2 … suitably qualified and experienced" over "8.3 The Supplier shall …", no
    blank line between: 8.3 had been read as 8.2 wrapped, and its edit reported in 8.2."""
    text = (
        "8. PERSONNEL\n8.1 The Supplier shall appoint a Contract Manager.\n"
        "8.2 The Supplier shall ensure that all Supplier Personnel are suitably qualified "
        "and experienced\n8.3 The Supplier shall replace any Supplier Personnel on request.\n"
        "8.4 The Supplier shall not subcontract without consent.\n\n9. CHARGES\n"
        "9.1 The Customer shall pay the Charges within thirty days.\n"
    )
    assert _labels(text) == ["8.1", "8.2", "8.3", "8.4", "9.1"]


@pytest.mark.parametrize(
    "notice",
    ["【保留】", "【本条有意留空】", "[Reservada]", "[Intencionadamente en blanco]", "(skreślony)",
     "Not used.", "[Not used]"],
)  # fmt: skip
def test_a_struck_clause_kept_under_its_number_is_a_notice(notice: str) -> None:
    assert is_repeal_notice(notice)


@pytest.mark.parametrize(
    "sentence",
    ["Not used for any purpose other than the Services.",
     "The reserved parking spaces are allocated by the Landlord.",
     "Not used by the Tenant within one month, the space reverts to the Landlord.",
     "Not used, the space reverts to the Landlord.", "Reservado, en todo caso, el derecho del Cliente.",
     '"Not used" means not occupied for a month.', "保留所有权利。"],
)  # fmt: skip
def test_a_sentence_about_use_or_reservation_is_no_notice(sentence: str) -> None:
    assert not is_repeal_notice(sentence)


def test_a_struck_subclause_renumbered_with_its_neighbours_pairs_with_its_old_self() -> None:
    """A clause put in as 1.1 pushed 1.1–1.3 down to 1.2–1.4, and old 1.2's text became
    "[Reserved]" (new 1.3): old 1.2 had been reported removed and new 1.3 added."""
    old = (
        "1. SERVICES\n\n1.1 The Supplier shall provide the Services in accordance with Good "
        "Industry Practice.\n\n1.2 The Customer shall notify the Supplier in writing within "
        "ten Business Days if it becomes aware of any Default.\n\n1.3 The Supplier shall keep "
        "the records in respect of the Services for six years after the end of the Term.\n\n"
        "2. CHARGES\n\n2.1 The Customer shall pay the Charges within thirty days.\n"
    )
    struck = old[old.index("1.2 The Customer") : old.index("\n\n1.3")]
    new = old.replace("1.3 The", "1.4 The").replace(struck, "1.3 [Reserved]")
    new = new.replace(
        "1.1 The",
        "1.1 The Supplier shall appoint a Contract Manager who shall be its point "
        "of contact.\n\n1.2 The",
    )
    cmp = compare(make_document(old), make_document(new))
    links = {(cmp.label_of("old", p.old)[0], cmp.label_of("new", p.new)[0]) for p in cmp.pairs}
    assert ("1.2", "1.3") in links and not cmp.removed


def test_a_struck_subclause_of_a_renumbered_clause_pairs_with_its_old_self() -> None:
    """Clause 1 struck out, so clause 2 became clause 1, and its subclause 2.2 became
    "1.2 [Intentionally left blank]": old 2.2 had been reported removed and new 1.2
    added (the numbers of the neighbours had shifted in the clause's number, not the
    subclause's)."""
    old = (
        "1. DEFINITIONS\n\n1.1 Words in capitals have the meanings given in the Schedule."
        "\n\n2. DELIVERY\n\n2.1 The Seller shall deliver the goods to the Premises on the "
        "agreed date.\n\n2.2 The Buyer shall give the Seller access to the Premises during "
        "working hours.\n\n2.3 Risk in the goods passes to the Buyer on delivery.\n\n"
        "3. PAYMENT\n\n3.1 The Buyer shall pay each invoice within thirty days of receipt.\n"
    )
    new = (
        "1. DELIVERY\n\n1.1 The Seller shall deliver the goods to the Premises on the agreed "
        "date.\n\n1.2 [Intentionally left blank]\n\n1.3 Risk in the goods passes to the "
        "Buyer on delivery.\n\n2. PAYMENT\n\n2.1 The Buyer shall pay each invoice within "
        "thirty days of receipt.\n"
    )
    cmp = compare(make_document(old), make_document(new))
    links = {(cmp.label_of("old", p.old)[0], cmp.label_of("new", p.new)[0]) for p in cmp.pairs}
    assert ("2.2", "1.2") in links
    assert not cmp.added


def test_a_notice_that_names_another_number_than_its_neighbours_kept_is_not_paired() -> None:
    """ "3 § Har upphävts" stands where old 2 § was struck out, its neighbours 1 § and 4 §
    keeping their numbers: the notice is of 3 §, not of 2 §."""
    sections = [
        "Kommunen ska föra register över alla tillstånd som meddelas.",
        "Länsstyrelsen får besluta om en sanktionsavgift på högst 5000 kronor.",
        "Beslutet ska vara motiverat och delges de berörda inom 30 dagar.",
        "Tillsynsmyndigheten får begära att verksamhetsutövaren lämnar uppgifter.",
    ]
    old = "".join(f"{n} §   {text}\n\n" for n, text in enumerate(sections, 1))
    new = (
        f"1 §   {sections[0]}\n\n3 §   Har upphävts genom lag (2018:1234).\n\n"
        f"4 §   {sections[3]}\n\n5 §   {sections[2]}\n\n"
    )
    cmp = compare(make_document(old), make_document(new))
    links = {(cmp.label_of("old", p.old)[0], cmp.label_of("new", p.new)[0]) for p in cmp.pairs}
    assert ("2", "3") not in links


CHINESE_SERVICES = """技术服务合同

第一条 服务内容
乙方应当按照甲方的要求提供技术服务。

第二条 合同附件
本合同包括以下附件：
附件一：服务水平协议
附件二：价格表
附件一、附件二为本合同不可分割的组成部分。

第三条 争议解决
因本合同引起的争议，由双方协商解决。

附件一：服务水平协议
1. 乙方应确保服务可用性不低于99.9%。

附件二：价格表
1. 年度服务费为人民币十万元。
"""


def test_annexes_listed_or_cited_in_a_clause_are_not_headings() -> None:
    """A clause that lists its annexes ("附件一：服务水平协议" / "附件二：价格表") and says
    "附件一、附件二为…" had been cut into three annexes, and the real ones numbered again
    ("附件一#3"); "別表第一に定める…" had taken a Japanese article's text away."""
    doc = make_document(CHINESE_SERVICES)
    assert [(s.label, s.kind.value) for s in doc.segments] == [
        ("preamble", "preamble"), ("一", "article"), ("二", "article"), ("三", "article"),
        ("附件一", "annex"), ("附件二", "annex"),
    ]  # fmt: skip
    japanese = (
        "第一条（目的）\nこの規則は、職員の給与に関し必要な事項を定める。\n\n第二条（給料表）\n"
        "別表第一に定める給料表を適用する。\n別表第一の適用を受ける職員の範囲は、人事委員会が定める。\n\n"
        "第三条（施行）\nこの規則は、公布の日から施行する。\n"
    )
    assert _labels(japanese) == ["一", "二", "三"]
    korean = "제1조(목적) 이 규칙은 수수료를 정한다.\n\n제2조(수수료) 수수료는 별표 1과 같다.\n\n[별표 1]\n\n수수료 1만원\n"
    assert _labels(korean)[-1] == "별표1"


def test_a_german_ordinal_wrapped_onto_its_own_line_is_no_new_point() -> None:
    """ "… spätestens bis zum" / "3. Werktag eines jeden Monats …" in a text wrapped at 60
    characters: the ordinal had opened a point 3, and one edit was reported in two."""
    text = (
        "Zahlungsbedingungen\n\n1. Die Grundmiete beträgt monatlich 850 Euro zuzüglich der\n"
        "Nebenkosten.\n2. Die Miete ist monatlich im Voraus, spätestens bis zum\n"
        "3. Werktag eines jeden Monats auf das Konto des Vermieters zu zahlen.\n"
        "3. Für die Rechtzeitigkeit der Zahlung kommt es auf den Eingang an.\n"
        "4. Der Mieter leistet eine Kaution in Höhe von drei Monatsmieten.\n"
    )
    doc = make_document(text)
    second = next(s for s in doc.segments if s.label == "2")
    assert "Werktag" in doc.text[second.start : second.end]


def _signed(closing: str, date: str) -> str:
    return (
        "§ 1 Gegenstand\n\nDer Auftragnehmer erbringt die Leistungen nach Anlage 1.\n\n"
        "§ 2 Vergütung\n\nDer Auftraggeber zahlt die Vergütung binnen dreißig Tagen.\n\n"
        f"{closing.format(date=date)}\n\n"
        "Anlage 1 – Leistungen\n\n1. Der Auftragnehmer betreibt die Software.\n"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "Ort, Datum {date} ....................\n\nFür den Auftragnehmer ....................\n\n"
        "Für den Auftraggeber ....................",
        "Y en prueba de conformidad, las Partes firman el presente Contrato el {date}.\n\n"
        "Por el Proveedor: ____________\n\nPor el Cliente: ____________",
        "WYKONAWCA ....................\n\nZAMAWIAJĄCY ....................\n\n"
        "Data: {date} ....................",
    ],
)
def test_lines_left_to_be_signed_close_the_contract(closing: str) -> None:
    """Signature lines under no formula the reader knew ("Ort, Datum ....", "Für den
    Auftragnehmer ....") were read as text of the last clause: a new date of signing
    showed as a change of § 2."""
    cmp = compare(
        make_document(_signed(closing, "12.03.2021")), make_document(_signed(closing, "1.7.2024"))
    )
    labels = [s.label for s in cmp.new.segments if s.kind.value != "preamble"]
    assert labels[:3] == ["1", "2", "closing"]
    changed = [cmp.label_of("new", p.new) for p in cmp.pairs if p.status != "unchanged"]
    assert changed == [["closing"]]
