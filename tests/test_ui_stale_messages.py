"""Messages about a pair go when another pair is opened, and one failed opening's error
takes the place of the last one's (a new reader saw an out-of-order warning stay above
texts that had none, and an empty-file error still there under a binary-file one)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import wait_compared

pytestmark = pytest.mark.gui


def _articles(numbers: list[int], extra: str = "") -> str:
    body = (
        "The Parties agree on the matter set out here, which is article {0}{1}, "
        "and on the rules that follow from it for both of them alike."
    )
    return "\n\n".join(f"Article {n}\n\n" + body.format(n, extra) for n in numbers) + "\n"


def _write(folder: Path, name: str, text: str) -> str:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _out_of_order(window) -> bool:  # type: ignore[no-untyped-def]
    return any("not in order" in m.text for m in window.message_bar._items)


def test_a_pair_s_warnings_go_when_another_pair_takes_the_screen(
    make_window, qtbot, tmp_path: Path, large_pair
):
    """A long pair is shown as soon as it is read: the previous pair's warnings go
    then, and come back with that pair when the comparison is cancelled."""
    first = tmp_path / "first"
    old = _write(first, "old.txt", _articles([1, 2, 4, 3, 5]))
    new = _write(first, "new.txt", _articles([1, 2, 3, 4, 5], " as amended"))
    window = make_window(old, new)
    assert _out_of_order(window)
    session = window.session
    seen: list[tuple[bool, bool]] = []

    def shown_as_read(*_args: object) -> None:
        """The long pair is on screen, still being compared: cancel it there (polling
        for that moment missed it when the comparison was quick)."""
        if not seen:
            seen.append((session.busy, _out_of_order(window)))
            session.cancel()

    session.textsRead.connect(shown_as_read)
    session.partial.connect(shown_as_read)
    window.open_pair(str(large_pair[0]), str(large_pair[1]))
    qtbot.waitUntil(lambda: bool(seen) and not session.busy, timeout=60_000)
    assert seen == [(True, False)]  # busy, and the first pair's warning gone
    assert _out_of_order(window)  # back with the first pair
    second = tmp_path / "second"
    other_old = _write(second, "a.txt", _articles([1, 2, 3]))
    other_new = _write(second, "b.txt", _articles([1, 2, 3], " as amended"))
    previous = session.comparison
    window.open_pair(other_old, other_new)
    wait_compared(qtbot, window, previous)
    assert not _out_of_order(window)


def test_one_error_about_opening_files_at_a_time(make_window, qtbot, tmp_path: Path):
    window = make_window()
    empty, binary = tmp_path / "blank.txt", tmp_path / "scan.txt"
    empty.write_bytes(b"")
    binary.write_bytes(b"\x00\x01\x02 not text")

    def failed_with(name: str) -> bool:
        return not window.session.busy and any(name in t for t in window.message_bar.texts())

    window.open_pair(str(empty), "moscow-1921")
    qtbot.waitUntil(lambda: failed_with("blank.txt"))
    window.open_pair(str(binary), "moscow-1921")
    qtbot.waitUntil(lambda: failed_with("scan.txt"))
    errors = [m for m in window.message_bar._items if m.level == "error"]
    assert [("scan.txt" in m.text) for m in errors] == [True], [m.text for m in errors]
