"""Reading-session files: round trips, refusals, atomic saves, crash recovery."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from treatyviewer.core import atomic
from treatyviewer.core.annotations import annotate_selection
from treatyviewer.core.autosave import (
    autosave_path,
    discard_autosave,
    find_recoverable,
    write_autosave,
)
from treatyviewer.core.errors import ProjectError
from treatyviewer.core.project import (
    AlignmentEdits,
    DocumentRef,
    Link,
    Project,
    Unlink,
    load_project,
    project_from_json,
    project_to_json,
    save_project,
)
from treatyviewer.core.segment import make_document

TEXT = "Preamble.\n\nArticle 1\nKars and Ardahan are ceded.\n\nArticle 2\nBatum is a free port.\n"


def sample_project() -> Project:
    document = make_document(TEXT, source="/data/new.txt")
    start = document.text.index("Kars")
    note = annotate_selection(
        document, start, start + 4, "Kars «note» <b>", annotation_id="urn:uuid:1", created="2024"
    )
    return Project(
        documents={
            "old": DocumentRef("draft-1920", "a" * 64),
            "new": DocumentRef("/data/new.txt", document.content_hash, "cp1251"),
        },
        alignment=AlignmentEdits(
            links=(Link(("4",), ("V", "VI")),),
            unlinks=(Unlink("2", "III"),),
            accepted=(Link(("1",), ("I",), "aligner"),),
        ),
        annotations=(note,),
        view={"layout": "side-by-side", "ignore_case": True, "zoom": 1.25},
    )


def test_round_trip_through_a_file(tmp_path: Path) -> None:
    path = tmp_path / "session.tvproj"
    saved = save_project(path, sample_project())
    assert saved.saved
    loaded = load_project(path)
    assert loaded == saved
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == "treatyviewer.project/1"
    assert data["version"] == 1
    assert data["documents"]["new"]["encoding"] == "cp1251"
    assert "encoding" not in data["documents"]["old"]
    assert data["alignment"]["links"] == [{"old": ["4"], "new": ["V", "VI"], "origin": "reader"}]
    assert data["annotations"][0]["type"] == "Annotation"


def test_json_round_trip_without_files() -> None:
    project = sample_project()
    data = project_to_json(project, saved="2024-01-01T00:00:00Z")
    assert project_from_json(json.loads(json.dumps(data))) == Project(
        project.documents, project.alignment, project.annotations, project.view,
        "2024-01-01T00:00:00Z",
    )  # fmt: skip


def test_newer_version_is_refused_and_the_file_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "future.tvproj"
    data = project_to_json(sample_project())
    data["schema"], data["version"] = "treatyviewer.project/2", 2
    original = json.dumps(data)
    path.write_text(original, encoding="utf-8")
    with pytest.raises(ProjectError, match=r"future\.tvproj.*newer version.*format 2"):
        load_project(path)
    assert path.read_text(encoding="utf-8") == original


def test_newer_version_number_alone_is_refused() -> None:
    data = project_to_json(sample_project())
    data["version"] = 3
    with pytest.raises(ProjectError, match="newer version"):
        project_from_json(data, "x.tvproj")


def test_broken_json_names_the_file_and_the_place(tmp_path: Path) -> None:
    path = tmp_path / "broken.tvproj"
    path.write_text('{"schema": "treatyviewer.project/1",\n "documents": [', encoding="utf-8")
    with pytest.raises(ProjectError, match=r"broken\.tvproj is not a valid project file.*line 2"):
        load_project(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"schema": "something/1"}, "not a treatyviewer project"),
        ({"documents": {"old": {"source": "a"}}}, "documents.new is missing"),
        ({"documents": {"old": {"source": 3}, "new": {"source": "b"}}}, "source must be text"),
        ({"alignment": {"links": [{"old": "1", "new": [2]}]}}, "each label"),
        ({"alignment": {"unlinks": "all"}}, "alignment.unlinks must be a list"),
        ({"view": []}, "view must be an object"),
    ],
)
def test_malformed_project_is_refused_with_a_clear_message(
    change: dict[str, object], message: str
) -> None:
    data = project_to_json(sample_project())
    data.update(change)
    with pytest.raises(ProjectError, match=message) as info:
        project_from_json(data, "mine.tvproj")
    assert str(info.value).startswith("mine.tvproj")


def test_a_note_that_does_not_read_is_kept_as_it_was_and_the_rest_open() -> None:
    data = project_to_json(sample_project())
    damaged = {"id": "urn:x", "type": "Annotation"}
    data["annotations"] = [*data["annotations"], damaged, 7]
    project = project_from_json(data, "mine.tvproj")
    assert len(project.annotations) == len(sample_project().annotations)
    assert project.unread == (damaged, 7)
    assert [r.split(":")[0] for r in project.unread_reasons] == [
        f"note {len(project.annotations) + 1}", f"note {len(project.annotations) + 2}"
    ]  # fmt: skip
    assert project_to_json(project)["annotations"][-2:] == [damaged, 7]


def test_not_a_json_object_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.tvproj"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ProjectError, match=r"list\.tvproj"):
        load_project(path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match=r"nowhere\.tvproj"):
        load_project(tmp_path / "nowhere.tvproj")


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_failed_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "session.tvproj"
    save_project(path, sample_project())
    before = path.read_bytes()

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, failing, disk_full)
    changed = Project(sample_project().documents, view={"layout": "inline"})
    with pytest.raises(
        ProjectError,
        match=r"session\.tvproj could not be saved: the disk is full; the previous version is unchanged",
    ):
        save_project(path, changed)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["session.tvproj"]  # no temp left


def test_save_into_a_missing_folder_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="gone"):
        save_project(tmp_path / "gone" / "x.tvproj", sample_project())


def test_project_file_is_never_executed(tmp_path: Path) -> None:
    path = tmp_path / "evil.tvproj"
    data = project_to_json(sample_project())
    data["view"] = {"__class__": "os.system", "command": "touch pwned"}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_project(path).view["command"] == "touch pwned"
    assert not (tmp_path / "pwned").exists()


# --- autosave and recovery ----------------------------------------------------


def test_autosave_paths_differ_per_project_and_stay_in_the_state_dir(tmp_path: Path) -> None:
    state = tmp_path / "state"
    a = autosave_path(tmp_path / "a" / "s.tvproj", state)
    b = autosave_path(tmp_path / "b" / "s.tvproj", state)
    assert a != b and a.parent == b.parent == state
    assert autosave_path(None, state).parent == state


def test_interrupted_session_is_recovered_then_discarded(tmp_path: Path) -> None:
    state = tmp_path / "state"
    path = tmp_path / "session.tvproj"
    save_project(path, sample_project())
    edited = Project(sample_project().documents, view={"layout": "inline"})
    auto = write_autosave(edited, path, state)
    # The app "crashes" here: no save, the autosave stays behind.
    os.utime(path, ns=(auto.stat().st_mtime_ns - 10**9,) * 2)
    found = find_recoverable(state)
    assert [r.autosave for r in found] == [auto]
    assert found[0].project_path == path.resolve()
    assert found[0].project.view == {"layout": "inline"}
    discard_autosave(found[0].autosave)
    assert find_recoverable(state) == []


def test_autosave_older_than_its_saved_project_is_not_offered(tmp_path: Path) -> None:
    state = tmp_path / "state"
    path = tmp_path / "session.tvproj"
    auto = write_autosave(sample_project(), path, state)
    save_project(path, sample_project())
    os.utime(auto, ns=(path.stat().st_mtime_ns - 10**9,) * 2)
    assert find_recoverable(state) == []


def test_untitled_session_is_recoverable(tmp_path: Path) -> None:
    state = tmp_path / "state"
    write_autosave(sample_project(), None, state)
    (found,) = find_recoverable(state)
    assert found.project_path is None


def test_corrupt_autosave_is_skipped_but_kept(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    junk = autosave_path(None, state)
    junk.write_text("{", encoding="utf-8")
    assert find_recoverable(state) == []
    assert junk.exists()
    assert find_recoverable(tmp_path / "no-such-dir") == []


def test_a_chain_session_keeps_its_texts_and_each_pairs_corrections(tmp_path: Path) -> None:
    from treatyviewer.core.align import Overrides
    from treatyviewer.core.chain_session import (
        chain_overrides,
        chain_project,
        chain_refs,
        with_overrides,
    )

    refs = [DocumentRef(f"v{k}.txt", f"{k}" * 64) for k in range(3)]
    second = Overrides(links=((("4",), ("V",)),))
    project = chain_project(refs, [Overrides(), Overrides()])
    project = with_overrides(project, 1, second)
    path = tmp_path / "chain.tvproj"
    save_project(path, project)
    loaded = load_project(path)
    assert chain_refs(loaded) == refs
    assert chain_overrides(loaded) == [Overrides(), second]
    # readers that know only pairs still find the first two texts
    assert (loaded.old, loaded.new) == (refs[0], refs[1])


def test_a_two_text_session_still_opens_as_a_pair(tmp_path: Path) -> None:
    from treatyviewer.core.chain_session import chain_overrides, chain_refs

    path = tmp_path / "pair.tvproj"
    save_project(path, sample_project())
    loaded = load_project(path)
    assert chain_refs(loaded) == [loaded.old, loaded.new]
    assert len(chain_overrides(loaded)) == 1
    assert "chain_alignments" not in json.loads(path.read_text(encoding="utf-8"))


def test_another_windows_autosave_is_not_offered_while_it_runs(tmp_path: Path) -> None:
    """A second window offered the first one's untitled work back "after a crash", while
    the first was still open; Discard there would have thrown that work away."""
    import json
    import subprocess
    import sys

    state = tmp_path / "state"
    auto = write_autosave(sample_project(), None, state)
    # The other window: the program itself, open on the bundled pair.
    other = subprocess.Popen([sys.executable, "-m", "treatyviewer"], env=_window_env(tmp_path))
    try:
        data = json.loads(auto.read_text(encoding="utf-8"))
        data["pid"] = other.pid  # the autosave of that other, running window
        theirs = auto.with_name(f"untitled-{other.pid}.tvproj-autosave")
        theirs.write_text(json.dumps(data), encoding="utf-8")
        auto.unlink()
        assert find_recoverable(state) == []
    finally:
        other.kill()
        other.wait()
    assert [r.autosave for r in find_recoverable(state)] == [theirs]  # it ended: offered


def _window_env(home: Path) -> dict[str, str]:
    """A window of the program started offscreen, its settings and state in ``home``."""
    dirs = {k: str(home / k) for k in ("HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME")}
    return {**os.environ, **dirs, "QT_QPA_PLATFORM": "offscreen"}


def _autosave_of(state: Path, pid: int) -> Path:
    auto = write_autosave(sample_project(), None, state)
    data = json.loads(auto.read_text(encoding="utf-8"))
    data["pid"] = pid
    theirs = auto.with_name(f"untitled-{pid}.tvproj-autosave")
    theirs.write_text(json.dumps(data), encoding="utf-8")
    auto.unlink()
    return theirs


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_a_crashed_window_s_number_taken_by_another_program_still_offers_its_work(
    tmp_path: Path,
) -> None:
    """After a crash or a restart of the machine, the dead window's process number is
    free for any program to take: its work was then never offered back."""
    import subprocess
    import sys

    state = tmp_path / "state"
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = _autosave_of(state, other.pid)
        assert [r.autosave for r in find_recoverable(state)] == [theirs]
    finally:
        other.kill()
        other.wait()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")
def test_a_killed_window_not_yet_reaped_offers_its_work(tmp_path: Path) -> None:
    """A window killed while its parent (a shell, a launcher) has not yet collected its
    exit stays a zombie under its number: it is not running."""
    import subprocess
    import sys
    import time

    window = subprocess.Popen([sys.executable, "-m", "treatyviewer"], env=_window_env(tmp_path))
    try:
        state = tmp_path / "state"
        theirs = _autosave_of(state, window.pid)
        window.kill()
        deadline = time.monotonic() + 10
        while b") Z" not in Path(f"/proc/{window.pid}/stat").read_bytes():
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert [r.autosave for r in find_recoverable(state)] == [theirs]
    finally:
        window.kill()
        window.wait()


def test_two_untitled_sessions_keep_apart_autosaves(tmp_path: Path) -> None:
    import os

    path = autosave_path(None, tmp_path)
    assert str(os.getpid()) in path.name and path.name.startswith("untitled")
