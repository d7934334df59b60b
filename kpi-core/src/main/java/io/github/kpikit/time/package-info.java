/**
 * Time grains (hour, day, ISO week, month, quarter, year) and time buckets: half-open local-time
 * ranges that become instant ranges in a {@link java.time.ZoneId}, days of 23 and 25 hours
 * included.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.time;
