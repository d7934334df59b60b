package io.github.kpikit.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Laws of the sufficient statistics: merging the summaries of two halves gives the summary of the
 * whole, the empty summary is the identity, merging is commutative, and summaries rebuilt from
 * aggregated sums agree with those built value by value.
 */
class SummaryProperties {

  private static final int EXAMPLES = 300;

  @Test
  void conversionCountsMergeExactly() {
    qt().withExamples(EXAMPLES)
        .forAll(
            lists().of(integers().between(0, 1)).ofSizeBetween(0, 60), integers().between(0, 60))
        .checkAssert(
            (outcomes, cut) -> {
              int k = Math.min(cut, outcomes.size());
              ConversionCounts left = counts(outcomes.subList(0, k));
              ConversionCounts right = counts(outcomes.subList(k, outcomes.size()));
              ConversionCounts all = counts(outcomes);
              assertEquals(all, left.plus(right));
              assertEquals(left.plus(right), right.plus(left));
              assertEquals(all, all.plus(ConversionCounts.empty()));
            });
  }

  @Test
  void meanSummariesSplitAndMergeToTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(values(), integers().between(0, 60))
        .checkAssert(
            (values, cut) -> {
              int k = Math.min(cut, values.size());
              MeanSummary left = mean(values.subList(0, k));
              MeanSummary right = mean(values.subList(k, values.size()));
              MeanSummary all = mean(values);
              assertClose(all, left.plus(right));
              assertEquals(left.plus(right), right.plus(left));
              assertEquals(all, all.plus(MeanSummary.empty()));
              assertEquals(all, MeanSummary.empty().plus(all));
              if (all.count() > 0) {
                assertClose(all, MeanSummary.of(all.count(), all.sum(), all.sumOfSquares()));
              }
            });
  }

  @Test
  void bivariateSummariesSplitAndMergeToTheWhole() {
    qt().withExamples(EXAMPLES)
        .forAll(values(), values(), integers().between(0, 60))
        .checkAssert(
            (xs, ys, cut) -> {
              int n = Math.min(xs.size(), ys.size());
              int k = Math.min(cut, n);
              BivariateSummary left = pairs(xs, ys, 0, k);
              BivariateSummary right = pairs(xs, ys, k, n);
              BivariateSummary all = pairs(xs, ys, 0, n);
              BivariateSummary merged = left.plus(right);
              assertEquals(merged, right.plus(left));
              assertEquals(all, all.plus(BivariateSummary.empty()));
              assertEquals(all.count(), merged.count());
              close(all.sumX(), merged.sumX(), all.sumOfSquaresX());
              close(all.sumOfSquaresY(), merged.sumOfSquaresY(), all.sumOfSquaresY());
              close(all.cxy(), merged.cxy(), Math.sqrt(all.sumOfSquaresX() * all.sumOfSquaresY()));
              close(all.m2x(), merged.m2x(), all.sumOfSquaresX());
              if (n > 0) {
                BivariateSummary fromSums =
                    BivariateSummary.of(
                        n,
                        all.sumX(),
                        all.sumY(),
                        all.sumOfSquaresX(),
                        all.sumOfSquaresY(),
                        all.sumOfProducts());
                close(
                    all.cxy(),
                    fromSums.cxy(),
                    Math.sqrt(all.sumOfSquaresX() * all.sumOfSquaresY()));
              }
            });
  }

  /** Up to 60 values in cents, from -1,000 to 1,000. */
  private static Gen<List<Double>> values() {
    return lists()
        .of(integers().between(-100_000, 100_000).map(c -> c / 100.0))
        .ofSizeBetween(0, 60);
  }

  private static ConversionCounts counts(List<Integer> outcomes) {
    ConversionCounts c = ConversionCounts.empty();
    for (int o : outcomes) {
      c = c.plus(o == 1);
    }
    return c;
  }

  private static MeanSummary mean(List<Double> values) {
    MeanSummary s = MeanSummary.empty();
    for (double v : values) {
      s = s.plus(v);
    }
    return s;
  }

  private static BivariateSummary pairs(List<Double> xs, List<Double> ys, int from, int to) {
    BivariateSummary s = BivariateSummary.empty();
    for (int i = from; i < to; i++) {
      s = s.plus(xs.get(i), ys.get(i));
    }
    return s;
  }

  private static void assertClose(MeanSummary expected, MeanSummary actual) {
    assertEquals(expected.count(), actual.count());
    close(expected.sum(), actual.sum(), expected.sumOfSquares());
    close(
        expected.sumOfSquaredDeviations(),
        actual.sumOfSquaredDeviations(),
        expected.sumOfSquares());
  }

  /** Equal within 1e-12 of the scale of the sums involved. */
  private static void close(double expected, double actual, double scale) {
    assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(scale)));
  }
}
