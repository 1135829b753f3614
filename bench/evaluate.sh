#!/usr/bin/env bash
# Builds the library and the bench sub-project, then runs the accuracy evaluation.
#
#   bench/evaluate.sh [corpus-folder ...] [--worst N] [--only zhengwen,boilerpipe,...] [--markdown] [--warmup K]
#   bench/evaluate.sh jmh [JMH options]       # speed benchmark (org.openjdk.jmh.Main), e.g.
#   bench/evaluate.sh jmh ExtractionBenchmark -p corpus=/abs/path/shared/bench/chinese-wced -p extractor=zhengwen
#   bench/evaluate.sh gate --baseline FILE [--update] [corpus-folder ...]   # the accuracy gate (bench/gate.sh)
#
# Works from any directory. Default corpus: every subfolder of <repo>/../shared/bench.
# Environment:
#   ZW_SKIP_INSTALL=1     don't rebuild/install the library (use what is in ~/.m2)
#   ZW_LIB_BUILD_DIR      the library's build folder (default <repo>/target)
#   ZW_BENCH_BUILD_DIR    the bench build folder (default <repo>/bench/target)
#   JAVA_OPTS             JVM flags for the run (default -Xmx2g)
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$bench_dir/.." && pwd)"
lib_build="${ZW_LIB_BUILD_DIR:-$repo/target}"
bench_build="${ZW_BENCH_BUILD_DIR:-$bench_dir/target}"

if [[ "${ZW_SKIP_INSTALL:-0}" != 1 ]]; then
  echo "installing the library (mvn install -DskipTests) …" >&2
  mvn -q -f "$repo/pom.xml" -DskipTests -Dzw.buildDir="$lib_build" install
fi

echo "building bench …" >&2
mkdir -p "$bench_build"
mvn -q -f "$bench_dir/pom.xml" -Dzw.buildDir="$bench_build" -DskipTests \
  compile dependency:build-classpath -Dmdep.outputFile="$bench_build/classpath.txt"
# The library's own build folder comes first, so several work trees sharing one ~/.m2 each run their own code.
cp="$bench_build/classes:$lib_build/classes:$(cat "$bench_build/classpath.txt")"

# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
if [[ "${1:-}" == jmh ]]; then
  shift
  exec java ${JAVA_OPTS:--Xmx2g} -Dzw.repo="$repo" -cp "$cp" org.openjdk.jmh.Main "$@"
fi
if [[ "${1:-}" == gate ]]; then
  shift
  exec java ${JAVA_OPTS:--Xmx2g} -Dzw.repo="$repo" -cp "$cp" org.zhengwen.bench.Gate "$@"
fi
exec java ${JAVA_OPTS:--Xmx2g} -Dzw.repo="$repo" -cp "$cp" org.zhengwen.bench.Evaluate "$@"
