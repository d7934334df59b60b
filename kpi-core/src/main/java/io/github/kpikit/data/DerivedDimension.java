package io.github.kpikit.data;

/**
 * The time dimensions derived from each observation's local time, which a table can be grouped by
 * besides the batch's own dimensions; their names are reserved.
 */
enum DerivedDimension {
  /** The local hour, {@code "00"} to {@code "23"}. */
  HOUR_OF_DAY("hour_of_day"),
  /** The local day of the week, {@code "monday"} to {@code "sunday"}. */
  DAY_OF_WEEK("day_of_week");

  private static final String[] DAY_NAMES = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"
  };

  private final String dimensionName;

  DerivedDimension(String dimensionName) {
    this.dimensionName = dimensionName;
  }

  /** The reserved dimension name, such as {@code "hour_of_day"}. */
  String dimensionName() {
    return dimensionName;
  }

  /**
   * The value of {@code hour_of_day} for a local hour from 0 to 23: {@code "00"} to {@code "23"}.
   */
  static String hourLabel(int hour) {
    return hour < 10 ? "0" + hour : Integer.toString(hour);
  }

  /** The value of {@code day_of_week} for a day from 0 (Monday) to 6: {@code "monday"}... */
  static String dayLabel(int dayFromMonday) {
    return DAY_NAMES[dayFromMonday];
  }

  /** Tells whether a dimension name is that of a derived dimension. */
  static boolean isDerived(String name) {
    return name.equals(HOUR_OF_DAY.dimensionName) || name.equals(DAY_OF_WEEK.dimensionName);
  }
}
