package io.github.kpikit.io;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The fast ISO readers agree with java.time: on every text they accept they give the instant (or
 * date) java.time gives, and they accept every well-formed text of their shape.
 */
class IsoInstantProperties {

  /** Two digits, sometimes out of range, to reach the edges (00, 24, 60, 99). */
  static Gen<String> twoDigits() {
    return integers().between(0, 99).map((Integer i) -> String.format("%02d", i));
  }

  /** Texts of the shape uuuu-MM-ddTHH:mm[:ss[.f]](Z|±HH:MM), with fields in and out of range. */
  static Gen<String> dateTimes() {
    Gen<String> year = integers().between(1890, 2210).map((Integer y) -> String.valueOf(y));
    Gen<String> fraction =
        integers()
            .between(0, 10)
            .map((Integer n) -> n == 0 ? "" : "." + "123456789012".substring(0, n));
    Gen<String> offset =
        integers()
            .between(-20 * 60, 20 * 60)
            .map(
                (Integer m) ->
                    m == 0
                        ? "Z"
                        : String.format(
                            "%s%02d:%02d", m < 0 ? "-" : "+", Math.abs(m) / 60, Math.abs(m) % 60));
    Gen<String> date =
        year.zip(
            integers().between(0, 13),
            integers().between(0, 32),
            (y, mo, d) -> y + "-" + String.format("%02d", mo) + "-" + String.format("%02d", d));
    Gen<String> time =
        twoDigits()
            .zip(
                twoDigits(),
                twoDigits(),
                integers().between(0, 1),
                (h, mi, s, withSeconds) -> h + ":" + mi + (withSeconds == 1 ? ":" + s : ""));
    return date.zip(
        time, fraction, offset, (d, t, f, o) -> d + "T" + t + (t.length() > 5 ? f : "") + o);
  }

  @Test
  void dateTimesAgreeWithOffsetDateTimeParse() {
    qt().withExamples(3000)
        .forAll(dateTimes())
        .checkAssert(
            text -> {
              Long expected;
              try {
                expected = OffsetDateTime.parse(text).toInstant().toEpochMilli();
              } catch (DateTimeException e) {
                expected = null;
              }
              long fast = IsoInstant.millis(text);
              if (expected == null) {
                org.junit.jupiter.api.Assertions.assertEquals(IsoInstant.INVALID, fast, text);
              } else {
                org.junit.jupiter.api.Assertions.assertEquals(expected.longValue(), fast, text);
              }
            });
  }

  @Test
  void anyTextTheFastReaderAcceptsJavaTimeReadsAlike() {
    qt().withExamples(3000)
        .forAll(strings().basicLatinAlphabet().ofLengthBetween(15, 30))
        .checkAssert(
            text -> {
              long fast = IsoInstant.millis(text);
              if (fast != IsoInstant.INVALID) {
                org.junit.jupiter.api.Assertions.assertEquals(
                    OffsetDateTime.parse(text).toInstant().toEpochMilli(), fast, text);
              }
              LocalDate d = IsoInstant.date(text.substring(0, 10));
              if (d != null) {
                org.junit.jupiter.api.Assertions.assertEquals(
                    LocalDate.parse(text.substring(0, 10)), d, text);
              }
            });
  }

  @Test
  void datesAgreeWithLocalDateParse() {
    qt().withExamples(3000)
        .forAll(integers().between(0, 9999), integers().between(0, 13), integers().between(0, 32))
        .checkAssert(
            (y, m, d) -> {
              String text = String.format("%04d-%02d-%02d", y, m, d);
              LocalDate expected;
              try {
                expected = LocalDate.parse(text);
              } catch (DateTimeParseException e) {
                expected = null;
              }
              org.junit.jupiter.api.Assertions.assertEquals(expected, IsoInstant.date(text), text);
            });
  }
}
