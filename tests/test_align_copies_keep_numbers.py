"""Articles worded exactly alike read the same to any counterpart; in a text that keeps
its numbers, the copy whose number the other text keeps is the counterpart. A text
repeating one clause as every article, with every eleventh article struck out, had its
copies paired shifted by one: "11 → 12 renumbered", and 12 called removed."""

from __future__ import annotations

from synthetic import family_pair
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

CLAUSE = (
    "The Parties shall cooperate in the protection of the software and the License granted "
    "under this Agreement, and shall inform each other of any measure taken."
)


def edited(n: int) -> str:
    text = CLAUSE
    if n % 3 == 0:
        text = text.replace("software", "programs")
    if n % 7 == 0:
        text = text.replace("License", "Licence")
    return text


def labelled_links(
    old_text: str, new_text: str
) -> tuple[set[tuple[str, str]], list[str], list[str]]:
    """The one-to-one links by label, and the labels removed and added."""
    old, new = make_document(old_text), make_document(new_text)
    cmp = compare(old, new)
    links = {
        (old.segments[p.old[0]].label, new.segments[p.new[0]].label)
        for p in cmp.pairs
        if len(p.old) == len(p.new) == 1
    }
    removed = [old.segments[i].label for i in cmp.removed]
    return links, removed, [new.segments[j].label for j in cmp.added]


def test_the_copy_under_the_kept_number_is_the_counterpart() -> None:
    old = "\n\n".join(f"Article {n}\n\n{CLAUSE}" for n in range(1, 41))
    new = "\n\n".join(f"Article {n}\n\n{edited(n)}" for n in range(1, 41) if n % 11)
    links, removed, _ = labelled_links(old, new)
    assert removed == ["11", "22", "33"]
    assert all(a == b for a, b in links if a != "preamble"), sorted(links)


def test_copies_in_a_renumbered_text_keep_the_texts_order() -> None:
    """Where the numbers shift (article 3 struck out, the rest renumbered), two copies
    keep their order: the kept labels say nothing there."""
    bodies = [f"Article text number {n} on the matter of clause {n}." for n in range(1, 13)]
    bodies[4] = bodies[5] = CLAUSE  # articles 5 and 6 worded alike
    old = "\n\n".join(f"Article {n}\n\n{b}" for n, b in enumerate(bodies, 1))
    kept = bodies[:2] + bodies[3:]
    new = "\n\n".join(f"Article {n}\n\n{b}" for n, b in enumerate(kept, 1))
    links, removed, _ = labelled_links(old, new)
    assert ("5", "4") in links and ("6", "5") in links
    assert removed == ["3"]


def test_a_copy_put_in_elsewhere_does_not_take_an_article_from_its_number() -> None:
    """Old 6 is a stock clause; the later text edits it under its number and puts the
    clause in again, word for word, as 2a. Old 6 is new 6 edited, and 2a is new."""
    bodies = [
        f"The Parties shall settle matter number {n} of this Act by agreement."
        for n in range(1, 11)
    ]
    bodies[5] = CLAUSE
    old = "\n\n".join(f"Article {n}\n\n{b}" for n, b in enumerate(bodies, 1))
    labels = ["1", "2", "2a", *map(str, range(3, 11))]
    news = [*bodies[:2], CLAUSE, *bodies[2:]]
    news[labels.index("6")] = CLAUSE.replace("any measure taken", "every measure taken or planned")
    new = "\n\n".join(f"Article {label}\n\n{b}" for label, b in zip(labels, news, strict=True))
    links, _, added = labelled_links(old, new)
    assert ("6", "6") in links
    assert added == ["2a"]


def test_a_link_keeping_its_number_is_at_worst_offered_for_review() -> None:
    """In a law amended in place whose articles are often one of a few stock clauses,
    pairs and merges under their own numbers came out at 0.01 to 0.5 confidence (every
    copy a rival), though right: they are asked about, at 0.6, not all but dismissed."""
    pair = family_pair("amended", 300, 101)
    old, new = make_document(pair.old_text), make_document(pair.new_text)
    cmp = compare(old, new)
    kept = [
        p
        for p in cmp.pairs
        if old.segments[p.old[0]].label == new.segments[p.new[0]].label
        and p.old[-1] - p.old[0] == len(p.old) - 1
        and p.new[-1] - p.new[0] == len(p.new) - 1
    ]
    assert len(kept) > 250
    assert min(p.confidence for p in kept) >= 0.6


def test_a_part_put_in_under_a_copys_number_stays_with_it() -> None:
    """Articles 3, 9 and 10 are one stock clause of two sentences; the later text keeps
    its numbers, strikes out 3 and 9 and cuts 10 in two, its second sentence edited
    as "10a". Paired with old 10 until new 10 took that copy, 10a had been handed a
    copy struck out elsewhere ("3 → 10a", 3 read as kept): it is the rest of 10."""
    first = "The neighbouring States undertake to facilitate the powers of the consuls."
    second = "The military command shall ensure the return of prisoners of war."
    places = ["Kars", "Ardahan", "Batum", "Erivan", "Tiflis", "Olty", "Poti", "Igdir"]

    def own(n: int) -> str:
        return (
            f"The Government of {places[n % 8]} undertakes to guarantee matter {n} at "
            f"{places[(n * 3 + 1) % 8]}. Each Party shall settle claim {n} by agreement "
            f"within {n + 20} days."
        )

    stock = {3, 9, 10}
    olds = [(str(n), f"{first} {second}" if n in stock else own(n)) for n in range(1, 31)]
    news: list[tuple[str, str]] = []
    for label, text in olds:
        if label == "10":
            news += [(label, first), ("10a", second.replace("ensure", "secure"))]
        elif label not in ("3", "9"):
            news.append((label, text))
    old = "\n\n".join(f"Article {n}\n\n{b}" for n, b in olds)
    new = "\n\n".join(f"Article {n}\n\n{b}" for n, b in news)
    old_doc, new_doc = make_document(old), make_document(new)
    cmp = compare(old_doc, new_doc)
    groups = {
        (
            tuple(old_doc.segments[i].label for i in p.old),
            tuple(new_doc.segments[j].label for j in p.new),
        )
        for p in cmp.pairs
    }
    assert (("10",), ("10", "10a")) in groups, sorted(g for g in groups if g[0] != g[1])
    assert sorted(old_doc.segments[i].label for i in cmp.removed) == ["3", "9"]
