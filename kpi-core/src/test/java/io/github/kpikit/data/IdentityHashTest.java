package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentityHashTest {

  static Stream<Arguments> vectors() {
    // Expected values from an independent implementation: hash4j 0.25.0,
    // Hashing.murmur3_128().hashBytesToLong(s.getBytes(UTF_8)), run on 2026-12-02; the fox line is
    // also Guava's published MurmurHash3 x64 128 test vector (6c1b07bc7bbc4be3..., little-endian).
    // Lengths cover the tail switch (1 to 15 bytes) and whole 16-byte blocks.
    return Stream.of(
        Arguments.of("a", 0x85555565f6597889L), // 1 byte
        Arguments.of("hell", 0x629942693e10f867L), // 4 bytes
        Arguments.of("hello", 0xcbd8a7b341bd9b02L),
        Arguments.of("hello ", 0x03cfb92719208575L),
        Arguments.of("hello w", 0x7552fd5459fe5513L),
        Arguments.of("hello wo", 0xf9d2c3093a3e3698L), // 8 bytes: k1 only
        Arguments.of("hello wor", 0x944cd9aa8b8e849dL), // 9 bytes: k2 starts
        Arguments.of("0123456789abcdef", 0x4be06d94cf4ad1a7L), // one whole block, no tail
        Arguments.of("0123456789abcdef0", 0xeb24ae8785a5c075L), // a block and one byte
        Arguments.of("été", 0x53bf5f6c9b9d9a14L), // UTF-8: 5 bytes
        Arguments.of("user-4711", 0xf074df1d6163117eL),
        Arguments.of("The quick brown fox jumps over the lazy dog", 0xe34bbc7bbc071b6cL));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void theHashIsMurmur3X64With128BitsSeedZeroFirstHalf(String identity, long expected) {
    assertEquals(expected, IdentityHash.of(identity));
  }

  @Test
  void identitiesAreCaseSensitiveAndNotTrimmed() {
    assertNotEquals(IdentityHash.of("Ann"), IdentityHash.of("ann"));
    assertNotEquals(IdentityHash.of("ann"), IdentityHash.of("ann "));
  }

  @Test
  void anEmptyOrNullIdentityIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> IdentityHash.of(""));
    assertEquals(
        "identity: '' is empty, expected the id of a person or an account", e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class, () -> IdentityHash.of(null));
    assertEquals("identity must not be null", n.getMessage());
  }
}
