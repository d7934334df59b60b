package io.github.kpikit.attribution;

import io.github.kpikit.internal.CompensatedSum;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model that splits each conversion among the touchpoints of its own path by a {@link TouchRule}:
 * the credit of a channel is the sum over converted paths of its touchpoints' weights times the
 * path's conversions (and value).
 */
final class TouchModel implements AttributionModel {

  private final TouchRule rule;

  TouchModel(TouchRule rule) {
    this.rule = rule;
  }

  @Override
  public String name() {
    return rule.name();
  }

  @Override
  public Attribution attribute(ConversionPaths paths) {
    Objects.requireNonNull(paths, "paths must not be null");
    rule.check(paths);
    return credit(paths, rule, name());
  }

  /** The credits of a rule, shared with {@link ShapleyModel}. */
  static Attribution credit(ConversionPaths paths, TouchRule rule, String model) {
    List<String> channels = paths.channels();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < channels.size(); i++) {
      index.put(channels.get(i), i);
    }
    CompensatedSum[] conversions = sums(channels.size());
    CompensatedSum[] values = sums(channels.size());
    double[] weights = new double[Math.max(1, paths.longestPath())];
    for (PathCount p : paths.paths()) {
      if (!p.converted()) {
        continue;
      }
      rule.weights(p, paths.lagUnit(), weights);
      for (int i = 0; i < p.channels().size(); i++) {
        int c = index.get(p.channels().get(i));
        conversions[c].add(weights[i] * p.journeys());
        values[c].add(weights[i] * p.value());
      }
    }
    List<ChannelCredit> credits = new ArrayList<>(channels.size());
    for (int i = 0; i < channels.size(); i++) {
      credits.add(
          new ChannelCredit(
              channels.get(i),
              Math.max(0.0, conversions[i].value()),
              Math.max(0.0, values[i].value())));
    }
    return new Attribution(model, credits, paths.conversions(), paths.value());
  }

  static CompensatedSum[] sums(int n) {
    CompensatedSum[] sums = new CompensatedSum[n];
    for (int i = 0; i < n; i++) {
      sums[i] = new CompensatedSum();
    }
    return sums;
  }

  @Override
  public String toString() {
    return name();
  }
}
