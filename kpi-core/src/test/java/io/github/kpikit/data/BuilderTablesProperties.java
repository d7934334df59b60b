package io.github.kpikit.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The builder's open-addressing tables ({@link ValueDictionary}, {@link TupleIndex}) agree with a
 * {@link HashMap} kept beside them: on generated sequences of look-ups and additions (values drawn
 * from a small pool of which many share a hash, so that probe sequences run into each other, and
 * enough of them to make the tables grow several times), every look-up gives the model's answer and
 * every addition the next code, in order.
 */
class BuilderTablesProperties {

  /**
   * Value number {@code i}: pairs of strings with the same {@link String#hashCode()} ("Aa" and "BB"
   * hash alike, so do any two strings made of the same number of them), equal numbered ids as
   * exports have, and a blank-free short text.
   */
  private static String value(int i) {
    switch (i % 4) {
      case 0:
        return (i & 8) == 0 ? "AaAa" + (i / 16) : "BBBB" + (i / 16);
      case 1:
        return (i & 8) == 0 ? "AaBB" + (i / 16) : "BBAa" + (i / 16);
      case 2:
        return "ad_" + i;
      default:
        return Integer.toString(i);
    }
  }

  @Test
  void aValueDictionaryAgreesWithAHashMap() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 3_000)).ofSizeBetween(0, 2_000))
        .checkAssert(
            draws -> {
              ValueDictionary dictionary = new ValueDictionary();
              Map<String, Integer> model = new HashMap<>();
              List<String> byCode = new ArrayList<>();
              for (int i : draws) {
                // A new String each time, so that a hit is found by equals, not by identity.
                String v = new String(value(i).toCharArray());
                Integer expected = model.get(v);
                assertEquals(expected == null ? -1 : expected, dictionary.code(v), v);
                if (expected == null) {
                  assertEquals(model.size(), dictionary.add(v));
                  model.put(v, model.size());
                  byCode.add(v);
                }
              }
              assertEquals(model.size(), dictionary.size());
              assertArrayEquals(byCode.toArray(new String[0]), dictionary.toArray());
              for (int code = 0; code < byCode.size(); code++) {
                assertSame(byCode.get(code), dictionary.value(code));
              }
            });
  }

  @Test
  void aTupleIndexAgreesWithAHashMap() {
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 4_000)).ofSizeBetween(0, 2_000))
        .checkAssert(
            draws -> {
              TupleIndex index = new TupleIndex();
              Map<List<Integer>, Integer> model = new HashMap<>();
              for (int i : draws) {
                // Codes of up to three dimensions, -1 for one the tuple lacks; many tuples share
                // their codes but one, and [a, b + 31] and [a + 1, b] hash alike (Arrays.hashCode).
                int[] codes =
                    i % 5 == 0
                        ? new int[] {i % 7, 31 + i / 7 % 11}
                        : i % 5 == 1
                            ? new int[] {i % 7 + 1, i / 7 % 11}
                            : new int[] {i % 3, i % 5 == 2 ? -1 : i / 3 % 50, i / 150};
                List<Integer> key = Arrays.stream(codes).boxed().toList();
                Integer expected = model.get(key);
                assertEquals(
                    expected == null ? -1 : expected, index.find(codes.clone()), key::toString);
                if (expected == null) {
                  // A new tuple by add or by findOrAdd, in turns.
                  assertEquals(
                      model.size(), i % 2 == 0 ? index.add(codes) : index.findOrAdd(codes));
                  model.put(key, model.size());
                } else {
                  assertEquals(expected, index.findOrAdd(codes.clone()), key::toString);
                  assertEquals(model.size(), index.size());
                }
              }
              assertEquals(model.size(), index.size());
              model.forEach(
                  (key, tuple) ->
                      assertArrayEquals(
                          key.stream().mapToInt(Integer::intValue).toArray(), index.codes(tuple)));
            });
  }
}
