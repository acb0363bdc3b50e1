#!/usr/bin/env bash
# Load test of the packaged service, side by side in one run: a bare echo route (the floor: same server, filters
# and JSON, no work), /api/v1/parse and /api/v1/chat, each with the "repeat" mix (20 fixed questions) and the
# "varied" mix (a catalog phrase with a random opener and ending). wrk, THREADS threads, CONNECTIONS connections,
# DURATION after a WARMUP of the same load; prints req/s, p99, non-2xx, ratios and the server's RSS afterwards.
#
# Usage: scripts/bench.sh            (needs target/ketamine-faq-chatbot.jar: mvn -B -q package -DskipTests)
# Env: PORT (8197), THREADS (2), CONNECTIONS (32), DURATION (15s), WARMUP (5s), JAVA_OPTS (default: the flags of
#      the Dockerfile's JAVA_TOOL_OPTIONS), MIXES (all of: echo parse-repeat parse-varied chat-repeat chat-varied),
#      SERVER_ARGS (more arguments for the service, e.g. --chatbot.nlu.cascade-confidence=2 to turn the cascade off).
# The echo route exists only with the `bench` profile, which this script turns on; production never has it. The
# per-client rate limit is turned off for the run: all load comes from one address, and the bench measures
# throughput, not the limiter.
# Needs wrk (Debian: apt-get install -y wrk), curl and python3 with PyYAML.
set -euo pipefail
cd "$(dirname "$0")/.."
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' Dockerfile)}

port=${PORT:-8197}
threads=${THREADS:-2}
connections=${CONNECTIONS:-32}
duration=${DURATION:-15s}
warmup=${WARMUP:-5s}
java_opts=${JAVA_OPTS:-$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"/\1/p' Dockerfile)}
mixes=${MIXES:-echo parse-repeat parse-varied chat-repeat chat-varied}
jar=target/ketamine-faq-chatbot.jar
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "missing wrk: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
export BENCH_DIR=$work
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# the catalog's training phrases (JSON-escaped, one a line) and 20 fixed questions: the first phrase of 20 intents
python3 - "$work" <<'PY'
import glob, json, sys, yaml
phrases, repeat = [], []
for path in sorted(glob.glob("intents/*.yaml")):
    examples = (yaml.safe_load(open(path)) or {}).get("examples") or []
    phrases += [json.dumps(str(e))[1:-1] for e in examples]
    if examples and len(repeat) < 20:
        repeat.append(json.dumps(str(examples[0]))[1:-1])
open(sys.argv[1] + "/phrases.txt", "w").write("\n".join(phrases) + "\n")
open(sys.argv[1] + "/repeat.txt", "w").write("\n".join(repeat) + "\n")
PY

# shellcheck disable=SC2086
java $java_opts -jar "$jar" --spring.profiles.active=bench --server.port="$port" \
  --chatbot.transcripts.directory="$work/transcripts" --chatbot.staff.password=bench-only \
  --chatbot.web.rate-limit.enabled=false ${SERVER_ARGS:-} \
  >"$work/server.log" 2>&1 &
pid=$!
started=$(date +%s.%N)
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"text":"hello"}' "http://127.0.0.1:$port/api/v1/chat"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; echo "the service died" >&2; exit 1; }
  sleep 0.2
done
printf 'server up, first answer after %.1f s (pid %s, JAVA_OPTS: %s)\n' "$(echo "$(date +%s.%N) - $started" | bc)" "$pid" "$java_opts"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; commit $(git rev-parse --short HEAD)"

to_ms() { # wrk latency (850.00us, 12.34ms, 1.02s) -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

declare -A rps p99 errors
for mix in $mixes; do
  case $mix in
    echo) path=/bench/echo; script=scripts/bench/repeat.lua ;;
    parse-repeat) path=/api/v1/parse; script=scripts/bench/repeat.lua ;;
    parse-varied) path=/api/v1/parse; script=scripts/bench/varied.lua ;;
    chat-repeat) path=/api/v1/chat; script=scripts/bench/repeat.lua ;;
    chat-varied) path=/api/v1/chat; script=scripts/bench/varied.lua ;;
    *) echo "unknown mix $mix" >&2; exit 1 ;;
  esac
  url="http://127.0.0.1:$port$path"
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$url" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url" >"$work/$mix.txt"
  rps[$mix]=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/$mix.txt")
  p99[$mix]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/$mix.txt")")
  errors[$mix]=$(awk '/Non-2xx/ { print $NF } /Socket errors/ { print "sock:" $0 }' "$work/$mix.txt" | tr '\n' ' ')
  printf '%-13s %8s req/s   p99 %7s ms   %s\n' "$mix" "${rps[$mix]}" "${p99[$mix]}" "${errors[$mix]:-}"
done

rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")
hwm_kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'server RSS after the load: %d MB (peak %d MB)\n' $((rss_kb / 1024)) $((hwm_kb / 1024))
ratio() { [ -n "${rps[$1]:-}" ] && [ -n "${rps[$2]:-}" ] && awk -v a="${rps[$1]}" -v b="${rps[$2]}" 'BEGIN { printf "%.0f%%", 100 * a / b }' || echo "n/a"; }
echo "chat-varied / parse-varied: $(ratio chat-varied parse-varied)   (bar: >= 85%)"
echo "chat-repeat / parse-repeat: $(ratio chat-repeat parse-repeat)"
echo "parse-varied / echo:        $(ratio parse-varied echo)"
echo "chat-varied p99: ${p99[chat-varied]:-n/a} ms   (bar: <= 100 ms at 32 connections)"
echo "transcript lines written: $(cat "$work"/transcripts/*.jsonl 2>/dev/null | wc -l)"
curl -s -u staff:bench-only "http://127.0.0.1:$port/actuator/prometheus" \
  | grep -E '^chatbot_transcripts_flush_(seconds|batch)_(count|sum)|^chatbot_classification_seconds_(count|sum)' || true
