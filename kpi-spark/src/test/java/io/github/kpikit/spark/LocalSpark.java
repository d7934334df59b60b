package io.github.kpikit.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for every test class of the module (Surefire runs them in one JVM):
 * {@code local[2]}, no UI, few shuffle partitions, bound to the loopback address. Starting a
 * session costs seconds; sharing it keeps the module's share of the build small.
 */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("kpikit-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "2")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }
}
