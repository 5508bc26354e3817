"""Notes in the inline redline sit on the words they were made on, struck or not."""

from __future__ import annotations

from treatyviewer.core.annotations import Annotation, Target, new_id
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document
from treatyviewer.io.export import make_report

OLD = (
    "Treaty\n\nArticle 1\n\nThe frontier shall be marked within thirty days by a mixed "
    "commission of engineers and the governors of both provinces.\n\n"
    "Article 2\n\nTrade shall be free.\n"
)
NEW = (
    "Treaty\n\nArticle 1\n\nThe frontier shall be marked within sixty days by a "
    "commission of surveyors.\n\nArticle 2\n\nTrade shall be free.\n"
)


def _note(doc, side_source: str, exact: str, text: str) -> Annotation:
    start = doc.text.index(exact)
    target = Target(side_source, segment="1", exact=exact, start=start, end=start + len(exact))
    return Annotation(new_id(), (target,), note=text)


def _inline(notes: list[Annotation]):
    cmp = compare(make_document(OLD, "old", "old.txt"), make_document(NEW, "new", "new.txt"))
    report = make_report(cmp, notes, reader="Reader")
    [block] = [b for b in report.blocks if b.old_labels == ("1",)]
    return cmp, report, block.inline_runs


def _noted(runs, number: int) -> list[tuple[str, str]]:
    """(kind, text) of the runs a note covers, and the run before its marker."""
    return [(r.kind, r.text) for r in runs if number in r.notes]


def _covered(exact: str, text: str):  # type: ignore[no-untyped-def]
    """A note on ``exact`` in the older text: the redline's runs, the note's number
    and (kind, text) of the runs it covers."""
    old = make_document(OLD, "old", "old.txt")
    _, report, runs = _inline([_note(old, "old.txt", exact, text)])
    [placed] = [n for b in report.blocks for n in b.notes]
    return runs, placed.number, _noted(runs, placed.number)


def test_a_note_on_struck_words_stays_on_them_in_the_redline() -> None:
    runs, number, covered = _covered("the governors of both provinces", "Who governed?")
    assert covered and all(kind in ("delete", "replace_old") for kind, _ in covered), covered
    assert "".join(text for _, text in covered).strip() == "the governors of both provinces"
    # The marker follows the struck words, not the new wording after them.
    texts = [r.text for r in runs]
    marker = texts.index(f"[{number}]")
    assert texts[marker - 1].rstrip().endswith("provinces"), texts[marker - 3 : marker + 1]


def test_a_note_on_words_kept_moves_onto_the_newer_text_whole() -> None:
    _, _, covered = _covered("The frontier shall be marked", "The frontier line")
    assert "".join(text for _, text in covered) == "The frontier shall be marked"
    assert {kind for kind, _ in covered} == {"equal"}


def test_a_change_s_tag_follows_the_whole_word_it_ends_in() -> None:
    """ "6 figure,000,000" and "archive/1921 figure/moscow": a tag cut a number and a web
    address where the change ended inside them."""
    from treatyviewer.io.report_model import build_report

    old = "Treaty\n\nArticle 1\n\nThe toll is 6,000,000 marks, see example.org/archive/1921/toll.\n"
    new = "Treaty\n\nArticle 1\n\nThe toll is 7,000,000 marks, see example.org/archive/1922/toll.\n"
    cmp = compare(make_document(old, "old"), make_document(new, "new"))
    [block] = [b for b in build_report(cmp, [], []).blocks if b.old_labels == ("1",)]
    runs = block.new_runs
    text = "".join(r.text if r.kind != "tag" else f" [{r.text}]" for r in runs)
    assert "7,000,000 [figure] marks" in text, text
    assert "archive/1922/toll [figure]." in text, text


def test_a_note_ending_where_words_were_put_in_stops_before_them() -> None:
    """Draft Art. 5's note on "conference of the Black Sea States" took in, in the inline
    PDF, the whole clause the treaty added after "States", its marker after
    "Constantinople"."""
    old = "Treaty\n\nArticle 1\n\nIt is left to a later conference of the Black Sea States.\n"
    new = (
        "Treaty\n\nArticle 1\n\nIt is left to a later conference of the littoral States, "
        "on condition that it respects the sovereignty of Turkey.\n"
    )
    older = make_document(old, "old", "old.txt")
    exact = "conference of the Black Sea States"
    start = older.text.index(exact)
    note = Annotation(
        new_id(),
        (Target("old.txt", segment="1", exact=exact, start=start, end=start + len(exact)),),
        note="Who sits?",
    )
    cmp = compare(older, make_document(new, "new", "new.txt"))
    [block] = [b for b in make_report(cmp, [note], reader="R").blocks if b.old_labels == ("1",)]
    covered = "".join(t for _, t in _noted(block.inline_runs, 1))
    assert covered.endswith("States") and "sovereignty" not in covered, covered
    texts = [r.text for r in block.inline_runs]
    assert texts[texts.index("[1]") - 1].endswith("States"), texts


def test_a_note_on_struck_and_kept_words_is_marked_after_the_kept_ones() -> None:
    """A reader's note on "the governors of both provinces." (struck words, then the kept
    stop) had no marker in the inline PDF; its span was placed by counting the struck
    words as if they were kept."""
    runs, number, covered = _covered("the governors of both provinces.", "Who governed?")
    assert covered, runs
    texts = [r.text for r in runs]
    assert f"[{number}]" in texts, texts
