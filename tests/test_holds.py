"""Looking for markup in a plain text: the same answers, without walking the text for
marks it cannot hold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from treatyviewer.core.holds import holds
from treatyviewer.io.front_matter import drop_comment_lines, drop_div_fences
from treatyviewer.io.text_reader import flatten_markup, markdown_outline, tidied

PLAIN = (
    "TREATY OF FRIENDSHIP\n\n"
    "Article 1\n\nThe Parties agree to settle their differences by peaceful means.\n\n"
    "Article 2\n\nThis Treaty shall be ratified, and it shall enter into force at once.\n"
) * 50


class _Watched(str):
    """A text that notes every string it is asked whether it holds."""

    asked: list[str]

    def __contains__(self, part: object) -> bool:
        self.asked.append(str(part))
        return str.__contains__(self, str(part))


@given(st.text("ab*#\n =", max_size=30), st.text("ab*#\n =", max_size=4))
def test_holds_answers_as_in_does(text: str, part: str) -> None:
    assert holds(text, part) == (part in text)


def test_a_plain_text_is_not_searched_for_marks_it_lacks() -> None:
    text = _Watched(PLAIN)
    text.asked = []
    tidied(text)
    markdown_outline(text)
    flatten_markup(text)
    drop_comment_lines(text)
    drop_div_fences(text)
    walked = [p for p in text.asked if len(p) > 1 and any(ch not in PLAIN for ch in p)]
    assert walked == []
    assert text.asked  # (the readers did ask)
