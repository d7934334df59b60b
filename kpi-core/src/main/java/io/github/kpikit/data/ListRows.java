package io.github.kpikit.data;

/**
 * The rows of kept metrics (distributions and distinct metrics), whose payloads are placed in their
 * cells after the scan rather than summed during it. Before the scan, {@link #count} counts each
 * chunk's such rows, so that every chunk knows where its rows go ({@link #chunkStart}); the
 * scanners then write each row's cell key into {@link #keys} and its payload (the bits of a
 * distribution's value, or a distinct row's identity hash) into {@link #payload}, in batch order,
 * each chunk in its own range, so that no array grows and no thread waits for another. After the
 * merge, {@link #addTo} places the payloads in their cells.
 */
final class ListRows {

  /** By kept row in batch order: its cell key. */
  final long[] keys;

  /** By kept row in batch order: its payload. */
  final long[] payload;

  /** By chunk: the index of its first kept row (one more entry: the total); null if none. */
  final int[] chunkStart;

  private ListRows(long[] keys, long[] payload, int[] chunkStart) {
    this.keys = keys;
    this.payload = payload;
    this.chunkStart = chunkStart;
  }

  /** No kept metric: nothing to stage. */
  static ListRows none() {
    return new ListRows(null, null, null);
  }

  /** Counts the rows of kept metrics chunk by chunk, to place their payloads. */
  static ListRows count(KernelPlan plan, int chunks, Tasks pool, int threads) {
    int[] chunkStart = new int[chunks + 1];
    short[] codes = plan.batch.metricCodes;
    int size = plan.batch.size(); // the column may be longer
    int[] kinds = plan.kindOf;
    int[] perChunk = new int[chunks];
    Tasks.inParallel(
        pool,
        threads,
        chunks,
        (share, first, last) -> {
          for (int chunk = first; chunk < last; chunk++) {
            int to = Math.min(size, (chunk + 1) * Aggregator.CHUNK_SIZE);
            int count = 0;
            for (int i = chunk * Aggregator.CHUNK_SIZE; i < to; i++) {
              if (kinds[codes[i]] == KernelPlan.LIST) {
                count++;
              }
            }
            perChunk[chunk] = count;
          }
        });
    int rows = 0;
    for (int chunk = 0; chunk < chunks; chunk++) {
      chunkStart[chunk] = rows;
      rows += perChunk[chunk];
    }
    chunkStart[chunks] = rows;
    return new ListRows(new long[rows], new long[rows], chunkStart);
  }

  /** The index of the first kept row of a chunk: where its scanner writes. */
  int firstRow(int chunk) {
    return chunkStart == null ? 0 : chunkStart[chunk];
  }

  /**
   * Places the staged payloads in their cells and adds the cells to a list: a counting sort of the
   * rows by cell, shared among the threads: no list grows, and each payload is copied once, into
   * its cell's array, in row order. No cell is sorted here (see {@link DistributionAccumulator}:
   * sorting waits for the first statistic asked; a distinct cell's hashes, for its set).
   */
  void addTo(KernelPlan plan, CellList table, Tasks pool, int threads) {
    if (keys == null || keys.length == 0) {
      return;
    }
    int rows = keys.length;
    int groups = plan.groups;
    int bucketCount = plan.time.bucketCount;
    long listSpace = plan.listSpace;
    // The cells in use: their keys and values, placed in row order, then sorted.
    long[] cellKeys;
    double[][] cellValues; // a distribution cell's values
    long[][] cellHashes; // a distinct cell's hashes
    long[] keys = this.keys;
    long[] payload = this.payload;
    long listCells = (long) bucketCount * groups; // cells of each kept metric
    if (listSpace <= CellStore.DENSE_LIMIT) {
      // Each thread counts its share of the rows by key, then places them: a cell's values keep
      // the order of the rows whatever the number of threads.
      int space = (int) listSpace;
      // One count array per share, and only as many shares as have four rows per key or more.
      int shares = (int) Math.max(1, Math.min(threads, rows / (4L * space)));
      int[][] next = new int[shares][space]; // by share and key: count, then next place
      Tasks.inParallel(
          pool,
          shares,
          rows,
          (share, from, to) -> {
            int[] counts = next[share];
            for (int r = from; r < to; r++) {
              counts[(int) keys[r]]++;
            }
          });
      int[] cellOfKey = new int[space];
      int[] sizes = new int[space];
      int used = 0;
      for (int key = 0; key < space; key++) {
        int n = 0;
        for (int t = 0; t < shares; t++) {
          int c = next[t][key];
          next[t][key] = n;
          n += c;
        }
        sizes[key] = n;
        cellOfKey[key] = n == 0 ? -1 : used++;
      }
      cellKeys = new long[used];
      cellValues = new double[used][];
      cellHashes = new long[used][];
      for (int key = 0; key < space; key++) {
        int c = cellOfKey[key];
        if (c >= 0) {
          cellKeys[c] = key;
          if (plan.isIdentityList(key / listCells)) {
            cellHashes[c] = new long[sizes[key]];
          } else {
            cellValues[c] = new double[sizes[key]];
          }
        }
      }
      Tasks.inParallel(
          pool,
          shares,
          rows,
          (share, from, to) -> {
            int[] place = next[share];
            for (int r = from; r < to; r++) {
              int key = (int) keys[r];
              int c = cellOfKey[key];
              long[] hashes = cellHashes[c];
              if (hashes != null) {
                hashes[place[key]++] = payload[r];
              } else {
                cellValues[c][place[key]++] = Double.longBitsToDouble(payload[r]);
              }
            }
          });
    } else {
      CellStore cells = CellStore.counters(listSpace); // a map from cell key to slot
      int[] slotOfRow = new int[rows];
      for (int r = 0; r < rows; r++) {
        int c = cells.slot(keys[r]);
        cells.count[c]++;
        slotOfRow[r] = c;
      }
      double[][] valuesBySlot = new double[cells.count.length][];
      long[][] hashesBySlot = new long[cells.count.length][];
      cellKeys = new long[cells.size()];
      cellValues = new double[cells.size()][];
      cellHashes = new long[cells.size()][];
      for (int i = 0; i < cells.size(); i++) {
        int c = cells.slotAt(i);
        cellKeys[i] = cells.keyOf(c);
        if (plan.isIdentityList(cellKeys[i] / listCells)) {
          cellHashes[i] = hashesBySlot[c] = new long[(int) cells.count[c]];
        } else {
          cellValues[i] = valuesBySlot[c] = new double[(int) cells.count[c]];
        }
        cells.count[c] = 0; // from now on, where the slot's next value goes
      }
      for (int r = 0; r < rows; r++) {
        int c = slotOfRow[r];
        int at = (int) cells.count[c]++;
        if (hashesBySlot[c] != null) {
          hashesBySlot[c][at] = payload[r];
        } else {
          valuesBySlot[c][at] = Double.longBitsToDouble(payload[r]);
        }
      }
    }
    // Each cell's values stay in row order: they are sorted when a statistic is first asked (a
    // distinct cell's hashes, when its set is first asked).
    for (int i = 0; i < cellKeys.length; i++) {
      long key = cellKeys[i];
      int g = (int) (key % groups);
      long rest = key / groups;
      table.add(
          (int) (rest % bucketCount),
          g,
          plan.listRank[(int) (rest / bucketCount)],
          cellHashes[i] != null
              ? DistinctAccumulator.ofOwned(cellHashes[i])
              : DistributionAccumulator.ofOwned(cellValues[i]));
    }
  }
}
