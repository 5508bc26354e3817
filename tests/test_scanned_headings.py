"""Article headings as scans and PDF conversions leave them.

A heading broken over two lines ("Article" / "2", a page break between them), an
article's last line that lost its stop right over the next heading, and a cited
"Article 1." that a page's end left alone between blank lines. Each had made two
articles one (reported as merged, at full confidence) or invented one.
"""

from __future__ import annotations

import pytest

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

BODIES = (
    "The Contracting Parties shall cooperate in the protection of the environment.",
    "The Commission shall notify the Depositary of the allocation of fishing quotas.",
    "Each Party shall promote the training of qualified personnel on the basis of reciprocity.",
)


def _treaty(headings: tuple[str, str, str], joins: tuple[str, str, str] = ("\n",) * 3) -> str:
    return "TREATY OF LUCERNE\n\n" + "".join(
        f"{h}{j}{b}\n\n" for h, j, b in zip(headings, joins, BODIES, strict=True)
    )


@pytest.mark.parametrize(
    ("word", "numbers"),
    [
        ("Article", ("1", "2", "3")),
        ("ARTICLE", ("I", "II", "III")),
        ("Artikel", ("1", "2", "3")),
        ("Статья", ("1", "2", "3")),
        ("Art.", ("1", "2", "3")),
    ],
)
@pytest.mark.parametrize("between", ["\n", "\n\n"])
def test_a_heading_broken_over_two_lines_heads_its_article(word, numbers, between) -> None:
    whole = make_document(_treaty(tuple(f"{word} {n}" for n in numbers)))
    heads = (f"{word} {numbers[0]}", f"{word}{between}{numbers[1]}", f"{word} {numbers[2]}")
    broken = make_document(_treaty(heads))
    assert [s.label for s in broken.segments] == [s.label for s in whole.segments]
    assert len(broken.segments) == 4  # the title, then three articles
    cmp = compare(whole, broken)
    assert [p.status for p in cmp.pairs] == ["unchanged"] * 4


def test_a_line_that_lost_its_stop_over_the_next_heading_ends_its_article() -> None:
    text = _treaty(("Article 1", "Article 2", "Article 3")).replace(
        "environment.\n\n", "environment\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"]


def test_a_cited_article_left_alone_by_a_page_break_heads_nothing() -> None:
    cited = _treaty(("Article 1", "Article 2", "Article 3")).replace(
        "fishing quotas.", "fishing quotas subject to the provisions of\n\nArticle 1.\n\n"
        "The Joint Committee may ask for information."
    )  # fmt: skip
    doc = make_document(cited)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"]
    assert not any("not in order" in w for w in doc.warnings)


