package io.github.kpikit.data;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The 64-bit hash of an identity (a person's or an account's id) that a {@linkplain
 * io.github.kpikit.metric.AggregationKind#DISTINCT distinct} metric counts, such as {@code
 * IdentityHash.of("user-4711")}.
 *
 * <pre>{@code
 * IdentityHash.of("The quick brown fox jumps over the lazy dog"); // 0xe34bbc7bbc071b6cL
 * }</pre>
 *
 * <h2>The hash</h2>
 *
 * <p>The identity's UTF-8 bytes are hashed with MurmurHash3 x64 128 (Austin Appleby, 2011, public
 * domain), seed 0, and the first 64-bit half ({@code h1}) is kept: the value that Guava's {@code
 * Hashing.murmur3_128().hashString(id, UTF_8).asLong()} and hash4j's {@code
 * Hashing.murmur3_128().hashBytesToLong(bytes)} give, so that identities hashed outside kpikit (in
 * a database export, in Spark) can be added with {@link ObservationBatch.Builder#addIdentityHash}.
 * The identity is case-sensitive and not trimmed: {@code "Ann"} and {@code "ann"} are two people.
 *
 * <p>Two distinct identities share a hash with probability about 2<sup>-64</sup> a pair: among a
 * billion identities, the chance of any collision is about 3 %, which would undercount by one. A
 * distinct count is therefore exact up to such collisions.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class IdentityHash {

  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private IdentityHash() {}

  /**
   * The hash of an identity's UTF-8 bytes.
   *
   * @param identity the identity, not null and not empty
   * @return the 64-bit hash
   * @throws NullPointerException if {@code identity} is null
   * @throws IllegalArgumentException if {@code identity} is empty
   */
  public static long of(String identity) {
    Objects.requireNonNull(identity, "identity must not be null");
    if (identity.isEmpty()) {
      throw new IllegalArgumentException(
          "identity: '' is empty, expected the id of a person or an account");
    }
    return murmur3(identity.getBytes(StandardCharsets.UTF_8));
  }

  /** MurmurHash3 x64 128 of the bytes with seed 0: the first half, h1. */
  @SuppressWarnings("fallthrough") // the tail bytes, as in the reference implementation
  static long murmur3(byte[] data) {
    int length = data.length;
    int blocks = length / 16;
    long h1 = 0;
    long h2 = 0;
    for (int i = 0; i < blocks; i++) {
      long k1 = littleEndian(data, i * 16);
      long k2 = littleEndian(data, i * 16 + 8);
      h1 ^= mixK1(k1);
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      h2 ^= mixK2(k2);
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }
    int tail = blocks * 16;
    long k1 = 0;
    long k2 = 0;
    switch (length & 15) {
      case 15:
        k2 ^= (long) (data[tail + 14] & 0xff) << 48;
      // fall through
      case 14:
        k2 ^= (long) (data[tail + 13] & 0xff) << 40;
      // fall through
      case 13:
        k2 ^= (long) (data[tail + 12] & 0xff) << 32;
      // fall through
      case 12:
        k2 ^= (long) (data[tail + 11] & 0xff) << 24;
      // fall through
      case 11:
        k2 ^= (long) (data[tail + 10] & 0xff) << 16;
      // fall through
      case 10:
        k2 ^= (long) (data[tail + 9] & 0xff) << 8;
      // fall through
      case 9:
        k2 ^= data[tail + 8] & 0xff;
        h2 ^= mixK2(k2);
      // fall through
      case 8:
        k1 ^= (long) (data[tail + 7] & 0xff) << 56;
      // fall through
      case 7:
        k1 ^= (long) (data[tail + 6] & 0xff) << 48;
      // fall through
      case 6:
        k1 ^= (long) (data[tail + 5] & 0xff) << 40;
      // fall through
      case 5:
        k1 ^= (long) (data[tail + 4] & 0xff) << 32;
      // fall through
      case 4:
        k1 ^= (long) (data[tail + 3] & 0xff) << 24;
      // fall through
      case 3:
        k1 ^= (long) (data[tail + 2] & 0xff) << 16;
      // fall through
      case 2:
        k1 ^= (long) (data[tail + 1] & 0xff) << 8;
      // fall through
      case 1:
        k1 ^= data[tail] & 0xff;
        h1 ^= mixK1(k1);
        break;
      default:
        break;
    }
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = fmix(h1);
    h2 = fmix(h2);
    h1 += h2;
    return h1;
  }

  private static long littleEndian(byte[] b, int at) {
    long v = 0;
    for (int i = 7; i >= 0; i--) {
      v = (v << 8) | (b[at + i] & 0xffL);
    }
    return v;
  }

  private static long mixK1(long k1) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    return k1 * C2;
  }

  private static long mixK2(long k2) {
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    return k2 * C1;
  }

  private static long fmix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
