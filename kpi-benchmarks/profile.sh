#!/usr/bin/env bash
# Profiles one JMH benchmark with Java Flight Recorder and prints where its time (and, with
# ALLOC=1, its allocation) goes: the profiles behind kpi-benchmarks/README.md's "Where the time
# goes" sections.
#
# Usage (from any directory; the jar is built first, as run.sh does):
#   kpi-benchmarks/profile.sh 'AggregationBenchmark\.kpikitCounterOnly$' -p size=10000000 -p grain=DAY
#   ALLOC=1 kpi-benchmarks/profile.sh 'AggregationBenchmark\.kpikitSingle$' -p size=10000000 -p grain=DAY
#
# One fork, 3 warm-up and 5 measured iterations of 1 s (about 500 CPU samples at JFR's "profile"
# settings, 10 ms apart per thread), samples taken between safepoints too (JMH's jfr profiler sets
# -XX:+DebugNonSafepoints). Arguments after the benchmark go to JMH as they are. The recording is
# kept under kpi-benchmarks/target/jfr/; kpi-benchmarks/jfr_summary.py reads it again with --top N.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 BENCHMARK_REGEX [JMH arguments...]" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true \
  -Djacoco.skip=true

dir="kpi-benchmarks/target/jfr/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$dir"
java -jar kpi-benchmarks/target/benchmarks.jar "$@" -f 1 -wi 3 -i 5 -w 1s -r 1s -bm avgt -tu ns \
  -prof "jfr:dir=$dir;stackDepth=96" | grep -E '^(Benchmark|[A-Za-z]+Benchmark\.)' || true
summary=(--top "${TOP:-15}")
if [[ "${ALLOC:-0}" == 1 ]]; then
  summary+=(--alloc)
fi
find "$dir" -name '*.jfr' | sort | while read -r recording; do
  echo
  echo "## $recording"
  python3 kpi-benchmarks/jfr_summary.py "$recording" "${summary[@]}"
done
