#!/usr/bin/env python3
"""Splits a CPU profile of ReaderBenchmark.paired into its two sides, fork by fork.

The paired benchmark's ratio moved from fork to fork by more than the reader's own changes do
(fork medians from 1.515 to 1.722 for the UCI file in one run of nine forks). This tells which
side moved: for each profile, the samples of the kpikit read and of Commons CSV's read, and
within each the samples of Commons CSV's parse (the record iterator), of the file's opening, and
of the rest (for the kpikit side, the reader's own work; for the Commons CSV side, mostly the
benchmark's loop touching every cell, with the format's building and the parser's closing).

Only the benchmark thread's samples are counted: other threads' work (the garbage collector's,
the compiler's) is not in them, so the quotient of the samples is close to the timed ratio of
paired_ratio.py but not the same.

Usage, one fork per run so that each run's profile is its fork's (async-profiler is not fetched by
the build: give the path of its libasyncProfiler.so; the JSON results are for paired_ratio.py):
  for k in 1 2 3 4; do
    java -jar kpi-benchmarks/target/benchmarks.jar 'ReaderBenchmark\\.paired$' -p file=uci -f 1 \\
        -wi 4 -w 4s -i 6 -r 4s -rf json -rff kpi-benchmarks/target/paired-$k.json \\
        -prof "async:libPath=/path/to/libasyncProfiler.so;event=itimer;interval=200000;output=collapsed;dir=kpi-benchmarks/target/prof-$k"
  done
  python3 kpi-benchmarks/paired_profile.py kpi-benchmarks/target/prof-*/*/collapsed-itimer.csv
"""
import sys

KPIKIT = "ReaderBenchmark.kpikit"
COMMONS = "ReaderBenchmark.commonsCsv"
PARSE = "CSVRecordIterator.hasNext"
OPEN = ("Files.newBufferedReader", "Files.newByteChannel", "Channels.newReader")


def side_counts(path):
    counts = {"kpikit": [0, 0, 0], "commons": [0, 0, 0]}  # all, parse, open
    with open(path, encoding="utf-8") as lines:
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
    print("| profile | kpikit: all | parse | open | own | Commons CSV: all | parse | open | rest (mostly the loop) | samples kpikit / Commons CSV |")
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
