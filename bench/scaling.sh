#!/usr/bin/env bash
# Linear growth on hostile pages: builds bench and runs org.zhengwen.bench.Scaling, which generates
# nested divs, link lists, whitespace-free lines, big articles and many <p>s at sizes n, 2n, 4n(, 8n),
# times extraction (median/best of --runs, wall and thread CPU) and prints time(2n)/time(n); then
# extracts a 20 MB article in a child JVM with -Xmx256m.
#
#   bench/scaling.sh [--runs N] [--only nested-div,links,line-ascii,line-cjk,article,paragraphs] [--no-child]
#   bench/scaling.sh --single article 20     # one page only (cold + 2 warm runs), e.g. under JAVA_OPTS=-Xmx256m
#
# Same environment as speed.sh; JAVA_OPTS defaults to -Xmx4g here (the 8n pages are large).
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export ZW_MAIN=org.zhengwen.bench.Scaling
export JAVA_OPTS="${JAVA_OPTS:--Xmx4g}"
exec "$bench_dir/speed.sh" "$@"
