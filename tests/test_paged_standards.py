"""A standard typed in pages, as the older Internet standards are printed.

Running heads and page footers, a table of contents whose entries end in their page
numbers with no dot leaders, paragraphs parted by blank lines, tables and lists of
names set line by line, and appendices lettered "A.", "B.", "C." without the word.
Read so, the sections are the units: never the entries of the contents, the rows of
a table or the names of a list.
"""

from __future__ import annotations

from treatyviewer.io.readers import read_document

HEAD = "RFC 9998                  Example Exchange Protocol                  May 2031"


def _foot(number: int) -> str:
    return f"Roe & Doe                    Standards Track                    [Page {number}]"


CONTENTS = [
    "Table of Contents", "",
    "   1.       Introduction                                              2",
    "   2.       Goals                                                     2",
    "   2.1.     Secondary goals                                           2",
    "   2.1.1.   MAC                                                       3",
    "   3.       Messages                                                  3",
    "   3.1.     Message layout                                            3",
    "   A.       Protocol constant values                                  4",
    "   A.1.     Record layer                                              4",
    "   B.       Glossary                                                  4",
    "   C.       Cipher suite definitions                                  5",
]  # fmt: skip

BODY = [
    "1. Introduction", "",
    "   The protocol lets two parties exchange messages over an unreliable link",
    "   and tells each of them when a message has been lost on the way.", "",
    "2. Goals", "",
    "   The goals of the protocol, in order of priority, are the following",
    "   ones; each is explained in its own subsection below.", "",
    "2.1. Secondary goals", "",
    "   Efficiency comes after correctness.", "",
    "2.1.1. MAC", "",
    "   Every record carries a code computed over its contents and the key.", "",
    "3. Messages", "",
    "   The key exchange methods are the following:", "",
    "   DHE_DSS", "   DHE_RSA", "   DH_ANON", "",
    "   Each message is sent in a record of its own.", "",
    "3.1. Message layout", "",
    "   CipherSuite                  Key Exchange  Cipher        Hash", "",
    "   TLS_NULL_WITH_NULL_NULL      NULL          NULL          NULL",
    "   TLS_RSA_WITH_NULL_MD5        RSA           NULL          MD5",
    "   TLS_RSA_WITH_NULL_SHA        RSA           NULL          SHA", "",
    "   struct {",
    "       opaque client_random[32];",
    "   } SecurityParameters;",
]  # fmt: skip

APPENDICES = [
    "B. Glossary", "",
    "   IDEA", "       A block cipher of 64 bits.", "",
    "   Message Authentication Code (MAC)",
    "       A one-way hash computed from a message and some secret data.", "",
    "C. Cipher suite definitions", "",
    "   The cipher suites defined for this version are listed in Appendix A.", "",
    "Authors", "",
    "   Tim Roe", "   Example Networks", "   EMail: roe@example.org", "",
    "   Jan Doe", "   Example University", "   EMail: doe@example.org",
]  # fmt: skip


def _pages() -> list[list[str]]:
    return [
        ["Network Working Group                                          T. Roe",
         "Request for Comments: 9998                                      J. Doe", "",
         "                     The Example Exchange Protocol", "", *CONTENTS],
        BODY[:20],
        BODY[20:],
        ["A. Protocol constant values", "",
         "   This appendix lists the values the protocol defines for its records.", "",
         "A.1. Record layer", "", "   The record layer takes messages of any size."],
        APPENDICES,
    ]  # fmt: skip


def _paged(pages: list[list[str]]) -> str:
    return "\f\n".join(
        "\n".join(([HEAD, ""] if n > 1 else []) + page + ["", "", _foot(n)])
        for n, page in enumerate(pages, 1)
    )


