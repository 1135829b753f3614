#!/usr/bin/env bash
# The accuracy gate: scores zhengwen alone on every corpus of <repo>/../shared/bench and fails when a
# corpus's mean F1, or its title match rate (site-name rule) where it has reference titles, drops more
# than 0.005 below bench/baseline.tsv. .ci/run runs it after the library's tests.
#
#   bench/gate.sh              # compare with bench/baseline.tsv; exit 1 on a drop
#   bench/gate.sh --update     # rewrite bench/baseline.tsv with today's figures (commit it, saying why)
#
# Skipped (exit 0, with a message) when ../shared/bench is absent. Reads the corpora only: writes
# nothing beside the repository. Builds like bench/evaluate.sh (same environment variables; set
# ZW_SKIP_INSTALL=1 when the library snapshot was just installed, as .ci/run does).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
corpora="$repo/../shared/bench"

args=(--baseline "$bench_dir/baseline.tsv")
for a in "$@"; do
  case "$a" in
    --update) args+=(--update) ;;
    -h|--help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/gate.sh: unknown argument '$a' (only --update)" >&2; exit 2 ;;
  esac
done

if [[ ! -d "$corpora" ]]; then
  echo "accuracy gate: skipped: no corpora at $corpora (the shared/ folder beside the repository)"
  exit 0
fi

exec "$bench_dir/evaluate.sh" gate "${args[@]}" "$(cd "$corpora" && pwd)"
