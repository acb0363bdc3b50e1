#!/usr/bin/env bash
# Load test of the packaged service, side by side in one run: a bare echo route (the floor: same server, filters
# and JSON, no work), /api/v1/parse and /api/v1/chat, each with the "repeat" mix (20 fixed questions) and the
# "varied" mix (a catalog phrase with a random opener and ending). wrk, THREADS threads, CONNECTIONS connections,
# DURATION after a WARMUP of the same load; prints req/s, p99, the server's CPU per request (what a noisy neighbour
# barely moves), non-2xx, ratios and the server's RSS afterwards.
#
# Usage: scripts/bench.sh            (needs target/ketamine-faq-chatbot.jar: mvn -B -q package -DskipTests)
# Env: PORT (8197), JAR (target/ketamine-faq-chatbot.jar; e.g. the extracted jar of a class data sharing run), THREADS (2), CONNECTIONS (32), DURATION (15s), WARMUP (5s), JAVA_OPTS (default: the flags of
#      the Dockerfile's JAVA_TOOL_OPTIONS), MIXES (all of: echo parse-repeat parse-varied chat-repeat chat-varied),
#      SERVER_ARGS (more arguments for the service, e.g. --chatbot.nlu.cascade-confidence=2 to turn the cascade off),
#      NLPJS=1: also start nlp.js (node-nlp 4.27.0, trained on the same catalog phrases: scripts/bench/nlpjs_server.js)
#      on NLPJS_PORT (PORT+1) and add its mixes nlpjs-repeat and nlpjs-varied (its /parse, the same wrk scripts), so
#      both servers are measured side by side in one run; node-nlp is installed once into NLPJS_CACHE
#      (~/.cache/chatbot-bench/nlpjs, never into the repository; needs node and npm),
#      CACHE=<folder>: copy the saved models (*.bin) from there into the run's scratch folder and start from them (a
#      restart, as the container's start); without it the server uses the repository's cache/ (trains and saves the
#      models there when they are missing or stale: a first start, whose training leaves a grown heap behind),
#      (the server's RSS is also sampled every second during each measured run: "RSS under the load", median and max, the nlp.js mixes left out)
#      SETTLE: seconds to wait after the load before a second RSS reading of the idle server (10; 0: none),
#      MEMORY_DETAIL=1: after the load (and SETTLE), where the server's resident memory goes (smaps_rollup, pmap, the heap; the
#      JVM's native share too when JAVA_OPTS has -XX:NativeMemoryTracking=summary).
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
settle=${SETTLE:-10}
warmup=${WARMUP:-5s}
java_opts=${JAVA_OPTS:-$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"/\1/p' Dockerfile)}
nlpjs=${NLPJS:-0}
nlpjs_port=${NLPJS_PORT:-$((port + 1))}
nlpjs_cache=${NLPJS_CACHE:-$HOME/.cache/chatbot-bench/nlpjs}
if [ "$nlpjs" = 1 ]; then
  mixes=${MIXES:-echo parse-repeat parse-varied chat-repeat chat-varied nlpjs-repeat nlpjs-varied}
else
  mixes=${MIXES:-echo parse-repeat parse-varied chat-repeat chat-varied}
fi
jar=${JAR:-target/ketamine-faq-chatbot.jar}
[ -f "$jar" ] || { echo "missing $jar: run mvn -B -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "missing wrk: apt-get install -y wrk" >&2; exit 1; }

work=$(mktemp -d)
export BENCH_DIR=$work
pid=""
node_pid=""
trap 'for p in $pid $node_pid; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

# the catalog's training phrases (JSON-escaped, one a line) and 20 fixed questions: the first phrase of 20 intents
python3 - "$work" <<'PY'
import glob, json, sys, yaml
phrases, repeat, training = [], [], []
for path in sorted(glob.glob("intents/*.yaml")):
    intent = yaml.safe_load(open(path)) or {}
    examples = intent.get("examples") or []
    phrases += [json.dumps(str(e))[1:-1] for e in examples]
    training += [json.dumps({"intent": intent["name"], "text": str(e)}) for e in examples]
    if examples and len(repeat) < 20:
        repeat.append(json.dumps(str(examples[0]))[1:-1])
open(sys.argv[1] + "/phrases.txt", "w").write("\n".join(phrases) + "\n")
open(sys.argv[1] + "/repeat.txt", "w").write("\n".join(repeat) + "\n")
open(sys.argv[1] + "/training.jsonl", "w").write("\n".join(training) + "\n")
PY

if [ "$nlpjs" = 1 ]; then
  command -v node >/dev/null && command -v npm >/dev/null || { echo "NLPJS=1 needs node and npm" >&2; exit 1; }
  if [ ! -d "$nlpjs_cache/node_modules/node-nlp" ]; then
    mkdir -p "$nlpjs_cache"
    npm install --no-audit --no-fund --no-save --prefix "$nlpjs_cache" node-nlp@4.27.0 >"$work/npm.log" 2>&1 \
      || { cat "$work/npm.log"; echo "cannot install node-nlp" >&2; exit 1; }
  fi
fi

cache_args=()
if [ -n "${CACHE:-}" ]; then
  mkdir -p "$work/cache"
  cp "$CACHE"/*.bin "$work/cache/"
  cache_args=(--chatbot.nlu.model-artifact="$work/cache/intent-model.bin"
    --chatbot.nlu.embedding-cache="$work/cache/phrase-embeddings.bin")
fi
# shellcheck disable=SC2086
java $java_opts -jar "$jar" "${cache_args[@]}" --spring.profiles.active=bench --server.port="$port" \
  --chatbot.transcripts.directory="$work/transcripts" --chatbot.staff.password=bench-only \
  --chatbot.web.rate-limit.enabled=false ${SERVER_ARGS:-} \
  >"$work/server.log" 2>&1 &
pid=$!
started=$(date +%s.%N)
until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"text":"hello"}' "http://127.0.0.1:$port/api/v1/chat"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.log"; echo "the service died" >&2; exit 1; }
  sleep 0.2
done
first_answer=$(echo "$(date +%s.%N) - $started" | bc)
first_cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
# whether the start loaded its saved models or trained them: a training start is not a restart
models=$(grep -o 'Loaded the intent model\|Intent model ready.*ms\|Training the risk detector\|Risk detector ready.*ms' \
  "$work/server.log" | tr '\n' ' ')
# nlp.js starts (and trains, a core's worth of work for several seconds) only once the server has answered, so that
# the server's start is timed alone
if [ "$nlpjs" = 1 ]; then
  NODE_PATH="$nlpjs_cache/node_modules" node scripts/bench/nlpjs_server.js "$work/training.jsonl" "$nlpjs_port" \
    >"$work/nlpjs.log" 2>&1 &
  node_pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"text":"hello"}' "http://127.0.0.1:$nlpjs_port/parse"; do
    kill -0 "$node_pid" 2>/dev/null || { cat "$work/nlpjs.log"; echo "nlp.js died" >&2; exit 1; }
    sleep 0.2
  done
  echo "nlp.js up: $(head -1 "$work/nlpjs.log") (pid $node_pid, port $nlpjs_port)"
fi
printf 'server up, first answer after %.1f s wall, %s s CPU (pid %s, JAVA_OPTS: %s; %s)\n' "$first_answer" "$first_cpu" \
  "$pid" "$java_opts" "$models"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; commit $(git rev-parse --short HEAD)"

rss_of() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; } # a process's resident memory in kB

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
    nlpjs-repeat) path=/parse; script=scripts/bench/repeat.lua ;;
    nlpjs-varied) path=/parse; script=scripts/bench/varied.lua ;;
    *) echo "unknown mix $mix" >&2; exit 1 ;;
  esac
  case $mix in nlpjs-*) url="http://127.0.0.1:$nlpjs_port$path" ;; *) url="http://127.0.0.1:$port$path" ;; esac
  wrk -t"$threads" -c"$connections" -d"$warmup" -s "$script" "$url" >/dev/null
  # the server's resident memory once a second while the measured load runs (the steady figure under load)
  case $mix in nlpjs-*) rss_file=/dev/null ;; *) rss_file=$work/rss-under-load.txt ;; esac
  ( while kill -0 "$pid" 2>/dev/null; do rss_of "$pid" >>"$rss_file"; sleep 1; done ) &
  sampler=$!
  case $mix in nlpjs-*) served_by=$node_pid ;; *) served_by=$pid ;; esac
  ticks_before=$(awk '{ print $14 + $15 }' "/proc/$served_by/stat")
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$script" "$url" >"$work/$mix.txt"
  ticks_after=$(awk '{ print $14 + $15 }' "/proc/$served_by/stat")
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  rps[$mix]=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/$mix.txt")
  p99[$mix]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/$mix.txt")")
  errors[$mix]=$(awk '/Non-2xx/ { print $NF } /Socket errors/ { print "sock:" $0 }' "$work/$mix.txt" | tr '\n' ' ')
  # the server's CPU per request during the measured run: unlike req/s, barely moved by other tenants of the machine
  cpu_ms=$(awk -v a="$ticks_before" -v b="$ticks_after" -v hz="$(getconf CLK_TCK)" \
    '/ requests in / { if ($1 > 0) printf "%.2f", (b - a) * 1000 / hz / $1 }' "$work/$mix.txt")
  printf '%-13s %8s req/s   p99 %7s ms   server CPU %6s ms/request   %s\n' "$mix" "${rps[$mix]}" "${p99[$mix]}" \
    "${cpu_ms:-n/a}" "${errors[$mix]:-}"
done

rss_kb=$(rss_of "$pid")
hwm_kb=$(awk '/^VmHWM/ { print $2 }' "/proc/$pid/status")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'server RSS after the load: %d MB (peak %d MB)\n' $((rss_kb / 1024)) $((hwm_kb / 1024))
if [ -s "$work/rss-under-load.txt" ]; then
  sort -n "$work/rss-under-load.txt" | awk '{ v[NR] = $1 } END { printf "server RSS under the load (sampled every second, %d samples): median %d MB, max %d MB\n", NR, v[int((NR + 1) / 2)] / 1024, v[NR] / 1024 }'
fi
if [ "$settle" -gt 0 ]; then # the same process idle: the collector's young space, the compilers' arenas (freed to the
  # C library every 5 s, trimmed every second with the Dockerfile's flags) and the allocator's caches settle
  sleep "$settle"
  printf 'server RSS %d s after the load (idle): %d MB\n' "$settle" $(( $(rss_of "$pid") / 1024 ))
fi
if [ "${MEMORY_DETAIL:-0}" = 1 ]; then # where the resident memory goes (add -XX:NativeMemoryTracking=summary to JAVA_OPTS for the JVM's share)
  grep -E '^(Rss|Pss_Anon|Pss_File|Anonymous)' "/proc/$pid/smaps_rollup" || true
  pmap -x "$pid" | sort -k3 -n -r | head -15 || true
  jcmd "$pid" VM.native_memory summary 2>/dev/null | grep -E 'committed' | grep -v '^ *$' | head -40 || true
  jcmd "$pid" GC.heap_info 2>/dev/null | tail -n +2 || true
  jcmd "$pid" GC.class_histogram 2>/dev/null | head -30 || true # a full collection first: live objects only
  jcmd "$pid" GC.heap_info 2>/dev/null | tail -n +2 || true
fi
ratio() { [ -n "${rps[$1]:-}" ] && [ -n "${rps[$2]:-}" ] && awk -v a="${rps[$1]}" -v b="${rps[$2]}" 'BEGIN { printf "%.0f%%", 100 * a / b }' || echo "n/a"; }
echo "chat-varied / parse-varied: $(ratio chat-varied parse-varied)   (bar: >= 85%)"
echo "chat-repeat / parse-repeat: $(ratio chat-repeat parse-repeat)"
echo "parse-varied / echo:        $(ratio parse-varied echo)"
if [ "$nlpjs" = 1 ]; then
  echo "chat-varied / nlpjs-varied: $(ratio chat-varied nlpjs-varied)   (bar: >= 25%)"
  echo "parse-varied / nlpjs-varied: $(ratio parse-varied nlpjs-varied)"
  echo "nlp.js RSS after the load: $(( $(rss_of "$node_pid") / 1024 )) MB"
fi
echo "chat-varied p99: ${p99[chat-varied]:-n/a} ms   (bar: <= 100 ms at 32 connections)"
echo "transcript lines written: $(cat "$work"/transcripts/*.jsonl 2>/dev/null | wc -l)"
curl -s -u staff:bench-only "http://127.0.0.1:$port/actuator/prometheus" \
  | grep -E '^chatbot_transcripts_flush_(seconds|batch)_(count|sum)|^chatbot_classification_seconds_(count|sum)' || true
