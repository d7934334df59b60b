#!/usr/bin/env bash
# Builds and runs the kpikit benchmarks, then prints their tables (see kpi-benchmarks/README.md):
# AggregationBenchmark, ns per observation of each variant and the ratios between them;
# DistinctBenchmark, ns per observation of exact distinct counts (10^7 ids in 100 cells);
# FormulaBenchmark, µs per KPI evaluation, per evaluation of a few KPIs, ns to parse a formula.
#
# Usage (from any directory):
#   kpi-benchmarks/run.sh                 full run: 3 forks x (5 warm-up + 10 measured) x 1 s,
#                                         sizes 1000000 and 10000000: about an hour
#   QUICK=1 kpi-benchmarks/run.sh         smoke run: aggregation 1 fork x (2 + 3) x 2 s at size
#                                         1000000 only; formulas 1 fork x (1 + 2) x 1 s
#   MEDIUM=1 kpi-benchmarks/run.sh        shorter run at size 10000000 only: aggregation 3 forks x
#                                         (3 + 5) x 1 s; formulas 2 forks x (2 + 3) x 1 s
#   GC=1 kpi-benchmarks/run.sh            adds -prof gc: allocated bytes per observation
#   BENCH=formula kpi-benchmarks/run.sh   one suite only: aggregation or formula (default all)
#   kpi-benchmarks/run.sh -p grain=DAY    extra arguments go to JMH as they are, in each suite
#                                         (JMH ignores a parameter a benchmark does not have)
#
# Results: kpi-benchmarks/target/jmh-result.json, jmh-distinct-result.json and
# jmh-formula-result.json (JMH's JSON), the tables on standard output.
set -euo pipefail

cd "$(dirname "$0")/.."
result=kpi-benchmarks/target/jmh-result.json
formula_result=kpi-benchmarks/target/jmh-formula-result.json
distinct_result=kpi-benchmarks/target/jmh-distinct-result.json
bench="${BENCH:-all}"
case "$bench" in
  all | aggregation | formula) ;;
  *)
    echo "BENCH: '$bench', expected all, aggregation or formula" >&2
    exit 2
    ;;
esac

# The benchmarks need kpi-core's classes, not its Javadoc; the benchmarks profile shades the
# runnable jar, which the default build does not make.
./mvnw -B -q -Pbenchmarks -pl kpi-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true

if [[ "${QUICK:-0}" == 1 ]]; then
  settings=(-f 1 -wi 2 -i 3 -w 2s -r 2s -p size=1000000)
  formula_settings=(-f 1 -wi 1 -i 2 -w 1s -r 1s)
  sizes=(1000000)
elif [[ "${MEDIUM:-0}" == 1 ]]; then
  settings=(-f 3 -wi 3 -i 5 -w 1s -r 1s -p size=10000000)
  formula_settings=(-f 2 -wi 2 -i 3 -w 1s -r 1s)
  sizes=(10000000)
else
  settings=(-f 3 -wi 5 -i 10 -w 1s -r 1s)
  formula_settings=(-f 3 -wi 5 -i 10 -w 1s -r 1s)
  sizes=(1000000 10000000)
fi
profilers=()
if [[ "${GC:-0}" == 1 ]]; then
  profilers=(-prof gc)
fi

if [[ "$bench" != formula ]]; then
  java -jar kpi-benchmarks/target/benchmarks.jar AggregationBenchmark \
    "${settings[@]}" -bm avgt -tu ns "${profilers[@]}" -rf json -rff "$result" "$@"
  # Exact distinct counts: size identities into 100 cells, each cell's set made and counted.
  java -jar kpi-benchmarks/target/benchmarks.jar DistinctBenchmark \
    "${settings[@]}" -bm avgt -tu ns "${profilers[@]}" -rf json -rff "$distinct_result" "$@"

  echo
  echo "## Bytes held per observation (ObservationBatch.retainedBytes)"
  echo
  # Parallel GC: G1 would count each large array as whole heap regions.
  java -XX:+UseParallelGC -Xmx6g -cp kpi-benchmarks/target/benchmarks.jar \
    io.github.kpikit.benchmarks.MemoryFootprint "${sizes[@]}"

  echo
  python3 - "$result" "$distinct_result" <<'PY'
import json, statistics, sys

