#!/usr/bin/env bash
# Restart to first answer: starts the packaged jar (with the JVM flags of the Dockerfile) and prints the seconds
# from launch until POST /api/v1/chat answers 200, then until readiness is up (/actuator/health/readiness, after the
# warm-up: what a load balancer waits for). Run it twice: the first run trains and saves the model artifact
# (cache/intent-model.bin in a scratch folder), the second loads it.
# Usage: scripts/first_answer.sh [runs=2] ; env PORT (default 8197), JAVA_OPTS (default: the Dockerfile's flags),
# JAR (default target/ketamine-faq-chatbot.jar), CACHE=<folder>: copy the saved models from there first (for example
# the repository's cache/ after one start), so that every run is a restart,
# CDS=1: start as the Docker image does: the ahead-of-time processed beans (-Dspring.aot.enabled=true), ONNX Runtime's
# native libraries unpacked beside the jar (-Donnxruntime.native.path; needs unzip), from the
# extracted jar with a class data sharing archive (Spring Boot's CDS recipe: `-Djarmode=tools
# extract`, then one training run with -XX:ArchiveClassesAtExit and -Dspring.context.exit=onRefresh, which also trains
# and saves the model artifacts, so every timed run then has them).
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
if [ -n "${CACHE:-}" ]; then
  cp "$CACHE"/*.bin "$work/cache/"
fi
jar=$(realpath "${JAR:-target/ketamine-faq-chatbot.jar}")
args=(--server.port="$port" --chatbot.intents.directory="$PWD/intents" --chatbot.safety.rules="$PWD/intents/safety"
  --chatbot.staff.password=bench)
if [ "${CDS:-0}" = 1 ]; then
  java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
  jar="$work/app/$(basename "$jar")" # the extracted application jar keeps the original jar's name
  # ONNX Runtime's native libraries outside the jar, as the image has them in /app/native
  mkdir -p "$work/native"
  (cd "$work/native" && unzip -q -j "$jar" "ai/onnxruntime/native/linux-$(uname -m | sed 's/x86_64/x64/')/*.so")
  # shellcheck disable=SC2086
  (cd "$work" && java $java_opts -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.aot.enabled=true \
      -Donnxruntime.native.path="$work/native" \
      -Dspring.context.exit=onRefresh \
      -jar "$jar" "${args[@]}" >"$work/cds-training.log" 2>&1)
  java_opts="$java_opts -XX:SharedArchiveFile=$work/app.jsa -Dspring.aot.enabled=true -Donnxruntime.native.path=$work/native"
  echo "class data sharing archive written ($(du -m "$work/app.jsa" | cut -f1) MB); artifacts saved by the training run"
fi
for run in $(seq 1 "$runs"); do
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  (cd "$work" && exec java $java_opts -jar "$jar" "${args[@]}" >"$work/run$run.log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"text":"how long does a session last"}' \
      "http://127.0.0.1:$port/api/v1/chat"; do
    kill -0 "$pid" 2>/dev/null || { echo "the service died; see $work/run$run.log"; cat "$work/run$run.log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  # CPU seconds the JVM used until then (user + system): less sensitive than wall time to a busy machine
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
  model=$(grep -o 'Loaded the intent model\|Intent model ready.*ms\|Training the risk detector\|Risk detector ready.*ms\|Loaded the [A-Z_]* sentence encoder in [0-9]* ms' "$work/run$run.log" \
    | tr '\n' ' ')
  # readiness (what a load balancer waits for) comes up once the warm-up has run: at most 60 s more
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && break
    sleep 0.1
  done
  ready=$(date +%s.%N)
  printf 'run %d: first answer after %.2f s wall, %s s CPU, ready after %.2f s, load average %s (%s)\n' "$run" \
    "$(echo "$end - $start" | bc)" "$cpu" "$(echo "$ready - $start" | bc)" "$(cut -d' ' -f1 /proc/loadavg)" "$model"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
done
