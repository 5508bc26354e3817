"""A paragraph moved from one article to the next in a renumbered text.

Old Article 145 holds a duty and a report on another matter; the consolidated text,
renumbered, keeps the duty alone as Article 63 and moves the report to the end of
Article 64 (old 146). Old 145 then reads more like new 64 (the long report) than like
its own remainder, and the two articles came out as one block, "145 + 146 -> 63 + 64
merged", hiding that both are still there, each with its own counterpart in order
(``_namesake_blocks_apart`` tells such blocks apart where the numbers are kept).
"""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

HEAD = """СОГЛАШЕНИЕ МЕЖДУ Республикой Альфа И Республикой Бета О СОТРУДНИЧЕСТВЕ

Договаривающиеся Стороны,
стремясь укрепить сотрудничество,
сознавая необходимость предотвращать незаконный оборот оружия,
согласились о нижеследующем:

Глава I
Общие положения

"""
DUTY = "Договаривающиеся Стороны обязуются охранять морскую среду."
REPORT = (
    "Каждая Договаривающаяся Сторона в течение 90 дней сообщает органу «Совет министров» "
    "о мерах, принятых, чтобы предотвращать незаконный оборот оружия."
)
RAIL = (
    "Договаривающиеся Стороны сотрудничают в пределах своей компетенции, чтобы развивать "
    "железнодорожное сообщение."
)
AIR = "Договаривающиеся Стороны обязуются обеспечивать безопасность гражданской авиации."
DISPUTES = (
    "Любой спор относительно толкования настоящего Соглашения передается органу «Совет "
    "министров», который принимает решение в течение 120 дней."
)
CLOSING = """В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся, должным образом на то уполномоченные, \
подписали настоящее Соглашение.

Совершено в г. Москве {} в двух экземплярах.
"""


def test_a_paragraph_moved_to_the_next_article_leaves_both_articles_paired() -> None:
    old = (
        f"{HEAD}Статья 145. Обязательства\n1. {DUTY}\n2. {REPORT}\n\n"
        f"Статья 146. Обязательства\n1. {RAIL}\n2. {AIR}\n\n"
        f"Статья 198. Разрешение споров\n{DISPUTES}\n\n" + CLOSING.format("2 ноября 1982 года")
    )
    new = (
        f"{HEAD}Статья 63. Обязательства\n{DUTY}\n\n"
        f"Статья 64. Обязательства\n1. {RAIL}\n2. {AIR}\n3. {REPORT}\n\n"
        f"Статья 204. Разрешение споров\n{DISPUTES}\n\n" + CLOSING.format("8 августа 1960 года")
    )
    a, b = make_document(old), make_document(new)
    cmp = compare(a, b)
    links = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("145",), ("63",)) in links
    assert (("146",), ("64",)) in links
    assert not cmp.added and not cmp.removed
