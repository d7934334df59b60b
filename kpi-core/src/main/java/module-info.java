/**
 * kpikit: social-media and digital-marketing KPIs computed from raw platform figures with the right
 * aggregation semantics.
 *
 * <p>The exported packages are the API; {@code io.github.kpikit.internal} is not exported and may
 * change in any release. The message catalogue's resource bundles ({@code
 * io/github/kpikit/text/messages*.properties}) are found through this module; a bundle for another
 * language is added on the class path, as {@link io.github.kpikit.text} describes.
 */
module io.github.kpikit.core {
  requires org.apache.commons.statistics.descriptive;
  requires org.apache.commons.statistics.distribution;

  exports io.github.kpikit.analysis;
  exports io.github.kpikit.attribution;
  exports io.github.kpikit.data;
  exports io.github.kpikit.experiment;
  exports io.github.kpikit.formula;
  exports io.github.kpikit.metric;
  exports io.github.kpikit.objective;
  exports io.github.kpikit.operations;
  exports io.github.kpikit.people;
  exports io.github.kpikit.registry;
  exports io.github.kpikit.series;
  exports io.github.kpikit.text;
  exports io.github.kpikit.time;

  // Sketches (such as kpi-sketches') are found when a table or an accumulator is read from bytes.
  uses io.github.kpikit.data.SketchFactory;
}
