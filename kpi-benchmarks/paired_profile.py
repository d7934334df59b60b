#!/usr/bin/env python3
"""Splits a CPU profile of ReaderBenchmark.paired into its two sides, fork by fork.

The paired benchmark's ratio moves from fork to fork by more than the reader's own changes do
(1.55 to 1.70 for the UCI file with one build). This tells which side moved: for each profile,
the samples of the kpikit read and of Commons CSV's read, and within each the samples of Commons
CSV's parse (the record iterator), the file's opening, and the rest (for the kpikit side, the
reader's own work; for the Commons CSV side, the benchmark's loop touching every cell).

Usage, one fork per run so that each run's profile is its fork's (async-profiler, not fetched by
the build: give the path of its libasyncProfiler.so):
  for k in 1 2 3 4; do
    java -jar kpi-benchmarks/target/benchmarks.jar 'ReaderBenchmark\\.paired$' -p file=uci -f 1 \\
        -wi 4 -w 4s -i 6 -r 4s -rf json -rff target/paired-$k.json \\
        -prof "async:libPath=/path/to/libasyncProfiler.so;event=itimer;output=collapsed;dir=target/prof-$k"
  done
  python3 kpi-benchmarks/paired_profile.py target/prof-*/*/collapsed-itimer.csv
"""
import sys

KPIKIT = "ReaderBenchmark.kpikit"
COMMONS = "ReaderBenchmark.commonsCsv"
PARSE = "CSVRecordIterator.hasNext"
OPEN = ("Files.newBufferedReader", "Files.newByteChannel", "Channels.newReader")


def side_counts(path):
    counts = {"kpikit": [0, 0, 0], "commons": [0, 0, 0]}  # all, parse, open
    with open(path) as lines:
        for line in lines:
            stack, _, samples = line.rstrip("\n").rpartition(" ")
            if KPIKIT in stack:
                side = counts["kpikit"]
            elif COMMONS in stack:
                side = counts["commons"]
            else:
                continue
            n = int(samples)
            side[0] += n
            if PARSE in stack:
                side[1] += n
            elif any(frame in stack for frame in OPEN):
                side[2] += n
    return counts


def main(paths):
    print("| profile | kpikit: all | parse | open | own | Commons CSV: all | parse | open | loop | samples kpikit / Commons CSV |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for path in paths:
        counts = side_counts(path)
        k_all, k_parse, k_open = counts["kpikit"]
        c_all, c_parse, c_open = counts["commons"]
        if c_all == 0:
            print(f"(skipped {path}: no sample of {COMMONS})", file=sys.stderr)
            continue
        print(
            f"| {path} | {k_all} | {k_parse} | {k_open} | {k_all - k_parse - k_open}"
            f" | {c_all} | {c_parse} | {c_open} | {c_all - c_parse - c_open}"
            f" | {k_all / c_all:.3f} |"
        )


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
