/**
 * Analysis of KPI series: trends, alerts on significant change, period comparisons, correlations
 * with lags, the best time to post, and benchmarking against history, reference values and
 * competitors.
 *
 * <p>Every method returns facts: a small immutable record holding the figures (estimate, interval,
 * p-value, method, number of points), never prose or formatted text; rendering is the reports' job.
 * Each method names its reference and its assumptions, and says how it treats missing values. The
 * same input always gives the same output, bit for bit: nothing here draws random numbers.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter. Bad values throw {@link IllegalArgumentException} naming the field, the value and
 * what was expected.
 */
package io.github.kpikit.analysis;
