#!/usr/bin/env bash
# Create the virtualenv that `make demo` and `make test` use, idempotently.
#   scripts/make-venv.sh PYTHON VENV
# A venv without a working pip (left by a failed attempt, e.g. when Debian's
# python3-venv was missing) is removed and made again. When the venv module
# cannot make one, python3-venv is installed with apt-get if we are root on
# Debian/Ubuntu; otherwise we say what to install and fail.
set -euo pipefail
PYTHON="${1:-python3}"
VENV="${2:-.venv}"

usable() { [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -m pip --version >/dev/null 2>&1; }
discard() {
  # Only ever remove something that is a virtualenv.
  if [ -e "$VENV" ]; then
    if [ -f "$VENV/pyvenv.cfg" ] || [ -x "$VENV/bin/python" ]; then rm -rf "$VENV"
    else echo "$VENV exists and is not a virtualenv: move it away or set VENV=..." >&2; exit 1; fi
  fi
}
create() { "$PYTHON" -m venv "$VENV" >/dev/null 2>&1 && usable; }

usable && exit 0
command -v "$PYTHON" >/dev/null 2>&1 || { echo "$PYTHON not found: install Python 3.10 or newer" >&2; exit 1; }
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' \
  || { echo "schemanb needs Python >= 3.10; $PYTHON is $("$PYTHON" -V 2>&1)" >&2; exit 1; }
echo "creating the virtualenv $VENV..."
discard
create && exit 0
discard

version="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing python3-venv (python$version-venv) with apt-get..." >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "python$version-venv" >/dev/null 2>&1 \
    || apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  create && exit 0
  discard
elif "$PYTHON" -m virtualenv --version >/dev/null 2>&1; then
  "$PYTHON" -m virtualenv -q "$VENV" && usable && exit 0
  discard
fi
echo "cannot create a virtualenv with $PYTHON: install the venv module" >&2
echo "  Debian/Ubuntu: sudo apt-get install python$version-venv   (or: pip install virtualenv)" >&2
exit 1
