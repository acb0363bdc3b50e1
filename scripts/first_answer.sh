#!/usr/bin/env bash
# Restart to first answer: starts the packaged jar (with the JVM flags of the Dockerfile) and prints the seconds
# from launch until POST /api/v1/chat answers 200. Run it twice: the first run trains and saves the model artifact
# (cache/intent-model.bin in a scratch folder), the second loads it.
# Usage: scripts/first_answer.sh [runs=2] ; env PORT (default 8197), JAVA_OPTS (default: the Dockerfile's flags).
set -euo pipefail
cd "$(dirname "$0")/.."
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-$(sed -n 's/^ENV MALLOC_ARENA_MAX=//p' Dockerfile)}
runs=${1:-2}
port=${PORT:-8197}
java_opts=${JAVA_OPTS:-$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\(.*\)"/\1/p' Dockerfile)}
work=$(mktemp -d)
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
mkdir -p "$work/cache"
for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$work" && exec java $java_opts -jar "$OLDPWD/target/ketamine-faq-chatbot.jar" --server.port="$port" \
      --chatbot.intents.directory="$OLDPWD/intents" --chatbot.safety.rules="$OLDPWD/intents/safety" \
      --chatbot.staff.password=bench >"$work/run$run.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"text":"how long does a session last"}' \
      "http://127.0.0.1:$port/api/v1/chat"; do
    kill -0 "$pid" 2>/dev/null || { echo "the service died; see $work/run$run.log"; cat "$work/run$run.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  # CPU seconds the JVM used until then (user + system): less sensitive than wall time to a busy machine
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
  model=$(grep -o 'Loaded the intent model\|Intent model ready.*ms' "$work/run$run.log" | head -2 | tr '\n' ' ')
  printf 'run %d: first answer after %.2f s wall, %s s CPU, load average %s (%s)\n' "$run" \
    "$(echo "$end - $start" | bc)" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" "$model"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
