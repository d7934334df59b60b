/**
 * Time series: the value of one metric or KPI per bucket of a time grain, over a contiguous range
 * of buckets, with missing values explicit (a gap is not a zero), and the operations KPI work needs
 * on them (arithmetic aligned on buckets, period-over-period change, growth, rolling windows,
 * cumulative and to-date totals, summary statistics).
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.series;
