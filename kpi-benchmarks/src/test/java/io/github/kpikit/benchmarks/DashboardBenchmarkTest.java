package io.github.kpikit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.report.Chart;
import io.github.kpikit.report.Dashboard;
import io.github.kpikit.report.Dashboards;
import io.github.kpikit.report.KpiTable;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dashboard benchmark measures what it says: 58 KPIs x 8 channels x 104 weeks, drawn. */
class DashboardBenchmarkTest {

  @Test
  void theTableHas58KpisOf8ChannelsAndATotalOver104Weeks() {
    KpiTable table = DashboardBenchmark.table(58, 8, 104);
    assertEquals(58, table.kpis().size());
    assertEquals(104, table.buckets().size());
    assertEquals(9, table.keys("ctr").size());
    assertTrue(
        table
                .value("ctr", DimensionKey.of("channel", "channel_3"), table.buckets().get(50))
                .isPresent()
            || table
                .value("ctr", DimensionKey.of("channel", "channel_3"), table.buckets().get(51))
                .isPresent());
    Dashboard page = Dashboards.overview("58 KPIs", table, Locale.FRENCH);
    assertEquals(58, page.charts().size());
    for (Chart chart : page.charts()) {
      assertEquals(9, chart.header().size(), "the period and 8 channels");
      assertEquals(104, chart.rows().size());
      assertTrue(chart.svg().getBytes(StandardCharsets.UTF_8).length < 10_240, chart.toString());
    }
    DashboardBenchmark benchmark = new DashboardBenchmark();
    benchmark.kpis = 58;
    benchmark.channels = 8;
    benchmark.weeks = 104;
    benchmark.setUp();
    assertEquals(page.html(), benchmark.overviewPage());
    assertEquals(58 * 9 * 104 + 1, benchmark.csv().split("\r\n").length);
  }
}
