#!/usr/bin/env bash
# Install the system parts schemanb needs, idempotently: Graphviz's dot (always);
# with --browser, for the tests, Chromium, npm, the PostgreSQL/MariaDB clients and the
# sqlite3 shell (the convergence judge applies migrations with each database's own
# client), then Mermaid's browser bundle from the npm registry (scripts/setup-mermaid.sh,
# for the test that renders the generated Mermaid diagrams). Uses apt-get when run as
# root on Debian/Ubuntu; otherwise says what to install and fails.
set -euo pipefail

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

missing=()
command -v dot >/dev/null 2>&1 || missing+=(graphviz)
if [ "$want_browser" = 1 ]; then
  command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
  command -v mariadb >/dev/null 2>&1 || command -v mysql >/dev/null 2>&1 || missing+=(mariadb-client)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
  command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
fi
mermaid() { [ "$want_browser" = 0 ] || bash "$(dirname "$0")/setup-mermaid.sh" >/dev/null; }
[ ${#missing[@]} -eq 0 ] && { mermaid; exit 0; }

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  mermaid
  exit 0
fi
echo "schemanb needs these system packages: ${missing[*]}" >&2
echo "install them with: sudo apt-get install ${missing[*]}  (macOS: brew install graphviz)" >&2
exit 1
