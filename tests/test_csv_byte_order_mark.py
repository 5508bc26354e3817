"""CSV files open in a spreadsheet with their letters intact: Excel on Windows
reads a CSV file without a UTF-8 byte-order mark in the system's code page, and
showed a Chinese or Korean text's article labels as garbage. The files carry the
mark; Python's csv module reads them back (as ``utf-8-sig``) with their headers
as written. What ``compare --format csv`` prints goes to a pipe, without one."""

from __future__ import annotations

import csv
from pathlib import Path

from treatyviewer.cli import run
from treatyviewer.io.csv_export import CHANGE_FIELDS, CSV_FIELDS

BOM = b"\xef\xbb\xbf"
CN = Path(__file__).parent / "real_pairs" / "cn-legislation"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_csv_exports_of_a_chinese_law_open_with_a_byte_order_mark(tmp_path: Path) -> None:
    conc, changes = tmp_path / "conc.csv", tmp_path / "changes.csv"
    pair = [str(CN / "lifa-2015.md"), str(CN / "lifa-2023.md")]
    assert run(["export", *pair, "--csv", str(conc), "--changes-csv", str(changes)]) == 0
    for path in (conc, changes):
        assert path.read_bytes().startswith(BOM), path.name
        assert not path.read_bytes()[3:].startswith(BOM)
    rows = _rows(conc)
    assert tuple(rows[0]) == CSV_FIELDS
    assert {"old": "九", "new": "十二"}.items() <= next(r for r in rows if r["old"] == "九").items()
    assert tuple(_rows(changes)[0]) == CHANGE_FIELDS


def test_a_chains_csv_opens_with_a_byte_order_mark(tmp_path: Path) -> None:
    texts = []
    for k, body in enumerate(
        ("本法自公布之日起施行。", "本法自公布之日起施行。", "本法自二〇二四年起施行。")
    ):
        path = tmp_path / f"v{k}.txt"
        path.write_text(f"示例法\n\n第一条 {body}\n", encoding="utf-8")
        texts.append(str(path))
    out = tmp_path / "chain.csv"
    assert run(["export", *texts, "--csv", str(out)]) == 0
    assert out.read_bytes().startswith(BOM)
    rows = _rows(out)
    assert next(iter(rows[0])) == "lineage"  # the first header read back as written
    assert [r["v3"] for r in rows] == ["preamble", "一"]


def test_csv_printed_to_standard_output_has_no_mark(capsys) -> None:  # type: ignore[no-untyped-def]
    assert (
        run(["compare", str(CN / "lifa-2015.md"), str(CN / "lifa-2023.md"), "--format", "csv"]) == 0
    )
    assert capsys.readouterr().out.startswith(CSV_FIELDS[0] + ",")
