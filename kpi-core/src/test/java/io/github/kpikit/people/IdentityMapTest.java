package io.github.kpikit.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityMapTest {

  private static final PlatformId ANN_FB = PlatformId.of("facebook", "1002");
  private static final PlatformId ANN_IG = PlatformId.of("instagram", "@ann.b");
  private static final PlatformId BOB_FB = PlatformId.of("facebook", "1003");

  @Test
  void severalIdsOfOnePersonResolveToThatPerson() {
    IdentityMap map =
        IdentityMap.builder()
            .link("ann", ANN_FB, ANN_IG)
            .link("ann", PlatformId.of("email", "ann@example.com"))
            .link("bob", BOB_FB)
            .build();
    assertEquals("ann", map.resolve(ANN_FB));
    assertEquals("ann", map.resolve(ANN_IG));
    assertEquals("bob", map.resolve(BOB_FB));
    assertEquals(Optional.of("ann"), map.person(ANN_IG));
    assertEquals(Set.of("ann", "bob"), map.people());
    assertEquals(
        List.of(PlatformId.of("email", "ann@example.com"), ANN_FB, ANN_IG),
        List.copyOf(map.ids("ann")));
    assertEquals(4, map.size());
    assertEquals("IdentityMap[2 people, 4 ids]", map.toString());
  }

  @Test
  void anUnlinkedIdIsAPersonOfItsOwnNamedByTheId() {
    IdentityMap map = IdentityMap.builder().link("ann", ANN_FB).build();
    PlatformId carl = PlatformId.of("x", "@carl");
    assertEquals(Optional.empty(), map.person(carl));
    assertEquals("x:@carl", map.resolve(carl));
    assertEquals("x:@carl", IdentityMap.empty().resolve(carl));
    assertTrue(map.ids("carl").isEmpty());
  }

  @Test
  void oneIdSentToTwoPeopleIsRefusedWithBothNames() {
    IdentityMap.Builder b = IdentityMap.builder().link("ann", ANN_FB);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> b.link("bob", BOB_FB, ANN_FB));
    assertEquals(
        "ids[1]: facebook:1002 is already linked to ann, cannot link it to bob too: expected each"
            + " platform id to belong to one person",
        e.getMessage());
    // the refused link left nothing behind: bob's other id was not linked either
    assertEquals("facebook:1003", b.build().resolve(BOB_FB));
  }

  @Test
  void linkingAnIdAgainToTheSamePersonChangesNothing() {
    IdentityMap once = IdentityMap.builder().link("ann", ANN_FB).build();
    IdentityMap twice = IdentityMap.builder().link("ann", ANN_FB).link("ann", ANN_FB).build();
    assertEquals(once, twice);
    assertEquals(once.hashCode(), twice.hashCode());
  }

  @Test
  void badNamesAndEmptyLinksAreRefused() {
    IdentityMap.Builder b = IdentityMap.builder();
    IllegalArgumentException colon =
        assertThrows(IllegalArgumentException.class, () -> b.link("x:ann", ANN_FB));
    assertTrue(colon.getMessage().startsWith("person: 'x:ann', expected"), colon.getMessage());
    assertThrows(IllegalArgumentException.class, () -> b.link(" ann", ANN_FB));
    assertThrows(IllegalArgumentException.class, () -> b.link("", ANN_FB));
    IllegalArgumentException none =
        assertThrows(IllegalArgumentException.class, () -> b.link("ann"));
    assertEquals("ids: [] for ann, expected at least one platform id", none.getMessage());
    assertThrows(NullPointerException.class, () -> b.link(null, ANN_FB));
    assertThrows(NullPointerException.class, () -> b.link("ann", ANN_FB, null));
    assertThrows(NullPointerException.class, () -> IdentityMap.empty().resolve(null));
  }

  @Test
  void platformIdsParseWhatTheyPrint() {
    PlatformId id = PlatformId.of("email", "ann@example.com");
    assertEquals("email:ann@example.com", id.toString());
    assertEquals(id, PlatformId.parse(id.toString()));
    // the id may hold colons, the platform may not
    assertEquals(PlatformId.of("web", "urn:x:1"), PlatformId.parse("web:urn:x:1"));
    IllegalArgumentException noColon =
        assertThrows(IllegalArgumentException.class, () -> PlatformId.parse("ann"));
    assertEquals("text: 'ann', expected platform:id such as facebook:1002", noColon.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PlatformId.of("face:book", "1"));
    assertThrows(IllegalArgumentException.class, () -> PlatformId.of("facebook", " 1"));
    assertThrows(IllegalArgumentException.class, () -> PlatformId.of("facebook", ""));
    assertTrue(PlatformId.of("a", "z").compareTo(PlatformId.of("b", "a")) < 0);
  }

  @Test
  void customerFilesCountEachIdOnce() {
    CustomerFile file =
        CustomerFile.of(
            PlatformId.of("email", "ann@example.com"), PlatformId.of("email", "ann@example.com"));
    assertEquals(1, file.size());
    assertTrue(file.contains(PlatformId.of("email", "ann@example.com")));
    assertEquals("CustomerFile[1 ids]", file.toString());
    assertEquals(CustomerFile.empty(), CustomerFile.of(List.of()));
    assertThrows(NullPointerException.class, () -> CustomerFile.of((PlatformId) null));
  }
}
