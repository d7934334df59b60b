package io.github.kpikit.attribution;

/**
 * The exact probability of absorption into {@code (conversion)} from {@code (start)} of a {@link
 * MarkovChain}, by a linear solve.
 *
 * <p>The absorption probabilities {@code x} of the transient states satisfy {@code x = Q x + r},
 * where {@code Q} holds the transition probabilities between transient states and {@code r} those
 * into {@code (conversion)}; removed states are absorbing with {@code x = 0} (a transition into
 * them goes nowhere, as into {@code (null)}). The system is split into the strongly connected
 * components of the transition graph (Tarjan's algorithm, iterative), which come out in reverse
 * topological order: each component is solved after every component it leads to, as a dense system
 * {@code (I - Q_CC) x_C = r_C + Q_C,out x_out} by Gaussian elimination with partial pivoting.
 * {@code I - Q_CC} is a non-singular M-matrix because every state of an observed path leads to an
 * absorbing state, so the solve is exact up to rounding, deterministic, and costs {@code O(edges +
 * Σ |C|³)}: linear for chains without loops, cubic in the size of the largest loop otherwise. Only
 * the states reachable from the start are visited.
 */
final class AbsorbingSolver {

  private AbsorbingSolver() {}

  /**
   * The conversion probability from the start.
   *
   * @param chain the chain
   * @param probabilities the transition probability of each edge; edges of probability 0 are
   *     ignored
   * @param removed the nodes to treat as absorbing with probability 0, or null for none
   */
  static double conversionProbability(
      MarkovChain chain, double[] probabilities, boolean[] removed) {
    int n = chain.nodes();
    int conversion = chain.conversionNode();
    int none = chain.nullNode();
    int[] edgeFrom = chain.edgeFrom();
    int[] edgeTo = chain.edgeTo();
    // adjacency lists in compressed rows, edges of positive probability only
    int[] rowStart = new int[n + 1];
    for (int e = 0; e < edgeFrom.length; e++) {
      if (probabilities[e] > 0) {
        rowStart[edgeFrom[e] + 1]++;
      }
    }
    for (int u = 0; u < n; u++) {
      rowStart[u + 1] += rowStart[u];
    }
    int[] fill = rowStart.clone();
    int[] adjacent = new int[rowStart[n]];
    double[] weight = new double[rowStart[n]];
    for (int e = 0; e < edgeFrom.length; e++) {
      if (probabilities[e] > 0) {
        int slot = fill[edgeFrom[e]]++;
        adjacent[slot] = edgeTo[e];
        weight[slot] = probabilities[e];
      }
    }
    boolean[] absorbing = new boolean[n];
    absorbing[conversion] = true;
    absorbing[none] = true;
    if (removed != null) {
      for (int u = 0; u < n; u++) {
        absorbing[u] |= removed[u];
      }
    }
    double[] x = new double[n];
    x[conversion] = 1;

    // Tarjan's strongly connected components, iterative, from the start
    int[] index = new int[n];
    java.util.Arrays.fill(index, -1);
    int[] low = new int[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int stackSize = 0;
    int[] calls = new int[n];
    int[] nextEdge = new int[n];
    int callSize = 0;
    int counter = 0;
    int[] local = new int[n];

    index[0] = counter;
    low[0] = counter++;
    stack[stackSize++] = 0;
    onStack[0] = true;
    calls[callSize++] = 0;
    nextEdge[0] = rowStart[0];
    while (callSize > 0) {
      int u = calls[callSize - 1];
      if (nextEdge[u] < rowStart[u + 1]) {
        int v = adjacent[nextEdge[u]++];
        if (absorbing[v]) {
          continue;
        }
        if (index[v] < 0) {
          index[v] = counter;
          low[v] = counter++;
          stack[stackSize++] = v;
          onStack[v] = true;
          calls[callSize++] = v;
          nextEdge[v] = rowStart[v];
        } else if (onStack[v]) {
          low[u] = Math.min(low[u], index[v]);
        }
        continue;
      }
      callSize--;
      if (callSize > 0) {
        int parent = calls[callSize - 1];
        low[parent] = Math.min(low[parent], low[u]);
      }
      if (low[u] == index[u]) {
        int first = stackSize;
        do {
          first--;
          onStack[stack[first]] = false;
        } while (stack[first] != u);
        solveComponent(stack, first, stackSize, rowStart, adjacent, weight, absorbing, x, local);
        stackSize = first;
      }
    }
    return x[0];
  }

  /** Solves the component {@code members[from..to)}, whose successors outside are solved. */
  private static void solveComponent(
      int[] members,
      int from,
      int to,
      int[] rowStart,
      int[] adjacent,
      double[] weight,
      boolean[] absorbing,
      double[] x,
      int[] local) {
    int m = to - from;
    for (int i = 0; i < m; i++) {
      local[members[from + i]] = i;
    }
    double[][] a = new double[m][m];
    double[] b = new double[m];
    for (int i = 0; i < m; i++) {
      int u = members[from + i];
      a[i][i] = 1;
      for (int s = rowStart[u]; s < rowStart[u + 1]; s++) {
        int v = adjacent[s];
        if (!absorbing[v] && isMember(v, members, from, to, local)) {
          a[i][local[v]] -= weight[s];
        } else {
          b[i] += weight[s] * x[v];
        }
      }
    }
    double[] solution = solve(a, b);
    for (int i = 0; i < m; i++) {
      x[members[from + i]] = solution[i];
    }
  }

  private static boolean isMember(int v, int[] members, int from, int to, int[] local) {
    int i = local[v];
    return i < to - from && members[from + i] == v;
  }

  /** Gaussian elimination with partial pivoting; {@code a} and {@code b} are overwritten. */
  static double[] solve(double[][] a, double[] b) {
    int m = b.length;
    for (int col = 0; col < m; col++) {
      int pivot = col;
      for (int r = col + 1; r < m; r++) {
        if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
          pivot = r;
        }
      }
      if (a[pivot][col] == 0) {
        throw new ArithmeticException("singular system at column " + col);
      }
      if (pivot != col) {
        double[] row = a[pivot];
        a[pivot] = a[col];
        a[col] = row;
        double t = b[pivot];
        b[pivot] = b[col];
        b[col] = t;
      }
      for (int r = col + 1; r < m; r++) {
        double factor = a[r][col] / a[col][col];
        if (factor == 0) {
          continue;
        }
        for (int k = col; k < m; k++) {
          a[r][k] -= factor * a[col][k];
        }
        b[r] -= factor * b[col];
      }
    }
    double[] x = new double[m];
    for (int r = m - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < m; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = s / a[r][r];
    }
    return x;
  }
}
