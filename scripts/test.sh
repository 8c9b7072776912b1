#!/usr/bin/env bash
# The whole test suite (README's second command: `npm test`).
#  1. type check, lint (ESLint) and format (Prettier)
#  2. unit + database tests on PGlite (Vitest)
#  3. the same database tests on a real PostgreSQL server started here on 127.0.0.1, the app's queries running
#     as a role that owns nothing (lib/db/test-db.ts; docs/decisions/008)
#  4. production build, then Playwright journeys in Debian's Chromium, on PGlite
#     and (PUBLIC_READ=true) on the PostgreSQL server, served as its app role like `npm start` does
#  5. the benchmark in its smoke size, to prove it still works (timings printed, never asserted)
#  6. a short soak run (readers and editors for ~25 s): no 5xx, nothing lost, the audit chain verifies
set -euo pipefail
cd "$(dirname "$0")/.."

PG_STARTED=0
cleanup() { [ "$PG_STARTED" = 1 ] && scripts/pg-test-server.sh stop || true; }
trap cleanup EXIT

step() { printf '\n==== %s\n' "$*"; }

step "type check"
npx --no-install tsc --noEmit

step "lint and format (ESLint, Prettier)"
npx --no-install eslint .
npx --no-install prettier --check "**/*.{ts,tsx,mjs,js,css}"
# Literal user-facing strings in app/ and components/: none new (scripts/literal-strings.ts).
npx --no-install tsx scripts/check-literals.ts

step "unit and database tests (PGlite)"
npx --no-install vitest run

step "database tests (PostgreSQL)"
PG_URL=$(scripts/pg-test-server.sh start)
PG_STARTED=1
echo "PostgreSQL test server: $PG_URL"
TEST_DB=postgres TEST_DATABASE_URL="$PG_URL" npx --no-install vitest run lib scripts/bench-scale

step "production build"
npx --no-install next build

step "end-to-end journeys (Chromium)"
E2E_DATABASE_URL="$PG_URL" npx --no-install playwright test

step "benchmark smoke run (npm run bench:scale -- --smoke; timings are not checked)"
npm run --silent bench:scale -- --smoke --database-url="$PG_URL"

step "soak smoke run (npm run soak -- --minutes 0.4; a 5xx, a lost save or an audit failure fails it)"
npm run --silent soak -- --minutes 0.4 --readers 4 --editors 4 --database-url="$PG_URL"

printf '\nAll test stages passed.\n'
