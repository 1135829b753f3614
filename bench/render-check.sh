#!/usr/bin/env bash
# Renders every page of the corpora and counts, per folder: articles, articles whose typed blocks do
# not hold exactly their paragraphs, Markdown that a CommonMark parser (commonmark-java, GFM tables)
# reads back to other texts, and HTML outputs with anything unsafe (an element or attribute the
# writer never makes, an on… attribute, a non-http(s) URL). Correctness, not speed.
#
#   bench/render-check.sh [--figures] [folder ...]   # default folders: <repo>/../shared/bench, and seeds/
#   --figures: extract with Extractor.builder().figures(true), so that figure blocks are checked too
#
# Environment: ZW_LIB_BUILD_DIR, the library's build folder (default <repo>/target).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${ZW_LIB_BUILD_DIR:-$repo/target}"
opts=()
if [[ "${1:-}" == "--figures" ]]; then
  opts=(--figures)
  shift
fi
if [[ $# -eq 0 ]]; then
  if [[ ! -d "$repo/../shared/bench" ]]; then
    echo "no ../shared/bench beside the repository: name the folders to check" >&2
    exit 0
  fi
  set -- "$repo/../shared/bench" "$repo/seeds"
fi

mvn -q -f "$repo/pom.xml" -Dzw.buildDir="$build" test-compile
mvn -q -f "$repo/pom.xml" -Dzw.buildDir="$build" dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$build/render-check.classpath"
java -cp "$build/test-classes:$build/classes:$(cat "$build/render-check.classpath")" \
  org.zhengwen.render.RenderCheck ${opts[@]+"${opts[@]}"} "$@"
