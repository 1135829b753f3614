#!/usr/bin/env bash
# Waits until the 1-minute load average is below a threshold, polling every 60 s; timing runs on
# this shared 2-core machine only mean something when it is quiet.
#
#   bench/wait-quiet.sh [max-load (default 1.5)] [give up after S seconds (default 2400)]
#
# Exit 0 when quiet (prints the load), 1 on timeout.
set -euo pipefail
max="${1:-1.5}"
limit="${2:-2400}"
start=$(date +%s)
while :; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  if awk -v l="$load" -v m="$max" 'BEGIN { exit !(l < m) }'; then
    echo "quiet: $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    exit 0
  fi
  if (( $(date +%s) - start >= limit )); then
    echo "still busy after ${limit}s: load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    exit 1
  fi
  echo "busy: $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg); waiting 60 s" >&2
  sleep 60
done
