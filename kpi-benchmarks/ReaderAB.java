// A before/after of the CSV reader that this machine's minutes-long changes of speed cannot bias:
// two builds of the benchmark jar, each in its own class loader in one JVM, read the same file in
// turn, round after round, so that both builds' reads of a round see the same machine.
//
// Usage (from the repository root; a single-file Java program, not part of the build):
//   java -Xms4g -Xmx4g -XX:+AlwaysPreTouch kpi-benchmarks/ReaderAB.java generated 45 before.jar after.jar
//   java -Xms4g -Xmx4g -XX:+AlwaysPreTouch kpi-benchmarks/ReaderAB.java uci 60 before.jar after.jar
//
// Each jar is a kpi-benchmarks/target/benchmarks.jar; each round calls ReaderBenchmark.kpikit()
// then commonsCsv() of the first jar, then of the second (the UCI file: 400 reads of each per
// round). The first third of the rounds warms up; over the rest it prints the median of the
// per-round quotient of the second build's kpikit time over the first's [quartiles], the same for
// the reader's own time (kpikit's time less Commons CSV's in the same build and round: the same
// Commons CSV code compiled in two class loaders was measured 5 to 9 % apart, which moves a build's
// kpikit time too), and for each build its median times and its median ratio kpikit / Commons CSV
// [quartiles].

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;

public class ReaderAB {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: java ReaderAB.java uci|generated ROUNDS JAR [JAR]");
      System.exit(2);
    }
    String file = args[0];
    int rounds = Integer.parseInt(args[1]);
    int jars = args.length - 2;
    Object[] benchmarks = new Object[jars];
    Method[] kpikit = new Method[jars];
    Method[] commons = new Method[jars];
    for (int j = 0; j < jars; j++) {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {Path.of(args[2 + j]).toUri().toURL()},
              ClassLoader.getPlatformClassLoader());
      Class<?> type = loader.loadClass("io.github.kpikit.benchmarks.ReaderBenchmark");
      benchmarks[j] = type.getConstructor().newInstance();
      type.getField("file").set(benchmarks[j], file);
      type.getField("rows").set(benchmarks[j], 1_000_000);
      type.getMethod("setUp").invoke(benchmarks[j]);
      kpikit[j] = type.getMethod("kpikit");
      commons[j] = type.getMethod("commonsCsv");
    }
    int reads = file.equals("uci") ? 400 : 1;
    double[][] kpikitMicros = new double[jars][rounds];
    double[][] commonsMicros = new double[jars][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int j = 0; j < jars; j++) {
        long t0 = System.nanoTime();
        for (int i = 0; i < reads; i++) {
          kpikit[j].invoke(benchmarks[j]);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < reads; i++) {
          commons[j].invoke(benchmarks[j]);
        }
        long t2 = System.nanoTime();
        kpikitMicros[j][r] = (t1 - t0) / 1e3 / reads;
        commonsMicros[j][r] = (t2 - t1) / 1e3 / reads;
      }
    }
    int from = rounds / 3;
    if (jars == 2) {
      double[] quotient = new double[rounds - from];
      for (int r = from; r < rounds; r++) {
        quotient[r - from] = kpikitMicros[1][r] / kpikitMicros[0][r];
      }
      System.out.printf("second / first build, kpikit: %s%n", quartiles(quotient));
      // The reader's own time, kpikit's read less its build's Commons CSV parse of the round: the
      // same code compiled in two class loaders can differ by several percent, which moves both of
      // a build's reads (its reader parses with that code) and so the quotient above.
      double[] own = new double[rounds - from];
      for (int r = from; r < rounds; r++) {
        own[r - from] =
            (kpikitMicros[1][r] - commonsMicros[1][r]) / (kpikitMicros[0][r] - commonsMicros[0][r]);
      }
      System.out.printf(
          "second / first build, kpikit less Commons CSV (the reader's own time): %s%n",
          quartiles(own));
    }
    for (int j = 0; j < jars; j++) {
      double[] k = Arrays.copyOfRange(kpikitMicros[j], from, rounds);
      double[] c = Arrays.copyOfRange(commonsMicros[j], from, rounds);
      double[] ratio = new double[k.length];
      for (int i = 0; i < k.length; i++) {
        ratio[i] = k[i] / c[i];
      }
      System.out.printf(
          "%s: kpikit %.1f us, Commons CSV %.1f us, kpikit / Commons CSV %s (%d rounds)%n",
          args[2 + j], median(k), median(c), quartiles(ratio), k.length);
    }
    for (int j = 0; j < jars; j++) {
      benchmarks[j].getClass().getMethod("tearDown").invoke(benchmarks[j]);
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String quartiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return String.format("%.3f [%.3f, %.3f]", sorted[n / 2], sorted[n / 4], sorted[3 * n / 4]);
  }
}
