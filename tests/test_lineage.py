"""What became of each article across a chain of versions, judged against scripted truth."""

from __future__ import annotations

from itertools import pairwise

import pytest

from synthetic_chain import make_chain
from treatyviewer.core.chain import SCHEMA, build_chain
from treatyviewer.core.comparison import SCHEMA as COMPARISON_SCHEMA
from treatyviewer.core.segment import make_document


@pytest.fixture(scope="module")
def scripted():
    chain = make_chain()
    return chain, build_chain([make_document(t) for t in chain.texts])


def _paths(chain):
    return {tuple(tuple(chain.labels(s)) for s in lin.steps) for lin in chain.lineages}


def _lineage(chain, version, label):
    index = chain.documents[version].index_of(label)
    return chain.lineages[chain.lineage_of(version, index)]


def _statuses(lin):
    return [s.status for s in lin.steps]


def test_four_versions_give_exactly_the_scripted_lineages(scripted):
    truth, chain = scripted
    assert len(chain.documents) == 4 and len(chain.comparisons) == 3
    assert _paths(chain) == truth.truth


def test_every_relation_is_named_at_its_step(scripted):
    _, chain = scripted
    # article 1 is carried over unchanged twice, then edited
    assert _statuses(_lineage(chain, 0, "1")) == ["present", "unchanged", "unchanged", "modified"]
    # article 3 is split in two, one half edited, the other half later dropped
    assert _statuses(_lineage(chain, 0, "3")) == ["present", "split", "modified", "modified"]
    # 4 and 5 merge into one article, which then lives on unchanged
    merged = _lineage(chain, 0, "4")
    assert merged is _lineage(chain, 0, "5")
    assert _statuses(merged)[1] == "merged"
    # article 8 is removed and never comes back
    assert _statuses(_lineage(chain, 0, "8")) == ["present", "removed", "absent", "absent"]
    # article 7 moves to the end and is renumbered
    moved = _lineage(chain, 0, "7")
    assert moved.at(1).moved and moved.at(1).renumbered


def test_an_article_that_skips_a_version_comes_back_in_the_same_lineage(scripted):
    _, chain = scripted
    f = _lineage(chain, 0, "6")
    assert _statuses(f) == ["present", "removed", "returned", "unchanged"]
    assert f.at(2).since == 0
    assert f.at(2).pairs and f.at(2).pairs[0].changes, "the return shows its word changes"
    k = _lineage(chain, 0, "11")
    assert _statuses(k) == ["present", "unchanged", "removed", "returned"]
    assert k.at(3).since == 1


def test_additions_and_later_removals(scripted):
    _, chain = scripted
    x = _lineage(chain, 1, "VII")
    assert _statuses(x) == ["absent", "added", "modified", "modified"]
    y = _lineage(chain, 2, "12")
    assert _statuses(y) == ["absent", "absent", "added", "removed"]


def test_lineages_follow_the_first_text_and_each_newcomer_follows_its_neighbour(scripted):
    """The order a reader meets the articles in, reading from the first version on:
    the window's table and every report number the lineages so."""
    _, chain = scripted
    first = [label for lin in chain.lineages for label in chain.labels(lin.at(0))]
    assert first == [s.label for s in chain.documents[0].segments]
    for k in range(1, len(chain.documents)):
        order = {id(lin): n for n, lin in enumerate(chain.lineages)}
        here = sorted(
            (min(lin.at(k).segments), order[id(lin)]) for lin in chain.lineages if lin.at(k).present
        )
        for (_, before), (_, n) in pairwise(here):
            lin = chain.lineages[n]
            if not any(lin.at(v).present for v in range(k)):  # new in version k
                assert n > before  # after the article it follows there


def test_json_holds_documents_neighbouring_comparisons_and_lineages(scripted):
    _, chain = scripted
    data = chain.to_json()
    assert data["schema"] == SCHEMA
    assert [d["version"] for d in data["documents"]] == [0, 1, 2, 3]
    assert [c["schema"] for c in data["comparisons"]] == [COMPARISON_SCHEMA] * 3
    assert len(data["lineages"]) == len(chain.lineages)
    returned = [s for lin in data["lineages"] for s in lin if s["status"] == "returned"]
    assert {(s["version"], s["since"]) for s in returned} == {(2, 0), (3, 1)}