def test_a_standard_typed_in_pages_is_cut_at_its_sections_and_lettered_appendices(tmp_path):
    path = tmp_path / "rfc9998.txt"
    path.write_text(_paged(_pages()), "utf-8")
    doc = read_document(path)
    labels = [s.label for s in doc.segments]
    # (Two of the three sections hold subsections: those are the units there.)
    assert labels == ["preamble", "Table of Contents", "1", "2", "2.1", "3", "3.1", "A", "B", "C"]
    assert [s.kind.value for s in doc.segments[-3:]] == ["annex"] * 3
    # The names of the key exchanges and the rows of the table stay in their sections.
    by_label = {s.label: doc.text[s.start : s.end] for s in doc.segments}
    assert "DHE_DSS DHE_RSA DH_ANON" in by_label["3"]
    assert "TLS_RSA_WITH_NULL_SHA RSA NULL SHA" in by_label["3.1"]
    assert "2.1.1. MAC" in by_label["2.1"]
    # The appendix that opens a page after "} SecurityParameters;" heads its own unit.
    assert by_label["A"].startswith("A. Protocol constant values")
    assert by_label["C"].endswith("EMail: doe@example.org")
    assert "[Page" not in doc.text and "May 2031" not in doc.text


def test_the_contents_of_such_a_standard_head_no_unit_and_its_names_are_no_headings(tmp_path):
    path = tmp_path / "rfc9998.txt"
    path.write_text(_paged(_pages()), "utf-8")
    doc = read_document(path)
    headings = [s.label for s in doc.segments if s.kind.value == "heading"]
    assert headings == ["Table of Contents"]
    assert not any(s.label.endswith(("2", "3", "4", "5")) and " " in s.label for s in doc.segments)


def test_a_paged_text_without_blank_lines_still_ends_a_paragraph_at_a_short_line(tmp_path):
    """A PDF's text saved with its pages has no blank lines: a short line ends its
    paragraph there, as before."""
    lines = [
        "Article 1",
        "The Parties shall keep the peace on the whole of the frontier",
        "that the two of them agreed.",
        "Article 2",
        "The frontier runs along the river.",
    ]
    pages = [lines, ["Article 3", "This treaty enters into force on signature by both."],
             ["Article 4", "Either Party may denounce it at a year's notice."]]  # fmt: skip
    path = tmp_path / "paged.txt"
    path.write_text(_paged(pages), "utf-8")
    doc = read_document(path)
    assert [s.label for s in doc.segments] == ["1", "2", "3", "4"]
    one = doc.text[doc.segments[0].start : doc.segments[0].end]
    assert "whole of the frontier that the two of them agreed." in one


def test_two_titles_in_capitals_on_consecutive_lines_stay_two(tmp_path):
    """A licence typed in pages sets its name and "TERMS AND CONDITIONS" on two lines
    with no blank between: read as one paragraph, the heading of the terms was lost."""
    terms = [
        "                    EXAMPLE PUBLIC LICENSE",
        "   TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION", "",
        "  0. This License applies to any program which contains a notice placed",
        "by the copyright holder saying it may be distributed under its terms.", "",
    ]  # fmt: skip
    pages = [
        ["Preamble", "", "  The licenses for most software are designed to take away your",
         "freedom to share and change it.", "", *terms],
        ["  1. You may copy and distribute verbatim copies of the Program's source",
         "code as you receive it, in any medium.", "",
         "  2. You may modify your copy or copies of the Program or any portion",
         "of it, thus forming a work based on the Program."],
        ["  3. You may copy and distribute the Program in object code, provided",
         "that you also do one of the following.", "", "END OF TERMS AND CONDITIONS"],
    ]  # fmt: skip
    path = tmp_path / "licence.txt"
    path.write_text("\f\n".join("\n".join(p) for p in pages), "utf-8")
    doc = read_document(path)
    assert "EXAMPLE PUBLIC LICENSE\n\nTERMS AND CONDITIONS FOR COPYING" in doc.text
    assert "TERMS AND CONDITIONS FOR COPYING, DISTRIBUTION AND MODIFICATION" in [
        s.label for s in doc.segments
    ]


def test_a_sentence_that_runs_over_a_page_break_stays_one_paragraph(tmp_path):
    """The page's last line stops short of the width only because the page ends: where
    it ends no sentence, the next page goes on its paragraph."""
    first = [*_pages()[1][:-2], "   The record layer itself is described in the",
             "   appendix, which the reader may skip"]  # fmt: skip
    pages = [_pages()[0], first, ["   on a first reading of the protocol.", "", *_pages()[2]],
             *_pages()[3:]]  # fmt: skip
    path = tmp_path / "rfc9998.txt"
    path.write_text(_paged(pages), "utf-8")
    doc = read_document(path)
    assert "the reader may skip on a first reading of the protocol." in doc.text


