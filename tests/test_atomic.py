"""Saving never leaves a half-written file, whatever goes wrong and whenever."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from treatyviewer.core import atomic
from treatyviewer.core.atomic import atomic_write_bytes, atomic_write_text
from treatyviewer.core.errors import SaveError, TreatyViewerError


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".saving"))


def test_writes_new_file_with_umask_permissions(tmp_path: Path) -> None:
    target = tmp_path / "project.json"
    atomic_write_text(target, '{"a": 1}\n')
    assert target.read_text(encoding="utf-8") == '{"a": 1}\n'
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert leftovers(tmp_path) == []


def test_replaces_and_keeps_the_targets_permissions(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_bytes(b"old")
    target.chmod(0o640)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640


def test_a_symlink_stays_a_link_and_its_target_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


def test_text_is_encoded_as_asked(tmp_path: Path) -> None:
    target = tmp_path / "t.txt"
    atomic_write_text(target, "Статья 1", encoding="cp1251")
    assert target.read_bytes() == "Статья 1".encode("cp1251")


@pytest.mark.parametrize(
    ("stage", "code", "reason"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        ("replace", errno.ENOSPC, "the disk is full"),
        ("replace", errno.EROFS, "the folder is on a read-only file system"),
        ("replace", errno.EACCES, "permission denied"),
        ("fsync", errno.EIO, "the disk reported an input/output error"),
    ],
)
def test_failure_keeps_the_old_file_and_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str, code: int, reason: str
) -> None:
    target = tmp_path / "session.json"
    target.write_bytes(b"precious")

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic.os, stage, fail)
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(target, b"replacement")
    assert str(info.value) == (
        f"{target} could not be saved: {reason}; the previous version is unchanged"
    )
    assert isinstance(info.value, TreatyViewerError)
    assert target.read_bytes() == b"precious"
    assert leftovers(tmp_path) == []


def test_failure_on_a_new_file_says_nothing_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    target = tmp_path / "new.json"
    with pytest.raises(SaveError, match=r"the disk is full; nothing was written$"):
        atomic_write_text(target, "x")
    assert not target.exists()
    assert leftovers(tmp_path) == []


def test_read_only_folder_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "a.json"
    target.write_bytes(b"old")
    if os.geteuid() != 0:
        folder.chmod(0o555)
    else:  # root writes through chmod; simulate the refusal where the temp file is made

        def refuse(*args: object, **kwargs: object) -> object:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    try:
        with pytest.raises(SaveError) as info:
            atomic_write_bytes(target, b"new")
    finally:
        folder.chmod(0o755)
    assert str(info.value) == (
        f"{target} could not be saved: permission denied; the previous version is unchanged"
    )
    assert target.read_bytes() == b"old"


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "a.json"
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(target, b"x")
    assert str(info.value) == (
        f"{target} could not be saved: the folder does not exist; nothing was written"
    )


def test_folder_in_the_way_is_reported(tmp_path: Path) -> None:
    with pytest.raises(SaveError) as info:
        atomic_write_bytes(tmp_path, b"x")
    assert str(info.value) == f"{tmp_path} could not be saved: a folder has that name; " + (
        "nothing was written"
    )


def test_interrupt_during_write_also_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "a.json"
    target.write_bytes(b"old")

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


# A child process that saves and is killed mid-way. It announces on stdout when it
# is inside the save so that the kill lands at a known point.
_SLOW_SAVER = textwrap.dedent(
    """
    import os, sys, time
    from treatyviewer.core import atomic

    target, size = sys.argv[1], int(sys.argv[2])
    real_fsync = os.fsync

    def slow_fsync(fd):
        print("inside", flush=True)
        time.sleep(60)
        real_fsync(fd)

    atomic.os.fsync = slow_fsync
    atomic.atomic_write_bytes(target, b"N" * size)
    """
)

# A child that saves complete, self-checking versions in a loop until killed.
_LOOPING_SAVER = textwrap.dedent(
    """
    import sys
    from treatyviewer.core.atomic import atomic_write_bytes

    target, size = sys.argv[1], int(sys.argv[2])
    version = 0
    print("started", flush=True)
    while True:
        version += 1
        body = (b"%08d" % version) * (size // 8)
        atomic_write_bytes(target, body + b"END")
    """
)


def test_process_killed_inside_a_save_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "project.json"
    target.write_bytes(b'{"version": "previous"}')
    child = subprocess.Popen(
        [sys.executable, "-c", _SLOW_SAVER, str(target), str(20 * 1024 * 1024)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "inside"
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
    assert child.returncode == -signal.SIGKILL
    assert target.read_bytes() == b'{"version": "previous"}'
    # The killed writer could not tidy up; its temp file is the only trace.
    assert len(leftovers(tmp_path)) == 1


def test_process_killed_at_a_random_moment_leaves_a_complete_version(tmp_path: Path) -> None:
    target = tmp_path / "big.json"
    size = 4 * 1024 * 1024
    target.write_bytes(b"%08d" % 0 * (size // 8) + b"END")
    for delay in (0.05, 0.2, 0.45):
        child = subprocess.Popen(
            [sys.executable, "-c", _LOOPING_SAVER, str(target), str(size)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "started"
            time.sleep(delay)
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
        data = target.read_bytes()
        assert len(data) == size + 3
        assert data.endswith(b"END")
        stamp = data[:8]
        assert data[:-3] == stamp * (size // 8)
