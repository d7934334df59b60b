package io.github.kpikit.io;

import io.github.kpikit.data.ObservationBatch;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the instant of each row comes from, such as {@code TimeColumn.date("date",
 * ZoneId.of("Europe/Paris"), LocalTime.NOON)}: a column read as an instant with an offset, as a
 * local date-time in a zone, as a date at a time of day in a zone, or as epoch seconds or
 * milliseconds.
 *
 * <pre>{@code
 * TimeColumn.instant("published_at");             // 2025-03-04T18:05:00+01:00 or ...Z
 * TimeColumn.localDateTime("time", "dd/MM/uuuu HH:mm", ZoneId.of("Europe/Paris"));
 * TimeColumn.date("date", ZoneId.of("Europe/Paris"), LocalTime.NOON);  // 2025-03-04 at 12:00
 * TimeColumn.date("month", "uuuu-MM", ZoneId.of("Europe/Paris"), LocalTime.MIDNIGHT); // day 1
 * TimeColumn.epochSeconds("ts");
 * TimeColumn.period("month", TimeGrain.MONTH);    // 2025-03: a monthly budget's period
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <p>An instant is never guessed from a zone-less text: a local date-time or a date needs a zone.
 * Patterns are those of {@link DateTimeFormatter}, read strictly (a 30 February is an error, not
 * the 28th), in {@link Locale#ROOT} unless {@link #withLocale(Locale)} says otherwise; {@code yyyy}
 * and {@code uuuu} both read the year. A date pattern without a day of month (or without a month)
 * reads the first day of the month (or of the year). A local date-time in a daylight-saving gap is
 * moved forward by the length of the gap, and one in an overlap takes the earlier offset (as {@link
 * java.time.ZonedDateTime#of} does). The instant must lie in the range an {@link ObservationBatch}
 * supports.
 *
 * <p>A {@link #period} column makes every metric of a row a period amount of that period (a monthly
 * budget), added with {@link ObservationBatch.Builder#addPeriodAmount}; the other forms give
 * instants, and their metrics may not be period amounts.
 *
 * <p>In a JDBC query, {@link #instant} reads a {@code TIMESTAMP WITH TIME ZONE} (or text), {@link
 * #localDateTime} a {@code TIMESTAMP} (or text in its pattern), {@link #date} a {@code DATE} (or
 * text in its pattern), {@link #period} a {@code DATE} (the period's first day) or text, and the
 * epoch forms an integer column.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TimeColumn {

  /** The kinds of time columns. */
  enum Kind {
    INSTANT,
    OFFSET_PATTERN,
    LOCAL_DATE_TIME,
    DATE,
    EPOCH_SECONDS,
    EPOCH_MILLIS,
    PERIOD
  }

  private static final LocalDateTime EXAMPLE = LocalDateTime.of(2025, 3, 4, 18, 5, 0);

  private final String column;
  private final Kind kind;
  private final String pattern; // null for ISO or epoch
  private final ZoneId zone; // null for instants and epochs
  private final LocalTime timeOfDay; // for DATE only
  private final Locale locale;
  private final DateTimeFormatter formatter; // null for ISO fast paths and epochs
  private final TimeGrain grain; // for PERIOD only

  private TimeColumn(
      String column,
      Kind kind,
      String pattern,
      ZoneId zone,
      LocalTime timeOfDay,
      Locale locale,
      DateTimeFormatter formatter) {
    this(column, kind, pattern, zone, timeOfDay, locale, formatter, null);
  }

  private TimeColumn(
      String column,
      Kind kind,
      String pattern,
      ZoneId zone,
      LocalTime timeOfDay,
      Locale locale,
      DateTimeFormatter formatter,
      TimeGrain grain) {
    this.column = column;
    this.kind = kind;
    this.pattern = pattern;
    this.zone = zone;
    this.timeOfDay = timeOfDay;
    this.locale = locale;
    this.formatter = formatter;
    this.grain = grain;
  }

  /**
   * An ISO-8601 date-time with an offset or {@code Z}, such as {@code 2025-03-04T18:05:00+01:00} or
   * {@code 2025-03-04T17:05:00Z} (seconds and fractions optional).
   *
   * @param column the column's name, not null, not blank
   * @return the time column, never null
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static TimeColumn instant(String column) {
    return new TimeColumn(requireColumn(column), Kind.INSTANT, null, null, null, Locale.ROOT, null);
  }

  /**
   * A date-time with its offset in a pattern, such as {@code "dd/MM/uuuu HH:mm XXX"} for {@code
   * 04/03/2025 18:05 +01:00}.
   *
   * @param column the column's name, not null, not blank
   * @param pattern a {@link DateTimeFormatter} pattern with a date, a time and an offset or zone
   *     ({@code X}, {@code x}, {@code Z}, {@code O} or {@code VV}); not null
   * @return the time column, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank or the pattern is not valid or has
   *     no offset
   */
  public static TimeColumn offsetDateTime(String column, String pattern) {
    requireColumn(column);
    DateTimeFormatter f = formatter(pattern, Locale.ROOT, false);
    TimeColumn time =
        new TimeColumn(column, Kind.OFFSET_PATTERN, pattern, null, null, Locale.ROOT, f);
    try {
      f.format(EXAMPLE.atZone(ZoneId.of("Europe/Paris")));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "pattern: '" + pattern + "', expected a pattern with a date, a time and an offset", e);
    }
    if (!hasOffset(pattern)) {
      throw new IllegalArgumentException(
          "pattern: '"
              + pattern
              + "' has no offset, expected an offset or zone letter (X, x, Z, O or VV);"
              + " for a local date-time use TimeColumn.localDateTime(column, pattern, zone)");
    }
    return time;
  }

  /**
   * A local date-time in a pattern, placed in a zone, such as {@code "uuuu-MM-dd HH:mm:ss"} in
   * Europe/Paris.
   *
   * @param column the column's name, not null, not blank
   * @param pattern a {@link DateTimeFormatter} pattern with a date and a time; not null
   * @param zone the zone of the local date-times, not null
   * @return the time column, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank or the pattern is not valid
   */
  public static TimeColumn localDateTime(String column, String pattern, ZoneId zone) {
    requireColumn(column);
    Objects.requireNonNull(zone, "zone must not be null");
    DateTimeFormatter f = formatter(pattern, Locale.ROOT, false);
    checkFormats(f, pattern, "a date and a time");
    return new TimeColumn(column, Kind.LOCAL_DATE_TIME, pattern, zone, null, Locale.ROOT, f);
  }

  /**
   * An ISO date such as {@code 2025-03-04}, at a time of day in a zone.
   *
   * @param column the column's name, not null, not blank
   * @param zone the zone of the dates, not null
   * @param timeOfDay the local time each date's observations are placed at, not null
   * @return the time column, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static TimeColumn date(String column, ZoneId zone, LocalTime timeOfDay) {
    return date(column, "uuuu-MM-dd", zone, timeOfDay);
  }

  /**
   * A date in a pattern, such as {@code "dd/MM/uuuu"} or {@code "uuuu-MM"} (a month: its first
   * day), at a time of day in a zone.
   *
   * @param column the column's name, not null, not blank
   * @param pattern a {@link DateTimeFormatter} pattern with at least a year; not null
   * @param zone the zone of the dates, not null
   * @param timeOfDay the local time each date's observations are placed at, not null
   * @return the time column, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank or the pattern is not valid
   */
  public static TimeColumn date(String column, String pattern, ZoneId zone, LocalTime timeOfDay) {
    requireColumn(column);
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(timeOfDay, "timeOfDay must not be null");
    DateTimeFormatter f = formatter(pattern, Locale.ROOT, true);
    checkFormats(f, pattern, "a date");
    return new TimeColumn(column, Kind.DATE, pattern, zone, timeOfDay, Locale.ROOT, f);
  }

  /**
   * Seconds since 1970-01-01T00:00:00Z, an integer such as {@code 1741107900}.
   *
   * @param column the column's name, not null, not blank
   * @return the time column, never null
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static TimeColumn epochSeconds(String column) {
    return new TimeColumn(
        requireColumn(column), Kind.EPOCH_SECONDS, null, null, null, Locale.ROOT, null);
  }

  /**
   * Milliseconds since 1970-01-01T00:00:00Z, an integer such as {@code 1741107900000}.
   *
   * @param column the column's name, not null, not blank
   * @return the time column, never null
   * @throws NullPointerException if {@code column} is null
   * @throws IllegalArgumentException if {@code column} is blank
   */
  public static TimeColumn epochMillis(String column) {
    return new TimeColumn(
        requireColumn(column), Kind.EPOCH_MILLIS, null, null, null, Locale.ROOT, null);
  }

  /**
   * A period rather than an instant, in the text form of {@link TimeBucket} for its grain ({@code
   * 2025-03} for a month, {@code 2025-W10} for an ISO week, {@code 2025-Q1}, {@code 2025}, {@code
   * 2025-03-04} for a day): each row's metrics are then period amounts of that period, such as a
   * monthly budget ({@link ObservationBatch.Builder#addPeriodAmount}).
   *
   * @param column the column's name, not null, not blank
   * @param grain the grain of the periods: a day, week, month, quarter or year; not null
   * @return the time column, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank or the grain is an hour
   */
  public static TimeColumn period(String column, TimeGrain grain) {
    requireColumn(column);
    return new TimeColumn(
        column, Kind.PERIOD, null, null, null, Locale.ROOT, null, requirePeriodGrain(grain));
  }

  /**
   * A period given by its first day in a date pattern, such as {@code "dd/MM/uuuu"} for weeks
   * written by their Monday, or {@code "MMM uuuu"} for months: each row's metrics are period
   * amounts of that period. A date that is not the first day of a period of the grain is an error.
   *
   * @param column the column's name, not null, not blank
   * @param grain the grain of the periods: a day, week, month, quarter or year; not null
   * @param datePattern a {@link DateTimeFormatter} pattern of the period's first day (without a
   *     day, the first of the month); not null
   * @return the time column, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code column} is blank, the grain is an hour or the
   *     pattern is not valid
   */
  public static TimeColumn period(String column, TimeGrain grain, String datePattern) {
    requireColumn(column);
    requirePeriodGrain(grain);
    DateTimeFormatter f = formatter(datePattern, Locale.ROOT, true);
    checkFormats(f, datePattern, "a date");
    return new TimeColumn(column, Kind.PERIOD, datePattern, null, null, Locale.ROOT, f, grain);
  }

  private static TimeGrain requirePeriodGrain(TimeGrain grain) {
    Objects.requireNonNull(grain, "grain must not be null");
    if (grain == TimeGrain.HOUR) {
      throw new IllegalArgumentException(
          "grain: HOUR, expected a calendar period (DAY, WEEK, MONTH, QUARTER or YEAR): a period"
              + " amount is spread over its period by days");
    }
    return grain;
  }

  /**
   * Whether rows are periods (their metrics period amounts) rather than instants.
   *
   * @return true for {@link #period} columns
   */
  public boolean isPeriod() {
    return kind == Kind.PERIOD;
  }

  /**
   * The grain of a period column.
   *
   * @return the grain, or empty for the instant forms
   */
  public Optional<TimeGrain> grain() {
    return Optional.ofNullable(grain);
  }

  /**
   * A copy whose pattern reads month and day names in a locale ({@code "d MMM uuuu"} reads {@code 4
   * Mar 2025} in {@link Locale#ENGLISH}, {@code 4 mars 2025} in {@link Locale#FRENCH}).
   *
   * @param locale the locale of the pattern's names, not null
   * @return the time column, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public TimeColumn withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    if (locale.equals(this.locale)) {
      return this;
    }
    DateTimeFormatter f = formatter == null ? null : formatter.withLocale(locale);
    return new TimeColumn(column, kind, pattern, zone, timeOfDay, locale, f, grain);
  }

  /**
   * The column's name.
   *
   * @return the name, never null
   */
  public String column() {
    return column;
  }

  /**
   * The pattern, for the forms that have one.
   *
   * @return the pattern, or empty for ISO instants and epochs
   */
  public Optional<String> pattern() {
    return Optional.ofNullable(pattern);
  }

  /**
   * The zone of local date-times and dates.
   *
   * @return the zone, or empty for instants with an offset and epochs
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  Kind kind() {
    return kind;
  }

  LocalTime timeOfDay() {
    return timeOfDay;
  }

  /**
   * A short text such as {@code date(date, uuuu-MM-dd at 12:00 in Europe/Paris)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    switch (kind) {
      case INSTANT:
        return "instant(" + column + ")";
      case OFFSET_PATTERN:
        return "offsetDateTime(" + column + ", " + pattern + ")";
      case LOCAL_DATE_TIME:
        return "localDateTime(" + column + ", " + pattern + " in " + zone + ")";
      case DATE:
        return "date(" + column + ", " + pattern + " at " + timeOfDay + " in " + zone + ")";
      case EPOCH_SECONDS:
        return "epochSeconds(" + column + ")";
      case PERIOD:
        return "period("
            + column
            + ", "
            + grain
            + (pattern == null ? "" : ", first day " + pattern)
            + ")";
      default:
        return "epochMillis(" + column + ")";
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeColumn
        && toString().equals(o.toString())
        && locale.equals(((TimeColumn) o).locale);
  }

  @Override
  public int hashCode() {
    return toString().hashCode() * 31 + locale.hashCode();
  }

  /** What a cell must hold, for messages, with an example. */
  String expected() {
    switch (kind) {
      case INSTANT:
        return "an ISO-8601 date-time with an offset such as 2025-03-04T18:05:00+01:00 or"
            + " 2025-03-04T17:05:00Z";
      case OFFSET_PATTERN:
        return "a date-time in the pattern "
            + pattern
            + " such as "
            + formatter.format(EXAMPLE.atZone(ZoneId.of("Europe/Paris")));
      case LOCAL_DATE_TIME:
        return "a date-time in the pattern " + pattern + " such as " + formatter.format(EXAMPLE);
      case DATE:
        return "a date in the pattern " + pattern + " such as " + formatter.format(EXAMPLE);
      case EPOCH_SECONDS:
        return "an integer number of seconds since 1970-01-01T00:00:00Z such as 1741107900";
      case PERIOD:
        TimeBucket example = TimeBucket.of(grain, EXAMPLE.toLocalDate());
        return pattern == null
            ? "a period of grain " + grain + " such as " + example
            : "the first day of a period of grain "
                + grain
                + " in the pattern "
                + pattern
                + " such as "
                + formatter.format(example.startDate());
      default:
        return "an integer number of milliseconds since 1970-01-01T00:00:00Z such as"
            + " 1741107900000";
    }
  }

  /** A parser of this column's cells, with a one-entry cache (exports repeat dates). */
  Parser parser() {
    return new Parser(this);
  }

  /** Reads cells of one time column; not thread-safe (it caches the last text). */
  static final class Parser {
    private final TimeColumn time;
    private String lastText;
    private long lastMillis;
    private TimeBucket lastPeriod;

    Parser(TimeColumn time) {
      this.time = time;
    }

    TimeColumn column() {
      return time;
    }

    /**
     * The epoch milliseconds of a cell.
     *
     * @throws CellException if the cell is not what the column expects or out of range
     */
    long millis(String text) {
      if (text.equals(lastText)) {
        return lastMillis;
      }
      long millis = time.parse(text);
      lastText = text;
      lastMillis = millis;
      return millis;
    }

    /**
     * The period of a cell of a period column.
     *
     * @throws CellException if the cell is not a period of the column's grain
     */
    TimeBucket period(String text) {
      if (text.equals(lastText)) {
        return lastPeriod;
      }
      TimeBucket period = time.parsePeriod(text);
      lastText = text;
      lastPeriod = period;
      return period;
    }
  }

  private TimeBucket parsePeriod(String text) {
    if (pattern == null) {
      TimeBucket bucket;
      try {
        bucket = TimeBucket.parse(text);
      } catch (IllegalArgumentException e) {
        throw new CellException(text, expected());
      }
      if (bucket.grain() != grain) {
        throw new CellException(text, expected() + ", not a period of grain " + bucket.grain());
      }
      return checkPeriodRange(text, bucket);
    }
    LocalDate date;
    try {
      date = LocalDate.from(formatter.parse(text));
    } catch (DateTimeException e) {
      throw new CellException(text, expected());
    }
    return periodStartingOn(text, date);
  }

  /** The period of the grain that starts on a date (a JDBC DATE, or a parsed first day). */
  TimeBucket periodStartingOn(String text, LocalDate date) {
    TimeBucket bucket;
    try {
      bucket = TimeBucket.of(grain, date);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new CellException(text, expected());
    }
    if (!bucket.startDate().equals(date)) {
      throw new CellException(
          text,
          expected()
              + "; "
              + date
              + " is inside "
              + bucket
              + ", which starts on "
              + bucket.startDate());
    }
    return checkPeriodRange(text, bucket);
  }

  private static TimeBucket checkPeriodRange(String text, TimeBucket bucket) {
    LocalDate first = bucket.startDate();
    LocalDate end = bucket.endDateTime().toLocalDate();
    if (first.getYear() < 1900 || end.getYear() > 2199 && !end.equals(LocalDate.of(2200, 1, 1))) {
      throw new CellException(text, "a period within the dates 1900-01-01 to 2199-12-31");
    }
    return bucket;
  }

  private long parse(String text) {
    long millis;
    switch (kind) {
      case INSTANT:
        millis = IsoInstant.millis(text);
        if (millis == IsoInstant.INVALID) {
          try {
            millis = OffsetDateTime.parse(text).toInstant().toEpochMilli();
          } catch (DateTimeException | ArithmeticException e) {
            throw new CellException(text, expected());
          }
        }
        break;
      case OFFSET_PATTERN:
        try {
          TemporalAccessor t = formatter.parse(text);
          LocalDateTime local = LocalDateTime.from(t);
          ZoneId z = ZoneId.from(t);
          millis = local.atZone(z).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
          throw new CellException(text, expected());
        }
        break;
      case LOCAL_DATE_TIME:
        try {
          millis =
              LocalDateTime.from(formatter.parse(text)).atZone(zone).toInstant().toEpochMilli();
        } catch (DateTimeException | ArithmeticException e) {
          throw new CellException(text, expected());
        }
        break;
      case DATE:
        LocalDate date;
        if (pattern.equals("uuuu-MM-dd")) {
          date = IsoInstant.date(text);
          if (date == null) {
            throw new CellException(text, expected());
          }
        } else {
          try {
            date = LocalDate.from(formatter.parse(text));
          } catch (DateTimeException e) {
            throw new CellException(text, expected());
          }
        }
        millis = date.atTime(timeOfDay).atZone(zone).toInstant().toEpochMilli();
        break;
      case PERIOD:
        throw new IllegalStateException("a period column has no instant: " + this);
      default:
        millis = epoch(text);
        break;
    }
    return checkRange(text, millis);
  }

  private long epoch(String text) {
    long value;
    try {
      value = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new CellException(text, expected());
    }
    return fromEpoch(text, value);
  }

  /** Epoch seconds or milliseconds (per the kind) to milliseconds, range checked. */
  long fromEpoch(String text, long value) {
    if (kind == Kind.EPOCH_SECONDS) {
      long min = ObservationBatch.MIN_INSTANT.getEpochSecond();
      long max = ObservationBatch.MAX_INSTANT.getEpochSecond();
      if (value < min || value >= max) {
        throw outOfRange(text);
      }
      return value * 1000;
    }
    return value;
  }

  /** A local date-time of a JDBC TIMESTAMP, in this column's zone. */
  long fromLocal(String text, LocalDateTime local) {
    return checkRange(text, local.atZone(zone).toInstant().toEpochMilli());
  }

  /** A date of a JDBC DATE, at this column's time of day in its zone. */
  long fromDate(String text, LocalDate date) {
    return checkRange(text, date.atTime(timeOfDay).atZone(zone).toInstant().toEpochMilli());
  }

  /** An instant of a JDBC TIMESTAMP WITH TIME ZONE. */
  long fromInstant(String text, Instant instant) {
    try {
      return checkRange(text, instant.toEpochMilli());
    } catch (ArithmeticException e) {
      throw outOfRange(text);
    }
  }

  long checkRange(String text, long millis) {
    if (millis < ObservationBatch.MIN_INSTANT.toEpochMilli()
        || millis >= ObservationBatch.MAX_INSTANT.toEpochMilli()) {
      throw outOfRange(text);
    }
    return millis;
  }

  private CellException outOfRange(String text) {
    return new CellException(
        text,
        "an instant from "
            + ObservationBatch.MIN_INSTANT
            + " (inclusive) to "
            + ObservationBatch.MAX_INSTANT
            + " (exclusive)");
  }

  private static String requireColumn(String column) {
    Objects.requireNonNull(column, "column must not be null");
    if (column.isBlank()) {
      throw new IllegalArgumentException("column: '" + column + "', expected a column name");
    }
    return column;
  }

  private static DateTimeFormatter formatter(String pattern, Locale locale, boolean dateOnly) {
    Objects.requireNonNull(pattern, "pattern must not be null");
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
    try {
      b.appendPattern(pattern);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "pattern: '"
              + pattern
              + "' is not valid ("
              + e.getMessage()
              + "), expected a"
              + " java.time.format.DateTimeFormatter pattern such as uuuu-MM-dd HH:mm",
          e);
    }
    // yyyy (year of era) reads like uuuu under the strict resolver.
    b.parseDefaulting(ChronoField.ERA, 1);
    if (dateOnly) {
      b.parseDefaulting(ChronoField.MONTH_OF_YEAR, 1);
      b.parseDefaulting(ChronoField.DAY_OF_MONTH, 1);
    }
    return b.toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
  }

  private static void checkFormats(DateTimeFormatter f, String pattern, String what) {
    try {
      f.format(EXAMPLE);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "pattern: '"
              + pattern
              + "' cannot hold "
              + what
              + ", expected a pattern of "
              + what
              + " only (no offset or zone: the zone is given)",
          e);
    }
    if (what.equals("a date and a time")) {
      TemporalAccessor t = f.parse(f.format(EXAMPLE));
      if (!t.isSupported(ChronoField.HOUR_OF_DAY)
          && !t.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)
          && !t.isSupported(ChronoField.HOUR_OF_AMPM)) {
        throw new IllegalArgumentException(
            "pattern: '"
                + pattern
                + "' has no time, expected a date and a time;"
                + " for dates use TimeColumn.date(column, pattern, zone, timeOfDay)");
      }
    }
  }

  private static boolean hasOffset(String pattern) {
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && (c == 'X' || c == 'x' || c == 'Z' || c == 'O' || c == 'V')) {
        return true;
      }
    }
    return false;
  }
}
