package io.github.kpikit.data;

import io.github.kpikit.time.TimeBucket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * The cells of a table as the merged stores hold them, in no order: bucket ordinal, group and
 * metric rank, each (bucket, group, metric) once, and the accumulator. {@link #sorted} orders them
 * by bucket, key and metric id with one sort of primitive keys, and builds the table's maps from
 * the sorted run in linear time ({@link SortedEntries}), where adding them one by one to sorted
 * maps cost a lookup and a rebalancing each. Filled by {@link TableBuilder} and {@link ListRows}.
 */
final class CellList {

  private final TableBuilder names;
  private final String[] metricIds;
  private final int groups;
  private final int bucketCount;
  private int size;
  private int[] bucketOf;
  private int[] groupOf;
  private int[] metricOf;
  private Accumulator[] accumulators;

  /**
   * An empty list with room for {@code capacity} cells (the counter cells, usually most).
   *
   * @param names gives the buckets and keys of ordinals and groups
   */
  CellList(KernelPlan plan, TableBuilder names, int capacity) {
    this.names = names;
    this.metricIds = plan.metricIds;
    this.groups = plan.groups;
    this.bucketCount = plan.time.bucketCount;
    int n = Math.max(16, capacity);
    bucketOf = new int[n];
    groupOf = new int[n];
    metricOf = new int[n];
    accumulators = new Accumulator[n];
  }

  void add(int bucket, int group, int metric, Accumulator accumulator) {
    if (size == bucketOf.length) {
      int capacity = Math.multiplyExact(size, 2);
      bucketOf = Arrays.copyOf(bucketOf, capacity);
      groupOf = Arrays.copyOf(groupOf, capacity);
      metricOf = Arrays.copyOf(metricOf, capacity);
      accumulators = Arrays.copyOf(accumulators, capacity);
    }
    bucketOf[size] = bucket;
    groupOf[size] = group;
    metricOf[size] = metric;
    accumulators[size++] = accumulator;
  }

  /** The cells by bucket, key and metric, in unmodifiable maps. */
  NavigableMap<TimeBucket, NavigableMap<DimensionKey, Map<String, Accumulator>>> sorted() {
    // The groups in use, ranked by their keys.
    int[] rankOfGroup = new int[groups];
    Arrays.fill(rankOfGroup, -1);
    List<Integer> used = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int g = groupOf[i];
      if (rankOfGroup[g] < 0) {
        rankOfGroup[g] = 0;
        used.add(g);
      }
    }
    used.sort((a, b) -> names.group(a).compareTo(names.group(b)));
    for (int r = 0; r < used.size(); r++) {
      rankOfGroup[used.get(r)] = r;
    }
    int[] order = order(rankOfGroup, used.size());
    // One pass over the sorted cells: a map per key, one per bucket, then the buckets'.
    TimeBucket[] buckets = new TimeBucket[size];
    DimensionKey[] keys = new DimensionKey[size];
    @SuppressWarnings("unchecked")
    NavigableMap<DimensionKey, Map<String, Accumulator>>[] byBucket =
        (NavigableMap<DimensionKey, Map<String, Accumulator>>[]) new NavigableMap<?, ?>[size];
    @SuppressWarnings("unchecked")
    Map<String, Accumulator>[] byKey = (Map<String, Accumulator>[]) new Map<?, ?>[size];
    String[] metrics = new String[metricIds.length];
    Accumulator[] values = new Accumulator[metricIds.length];
    int bucketRuns = 0;
    int i = 0;
    while (i < size) {
      int b = bucketOf[order[i]];
      int keyRuns = 0;
      while (i < size && bucketOf[order[i]] == b) {
        int g = groupOf[order[i]];
        int n = 0;
        while (i < size && bucketOf[order[i]] == b && groupOf[order[i]] == g) {
          metrics[n] = metricIds[metricOf[order[i]]];
          values[n++] = accumulators[order[i++]];
        }
        keys[keyRuns] = names.group(g);
        byKey[keyRuns++] =
            n == 1
                ? Collections.singletonMap(metrics[0], values[0])
                : Collections.unmodifiableMap(SortedEntries.toTreeMap(metrics, values, n));
      }
      buckets[bucketRuns] = names.bucket(b);
      byBucket[bucketRuns++] =
          Collections.unmodifiableNavigableMap(SortedEntries.toTreeMap(keys, byKey, keyRuns));
    }
    return SortedEntries.toTreeMap(buckets, byBucket, bucketRuns);
  }

  /**
   * The indices of the cells in bucket, group rank and metric rank order: a sort of the packed keys
   * where they fit 31 bits, else a sort of indices by comparison.
   */
  private int[] order(int[] rankOfGroup, int usedGroups) {
    int[] order = new int[size];
    long metricCount = metricIds.length;
    if ((long) bucketCount * usedGroups * metricCount <= Integer.MAX_VALUE) {
      long[] packed = new long[size];
      for (int i = 0; i < size; i++) {
        long key = ((long) bucketOf[i] * usedGroups + rankOfGroup[groupOf[i]]) * metricCount;
        packed[i] = (key + metricOf[i]) << 32 | i;
      }
      Arrays.sort(packed);
      for (int i = 0; i < size; i++) {
        order[i] = (int) packed[i];
      }
      return order;
    }
    Integer[] boxed = new Integer[size];
    for (int i = 0; i < size; i++) {
      boxed[i] = i;
    }
    Arrays.sort(
        boxed,
        (x, y) -> {
          int c = Integer.compare(bucketOf[x], bucketOf[y]);
          if (c == 0) {
            c = Integer.compare(rankOfGroup[groupOf[x]], rankOfGroup[groupOf[y]]);
          }
          return c != 0 ? c : Integer.compare(metricOf[x], metricOf[y]);
        });
    for (int i = 0; i < size; i++) {
      order[i] = boxed[i];
    }
    return order;
  }
}
