#!/usr/bin/env python3
"""The reader's cost over Commons CSV's parse, from ReaderBenchmark.paired's JMH results.

Usage:
  java -jar kpi-benchmarks/target/benchmarks.jar 'ReaderBenchmark\\.paired$' -p file=uci,generated \\
      -f 3 -wi 4 -w 4s -i 6 -r 4s -rf json -rff kpi-benchmarks/target/jmh-reader-paired.json
  python3 kpi-benchmarks/paired_ratio.py kpi-benchmarks/target/jmh-reader-paired.json [more.json ...]

Each measured iteration of `paired` sums the nanoseconds of both reads into two secondary results
(commonsCsvNanos, kpikitNanos); their quotient is the iteration's ratio. Printed per file (and per
JSON file given, for before/after runs): the median time of a read on each side (the call's time
split by the counters' shares), the median of all iterations' ratios, each fork's median ratio,
and the number of iterations.
"""
import json
import statistics
import sys


def main(paths):
    print("| results | file | Commons CSV, ms | kpikit, ms | kpikit / Commons CSV: median [fork medians] | iterations |")
    print("|---|---|---:|---:|---:|---:|")
    for path in paths:
        try:
            runs = json.load(open(path))
        except (OSError, ValueError) as e:
            print(f"(skipped {path}: {e})", file=sys.stderr)
            continue
        for run in runs:
            if not run["benchmark"].endswith(".paired"):
                continue
            secondary = run["secondaryMetrics"]
            commons_forks = secondary["commonsCsvNanos"]["rawData"]
            kpikit_forks = secondary["kpikitNanos"]["rawData"]
            call_forks = run["primaryMetric"]["rawData"]  # ms per call: both reads
            ratios, fork_medians, commons_ms, kpikit_ms = [], [], [], []
            for commons, kpikit, calls in zip(commons_forks, kpikit_forks, call_forks):
                fork = [k / c for c, k in zip(commons, kpikit)]
                ratios += fork
                fork_medians.append(statistics.median(fork))
                for c, k, t in zip(commons, kpikit, calls):
                    commons_ms.append(t * c / (c + k))
                    kpikit_ms.append(t * k / (c + k))
            print(
                f"| {path.rsplit('/', 1)[-1]} | {run['params']['file']} "
                f"| {statistics.median(commons_ms):.3f} | {statistics.median(kpikit_ms):.3f} "
                f"| {statistics.median(ratios):.3f} [{', '.join(f'{m:.3f}' for m in fork_medians)}] "
                f"| {len(ratios)} |"
            )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
