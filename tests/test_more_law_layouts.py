"""Laws of more countries, in short texts of our own written in their layouts: the
article word, an article inserted between two others, the notice left where one was
repealed, the divisions above them, and the code page an older file was saved in.
Each was misread before (an inserted article glued to the one before it, a repeal
read as one article removed and another added, a chapter's heading cut in two)."""

from __future__ import annotations

import unicodedata

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.document import Document, SegmentKind
from treatyviewer.core.segment import make_document
from treatyviewer.io.text_reader import decode_text


def _labels(doc: Document) -> list[str]:
    return [s.label for s in doc.segments if s.kind is SegmentKind.ARTICLE]


INSERTED = [
    # (heading pattern, the three numbers, the inserted number)
    ("Чл. {}.", ("1", "2", "3"), "2а"),
    ("มาตรา {}", ("๑", "๒", "๓"), "๒/๑"),
    ("ماده {} -", ("۱", "۲", "۳"), "۲ مکرر"),
    ("סעיף {} -", ("1", "2", "3"), "2א"),
    ("Art. {}. -", ("1", "2", "3"), "2^1"),
    ("{} straipsnis.", ("1", "2", "3"), "2¹"),
    ("{}.", ("1", "2", "3"), "2A"),
    ("{}", ("1", "2", "3"), "2A"),
]
BODIES = (
    "Lorem ferry rules apply to every harbour named in the schedule.",
    "The harbour master keeps a register of every vessel moored overnight.",
    "Appeals go to the maritime tribunal within thirty days.",
)
INSERTED_BODY = "Pilots report each crossing to the harbour master in writing."


@pytest.mark.parametrize(("pattern", "numbers", "inserted"), INSERTED)
def test_an_article_inserted_after_another_is_an_article_of_its_own(
    pattern: str, numbers: tuple[str, str, str], inserted: str
) -> None:
    if pattern == "{}":  # a British Act: "2A Fixed penalties", a title line of its own

        def unit(n: str, body: str) -> str:
            return f"{n} Harbour rules\n{body}"
    else:

        def unit(n: str, body: str) -> str:
            return f"{pattern.format(n)} {body}"

    old = "\n\n".join(unit(n, b) for n, b in zip(numbers, BODIES, strict=True))
    new_units = [unit(numbers[0], BODIES[0]), unit(numbers[1], BODIES[1]),
                 unit(inserted, INSERTED_BODY), unit(numbers[2], BODIES[2])]  # fmt: skip
    new_doc = make_document("\n\n".join(new_units))
    assert _labels(new_doc) == [numbers[0], numbers[1], inserted, numbers[2]]
    cmp = compare(make_document(old), new_doc)
    assert cmp.label_of("new", cmp.added) == [inserted]
    assert all(p.similarity == 1.0 for p in cmp.pairs)


NOTICES = [
    ("Чл. {}.", "(Отм. - ДВ, бр. 12 от 2021 г.)"),
    ("Điều {}.", "(được bãi bỏ)"),
    ("Pasal {}\n", "Dihapus."),
    ("มาตรา {}", "(ยกเลิก)"),
    ("ماده {} -", "(منسوخه)"),
    ("סעיף {} -", "(בוטל)"),
    ("Art. {}. -", "Abrogat."),
    ("{} straipsnis.", "Neteko galios nuo 2022-01-01."),
    ("{} §\n", "{} § on kumottu L:lla 30.12.2021/1400."),
]


@pytest.mark.parametrize(("pattern", "notice"), NOTICES)
def test_a_notice_of_repeal_keeps_the_article_s_place(pattern: str, notice: str) -> None:
    old = "\n\n".join(f"{pattern.format(n)} {b}" for n, b in zip("123", BODIES, strict=True))
    new = old.replace(f"{pattern.format(2)} {BODIES[1]}", f"{pattern.format(2)} {notice.format(2)}")
    cmp = compare(make_document(old), make_document(new))
    assert not cmp.added and not cmp.removed
    assert [p.repealed for p in cmp.pairs] == [False, True, False]


def test_a_british_section_repealed_as_a_row_of_dots_keeps_its_place() -> None:
    old = "1 Overview\nThis Act licenses cranes.\n\n2 Duty to hold a licence\nNo crane may work unlicensed.\n\n3 Appeals\nRefusals may be appealed.\n"
    new = old.replace(
        "2 Duty to hold a licence\nNo crane may work unlicensed.", "2 . . . . . . . . . ."
    )
    cmp = compare(make_document(old), make_document(new))
    assert _labels(cmp.new) == ["1", "2", "3"]
    assert not cmp.added and not cmp.removed
    assert [p.repealed for p in cmp.pairs] == [False, True, False]


HARBOUR = [
    "The harbour board shall publish its dues each spring.",
    "Each vessel shall report its cargo before mooring.",
    "Pilots shall be licensed by the harbour board for five years.",
    "Fishing boats may moor at the north quay without charge.",
    "The board shall send its accounts to the ministry each year.",
]


def _articles(bodies: list[str]) -> str:
    return "\n\n".join(f"Article {n}\n{b}" for n, b in enumerate(bodies, start=1))