runs = json.load(open(sys.argv[1]))
distinct_runs = json.load(open(sys.argv[2]))
order = ["kpikitSingle", "kpikitParallel", "kpikitCounterOnly", "kpikitCounterOnlyParallel",
         "kpikitCounterOnlyShuffled", "floor", "streams", "tablesaw", "dflib",
         "duckdbZoned1", "duckdbZoned2", "duckdbEpoch1", "duckdbEpoch2"]
grains = {"DAY": 0, "WEEK": 1, "MONTH": 2}

def score(run):
    """The median over forks of each fork's mean, or JMH's score without raw data."""
    raw = run["primaryMetric"].get("rawData") or []
    forks = [statistics.mean(f) for f in raw if f]
    return statistics.median(forks) if forks else run["primaryMetric"]["score"]

ns, alloc, forks = {}, {}, {}
for run in runs:
    name = run["benchmark"].rsplit(".", 1)[1]
    size, grain = int(run["params"]["size"]), run["params"]["grain"]
    key = (size, grain)
    ns.setdefault(key, {})[name] = score(run) / size
    forks[name] = run.get("forks", 1)
    # Older JMH versions prefix secondary metric names with a middle dot.
    norm = next((m for n, m in run.get("secondaryMetrics", {}).items()
                 if n.endswith("gc.alloc.rate.norm")), None)
    if norm:
        alloc.setdefault(key, {})[name] = norm["score"] / size
keys = sorted(ns, key=lambda k: (k[0], grains.get(k[1], 9), k[1]))
names = [n for n in order if any(n in ns[k] for k in keys)]

def table(title, data, cols, fmt):
    print("## " + title + "\n")
    print("| size | grain | " + " | ".join(c[0] for c in cols) + " |")
    print("|---:|---|" + "---:|" * len(cols))
    for k in keys:
        row = data.get(k, {})
        cells = []
        for _, f in cols:
            v = f(row)
            cells.append(fmt % v if v is not None else "-")
        print("| %d | %s | %s |" % (k[0], k[1], " | ".join(cells)))
    print()

def get(n):
    return lambda row: row.get(n)

def ratio(a, b):
    return lambda row: row[a] / row[b] if a in row and b in row else None

print("Score: median over forks (%s fork(s)) of the mean time per operation, divided by size"
      " (all observations of the export; about a third are clicks rows)."
      % ", ".join(sorted(set(str(f) for f in forks.values()))) + "\n")
table("ns per observation", ns, [(n, get(n)) for n in names], "%.2f")
table("Ratios of times (kpikit = kpikitCounterOnly, like for like; above 1, the first is slower)", ns, [
    ("kpikit/floor", ratio("kpikitCounterOnly", "floor")),
    ("shuffled/floor", ratio("kpikitCounterOnlyShuffled", "floor")),
    ("streams/kpikit", ratio("streams", "kpikitCounterOnly")),
    ("dflib/kpikit", ratio("dflib", "kpikitCounterOnly")),
    ("tablesaw/kpikit", ratio("tablesaw", "kpikitCounterOnly")),
    ("single/parallel", ratio("kpikitSingle", "kpikitParallel")),
    ("3 metrics/clicks only", ratio("kpikitSingle", "kpikitCounterOnly")),
], "%.2f")
# Issue 16's targets: the counter path in parallel, rows out of order, and DuckDB (its
# zone-less form at the same thread count, while kpikit stays zone-correct).
table("Ratios of times, issue 16 (mixed per observation = 3 metrics/clicks only / 3, the clicks"
      " being about a third of the rows)", ns, [
    ("mixed/counter per obs", lambda row: row["kpikitSingle"] / row["kpikitCounterOnly"] / 3
        if "kpikitSingle" in row and "kpikitCounterOnly" in row else None),
    ("counter single/parallel", ratio("kpikitCounterOnly", "kpikitCounterOnlyParallel")),
    ("shuffled/in order", ratio("kpikitCounterOnlyShuffled", "kpikitCounterOnly")),
    ("duckdbEpoch1/kpikit", ratio("duckdbEpoch1", "kpikitCounterOnly")),
    ("duckdbEpoch2/kpikit 2 threads", ratio("duckdbEpoch2", "kpikitCounterOnlyParallel")),
    ("duckdbZoned1/kpikit", ratio("duckdbZoned1", "kpikitCounterOnly")),
    ("duckdbZoned2/kpikit 2 threads", ratio("duckdbZoned2", "kpikitCounterOnlyParallel")),
], "%.2f")
if alloc:
    table("Bytes allocated per observation (gc.alloc.rate.norm / size)", alloc,
          [(n, get(n)) for n in names], "%.1f")

