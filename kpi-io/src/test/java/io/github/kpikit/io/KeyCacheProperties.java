package io.github.kpikit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.kpikit.data.DimensionKey;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link KeyCache} gives every row the key made from its values, whatever the order of the rows,
 * the collisions of their hashes and the emptying of a full table: on generated rows of three
 * dimension columns whose values come from a small alphabet (with absent values, texts of equal
 * hash such as "Aa" and "BB", and prefixes of each other), with tables of 2 to 64 entries.
 */
class KeyCacheProperties {

  private static final String[] NAMES = {"channel", "campaign", "ad"};
  private static final Map<String, String> CONSTANTS = Map.of("brand", "acme");

  /** Values with equal String hashes ("Aa", "BB"; "AaAa", "BBBB", "AaBB"), prefixes, empties. */
  private static final List<String> VALUES =
      List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "x", "xy", "xyz", "é", "Ω", "ad_1", "ad_10");

  private static Gen<String[]> rows() {
    Gen<String> value = arbitrary().pick(VALUES).mix(arbitrary().constant((String) null), 15);
    return value.zip(value, value, (a, b, c) -> new String[] {a, b, c});
  }

  private static DimensionKey expected(String[] row) {
    TreeMap<String, String> map = new TreeMap<>(CONSTANTS);
    for (int i = 0; i < NAMES.length; i++) {
      if (row[i] != null) {
        map.put(NAMES[i], row[i]);
      }
    }
    return DimensionKey.of(map);
  }

  @Test
  void everyRowGetsTheKeyOfItsValues() {
    qt().withExamples(300)
        .forAll(lists().of(rows()).ofSizeBetween(1, 300), integers().between(1, 6))
        .checkAssert(
            (rows, log2) -> {
              KeyCache cache = new KeyCache(CONSTANTS, NAMES, 1 << log2);
              String[] reused = new String[NAMES.length];
              for (String[] row : rows) {
                // The caller's array is reused and the texts are new strings, as a reader's are.
                for (int i = 0; i < row.length; i++) {
                  reused[i] = row[i] == null ? null : new String(row[i].toCharArray());
                }
                assertEquals(expected(row), cache.key(reused), java.util.Arrays.toString(row));
              }
            });
  }

  /**
   * Rows longer than the cache's first scratch array (64 characters once encoded), and of every
   * length up to a few hundred characters, get the keys of their values: long values that differ in
   * one character, at their start, middle or end.
   */
  @Test
  void longRowsGetTheKeyOfTheirValues() {
    Gen<String> value =
        integers()
            .between(0, 300)
            .zip(
                integers().between(0, 3),
                (length, variant) -> {
                  char[] text = "v".repeat(Math.max(1, length)).toCharArray();
                  text[(text.length - 1) * variant / 3] = (char) ('a' + variant);
                  return new String(text);
                });
    qt().withExamples(100)
        .forAll(
            lists()
                .of(value.zip(value, value, (a, b, c) -> new String[] {a, b, c}))
                .ofSizeBetween(1, 60))
        .checkAssert(
            rows -> {
              KeyCache cache = new KeyCache(CONSTANTS, NAMES, 1 << 4);
              for (String[] row : rows) {
                assertEquals(expected(row), cache.key(row.clone()));
              }
            });
  }

  @Test
  void aRepeatedRowGetsTheSameKeyInstanceAndAValueTooLongToHoldStillGetsItsKey() {
    KeyCache cache = new KeyCache(Map.of(), NAMES);
    DimensionKey first = cache.key(new String[] {"x", "Aa", null});
    cache.key(new String[] {"x", "BB", null});
    assertSame(first, cache.key(new String[] {"x", "Aa", null}));
    String tooLong = "a".repeat(Character.MAX_VALUE);
    String[] row = {"x", tooLong, "ad"};
    assertEquals(DimensionKey.of("ad", "ad", "campaign", tooLong, "channel", "x"), cache.key(row));
    cache.key(new String[] {"x", "Aa", null});
    assertEquals(DimensionKey.of("ad", "ad", "campaign", tooLong, "channel", "x"), cache.key(row));
  }

  /** The four-lane hash is String's polynomial of the same characters, then mixed. */
  @Test
  void theHashOfAnEncodedRowIsStringsHashMixed() {
    qt().withExamples(200)
        .forAll(lists().of(arbitrary().pick(VALUES)).ofSizeBetween(0, 6))
        .checkAssert(
            parts -> {
              String s = String.join("", parts);
              int h = s.hashCode() * 0x9E3779B9;
              assertEquals(h ^ (h >>> 16), KeyCache.hash(s.toCharArray(), s.length()), s);
            });
  }

  @Test
  void aRememberedCodeIsOnlyEverTheOneRecordedForTheSameKeyInTheSameGeneration() {
    qt().withExamples(200)
        .forAll(
            lists().of(rows()).ofSizeBetween(1, 300),
            integers().between(1, 6),
            integers().between(2, 50))
        .checkAssert(
            (rows, log2, generationEvery) -> {
              KeyCache cache = new KeyCache(CONSTANTS, NAMES, 1 << log2);
              Map<String, Integer> recorded = new java.util.HashMap<>();
              int generation = 1;
              int next = 0;
              for (int r = 0; r < rows.size(); r++) {
                if (r % generationEvery == 0) {
                  generation++; // a new builder: the codes of the previous one are not valid
                }
                DimensionKey key = cache.key(rows.get(r).clone());
                assertSame(key, cache.lastKey());
                String tag = generation + " " + key;
                int code = cache.code(generation);
                if (code >= 0) {
                  assertEquals(recorded.get(tag), code, tag);
                } else {
                  cache.code(generation, next);
                  recorded.put(tag, next++);
                }
              }
            });
  }
}
