#!/usr/bin/env bash
# Speed benchmark with a summary table: builds bench, then runs org.zhengwen.bench.SpeedReport, which
# runs every SpeedBenchmark (decode, jsoup parse, jsoup parse+text, zhengwen bytes/text, boilerpipe,
# Readability4J, Crux) through JMH's Runner with -prof gc, one fork (--forks N for more), one thread, and prints MB/s,
# pages/s, allocation per page and ratios to the peers.
#
#   bench/speed.sh [corpus-folder ...] [--wi N] [--i N] [--time S] [--forks N] [--include REGEX] [--json FILE]
#   bench/scaling.sh …                      # linear growth on generated hostile pages (Scaling)
#
# Environment as for evaluate.sh: ZW_SKIP_INSTALL=1, ZW_LIB_BUILD_DIR, ZW_BENCH_BUILD_DIR, JAVA_OPTS;
# ZW_LIB_JAR=path/to/zhengwen-0.1.0-SNAPSHOT.jar measures that library jar instead of the installed one.
# The installed library jar is copied into the bench build folder before the run, so another
# `mvn install` during a long measurement cannot swap it underneath.
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
main="${ZW_MAIN:-org.zhengwen.bench.SpeedReport}"
repo="$(cd "$bench_dir/.." && pwd)"
lib_build="${ZW_LIB_BUILD_DIR:-$repo/target}"
bench_build="${ZW_BENCH_BUILD_DIR:-$bench_dir/target}"

if [[ "${ZW_SKIP_INSTALL:-0}" != 1 ]]; then
  echo "installing the library (mvn install, tests skipped) …" >&2
  mvn -q -f "$repo/pom.xml" -Dmaven.test.skip=true -Dzw.buildDir="$lib_build" install
fi
echo "building bench …" >&2
mkdir -p "$bench_build"
mvn -q -f "$bench_dir/pom.xml" -Dzw.buildDir="$bench_build" -DskipTests \
  compile dependency:build-classpath -Dmdep.outputFile="$bench_build/classpath.txt"
# Freeze the library jar for this run (ZW_LIB_JAR: use that jar instead of the installed one).
m2_jar="$(tr ':' '\n' < "$bench_build/classpath.txt" | grep '/org/zhengwen/zhengwen/' | head -1)"
lib_jar="${ZW_LIB_JAR:-$m2_jar}"
cp "$lib_jar" "$bench_build/zhengwen-frozen.jar"
cp="$bench_build/classes:$(sed "s#$m2_jar#$bench_build/zhengwen-frozen.jar#" "$bench_build/classpath.txt")"
echo "library: $lib_jar (frozen copy, sha1 $(sha1sum "$bench_build/zhengwen-frozen.jar" | cut -c1-12))" >&2
echo "load: $(uptime)" >&2

# shellcheck disable=SC2086  # JAVA_OPTS is a list of flags
exec java ${JAVA_OPTS:--Xmx2g} -Dzw.repo="$repo" -cp "$cp" "$main" "$@"
