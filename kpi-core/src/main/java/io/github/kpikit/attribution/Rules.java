package io.github.kpikit.attribution;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The rules of the heuristic models. */
final class Rules {

  /** Tolerance on the sum of position weights. */
  static final double WEIGHT_SUM_TOLERANCE = 1e-9;

  private Rules() {}

  /** All credit to the first touchpoint. */
  static final TouchRule FIRST =
      new TouchRule() {
        @Override
        public String name() {
          return "first_touch";
        }

        @Override
        public void weights(PathCount path, Duration lagUnit, double[] weights) {
          int n = path.channels().size();
          Arrays.fill(weights, 0, n, 0.0);
          weights[0] = 1;
        }
      };

  /** All credit to the last touchpoint. */
  static final TouchRule LAST =
      new TouchRule() {
        @Override
        public String name() {
          return "last_touch";
        }

        @Override
        public void weights(PathCount path, Duration lagUnit, double[] weights) {
          int n = path.channels().size();
          Arrays.fill(weights, 0, n, 0.0);
          weights[n - 1] = 1;
        }
      };

  /** Equal credit to every touchpoint. */
  static final TouchRule LINEAR =
      new TouchRule() {
        @Override
        public String name() {
          return "linear";
        }

        @Override
        public void weights(PathCount path, Duration lagUnit, double[] weights) {
          int n = path.channels().size();
          Arrays.fill(weights, 0, n, 1.0 / n);
        }
      };

  /** All credit to the last touchpoint whose channel is not ignored. */
  record LastIgnoring(Set<String> ignored) implements TouchRule {

    LastIgnoring {
      ignored = Set.copyOf(new TreeSet<>(ignored));
    }

    @Override
    public String name() {
      return "last_touch_ignoring" + new TreeSet<>(ignored);
    }

    @Override
    public void check(ConversionPaths paths) {
      for (String channel : new TreeSet<>(ignored)) {
        Channels.requireKnown("ignored channel", channel, paths.channels());
      }
    }

    @Override
    public void weights(PathCount path, Duration lagUnit, double[] weights) {
      List<String> channels = path.channels();
      int n = channels.size();
      Arrays.fill(weights, 0, n, 0.0);
      int last = n - 1;
      for (int i = n - 1; i >= 0; i--) {
        if (!ignored.contains(channels.get(i))) {
          last = i;
          break;
        }
      }
      weights[last] = 1;
    }
  }

  /** Credit halving every half-life before the conversion. */
  record TimeDecay(Duration halfLife) implements TouchRule {

    @Override
    public String name() {
      return "time_decay(" + halfLife + ")";
    }

    @Override
    public void weights(PathCount path, Duration lagUnit, double[] weights) {
      double unitsPerHalfLife = seconds(lagUnit) / seconds(halfLife);
      List<Long> lags = path.lags();
      int n = lags.size();
      long nearest = lags.get(n - 1);
      double total = 0;
      for (int i = 0; i < n; i++) {
        // relative to the nearest touchpoint, whose weight is 1, so the sum never underflows
        weights[i] = Math.pow(2, -(lags.get(i) - nearest) * unitsPerHalfLife);
        total += weights[i];
      }
      for (int i = 0; i < n; i++) {
        weights[i] /= total;
      }
    }

    private static double seconds(Duration d) {
      return d.getSeconds() + d.getNano() / 1e9;
    }
  }

  /** Fixed shares for the first and last touchpoints, the rest split among the middle ones. */
  record PositionBased(double first, double middle, double last) implements TouchRule {

    @Override
    public String name() {
      return "position_based(" + first + ", " + middle + ", " + last + ")";
    }

    @Override
    public void weights(PathCount path, Duration lagUnit, double[] weights) {
      int n = path.channels().size();
      if (n == 1) {
        weights[0] = 1;
      } else if (n == 2) {
        double ends = first + last;
        weights[0] = ends == 0 ? 0.5 : first / ends;
        weights[1] = ends == 0 ? 0.5 : last / ends;
      } else {
        weights[0] = first;
        weights[n - 1] = last;
        Arrays.fill(weights, 1, n - 1, middle / (n - 2));
      }
    }
  }

  /**
   * The simplified Shapley value of Zhao et al. (2018): each conversion split equally among the
   * distinct channels of its path, a channel's share split equally among its touchpoints.
   */
  static final TouchRule SHAPLEY =
      new TouchRule() {
        @Override
        public String name() {
          return "shapley";
        }

        @Override
        public void weights(PathCount path, Duration lagUnit, double[] weights) {
          List<String> channels = path.channels();
          int n = channels.size();
          int distinct = new TreeSet<>(channels).size();
          for (int i = 0; i < n; i++) {
            int repeats = 0;
            for (String c : channels) {
              if (c.equals(channels.get(i))) {
                repeats++;
              }
            }
            weights[i] = 1.0 / ((double) distinct * repeats);
          }
        }
      };
}
