#!/usr/bin/env bash
# Batch ingestion through the CLI, 1 vs 2 threads, on 10,000 pages (the 305 bench pages repeated as
# symlinks in /tmp/zw-bench10k/pages, built here if missing). Each run waits for a quiet machine
# (bench/wait-quiet.sh) and logs the load before and after it.
#
#   bench/batch.sh [cli-jar (default <repo>/cli/target/zhengwen-cli.jar)] [runs as thread counts, default: 1 2 1 2]
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
jar="${1:-$repo/cli/target/zhengwen-cli.jar}"
shift || true
runs=("$@")
(( ${#runs[@]} )) || runs=(1 2 1 2)
pages=/tmp/zw-bench10k/pages
if [[ ! -d $pages ]]; then
  python3 - <<'PY'
import glob, os
src = sorted(glob.glob('/work/shared/bench/*/*.html'))
for i in range(10000):
    d = '/tmp/zw-bench10k/pages/%02d' % (i // 500)
    os.makedirs(d, exist_ok=True)
    os.symlink(src[i % len(src)], '%s/%05d_%s' % (d, i, os.path.basename(src[i % len(src)])))
PY
fi
for t in "${runs[@]}"; do
  "$bench_dir/wait-quiet.sh" "${ZW_MAX_LOAD:-1.5}" "${ZW_MAX_WAIT:-2400}"
  echo "== threads $t  $(date -u +%FT%TZ)  load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  /usr/bin/time -v java -Xmx1g -jar "$jar" --threads "$t" --output /dev/null "$pages" 2>&1 \
    | grep -E "pages|articles|Elapsed|Maximum resident|Percent of CPU|User time|System time"
  echo "   load after: $(cut -d' ' -f1-3 /proc/loadavg)"
done
