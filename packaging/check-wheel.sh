#!/usr/bin/env bash
# Install the wheel from dist/ into a throw-away virtual environment and run the command
# from an unrelated folder: it must find the texts bundled inside the wheel.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
wheel=$(ls -t dist/treatyviewer-*.whl 2>/dev/null | head -n 1 || true)
if [ -z "$wheel" ]; then
  echo "No wheel in dist/: run 'make wheel' first." >&2
  exit 1
fi
wheel=$(cd "$(dirname "$wheel")" && pwd)/$(basename "$wheel")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Installing $(basename "$wheel") into a fresh virtual environment"
"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$wheel"

mkdir "$work/elsewhere"
(cd "$work/elsewhere" && "$work/venv/bin/treatyviewer" compare --format json) >"$work/compare.json"
"$work/venv/bin/python" - "$work/compare.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["schema"] == "treatyviewer.comparison/1", data.get("schema")
assert data["pairs"], "the bundled comparison has no article pairs"
print(f"  ok: the installed wheel compares its bundled texts ({len(data['pairs'])} pairs)")
PY
