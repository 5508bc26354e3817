"""Go → Go to Article…: pick an article by name, or type its number, and read it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.comparison import Comparison, Row
from .article_lookup import Clause, article_choices, row_name, typed_article

__all__ = ["Clause", "article_choices", "ask_article", "row_name", "typed_article"]


def ask_article(cmp: Comparison, current: Row | None, parent: QWidget) -> Row | Clause | None:
    """The row the reader chose or typed (or the clause, "3.2", and its article's row),
    or None when they cancelled. What names no article is asked again, saying so,
    with what was typed kept in the field."""
    from .article_dialog import ArticleDialog  # on first use

    dialog = ArticleDialog(cmp, current, parent)
    try:
        if not dialog.exec():
            return None
        return dialog.clause or dialog.row
    finally:
        dialog.deleteLater()