def test_the_back_matter_after_the_last_appendix_is_parts_of_its_own(tmp_path):
    """Security Considerations, References and the authors' addresses, unnumbered after
    the last appendix, had run on in that appendix; "Status of this Memo" (with "this"
    in lower case) had stayed in the preamble."""
    back = ["Security Considerations", "", "   Security is discussed throughout this memo.",
            "", "References", "", "   [RFC9997] Roe, T., \"Example Records\", May 2030.", "",
            "Authors' Addresses", "", "   Tim Roe", "   Example Networks",
            "   EMail: roe@example.org"]  # fmt: skip
    pages = _pages()
    status = ["Status of this Memo", "", "   This memo is an example.", ""]
    pages[0] = [*pages[0][:5], *status, *pages[0][5:]]
    pages[-1] = pages[-1][:12] + back
    path = tmp_path / "rfc9998.txt"
    path.write_text(_paged(pages), "utf-8")
    doc = read_document(path)
    by_label = {s.label: s for s in doc.segments}
    assert [s.label for s in doc.segments][-4:] == [
        "C", "Security Considerations", "References", "Authors' Addresses",
    ]  # fmt: skip
    assert doc.text[by_label["C"].start : by_label["C"].end].endswith("listed in Appendix A.")
    assert by_label["Authors' Addresses"].reference == "Authors' Addresses"
    assert "Status of this Memo" in by_label


def test_a_back_matter_title_that_opens_an_appendix_stays_in_it() -> None:
    """ "C. Notices" over "Intellectual Property": the title heads the appendix's own
    text, and splitting it off had left "C" an empty unit."""
    from treatyviewer.core.segment import make_document

    sections = "".join(
        f"{n}. Topic {n}\n\n   Section {n} says what topic {n} requires.\n\n" for n in (1, 2, 3)
    )
    appendices = "".join(
        f"{x}. Appendix on {x}\n\n   Appendix {x} lists examples.\n\n" for x in ("A", "B")
    )
    text = (
        f"{sections}{appendices}C. Notices\n\nIntellectual Property\n\n"
        "   The notice of the rights the authors keep.\n\n"
        "Full Copyright Statement\n\n   Copyright of the example society.\n"
    )
    doc = make_document(text)
    by_label = {s.label: doc.text[s.start : s.end] for s in doc.segments}
    assert list(by_label)[-3:] == ["B", "C", "Full Copyright Statement"]
    assert "the rights the authors keep" in by_label["C"]


def _topics(last: int) -> str:
    return "".join(
        f"{n}. Topic number {n}\n\n   Section {n} says at length what topic {n} asks "
        f"of every sender and every receiver of records of kind {n}.\n\n"
        for n in range(1, last + 1)
    )


LETTERED = "".join(
    f"{x}. Appendix on {x}\n\n   Appendix {x} lists examples of kind {x}.\n\n" for x in "ABC"
)


