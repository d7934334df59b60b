#!/usr/bin/env python3
"""Summarises a JFR recording made by kpi-benchmarks/profile.sh (or JMH's -prof jfr).

Prints, for CPU samples (jdk.ExecutionSample) or, with --alloc, allocation samples
(jdk.ObjectAllocationSample, weighted by their estimated bytes):
  - self: the share of samples whose top frame is each method;
  - lines: the share per top frame and source line;
  - inclusive: the share of samples with each method anywhere on the stack (kpikit's methods only).

Usage: jfr_summary.py RECORDING.jfr [--top N] [--alloc]
Needs the JDK's `jfr` tool on the PATH (JDK 17 or later).
"""
import argparse
import collections
import json
import subprocess

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("recording")
parser.add_argument("--top", type=int, default=20)
parser.add_argument("--alloc", action="store_true")
args = parser.parse_args()

event = "jdk.ObjectAllocationSample" if args.alloc else "jdk.ExecutionSample"
printed = subprocess.run(
    ["jfr", "print", "--json", "--stack-depth", "64", "--events", event, args.recording],
    capture_output=True, text=True, check=True).stdout
events = json.loads(printed)["recording"]["events"]


def method(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


self_time, lines, inclusive = (collections.Counter() for _ in range(3))
total = 0
for e in events:
    frames = (e["values"].get("stackTrace") or {}).get("frames") or []
    if not frames:
        continue
    weight = e["values"].get("weight", 1) if args.alloc else 1
    total += weight
    top = method(frames[0])
    self_time[top] += weight
    lines[top + ":" + str(frames[0].get("lineNumber"))] += weight
    for m in {method(f) for f in frames}:
        if m.startswith("io.github.kpikit.") and ".jmh_generated." not in m:
            inclusive[m] += weight

unit = "estimated bytes" if args.alloc else "samples"
print("%s: %d events, %d %s" % (event, len(events), total, unit))
for title, counter in (("self (top frame)", self_time), ("top frame and line", lines),
                       ("inclusive (kpikit methods)", inclusive)):
    print("\n-- " + title)
    for key, value in counter.most_common(args.top):
        print("%6.1f%%  %s" % (100.0 * value / max(total, 1), key))
