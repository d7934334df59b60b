package io.github.kpikit.data;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Keys already in ascending natural order with their values, as the source of {@link
 * TreeMap#TreeMap(SortedMap)}, which builds a balanced tree from a sorted map in linear time,
 * without comparing a key or rebalancing: {@link #toTreeMap} is how the aggregation kernel builds
 * its table from cells it has sorted once. Only what that constructor reads is supported (the
 * comparator, the size and one pass over the entries); the views of a sorted map are not.
 *
 * @param <K> the keys, naturally ordered
 * @param <V> the values
 */
final class SortedEntries<K, V> extends AbstractMap<K, V> implements SortedMap<K, V> {

  private final K[] keys;
  private final V[] values;
  private final int size;

  private SortedEntries(K[] keys, V[] values, int size) {
    this.keys = keys;
    this.values = values;
    this.size = size;
  }

  /**
   * A tree map of the first {@code size} keys and values, the keys strictly ascending in their
   * natural order (not checked: the caller sorted them).
   */
  static <K, V> TreeMap<K, V> toTreeMap(K[] keys, V[] values, int size) {
    return new TreeMap<>(new SortedEntries<>(keys, values, size));
  }

  @Override
  public Comparator<? super K> comparator() {
    return null; // natural order
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return size;
      }

      @Override
      public Iterator<Entry<K, V>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<K, V> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys[i], values[i]);
          }
        };
      }
    };
  }

  @Override
  public K firstKey() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return keys[0];
  }

  @Override
  public K lastKey() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return keys[size - 1];
  }

  @Override
  public SortedMap<K, V> subMap(K fromKey, K toKey) {
    throw new UnsupportedOperationException("a source for TreeMap only");
  }

  @Override
  public SortedMap<K, V> headMap(K toKey) {
    throw new UnsupportedOperationException("a source for TreeMap only");
  }

  @Override
  public SortedMap<K, V> tailMap(K fromKey) {
    throw new UnsupportedOperationException("a source for TreeMap only");
  }
}
