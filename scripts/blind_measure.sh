#!/usr/bin/env bash
# Measures a jar on blind sets split by scripts/split_eval_set.py, printing aggregates only.
# Usage: scripts/blind_measure.sh JAR OUT SETDIR...   (run from the repository: the models in cache/ are reused)
# Each SETDIR may hold nlu.jsonl and followups.jsonl (eval --chat, strict and --any-listed) and safety.jsonl
# (eval --safety); the chat turns are also screened as ordinary messages (scripts/turns_as_safety.py: ordinary
# visitors' false alarms). Misses are written or shown only for a folder named "dev": never read a final half's.
set -uo pipefail
jar=$(realpath "$1"); out=$(realpath -m "$2"); shift 2
mkdir -p "$out"
cd "$(dirname "$0")/.."
java=(java --add-modules=jdk.incubator.vector -jar "$jar")
for set in "$@"; do
  name=$(basename "$set")
  tag=$(realpath -m "$set" | tr '/' '_')
  chat=(); chat_files=()
  for f in nlu.jsonl followups.jsonl; do [ -f "$set/$f" ] && chat+=(--chat "$set/$f") && chat_files+=("$set/$f"); done
  misses=(); show=()
  if [ "$name" = dev ]; then misses=(--misses "$out/$tag-chat-misses.jsonl"); show=(--show-misses); fi
  echo "== $set"
  if [ ${#chat[@]} -gt 0 ]; then
    "${java[@]}" eval "${chat[@]}" "${misses[@]}" --report "$out/$tag-chat.json" > "$out/$tag-chat.txt" 2>/dev/null
    "${java[@]}" eval "${chat[@]}" --any-listed > "$out/$tag-chat-any.txt" 2>/dev/null
    echo "-- chat (strict)"; grep -v '^ *$' "$out/$tag-chat.txt"
    echo "-- chat (--any-listed)"; grep -v '^ *$' "$out/$tag-chat-any.txt"
    cat "${chat_files[@]}" | python3 scripts/turns_as_safety.py /dev/stdin > "$out/$tag-turns.jsonl"
  fi
  screened=()
  [ -f "$set/safety.jsonl" ] && screened+=("$set/safety.jsonl")
  [ -s "$out/$tag-turns.jsonl" ] && screened+=("$out/$tag-turns.jsonl")
  if [ ${#screened[@]} -gt 0 ]; then
    echo "-- safety"
    "${java[@]}" eval --safety "${screened[@]}" "${show[@]}" > "$out/$tag-safety.txt" 2>/dev/null
    sed -n '/^== /,$p' "$out/$tag-safety.txt" | grep -v '^  in \|^  FALSE\|^  MISSED\|^    highest'
  fi
done
