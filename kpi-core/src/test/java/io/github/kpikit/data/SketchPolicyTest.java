package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's own checks; sketches themselves are tested in kpi-sketches. */
class SketchPolicyTest {

  /** A factory that is never asked for a sketch here. */
  private static final class NoSketches implements SketchFactory.ForDistinct {
    @Override
    public String family() {
      return "none";
    }

    @Override
    public SketchAccumulator read(byte[] state) {
      throw new UnsupportedOperationException();
    }

    @Override
    public DistinctSketch empty() {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void theExactPolicyKeepsEveryCellAndIsTheDefault() {
    assertTrue(SketchPolicy.exact().isExact());
    assertEquals("SketchPolicy[exact]", SketchPolicy.exact().toString());
    assertEquals(Long.MAX_VALUE, SketchPolicy.exact().exactUpTo());
    assertEquals(List.of(), SketchPolicy.exact().quantileMetrics());
    DistinctAccumulator small = DistinctAccumulator.of("ann", "bob");
    SketchPolicy policy = SketchPolicy.exact().withDistinctSketch(new NoSketches(), 2);
    // Two identities, at most two kept exact: the factory is not asked.
    assertSame(small, policy.apply(io.github.kpikit.metric.StandardMetrics.ENGAGED_PEOPLE, small));
  }

  @Test
  void badArgumentsAreRefusedNamingThem() {
    assertEquals(
        "exactUpTo: -1, expected a number of identities >= 0",
        assertThrows(
                IllegalArgumentException.class,
                () -> SketchPolicy.exact().withDistinctSketch(new NoSketches(), -1))
            .getMessage());
    assertEquals(
        "factory must not be null",
        assertThrows(
                NullPointerException.class, () -> SketchPolicy.exact().withDistinctSketch(null, 1))
            .getMessage());
    assertEquals(
        "metrics: none, expected the ids of the distribution metrics to sketch",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    SketchPolicy.exact()
                        .withQuantileSketch(
                            new SketchFactory.ForQuantiles() {
                              @Override
                              public String family() {
                                return "none";
                              }

                              @Override
                              public SketchAccumulator read(byte[] state) {
                                throw new UnsupportedOperationException();
                              }

                              @Override
                              public QuantileSketch empty() {
                                throw new UnsupportedOperationException();
                              }
                            }))
            .getMessage());
  }
}