@pytest.mark.parametrize("rewritten", [False, True], ids=["alone", "beside a rewritten article"])
def test_a_notice_of_repeal_in_a_renumbered_text_pairs_with_the_article_at_its_place(
    rewritten: bool,
) -> None:
    """An article put in at 2 moved every number on by one, and old Article 4 stands
    as "Article 5 [Repealed]". The notice had come out added and Article 4 removed,
    or, where old Article 5 was rewritten as Article 6, paired with old Article 5 by
    its bare number."""
    inserted = "Wrecks in the fairway shall be raised at the owner's cost."
    last = "Ferries shall keep a timetable posted at the quay." if rewritten else HARBOUR[4]
    new_bodies = [HARBOUR[0], inserted, *HARBOUR[1:3], "[Repealed]", last]
    cmp = compare(make_document(_articles(HARBOUR)), make_document(_articles(new_bodies)))
    repealed = [
        (cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs if p.repealed
    ]
    assert repealed == [(["4"], ["5"])]
    assert cmp.label_of("old", cmp.removed) == (["5"] if rewritten else [])
    assert cmp.label_of("new", cmp.added) == (["2", "6"] if rewritten else ["2"])


DIVIDED = [
    ("Chương I\nNHỮNG QUY ĐỊNH CHUNG", "Chương II\nCẤP PHÉP", "Điều {}."),
    ("BAB I\nKETENTUAN UMUM", "Bagian Kedua\nPengawasan", "Pasal {}\n"),
    ("Capitolul I\nDispoziții generale", "Capitolul II\nAutorizare", "Art. {}. -"),
    ("Глава първа\nОБЩИ ПОЛОЖЕНИЯ", "Глава втора\nРАЗРЕШЕНИЯ", "Чл. {}."),
    ("فصل اول - کلیات", "فصل دوم - مجوزها", "ماده {} -"),
    ("หมวด ๑\nบททั่วไป", "หมวด ๒\nการอนุญาต", "มาตรา {}"),
    ("Розділ VII\nПРОКУРАТУРА", "Розділ VIII\nПРАВОСУДДЯ", "Стаття {}."),
]


@pytest.mark.parametrize(("first", "second", "pattern"), DIVIDED)
def test_a_division_heading_stays_whole_above_its_articles(
    first: str, second: str, pattern: str
) -> None:
    units = [f"{pattern.format(n)} {b}" for n, b in zip("123", BODIES, strict=True)]
    doc = make_document(f"{first}\n\n{units[0]}\n\n{units[1]}\n\n{second}\n\n{units[2]}\n")
    assert len(doc.divisions) == 2
    assert [d.title for d in doc.divisions] == [
        first.replace(" - ", "\n").split("\n")[1],
        second.replace(" - ", "\n").split("\n")[1],
    ]
    for s in doc.segments:
        assert second.split("\n")[0] not in doc.text[s.body_start : s.end]


def _cp1258(text: str) -> bytes:
    """Vietnamese as cp1258 holds it: a letter with its circumflex, breve or horn is one
    byte, the tone mark a combining character of its own."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        base, *marks = unicodedata.normalize("NFD", ch)
        for k, mark in enumerate(marks):
            rest = "".join(marks[:k] + marks[k + 1 :])
            try:
                out.append((unicodedata.normalize("NFC", base + mark) + rest).encode("cp1258"))
                break
            except UnicodeEncodeError:
                continue
        else:
            out.append(
                ch.encode("cp1258") if not marks else (base + "".join(marks)).encode("cp1258")
            )
    return b"".join(out)


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (
            "1 §\nLain tarkoitus\n\nTämän lain tarkoituksena on edistää nosturien käyttöä.\n",
            "cp1252",
        ),
        (
            "1 straipsnis. Įstatymo paskirtis\nŠis įstatymas nustato kėlimo įrenginių priežiūrą.\n",
            "cp1257",
        ),
        ("มาตรา ๑  พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติควบคุมเครน\n", "cp874"),
        ("Điều 1. Phạm vi điều chỉnh\nLuật này quy định về hoạt động đo đạc.\n", "cp1258"),
        ("Art. 1. Zakres ustawy\nUstawa określa zasady żeglugi śródlądowej.\n", "cp1250"),
        ("§ 1 Geltungsbereich\nDieses Gesetz gilt für Häfen und Schleusen.\n", "cp1252"),
        (  # "é" on every line: Central European kept it and read "ŕ la", "naďve", "oů ętre"
            "Section 1. Portée\nLe délégué général à la sécurité, naïve idée, où être.\n\n"
            "Section 2. Suite\nLe délégué général à la sécurité, naïve idée, où être.\n",
            "cp1252",
        ),
        ("Článek 1. Účel\nTento zákon upravuje řízení lodí a přístavů.\n", "cp1250"),
    ],
)
def test_an_older_code_page_is_read_as_it_was_written(text: str, encoding: str) -> None:
    """Before, the Finnish text came out in Mac Roman ("1 ß", "T‰m‰n"), the Lithuanian in
    cp1250 ("kël imo"), and the Thai and Vietnamese ones were refused or garbled."""
    data = _cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    decoded = decode_text(data, "law.txt")
    assert unicodedata.normalize("NFC", decoded.text) == text


def test_a_finnish_law_thick_with_sections_is_read_in_cp1252() -> None:
    """Statistical detection reads this in Mac Roman ("1 ß", "K‰ytt‰j‰n"): the symbols
    inside its words give the wrong page away."""
    words = ["nosturin", "käyttäjän", "määräys", "yhtiön", "lupa", "päätös", "hakemus"]
    text = "\n".join(
        f"{n} §\n{words[n % 7].capitalize()}\n\n"
        + " ".join(words[(n * k) % 7] for k in range(18))
        + f". Ks. 3 § ja {n + 1} §.\n"
        for n in range(1, 41)
    )
    decoded = decode_text(text.encode("cp1252"), "laki.txt")
    assert decoded.text == text
    assert _labels(make_document(decoded.text)) == [str(n) for n in range(1, 41)]


def test_a_thai_section_that_opens_with_its_first_paragraph_is_a_section() -> None:
    """ "มาตรา ๘  (๑) …": the paragraph number follows the heading on its line, as Thai
    Acts print it; before, such sections were read into the one above."""
    text = (
        "มาตรา ๑  ให้คณะกรรมการยื่นรายงานประจำปีภายในเจ็ดวัน\n\n"
        "มาตรา ๒  (๑) ให้ผู้ว่าราชการจังหวัดยื่นคำสั่งภายในสามสิบวัน\n"
        "(๒) ให้พนักงานเจ้าหน้าที่เผยแพร่ข้อมูลที่จำเป็น\n\n"
        "มาตรา ๓  ในกรณีมีเหตุฉุกเฉิน ไม่ต้องมีคำสั่งทางปกครอง\n"
    )
    assert _labels(make_document(text)) == ["๑", "๒", "๓"]


def test_dutch_code_articles_are_named_by_book_and_number() -> None:
    """ "Artikel 6:162" was labelled 6, then 6#2, 6#3…, and the inserted 6:162a came out
    as an added "6#2"."""
    old = "\n\n".join(f"Artikel 6:{n}\n{b}" for n, b in zip((162, 163, 164), BODIES, strict=True))
    new = old.replace("Artikel 6:163", f"Artikel 6:162a\n{INSERTED_BODY}\n\nArtikel 6:163")
    cmp = compare(make_document(old), make_document(new))
    assert _labels(cmp.new) == ["6:162", "6:162a", "6:163", "6:164"]
    assert cmp.label_of("new", cmp.added) == ["6:162a"] and not cmp.old.warnings


def test_a_notice_of_repeal_in_markdown_emphasis_keeps_the_article_s_place() -> None:
    old = "\n\n".join(f"Article {n}\n{b}" for n, b in zip("123", BODIES, strict=True))
    new = old.replace(BODIES[1], "*[Repealed]*")
    cmp = compare(make_document(old), make_document(new))
    assert not cmp.added and not cmp.removed
    assert [p.repealed for p in cmp.pairs] == [False, True, False]


def test_a_standard_s_annexes_and_bibliography_follow_its_clauses() -> None:
    """Before, "Annex A (normative)", its own clauses A.1 and A.2, and the bibliography
    all stayed inside the last clause, so an edit to an annex read as one to 4.2."""
    clauses = "".join(
        f"{n} {title}\n\nThe organization shall {verb} the process.\n\n"
        for n, title, verb in (
            ("1", "Scope", "describe"), ("2", "Terms", "define"), ("3", "Context", "state"),
            ("4", "Requirements", "meet"), ("4.1", "General", "document"), ("4.2", "Records", "keep"),
        )
    )  # fmt: skip
    annexes = (
        "Annex A\n(normative)\n\nTest methods\n\nA.1 General\n\nMethods apply in order.\n\n"
        "Annex B\n(informative)\n\nExamples\n\nOne example.\n\nBibliography\n\n[1] A guide.\n"
    )
    doc = make_document(clauses + annexes)
    labels = [(s.kind, s.label) for s in doc.segments if s.kind is not SegmentKind.PREAMBLE]
    assert labels[-3:] == [
        (SegmentKind.ANNEX, "Annex A"), (SegmentKind.ANNEX, "Annex B"),
        (SegmentKind.ANNEX, "Bibliography"),
    ]  # fmt: skip
    last_clause = doc.by_label("4.2")
    assert "Annex" not in doc.text[last_clause.start : last_clause.end]


def test_a_ukrainian_article_inserted_with_a_spaced_hyphen_is_labelled_as_printed() -> None:
    """The official site prints an inserted article "Стаття 129 - 1 ."; it was read as
    a second article 129, so that every inserted article of the Constitution was a
    duplicate ("129#2") that no reader could tell apart."""
    old = "\n\n".join(f"Стаття {n}. {b}" for n, b in zip((1, 2, 3), BODIES, strict=True))
    new = "\n\n".join(
        [f"Стаття 1. {BODIES[0]}", f"Стаття 2. {BODIES[1]}",
         f"Стаття 2 - 1 . {INSERTED_BODY}", f"Стаття 3. {BODIES[2]}"]
    )  # fmt: skip
    new_doc = make_document(new)
    assert _labels(new_doc) == ["1", "2", "2-1", "3"]
    cmp = compare(make_document(old), new_doc)
    assert cmp.label_of("new", cmp.added) == ["2-1"]


BELGIAN = """\
Chapitre 5. - Tarifs.

Art. 28. La commission organise un service de conciliation pour les différends.

Art. 29. {repealed}

Chapitre 6bis. - Recours contre les décisions prises par la commission. <inséré par L 2005-07-27/32, art. 2 ; Inwerkingtreding : 01-02-2006>

Section 1ère. - Litiges relevant de la cour d'appel. <inséré par L 2005-07-27/32, art. 2>

Art. 30. Sont punis ceux qui font obstacle aux vérifications de la commission.
"""


def test_a_belgian_chapter_titled_after_a_dash_and_noted_heads_the_articles_below() -> None:
    """A consolidated Belgian law heads its chapters "Chapitre 6bis. - Title." and notes
    where each came from ("<inséré par L …>"): the headings were read as the text of
    the article above, and a repealed article above them as removed and added."""
    old = make_document(BELGIAN.format(repealed="Le Roi fixe les tarifs de raccordement."))
    new = make_document(BELGIAN.format(repealed="(Abrogé) <L 2005-07-27/32, art. 4, 011>"))
    assert [(d.term, d.label, d.title) for d in new.divisions] == [
        ("Chapitre", "5", "Tarifs"),
        ("Chapitre", "6bis", "Recours contre les décisions prises par la commission"),
        ("Section", "1ère", "Litiges relevant de la cour d'appel"),
    ]
    art29 = next(s for s in new.segments if s.label == "29")
    assert "Chapitre" not in new.text[art29.body_start : art29.end]
    cmp = compare(old, new)
    assert [p.repealed for p in cmp.pairs] == [False, True, False]
    assert not cmp.added and not cmp.removed


def test_two_articles_struck_out_under_one_heading_are_one_unit() -> None:
    """The Basic Law keeps "Art 74a und 75 (weggefallen)" over two repealed articles: the
    heading was read as text of Art 74, and the two articles vanished."""
    text = (
        "### Art 74\n\n(1) Die konkurrierende Gesetzgebung erstreckt sich auf das Jagdwesen.\n\n"
        "### Art 74a und 75 (weggefallen)\n\n"
        "### Art 76\n\n(1) Gesetzesvorlagen werden beim Bundestage eingebracht.\n"
    )
    doc = make_document(text)
    assert _labels(doc) == ["74", "74a und 75", "76"]
    assert doc.body(doc.segments[1]).strip() == "(weggefallen)"
    assert "74a" not in doc.body(doc.segments[0])


@pytest.mark.parametrize(
    ("pattern", "closing"),
    [
        ("المادة {}", "حرر في موسكو في 16 مارس 1921."),
        ("סעיף {} -", "נעשה בירושלים ביום 16 במרץ 1921."),
        ("第{}条", "1921年3月16日モスクワにて作成。"),
        ("第{}条", "本条约于一九二一年三月十六日在莫斯科签订。"),
    ],
)
def test_a_dated_closing_line_is_not_the_last_article_s_text(pattern: str, closing: str) -> None:
    """ "Done at Moscow on …" in Arabic, Hebrew, Japanese and Chinese was read as the end
    of the last article: an added article then carried the new date, and a Japanese
    article added at the end was read as a split of the one before."""
    units = [f"{pattern.format(n)}\n{b}" for n, b in zip("123", BODIES, strict=True)]
    doc = make_document("\n\n".join([*units, closing]) + "\n")
    assert [s.kind for s in doc.segments][-2:] == [SegmentKind.ARTICLE, SegmentKind.CLOSING]
    assert closing not in doc.body(doc.segments[-2])


def test_a_german_section_inserted_as_17_a_with_a_bracket_is_its_own() -> None:
    """A university's election rules print an inserted section "§ 17 a) Wahlleiterinnen";
    it was read as text of § 17, which then looked rewritten."""
    heads = ("§ 16 Stimmzettel", "§ 17 Wahlhelferinnen", "§ 18 Auszählung")
    old = "\n\n".join(f"{h}\n\n{b}" for h, b in zip(heads, BODIES, strict=True))
    new_units = [f"{heads[0]}\n\n{BODIES[0]}", f"{heads[1]}\n\n{BODIES[1]}",
                 f"§ 17 a) Wahlleiterinnen\n\n{INSERTED_BODY}", f"{heads[2]}\n\n{BODIES[2]}"]  # fmt: skip
    new_doc = make_document("\n\n".join(new_units))
    assert [s.label for s in new_doc.segments] == ["16", "17", "17a", "18"]
    cmp = compare(make_document(old), new_doc)
    assert cmp.label_of("new", cmp.added) == ["17a"]
    assert all(p.similarity == 1.0 for p in cmp.pairs)


def test_a_numbered_paragraph_run_on_into_the_one_before_keeps_the_rest_in_step() -> None:
    """In the later text of a statute "(3)" runs on in the paragraph of "(2)": the
    paragraphs after it, unchanged, were shown deleted and put in again (similarity
    0.38 for one changed sentence)."""
    paras = [
        "Das Parlament hat die Verfügungsgewalt über das Vermögen.",
        "Das Haushaltsjahr ist das Kalenderjahr.",
        "Das Parlament erlässt eine Finanzordnung als Satzung.",
        "Die Fachschaften haben ein Anrecht auf einen Teil der Einnahmen.",
        "Der Vorstand legt eine Bilanz vor.",
        "Der Plan und die Bilanz werden veröffentlicht.",
    ]
    old_body = "\n\n".join(f"({k}) {p}" for k, p in enumerate(paras, 1))
    changed = "Das Haushaltsjahr beginnt am 1. April und endet am 31. März."
    new_body = "\n\n".join(
        [f"(1) {paras[0]}", f"(2) {changed} (3) {paras[2]}"]
        + [f"({k}) {p}" for k, p in enumerate(paras[3:], 4)]
    )
    old = make_document(f"§ 37 Allgemeines\n\n{old_body}\n\n§ 38 Haushaltsplan\n\nText.\n")
    new = make_document(f"§ 37 Allgemeines\n\n{new_body}\n\n§ 38 Haushaltsplan\n\nText.\n")
    assert [p.label for p in new.segments[0].parts] == ["1", "2", "4", "5", "6"]
    cmp = compare(old, new)
    (pair,) = [p for p in cmp.pairs if cmp.label_of("old", p.old) == ["37"]]
    changed_text = " ".join(c.old_text + c.new_text for c in pair.changes)
    assert "Bilanz" not in changed_text and "Fachschaften" not in changed_text


def test_a_citation_wrapped_onto_its_own_line_is_no_article() -> None:
    """The Mexican Constitution wraps "… que señala el" / "     artículo 59." inside Art.
    55: the line was read as a heading, cutting Art. 55 short and making the real Art.
    59 a second one ("59#2")."""
    text = (
        "**Artículo 1**\n\nPara ser diputado se requiere no estar comprendido en alguna de las\n"
        "incapacidades que señala el\n     artículo 3.\n\n"
        "**Artículo 2**\n\nLa Cámara de Senadores se integrará por ciento veintiocho senadores.\n\n"
        "**Artículo 3**\n\nLos senadores podrán ser electos hasta por dos periodos consecutivos.\n"
    )
    doc = make_document(text)
    assert _labels(doc) == ["1", "2", "3"]
    assert "artículo 3." in doc.body(doc.segments[0])


def test_transitional_articles_headed_by_an_ordinal_word_are_units() -> None:
    """The Mexican Constitution ends with each reform decree's "Transitorios", every one
    headed by an ordinal word alone ("**Primero**"): they were read as text of the last
    article, so 25 new ones showed as that article modified and nothing added."""
    decree = (
        "Artículos Transitorios de Decretos de Reforma ({n})\n\n"
        "**Primero**\n\nEl presente Decreto entrará en vigor al día siguiente de su publicación.\n\n"
        "**Segundo**\n\nSe derogan todas las disposiciones que se opongan al presente Decreto.\n\n"
        "**Décimo Primero**\n\nEl Congreso armonizará el marco jurídico en ciento ochenta días.\n"
    )
    articles = "**Artículo 37**\n\nLa nacionalidad no podrá ser privada.\n\n**Artículo 38**\n\nLos derechos se suspenden.\n\n"
    old = make_document(articles + decree.format(n=260))
    new = make_document(articles + decree.format(n=260) + "\n" + decree.format(n=261))
    assert [s.label for s in old.segments][2:] == [
        "Transitorio Primero (260)", "Transitorio Segundo (260)", "Transitorio Décimo Primero (260)"
    ]  # fmt: skip
    assert "Transitorios" not in old.body(old.segments[1])
    cmp = compare(old, new)
    assert cmp.label_of("new", cmp.added) == [
        "Transitorio Primero (261)", "Transitorio Segundo (261)", "Transitorio Décimo Primero (261)"
    ]  # fmt: skip
    assert all(p.similarity == 1.0 for p in cmp.pairs)


def test_estonian_inserted_sections_and_omitted_ones(tmp_path) -> None:
    """An Estonian consolidated text inserts "§ 2<sup>1</sup>." (in Markdown) or
    "§ 2^1." between two sections, and prints a dropped one as a lone dash or as
    "[Käesolevast tekstist välja jäetud.]" ("left out of this text"). The inserted
    section was glued to § 2; the notices read as new wording of § 3 and § 4."""
    from treatyviewer.io.readers import read_document

    old = "".join(
        f"##### § {n}. {title}\n\n{body}\n\n"
        for n, title, body in (
            (1, "Eesmärk", "Birds are counted each spring."),
            (2, "Loendaja", "Any adult may count birds."),
            (3, "Muutmine", "The forest act gains the word bird."),
            (4, "Muutmine", "The hunting act loses the word net."),
        )
    )
    new = (
        "##### § 1. Eesmärk\n\nBirds are counted each spring.\n\n"
        "##### § 2. Loendaja\n\nAny adult may count birds.\n\n"
        "##### § 2<sup>1</sup>. Tunnistus\n\nA counter is given a card for five years.\n\n"
        "##### § 3.\n\n–\n\n"
        "##### § 4.\n\n[Käesolevast tekstist välja jäetud.]\n"
    )
    (tmp_path / "old.md").write_text(old, encoding="utf-8")
    (tmp_path / "new.md").write_text(new, encoding="utf-8")
    cmp = compare(read_document(tmp_path / "old.md"), read_document(tmp_path / "new.md"))
    assert cmp.label_of("new", cmp.added) == ["2¹"]
    repealed = [cmp.label_of("old", p.old) for p in cmp.pairs if p.repealed]
    assert repealed == [["3"], ["4"]]
    plain = make_document("§ 1. Aim\n\nBirds.\n\n§ 1^1. Card\n\nCards.\n\n§ 2. Time\n\nSpring.\n")
    assert [s.label for s in plain.segments] == ["1", "1^1", "2"]


def test_a_spanish_law_s_enacting_formula_closes_it() -> None:
    """ "POR TANTO, / MANDO A TODOS LOS ESPAÑOLES …" and the signatures after the last
    provision were read as text of "Disposición final"."""
    text = (
        "Ley de pesca\n\nArtículo 1\n\nSe podrá pescar en aguas interiores.\n\n"
        "Disposición final.\n\nEsta ley entra en vigor al día siguiente.\n\n"
        "POR TANTO,\n\nMANDO A TODOS LOS ESPAÑOLES QUE GUARDEN ESTA LEY.\n\n"
        "Madrid, 4 de mayo de 1990.\n\nEL REY\n"
    )
    doc = make_document(text)
    last, closing = doc.segments[-2:]
    assert closing.kind is SegmentKind.CLOSING
    assert doc.text[closing.start :].startswith("POR TANTO")
    assert doc.text[last.start : last.end].endswith("al día siguiente.")
    # "Por tanto," opening a sentence inside an article is no closing
    inside = "Artículo 1\n\nPor tanto, los pescadores\npodrán pescar.\n\nArtículo 2\n\nVale.\n"
    assert [s.kind for s in make_document(inside).segments] == [SegmentKind.ARTICLE] * 2


@pytest.mark.parametrize(
    "formula",
    [
        "Promulguons la présente loi, ordonnons qu'elle soit revêtue du sceau de l'Etat.\n\n"
        "Donné à Bruxelles, le 29 avril 1999.\n\nALBERT\n\nPar le Roi :\n\nLe Ministre,\n\nJ. DUPONT",
        "Kondigen deze wet af, bevelen dat zij met 's Lands zegel zal worden bekleed.\n\n"
        "Gegeven te Brussel, 29 april 1999.\n\nALBERT\n\nVan Koningswege :\n\nDe Minister,\n\nJ. DUPONT",
    ],
    ids=["french", "dutch"],
)
def test_a_belgian_law_s_promulgation_and_signatures_close_it(formula: str) -> None:
    """The King's name in capitals over "Par le Roi :" had become an unnumbered section
    paired like an article, and the formula had been read as text of the last article."""
    text = (
        "**Art. 1.** La présente loi règle une matière visée à l'article 78.\n\n"
        f"**Art. 2.** Le Roi règle l'entrée en vigueur de la présente loi.\n\n{formula}\n"
    )
    doc = make_document(text)
    assert [s.kind for s in doc.segments] == [SegmentKind.ARTICLE] * 2 + [SegmentKind.CLOSING]
    assert doc.body(doc.segments[1]).endswith("présente loi.")


def test_a_russian_treaty_made_at_a_place_closes_with_that_line() -> None:
    """ "Составлен в Москве …" was read as text of the last article, and its date as a
    change of that article."""
    text = (
        "Статья 1\n\nСтороны признают границу.\n\nСтатья 2\n\nДоговор вступает в силу.\n\n"
        "Составлен в Москве 16 марта 1921 года в двух подлинных экземплярах.\n"
    )
    doc = make_document(text)
    assert [s.kind for s in doc.segments] == [SegmentKind.ARTICLE] * 2 + [SegmentKind.CLOSING]


def test_a_notice_of_repeal_between_a_shift_and_a_split_pairs_by_the_shift_before_it() -> None:
    """An article struck out before it shifts the numbers down by one; a split right
    after it shifts them back up. Either neighbour's shift may hold."""
    bodies = [f"The board shall keep register {n} of the harbour and publish it each year."
              for n in range(1, 9)]  # fmt: skip
    halves = ("The master shall moor every ferry at the north quay.",
              "The pilots shall lead every tanker to the south basin at dawn.")  # fmt: skip
    old_bodies = [*bodies[:6], " ".join(halves), bodies[7]]
    new_bodies = [bodies[0], *bodies[2:5], "[Repealed]", *halves, bodies[7]]
    cmp = compare(make_document(_articles(old_bodies)), make_document(_articles(new_bodies)))
    repealed = [
        (cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs if p.repealed
    ]
    assert repealed == [(["6"], ["5"])]
    assert cmp.label_of("old", cmp.removed) == ["2"]


def test_a_notice_of_repeal_is_not_paired_with_an_article_of_its_number_far_away() -> None:
    """Three articles put in first move every number on; "Article 6 [Repealed]" stands
    where old Articles 3 and 4 stood (which of them, the shifts around it cannot
    say). Old Article 6, struck out further on, is another article: its bare number
    had paired it with the notice, at 0.95."""
    old_bodies = [
        *HARBOUR, "Salvage dues shall be shared among the crews of the rescuing ships.",
        "The ministry shall hear appeals against the board within a month.",
        "This regulation enters into force on the first day of spring.",
    ]  # fmt: skip
    put_in = [
        "Wrecks in the fairway shall be raised at the owner's cost.",
        "Ferries shall keep a timetable posted at every quay they serve.",
        "Fishing nets may not be dried on the breakwater in any season.",
    ]
    new_bodies = [*put_in, *old_bodies[:2], "[Repealed]", old_bodies[4], *old_bodies[6:]]
    cmp = compare(make_document(_articles(old_bodies)), make_document(_articles(new_bodies)))
    assert not [p for p in cmp.pairs if p.repealed and cmp.label_of("old", p.old) == ["6"]]
    assert "6" in cmp.label_of("old", cmp.removed)


def test_a_notice_of_repeal_under_a_kept_number_is_not_offered_for_review() -> None:
    """In a text that keeps its numbers, the article struck out under its number was
    paired by its place at 0.6 and sent for review, though its notice says what it is."""
    bodies = [f"The board shall keep register {n} of the harbour and publish it each year."
              for n in range(1, 13)]  # fmt: skip
    old = _articles(bodies)
    new = _articles([*bodies[:5], "[Repealed]", *bodies[6:]])
    cmp = compare(make_document(old), make_document(new))
    (pair,) = [p for p in cmp.pairs if p.repealed]
    assert cmp.label_of("old", pair.old) == ["6"] and pair.confidence >= 0.95
    assert not pair.uncertain


def test_a_german_range_struck_out_under_one_heading_is_no_inserted_article() -> None:
    """ "§§ 20 bis 22 (weggefallen)": "bis" is German for "to" here, not the Latin mark of
    an inserted article; the first article of the range is repealed, nothing added."""
    sections = {
        19: ("Anzeige", "Der Halter zeigt jedes Boot an."),
        20: ("Liegeplatz", "Jedes Boot braucht einen Liegeplatz."),
        21: ("Reparaturen", "Reparaturen sind an der Helling erlaubt."),
        22: ("Gebühren", "Der erste Tag ist frei."),
        23: ("Aufsicht", "Der Hafenmeister prüft die Boote."),
    }
    old = "\n\n".join(f"§ {n} {title}\n\n{body}" for n, (title, body) in sections.items())
    new = (
        "\n\n".join(f"§ {n} {sections[n][0]}\n\n{sections[n][1]}" for n in (19,))
        + "\n\n§§ 20 bis 22 (weggefallen)\n\n"
        + f"§ 23 {sections[23][0]}\n\n{sections[23][1]}"
    )
    old_doc, new_doc = make_document(old, source="alt"), make_document(new, source="neu")
    assert [s.label for s in new_doc.segments] == ["19", "20", "23"]
    result = compare(old_doc, new_doc)
    assert result.added == ()
    repealed = [p for p in result.pairs if p.repealed]
    assert [old_doc.segments[p.old[0]].label for p in repealed] == ["20"]


DANISH_OLD = """Lov om registre

§ 17. Ministeren fastsætter regler om udtalelser.

§ 18. Ministeren fastsætter regler om, hvordan myndigheden skal godkende en udtalelse.

§ 19. Myndigheden fører et register over alle godkendte planer.

§ 20. Registeret er offentligt tilgængeligt på myndighedens hjemmeside.

§ 21. Klager over afgørelser indgives til ankenævnet inden fire uger.

§ 22. Ansøgeren skal ajourføre en årsrapport inden 848 dage.

§ 23. Ansøgeren skal ajourføre en plan inden 8 dage.

§ 24. Loven træder i kraft den 1. januar.
"""


def test_a_section_numbered_well_past_the_one_before_it_heads_its_own_unit() -> None:
    """A Danish law that lost §§ 19–21 ran § 22, § 23 and every later section into
    § 18's text: a heading run into its sentence ("§ 22. Ansøgeren skal …") could
    follow only up to three numbers on, where one alone on its line may go further."""
    new_text = DANISH_OLD.replace(
        DANISH_OLD[DANISH_OLD.index("§ 19.") : DANISH_OLD.index("§ 22.")], ""
    )
    new = make_document(new_text, "new")
    assert _labels(new) == ["17", "18", "22", "23", "24"]
    cmp = compare(make_document(DANISH_OLD, "old"), new)
    removed = [cmp.old.segments[i].label for i in cmp.removed]
    assert removed == ["19", "20", "21"]
    assert all(p.status == "unchanged" for p in cmp.pairs)


def test_a_turkish_caption_over_an_additional_article_is_its_caption() -> None:
    """ "Ek Sağlık Hizmetleri" over "EK MADDE 1 –" read as an annex headed "Ek" ("ek" is
    both "annex" and "additional"): an added unit of its own beside the article."""
    text = (
        "KİŞİSEL VERİLER KANUNU\n\n"
        "İzin\nMADDE 36 – (1) İzin sahibi yazılı bildirmekle yükümlüdür.\n\n"
        "Ek Sağlık Hizmetleri\n"
        "EK MADDE 1 – (1) Sağlık kayıtlarının tutulmasına ilişkin esaslar Bakanlıkça belirlenir.\n\n"
        "Geçiş süreci\n"
        "GEÇİCİ MADDE 1 – (1) Bu Kanun yayımı tarihinde yürürlüğe girer.\n"
    )
    doc = make_document(text, "tr")
    labels = [s.label for s in doc.segments if s.label != "preamble"]
    assert labels == ["36", "Ek 1", "Geçici 1"]
    ek = next(s for s in doc.segments if s.label == "Ek 1")
    assert doc.text[ek.start : ek.body_start].startswith("Ek Sağlık Hizmetleri")


TURKISH_CHAPTERS = (
    "KİŞİSEL VERİLER KANUNU\n\n"
    "BİRİNCİ BÖLÜM\nAmaç ve Kapsam\n\n"
    "Amaç\nMADDE 1 – (1) Bu Kanunun amacı kişisel verileri korumaktır.\n\n"
    "Kapsam\nMADDE 2 – (1) Bu Kanun verileri işlenen herkese uygulanır.\n\n"
    "İKİNCİ BÖLÜM\nDenetim\n\n"
    "Denetim\nMADDE 3 – (1) Kurul, veri sorumlularını yılda bir denetler.\n\n"
    "YİRMİ BİRİNCİ BÖLÜM\nSon Hükümler\n\n"
    "Yürürlük\nMADDE 4 – (1) Bu Kanun yayımı tarihinde yürürlüğe girer.\n"
)


def test_turkish_chapters_numbered_by_an_ordinal_head_their_articles() -> None:
    """ "İKİNCİ BÖLÜM" / "Denetim" was read as the last lines of Article 2's text: its
    words were compared as the article's, and two articles that ended over the same
    chapter heading (the chapter's place moved) were paired by those words alone."""
    doc = make_document(TURKISH_CHAPTERS, "tr")
    assert [d.label for d in doc.divisions] == [
        "BİRİNCİ BÖLÜM",
        "İKİNCİ BÖLÜM",
        "YİRMİ BİRİNCİ BÖLÜM",
    ]
    assert [d.title for d in doc.divisions] == ["Amaç ve Kapsam", "Denetim", "Son Hükümler"]
    second = next(s for s in doc.segments if s.label == "2")
    assert "BÖLÜM" not in doc.text[second.start : second.end]
    assert [doc.divisions[s.division].label for s in doc.segments if s.label in ("3", "4")] == [
        "İKİNCİ BÖLÜM",
        "YİRMİ BİRİNCİ BÖLÜM",
    ]


def test_dutch_articles_put_in_within_a_chapter_keep_their_letter() -> None:
    """ "Artikel 1.47a" was labelled 1 and "1.47b" 1#2: an article put in between two of
    a chapter then read as another one split, and its unchanged neighbours as removed."""
    numbers = ("1.47", "1.47a", "1.48")
    old = "\n\n".join(f"Artikel {n}\n{b}" for n, b in zip(numbers, BODIES, strict=True))
    new = old.replace("Artikel 1.48", f"Artikel 1.47b\n{INSERTED_BODY}\n\nArtikel 1.48")
    cmp = compare(make_document(old), make_document(new))
    assert _labels(cmp.new) == ["1.47", "1.47a", "1.47b", "1.48"]
    assert cmp.label_of("new", cmp.added) == ["1.47b"] and not cmp.removed


def test_the_annexes_a_french_code_names_as_articles_are_annexes() -> None:
    """ "Article Annexe I" (as a consolidated French code heads the tables annexed to one
    of its articles) was no heading: each annex was read into the article above it."""
    text = (
        "Article R321-8\n\nLa communication des comptes annuels est faite sur demande.\n\n"
        "Annexes à l'article R321-8\n\n"
        "Article Annexe I\n\nModèle du compte de résultat des sociétés de perception.\n\n"
        "Article Annexe II\n\nModèle du bilan des sociétés de perception.\n\n"
        "Article R321-9\n\nLes comptes sont tenus à la disposition des associés.\n"
    )
    doc = make_document(text)
    assert [(s.label, s.kind.value) for s in doc.segments] == [
        ("R321-8", "article"),
        ("I", "annex"),
        ("II", "annex"),
        ("R321-9", "article"),
    ]


def test_paragraphs_under_a_long_title_line_of_a_german_section_are_its_parts() -> None:
    """A § titled on one line of 150 characters, its paragraphs set under the title
    with no blank line: "(1)" to "(3)" are its paragraphs. They had been read as words
    of the title's sentence, so a list under them stood for the paragraphs, and a §
    worded alike in two versions showed as deleted and written again."""
    title = (
        "Dokumentation, Rückverfolgung, Verordnungsermächtigung zur Meldung "
        "schwerwiegender Zwischenfälle und schwerwiegender unerwünschter Reaktionen"
    )
    paragraphs = (
        "(1) Die Koordinierungsstelle verschlüsselt die Daten des Spenders und bildet\n"
        "eine Kenn-Nummer für die Begleitpapiere.\n"
        "(2) Die Koordinierungsstelle darf Angaben aus den Begleitpapieren nur\n"
        "gemeinsam verarbeiten.\n"
        "(3) Das Bundesministerium wird ermächtigt, durch Rechtsverordnung die\n"
        "Meldung von Zwischenfällen zu regeln.\n"
    )
    doc = make_document(f"§ 12 Kurz\n(1) Ein Satz.\n\n§ 13 {title}\n{paragraphs}")
    section = doc.segments[-1]
    assert section.label == "13"
    assert [p.key for p in section.parts] == ["(1)", "(2)", "(3)"]


WOHNGELD_OLD = """§ 20 Gesetzeskonkurrenz

(1) Ein Wehrpflichtiger hat für die Dauer seines Grundwehrdienstes keinen
Wohngeldanspruch.

(2) Stehen allen Haushaltsmitgliedern Leistungen zur Förderung der
Ausbildung nach dem Bundesausbildungsförderungsgesetz dem Grunde nach zu,
besteht kein Wohngeldanspruch. Satz 1 gilt auch, wenn dem Grunde nach
Förderungsberechtigte der Höhe nach keinen Anspruch auf Förderung haben. Ist
Wohngeld bewilligt, ist es bis zum Ablauf des Bewilligungszeitraums
weiterzuleisten; § 27 Abs. 2 und § 28 bleiben unberührt.

§ 21 Sonstige Gründe

Ein Wohngeldanspruch besteht nicht, wenn das Wohngeld weniger als 10 Euro
monatlich betragen würde.
"""
WOHNGELD_NEW = """§ 20 Gesetzeskonkurrenz

(1) (weggefallen)

(2) Es besteht kein Wohngeldanspruch, wenn allen Haushaltsmitgliedern
eine der folgenden Leistungen dem Grunde nach zusteht:

1.  Leistungen zur Förderung der Ausbildung nach dem
    Bundesausbildungsförderungsgesetz,

2.  Leistungen nach den §§ 56 und 122 des Dritten Buches Sozialgesetzbuch oder

3.  Leistungen zur Sicherung des Lebensunterhaltes während des Praktikums.

Satz 1 gilt auch, wenn dem Grunde nach Förderungsberechtigte der Höhe nach
keinen Anspruch auf Förderung haben. Ist Wohngeld bewilligt, ist es bis zum
Ablauf des Bewilligungszeitraums weiterzuleisten; § 27 Abs. 2 und § 28
bleiben unberührt.

§ 21 Sonstige Gründe

Ein Wohngeldanspruch besteht nicht, wenn das Wohngeld weniger als 10 Euro
monatlich betragen würde.
"""


def test_a_list_under_a_paragraph_ending_in_a_colon_is_that_paragraphs() -> None:
    """German laws number a paragraph's list "1.", "2." under "(2) … zusteht:": the
    points are the paragraph's, not paragraphs beside it (the old (2) had been
    matched with the new point 2, which shared a few of its words)."""
    new = make_document(WOHNGELD_NEW)
    assert [p.key for p in new.segments[0].parts] == ["(1)", "(2)", "(2) 1.", "(2) 2.", "(2) 3."]


def test_sentences_kept_under_a_list_a_paragraph_became_are_not_rewritten() -> None:
    """The paragraph recast as a lead-in over a list is read against the old paragraph
    whole: its sentences kept word for word under the list are no change. Cut at the
    new points, they had read as deleted from the paragraph and written in again."""
    cmp = compare(make_document(WOHNGELD_OLD), make_document(WOHNGELD_NEW))
    pair = cmp.pairs[0]
    changed = " ".join(c.old_text + " " + c.new_text for c in pair.changes)
    assert "Förderungsberechtigte" not in changed
    assert "Bewilligungszeitraums" not in changed
    assert pair.similarity > 0.4


def test_an_additional_turkish_article_put_in_after_another_keeps_its_number() -> None:
    """ "Ek Madde 2/A", put in after "Ek Madde 2", was labelled "Ek" alone, and a
    "Geçici Madde 1/A" after it ran into its text."""
    text = (
        "KANUN\n\n"
        "MADDE 3 – (1) Memurlar görevlerini tarafsız yerine getirir.\n\n"
        "Ek Madde 2/A – (Ek: 2/7/2012-6352/100 md.) (1) Memurlar kişisel verileri korur.\n\n"
        "Geçici Madde 1/A – (1) Görevdeki memurların hakları saklıdır.\n"
    )
    doc = make_document(text, "tr")
    assert [s.label for s in doc.segments if s.label != "preamble"] == ["3", "Ek 2/A", "Geçici 1/A"]


def test_serbian_and_older_greek_article_headings_give_their_numbers() -> None:
    """Serbian and Bosnian laws head articles "Član 1" (the label read "Član 1", as if
    the word were part of the number), and Greek laws of the last century "Άρθρο 1ο",
    the ordinal written as a letter (read "1ο", so "1" of a later edition read renumbered)."""
    body = "Nadležni organ odlučuje u roku od trideset dana od podnošenja zahtjeva."
    serbian = "ZAKON\n\n" + "".join(f"Član {n}\n{body}\n\n" for n in ("1", "2", "2a", "3"))
    assert _labels(make_document(serbian, "sr")) == ["1", "2", "2a", "3"]
    greek_body = "Η αρμόδια αρχή αποφασίζει εντός τριάντα ημερών από την υποβολή της αίτησης."
    greek = "ΝΟΜΟΣ\n\n" + "".join(f"Άρθρο {n}\n{greek_body}\n\n" for n in ("1ο", "2ο", "2Α", "3ο"))
    assert _labels(make_document(greek, "el")) == ["1", "2", "2Α", "3"]


def test_a_chilean_article_put_in_with_a_capital_set_apart_is_an_article() -> None:
    """Chile's constitution puts articles in as "Artículo 41 A.-": the heading was not
    cut (its text ran into 41), and as a Markdown heading it was labelled "41#2". A
    capital that opens the article's text ("Article 5 A person …") is no part of it."""
    text = (
        "LEY\n\nArtículo 41.- El estado de catástrofe lo declarará el Presidente.\n\n"
        "Artículo 41 A.- El estado de emergencia lo declarará el Presidente.\n\n"
        "Artículo 41 bis.- Una ley orgánica regulará los estados de excepción.\n\n"
        "Artículo 42.- El Congreso Nacional se compone de dos ramas.\n"
    )
    assert _labels(make_document(text, "cl")) == ["41", "41 A", "41 bis", "42"]
    english = (
        "ACT\n\nArticle 5 A person who is a member of the board shall declare any interest.\n\n"
        "Article 6 The board shall meet twice a year.\n"
    )
    assert _labels(make_document(english, "en")) == ["5", "6"]


CANADIAN = (
    "Competition Act\n\nR.S.C., 1985, c. C-34\n\nShort Title\n\n"
    "1 This Act may be cited as the Competition Act.\n\nPurpose\n\n"
    "1.1 The purpose of this Act is to maintain and encourage competition in Canada.\n\n"
    "Interpretation\n\n2 (1) In this Act, business includes the business of manufacturing.\n\n"
    "(2) For the purposes of this Act, a corporation is affiliated with another.\n\n"
    "3 This Act is binding on Her Majesty in right of Canada.\n"
)


def test_canadian_sections_numbered_into_their_text_under_captions_are_units() -> None:
    """A Canadian statute as its consolidation prints it: the caption on a line of its
    own, then "1 This Act may be cited as …", the number run into the text with no
    stop. Nothing was found and the text was compared paragraph by paragraph."""
    doc = make_document(CANADIAN, "ca")
    assert _labels(doc) == ["1", "1.1", "2", "3"]
    purpose = next(s for s in doc.segments if s.label == "1.1")
    assert purpose.heading == "Purpose"
    assert doc.text[purpose.body_start :].startswith("The purpose of this Act")
    later = CANADIAN.replace("in Canada.", "in Canada and abroad.").replace(
        "Interpretation\n\n",
        "Definitions\n\n1.2 Words have their usual meaning.\n\nInterpretation\n\n",
    )
    cmp = compare(doc, make_document(later, "ca"))
    assert [cmp.new.segments[j].label for j in cmp.added] == ["1.2"]
    assert not cmp.removed


def test_figures_opening_lines_of_prose_make_no_sections() -> None:
    """Lines that open with a figure in a text without captions stay paragraphs."""
    text = (
        "Report\n\n1 April was the day the council first met in the new hall.\n\n"
        "2 Members were absent, and the chair asked for a vote by letter.\n\n"
        "3 Votes came back within the week, all in favour of the plan.\n"
    )
    assert all(s.kind.name != "ARTICLE" for s in make_document(text, "en").segments)
