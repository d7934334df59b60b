/**
 * Metric definitions: what is measured, in which unit, and how it may be combined over time and
 * across dimension members (counter, gauge, distribution, non-additive, period amount), and which
 * values it admits.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.metric;
