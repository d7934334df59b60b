/**
 * SMART objectives: an {@link io.github.kpikit.objective.Objective} ties a KPI of the registry (a
 * {@link io.github.kpikit.registry.KpiDefinition}) to a target, a scope, a baseline, a start and a
 * deadline; {@link io.github.kpikit.objective.SmartReport} checks the five SMART criteria; an
 * objective evaluated on its KPI's series as of a date reports its current value, where it stands
 * against the target, progress, linear pacing, a projection at the deadline and a {@link
 * io.github.kpikit.objective.Status}; {@link io.github.kpikit.objective.Goal}s group objectives and
 * a {@link io.github.kpikit.objective.Scorecard} renders them for an audience.
 *
 * <pre>{@code
 * Objective faster = Objective.builder(KpiRegistry.standard().require("average_response_time"))
 *     .target(Target.atMost(4 * 3600))
 *     .start(LocalDate.of(2026, 1, 1)).deadline(LocalDate.of(2026, 6, 30))
 *     .build();
 * ObjectiveEvaluation e = faster.evaluate(monthlyResponseTime, LocalDate.of(2026, 3, 31));
 * e.status();                 // ON_TRACK: a fact
 * e.reason();                 // Pace[progress=0.67, expected=0.5, ...]: the figures behind it
 * e.describe(Locale.FRENCH);  // the words, values in the KPI's format: "... au plus 4 h ..."
 * }</pre>
 *
 * <p>Facts, then words: evaluation and the SMART check return statuses and reasons as records
 * holding their figures ({@link io.github.kpikit.objective.StatusReason}, {@link
 * io.github.kpikit.objective.CriterionReason}); no text is built where a status is decided. Text
 * comes from the library's message catalogue ({@link io.github.kpikit.text.Messages}) in any {@link
 * java.util.Locale} (English and French shipped, English for a language without a bundle), with
 * values written in the KPI's {@link io.github.kpikit.registry.DisplayFormat}.
 *
 * <p>The series an objective is evaluated on is the caller's: the KPI evaluated over the
 * objective's scope at its grain, covering its baseline window, history and periods as far as data
 * exists.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.objective;
