#!/usr/bin/env bash
# Spark scale-out bench (issue 14): builds spark/ and runs org.zhengwen.spark.bench.SparkScaling in one JVM:
# the extractor on 1 vs 2 threads over pages in memory, then the job end to end on local[1] vs local[2]
# over the same pages wrapped into WARC.gz files; each after a warm-up, median of 3 rounds.
#
#   spark/scaling.sh [PAGES (default 10000)] [FILES (default 8)] [WORK_DIR (default /tmp/zw-spark-bench)]
#
# Needs ../shared/bench (the pages) and a quiet machine: it waits for bench/wait-quiet.sh first
# (ZW_NO_WAIT=1 skips the wait, for checking that it runs; such timings mean nothing).
# Uses $MAVEN_OPTS for the Maven local repository, like every build here; ZW_JAVA_OPTS adds JVM flags to the
# measuring JVM (e.g. ZW_JAVA_OPTS=-XX:+UseParallelGC to compare garbage collectors).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pages="${1:-10000}"
files="${2:-8}"
work="${3:-/tmp/zw-spark-bench}"
bench="$root/../shared/bench"
[[ -d "$bench" ]] || { echo "no $bench: the pages come from there" >&2; exit 1; }

(cd "$root" && mvn -B -ntp -q install -DskipTests && mvn -B -ntp -q -f cli/pom.xml install -DskipTests)
mvn -B -ntp -q -f "$root/spark/pom.xml" test-compile dependency:build-classpath \
  -Dmdep.outputFile="$root/spark/target/bench-classpath.txt" -Dmdep.includeScope=test

# The JVM flags Spark needs on Java 17: the same list as surefire's argLine in spark/pom.xml.
opens=$(sed -n '/<argLine>/,/<\/argLine>/p' "$root/spark/pom.xml" | grep -o -e '--add-opens=[^ <]*' -e '-D[A-Za-z.]*=[A-Za-z]*' | tr '\n' ' ')

[[ "${ZW_NO_WAIT:-}" == 1 ]] || "$root/bench/wait-quiet.sh"   # ZW_NO_WAIT=1: a functional check only
# shellcheck disable=SC2086
exec java -Xmx2g ${ZW_JAVA_OPTS:-} $opens \
  -cp "$root/spark/target/test-classes:$root/spark/target/classes:$(cat "$root/spark/target/bench-classpath.txt")" \
  org.zhengwen.spark.bench.SparkScaling "$bench" "$pages" "$files" "$work"
