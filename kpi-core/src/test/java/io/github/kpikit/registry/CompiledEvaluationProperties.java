package io.github.kpikit.registry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.PropertyRuns;
import io.github.kpikit.data.AggregatedTable;
import io.github.kpikit.data.Aggregator;
import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.formula.Binary;
import io.github.kpikit.formula.Call;
import io.github.kpikit.formula.Constant;
import io.github.kpikit.formula.DimensionFilter;
import io.github.kpikit.formula.FilterValue;
import io.github.kpikit.formula.Formula;
import io.github.kpikit.formula.FormulaException;
import io.github.kpikit.formula.Function;
import io.github.kpikit.formula.Negate;
import io.github.kpikit.formula.Operator;
import io.github.kpikit.formula.Reference;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The compiled evaluation equals the reference model ({@link ReferenceEvaluator}, kpikit's
 * evaluator before plans) bit for bit, on random formulas over random tables, when both read only
 * what was observed.
 */
class CompiledEvaluationProperties {

  private static final MetricCatalog CATALOG = MetricCatalog.standard();
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final LocalDate START = LocalDate.of(2025, 12, 22); // across a year boundary
  private static final List<String> CHANNELS = List.of("ig", "x", "li");
  private static final List<String> TYPES = List.of("photo", "video");
  private static final List<String> COUNTERS = List.of("clicks", "impressions", "likes");
  private static final Map<String, String> KPIS =
      Map.of("rate", "clicks / impressions", "eng", "likes + clicks");
  private static final KpiRegistry REGISTRY = registry();

  private static KpiRegistry registry() {
    KpiRegistry.Builder builder = KpiRegistry.builder(CATALOG);
    KPIS.forEach((id, text) -> builder.add(TestKpis.definition(id, text)));
    return builder.build();
  }

  /** One observation: day offset, channel, type, metric, value. */
  private record Row(int day, int channel, int type, int metric, int value) {}

  private static Gen<Row> rows() {
    return integers()
        .between(0, 45)
        .zip(
            integers().between(0, 2),
            integers().between(0, 1),
            integers().between(0, 5),
            (day, channel, type, metric) -> new int[] {day, channel, type, metric})
        .zip(integers().between(0, 500), (r, value) -> new Row(r[0], r[1], r[2], r[3], value));
  }

  private static AggregatedTable table(List<Row> rows) {
    ObservationBatch.Builder batch = ObservationBatch.builder(CATALOG);
    for (Row row : rows) {
      java.time.Instant instant =
          START.plusDays(row.day()).atTime(9 + row.value() % 12, 0).atZone(PARIS).toInstant();
      if (row.metric() == 5) {
        // A distinct metric: one of 25 people, so that weeks and channels share some of them.
        batch.addIdentity(
            "engaged_people",
            instant,
            "person" + row.value() % 25,
            "channel",
            CHANNELS.get(row.channel()),
            "content_type",
            TYPES.get(row.type()));
        continue;
      }
      String metric =
          row.metric() < 3
              ? COUNTERS.get(row.metric())
              : row.metric() == 3 ? "followers" : "response_time";
      batch.add(
          metric,
          instant,
          row.value(),
          "channel",
          CHANNELS.get(row.channel()),
          "content_type",
          TYPES.get(row.type()));
    }
    return Aggregator.of(TimeGrain.DAY, PARIS)
        .groupBy("channel", "content_type")
        .aggregate(batch.build());
  }

  // ---------------------------------------------------------------- formulas

  private static Gen<Formula> formulas(int depth) {
    Gen<Formula> leaves =
        Generate.frequency(
            Pair.of(1, integers().between(-3, 1000).map(n -> (Formula) new Constant(n))),
            Pair.of(4, references()),
            Pair.of(1, distributions()),
            Pair.of(1, Generate.constant(Call.of(Function.DAYS))));
    if (depth == 0) {
      return leaves;
    }
    Gen<Formula> smaller = formulas(depth - 1);
    Gen<Formula> binaries =
        Generate.enumValues(Operator.class)
            .zip(smaller, smaller, (operator, left, right) -> new Binary(operator, left, right));
    return Generate.frequency(
        Pair.of(3, leaves),
        Pair.of(1, smaller.map(Negate::new)),
        Pair.of(4, binaries),
        Pair.of(3, seriesCalls(smaller)),
        Pair.of(
            1,
            smaller.zip(
                Generate.pick(List.of("channel", "content_type")),
                (x, dim) -> Call.of(Function.TOTAL, x, Reference.of(dim)))),
        Pair.of(
            1,
            smaller.zip(
                Generate.pick(List.of("channel", "content_type")),
                (x, dim) -> Call.of(Function.MEAN_BY, Reference.of(dim), x))));
  }

