#!/usr/bin/env bash
# A local ClamAV daemon for dev, the demo and the tests, on a Unix socket in
# var/clamav/ (so it never clashes with another one on the machine).
#
# Signatures: /var/lib/clamav when freshclam has filled it (production and any
# machine with internet access run freshclam, which keeps main/daily/bytecode
# current); otherwise the minimal database shipped in scripts/clamav/, which
# detects only the EICAR test file: enough to test that an infected upload is
# refused, not protection.
#
# Usage: scripts/clamd.sh start|stop|status|socket
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
dir="${CLAMD_DIR:-$root/var/clamav}"
sock="$dir/clamd.sock"
pidfile="$dir/clamd.pid"
conf="$dir/clamd.conf"

signatures() {
  if ls /var/lib/clamav/*.cvd /var/lib/clamav/*.cld >/dev/null 2>&1; then
    echo /var/lib/clamav
  else
    mkdir -p "$dir/db"
    cp "$root/scripts/clamav/test-signatures.ndb" "$dir/db/"
    echo "$dir/db"
  fi
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "${1:-status}" in
  start)
    if ! command -v clamd >/dev/null && [ ! -x /usr/sbin/clamd ]; then
      echo "clamd is not installed (apt-get install clamav-daemon); uploads use the fake scanner." >&2
      exit 3
    fi
    if running; then echo "$sock"; exit 0; fi
    mkdir -p "$dir"
    cat >"$conf" <<CONF
LocalSocket $sock
LocalSocketMode 660
PidFile $pidfile
DatabaseDirectory $(signatures)
Foreground false
LogFile $dir/clamd.log
LogTime true
StreamMaxLength 25M
MaxThreads 4
User $(id -un)
CONF
    "$(command -v clamd || echo /usr/sbin/clamd)" --config-file="$conf"
    for _ in $(seq 1 60); do [ -S "$sock" ] && break; sleep 0.5; done
    [ -S "$sock" ] || { echo "clamd did not start; see $dir/clamd.log" >&2; exit 1; }
    echo "$sock"
    ;;
  stop)
    if running; then kill "$(cat "$pidfile")"; fi
    rm -f "$sock" "$pidfile"
    ;;
  status)
    if running; then echo "running on $sock"; else echo "not running"; exit 1; fi
    ;;
  socket)
    echo "$sock"
    ;;
  *)
    echo "Usage: $0 start|stop|status|socket" >&2
    exit 2
    ;;
esac
