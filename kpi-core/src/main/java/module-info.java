/**
 * kpikit: social-media and digital-marketing KPIs computed from raw platform figures with the right
 * aggregation semantics.
 *
 * <p>The exported packages are the API; {@code io.github.kpikit.internal} is not exported and may
 * change in any release.
 */
module io.github.kpikit.core {
  requires org.apache.commons.statistics.descriptive;
  requires org.apache.commons.statistics.distribution;

  exports io.github.kpikit.attribution;
  exports io.github.kpikit.data;
  exports io.github.kpikit.experiment;
  exports io.github.kpikit.formula;
  exports io.github.kpikit.metric;
  exports io.github.kpikit.objective;
  exports io.github.kpikit.registry;
  exports io.github.kpikit.series;
  exports io.github.kpikit.time;
}