def _paired_for_review(old: str, new: str, labels: tuple[str, str]) -> None:
    """The two texts compare with the unit ``labels`` names in each paired, for review,
    and nothing removed or added."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document

    cmp = compare(make_document(old), make_document(new))
    pairs = {(*cmp.label_of("old", p.old), *cmp.label_of("new", p.new)): p for p in cmp.pairs}
    assert pairs[labels].confidence < 0.9  # offered for review
    assert not cmp.removed and not cmp.added


def test_a_part_numbered_in_the_next_version_is_paired_by_its_title() -> None:
    """ "Security Considerations", unnumbered after the appendices of one version and
    section 4 of the next (its one sentence reworded): paired by the title they share,
    for review; it had been removed and added."""
    old = f"{_topics(3)}{LETTERED}Security Considerations\n\n   Security issues are discussed.\n"
    new = (
        f"{_topics(3)}4. Security Considerations\n\n   Security is discussed throughout"
        f" this memo, especially in Appendix B.\n\n{LETTERED}"
    )
    _paired_for_review(old, new, ("Security Considerations", "4"))


def test_a_part_numbered_and_rewritten_whole_is_still_paired_by_its_title() -> None:
    """RFC 2460's one-sentence "Security Considerations", set unnumbered after the
    appendices, became RFC 8200's section 10 of many paragraphs: few of their words
    meet, yet one version numbers what the other names by its title alone, so the
    title is what says which it is. "References" is one part of the back matter
    however short its title. Both had been removed and added."""
    old = (
        f"{_topics(3)}{LETTERED}Security Considerations\n\n   The security features of"
        " this protocol are described in the Security Architecture for the Internet"
        ' Protocol [RFC-2401].\n\nReferences\n\n   [RFC-2401] Kent, S., "Security'
        ' Architecture for the Internet Protocol", November 1998.\n'
    )
    new = (
        f"{_topics(3)}4. Security Considerations\n\n   From the viewpoint of the basic"
        " format of records, eavesdropping, replay, insertion and deletion of packets"
        " remain possible.\n\n   Records can be protected from such attacks by use of"
        ' the "Security Architecture for the Internet Protocol" [RFC4301].\n\n'
        "   Denial of service is outside the scope of this memo.\n\n5. References\n\n"
        '   [RFC4301] Kent, S. and K. Seo, "Security Architecture for the Internet'
        ' Protocol", December 2005.\n\n   [RFC7045] Carpenter, B., "Transmission'
        ' and Processing of Extension Headers", December 2013.\n\n'
        f"{LETTERED}"
    )
    _paired_for_review(old, new, ("Security Considerations", "4"))
    _paired_for_review(old, new, ("References", "5"))


def test_the_editors_address_numbered_is_the_authors_address_after_the_appendices() -> None:
    """ "7. Editor's Address" in one version, "Author's Address" unnumbered after the
    appendices of the next (the same person, moved): one part of the back matter,
    paired for review; they had been removed and added."""
    person = "Peter Roe\n   Example Networks Incorporated\n   5775 Harbour Drive\n"
    old = f"{_topics(6)}7. Editor's Address\n\n   {person}   Phone: +1 858 651 4478\n\n{LETTERED}"
    new = f"{_topics(6)}{LETTERED}Author's Address\n\n   {person}   EMail: roe@example.org\n"
    _paired_for_review(old, new, ("7", "Author's Address"))


def test_an_appendix_lettered_alone_and_headed_by_the_word_is_not_renumbered() -> None:
    """ "C.  CipherSuite definitions" in one version, "Appendix C.  Cipher Suite
    Definitions" in the next: the same appendix, not one renumbered (C counted as a
    letter on one side and as the roman 100 on the other)."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document

    sections = "".join(
        f"{n}. Topic {n}\n\n   Section {n} says what topic {n} requires of a sender.\n\n"
        for n in (1, 2, 3)
    )

    def version(word: str) -> str:
        return sections + "".join(
            f"{word}{x}. Appendix on {x}\n\n   Appendix {x} lists the examples of kind {x}.\n\n"
            for x in ("A", "B", "C", "D")
        )

    cmp = compare(make_document(version("")), make_document(version("Appendix ")))
    annexes = [p for p in cmp.pairs if cmp.label_of("old", p.old)[0] in "ABCD"]
    assert [cmp.label_of("new", p.new) for p in annexes] == [["A"], ["B"], ["C"], ["D"]]
    assert not any(p.renumbered for p in annexes)


def _read_lines(path, lines):  # type: ignore[no-untyped-def]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_document(path)


def test_a_standard_of_two_pages_loses_its_foot_and_running_head(tmp_path):
    """One page break only: nothing repeats, so the foot and the head over the next
    page stayed as text, and each headed a unit of its own ("Roe & Doe Standards
    Track [Page 1]" added). A line that only ends in "Page 3" stays."""
    lines = [
        "1. Introduction", "",
        "   The protocol lets two parties exchange messages over an unreliable",
        _foot(1), "\f" + HEAD, "",
        "   link and tells each of them when a message was lost.", "",
        "2. Goals", "",
        "   Messages are short.", "",
        "3. Messages", "",
        "   Each message carries its number.",
    ]  # fmt: skip
    doc = _read_lines(tmp_path / "two-pages.txt", lines)
    assert [s.label for s in doc.segments] == ["1", "2", "3"]
    assert "Standards Track" not in doc.text and "May 2031" not in doc.text
    assert "unreliable\n   link and tells" in doc.text  # the sentence goes on
    assert any("header/footer lines removed" in w for w in doc.warnings)
    plain = tmp_path / "plain.txt"
    plain.write_text("Article 1\n\nThe figures are as shown on Page 3\n\fArticle 2\n\nMore.\n")
    doc = read_document(plain)
    assert "as shown on Page 3" in doc.text and not doc.warnings


