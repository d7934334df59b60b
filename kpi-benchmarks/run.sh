#!/usr/bin/env bash
# Builds and runs the kpikit aggregation benchmarks, then prints ns per observation of each
# variant and the ratios between them (see kpi-benchmarks/README.md).
#
# Usage (from any directory):
#   kpi-benchmarks/run.sh                 full run: 3 forks x (5 warm-up + 10 measured) x 2 s
#   QUICK=1 kpi-benchmarks/run.sh         smoke run: 1 fork x (2 + 3), size 1000000 only
#   GC=1 kpi-benchmarks/run.sh            adds -prof gc: allocated bytes per observation
#   kpi-benchmarks/run.sh -p grain=DAY    extra arguments go to JMH as they are
#
# Results: kpi-benchmarks/target/jmh-result.json (JMH's JSON), the tables on standard output.
set -euo pipefail

cd "$(dirname "$0")/.."
result=kpi-benchmarks/target/jmh-result.json

# The benchmarks need kpi-core's classes, not its Javadoc.
./mvnw -B -q -pl kpi-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true

if [[ "${QUICK:-0}" == 1 ]]; then
  settings=(-f 1 -wi 2 -i 3 -w 2s -r 2s -p size=1000000)
  sizes=(1000000)
else
  settings=(-f 3 -wi 5 -i 10 -w 2s -r 2s)
  sizes=(1000000 10000000)
fi
profilers=()
if [[ "${GC:-0}" == 1 ]]; then
  profilers=(-prof gc)
fi

java -jar kpi-benchmarks/target/benchmarks.jar AggregationBenchmark \
  "${settings[@]}" -bm avgt -tu ns "${profilers[@]}" -rf json -rff "$result" "$@"

echo
echo "## Bytes held per observation (ObservationBatch.retainedBytes)"
echo
# Parallel GC: G1 would count each large array as whole heap regions.
java -XX:+UseParallelGC -Xmx6g -cp kpi-benchmarks/target/benchmarks.jar \
  io.github.kpikit.benchmarks.MemoryFootprint "${sizes[@]}"

echo
python3 - "$result" <<'PY'
import json, statistics, sys

runs = json.load(open(sys.argv[1]))
order = ["kpikitSingle", "kpikitParallel", "kpikitCounterOnly", "floor", "streams",
         "tablesaw", "dflib"]
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
    ("streams/kpikit", ratio("streams", "kpikitCounterOnly")),
    ("dflib/kpikit", ratio("dflib", "kpikitCounterOnly")),
    ("tablesaw/kpikit", ratio("tablesaw", "kpikitCounterOnly")),
    ("single/parallel", ratio("kpikitSingle", "kpikitParallel")),
    ("3 metrics/clicks only", ratio("kpikitSingle", "kpikitCounterOnly")),
], "%.2f")
if alloc:
    table("Bytes allocated per observation (gc.alloc.rate.norm / size)", alloc,
          [(n, get(n)) for n in names], "%.1f")
PY