  private static Gen<Formula> seriesCalls(Gen<Formula> x) {
    return in -> {
      Function function =
          Generate.pick(
                  List.of(
                      Function.GROWTH,
                      Function.DELTA,
                      Function.CUMULATIVE,
                      Function.SAME_PERIOD_LAST_YEAR,
                      Function.PREVIOUS,
                      Function.ROLLING_SUM,
                      Function.ROLLING_MEAN,
                      Function.ROLLING_MIN,
                      Function.ROLLING_MAX,
                      Function.TO_DATE))
              .generate(in);
      Formula operand = x.generate(in);
      switch (function.arity()) {
        case 1:
          return Call.of(function, operand);
        default:
          return function == Function.TO_DATE
              ? Call.of(function, operand, Reference.of("year"))
              : Call.of(function, operand, new Constant(integers().between(1, 3).generate(in)));
      }
    };
  }

  private static Gen<Formula> distributions() {
    return Generate.pick(List.of(Function.MEAN, Function.MEDIAN, Function.COUNT, Function.QUANTILE))
        .zip(
            filters(),
            (function, filters) -> {
              Reference values = new Reference("response_time", filters);
              return function == Function.QUANTILE
                  ? Call.of(function, values, new Constant(0.9))
                  : Call.of(function, values);
            });
  }

  private static Gen<Formula> references() {
    Gen<String> names =
        Generate.pick(
            List.of(
                "clicks", "impressions", "likes", "followers", "engaged_people", "rate", "eng"));
    return names.zip(filters(), (name, filters) -> new Reference(name, filters));
  }

  private static Gen<List<DimensionFilter>> filters() {
    Gen<DimensionFilter> one =
        in -> {
          boolean channel = Generate.booleans().generate(in);
          List<String> values = new ArrayList<>(channel ? CHANNELS : TYPES);
          values.add("zz");
          DimensionFilter.Comparison comparison =
              Generate.enumValues(DimensionFilter.Comparison.class).generate(in);
          int count = comparison.takesList() ? integers().between(1, 2).generate(in) : 1;
          List<FilterValue> picked = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            picked.add(FilterValue.literal(Generate.pick(values).generate(in)));
          }
          return new DimensionFilter(channel ? "channel" : "content_type", comparison, picked);
        };
    return in -> {
      int count = integers().between(0, 2).generate(in);
      List<DimensionFilter> list = new ArrayList<>();
      boolean channelTaken = false;
      boolean typeTaken = false;
      for (int i = 0; i < count; i++) {
        DimensionFilter filter = one.generate(in);
        boolean isChannel = filter.dimension().equals("channel");
        if (isChannel ? !channelTaken : !typeTaken) {
          list.add(filter);
          channelTaken |= isChannel;
          typeTaken |= !isChannel;
        }
      }
      return list;
    };
  }

  // ---------------------------------------------------------------- the law

  @Test
  void compiledEvaluationEqualsTheReferenceModelBitForBit() {
    qt().withExamples(PropertyRuns.examples(150))
        .forAll(
            lists().of(rows()).ofSizeBetween(0, 60),
            formulas(3),
            Generate.pick(List.of(TimeGrain.DAY, TimeGrain.WEEK, TimeGrain.MONTH)),
            Generate.pick(
                List.of(List.<String>of(), List.of("channel"), List.of("channel", "content_type"))))
        .checkAssert(
            (rows, formula, grain, breakdown) -> {
              AggregatedTable table = table(rows);
              KpiResult compiled;
              try {
                compiled =
                    REGISTRY.evaluate(
                        table, formula, KpiQuery.at(grain).by(breakdown).observedOnly());
              } catch (FormulaException e) {
                return; // ill-typed or off-grain formulas are refused; the reference assumes checks
              }
              Map<String, Formula> kpis = new java.util.HashMap<>();
              KPIS.forEach((id, text) -> kpis.put(id, Formula.parse(text)));
              Map<DimensionKey, TimeSeries> expected =
                  ReferenceEvaluator.evaluate(
                      formula,
                      new ReferenceEvaluator.Env(CATALOG, kpis, Map.of()),
                      table,
                      grain,
                      breakdown);
              assertSame(expected.get(null), compiled.total(), formula + " total");
              assertEquals(expected.size() - 1, compiled.byKey().size(), formula + " keys");
              compiled
                  .byKey()
                  .forEach(
                      (key, series) -> assertSame(expected.get(key), series, formula + " " + key));
            });
  }

  private static void assertSame(TimeSeries expected, TimeSeries actual, String what) {
    assertEquals(expected.start(), actual.start(), what);
    assertArrayEquals(expected.toArray(), actual.toArray(), what);
  }
}