def test_test_vectors_in_capitals_and_a_short_leader_head_no_unit(tmp_path):
    """RFC 4648 read its test vectors ('BASE64("") = ""') as headings of units of their
    own, and a contents entry whose long title left room for two dots ("… Encoded
    Data ..4") as a section of the text."""
    lines = [
        "Table of Contents", "",
        "   1. Introduction ....................................................2",
        "   2. Implementation Discrepancies ....................................2",
        "      2.1. Line Feeds in Encoded Data .................................2",
        "      2.2. Interpretation of Non-Alphabet Characters in Encoded Data ..2",
        "      2.3. Choosing the Alphabet ......................................3",
        "   3. Test Vectors ....................................................3", "",
        "1.  Introduction", "",
        "   This document describes the encodings.", "",
        "2.  Interpretation of Non-Alphabet Characters in Encoded Data", "",
        "   Implementations reject characters outside the alphabet.", "",
        "3.  Test Vectors", "",
        '   BASE64("") = ""', "",
        '   BASE64("f") = "Zg=="', "",
        '   BASE16("") = ""', "",
        '   BASE16("f") = "66"', "",
        "4.  Security Considerations", "",
        "   None are known.",
    ]  # fmt: skip
    doc = _read_lines(tmp_path / "vectors.txt", lines)
    labels = [s.label for s in doc.segments if s.label not in ("preamble",)]
    assert labels == ["1", "2", "3", "4"], labels


def test_reply_codes_listed_in_a_section_are_not_the_units(tmp_path):
    """RFC 5321's sections run 1 to 10; a section lists reply codes "501" to "504"
    with their meanings, and those four were taken for the units of the whole text
    (a run of numbers with titles, ranked above the sections' "1." to "10.")."""
    lines = []
    for n, title in enumerate(("Introduction", "Model", "Procedures", "Replies",
                               "Security", "References"), start=1):  # fmt: skip
        lines += [
            f"{n}.  {title}",
            "",
            f"   The {title.lower()} of the protocol are set out here.",
            "",
        ]
        if title == "Replies":
            lines += ["   These codes answer a command that was not understood:", ""]
            lines += [f"   {code} {text}" for code, text in (
                ("501", "Syntax error in parameters or arguments"),
                ("502", "Command not implemented"),
                ("503", "Bad sequence of commands"),
                ("504", "Command parameter not implemented"))]  # fmt: skip
            lines.append("")
    doc = _read_lines(tmp_path / "codes.txt", lines)
    assert [s.label for s in doc.segments] == ["1", "2", "3", "4", "5", "6"]
    assert "503 Bad sequence of commands" in doc.text[doc.segments[3].start : doc.segments[3].end]


def test_an_appendix_named_where_a_changed_line_wraps_leaves_the_back_matter_its_units(tmp_path):
    """A change list's item that wraps after "(new)" onto "Appendix A." went on: the
    name had opened an appendix of its own after the last one, and the titled back
    matter above the list (Security Considerations, References) stayed in Appendix B."""
    lines = [
        "1. Introduction", "",
        "   The protocol lets two parties exchange messages over a link.", "",
        "2. Goals", "",
        "   Messages are short.", "",
        "Appendix B. Formatting Guidelines for Options", "",
        "   This appendix gives advice on how to lay out the fields.", "",
        "Security Considerations", "",
        "   The security features are described in another memo.", "",
        "References", "",
        "   [RFC-2401]   Kent, S., \"Security Architecture\", RFC 2401.", "",
        "CHANGES SINCE RFC-1883", "",
        "   This memo has the following changes from RFC-1883.", "",
        "    02) Removed all references to jumbograms (moved elsewhere).", "",
        "    02) Moved most of Flow Label description from section 6 to (new)",
        "        Appendix A.", "",
        "    02) Renumbered the previous Appendix A to be Appendix B.",
    ]  # fmt: skip
    doc = _read_lines(tmp_path / "rfc2460.txt", lines)
    labels = [s.label for s in doc.segments]
    assert labels == ["1", "2", "B", "Security Considerations", "References",
                      "CHANGES SINCE RFC-1883"]  # fmt: skip
    changes = doc.segments[-1]
    assert "to (new)\n        Appendix A." in doc.text[changes.start : changes.end]
    paged = tmp_path / "rfc2460-paged.txt"  # lines rejoined as a paged text's are
    paged.write_text(_paged([lines[:8], lines[8:16], lines[16:]]), "utf-8")
    assert [s.label for s in read_document(paged).segments] == labels