def test_a_two_text_chain_matches_its_comparison():
    truth = make_chain()
    chain = build_chain([make_document(t) for t in truth.texts[:2]])
    cmp = chain.comparisons[0]
    assert len(chain.lineages) == len(cmp.pairs) + len(cmp.added) + len(cmp.removed)


def test_a_renumbered_then_repealed_article_says_so_at_each_step():
    """Art. 37 of 1931 became Art. 40 of 1935 word for word, and 1940 struck it out under
    its number: the pair view said "renumbered", then "repealed", while the lineage said
    "unchanged", then "modified", and a filter for "repealed" found nothing."""
    from treatyviewer.core.chain import chain_json
    from treatyviewer.io.lineage_table import lineage_text, step_note

    bodies = ["La ley regula los archivos.", "Se crea el consejo.", "Los archivos se conservan."]
    kept = "El consejo publica un informe anual sobre los archivos municipales."

    def text(numbers: list[int], last: str) -> str:
        arts = [f"Artículo {n}. {b}" for n, b in zip(numbers, bodies, strict=True)]
        return "\n\n".join([*arts, f"Artículo {numbers[-1] + 1}. {last}"]) + "\n"

    texts = [text([35, 36, 37], kept), text([38, 39, 40], kept), text([38, 39, 40], "(Derogado)")]
    chain = build_chain([make_document(t) for t in texts])
    line = _lineage(chain, 0, "38")
    assert [chain.labels(s) for s in line.steps] == [["38"], ["41"], ["41"]]
    assert [s.shown_status for s in line.steps] == ["present", "renumbered", "repealed"]
    assert [step_note(chain, s) for s in line.steps[1:]] == ["renumbered", "repealed"]
    steps = next(
        lin for lin in chain_json(chain)["lineages"] if lin[0]["labels"] == ["38"]
    )  # fmt: skip
    assert [s.get("repealed") for s in steps[1:]] == [False, True]
    assert "38 → 41 (renumbered) → 41 (repealed)" in lineage_text(chain)


def test_an_article_added_then_merged_is_added_where_it_came_in():
    """v2 adds Art. 4 and v3 merges it into Art. 2: the lineage of Art. 2 runs through
    "2 + 4" in v2, but Art. 2 was unchanged there and Art. 4 new. The history said
    "2 → 2 + 4 (modified)" and the summary of v1 → v2 counted nothing added."""
    from treatyviewer.io.lineage_table import lineage_text

    one = "1. Ships moor at the inner quay and pay the harbour dues.\n\n"
    two = "2. Pilots guide every ship through the channel to its berth"
    three = "\n\n3. Due credit is given to the harbour board.\n"
    four = "Pilots keep a written log of every crossing they make"
    v1 = f"Harbour Rules v1\n\n{one}{two}.{three}"
    v2 = f"Harbour Rules v2\n\n{one}{two}.{three}\n4. {four}.\n"
    v3 = f"Harbour Rules v3\n\n{one}{two}, and {four[0].lower()}{four[1:]}.{three}"
    chain = build_chain([make_document(t) for t in (v1, v2, v3)])
    line = _lineage(chain, 0, "2")
    assert [chain.labels(s) for s in line.steps] == [["2"], ["2", "4"], ["2"]]
    assert _statuses(line) == ["present", "unchanged", "merged"]
    assert [chain.documents[1].segments[s].label for s in line.steps[1].joined] == ["4"]
    text = lineage_text(chain)
    assert "2 → 2 + 4 (unchanged, beside it 4 added) → 2 (merged)" in text
    assert "Preamble → Preamble (modified)" in text  # named as the pair reports name it
    steps = next(lin for lin in chain.to_json()["lineages"] if lin[0]["labels"] == ["2"])
    assert steps[1]["added_beside"] == ["4"] and "added_beside" not in steps[2]
    assert "1 → 2: " in text and "1 added" in text.split("1 → 2: ")[1].split("\n")[0]
