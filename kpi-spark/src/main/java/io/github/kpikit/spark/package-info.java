/**
 * kpikit inside Apache Spark: {@link io.github.kpikit.spark.SparkAggregation} aggregates a
 * DataFrame, mapped by {@link io.github.kpikit.spark.SparkColumns}, into kpi-core's {@link
 * io.github.kpikit.data.AggregatedTable} (or a DataFrame of its cells), with a typed Spark
 * aggregator, {@link io.github.kpikit.spark.KpiAggregator}, whose buffer holds partial tables in
 * the core's byte form.
 *
 * <p>Null policy: no method accepts or returns null; a null argument throws {@link
 * NullPointerException} naming it. A null in a mapped column of a DataFrame is an error naming the
 * column and the row, never a zero.
 */
package io.github.kpikit.spark;
