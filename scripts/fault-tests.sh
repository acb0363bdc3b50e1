#!/usr/bin/env bash
# Fault tests of the packaged service, loopback only and bounded in time (about 5 minutes on a busy 2-core machine).
# Prints one JSON line per check: what the clients saw acknowledged and what was found afterwards.
#
#   scripts/fault-tests.sh            (after `mvn -B package -DskipTests`; PORT defaults to 8193)
#
# Instance A (rate limits off, 5 s connection deadlines, at most 300 connections):
#   combining-mark attack (24 clients) vs crisis reply latency; idle and slow-header connections; 400 connections
#   against a limit of 300; 16 clients under load, then kill -9, then acknowledged turns looked up in the transcript.
# Instance B (transcripts on a 1 MB tmpfs filled to ~12 KB free, no fallback folder; needs root to mount):
#   ordinary turns until 503, then 3 urgent turns (answered? recorded? readiness?), space freed, urgent turns
#   written by the retry; then 1,200 back-to-back chats from one client against the rate limit; 8 wrong staff
#   passwords against the sign-in lockout.
set -uo pipefail
cd "$(dirname "$0")/.."
export PORT=${PORT:-8193}
jar=target/ketamine-faq-chatbot.jar
[ -f "$jar" ] || { echo "build first: mvn -B package -DskipTests" >&2; exit 2; }
if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then echo "port $PORT is in use; set PORT" >&2; exit 2; fi
scratch=$(mktemp -d)
pid=""
mounted=""
cleanup() {
  if [ -n "$pid" ]; then kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null; fi
  rm -rf "$scratch"
}
trap cleanup EXIT

start() { # transcripts-dir extra-args...
  local dir=$1
  shift
  STAFF_PASSWORD=fault-test-password java -Xmx512m -jar "$jar" --server.port="$PORT" \
    --chatbot.transcripts.directory="$dir" --chatbot.staff.audit-log="$scratch/audit.jsonl" "$@" >"$scratch/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  echo "service did not start; log:" >&2
  tail -20 "$scratch/service.log" >&2
  exit 1
}

echo "# fault tests $(date -u +%Y-%m-%dT%H:%MZ) commit $(git rev-parse --short HEAD) port $PORT"

# ---- instance A
start "$scratch/a" --chatbot.web.rate-limit.enabled=false --chatbot.web.connections.max-connections=300 \
  --chatbot.web.connections.idle-timeout=5s --chatbot.web.connections.response-deadline=5s
python3 scripts/fault_tests.py zalgo 24 20
python3 scripts/fault_tests.py connections 200 50 12
python3 scripts/fault_tests.py over-limit 400
python3 scripts/fault_tests.py load 12 16 "$scratch/acked" &
loader=$!
sleep 7
kill -9 "$pid"
wait "$pid" 2>/dev/null
pid=""
wait "$loader"
python3 scripts/fault_tests.py count-transcripts "$scratch/a" "$scratch/acked"

# ---- instance B
mkdir -p "$scratch/tmpfs"
if mount -t tmpfs -o size=1m tmpfs "$scratch/tmpfs" 2>/dev/null; then
  mounted="$scratch/tmpfs"
  mkdir -p "$scratch/tmpfs/t"
  free_kb=$(df -k --output=avail "$scratch/tmpfs" | tail -1)
  head -c $(( (free_kb - 12) * 1024 )) /dev/zero >"$scratch/tmpfs/filler" 2>/dev/null
  start "$scratch/tmpfs/t" --chatbot.web.rate-limit.client-burst=1000 --chatbot.web.rate-limit.conversation-burst=1000
  URGENT_IDS="$scratch/urgent" python3 scripts/fault_tests.py diskfull
  rm -f "$scratch/tmpfs/filler"
  sleep 7
  found=$(cat "$scratch"/tmpfs/t/*.jsonl 2>/dev/null | grep -c -F -f "$scratch/urgent")
  echo "{\"check\": \"disk-full-recovered\", \"urgent_found_after_space_freed\": ${found:-0}, \"readiness\": $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")}"
  python3 scripts/fault_tests.py flood 1200
  python3 scripts/fault_tests.py signin 8
else
  echo '{"check": "disk-full", "skipped": "mount -t tmpfs not permitted here"}'
  start "$scratch/b" --chatbot.web.rate-limit.client-burst=1000
  python3 scripts/fault_tests.py flood 1200
  python3 scripts/fault_tests.py signin 8
fi
