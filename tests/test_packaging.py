"""Packaging: one app id across desktop file, metainfo and icon; a wheel that carries its data.

The validators are optional system tools (desktop-file-utils, appstream); their tests skip
with a reason when the binaries are missing. The slow bundle smoke test is `make package`.
"""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.treatyviewer.TreatyViewer"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_FILE = PACKAGING / "treatyviewer-mime.xml"
ICON = ROOT / "resources" / "icons" / "treatyviewer.svg"
PROJECT_TYPE = "application/x-treatyviewer-project"
OKABE_ITO = {"#009E73", "#D55E00", "#E69F00", "#0072B2", "#56B4E9", "#F0E442", "#CC79A7"}
SVG = "{http://www.w3.org/2000/svg}"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def listed(value: str) -> list[str]:
    return [item for item in value.split(";") if item]


def command_name() -> str:
    (name,) = pyproject()["project"]["gui-scripts"]
    return str(name)


# --- one id everywhere -------------------------------------------------------------------


def test_desktop_file_names_the_app_id_icon_command_and_types() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == f"{command_name()} %F"
    assert {"Education", "Humanities", "Office"} <= set(listed(entry["Categories"]))
    assert listed(entry["Keywords"])
    assert {
        "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/pdf",
        "application/tei+xml",
        PROJECT_TYPE,
    } <= set(listed(entry["MimeType"]))


def test_metainfo_uses_the_same_id_launcher_and_command() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == command_name()
    assert PROJECT_TYPE in [m.text for m in root.findall("provides/mediatype")]
    assert root.findtext("project_license") == pyproject()["project"]["license"]["text"]
    versions = [r.get("version") for r in root.findall("releases/release")]
    assert pyproject()["project"]["version"] in versions


def test_packaged_icon_is_named_for_the_app_and_matches_the_bundled_one() -> None:
    packaged = PACKAGING / f"{APP_ID}.svg"
    assert packaged.read_bytes() == ICON.read_bytes()


def test_icon_is_a_square_svg_in_the_colour_blind_safe_palette() -> None:
    root = ET.parse(ICON).getroot()
    assert root.tag == f"{SVG}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    assert width == height
    colours = {
        el.get(attr).upper()
        for el in root.iter()
        for attr in ("fill", "stroke")
        if el.get(attr, "none").startswith("#")
    }
    assert colours <= OKABE_ITO | {"#FFFFFF", "#000000"}
    assert len(colours & OKABE_ITO) >= 3


def test_project_files_have_their_own_mime_type_based_on_json() -> None:
    root = ET.parse(MIME_FILE).getroot()
    (mime_type,) = root.findall(f"{MIME}mime-type")
    assert mime_type.get("type") == PROJECT_TYPE
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME}glob")] == ["*.tvproj"]
    assert mime_type.find(f"{MIME}sub-class-of").get("type") == "application/json"


# --- validators -----------------------------------------------------------------------


def run_validator(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install desktop-file-utils appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_passes_desktop_file_validate() -> None:
    result = run_validator("desktop-file-validate", str(DESKTOP_FILE))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Hints are advice (several main categories are deliberate); errors and warnings fail.
    assert "error:" not in output and "warning:" not in output, output


def test_metainfo_passes_appstream_validation() -> None:
    result = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    problems = [line for line in output.splitlines() if line.startswith(("E:", "W:"))]
    assert not problems, output


# --- the wheel ------------------------------------------------------------------------


def data_package() -> str:
    """The package name pyproject gives the top-level resources/ folder, as a path."""
    mapping = pyproject()["tool"]["setuptools"]["package-dir"]
    (name,) = [pkg for pkg, folder in mapping.items() if folder.rstrip("/") == "resources"]
    return name.replace(".", "/")


def can_build_without_isolation() -> bool:
    if importlib.util.find_spec("wheel") is not None:
        return True
    import setuptools

    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)  # bdist_wheel moved into setuptools in 70.1


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build from a copy of the sources, so nothing is written into the checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for folder in ("src", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=skip)
    for name in ("pyproject.toml", "README.md", "MANIFEST.in"):
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, source / name)
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet"]
    command += ["--disable-pip-version-check", "-w", str(tmp / "out"), str(source)]
    isolated = not can_build_without_isolation()
    if not isolated:
        command.insert(4, "--no-build-isolation")
    result = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    if result.returncode != 0 and isolated:
        pytest.skip(
            "the build backend is not installed here and could not be fetched "
            f"(pip install wheel): {result.stderr.strip().splitlines()[-1:]}"
        )
    assert result.returncode == 0, result.stderr
    (wheel,) = (tmp / "out").glob("treatyviewer-*.whl")
    return wheel


def test_wheel_carries_the_bundled_texts_gazetteer_and_annotations(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    data = data_package()
    for needed in ("texts/moscow-1921.en.txt", "gazetteer.json", "annotations/curated.json"):
        assert f"{data}/{needed}" in names, f"{data}/{needed} is missing from the wheel"


def test_wheel_carries_every_module_and_none_is_shadowed(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    source = ROOT / "src"
    modules = {p.relative_to(source).as_posix() for p in source.glob("treatyviewer/**/*.py")}
    assert modules <= names, f"missing from the wheel: {sorted(modules - names)}"
    packages = {name.rsplit("/", 1)[0] for name in names if name.endswith("/__init__.py")}
    shadowed = sorted(m for m in modules if m.removesuffix(".py") in packages)
    assert not shadowed, f"a package folder of the same name hides these modules: {shadowed}"


def test_installed_wheel_finds_its_bundled_texts(built_wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(built_wheel).extractall(site)
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from treatyviewer.core.resources import resource_dir;"
        "print(resource_dir())"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(site)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    found = Path(result.stdout.strip())
    assert found.is_relative_to(site), f"found {found}, not the copy inside the wheel"
    assert (found / "texts" / "moscow-1921.en.txt").is_file()
