package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpikit.time.TimeGrain;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips of the byte form over seeded random tables (the seed is in each failure). */
class CodecProperties {

  private static final List<List<String>> GROUPINGS =
      List.of(
          List.of(),
          List.of("channel"),
          List.of("channel", "campaign"),
          List.of("channel", Aggregator.HOUR_OF_DAY));

  @Test
  void aTableReadsBackEqualAndItsBytesAreCanonical() {
    qt().withExamples(40)
        .forAll(
            longs().all(),
            integers().between(0, 600),
            arbitrary().enumValues(TimeGrain.class),
            arbitrary().pick(GROUPINGS))
        .checkAssert(
            (seed, size, grain, groupBy) -> {
              ZoneId zone = RandomBatches.ZONES.get(Math.floorMod(seed, 5));
              AggregatedTable table =
                  Aggregator.of(grain, zone)
                      .groupBy(groupBy)
                      .aggregate(RandomBatches.batch(RandomBatches.rows(seed, size, 90)));
              byte[] bytes = table.toBytes();
              AggregatedTable back = AggregatedTable.fromBytes(bytes);
              assertEquals(table, back, "seed " + seed);
              assertArrayEquals(bytes, back.toBytes(), "seed " + seed);
              for (AggregatedTable.Cell c : table.cells()) {
                assertEquals(
                    c.accumulator(),
                    Accumulator.fromBytes(c.accumulator().toBytes()),
                    c.toString());
              }
            });
  }
}
