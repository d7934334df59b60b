package io.github.kpikit.data;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A set of dimension values, such as {@code {campaign=spring, channel=instagram}}: the dimensions
 * of an observation, or the group of a row of an aggregated table.
 *
 * <pre>{@code
 * DimensionKey key = DimensionKey.of("channel", "instagram", "campaign", "spring");
 * key.get("channel");              // Optional[instagram]
 * key.project(List.of("channel")); // {channel=instagram}
 * DimensionKey.empty();            // {}: the total over all members
 * }</pre>
 *
 * <p>Dimension names are lower_snake_case; values are any non-blank text. A dimension an
 * observation does not have is simply absent from its key, so the key of a group over {@code
 * channel} for an observation without a channel is {@code {}}. Keys are ordered by dimension names,
 * then values.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class DimensionKey implements Comparable<DimensionKey> {

  private static final DimensionKey EMPTY = new DimensionKey(new String[0], new String[0]);

  private final String[] names; // sorted, unique
  private final String[] values;
  private final int hash;

  private DimensionKey(String[] names, String[] values) {
    this.names = names;
    this.values = values;
    this.hash = 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
  }

  /**
   * The key with no dimension: the total over all members.
   *
   * @return the empty key, never null
   */
  public static DimensionKey empty() {
    return EMPTY;
  }

  /**
   * A key from alternating names and values: {@code of("channel", "x", "campaign", "spring")}.
   *
   * @param namesAndValues name, value, name, value...; not null
   * @return the key, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the count is odd, a name is not lower_snake_case or is
   *     repeated, or a value is blank
   */
  public static DimensionKey of(String... namesAndValues) {
    Objects.requireNonNull(namesAndValues, "namesAndValues must not be null");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "namesAndValues: "
              + namesAndValues.length
              + " strings, expected pairs of name and"
              + " value");
    }
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      String name = namesAndValues[i];
      String value = namesAndValues[i + 1];
      Objects.requireNonNull(name, "dimension name must not be null");
      Objects.requireNonNull(value, "value of dimension " + name + " must not be null");
      if (map.put(name, value) != null) {
        throw new IllegalArgumentException(
            "namesAndValues: dimension '" + name + "' appears twice, expected each once");
      }
    }
    return of(map);
  }

  /**
   * A key from a map of dimension names to values.
   *
   * @param dimensions the dimension values, not null
   * @return the key, never null
   * @throws NullPointerException if the map, a name or a value is null
   * @throws IllegalArgumentException if a name is not lower_snake_case or a value is blank
   */
  public static DimensionKey of(Map<String, String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    if (dimensions.isEmpty()) {
      return EMPTY;
    }
    TreeMap<String, String> sorted = new TreeMap<>();
    for (Map.Entry<String, String> e : dimensions.entrySet()) {
      String name = Objects.requireNonNull(e.getKey(), "dimension name must not be null");
      String value =
          Objects.requireNonNull(e.getValue(), "value of dimension " + name + " must not be null");
      sorted.put(requireName(name), requireValue(name, value));
    }
    return new DimensionKey(
        sorted.keySet().toArray(new String[0]), sorted.values().toArray(new String[0]));
  }

  /**
   * Checks a dimension name.
   *
   * @param name the name, not null
   * @return {@code name}
   * @throws IllegalArgumentException if it is not lower_snake_case
   */
  static String requireName(String name) {
    if (!isName(name)) {
      throw new IllegalArgumentException(
          "dimension name: '"
              + name
              + "' is not valid, expected lower_snake_case: a lower-case"
              + " letter, then lower-case letters, digits or '_', at most 64 characters");
    }
    return name;
  }

  /**
   * Tells whether a string is lower_snake_case: a lower-case ASCII letter, then lower-case letters,
   * digits or underscores, at most 64 characters. A loop rather than a regular expression: it runs
   * for every name of every key a loader makes.
   */
  static boolean isName(String name) {
    int n = name.length();
    if (n == 0 || n > 64) {
      return false;
    }
    char first = name.charAt(0);
    if (first < 'a' || first > 'z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a dimension value.
   *
   * @param name the dimension's name, for the message; not null
   * @param value the value, not null
   * @return {@code value}
   * @throws IllegalArgumentException if it is blank
   */
  static String requireValue(String name, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "value of dimension "
              + name
              + ": '"
              + value
              + "' is blank, expected a non-blank"
              + " value");
    }
    return value;
  }

  /**
   * The value of a dimension.
   *
   * @param name the dimension name, not null
   * @return the value, or empty when this key does not have the dimension
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<String> get(String name) {
    Objects.requireNonNull(name, "name must not be null");
    int i = Arrays.binarySearch(names, name);
    return i >= 0 ? Optional.of(values[i]) : Optional.empty();
  }

  /**
   * The dimension names, sorted.
   *
   * @return an unmodifiable list, never null
   */
  public List<String> names() {
    return List.of(names);
  }

  /** The {@code i}-th dimension name in sorted order, without copying the names. */
  String nameAt(int i) {
    return names[i];
  }

  /** The names in sorted order, without copying: for the builder of a batch, never modified. */
  String[] namesArray() {
    return names;
  }

  /** The values in the order of the names, without copying: never modified. */
  String[] valuesArray() {
    return values;
  }

  /**
   * The dimension values by name, sorted by name.
   *
   * @return an unmodifiable sorted map, never null
   */
  public SortedMap<String, String> asMap() {
    TreeMap<String, String> map = new TreeMap<>();
    for (int i = 0; i < names.length; i++) {
      map.put(names[i], values[i]);
    }
    return Collections.unmodifiableSortedMap(map);
  }

  /**
   * The number of dimensions.
   *
   * @return the size
   */
  public int size() {
    return names.length;
  }

  /**
   * Tells whether this key has no dimension.
   *
   * @return true for the empty key
   */
  public boolean isEmpty() {
    return names.length == 0;
  }

  /**
   * The key restricted to some dimensions; those this key does not have stay absent.
   *
   * @param dimensions the names to keep, not null
   * @return the projected key, never null ({@code this} when nothing is removed)
   * @throws NullPointerException if {@code dimensions} or an element is null
   */
  public DimensionKey project(Collection<String> dimensions) {
    Objects.requireNonNull(dimensions, "dimensions must not be null");
    int kept = 0;
    boolean[] keep = new boolean[names.length];
    for (int i = 0; i < names.length; i++) {
      if (dimensions.contains(names[i])) {
        keep[i] = true;
        kept++;
      }
    }
    if (kept == names.length) {
      return this;
    }
    String[] n = new String[kept];
    String[] v = new String[kept];
    for (int i = 0, j = 0; i < names.length; i++) {
      if (keep[i]) {
        n[j] = names[i];
        v[j++] = values[i];
      }
    }
    return kept == 0 ? EMPTY : new DimensionKey(n, v);
  }

  /**
   * A copy with one more dimension, or another value for it.
   *
   * @param name the dimension name, not null, lower_snake_case
   * @param value the value, not null, not blank
   * @return the new key, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name or value is not valid
   */
  public DimensionKey with(String name, String value) {
    TreeMap<String, String> map = new TreeMap<>(asMap());
    map.put(
        Objects.requireNonNull(name, "name must not be null"),
        Objects.requireNonNull(value, "value must not be null"));
    return of(map);
  }

  @Override
  public int compareTo(DimensionKey other) {
    int n = Math.min(names.length, other.names.length);
    for (int i = 0; i < n; i++) {
      int c = names[i].compareTo(other.names[i]);
      if (c != 0) {
        return c;
      }
      c = values[i].compareTo(other.values[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(names.length, other.names.length);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof DimensionKey)) {
      return false;
    }
    DimensionKey other = (DimensionKey) o;
    return hash == other.hash
        && Arrays.equals(names, other.names)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /**
   * The text form, such as {@code {campaign=spring, channel=instagram}} or {@code {}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names[i]).append('=').append(values[i]);
    }
    return sb.append('}').toString();
  }
}