def test_a_cross_reference_wrapped_after_a_stopless_line_stays_in_its_article() -> None:
    """The stop rule has one exception only: a line alone that does not number on from
    the heading before it is still a citation ("… as laid down below" / "Article 7")."""
    text = _treaty(("Article 1", "Article 2", "Article 3")).replace(
        "fishing quotas.", "fishing quotas as laid down below\nArticle 7\nand no other."
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["preamble", "1", "2", "3"]


def test_a_heading_after_a_broken_off_paragraph_stands_where_it_numbers_on() -> None:
    """A paragraph whose edits left it ending on "il", then "Art. 192" after "Art. 190"
    (191 struck out), and "Art. 22" right before "Art. 22a": each heads its article.
    A cited "Article 3." before the real Article 3 heads nothing."""
    body = "Le regioni adottano le informazioni necessarie entro giorni. il"
    text = "".join(
        f"Art. {n}.\n(Oggetto)\n1. {body}\n\n" for n in ("189", "190", "192", "22a")
    ).replace("Art. 22a.", "Art. 193.")
    doc = make_document(text.replace("Art. 193.", "Art. 193-bis."))
    assert [s.label for s in doc.segments] == ["189", "190", "192", "193-bis"]
    cited = _treaty(("Article 1", "Article 2", "Article 3")).replace(
        "fishing quotas.", "fishing quotas subject to\n\nArticle 3.\n\nThey report yearly."
    )
    assert [s.label for s in make_document(cited).segments] == ["preamble", "1", "2", "3"]
    put_in = "".join(f"Artikel {n}\nDe Minister stelt regels. de\n\n" for n in ("21", "22", "22a"))
    assert [s.label for s in make_document(put_in).segments] == ["21", "22", "22a"]


@pytest.mark.parametrize(
    "misread", ["Artlcle 2", "Art1cle 2", "ARTlCLE 2", "ArticIe 2", "Artide 2", "Artlkel 2",
                "Cтатья 2", "Статъя 2", "Cтaтья 2", "CTATЬЯ 2", "ARTIKFL 2"],
)  # fmt: skip
def test_a_heading_word_misread_by_text_recognition_still_heads_its_article(misread) -> None:
    """ "Artlcle 2" ("l" for "i"), "ArticIe" (a capital I for "l"), "Artide" ("d" for
    "cl"), a Latin "C" in "Статья": the article had run on inside the one before."""
    word = "Artikel" if "k" in misread.lower() else "Article" if misread[1] == "r" else "Статья"
    heads = (f"{word} 1", misread, f"{word} 3")
    assert [s.label for s in make_document(_treaty(heads)).segments] == ["preamble", "1", "2", "3"]


def test_greek_headings_printed_with_a_latin_o_head_their_articles() -> None:
    """The Greek gazette's PDFs print most of the Constitution's headings "Άρθρo 1" with
    a Latin "o" (and some "ΑΡΘΡO", "Aρθρο"): none was read as a heading, and the whole
    text of a revision read as a dozen paragraphs, one of them 117,000 characters."""
    heads = ("Άρθρo 1", "Άρθρο 2", "ΑΡΘΡO 3", "Aρθρο 4", "Άpθρo 5")
    text = "".join(
        f"{head}\n1. Η Ελλάδα είναι προεδρευόμενη κοινοβουλευτική δημοκρατία {n}.\n\n"
        for n, head in enumerate(heads, 1)
    )
    assert [s.label for s in make_document(text).segments] == ["1", "2", "3", "4", "5"]


def test_a_heading_number_misread_by_text_recognition_is_read_as_its_digits() -> None:
    """ "Article l2" and "Article 1O" ("l" and "O" for the digits they look like): each
    had run on inside the article before."""
    text = "".join(
        f"Article {n}\nThe Parties shall consult each other on article {k}.\n\n"
        for k, n in ((9, "9"), (10, "1O"), (11, "11"), (12, "l2"), (13, "13"))
    )
    assert [s.label for s in make_document(text).segments] == ["9", "10", "11", "12", "13"]
    broken = "Art. 170.\nTexte un.\n\nArt.\nI71\nTexte deux.\n\nArt. 172.\nTexte trois.\n"
    assert [s.label for s in make_document(broken).segments] == ["170", "171", "172"]


def test_a_roman_number_with_an_l_for_an_i_is_read_as_the_number() -> None:
    """ "ARTIKEL CXXlV" and "CXXVl" as scans print them: articles 124 and 126."""
    text = "".join(
        f"ARTIKEL {r}\nDie Parteien beraten über Artikel {k}.\n\n"
        for k, r in ((123, "CXXIII"), (124, "CXXlV"), (125, "CXXV"), (126, "CXXVl"))
    )
    labels = [s.label for s in make_document(text).segments]
    assert labels == ["CXXIII", "CXXIV", "CXXV", "CXXVI"]


def test_a_heading_broken_over_two_lines_on_a_scanned_page_heads_its_article(tmp_path) -> None:
    """Pages of a scan, their lines joined into paragraphs: "Artikel" / "6." / its title
    had become "Artikel" alone and a point "6. FINANZIERUNG …"."""
    from treatyviewer.io.readers import read_document

    pages = []
    for n in range(1, 9):
        head = f"Artikel {n}." if n != 6 else "Artikel\n6."
        pages.append(
            f"VERTRAG VON LUZERN    {n}\n\n{head}\nFINANZIERUNG GEMEINSAMER VORHABEN {n}\n"
            f"Die zuständigen Behörden jeder Vertragspartei können {n} Empfehlungen\n"
            f"annehmen zur Identifizierung amtlicher Dokumente der Zone {n} und zum\n"
            f"Austausch wissenschaftlicher Daten zwischen {n + 1} Vertragsparteien.\n"
        )
    path = tmp_path / "vertrag.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    doc = read_document(path)
    assert [s.label for s in doc.segments if s.label.isdigit()] == [str(n) for n in range(1, 9)]


def test_an_article_after_a_list_ending_in_a_semicolon_is_not_doubted() -> None:
    """A list's last point ends in ";" and the next article's number jumps (articles 8
    to 11 repealed): the article stands; only a word no sentence ends on ("…the
    provisions of") makes a heading after it doubtful."""
    text = (
        'Article 7\nDefinitions\n\nFor the purposes of this Regulation:\n(a) "authority" '
        'means the authority designated by a Member State;\n(b) "operator" means any '
        "person carrying on the activity;\n\nArticle 12\nEntry into force\n\nThis "
        "Regulation enters into force on the day of its publication.\n\nArticle 13\n"
        "Addressees\n\nThis Regulation is addressed to the Member States.\n"
    )
    assert [s.label for s in make_document(text).segments] == ["7", "12", "13"]


def test_a_page_number_under_an_article_word_is_not_its_number() -> None:
    """ "Article" the last line of a page, its foot's number "1" under it: the page's
    number had become the article's, and the article after it a second Article 1."""
    from treatyviewer.io.page_text import paragraphs_of

    def page(n: int, body: list[str]) -> list[str]:
        return ["Convention on Example Matters", "", *body, "", str(n)]

    pages = [
        page(1, ["Article 1", "", "The Parties agree on the first matter of this Convention.",
                 "", "Article 2", "", "The Parties agree on the second matter.", "", "Article"]),
        page(2, ["3", "", "The Parties agree on the third matter of this Convention.", "",
                 "Article 4", "", "The Parties agree on the fourth matter."]),
        page(3, ["Article 5", "", "The Parties agree on the fifth matter of this Convention.",
                 "", "Article 6", "", "This Convention enters into force on signature."]),
    ]  # fmt: skip
    text, _ = paragraphs_of(pages)
    labels = [s.label for s in make_document(text).segments]
    assert "1#2" not in labels and labels.count("1") == 1


def test_digits_misread_as_cyrillic_letters_are_read_as_digits() -> None:
    """ "Статья 1З" and "Статья 2О": a Cyrillic "З" for 3 and "О" for 0 (a scan of a
    Russian text reads its digits with the letters it reads around them)."""
    text = "".join(
        f"Статья {n}\nСтороны сотрудничают в области охраны среды, пункт {k}.\n\n"
        for k, n in ((12, "12"), (13, "1З"), (14, "14"), (19, "19"), (20, "2О"), (21, "21"))
    )
    assert [s.label for s in make_document(text).segments] == ["12", "13", "14", "19", "20", "21"]


def _numbered(numbers: list[str], first: int) -> str:
    return "".join(
        f"Article {n}.\nThe Parties shall consult each other on matter {k}.\n\n"
        for k, n in enumerate(numbers, first)
    )


def test_an_s_for_a_5_or_a_b_for_an_8_in_a_heading_number_counts_where_it_stands_in_order() -> None:
    """ "Article S37." between 536 and 538, "Article 4B0." between 479 and 481: each had
    run on inside the article before it, and the pair of it was lost on both sides."""
    text = _numbered(["535", "536", "S37", "538"], 1) + _numbered(["479", "4B0", "481"], 5)
    labels = [s.label for s in make_document(text).segments]
    assert labels == ["535", "536", "537", "538", "479", "480", "481"]
    # Out of order, such a number is a word, not a heading ("Article S37" in a short
    # text of three articles); a real "2B" after 2 keeps its letter.
    assert [s.label for s in make_document(_numbered(["1", "S37", "2"], 1)).segments] == ["1", "2"]
    labels = [s.label for s in make_document(_numbered(["1", "2", "2B", "3"], 1)).segments]
    assert labels == ["1", "2", "2B", "3"]


def test_a_running_head_between_a_heading_word_and_its_number_is_passed_over() -> None:
    """A text saved from a PDF: "Article" ended a page, the next one opened with its
    running head, and only then came "574.": the article had run on in the one before."""
    text = (
        "Article 573.\nThe Parties shall cooperate on the first matter.\n\n\nArticle\n"
        "TREATY OF LUCERNE    149\n\n574.\nThe Parties shall cooperate on the second "
        "matter.\n\nArticle 575.\nThe Parties shall cooperate on the third matter.\n"
    )
    assert [s.label for s in make_document(text).segments] == ["573", "574", "575"]


def _pages_of(tmp_path, pages: list[str]):
    from treatyviewer.io.readers import read_document

    path = tmp_path / "treaty.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    return read_document(path)


def test_an_article_number_at_a_page_top_is_not_taken_for_the_page_number(tmp_path) -> None:
    """ "Article" closed a page over its foot ("Page 5 of 9"), and the next page opened
    with its running head, then "16": the number went as a page number, and the
    article with it (the same with "Статья" / "146." at a page's foot)."""
    pages = []
    for n in range(1, 10):
        last = n == 4
        pages.append(
            f"TREATY OF LUCERNE\n\n{'16' if n == 5 else f'Article {n + 11}'}\n"
            f"Each Party shall promote the training of personnel in region {n}, and the\n"
            f"Parties shall consult each other on the allocation of quotas {n}.\n\n"
            f"{'Article' if last else ''}\n\nPage {n} of 9\n"
        )
    labels = [s.label for s in _pages_of(tmp_path, pages).segments if s.label.isdigit()]
    assert labels == [str(n + 11) for n in range(1, 10)]


def _under_heads(head: str, bodies: list[str]) -> list[str]:
    """Pages under a running head, each numbered at its foot ("Page 2 of 3")."""
    return [f"{head}\n\n{body}\n\nPage {n} of {len(bodies)}\n" for n, body in enumerate(bodies, 1)]


def test_superscript_footnotes_under_a_rule_leave_the_page_foot(tmp_path) -> None:
    """A note "⁵ See …" under a rule at a page's foot, the page ending in a word broken
    across the page ("in Gen-" / "eva."): the rule and the note had stood in the
    middle of the word, inside the article."""
    pages = _under_heads("TREATY OF LUCERNE", [
        "Article 1\nThe Parties shall consult each other without\nprejudice to⁵ the rights of "
        "third States. The Committee shall give\neffect to the rights of nationals of the other "
        "Party in Gen-\n\n_______________\n⁵ See the Protocol of 12 May 1998.",
        "eva.\n\nArticle 2\nThe Commission shall take all appropriate measures.",
        "Article 3\nThis Treaty enters into force on signature.",
    ])  # fmt: skip
    doc = _pages_of(tmp_path, pages)
    first = next(s for s in doc.segments if s.label == "1")
    body = doc.text[first.start : first.end]
    assert "in Geneva." in body and "____" not in body
    assert body.index("⁵ See the Protocol of 12 May 1998.") > body.index("Geneva.")


def test_a_square_metre_is_no_footnote_mark(tmp_path) -> None:
    """ "1 200 m²" in Article 2 and "Protocol²" in Article 3 over the page's note "² …":
    the note had been set after Article 2, its change reported there."""
    pages = _under_heads("AGREEMENT ON OFFICE PREMISES", [
        "Article 1\nThe Host State shall provide the premises in Geneva.\n\nArticle 2\nThe "
        "premises shall have a floor area of not less than 1 200 m² and\nshall be fitted out by "
        "the Host State.\n\nArticle 3\nThe Organization shall pay a rent fixed by the\n"
        "Protocol² concluded on the same day.\n\n_______________\n² Protocol on the rent of the "
        "premises, signed on 12 May 1998.",
        "Article 4\nThe Host State shall keep the premises in repair.",
        "Article 5\nThis Agreement enters into force on signature.",
    ])  # fmt: skip
    doc = _pages_of(tmp_path, pages)
    third = next(s for s in doc.segments if s.label == "3")
    assert "Protocol on the rent" in doc.text[third.start : third.end]


def test_a_small_l_after_the_digits_is_a_letter_of_the_number() -> None:
    """Dutch laws letter their inserted articles through the alphabet: "81l" comes
    after "81k", and is no misread "811"."""
    from treatyviewer.core.segment import make_document

    text = (
        "Artikel 81k\n\nDe raad stelt regels.\n\nArtikel 81l\n\nHet college voert uit.\n\n"
        "Artikel 81m\n\nDe burgemeester ziet toe.\n"
    )
    assert [s.label for s in make_document(text).segments] == ["81k", "81l", "81m"]


def test_an_article_put_in_after_a_hyphenated_number_is_cut() -> None:
    """Luxembourg's code of civil procedure puts "Art. 685-2bis." and "685-2ter." in
    after "Art. 685-2.": each is an article of its own, not the text of 685-2."""
    from treatyviewer.core.segment import make_document

    text = (
        "Art. 685-2.\n\nLa partie comparaît.\n\nArt. 685-2bis.\n\nLe greffier notifie.\n\n"
        "Art. 685-2ter.\n\nLe délai court.\n\nArt. 685-3.\n\nLa décision est motivée.\n"
    )
    labels = [s.label for s in make_document(text).segments]
    assert labels == ["685-2", "685-2bis", "685-2ter", "685-3"]
