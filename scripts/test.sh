#!/usr/bin/env bash
# `npm test`: the whole suite, in order —
#   1. typecheck (tsc --noEmit)            2. lint (eslint .)
#   3. unit tests, then DB + API tests on PGlite (in memory)
#   4. the same DB + API tests on a throwaway PostgreSQL cluster (scripts/pg-cluster.sh)
#   5. browser tests: Debian's Chromium against the built web app and a server on in-memory PGlite
#   6. a per-step table, then "N passed, N failed" as the very last line.
# A failing step does not stop later ones (the count stays complete); the exit code is non-zero if anything failed.
# Missing PostgreSQL or Chromium is installed with apt-get (needs root). Vitest JSON reports go to test-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
# npm puts these on PATH already; this is for running the script directly (and it spares npx's start-up cost).
export PATH="$PWD/node_modules/.bin:$PATH"

# shellcheck source=scripts/pg-cluster.sh
source scripts/pg-cluster.sh

export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
REPORTS=test-results
STEPS=$REPORTS/steps.tsv
mkdir -p "$REPORTS"
rm -f "$REPORTS"/vitest-*.json "$STEPS"

# Quiet on purpose: it can run after the summary line, which must stay the last line of output.
cleanup() { pg_cluster_stop >/dev/null 2>&1 || true; }
trap cleanup EXIT
trap 'echo "test: interrupted" >&2; exit 130' INT
trap 'echo "test: terminated" >&2; exit 143' TERM

now_ms() { date +%s%3N; }

banner() { printf '\n=== %s ===\n' "$1"; }

# record <label> <exit code> <started ms> [report] [min tests] [note]
record() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(($(now_ms) - $3))" "${4:-}" "${5:-0}" "${6:-}" >>"$STEPS"
}

# check <label> <command…>: a command that passes or fails as one check.
check() {
  local label=$1 started rc=0
  shift
  banner "$label"
  started=$(now_ms)
  "$@" || rc=$?
  record "$label" "$rc" "$started"
}

# vitest_step <label> <report name> <min tests> <vitest args…>: a vitest run counted test by test.
# Its time includes the step's setup (cluster start, browser install, build) when setup_started is set.
vitest_step() {
  local label=$1 report=$REPORTS/vitest-$2.json min=$3 started=${setup_started:-$(now_ms)} rc=0
  shift 3
  banner "$label"
  vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report" || rc=$?
  record "$label" "$rc" "$started" "$report" "$min"
}

# failed_step <label> <started ms> <note>: a step whose setup failed, so its tests could not run.
failed_step() {
  record "$1" 1 "$2" "" 0 "$3"
}

ensure_chromium() {
  [[ -x $CHROMIUM_PATH ]] && return 0
  [[ $CHROMIUM_PATH == /usr/bin/chromium ]] || { echo "test: CHROMIUM_PATH=$CHROMIUM_PATH does not exist" >&2; return 1; }
  apt_install chromium && [[ -x $CHROMIUM_PATH ]]
}

# 1–2
check typecheck tsc --noEmit
check lint eslint .

# 3
vitest_step unit unit 0 --project unit --passWithNoTests
WARRANT_TEST_DB=pglite vitest_step 'db (pglite)' db-pglite 1 --project db-pglite

# 4
banner 'PostgreSQL cluster'
setup_started=$(now_ms)
if pg_cluster_start; then
  WARRANT_TEST_DB=postgres vitest_step 'db (postgres)' db-postgres 1 --project db-postgres
else
  failed_step 'db (postgres)' "$setup_started" 'could not start a PostgreSQL cluster'
fi
pg_cluster_stop

# 5
banner 'Chromium and web build'
setup_started=$(now_ms)
if ! ensure_chromium; then
  failed_step 'e2e (chromium)' "$setup_started" "no Chromium at $CHROMIUM_PATH"
elif ! vite build --logLevel warn; then
  failed_step 'e2e (chromium)' "$setup_started" 'vite build failed'
else
  echo "$("$CHROMIUM_PATH" --version 2>/dev/null || echo "Chromium at $CHROMIUM_PATH"); web app built"
  vitest_step 'e2e (chromium)' e2e 1 --project e2e
fi

unset setup_started

# 6
banner summary
rc=0
node scripts/summarize-tests.mjs "$STEPS" || rc=$?
# 1 means "something failed" and the summary was printed; anything else means the summarizer itself broke.
if ((rc > 1)); then echo "0 passed, 1 failed"; fi
exit "$rc"
