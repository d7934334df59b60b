/**
 * Experiments: A/B tests computed from mergeable sufficient statistics, so that a test runs
 * straight on aggregated data — two proportions, two means (Welch), ratio metrics (delta method),
 * variance reduction with a pre-period covariate (CUPED), always-valid inference for daily looks (a
 * confidence sequence), corrections for several tests (Holm, Benjamini-Hochberg), the
 * sample-ratio-mismatch check reported with every test, and planning (sample size, power, minimum
 * detectable effect).
 *
 * <pre>{@code
 * ConversionCounts control = ConversionCounts.of(10_000, 420);
 * ConversionCounts treatment = ConversionCounts.of(10_050, 493);
 * AbTestResult r = AbTest.of(0.95).proportions(control, treatment);
 * r.sampleRatio().mismatch();    // false: the 50/50 split held
 * r.difference();                // +0.71 points, 95% interval [0.13, 1.28] points
 * r.relativeLift().get();        // +16.8%, 95% interval [+1.9%, +31.6%]
 * r.pValue();                    // 0.0166
 * }</pre>
 *
 * <p>The sufficient statistics ({@link io.github.kpikit.experiment.ConversionCounts}, {@link
 * io.github.kpikit.experiment.MeanSummary}, {@link io.github.kpikit.experiment.BivariateSummary})
 * merge with {@code plus} and have an {@code empty()} identity, like the accumulators of the
 * aggregation core. Every statistic names its reference and assumptions in its documentation; the
 * tests check each against SciPy and statsmodels (the script {@code
 * kpi-core/src/test/python/experiment_golden.py}) and by simulation.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.experiment;
