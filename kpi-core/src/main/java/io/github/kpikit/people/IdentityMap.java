package io.github.kpikit.people;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The "single profile" of each person: which platform ids belong to the same person, such as Ann's
 * Facebook id, Instagram handle and e-mail address.
 *
 * <pre>{@code
 * IdentityMap map = IdentityMap.builder()
 *     .link("ann", PlatformId.of("facebook", "1002"), PlatformId.of("instagram", "@ann.b"))
 *     .link("ann", PlatformId.of("email", "ann@example.com"))
 *     .link("bob", PlatformId.of("facebook", "1003"))
 *     .build();
 * map.resolve(PlatformId.of("instagram", "@ann.b")); // ann
 * map.resolve(PlatformId.of("x", "@carl"));          // x:@carl, a person of its own
 * map.toString();                                    // IdentityMap[2 people, 4 ids]
 * }</pre>
 *
 * <p>Each platform id belongs to at most one person: linking an id to a second person is refused
 * with both names, since it would merge two people or count one twice depending on the order the
 * links were read in. An id that the map does not link is a person of its own, named by the id's
 * text ({@code platform:id}); person names cannot hold a colon, so such a name never clashes with a
 * linked person.
 *
 * <p>Immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class IdentityMap {

  private static final IdentityMap EMPTY = new IdentityMap(Map.of(), new TreeMap<>());

  private final Map<PlatformId, String> personOf;
  private final SortedMap<String, SortedSet<PlatformId>> idsOf;

  private IdentityMap(
      Map<PlatformId, String> personOf, SortedMap<String, SortedSet<PlatformId>> idsOf) {
    this.personOf = personOf;
    this.idsOf = idsOf;
  }

  /**
   * The map that links no id: every platform id is a person of its own.
   *
   * @return the empty map, never null
   */
  public static IdentityMap empty() {
    return EMPTY;
  }

  /**
   * A builder of links.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The person an id is linked to.
   *
   * @param id the platform id, not null
   * @return the person's name, or empty when the id is not linked; never null
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<String> person(PlatformId id) {
    Objects.requireNonNull(id, "id must not be null");
    return Optional.ofNullable(personOf.get(id));
  }

  /**
   * The person an id stands for: the person it is linked to, or the id's own text ({@code
   * platform:id}) when it is not linked.
   *
   * @param id the platform id, not null
   * @return the person's name, never null
   * @throws NullPointerException if {@code id} is null
   */
  public String resolve(PlatformId id) {
    Objects.requireNonNull(id, "id must not be null");
    String person = personOf.get(id);
    return person != null ? person : id.toString();
  }

  /**
   * The people the map links ids to, in alphabetical order.
   *
   * @return the names, never null
   */
  public SortedSet<String> people() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(idsOf.keySet()));
  }

  /**
   * The ids linked to a person.
   *
   * @param person the person's name, not null
   * @return the ids in order of platform then id, empty for a person the map does not know; never
   *     null
   * @throws NullPointerException if {@code person} is null
   */
  public SortedSet<PlatformId> ids(String person) {
    Objects.requireNonNull(person, "person must not be null");
    SortedSet<PlatformId> ids = idsOf.get(person);
    return ids == null
        ? Collections.emptySortedSet()
        : Collections.unmodifiableSortedSet(new TreeSet<>(ids));
  }

  /**
   * The number of linked ids.
   *
   * @return the count, not negative
   */
  public int size() {
    return personOf.size();
  }

  /**
   * Whether the other object is a map with the same links.
   *
   * @param o the object, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof IdentityMap other && personOf.equals(other.personOf);
  }

  /**
   * A hash of the links.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return personOf.hashCode();
  }

  /**
   * A summary such as {@code IdentityMap[2 people, 4 ids]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "IdentityMap[" + idsOf.size() + " people, " + personOf.size() + " ids]";
  }

  /** Checks a person's name: not blank, no surrounding spaces, no colon. */
  static String checkPerson(String field, String person) {
    Objects.requireNonNull(person, field + " must not be null");
    if (person.isBlank() || !person.strip().equals(person) || person.indexOf(':') >= 0) {
      throw new IllegalArgumentException(
          field
              + ": '"
              + person
              + "', expected a non-blank name without surrounding spaces and without ':' (a"
              + " colon marks the name of an unlinked platform id)");
    }
    return person;
  }

  /**
   * Collects links from platform ids to people, such as the rows of a CRM export.
   *
   * <pre>{@code
   * IdentityMap.Builder b = IdentityMap.builder();
   * b.link("ann", PlatformId.of("facebook", "1002"));
   * b.link("bob", PlatformId.of("facebook", "1002")); // IllegalArgumentException naming ann and bob
   * }</pre>
   *
   * <p>Linking an id again to the same person changes nothing. A refused link leaves the builder as
   * it was. Mutable and not thread-safe.
   */
  public static final class Builder {

    private final Map<PlatformId, String> personOf = new HashMap<>();

    private Builder() {}

    /**
     * Links ids to a person.
     *
     * @param person the person's name: not blank, no surrounding spaces, no {@code :}; not null
     * @param ids the person's ids, at least one, not null, no null element
     * @return this builder, never null
     * @throws NullPointerException if an argument or an id is null
     * @throws IllegalArgumentException if the name is not valid, no id is given, or an id is
     *     already linked to another person (the message names both)
     */
    public Builder link(String person, PlatformId... ids) {
      Objects.requireNonNull(ids, "ids must not be null");
      return link(person, Arrays.asList(ids));
    }

    /**
     * Links ids to a person.
     *
     * @param person the person's name: not blank, no surrounding spaces, no {@code :}; not null
     * @param ids the person's ids, at least one, not null, no null element
     * @return this builder, never null
     * @throws NullPointerException if an argument or an id is null
     * @throws IllegalArgumentException if the name is not valid, no id is given, or an id is
     *     already linked to another person (the message names both)
     */
    public Builder link(String person, List<PlatformId> ids) {
      checkPerson("person", person);
      Objects.requireNonNull(ids, "ids must not be null");
      if (ids.isEmpty()) {
        throw new IllegalArgumentException(
            "ids: [] for " + person + ", expected at least one platform id");
      }
      Map<PlatformId, String> added = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        PlatformId id = Objects.requireNonNull(ids.get(i), "ids[" + i + "] must not be null");
        String other = personOf.get(id);
        if (other == null) {
          other = added.get(id);
        }
        if (other != null && !other.equals(person)) {
          throw new IllegalArgumentException(
              "ids["
                  + i
                  + "]: "
                  + id
                  + " is already linked to "
                  + other
                  + ", cannot link it to "
                  + person
                  + " too: expected each platform id to belong to one person");
        }
        added.put(id, person);
      }
      personOf.putAll(added);
      return this;
    }

    /**
     * The map of the links made so far.
     *
     * @return the map, never null
     */
    public IdentityMap build() {
      TreeMap<String, SortedSet<PlatformId>> idsOf = new TreeMap<>();
      for (Map.Entry<PlatformId, String> e : personOf.entrySet()) {
        idsOf.computeIfAbsent(e.getValue(), k -> new TreeSet<>()).add(e.getKey());
      }
      return new IdentityMap(Map.copyOf(personOf), idsOf);
    }
  }
}