# DistinctBenchmark: no grain parameter (one day, 100 segments, so 100 cells).
print("## Distinct counts, issue 16 (exact union of size ids in 100 cells; target at 10^7:"
      " at most 10 ns per observation)\n")
print("| size | benchmark | ns per observation | bytes allocated per observation |")
print("|---:|---|---:|---:|")
for run in sorted(distinct_runs, key=lambda r: (int(r["params"]["size"]), r["benchmark"])):
    name = run["benchmark"].rsplit(".", 1)[1]
    size = int(run["params"]["size"])
    norm = next((m for n, m in run.get("secondaryMetrics", {}).items()
                 if n.endswith("gc.alloc.rate.norm")), None)
    print("| %d | %s | %.2f | %s |" % (size, name, score(run) / size,
                                      "%.1f" % (norm["score"] / size) if norm else "-"))
print()
PY
fi

if [[ "$bench" != aggregation ]]; then
  java -jar kpi-benchmarks/target/benchmarks.jar FormulaBenchmark \
    "${formula_settings[@]}" -bm avgt -tu us "${profilers[@]}" -rf json \
    -rff "$formula_result" "$@"

  echo
  # kpis=58 observations=... daily_cells=... daily_keys=...: the size of the input.
  input=$(java -cp kpi-benchmarks/target/benchmarks.jar io.github.kpikit.benchmarks.FormulaBenchmark)
  echo "## FormulaBenchmark input: $input"
  echo
  python3 - "$formula_result" "$input" <<'PY'
import json, statistics, sys

runs = json.load(open(sys.argv[1]))
input = dict(kv.split("=") for kv in sys.argv[2].split())
kpis = int(input["kpis"])

def score(run):
    """The median over forks of each fork's mean, or JMH's score without raw data."""
    raw = run["primaryMetric"].get("rawData") or []
    forks = [statistics.mean(f) for f in raw if f]
    return statistics.median(forks) if forks else run["primaryMetric"]["score"]

forks, one, alloc = set(), [], {}
every = parse = None
for run in runs:
    name = run["benchmark"].rsplit(".", 1)[1]
    forks.add(str(run.get("forks", 1)))
    us = score(run)
    norm = next((m for n, m in run.get("secondaryMetrics", {}).items()
                 if n.endswith("gc.alloc.rate.norm")), None)
    if name == "evaluateAllWeekly":
        every = us
        alloc["evaluateAllWeekly, per KPI"] = norm["score"] / kpis if norm else None
    elif name == "parseRegistry":
        parse = us
        alloc["parseRegistry, per formula"] = norm["score"] / kpis if norm else None
    elif name == "evaluateOneWeekly":
        one.append((run["params"]["kpi"], us))
        alloc["evaluateOneWeekly " + run["params"]["kpi"]] = norm["score"] if norm else None

print("Score: median over forks (%s fork(s)) of the mean time per operation; %d standard KPIs;"
      " daily table of %s cells (%s keys)." % (", ".join(sorted(forks)), kpis,
                                              input["daily_cells"], input["daily_keys"]) + "\n")
print("## Every KPI and the parser\n")
print("| figure | value |")
print("|---|---:|")
if every is not None:
    print("| evaluateAllWeekly, ms per run (all %d KPIs) | %.1f |" % (kpis, every / 1000))
    print("| µs per KPI evaluation (evaluateAllWeekly / %d) | %.1f |" % (kpis, every / kpis))
if parse is not None:
    print("| parseRegistry, µs per run | %.2f |" % parse)
    print("| ns to parse a formula (parseRegistry / %d) | %.0f |" % (kpis, 1000 * parse / kpis))
print()
if one:
    print("## One KPI, weekly by channel (evaluateOneWeekly)\n")
    print("| kpi | µs per evaluation |")
    print("|---|---:|")
    for kpi, us in one:
        print("| %s | %.1f |" % (kpi, us))
    print()
if any(v is not None for v in alloc.values()):
    print("## Bytes allocated (gc.alloc.rate.norm)\n")
    print("| benchmark | bytes |")
    print("|---|---:|")
    for k, v in alloc.items():
        if v is not None:
            print("| %s | %.0f |" % (k, v))
    print()
PY
fi
