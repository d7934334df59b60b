package io.github.kpikit.report;

import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.text.Messages;
import io.github.kpikit.time.TimeGrain;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The words of reports in one locale: messages of the library's one catalogue (keys {@code
 * report.*} and {@code guide.*}) and values through each KPI's {@link DisplayFormat}, which writes
 * them with the library's one formatter. Package-private.
 */
final class Words {

  private final Locale locale;
  private final Messages messages;

  Words(Locale locale) {
    this.locale = locale;
    this.messages = Messages.in(locale);
  }

  Locale locale() {
    return locale;
  }

  Messages messages() {
    return messages;
  }

  String get(String key) {
    return messages.get(key);
  }

  /** A message with placeholders given as name, value pairs. */
  String format(String key, String... nameValues) {
    Map<String, String> arguments = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      arguments.put(nameValues[i], nameValues[i + 1]);
    }
    return messages.format(key, arguments);
  }

  /** The mark of a missing value. */
  String missing() {
    return messages.get("report.missing");
  }

  String value(OptionalDouble value, DisplayFormat format) {
    return value.isPresent() ? format.format(value.getAsDouble(), locale) : missing();
  }

  String value(double value, DisplayFormat format) {
    return format.format(value, locale);
  }

  /** A count of periods of a grain, such as "4 weeks". */
  String periods(long count, TimeGrain grain) {
    String word = messages.get("grain." + grain.label() + (count == 1 ? ".one" : ".other"));
    return count + " " + word;
  }
}
