#!/usr/bin/env bash
# Fetch Mermaid's browser bundle (dist/mermaid.min.js, ~3.5 MB) from the npm registry
# with npm itself, for the test that renders every generated Mermaid diagram in
# headless Chromium (tests/browser/test_mermaid.py). Idempotent: a second run with
# the file present does nothing. Prints the path of the bundle.
#
#   SCHEMANB_MERMAID_DIR   where to keep it (default ~/.cache/schemanb/mermaid-<version>)
set -euo pipefail

version="${SCHEMANB_MERMAID_VERSION:-11.17.2}"
dir="${SCHEMANB_MERMAID_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/schemanb/mermaid-$version}"
bundle="$dir/mermaid.min.js"
if [ -s "$bundle" ]; then echo "$bundle"; exit 0; fi
if ! command -v npm >/dev/null 2>&1; then
  echo "the Mermaid test needs npm to fetch the mermaid package: apt-get install npm" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
( cd "$work" && npm pack --silent "mermaid@$version" >/dev/null )
tar -xzf "$work"/mermaid-*.tgz -C "$work" package/dist/mermaid.min.js
mkdir -p "$dir"
mv "$work/package/dist/mermaid.min.js" "$bundle.tmp"
mv "$bundle.tmp" "$bundle"
echo "$bundle"
