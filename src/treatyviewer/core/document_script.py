"""What a document's script says of it, worked out once per document: whether its
words are characters, and the language its script names."""

from __future__ import annotations

from .document import Document
from .document_cache import once_per_document
from .word_chars import script_language, written_without_spaces


def counts_characters(old: Document, new: Document) -> bool:
    """Whether the words counted between the two are characters: both are written
    without spaces (Chinese, Japanese), where each character is a word to the diff."""
    return _unspaced(old) and _unspaced(new)


def _unspaced(doc: Document) -> bool:
    return once_per_document(doc, "unspaced", lambda: written_without_spaces(doc.text))


def text_language(doc: Document) -> str:
    """The document's language where it is known, else the one its script names ("")."""
    return doc.language or once_per_document(
        doc, "script language", lambda: script_language(doc.text)
    )
