package io.github.kpikit.data;

import io.github.kpikit.internal.CompensatedSum;

/**
 * Counter cells of a small key space, for the aggregation kernel: the sum, the compensation and the
 * count of cell {@code c} lie side by side from {@code state[c * STRIDE]}, so that adding a value
 * touches one or two cache lines rather than one in each of three arrays. The count is held as a
 * {@code double}, exact up to 2<sup>53</sup> observations.
 *
 * <p>A store either tracks the cells in use as they are first touched, or, when it has at most
 * {@link #SCAN_LIMIT} cells, finds them by a scan when it is drained: its {@link #occupied} array
 * is then null, and the hot loop's test of it is the same for every row. Not thread-safe: each
 * thread fills its own.
 */
final class DenseCounters {

  /** Doubles per cell: sum, compensation, count and one unused (offsets by a shift). */
  static final int STRIDE = 4;

  static final int COMPENSATION = 1;
  static final int COUNT = 2;

  /** Largest number of cells found by a scan rather than tracked. */
  static final int SCAN_LIMIT = 8192;

  /** The cells' state, {@link #STRIDE} doubles per cell. */
  final double[] state;

  /** Offsets in {@link #state} of the cells in use, in order of first use; null if scanned. */
  final int[] occupied;

  /** The number of offsets in {@link #occupied}; the hot loop updates it. */
  int occupiedCount;

  // A scanned store's cells are `blocks` blocks of `blockCells` cells, one a counter metric; a
  // drain scans cells scanLow (inclusive) to scanHigh (exclusive) of each block, all of them unless
  // the loop that filled the store narrowed the window to the buckets its rows fell in.
  private final int blocks;
  private final int blockCells;
  int scanLow;
  int scanHigh;

  private DenseCounters(int blocks, int blockCells, boolean tracked) {
    int cells = Math.multiplyExact(blocks, blockCells);
    this.state = new double[Math.multiplyExact(cells, STRIDE)];
    this.occupied = tracked ? new int[cells] : null;
    this.blocks = blocks;
    this.blockCells = blockCells;
    this.scanHigh = blockCells;
  }

  /**
   * A store whose cells in use are tracked.
   *
   * @param cells the number of cells
   * @return an empty store
   */
  static DenseCounters tracked(int cells) {
    return new DenseCounters(1, cells, true);
  }

  /**
   * A store for the rows of one chunk: scanned when it has few cells, tracked otherwise.
   *
   * @param blocks the number of counter metrics
   * @param blockCells the number of cells of each
   * @return an empty store
   */
  static DenseCounters forChunk(int blocks, int blockCells) {
    return new DenseCounters(blocks, blockCells, (long) blocks * blockCells > SCAN_LIMIT);
  }

  /** Adds a value to the cell at {@code offset} with a Neumaier step. */
  void add(int offset, double v) {
    double[] s = state;
    double n = s[offset + COUNT];
    if (n == 0 && occupied != null) {
      occupied[occupiedCount++] = offset;
    }
    s[offset + COUNT] = n + 1;
    double a = s[offset];
    double t = a + v;
    s[offset + COMPENSATION] += CompensatedSum.error(a, v, t);
    s[offset] = t;
  }

  /**
   * The bytes of a chunk store of {@code cells} cells in {@code blocks} blocks, as {@link
   * #forChunk} makes it.
   */
  static long chunkBytes(int blocks, int cells) {
    long state = (long) cells * STRIDE * Double.BYTES;
    return cells > SCAN_LIMIT ? state + (long) cells * Integer.BYTES : state;
  }

  /** The bytes of this store's arrays. */
  long bytes() {
    return (long) state.length * Double.BYTES
        + (occupied == null ? 0 : (long) occupied.length * Integer.BYTES);
  }

  /**
   * Merges a counter state (count, sum, compensation) into the cell at {@code offset} of this
   * tracked store, with the same step as {@link #drain}.
   */
  void merge(int offset, double n, double sum, double compensation) {
    double[] s = state;
    double before = s[offset + COUNT];
    if (before == 0) {
      occupied[occupiedCount++] = offset;
    }
    s[offset + COUNT] = before + n;
    double a = s[offset];
    double t = a + sum;
    s[offset + COMPENSATION] += compensation + CompensatedSum.error(a, sum, t);
    s[offset] = t;
  }

  /**
   * Merges the cells of {@code from} into this tracked store, in order of offset when {@code from}
   * is scanned, and empties {@code from}.
   *
   * @param from a store of the same size
   */
  void drain(DenseCounters from) {
    double[] f = from.state;
    if (from.occupied != null) {
      for (int i = 0; i < from.occupiedCount; i++) {
        take(from.occupied[i], f);
      }
      from.occupiedCount = 0;
    } else {
      for (int b = 0; b < from.blocks; b++) {
        int end = (b * from.blockCells + from.scanHigh) * STRIDE;
        for (int k = (b * from.blockCells + from.scanLow) * STRIDE; k < end; k += STRIDE) {
          if (f[k + COUNT] != 0) {
            take(k, f);
          }
        }
      }
      from.scanLow = 0;
      from.scanHigh = from.blockCells;
    }
  }

  /** Merges the cell at offset {@code k} of {@code f} into this store and empties it there. */
  private void take(int k, double[] f) {
    double[] s = state;
    double n = s[k + COUNT];
    if (n == 0) {
      occupied[occupiedCount++] = k;
    }
    s[k + COUNT] = n + f[k + COUNT];
    double a = s[k];
    double b = f[k];
    double t = a + b;
    s[k + COMPENSATION] += f[k + COMPENSATION] + CompensatedSum.error(a, b, t);
    s[k] = t;
    f[k] = 0;
    f[k + COMPENSATION] = 0;
    f[k + COUNT] = 0;
  }
}
