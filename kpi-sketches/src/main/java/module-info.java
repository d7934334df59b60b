/**
 * kpikit sketches: mergeable sketches of bounded size behind kpi-core's accumulator API, for
 * distinct counts too large to keep exact ({@link io.github.kpikit.sketches.UltraLogLogSketches})
 * and distributions whose quantiles may be approximate ({@link
 * io.github.kpikit.sketches.KllSketches}).
 *
 * <p>kpi-core finds the sketches' factories through {@link java.util.ServiceLoader} when it reads
 * them from bytes; a {@link io.github.kpikit.data.SketchPolicy} says which cells become sketches.
 */
module io.github.kpikit.sketches {
  requires transitive io.github.kpikit.core;
  requires hash4j;

  exports io.github.kpikit.sketches;

  provides io.github.kpikit.data.SketchFactory with
      io.github.kpikit.sketches.UltraLogLogSketches,
      io.github.kpikit.sketches.KllSketches;
}
