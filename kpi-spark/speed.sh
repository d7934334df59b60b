#!/usr/bin/env bash
# The speed comparison of issue 15 (SparkSpeed): kpikit's aggregation of a DataFrame against Spark's
# native groupBy(window, channel).agg(sum) on local[2]. Builds the module's test classes, then runs
# the timed main with Spark's Java 17 flags. Settings: ROWS (10000000), WARMUPS (3), RUNS (7),
# PARTITIONS (4), HEAP (6g).
#   kpi-spark/speed.sh
#   ROWS=1000000 RUNS=3 kpi-spark/speed.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl kpi-spark -am test-compile dependency:build-classpath -Dspotless.check.skip \
  -Denforcer.skip -Dmdep.outputFile=target/speed.classpath -Dmdep.includeScope=test
CP="kpi-spark/target/test-classes:kpi-spark/target/classes:$(cat kpi-spark/target/speed.classpath)"
# The JVM flags Spark needs on Java 17: the module's spark.java.options property, one source of truth.
OPTS=$(sed -n '/<spark.java.options>/,/<\/spark.java.options>/p' kpi-spark/pom.xml \
  | sed -e 's/<[^>]*>//g' | tr -s ' \n' ' ')
# shellcheck disable=SC2086
exec java -Xmx"${HEAP:-6g}" $OPTS -cp "$CP" \
  -Drows="${ROWS:-10000000}" -Dwarmups="${WARMUPS:-3}" -Druns="${RUNS:-7}" \
  -Dpartitions="${PARTITIONS:-4}" -Dlog4j2.configurationFile=kpi-spark/src/test/resources/log4j2-test.properties \
  io.github.kpikit.spark.SparkSpeed
