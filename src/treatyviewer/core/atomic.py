"""Saving files so that a crash, a full disk or a kill never leaves half a file.

The new content goes to a temporary file in the target's own folder (a rename is
only atomic within one file system), is flushed to disk, and then renamed over
the target in one step. Until that rename the previous file is untouched; after
it, the new one is complete. The folder itself is synced so that the rename
survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from functools import cache
from pathlib import Path

from .errors import SaveError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exceeded",
    errno.EROFS: "the folder is on a read-only file system",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk reported an input/output error",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in words for the reader."""
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _save_error(target: Path, existed: bool, exc: OSError) -> SaveError:
    kept = "the previous version is unchanged" if existed else "nothing was written"
    return SaveError(f"{target} could not be saved: {os_reason(exc)}; {kept}")


@cache
def _new_file_mode() -> int:
    """Permissions a new file would get; mkstemp alone would make it owner-only."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
        umask = int(next(ln for ln in status.splitlines() if ln.startswith("Umask:")).split()[1], 8)
    except (OSError, StopIteration, ValueError, IndexError):
        # Setting the umask briefly affects other threads, so it is only the fallback,
        # and the result is cached.
        umask = os.umask(0o022)
        os.umask(umask)
    return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable; some file systems cannot sync folders, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once; raise ``SaveError`` if that fails.

    A symlink is followed so that the link stays a link. The target keeps its
    permission bits; a new file gets the usual ones for the user's umask.
    """
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except FileNotFoundError:
        existed, mode = False, _new_file_mode()
    except OSError as exc:
        raise _save_error(target, True, exc) from exc
    else:
        if stat.S_ISDIR(info.st_mode):
            raise _save_error(target, False, OSError(errno.EISDIR, "is a directory"))
        existed, mode = True, stat.S_IMODE(info.st_mode)
    try:
        fd, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".saving", dir=target.parent
        )
    except OSError as exc:
        raise _save_error(target, existed, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise _save_error(target, existed, exc) from exc
        raise
    _fsync_folder(target.parent)


def atomic_write_text(path: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``text`` in ``encoding``; line ends are written as given."""
    atomic_write_bytes(path, text.encode(encoding))