def test_command_names_over_their_reply_codes_and_a_session_transcript_head_no_unit():
    """RFC 5321's list of commands, each name in capitals over its reply codes ("MAIL"
    over "S: 250  E: 552, 451"), had made nine headings that ended section 4.3 and
    turned 4.4 and 4.5 into headings too; a transcript line "S: 250 OK C: QUIT" in
    an appendix had headed a unit. Both stay in their sections."""
    from treatyviewer.core.segment import make_document

    commands = "".join(
        f"   {name}\n\n      S: 250\n      E: 552, 451, 452, 550\n\n"
        for name in ("MAIL", "RCPT", "DATA", "QUIT")
    )
    text = (
        "1. Introduction\n\n   The protocol moves mail between hosts over a link.\n\n"
        "2. Commands\n\n   The replies each command may bring are as follows.\n\n"
        f"{commands}"
        "3. Trace Information\n\n   A server adds a line to the head of each message.\n\n"
        "Appendix D. Scenarios\n\n   A session between two hosts runs as follows.\n\n"
        "   S: 250 OK C: QUIT\n\n   S: 221 foo.com Service closing transmission channel\n"
    )
    doc = make_document(text)
    assert [s.label for s in doc.segments] == ["1", "2", "3", "D"]
    assert "QUIT" in doc.segment_text(doc.segments[1])
    assert doc.segment_text(doc.segments[3]).endswith("closing transmission channel")


def test_a_standard_whose_form_feeds_were_lost_reads_as_with_them(tmp_path):
    """RFC 4627 as copied from a web page has no form feeds: its running heads and page
    feet were read as text, and those on lines of their own headed units of their own
    ("Crockford  Informational  [Page 7]"). Each foot, the same line but for its rising
    page number, a page after the last, marks again where a page ended."""
    paged, lost = tmp_path / "paged.txt", tmp_path / "lost.txt"
    paged.write_text(_paged(_pages()), "utf-8")
    lost.write_text(_paged(_pages()).replace("\f", ""), "utf-8")
    with_feeds, without = read_document(paged), read_document(lost)
    assert [s.label for s in without.segments] == [s.label for s in with_feeds.segments]
    assert without.text == with_feeds.text
    assert "[Page" not in without.text and "May 2031" not in without.text
    # copied with a blank line where each form feed stood
    blank = tmp_path / "blank.txt"
    blank.write_text(_paged(_pages()).replace("\f", "\n"), "utf-8")
    assert read_document(blank).text == with_feeds.text


def test_lines_ending_in_rising_numbers_close_together_are_no_page_feet(tmp_path):
    """A list sets its entries' numbers far apart too, one entry after the other: no
    page ended there."""
    lines = ["Procedure", ""]
    for n in (1, 2, 3):
        lines += [f"   Step                                            {n}", ""]
    lines += [
        "1. Introduction",
        "",
        "   The protocol is simple.",
        "",
        "2. Scope",
        "",
        "   It applies.",
    ]
    path = tmp_path / "steps.txt"
    path.write_text("\n".join(lines), "utf-8")
    doc = read_document(path)
    assert "Step 2" in " ".join(doc.text.split())
    assert not any("header/footer" in w for w in doc.warnings)
    # A housing benefit act's table of maximum rents, set as a list: each household
    # size ("*    *   1") over the six rows of its rent levels, a dozen lines apart.
    table = ["§ 12 Höchstbeträge", "", "Der Höchstbetrag beträgt:", ""]
    for size in (1, 2, 3):
        table += [f"*    *   {size}", ""]
        for level, rent in zip(
            ("I", "II", "III", "IV", "V", "VI"), range(292, 400, 18), strict=True
        ):
            table += [f"    *   {level}", "", f"    *   {rent + size}", "", ""]
    path = tmp_path / "table.md"
    path.write_text("\n".join([*table, "§ 13 Ende", "", "Text."]), "utf-8")
    doc = read_document(path)
    assert not any("header/footer" in w for w in doc.warnings)
