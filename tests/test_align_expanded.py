"""An article grown around its old text, under a title that keeps its old one, is
that article: "Composition" (two lines) became "Composition of the Board" (five
paragraphs) among articles put in beside it, in a real association's statutes."""

from __future__ import annotations

from alignment_score import label_links
from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

ARTICLES = [
    ("Name", "The association is called the Riverside Choral Society and is registered in Leeds."),
    ("Seat", "The seat of the association is the parish hall on Wharf Street in the city."),
    ("Aims", "The society promotes choral singing, teaches young voices and keeps local songs."),
    ("Activities", "It gives concerts at Easter and Christmas and tours abroad every third year."),
    ("Admission", "Anyone over twelve may join after an audition held by the music director."),
    ("Dues", "Each singer pays yearly dues fixed by the general meeting before each season."),
    ("Rights", "Every singer may vote, stand for office and borrow scores from the library."),
    ("Duties", "Singers attend rehearsals on Tuesday evenings and return borrowed scores."),
    ("Leaving", "A singer may leave by a letter to the secretary at any time of the season."),
    ("Exclusion", "Persistent absence or conduct harming the society may lead to exclusion."),
    ("General meeting", "The general meeting of all singers is the supreme body of the society."),
    ("Calling the meeting", "It is called each October by a notice posted three weeks ahead."),
    ("Quorum", "Business may be done when a third of the singers are present in person."),
    ("Voting", "Each present singer has one vote; proxies are not admitted at any meeting."),
    (
        "Composition",
        "The board of the society is made up of the Chair, the Vice-Chair, the "
        "Secretary, the Treasurer, two Members and one Member for each Section of the choir.",
    ),
    ("Election", "The board is elected for two years by secret ballot at the general meeting."),
    (
        "Board meetings",
        "The board meets monthly; the chair has a casting vote when votes are tied.",
    ),
    ("Music director", "The music director chooses the repertoire and leads every rehearsal."),
    ("Accounts", "The treasurer keeps the books and presents audited accounts each October."),
    ("Funds", "Funds come from dues, ticket sales, grants and gifts made to the society."),
    ("Property", "Scores, risers and the piano belong to the society and are insured yearly."),
    ("Amendment", "These statutes may be amended by two thirds of the votes cast at a meeting."),
    ("Dissolution", "On dissolution the remaining assets go to a music school in the county."),
    ("Entry into force", "These statutes take effect on the day the general meeting adopts them."),
]
GROWN = (
    "1. The board governs, runs and stands for the society. It is made up of the Chair, the "
    "Vicechair, the Secretary, the Treasurer and, at least, one Member.\n\n2. No person may hold two of these offices at once, and the board "
    "should, as far as it can, reflect every voice part of the choir.\n\n3. Members of the board "
    "must have sung with the society for a full season before they stand.\n\n4. Board members "
    "serve without pay but are refunded expenses they can show receipts for.\n\n5. A change in "
    "the board is reported to the charities register within a month.\n\n6. The general "
    "meeting of the singers may remove a member of the board of the society by a vote of two "
    "thirds of the singers present, and the board then calls an election for that office."
)
PUT_IN = [
    ("Minutes", "The secretary writes the minutes of each meeting and sends them to all singers."),
    (
        "Changing the statutes",
        "A proposal to change the statutes is sent out with the notice of "
        "the meeting that will vote on it.",
    ),
]


SHARED = [
    "The board of the society reports on this to the general meeting of the singers.",
    "The general meeting of the singers may ask the board of the society to act on it.",
    "The secretary of the board keeps a record of it for the singers of the society.",
]
"""Sentences that statutes repeat from article to article, so that two unrelated
articles share much of their wording."""


def document(articles: list[tuple[str, str]]) -> str:
    return "\n\n".join(
        f"Article {k}. {title}\n\n{body} {SHARED[len(title) % 3]}"
        for k, (title, body) in enumerate(articles, 1)
    )


def test_an_article_grown_under_a_longer_title_pairs_with_its_old_self() -> None:
    new = list(ARTICLES)
    new[14] = ("Composition of the board", GROWN)
    new[14:14] = PUT_IN
    old_doc, new_doc = make_document(document(ARTICLES)), make_document(document(new))
    alignment = align(old_doc, new_doc)
    links = label_links(old_doc, new_doc, alignment)
    assert ("15", "17") in links
    assert {new_doc.segments[j].label for j in alignment.added} == {"15", "16"}
    assert not alignment.removed


def test_the_text_summary_says_which_pairs_are_to_review() -> None:
    """A pair offered for review read like any other in `compare --format text`: a
    reader of the terminal could not tell it from a sure one."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.comparison_text import comparison_text

    new = list(ARTICLES)
    new[14] = ("Composition of the board", GROWN)
    new[14:14] = PUT_IN
    cmp = compare(make_document(document(ARTICLES)), make_document(document(new)))
    lines = comparison_text(cmp).splitlines()
    grown = next(line for line in lines if line.split()[:3] == ["15", "→", "17"])
    assert "to review: confidence 0.80" in grown
    assert "1 to review: paired with confidence below 0.90" in lines
    assert sum("to review" in line for line in lines) == 2
