"""Opening a Word package, with a message for each way one cannot be opened.

python-docx opens only a document saved as "Word Document": a macro-enabled
document (.docm) or a template (.dotx, .dotm) holds the same WordprocessingML under
another content type, so it is opened as a document (its macros are never run);
a document saved as Strict Open XML uses other namespaces and is refused by name.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from typing import Any

import docx

from ..core.errors import InputError
from .report_words import QT_TRANSLATE_NOOP, ReportWords

_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OTHER_MAINS = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_STRICT = b"http://purl.oclc.org/ooxml/"
_TYPES = "[Content_Types].xml"
_SAVE_AGAIN = QT_TRANSLATE_NOOP("ReportWords", "open it in Word and save it again")


def _member(archive: zipfile.ZipFile, name: str, limit: int = 65_536) -> bytes:
    try:
        with archive.open(name) as fh:
            return fh.read(limit)
    except KeyError:
        return b""


def _as_document(data: bytes, archive: zipfile.ZipFile) -> bytes:
    """The package with its main part declared a plain document if it is a
    macro-enabled document or a template; else ``data`` itself."""
    types = archive.read(_TYPES).decode("utf-8", "replace")
    if not any(kind in types for kind in _OTHER_MAINS):
        return data
    patched = re.sub("|".join(map(re.escape, _OTHER_MAINS)), _MAIN, types)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in archive.infolist():
            body = patched.encode("utf-8") if item.filename == _TYPES else archive.read(item)
            copy.writestr(item, body)
    return out.getvalue()


def open_docx(data: bytes, label: str) -> Any:
    """The python-docx document of ``data``, or an ``InputError`` naming the file."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if _TYPES not in names:
                raise InputError(
                    ReportWords.tr(
                        "{0} is not a Word document: the package has no list of its parts ({1}); "
                        "{2}"
                    ).format(label, _TYPES, ReportWords.tr(_SAVE_AGAIN))
                )
            if _STRICT in _member(archive, "_rels/.rels") or _STRICT in _member(
                archive, "word/document.xml", 4096
            ):
                raise InputError(
                    ReportWords.tr(
                        '{0} is saved as "Strict Open XML", which cannot be read here; '
                        'in Word, save it as "Word Document (*.docx)"'
                    ).format(label)
                )
            data = _as_document(data, archive)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
        # a member that will not inflate, a truncated archive, a compression method
        # the library lacks: all the same to the reader
        raise InputError(
            ReportWords.tr(
                "{0} is a damaged Word document (the ZIP package is incomplete or corrupt); {1}"
            ).format(label, ReportWords.tr(_SAVE_AGAIN))
        ) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except KeyError as exc:
        found = re.search(r"'([^']+)'", str(exc))
        part = (
            ReportWords.tr("its part {0}").format(found[1])
            if found
            else ReportWords.tr("a part it names")
        )
        raise InputError(
            ReportWords.tr("{0} is a damaged Word document: {1} is missing; {2}").format(
                label, part, ReportWords.tr(_SAVE_AGAIN)
            )
        ) from None
    except Exception as exc:  # python-docx raises many types for broken packages
        raise InputError(
            ReportWords.tr("{0} is not a readable Word document ({1}: {2}); {3}").format(
                label, type(exc).__name__, exc, ReportWords.tr(_SAVE_AGAIN)
            )
        ) from None
    if document.element.body is None:
        raise InputError(
            ReportWords.tr("{0} is a damaged Word document: it has no body; {1}").format(
                label, ReportWords.tr(_SAVE_AGAIN)
            )
        )
    return document
