package io.github.kpikit.people;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The ids of a brand's customers, such as the e-mail addresses of a CRM export, against which the
 * people of the community are matched to tell customers from prospects.
 *
 * <pre>{@code
 * CustomerFile file = CustomerFile.of(
 *     PlatformId.of("email", "ann@example.com"), PlatformId.of("email", "dan@example.com"));
 * file.contains(PlatformId.of("email", "ann@example.com")); // true
 * file.toString();                                          // CustomerFile[2 ids]
 * }</pre>
 *
 * <p>A person is matched when any of their ids (through the {@link IdentityMap}) is in the file;
 * see {@link Community}. Duplicate ids count once. Immutable and thread-safe.
 */
public final class CustomerFile {

  private static final CustomerFile EMPTY = new CustomerFile(new TreeSet<>());

  private final SortedSet<PlatformId> ids;

  private CustomerFile(SortedSet<PlatformId> ids) {
    this.ids = ids;
  }

  /**
   * The file without any customer: everyone is a prospect until they convert.
   *
   * @return the empty file, never null
   */
  public static CustomerFile empty() {
    return EMPTY;
  }

  /**
   * The file of the given ids.
   *
   * @param ids the customers' ids, not null, no null element
   * @return the file, never null
   * @throws NullPointerException if the array or an id is null
   */
  public static CustomerFile of(PlatformId... ids) {
    Objects.requireNonNull(ids, "ids must not be null");
    return of(Arrays.asList(ids));
  }

  /**
   * The file of the given ids.
   *
   * @param ids the customers' ids, not null, no null element
   * @return the file, never null
   * @throws NullPointerException if the collection or an id is null
   */
  public static CustomerFile of(Collection<PlatformId> ids) {
    Objects.requireNonNull(ids, "ids must not be null");
    TreeSet<PlatformId> set = new TreeSet<>();
    int i = 0;
    for (PlatformId id : ids) {
      set.add(Objects.requireNonNull(id, "ids[" + i + "] must not be null"));
      i++;
    }
    return new CustomerFile(set);
  }

  /**
   * Whether an id is in the file.
   *
   * @param id the id, not null
   * @return true when the file holds it
   * @throws NullPointerException if {@code id} is null
   */
  public boolean contains(PlatformId id) {
    Objects.requireNonNull(id, "id must not be null");
    return ids.contains(id);
  }

  /**
   * The ids of the file, in order.
   *
   * @return the ids, never null
   */
  public SortedSet<PlatformId> ids() {
    return Collections.unmodifiableSortedSet(ids);
  }

  /**
   * The number of distinct ids.
   *
   * @return the count, not negative
   */
  public int size() {
    return ids.size();
  }

  /**
   * Whether the other object is a file with the same ids.
   *
   * @param o the object, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof CustomerFile other && ids.equals(other.ids);
  }

  /**
   * A hash of the ids.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return ids.hashCode();
  }

  /**
   * A summary such as {@code CustomerFile[2 ids]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "CustomerFile[" + ids.size() + " ids]";
  }
}
