package io.github.kpikit.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The absorbing Markov chain of order {@code k} built from conversion paths, and the exact
 * conversion probability from its start, with or without the states of a channel.
 *
 * <p>Nodes: 0 is {@code (start)}, 1 to {@code S} the transient states in canonical order, {@code S
 * + 1} is {@code (conversion)} and {@code S + 2} is {@code (null)}. A path {@code c1 ... cm} visits
 * the states {@code s_i = (c_max(1, i-k+1), ..., c_i)}: the last {@code min(i, k)} channels. Each
 * distinct (from, to) pair is an edge; the counts of an edge are the journeys that take it, so the
 * chain can be re-weighted cheaply for bootstrap replicates.
 *
 * <p>A state is packed in a {@code long}: the alphabetical index plus one of each of its (at most
 * four) channels in 16 bits, the first channel in the highest bits, so that the order of the keys
 * is the canonical order of the states (channel by channel, a prefix first).
 */
final class MarkovChain {

  static final String START = "(start)";
  static final String CONVERSION = "(conversion)";
  static final String NULL = "(null)";

  /** The most channels a packed state can name. */
  static final int MAX_CHANNELS = (1 << 15) - 1;

  private static final int BITS = 16;
  private static final long MASK = (1L << BITS) - 1;

  private final int order;
  private final List<String> channels;
  private final long[] states;
  private final int[] edgeFrom;
  private final int[] edgeTo;

  /** For each path of the {@link ConversionPaths}, the edges it takes (repeats included). */
  private final int[][] pathEdges;

  /** For each channel, which nodes (states) hold it. */
  private final boolean[][] holds;

  MarkovChain(ConversionPaths paths, int order) {
    this.order = order;
    this.channels = paths.channels();
    if (channels.size() > MAX_CHANNELS) {
      throw new IllegalArgumentException(
          "paths: "
              + channels.size()
              + " channels, expected at most "
              + MAX_CHANNELS
              + " for a Markov model");
    }
    Map<String, Integer> index = new HashMap<>();
    for (int c = 0; c < channels.size(); c++) {
      index.put(channels.get(c), c + 1);
    }
    List<PathCount> counts = paths.paths();
    long[][] walks = new long[counts.size()][];
    int visits = 0;
    for (int e = 0; e < counts.size(); e++) {
      List<String> path = counts.get(e).channels();
      long[] walk = new long[path.size()];
      int[] codes = new int[path.size()];
      for (int i = 0; i < codes.length; i++) {
        codes[i] = index.get(path.get(i));
        walk[i] = pack(codes, i);
      }
      walks[e] = walk;
      visits += walk.length;
    }
    long[] all = new long[visits];
    int filled = 0;
    for (long[] walk : walks) {
      System.arraycopy(walk, 0, all, filled, walk.length);
      filled += walk.length;
    }
    this.states = Arrays.stream(all).sorted().distinct().toArray();
    int conversion = states.length + 1;
    int none = states.length + 2;
    Map<Long, Integer> edgeIds = new HashMap<>();
    List<Integer> from = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    this.pathEdges = new int[counts.size()][];
    for (int e = 0; e < counts.size(); e++) {
      long[] walk = walks[e];
      int[] edges = new int[walk.length + 1];
      int previous = 0;
      for (int i = 0; i <= walk.length; i++) {
        int next =
            i < walk.length
                ? Arrays.binarySearch(states, walk[i]) + 1
                : (counts.get(e).converted() ? conversion : none);
        long key = (long) previous * (none + 1) + next;
        Integer id = edgeIds.get(key);
        if (id == null) {
          id = from.size();
          edgeIds.put(key, id);
          from.add(previous);
          to.add(next);
        }
        edges[i] = id;
        previous = next;
      }
      pathEdges[e] = edges;
    }
    this.edgeFrom = from.stream().mapToInt(Integer::intValue).toArray();
    this.edgeTo = to.stream().mapToInt(Integer::intValue).toArray();
    this.holds = new boolean[channels.size()][none + 1];
    for (int s = 0; s < states.length; s++) {
      for (long key = states[s]; key != 0; key >>>= BITS) {
        long code = key & MASK;
        if (code != 0) {
          holds[(int) code - 1][s + 1] = true;
        }
      }
    }
  }

  /** The state after touchpoint {@code i} (from 0): its last {@code order} channels, packed. */
  private long pack(int[] codes, int i) {
    long key = 0;
    int first = Math.max(0, i - order + 1);
    for (int j = first; j <= i; j++) {
      key |= (long) codes[j] << (BITS * (MarkovModel.MAX_ORDER - 1 - (j - first)));
    }
    return key;
  }

  List<String> channels() {
    return channels;
  }

  int nodes() {
    return states.length + 3;
  }

  int conversionNode() {
    return states.length + 1;
  }

  int nullNode() {
    return states.length + 2;
  }

  int[] edgeFrom() {
    return edgeFrom;
  }

  int[] edgeTo() {
    return edgeTo;
  }

  /** The journeys along each edge when path {@code e} was followed by {@code weights[e]} people. */
  long[] edgeCounts(long[] weights) {
    long[] counts = new long[edgeFrom.length];
    for (int e = 0; e < pathEdges.length; e++) {
      if (weights[e] == 0) {
        continue;
      }
      for (int edge : pathEdges[e]) {
        counts[edge] = Math.addExact(counts[edge], weights[e]);
      }
    }
    return counts;
  }

  /** The transition probabilities of the edges: count over the count leaving the same node. */
  double[] probabilities(long[] edgeCounts) {
    long[] out = new long[nodes()];
    for (int e = 0; e < edgeCounts.length; e++) {
      out[edgeFrom[e]] += edgeCounts[e];
    }
    double[] p = new double[edgeCounts.length];
    for (int e = 0; e < edgeCounts.length; e++) {
      p[e] = edgeCounts[e] == 0 ? 0.0 : (double) edgeCounts[e] / out[edgeFrom[e]];
    }
    return p;
  }

  /** The probability of reaching the conversion from the start with every state kept. */
  double conversionProbability(double[] probabilities) {
    return AbsorbingSolver.conversionProbability(this, probabilities, null);
  }

  /** The probability of reaching the conversion once the states of channel {@code c} are gone. */
  double conversionProbabilityWithout(double[] probabilities, int channel) {
    return AbsorbingSolver.conversionProbability(this, probabilities, holds[channel]);
  }

  /** The name of a node: {@code (start)}, {@code a>b}, {@code (conversion)} or {@code (null)}. */
  String nodeName(int node) {
    if (node == 0) {
      return START;
    }
    if (node == conversionNode()) {
      return CONVERSION;
    }
    if (node == nullNode()) {
      return NULL;
    }
    List<String> names = new ArrayList<>();
    long key = states[node - 1];
    for (int slot = MarkovModel.MAX_ORDER - 1; slot >= 0; slot--) {
      long code = (key >>> (BITS * slot)) & MASK;
      if (code != 0) {
        names.add(channels.get((int) code - 1));
      }
    }
    return String.join(">", names);
  }

  @Override
  public String toString() {
    return "MarkovChain[order="
        + order
        + ", states="
        + states.length
        + ", edges="
        + edgeFrom.length
        + "]";
  }
}
