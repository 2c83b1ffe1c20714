# shellcheck shell=bash
# Throwaway PostgreSQL clusters for the demo, the tests and the benchmark.
#
# Source this file, then:
#   pg_sandbox_start DIR     initdb + start a private cluster in DIR, unix socket only
#                            (no TCP port, so it can never collide with a real server);
#                            sets PG_SANDBOX_URL to a libpq URL for database "postgres".
#   pg_sandbox_stop DIR      stop it (the caller removes DIR).
#   ensure_build_deps        install libpq-dev / the server / pkg-config when missing.
#
# initdb refuses to run as root, so as root the cluster runs as the "postgres" user.

ensure_build_deps() {
  local missing=()
  pkg-config --exists libpq 2>/dev/null || missing+=(libpq-dev)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  [ -n "$(pg_bindir 2>/dev/null)" ] || missing+=(postgresql)
  if ! command -v swift >/dev/null 2>&1; then
    echo "swift is not on PATH: install Swift 6 (https://swift.org/install) first" >&2
    return 1
  fi
  [ ${#missing[@]} -eq 0 ] && return 0
  apt_install "${missing[@]}"
}

# Installs Debian packages, with sudo unless root.
apt_install() {
  echo "installing: $*" >&2
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >&2
}

# The directory holding initdb/pg_ctl: Debian keeps them out of PATH.
pg_bindir() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/psql" ]; then echo "$d"; return; fi
  d=$(command -v initdb 2>/dev/null) && [ -x "$(dirname "$d")/psql" ] && dirname "$d"
}

# Run a command as the cluster's owner.
_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_sandbox_start() {
  local dir=$1 bin
  bin=$(pg_bindir) || { echo "PostgreSQL server binaries not found" >&2; return 1; }
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$dir" postgres
    chown postgres "$dir"
    chmod 755 "$dir"
  fi
  _pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; return 1; }
  # Settings for a throwaway cluster: no TCP, socket in DIR, no durability waits.
  _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off ${PG_SANDBOX_OPTIONS:-}" >/dev/null \
    || { cat "$dir/server.log" >&2; return 1; }
  PG_SANDBOX_URL="postgresql://postgres@/postgres?host=$dir"
  export PG_SANDBOX_URL
}

pg_sandbox_stop() {
  local dir=$1 bin
  bin=$(pg_bindir) || return 0
  [ -f "$dir/data/postmaster.pid" ] && _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  return 0
}
