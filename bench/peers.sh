#!/usr/bin/env bash
# zhengwen beside the peers of ../shared/peers (Readability.js, readability-lxml, boilerpipe,
# Readability4J, Crux, jsoup-text), every one run and scored by that harness: its decoder, its scorer.
#
#   bench/peers.sh OUT_DIR [dataset ...]
#
# Default datasets: chinese-wced scrapinghub-aeb magic-html-article magic-html-forum fundus (folders
# of ../shared/bench). Writes OUT_DIR/peers/ (the peers' run), OUT_DIR/zhengwen/ (zhengwen's run,
# through org.zhengwen.bench.PeersHarnessAdapter), and OUT_DIR/report.md + OUT_DIR/per_page.csv
# scoring all of them together. Throughput is not measured (bench/speed.sh does speed).
#
# Environment:
#   PEERS_DIR=/tmp/zw-peers   writable copy of ../shared/peers, made when absent (npm ci and the peers
#                             jar are built inside it; readability-lxml needs apt-get install python3-readability)
#   SKIP_PEERS=1              keep OUT_DIR/peers/*.jsonl from an earlier run; rerun zhengwen only
#   ZW_SKIP_INSTALL, ZW_LIB_BUILD_DIR, ZW_BENCH_BUILD_DIR, TIMEOUT_S: as for bench/evaluate.sh and run-all.sh
set -euo pipefail

if [[ $# -lt 1 ]]; then
  sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
shared="$(cd "$repo/../shared" && pwd)"
mkdir -p "$1"
out="$(cd "$1" && pwd)"
shift
datasets=("$@")
[[ ${#datasets[@]} -gt 0 ]] || datasets=(chinese-wced scrapinghub-aeb magic-html-article magic-html-forum fundus)

peers_dir="${PEERS_DIR:-/tmp/zw-peers}"
if [[ ! -d "$peers_dir" ]]; then
  cp -r "$shared/peers" "$peers_dir"
  chmod -R u+w "$peers_dir"
fi

# The harness takes a folder of dataset folders: copy the chosen ones (its Java runner does not follow
# symbolic links; nothing is written to shared/).
corpus="$out/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"
for d in "${datasets[@]}"; do
  [[ -d "$shared/bench/$d" ]] || { echo "no dataset $shared/bench/$d" >&2; exit 2; }
  cp -r "$shared/bench/$d" "$corpus/$d"
  chmod -R u+w "$corpus/$d"
done

if [[ "${SKIP_PEERS:-0}" != 1 || ! -d "$out/peers" ]]; then
  SKIP_THROUGHPUT=1 "$peers_dir/run-all.sh" "$corpus" "$out/peers"
fi

# zhengwen's classes and its three runtime jars only. The harness puts them before its own jar, so
# zhengwen runs on the jsoup it ships with; the harness's decoding uses no jsoup and the same
# juniversalchardet, so zhengwen reads the very text the peers read.
cp="$("$bench_dir/evaluate.sh" classpath | tail -n 1 | sed 's/\x1b\[[0-9;]*m//g')"   # mvn -q may print colour codes
zw_cp="$(tr ':' '\n' <<<"$cp" | grep -E '/classes$|/jsoup-[0-9.]+\.jar$|/juniversalchardet-[0-9.]+\.jar$|/commons-lang3-[0-9.]+\.jar$' | paste -sd:)"
PEERS=class:org.zhengwen.bench.PeersHarnessAdapter SKIP_THROUGHPUT=1 EXTRA_CP="$zw_cp" \
  EXTRA_JAVA_PEERS=class:org.zhengwen.bench.PeersHarnessAdapter "$peers_dir/run-all.sh" "$corpus" "$out/zhengwen" >/dev/null
if ! diff -rq "$out/peers/decoded" "$out/zhengwen/decoded" >/dev/null; then
  echo "warning: zhengwen's run decoded some pages differently from the peers' run" >&2
fi

zw_out="$out/zhengwen/org.zhengwen.bench.PeersHarnessAdapter.jsonl"
if [[ ! -s "$zw_out" ]]; then
  echo "zhengwen's run produced no $zw_out (see the messages above)" >&2
  exit 1
fi
cp "$zw_out" "$out/zhengwen.jsonl"
py=/usr/bin/python3
[[ -x "$py" ]] || py=python3
"$py" "$peers_dir/score.py" "$corpus" "$out"/peers/*.jsonl "$out/zhengwen.jsonl" --csv "$out/per_page.csv" \
  | tee "$out/report.md"
