#!/usr/bin/env bash
# Prepare everything `make run` and `make test` need: the system libraries Qt
# loads, a virtual environment, and the package with its test and lint tools.
# As root it installs missing Debian packages itself; otherwise it names them.
set -euo pipefail

VENV=${VENV:-.venv}
PYTHON=${PYTHON:-python3}

# Shared library -> Debian package that provides it (what the PySide6 wheels load).
LIBS="
libGL.so.1:libgl1
libEGL.so.1:libegl1
libglib-2.0.so.0:libglib2.0-0
libfontconfig.so.1:libfontconfig1
libfreetype.so.6:libfreetype6
libdbus-1.so.3:libdbus-1-3
libxkbcommon.so.0:libxkbcommon0
libxkbcommon-x11.so.0:libxkbcommon-x11-0
libX11-xcb.so.1:libx11-xcb1
libxcb-cursor.so.0:libxcb-cursor0
libxcb-icccm.so.4:libxcb-icccm4
libxcb-image.so.0:libxcb-image0
libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-randr.so.0:libxcb-randr0
libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0
libxcb-xfixes.so.0:libxcb-xfixes0
libxcb-sync.so.1:libxcb-sync1
libxcb-shm.so.0:libxcb-shm0
libxcb-xkb.so.1:libxcb-xkb1
libwayland-client.so.0:libwayland-client0
libwayland-cursor.so.0:libwayland-cursor0
libwayland-egl.so.1:libwayland-egl1
"
FONT_FILES="/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf:fonts-dejavu-core"
# Chinese, Japanese and Korean characters (a small font that covers all three): wanted,
# not needed. Installed as root when it can be; otherwise named, and the window
# shows those texts in empty boxes until some such font is installed.
CJK_FONT_PACKAGE=fonts-wqy-microhei

missing=()
# ldconfig lives in /sbin, which is not on a normal user's PATH on Debian.
# Read the cache once: piping into grep -q under pipefail can fail on SIGPIPE.
LDCACHE=$("$(command -v ldconfig || echo /sbin/ldconfig)" -p 2>/dev/null || true)
have_lib() {
  [[ $LDCACHE == *" $1 "* ]] && return 0
  compgen -G "/usr/lib/*-linux-gnu/$1" >/dev/null || compgen -G "/lib/*-linux-gnu/$1" >/dev/null
}
for entry in $LIBS; do
  lib=${entry%%:*}; pkg=${entry##*:}
  have_lib "$lib" || missing+=("$pkg")
done
for entry in $FONT_FILES; do
  file=${entry%%:*}; pkg=${entry##*:}
  [ -e "$file" ] || missing+=("$pkg")
done
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1 && [ ! -x "$VENV/bin/python" ]; then
  missing+=("python3-venv")
fi

have_cjk_font() {
  [ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] && return 0
  command -v fc-list >/dev/null && [ -n "$(fc-list ':lang=zh' family 2>/dev/null | head -n 1)" ]
}
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages Qt needs: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "treatyviewer needs these system packages, which are missing:" >&2
    echo "    sudo apt-get install ${missing[*]}" >&2
    if ! command -v sudo >/dev/null; then
      echo "(sudo is not installed: run the same apt-get line as root, e.g. su -c 'apt-get install ${missing[*]}')" >&2
    fi
    echo "Install them, then run make again." >&2
    exit 1
  fi
fi

# Wanted, never needed: a failure here (no network, a locked package database) only
# leaves a note, and the setup goes on.
if ! have_cjk_font; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing a font for Chinese, Japanese and Korean text: $CJK_FONT_PACKAGE"
    { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$CJK_FONT_PACKAGE" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 \
        && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$CJK_FONT_PACKAGE" >/dev/null 2>&1; }; } \
      || echo "Note: could not install $CJK_FONT_PACKAGE; Chinese, Japanese and Korean text will show as empty boxes." >&2
  else
    echo "Note: no font for Chinese, Japanese or Korean text is installed (sudo apt-get install $CJK_FONT_PACKAGE)." >&2
  fi
fi

"$PYTHON" - <<'PY' || { echo "treatyviewer needs Python 3.11 or newer (found $($PYTHON --version 2>&1))." >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

if [ ! -x "$VENV/bin/python" ]; then
  echo "Creating the virtual environment in $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installing treatyviewer and its test tools into $VENV"
  # pip's own chatter (the build backend's deprecation notices) goes to a log that is
  # shown only if the install fails.
  log="$VENV/install.log"
  if ! { "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip &&
         "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -e ".[test,dev]"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "Installing into $VENV failed (the messages above are from pip)." >&2
    exit 1
  fi
  touch "$stamp"
fi
