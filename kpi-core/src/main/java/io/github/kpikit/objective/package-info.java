/**
 * SMART objectives: an {@link io.github.kpikit.objective.Objective} ties a KPI to a target, a
 * scope, a baseline, a start and a deadline; {@link io.github.kpikit.objective.SmartReport} checks
 * the five SMART criteria with reasons in English and French; an objective evaluated on a KPI
 * series as of a date reports its current value, progress, linear pacing, a projection at the
 * deadline and a {@link io.github.kpikit.objective.Status}; {@link
 * io.github.kpikit.objective.Goal}s group objectives and a {@link
 * io.github.kpikit.objective.Scorecard} renders them for an audience.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.objective;
