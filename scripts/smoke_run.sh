#!/usr/bin/env bash
# Smoke test of the two ways the README starts the service: the packaged jar (java -jar; also with the ahead-of-time
# processed beans, as the Docker image runs it) and `mvn spring-boot:run`. Each must come up and answer a chat
# question. Their classpaths differ (the jar carries ONNX Runtime without its debug symbols), which unit tests do not
# see. Needs only bash: HTTP goes over bash's /dev/tcp. Run after `mvn verify` (it needs target/ketamine-faq-chatbot.jar).
set -euo pipefail
cd "$(dirname "$0")/.."

port=${SMOKE_PORT:-18090}
scratch=$(mktemp -d)
pid=""
trap 'if [ -n "$pid" ]; then kill -- "-$pid" 2>/dev/null || true; fi; rm -rf "$scratch"' EXIT

http() { # method path [json body] -> prints the response (status line, headers, body)
  local body=${3:-}
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s' \
    "$1" "$2" "${#body}" "$body" >&3
  cat <&3
  exec 3<&-
}

check() { # name, command...
  local name=$1
  shift
  echo "smoke: starting the service with $name"
  set -m
  "$@" >"$scratch/$name.log" 2>&1 &
  pid=$!
  set +m
  # a first start trains both models (the risk detector embeds sixteen thousand sentences): minutes on a busy machine
  for _ in $(seq 1 200); do
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    if http GET /actuator/health 2>/dev/null | grep -q '"status":"UP"'; then break; fi
    sleep 2
  done
  local reply
  reply=$(http POST /api/v1/chat '{"text":"how long does a ketamine infusion take?"}' 2>/dev/null || true)
  kill -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
  if ! grep -q '"route":"answer"' <<<"$reply" || ! grep -q '"disclaimer"' <<<"$reply"; then
    echo "smoke: FAILED with $name; its log ends with:" >&2
    tail -n 40 "$scratch/$name.log" >&2
    exit 1
  fi
  echo "smoke: $name answered: $(grep -o '"intent":{[^}]*}' <<<"$reply")"
}

# exactly the README's commands; the service's own files go to the scratch directory (environment variables the
# configuration reads), not the working copy
export PORT=$port TRANSCRIPTS_DIR="$scratch/transcripts" EMBEDDING_CACHE="$scratch/cache/embeddings.bin" \
  STAFF_AUDIT_LOG="$scratch/audit.jsonl"
check jar java -jar target/ketamine-faq-chatbot.jar
# the Docker image's start: the bean definitions generated at build time (Spring's ahead-of-time processing)
check jar-aot java -Dspring.aot.enabled=true -jar target/ketamine-faq-chatbot.jar
check spring-boot-run mvn -B -q spring-boot:run
