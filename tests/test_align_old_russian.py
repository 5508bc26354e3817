"""A Russian text in the spelling before 1918 pairs article by article with its modern
spelling: "Совѣтской", "признаютъ", "Великаго" are the words "советской", "признают",
"великого", and the changes between them are classed as spelling."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

OLD = """Статья 1

Правительство Совѣтской Республики и Правительство Великаго Собранія признаютъ, \
что крѣпость и городъ остаются за сосѣдней стороной.

Статья 2

Сторона соглашается уступить портъ въ теченіе трёхъ мѣсяцевъ послѣ подписанія.

Статья 3

Настоящій договоръ подлежитъ ратификаціи въ кратчайшій срокъ.
"""
NEW = """Статья 1

Правительство Советской Республики и Правительство Великого Собрания признают, \
что крепость и город остаются за соседней стороной.

Статья 2

Сторона соглашается уступить порт в течение трёх месяцев после подписания.

Статья 3

Настоящий договор подлежит ратификации в кратчайший срок.
"""


def test_the_old_spelling_pairs_each_article_with_its_modern_spelling() -> None:
    cmp = compare(make_document(OLD, "old"), make_document(NEW, "new"))
    pairs = [(cmp.label_of("old", p.old), cmp.label_of("new", p.new)) for p in cmp.pairs]
    assert pairs == [(["1"], ["1"]), (["2"], ["2"]), (["3"], ["3"])]
    assert not cmp.added and not cmp.removed
    classes = {c.change_class for p in cmp.pairs for c in p.changes}
    assert classes == {"spelling"}, classes
