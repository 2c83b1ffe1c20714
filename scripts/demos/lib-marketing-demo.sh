# shellcheck shell=bash
# Shared by scripts/demos/demo-marketing and scripts/checks/check-report-html: a throwaway PostgreSQL with the
# demo's generated events, scored on ten dates 10 days apart (so the report has history: a
# previous snapshot, one exactly 30 days earlier, and a 90-day trend).
#
# Source after scripts/lib/postgres.sh, then call `marketing_demo_setup AS_OF`. Sets BIN (the
# rfm-nightly binary: RFM_BINARY when set, else a debug build) and exports DATABASE_URL. The caller's EXIT trap should call
# `marketing_demo_teardown`.

marketing_demo_setup() {
  local as_of=$1
  if [ -n "${RFM_BINARY:-}" ]; then
    BIN=$RFM_BINARY  # a binary already built (a release build, the one under test)
  else
    echo "==> building rfm-nightly" >&2
    swift build --product rfm-nightly >&2
    BIN="$(swift build --show-bin-path)/rfm-nightly"
  fi
  MARKETING_SANDBOX=$(mktemp -d /tmp/rfm-marketing-pg.XXXXXX)
  echo "==> starting a throwaway PostgreSQL in $MARKETING_SANDBOX" >&2
  pg_sandbox_start "$MARKETING_SANDBOX"
  export DATABASE_URL="$PG_SANDBOX_URL"
  "$BIN" migrate --log-level warning >&2
  echo "==> generating demo purchase events up to $as_of" >&2
  "$(pg_bindir)/psql" "$DATABASE_URL" -q -X -v as_of="$as_of" -f scripts/demos/demo-data.sql >/dev/null
  echo "==> scoring every 10 days from 90 days before $as_of" >&2
  local days
  for days in 90 80 70 60 50 40 30 20 10 0; do
    "$BIN" run --as-of "$(date -u -d "$as_of - $days days" +%F)" --log-level warning >/dev/null
  done
}

marketing_demo_teardown() {
  if [ -n "${MARKETING_SANDBOX:-}" ]; then
    pg_sandbox_stop "$MARKETING_SANDBOX"
    rm -rf "$MARKETING_SANDBOX"
  fi
}
