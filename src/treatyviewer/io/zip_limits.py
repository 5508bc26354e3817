"""Refuse ZIP packages (.docx) that would unpack to far more than they weigh.

The sizes come from the ZIP central directory, so the check costs nothing and
runs before any part is inflated. Python's ``zipfile`` never returns more bytes
for a part than its directory entry declares, so a package cannot lie its way
past the check.
"""

from __future__ import annotations

import io
import zipfile

from .limits import ReadLimits, human_size, refuse
from .report_words import ReportWords

RATIO_FLOOR = 1024 * 1024
"""Parts smaller than this unpack to little whatever their ratio (tiny XML
parts of real documents compress 20:1 and more)."""


def check_zip(data: bytes, label: str, limits: ReadLimits) -> None:
    """Raise ``InputError`` if the package exceeds a limit; else return quietly.

    A package that is not a readable ZIP at all is left to the reader, which
    says so in its own words.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        return
    total = 0
    for info in infos:
        size = info.file_size
        if size > limits.member_bytes:
            raise refuse(
                label,
                ReportWords.tr("holds a part ({0}) that unpacks to {1}").format(
                    info.filename, human_size(size)
                ),
                "member_bytes",
                human_size(limits.member_bytes),
            )
        ratio = size / max(1, info.compress_size)
        if size >= RATIO_FLOOR and ratio > limits.ratio:
            raise refuse(
                label,
                ReportWords.tr(
                    "holds a part ({0}) compressed {1} to 1, which unpacks to {2}"
                ).format(info.filename, f"{ratio:.0f}", human_size(size)),
                "ratio",
                ReportWords.tr("{0} to 1").format(limits.ratio),
            )
        total += size
        if total > limits.unpacked_bytes:
            raise refuse(
                label,
                ReportWords.tr("unpacks to more than {0}").format(human_size(total)),
                "unpacked_bytes",
                human_size(limits.unpacked_bytes),
            )
