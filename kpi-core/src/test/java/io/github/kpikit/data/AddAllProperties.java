package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.metric.MetricCatalog;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link ObservationBatch.Builder#addAll} (by key, or by the key's {@linkplain
 * ObservationBatch.Builder#dimensionsCode code}) is adding the observations one by one: on
 * generated rows (a subset of metrics, values of which some are refused, keys among up to 300 so
 * that the builder's table of recent keys fills, collides and is bypassed), the batch built row at
 * once holds the same observations in the same order as the batch built with {@code add}, and a
 * refused row adds none. The same for rows given by dimension names and values, against their
 * {@link DimensionKey}, down to the encoding of the batch.
 */
class AddAllProperties {

  private static final MetricCatalog STANDARD = MetricCatalog.standard();
  private static final long T0 = 1_767_225_600_000L; // 2026-01-01T00:00Z

  /** Counters and gauges (taking values); "net_follower_change" admits negative values. */
  private static final String[] METRICS = {
    "impressions", "reach", "clicks", "spend", "followers", "net_follower_change", "video_views"
  };

  /** One row: a key number, the metrics present (bits), a seed for the values and the instant. */
  record Row(int key, int mask, int seed) {}

  private static Gen<Row> rows(int keys) {
    return integers()
        .between(0, keys - 1)
        .zip(
            integers().between(0, (1 << METRICS.length) - 1),
            integers().between(0, 1 << 20),
            Row::new);
  }

  private static DimensionKey key(int k) {
    return k % 7 == 0
        ? DimensionKey.of("channel", "c" + (k % 3))
        : DimensionKey.of("channel", "c" + (k % 3), "ad", "ad_" + k);
  }

  /** The value of metric slot i in a row: negative now and then (refused unless signed). */
  private static double value(Row row, int i) {
    int v = (row.seed() * 31 + i * 17) % 1000;
    return v % 97 == 0 ? -v - 1 : v * 0.25;
  }

  private static long millis(Row row) {
    return T0 + (row.seed() % 5000) * 60_000L;
  }

  /**
   * Puts the row's metrics (by its mask) and their values first in the arrays; returns how many.
   */
  private static int present(Row row, String[] ids, double[] values) {
    int n = 0;
    for (int i = 0; i < METRICS.length; i++) {
      if ((row.mask() & (1 << i)) != 0) {
        ids[n] = METRICS[i];
        values[n] = value(row, i);
        n++;
      }
    }
    return n;
  }

  @Test
  void addingARowAtOnceIsAddingItsObservationsOneByOne() {
    qt().withExamples(200)
        .forAll(lists().of(rows(300)).ofSizeBetween(0, 600))
        .checkAssert(
            list -> {
              ObservationBatch.Builder atOnce = ObservationBatch.builder(STANDARD);
              ObservationBatch.Builder oneByOne = ObservationBatch.builder(STANDARD);
              String[] ids = new String[METRICS.length];
              double[] values = new double[METRICS.length];
              for (Row row : list) {
                int n = present(row, ids, values);
                boolean good = true;
                for (int i = 0; i < n; i++) {
                  good &= STANDARD.require(ids[i]).admits(values[i]);
                }
                int before = atOnce.size();
                int code = atOnce.dimensionsCode(key(row.key()));
                if (good) {
                  if (code >= 0 && row.seed() % 2 == 0) { // by the key's code in this builder
                    atOnce.addAll(millis(row), code, ids, values, n);
                  } else {
                    atOnce.addAll(millis(row), key(row.key()), ids, values, n);
                  }
                  for (int i = 0; i < n; i++) {
                    oneByOne.add(ids[i], millis(row), values[i], key(row.key()));
                  }
                } else {
                  int count = n;
                  assertThrows(
                      IllegalArgumentException.class,
                      () -> atOnce.addAll(millis(row), key(row.key()), ids, values, count));
                }
                assertEquals(good ? before + n : before, atOnce.size());
              }
              assertSame(oneByOne.build(), atOnce.build());
            });
  }

  /** Two layouts of dimension names, sorted; values from a small alphabet, absent or blank. */
  private static final String[][] LAYOUTS = {{"ad", "campaign", "channel"}, {"channel", "post"}};

  private static final String[] DIMENSION_VALUES = {"a", "b", "Aa", "BB", "ad_1", " ", null};

  /** One row by names: a layout, a value index per name, the metrics present, a seed. */
  record NamedRow(int layout, int values, int mask, int seed, boolean byNames) {}

  private static Gen<NamedRow> namedRows() {
    return integers()
        .between(0, LAYOUTS.length - 1)
        .zip(
            integers().between(0, 7 * 7 * 7 - 1),
            integers().between(0, (1 << METRICS.length) - 1),
            integers().between(0, 1 << 20),
            (l, v, m, seed) -> new NamedRow(l, v, m, seed, seed % 3 != 0));
  }

  private static String[] dimensionValues(NamedRow row) {
    String[] names = LAYOUTS[row.layout()];
    String[] values = new String[names.length];
    for (int i = 0, v = row.values(); i < names.length; i++, v /= 7) {
      // A new string now and then, as a reader's cells are; else the same instance, as constants.
      String value = DIMENSION_VALUES[v % 7];
      boolean copy = value != null && (row.seed() >> i) % 2 == 0;
      values[i] = copy ? new String(value.toCharArray()) : value;
    }
    return values;
  }

  @Test
  void addingARowByDimensionNamesAndValuesIsAddingItWithTheirKey() {
    qt().withExamples(200)
        .forAll(lists().of(namedRows()).ofSizeBetween(0, 400))
        .checkAssert(
            list -> {
              ObservationBatch.Builder byNames = ObservationBatch.builder(STANDARD);
              ObservationBatch.Builder byKey = ObservationBatch.builder(STANDARD);
              String[] ids = new String[METRICS.length];
              double[] values = new double[METRICS.length];
              for (NamedRow named : list) {
                Row row = new Row(0, named.mask(), named.seed());
                int n = present(row, ids, values);
                String[] names = LAYOUTS[named.layout()];
                String[] dimensions = dimensionValues(named);
                java.util.Map<String, String> map = new java.util.TreeMap<>();
                boolean good = true;
                for (int i = 0; i < names.length; i++) {
                  if (dimensions[i] != null) {
                    map.put(names[i], dimensions[i]);
                    good &= !dimensions[i].isBlank();
                  }
                }
                for (int i = 0; i < n; i++) {
                  good &= STANDARD.require(ids[i]).admits(values[i]);
                }
                int before = byNames.size();
                int count = n;
                if (good) {
                  DimensionKey key = DimensionKey.of(map);
                  if (named.byNames()) {
                    byNames.addAll(millis(row), names, dimensions, ids, values, count);
                  } else { // the two ways mixed in one builder
                    byNames.addAll(millis(row), key, ids, values, count);
                  }
                  byKey.addAll(millis(row), key, ids, values, count);
                } else {
                  assertThrows(
                      IllegalArgumentException.class,
                      () -> byNames.addAll(millis(row), names, dimensions, ids, values, count));
                }
                assertEquals(good ? before + n : before, byNames.size());
              }
              ObservationBatch expected = byKey.build();
              ObservationBatch actual = byNames.build();
              assertSame(expected, actual);
              // The same encoding: dimensions, dictionaries and tuples in the same order.
              assertEquals(
                  java.util.Arrays.asList(expected.dimensionNames),
                  java.util.Arrays.asList(actual.dimensionNames));
              assertEquals(
                  java.util.Arrays.deepToString(expected.dictionaries),
                  java.util.Arrays.deepToString(actual.dictionaries));
              assertEquals(
                  java.util.Arrays.toString(expected.tupleCodes),
                  java.util.Arrays.toString(actual.tupleCodes));
              // The rows only: a batch's column may have spare room beyond them.
              assertEquals(
                  java.util.Arrays.toString(
                      java.util.Arrays.copyOf(expected.tuples, expected.size)),
                  java.util.Arrays.toString(java.util.Arrays.copyOf(actual.tuples, actual.size)));
            });
  }

  @Test
  void dimensionNamesOutOfOrderRepeatedInvalidOrReservedAreRefusedAndAddNothing() {
    ObservationBatch.Builder b = ObservationBatch.builder(STANDARD);
    String[] ids = {"reach"};
    double[] values = {1};
    String[][] refused = {
      {"channel", "ad"}, {"ad", "ad"}, {"Channel"}, {"hour_of_day"},
    };
    for (String[] names : refused) {
      String[] dims = new String[names.length];
      java.util.Arrays.fill(dims, "x");
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> b.addAll(T0, names, dims, ids, values, 1));
      org.junit.jupiter.api.Assertions.assertTrue(
          e.getMessage().startsWith("row 1: "), e.getMessage());
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> b.addAll(T0, new String[] {"ad"}, new String[] {"x", "y"}, ids, values, 1));
    assertThrows(
        NullPointerException.class,
        () -> b.addAll(T0, new String[] {null}, new String[] {"x"}, ids, values, 1));
    assertEquals(0, b.size());
    // The caller changes the array of names in place: the new names are read.
    String[] names = {"ad", "channel"};
    b.addAll(T0, names, new String[] {"a1", "x"}, ids, values, 1);
    names[0] = "campaign";
    b.addAll(T0, names, new String[] {"c1", "x"}, ids, values, 1);
    ObservationBatch batch = b.build();
    assertEquals(DimensionKey.of("ad", "a1", "channel", "x"), batch.dimensions(0));
    assertEquals(DimensionKey.of("campaign", "c1", "channel", "x"), batch.dimensions(1));
  }

  private static void assertSame(ObservationBatch expected, ObservationBatch actual) {
    assertEquals(expected.size(), actual.size());
    assertEquals(expected.metrics(), actual.metrics(), "metrics of the batch");
    for (int r = 0; r < expected.size(); r++) {
      assertEquals(expected.metric(r), actual.metric(r), "metric of row " + r);
      assertEquals(expected.instant(r), actual.instant(r), "instant of row " + r);
      assertEquals(expected.value(r), actual.value(r), "value of row " + r);
      assertEquals(expected.dimensions(r), actual.dimensions(r), "dimensions of row " + r);
    }
  }
}
