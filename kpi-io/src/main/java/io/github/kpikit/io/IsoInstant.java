package io.github.kpikit.io;

import java.time.LocalDate;

/**
 * Fast readers of the two ISO-8601 shapes exports use most: {@code 2025-03-04T18:05:00+01:00}
 * (seconds optional, up to nine digits of fraction, {@code Z} or an offset {@code ±HH:MM}) and
 * {@code 2025-03-04}. They accept exactly what {@link java.time.OffsetDateTime#parse} and {@link
 * LocalDate#parse} accept for these shapes and say "not this shape" for anything else, so that the
 * caller falls back to java.time (which then refuses or reads it).
 */
final class IsoInstant {

  /** Returned by {@link #millis} for text of another shape. */
  static final long INVALID = Long.MIN_VALUE;

  private IsoInstant() {}

  /** Epoch milliseconds (fraction truncated towards the past), or {@link #INVALID}. */
  static long millis(String s) {
    int n = s.length();
    if (n < 17 || s.charAt(10) != 'T' || s.charAt(13) != ':') {
      return INVALID;
    }
    LocalDate date = date(s.substring(0, 10));
    if (date == null) {
      return INVALID;
    }
    int hour = two(s, 11);
    int minute = two(s, 14);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return INVALID;
    }
    int i = 16;
    int second = 0;
    long nanos = 0;
    if (i < n && s.charAt(i) == ':') {
      second = i + 3 <= n ? two(s, i + 1) : -1;
      if (second < 0 || second > 59) {
        return INVALID;
      }
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        i++;
        int digits = 0;
        while (i < n && digits < 9 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          nanos = nanos * 10 + (s.charAt(i) - '0');
          digits++;
          i++;
        }
        if (digits == 0) {
          return INVALID;
        }
        for (int d = digits; d < 9; d++) {
          nanos *= 10;
        }
      }
    }
    int offsetSeconds;
    if (i + 1 == n && s.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i + 6 == n && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = two(s, i + 1);
      int om = two(s, i + 4);
      if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om != 0)) {
        return INVALID;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
    } else {
      return INVALID;
    }
    long seconds =
        date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
    return seconds * 1000 + nanos / 1_000_000;
  }

  /** A date {@code uuuu-MM-dd} with a four-digit year, or null for any other text. */
  static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return null;
    }
    int year = two(s, 0) * 100 + two(s, 2);
    int month = two(s, 5);
    int day = two(s, 8);
    if (year < 0 || two(s, 0) < 0 || two(s, 2) < 0 || month < 1 || month > 12 || day < 1) {
      return null;
    }
    int length;
    switch (month) {
      case 2:
        boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        length = leap ? 29 : 28;
        break;
      case 4:
      case 6:
      case 9:
      case 11:
        length = 30;
        break;
      default:
        length = 31;
        break;
    }
    return day <= length ? LocalDate.of(year, month, day) : null;
  }

  /** Two ASCII digits at i as a number, or -1. */
  private static int two(String s, int i) {
    if (i + 2 > s.length()) {
      return -1;
    }
    int a = s.charAt(i) - '0';
    int b = s.charAt(i + 1) - '0';
    return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
  }
}
