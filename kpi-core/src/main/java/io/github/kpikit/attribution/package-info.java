/**
 * Attribution: people's conversion paths, counted in a mergeable accumulator, and the models that
 * credit each channel with conversions and value — first touch, last touch, linear, time decay,
 * position based, Shapley (simplified and ordered, Zhao et al. 2018) and data-driven Markov removal
 * effects of order 1 to 4 solved exactly, with bootstrap intervals.
 *
 * <pre>{@code
 * Instant t0 = Instant.parse("2026-01-05T09:00:00Z");
 * ConversionPaths paths = ConversionPaths.of(
 *     Journey.converted(
 *         List.of(Touchpoint.of("facebook", t0), Touchpoint.of("email", t0.plus(Duration.ofDays(2)))),
 *         Conversion.of(t0.plus(Duration.ofDays(3)), 60.0)),
 *     Journey.notConverted(List.of(Touchpoint.of("facebook", t0))));
 * AttributionModel.linear().attribute(paths).credit("email");  // 0.5 conversions, 30.0 value
 * AttributionModel.markov(1).attribute(paths).credit("email");  // 0.5 conversions, 30.0 value
 * }</pre>
 *
 * <p>Every model's credits add up to the paths' conversions and value, and do not depend on the
 * order in which journeys were added. Each model documents its formula and reference.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}; a {@code null} argument throws {@link NullPointerException} naming
 * the parameter.
 */
package io.github.kpikit.attribution;
