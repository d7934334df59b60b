package io.github.kpikit.examples;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.io.SampleBrandLoader;
import io.github.kpikit.objective.Baseline;
import io.github.kpikit.objective.Goal;
import io.github.kpikit.objective.GoalCategory;
import io.github.kpikit.objective.Objective;
import io.github.kpikit.objective.Target;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.report.Dashboard;
import io.github.kpikit.report.DashboardData;
import io.github.kpikit.report.Dashboards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The README's first command: prints the {@linkplain WeeklyReport weekly report} of the {@linkplain
 * SampleBrand sample brand}, then writes its three dashboards (community manager, marketing lead,
 * executive) in English and French and the KPI guide, and prints where.
 *
 * <p>The dashboards are made with kpi-report's public API alone: the sample files read by kpi-io's
 * {@link SampleBrandLoader}, a {@link DashboardData} with the brand's member and three objectives
 * (the Instagram community and engagement rate, the team's response time, as in the SMART
 * notebook), and {@link Dashboards}. Each is one self-contained HTML file: open it in a browser,
 * offline.
 *
 * <p>Run it from the repository root with {@code ./mvnw -B -q -Pdemo -pl kpi-examples -am verify
 * -DskipTests}; its arguments are the sample directory (by default {@code kpi-examples/data/sample}
 * or {@code data/sample}, whichever exists) and the output directory (by default {@code
 * kpi-examples/target} or {@code target}).
 */
public final class Demo {

  private Demo() {}

  /**
   * Prints the weekly report and writes the dashboards and the KPI guide.
   *
   * @param args optionally, the directory of the sample files, then the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = args.length > 0 ? Path.of(args[0]) : existing("data", "sample");
    Path out = args.length > 1 ? Path.of(args[1]) : existing("target");
    WeeklyReport.report(dir, System.out);
    System.out.println();
    for (Path file : writeDashboards(dir, out.resolve("dashboards"))) {
      System.out.println("Dashboard written to " + file);
    }
    for (Path file : WeeklyReport.writeGuides(out.resolve("kpi-guide"))) {
      System.out.println("KPI guide written to " + file);
    }
  }

  private static Path existing(String first, String... more) {
    Path fromRoot = Path.of("kpi-examples", first).resolve(Path.of("", more));
    return Files.isDirectory(fromRoot) ? fromRoot : Path.of(first, more);
  }

  /**
   * Writes the three dashboards of the sample brand in English and French: {@code
   * community-manager.en.html}, {@code marketing-lead.fr.html}, {@code executive.en.html}...
   *
   * @param sample the directory of the sample files, not null
   * @param dir the directory to write into, created if needed; not null
   * @return the files written, never null
   * @throws NullPointerException if an argument is null
   * @throws IOException if a file cannot be written
   */
  static List<Path> writeDashboards(Path sample, Path dir) throws IOException {
    Objects.requireNonNull(sample, "sample must not be null");
    Objects.requireNonNull(dir, "dir must not be null");
    DashboardData data = data(SampleBrandLoader.load(sample));
    List<Path> files = new ArrayList<>();
    for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
      String suffix = "." + locale.getLanguage() + ".html";
      List<Dashboard> pages =
          List.of(
              Dashboards.communityManager(data, locale),
              Dashboards.marketingLead(data, locale),
              Dashboards.executive(data, locale));
      List<String> names = List.of("community-manager", "marketing-lead", "executive");
      for (int i = 0; i < pages.size(); i++) {
        files.add(pages.get(i).writeTo(dir.resolve(names.get(i) + suffix)));
      }
    }
    return files;
  }

  /** The dashboards' data: the sample brand as of its last day, with three objectives. */
  static DashboardData data(ObservationBatch batch) {
    KpiRegistry registry = KpiRegistry.standard().withCatalog(batch.catalog());
    Objective followers =
        Objective.builder(registry.require("follower_count"))
            .scope("channel", "instagram")
            .target(Target.changeBy(0.10))
            .baseline(Baseline.window(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)))
            .start(LocalDate.of(2025, 7, 1))
            .deadline(LocalDate.of(2025, 12, 31))
            .owner("Alice")
            .description("Grow the Instagram community by 10% in the second half")
            .build();
    Objective engagement =
        Objective.builder(registry.require("engagement_rate"))
            .scope("channel", "instagram")
            .target(Target.changeBy(0.20))
            .baseline(Baseline.window(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)))
            .start(LocalDate.of(2025, 10, 1))
            .deadline(LocalDate.of(2025, 12, 31))
            .owner("Bruno")
            .description("Raise the Instagram engagement rate of posts by 20% in Q4")
            .build();
    Objective responseTime =
        Objective.builder(registry.require("average_response_time"))
            .target(Target.atMost(4 * 3600))
            .baseline(Baseline.window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)))
            .start(LocalDate.of(2025, 4, 1))
            .deadline(LocalDate.of(2026, 3, 31))
            .owner("Chloé")
            .description("Answer within 4 hours on average by the end of Q1 2026")
            .build();
    return DashboardData.builder(batch, SampleBrand.ZONE)
        .registry(registry)
        .brand(SampleBrand.BRAND)
        .asOf(SampleBrand.LAST_DAY)
        .goals(
            List.of(
                Goal.of(
                    "Grow an engaged community", GoalCategory.ENGAGEMENT, followers, engagement),
                Goal.of("Answer customers fast", GoalCategory.SUPPORT, responseTime)))
        .build();
  }
}
