#!/usr/bin/env bash
# Build the one-folder bundle dist/treatyviewer/ with PyInstaller, then prove that a copy of
# it starts from a clean folder: it must find its bundled texts and render the window.
#
#   packaging/build-bundle.sh             build and smoke-test
#   SMOKE_GUI=0 packaging/build-bundle.sh skip the window screenshot (command line only)
#   SHOT=out.png packaging/build-bundle.sh where to keep the screenshot
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${VENV:-.venv}
PY="$VENV/bin/python"
SMOKE_GUI=${SMOKE_GUI:-1}
SHOT=${SHOT:-${TMPDIR:-/tmp}/bundle-shot.png}

if [ ! -x "$PY" ]; then
  echo "No virtual environment in $VENV: run 'make setup' first." >&2
  exit 1
fi
echo "Installing the locked bundle versions (packaging/bundle-lock.txt) into $VENV"
"$PY" -m pip install --quiet --disable-pip-version-check -r packaging/bundle-lock.txt

echo "Rendering icons"
"$PY" packaging/render-icons.py build/icons >/dev/null

echo "Building dist/treatyviewer/"
rm -rf dist/treatyviewer
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/treatyviewer.spec

# Smoke test: a copy of the bundle in an empty folder, run with a bare environment, so
# nothing from this checkout or its virtual environment can help it along.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -a dist/treatyviewer "$work/bundle"
mkdir "$work/home" "$work/cwd"
run_bundle() {
  (cd "$work/cwd" && env -i HOME="$work/home" PATH=/usr/bin:/bin LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$work/bundle/treatyviewer" "$@")
}

echo "Smoke test: compare --format json"
run_bundle compare --format json >"$work/compare.json"
"$PY" - "$work/compare.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
assert data["schema"] == "treatyviewer.comparison/1", data.get("schema")
assert data["pairs"], "the bundled comparison has no article pairs"
print(f"  ok: {len(data['pairs'])} pairs between {data['old']['title']!r} and {data['new']['title']!r}")
PY

echo "Smoke test: export --pdf (loads Qt from the bundle)"
run_bundle export --pdf "$work/out.pdf" >/dev/null
head -c 5 "$work/out.pdf" | grep -q '%PDF' || { echo "The bundle did not write a PDF." >&2; exit 1; }
echo "  ok: $(wc -c <"$work/out.pdf") bytes of PDF"

if [ "$SMOKE_GUI" != 0 ]; then
  echo "Smoke test: --screenshot"
  rm -f "$SHOT"
  run_bundle --screenshot "$work/shot.png"
  if ! head -c 8 "$work/shot.png" 2>/dev/null | grep -q PNG; then
    echo "The bundle did not write a PNG screenshot." >&2
    exit 1
  fi
  cp "$work/shot.png" "$SHOT"
  echo "  ok: window rendered to $SHOT"
fi

echo "Bundle: dist/treatyviewer/ ($(du -sh dist/treatyviewer | cut -f1))"
