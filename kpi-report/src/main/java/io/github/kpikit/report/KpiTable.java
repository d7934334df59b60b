package io.github.kpikit.report;

import io.github.kpikit.data.DimensionKey;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.registry.KpiRegistry;
import io.github.kpikit.registry.KpiResult;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A table of KPI results: KPIs by breakdown member (the total first) by bucket, each KPI with its
 * unit, display format and direction, written as aligned text, Markdown, CSV or JSON in a locale,
 * such as the weekly engagement rate and CTR of each channel over the last four weeks.
 *
 * <pre>{@code
 * Map<String, KpiResult> results = registry.evaluateAll(daily, List.of("engagement_rate", "ctr"),
 *     KpiQuery.at(TimeGrain.WEEK).by("channel"));
 * KpiTable table = KpiTable.of(results, List.of("ctr", "engagement_rate"))
 *     .named(registry)
 *     .between(TimeBucket.parse("2025-W49"), TimeBucket.parse("2025-W52"));
 * table.toText(Locale.ENGLISH);     // aligned columns, one per week
 * table.toMarkdown(Locale.FRENCH);  // a Markdown table with French names and numbers
 * table.toCsv(Locale.ENGLISH);      // one row per KPI, member and week (RFC 4180)
 * table.toJson(Locale.ENGLISH);     // the same, with each KPI's unit, format and direction
 * KpiTable.of(results, List.of("roas"));  // IllegalArgumentException: 'roas' is not in the results
 * }</pre>
 *
 * <h2>What each writer gives</h2>
 *
 * <ul>
 *   <li><b>Text and Markdown</b>, for people: one row per KPI and member (the KPI's total first,
 *       then each member of its breakdown in key order), one column per bucket; values as the KPI's
 *       {@link io.github.kpikit.registry.DisplayFormat} writes them in the locale, a dash for a
 *       missing value. Numbers are right-aligned.
 *   <li><b>CSV</b> (RFC 4180, by Apache Commons CSV), for spreadsheets and programs: one record per
 *       KPI, member and bucket, with the columns {@code kpi}, {@code name}, {@code unit}, {@code
 *       format}, one column per breakdown dimension (empty on a total's records), {@code bucket},
 *       {@code value} (the exact {@code double} in plain notation, locale-neutral, empty when
 *       missing) and {@code text} (the value as shown in the locale).
 *   <li><b>JSON</b> (written by Jackson's streaming generator), for programs: the grain, zone and
 *       buckets, then per KPI its id, name, unit, format, direction and rows, each row a {@code
 *       key} object (empty for the total), {@code values} (numbers, {@code null} when missing) and
 *       {@code text}.
 * </ul>
 *
 * <p>Names are the KPIs' names in the locale when the table is {@linkplain #named named} from a
 * registry, their ids otherwise. Every result must have the same grain and zone; the buckets are
 * those from the earliest start to the latest end of the results, or the range given to {@link
 * #between}. Text given by users (names, members) is escaped as each format needs: Markdown's
 * {@code |} and markup characters, CSV's quotes, JSON's strings; the HTML of dashboards escapes it
 * too.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class KpiTable {

  /** One KPI of the table. */
  private record Entry(
      String id, KpiResult result, Optional<KpiDefinition> definition, DisplayFormat format) {}

  private final List<Entry> entries;
  private final TimeGrain grain;
  private final ZoneId zone;
  private final List<TimeBucket> buckets;
  private final boolean totalsOnly;

  private KpiTable(
      List<Entry> entries,
      TimeGrain grain,
      ZoneId zone,
      List<TimeBucket> buckets,
      boolean totalsOnly) {
    this.entries = entries;
    this.grain = grain;
    this.zone = zone;
    this.buckets = buckets;
    this.totalsOnly = totalsOnly;
  }

  /**
   * A table of every result, in the map's order (the order of the ids given to {@link
   * KpiRegistry#evaluateAll}).
   *
   * @param results the results by KPI id, not null, not empty, no null key or value
   * @return the table, never null
   * @throws NullPointerException if {@code results}, a key or a value is null
   * @throws IllegalArgumentException if {@code results} is empty, or the results differ in grain or
   *     zone
   */
  public static KpiTable of(Map<String, KpiResult> results) {
    Objects.requireNonNull(results, "results must not be null");
    return of(results, new ArrayList<>(results.keySet()));
  }

  /**
   * A table of some results, in the order asked.
   *
   * @param results the results by KPI id, not null, no null key or value
   * @param kpis the ids of the KPIs to show, in order, not null, not empty, no duplicate
   * @return the table, never null
   * @throws NullPointerException if an argument, an id, a key or a value is null
   * @throws IllegalArgumentException if {@code kpis} is empty, names a KPI twice or a KPI that is
   *     not in {@code results}, or the results asked differ in grain or zone
   */
  public static KpiTable of(Map<String, KpiResult> results, List<String> kpis) {
    Objects.requireNonNull(results, "results must not be null");
    Objects.requireNonNull(kpis, "kpis must not be null");
    if (kpis.isEmpty()) {
      throw new IllegalArgumentException("kpis: empty, expected at least one KPI id");
    }
    List<Entry> entries = new ArrayList<>(kpis.size());
    TreeSet<String> seen = new TreeSet<>();
    TimeGrain grain = null;
    ZoneId zone = null;
    String first = null;
    TimeBucket start = null;
    TimeBucket end = null;
    for (String id : kpis) {
      Objects.requireNonNull(id, "kpis must not hold null");
      if (!seen.add(id)) {
        throw new IllegalArgumentException("kpis: '" + id + "' listed twice, expected each once");
      }
      KpiResult result = results.get(id);
      if (result == null) {
        throw new IllegalArgumentException(
            "kpis: '"
                + id
                + "' is not in the results, expected one of "
                + new TreeSet<>(results.keySet()));
      }
      TimeSeries total = result.total();
      if (grain == null) {
        grain = total.grain();
        zone = total.zone();
        first = id;
      } else if (total.grain() != grain || !total.zone().equals(zone)) {
        throw new IllegalArgumentException(
            "results: '"
                + id
                + "' is by "
                + total.grain().label()
                + " in "
                + total.zone()
                + " but '"
                + first
                + "' by "
                + grain.label()
                + " in "
                + zone
                + ", expected one grain and zone");
      }
      List<TimeSeries> all = new ArrayList<>(result.byKey().values());
      all.add(total);
      for (TimeSeries s : all) {
        if (!s.isEmpty()) {
          TimeBucket b = s.start().orElseThrow();
          TimeBucket e = s.end().orElseThrow();
          start = start == null || b.compareTo(start) < 0 ? b : start;
          end = end == null || e.compareTo(end) > 0 ? e : end;
        }
      }
      entries.add(new Entry(id, result, Optional.empty(), result.format()));
    }
    return new KpiTable(List.copyOf(entries), grain, zone, range(start, end), false);
  }

  private static List<TimeBucket> range(TimeBucket start, TimeBucket end) {
    if (start == null) {
      return List.of();
    }
    List<TimeBucket> buckets = new ArrayList<>();
    for (TimeBucket b = start; b.compareTo(end) <= 0; b = b.next()) {
      buckets.add(b);
    }
    return List.copyOf(buckets);
  }

  /**
   * The format a result is shown in: its own, with the currency of the money metrics its KPI reads
   * when the result's format leaves the currency open and the registry's catalog names one.
   */
  static DisplayFormat shown(KpiRegistry registry, String id, KpiResult result) {
    DisplayFormat format = result.format();
    if (format.kind() != DisplayFormat.Kind.CURRENCY || format.knownCurrency().isPresent()) {
      return format;
    }
    if (result.unit().currency().isPresent()) {
      return format.withCurrency(result.unit().currency().get());
    }
    if (registry.get(id).isEmpty()) {
      return format;
    }
    SortedSet<String> currencies = new TreeSet<>();
    for (String metric : registry.requiredMetrics(id)) {
      registry
          .catalog()
          .get(metric)
          .flatMap(m -> m.unit().currency())
          .ifPresent(c -> currencies.add(c.getCurrencyCode()));
    }
    return currencies.size() == 1 ? DisplayFormat.currency(currencies.first()) : format;
  }

  /**
   * This table with the KPIs' names and definitions taken from a registry (for the KPIs it holds),
   * and amounts of money shown with the currency of the registry's metrics when the results leave
   * it open.
   *
   * @param registry the registry, not null
   * @return the named table, never null
   * @throws NullPointerException if {@code registry} is null
   */
  public KpiTable named(KpiRegistry registry) {
    Objects.requireNonNull(registry, "registry must not be null");
    List<Entry> named = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      named.add(
          new Entry(
              entry.id(),
              entry.result(),
              registry.get(entry.id()),
              shown(registry, entry.id(), entry.result())));
    }
    return new KpiTable(List.copyOf(named), grain, zone, buckets, totalsOnly);
  }

  /**
   * This table over a range of buckets, both included.
   *
   * @param first the first bucket, not null, of the table's grain
   * @param last the last bucket, not null, of the table's grain, not before {@code first}
   * @return the table over that range, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a bucket is of another grain, or {@code last} is before
   *     {@code first}
   */
  public KpiTable between(TimeBucket first, TimeBucket last) {
    Objects.requireNonNull(first, "first must not be null");
    Objects.requireNonNull(last, "last must not be null");
    for (TimeBucket b : List.of(first, last)) {
      if (b.grain() != grain) {
        throw new IllegalArgumentException(
            "bucket: "
                + b
                + " is a "
                + b.grain().label()
                + ", expected a "
                + grain.label()
                + " as the table's results");
      }
    }
    if (last.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "last: " + last + " is before first " + first + ", expected last >= first");
    }
    return new KpiTable(entries, grain, zone, range(first, last), totalsOnly);
  }

  /**
   * This table with the totals only, without the breakdown's members.
   *
   * @return the table, never null
   */
  public KpiTable totalsOnly() {
    return new KpiTable(entries, grain, zone, buckets, true);
  }

  /**
   * The ids of the KPIs, in order.
   *
   * @return an unmodifiable list, never null, not empty
   */
  public List<String> kpis() {
    List<String> ids = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      ids.add(entry.id());
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * The result of a KPI of the table.
   *
   * @param kpi the KPI's id, not null
   * @return the result, never null
   * @throws NullPointerException if {@code kpi} is null
   * @throws IllegalArgumentException if the table has no such KPI
   */
  public KpiResult result(String kpi) {
    return entry(kpi).result();
  }

  /**
   * The grain of the buckets.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The zone of the buckets.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The buckets, the table's columns, in order.
   *
   * @return an unmodifiable list, never null, empty when every result is empty
   */
  public List<TimeBucket> buckets() {
    return buckets;
  }

  /**
   * The rows of a KPI: its total ({@link DimensionKey#empty()}) then each member of its breakdown
   * in key order (none when the table shows {@linkplain #totalsOnly() totals only}).
   *
   * @param kpi the KPI's id, not null
   * @return an unmodifiable list of keys, never null
   * @throws NullPointerException if {@code kpi} is null
   * @throws IllegalArgumentException if the table has no such KPI
   */
  public List<DimensionKey> keys(String kpi) {
    return keys(entry(kpi));
  }

  /**
   * A value of the table.
   *
   * @param kpi the KPI's id, not null
   * @param key the member, or {@link DimensionKey#empty()} for the total, not null
   * @param bucket the bucket, not null
   * @return the value, empty when missing or outside the KPI's rows and the table's buckets
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the table has no such KPI
   */
  public OptionalDouble value(String kpi, DimensionKey key, TimeBucket bucket) {
    Objects.requireNonNull(key, "key must not be null");
    Objects.requireNonNull(bucket, "bucket must not be null");
    Entry entry = entry(kpi);
    if (!keys(entry).contains(key) || bucket.grain() != grain) {
      return OptionalDouble.empty();
    }
    return series(entry, key).get(bucket);
  }

  private Entry entry(String kpi) {
    Objects.requireNonNull(kpi, "kpi must not be null");
    for (Entry entry : entries) {
      if (entry.id().equals(kpi)) {
        return entry;
      }
    }
    throw new IllegalArgumentException(
        "kpi: '" + kpi + "' is not in the table, expected one of " + kpis());
  }

  private List<DimensionKey> keys(Entry entry) {
    List<DimensionKey> keys = new ArrayList<>();
    keys.add(DimensionKey.empty());
    if (!totalsOnly) {
      keys.addAll(entry.result().byKey().keySet());
    }
    return Collections.unmodifiableList(keys);
  }

  private static TimeSeries series(Entry entry, DimensionKey key) {
    return key.isEmpty() ? entry.result().total() : entry.result().byKey().get(key);
  }

  /** The dimension names of every breakdown, sorted: the CSV's member columns. */
  private SortedSet<String> dimensions() {
    SortedSet<String> names = new TreeSet<>();
    if (!totalsOnly) {
      for (Entry entry : entries) {
        for (DimensionKey key : entry.result().byKey().keySet()) {
          names.addAll(key.names());
        }
      }
    }
    return names;
  }

  /** The format a KPI of the table is shown in. */
  DisplayFormat format(String kpi) {
    return entry(kpi).format();
  }

  /** The name of a KPI of the table as shown in a locale. */
  String name(String kpi, Locale locale) {
    return name(entry(kpi), locale);
  }

  private String name(Entry entry, Locale locale) {
    return entry.definition().map(d -> d.name().in(locale)).orElse(entry.id());
  }

  /** A member as shown: the total's word, or the key's values joined. */
  static String member(DimensionKey key, Words words) {
    if (key.isEmpty()) {
      return words.get("report.total");
    }
    return String.join(", ", key.asMap().values());
  }

  /** The cells shown to people: name, member, then each bucket's value as text. */
  private List<List<String>> cells(Words words) {
    List<List<String>> rows = new ArrayList<>();
    for (Entry entry : entries) {
      String name = name(entry, words.locale());
      for (DimensionKey key : keys(entry)) {
        TimeSeries series = series(entry, key);
        List<String> row = new ArrayList<>(buckets.size() + 2);
        row.add(name);
        row.add(member(key, words));
        for (TimeBucket bucket : buckets) {
          row.add(words.value(series.get(bucket), entry.format()));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private List<String> header(Words words) {
    List<String> header = new ArrayList<>(buckets.size() + 2);
    header.add(words.get("report.column.kpi"));
    header.add(words.get("report.column.member"));
    for (TimeBucket bucket : buckets) {
      header.add(bucket.toString());
    }
    return header;
  }

  /**
   * The table as aligned text: a header, a rule, then one line per KPI and member, names left and
   * values right-aligned, columns two spaces apart.
   *
   * @param locale the locale of names and numbers, not null
   * @return the text, ending with a line break, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String toText(Locale locale) {
    Words words = new Words(Objects.requireNonNull(locale, "locale must not be null"));
    List<String> header = header(words);
    List<List<String>> rows = cells(words);
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = length(header.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], length(row.get(c)));
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    out.append("-".repeat(total + 2 * (widths.length - 1))).append('\n');
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - length(cell));
      if (c > 0) {
        line.append("  ");
      }
      line.append(c < 2 ? cell + pad : pad + cell);
    }
    // no trailing spaces
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    out.append(line, 0, end).append('\n');
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The table as a Markdown (GitHub-flavoured) table, value columns right-aligned; names and
   * members are escaped so that no cell becomes markup.
   *
   * @param locale the locale of names and numbers, not null
   * @return the Markdown text, ending with a line break, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String toMarkdown(Locale locale) {
    Words words = new Words(Objects.requireNonNull(locale, "locale must not be null"));
    List<String> header = header(words);
    StringBuilder out = new StringBuilder();
    markdownRow(out, header);
    out.append('|');
    for (int c = 0; c < header.size(); c++) {
      out.append(c < 2 ? " --- |" : " ---: |");
    }
    out.append('\n');
    for (List<String> row : cells(words)) {
      markdownRow(out, row);
    }
    return out.toString();
  }

  private static void markdownRow(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(Markdown.escape(cell)).append(" |");
    }
    out.append('\n');
  }

  /**
   * The table as CSV, RFC 4180: one record per KPI, member and bucket, as the class documentation
   * describes.
   *
   * @param locale the locale of the names and of the {@code text} column, not null
   * @return the CSV text, lines ending with CRLF, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String toCsv(Locale locale) {
    StringBuilder out = new StringBuilder();
    try {
      writeCsv(out, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Writes the table as CSV, RFC 4180, as {@link #toCsv(Locale)} does.
   *
   * @param out where to write, not null (not closed)
   * @param locale the locale of the names and of the {@code text} column, not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public void writeCsv(Appendable out, Locale locale) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Words words = new Words(Objects.requireNonNull(locale, "locale must not be null"));
    List<String> dimensions = new ArrayList<>(dimensions());
    List<String> header = new ArrayList<>(List.of("kpi", "name", "unit", "format"));
    header.addAll(dimensions);
    header.addAll(List.of("bucket", "value", "text"));
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
    printer.printRecord(header);
    List<String> record = new ArrayList<>(header.size());
    for (Entry entry : entries) {
      String name = name(entry, locale);
      KpiResult result = entry.result();
      for (DimensionKey key : keys(entry)) {
        TimeSeries series = series(entry, key);
        for (TimeBucket bucket : buckets) {
          OptionalDouble value = series.get(bucket);
          record.clear();
          record.add(entry.id());
          record.add(name);
          record.add(result.unit().toString());
          record.add(entry.format().toString());
          for (String dimension : dimensions) {
            record.add(key.get(dimension).orElse(""));
          }
          record.add(bucket.toString());
          record.add(value.isPresent() ? plain(value.getAsDouble()) : "");
          record.add(words.value(value, entry.format()));
          printer.printRecord(record);
        }
      }
    }
    printer.flush();
  }

  /** The shortest decimal that reads back as the same double, in plain notation: 0.0001, 1234. */
  static String plain(double value) {
    String text = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }

  /**
   * The table as JSON, as the class documentation describes.
   *
   * @param locale the locale of the names and of the {@code text} arrays, not null
   * @return the JSON text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String toJson(Locale locale) {
    StringWriter out = new StringWriter();
    try {
      writeJson(out, locale);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes the table as JSON, as {@link #toJson(Locale)} does.
   *
   * @param out where to write, not null (flushed, not closed)
   * @param locale the locale of the names and of the {@code text} arrays, not null
   * @throws NullPointerException if an argument is null
   * @throws IOException if {@code out} fails
   */
  public void writeJson(Writer out, Locale locale) throws IOException {
    Objects.requireNonNull(out, "out must not be null");
    Words words = new Words(Objects.requireNonNull(locale, "locale must not be null"));
    JsonFactory factory = JsonFactory.builder().build();
    try (JsonGenerator json =
        factory.createGenerator(ObjectWriteContext.empty(), new Unclosed(out))) {
      json.writeStartObject();
      json.writeStringProperty("locale", locale.toLanguageTag());
      json.writeStringProperty("grain", grain.label());
      json.writeStringProperty("zone", zone.getId());
      json.writeName("buckets");
      json.writeStartArray();
      for (TimeBucket bucket : buckets) {
        json.writeString(bucket.toString());
      }
      json.writeEndArray();
      json.writeName("kpis");
      json.writeStartArray();
      for (Entry entry : entries) {
        KpiResult result = entry.result();
        json.writeStartObject();
        json.writeStringProperty("id", entry.id());
        json.writeStringProperty("name", name(entry, locale));
        json.writeStringProperty("unit", result.unit().toString());
        json.writeStringProperty("format", entry.format().toString());
        if (result.direction().isPresent()) {
          json.writeStringProperty(
              "direction", result.direction().get().name().toLowerCase(Locale.ROOT));
        } else {
          json.writeNullProperty("direction");
        }
        json.writeName("rows");
        json.writeStartArray();
        for (DimensionKey key : keys(entry)) {
          TimeSeries series = series(entry, key);
          json.writeStartObject();
          json.writeName("key");
          json.writeStartObject();
          for (Map.Entry<String, String> member : key.asMap().entrySet()) {
            json.writeStringProperty(member.getKey(), member.getValue());
          }
          json.writeEndObject();
          json.writeName("values");
          json.writeStartArray();
          for (TimeBucket bucket : buckets) {
            OptionalDouble value = series.get(bucket);
            if (value.isPresent()) {
              json.writeNumber(value.getAsDouble());
            } else {
              json.writeNull();
            }
          }
          json.writeEndArray();
          json.writeName("text");
          json.writeStartArray();
          for (TimeBucket bucket : buckets) {
            json.writeString(words.value(series.get(bucket), entry.format()));
          }
          json.writeEndArray();
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (tools.jackson.core.JacksonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
    out.flush();
  }

  /** A writer whose close only flushes, so that the generator leaves the caller's writer open. */
  private static final class Unclosed extends java.io.FilterWriter {
    Unclosed(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** The table as an HTML table, for dashboards. */
  void writeHtml(Html html, Words words) {
    List<String> header = header(words);
    html.open("div", "class", "data wide").open("table", "class", "kpis").open("thead");
    html.open("tr");
    for (String cell : header) {
      html.element("th", cell, "scope", "col");
    }
    html.close("tr").close("thead").open("tbody");
    for (List<String> row : cells(words)) {
      html.open("tr");
      for (int c = 0; c < row.size(); c++) {
        if (c < 2) {
          html.element("th", row.get(c), "scope", "row");
        } else {
          html.element("td", row.get(c));
        }
      }
      html.close("tr");
    }
    html.close("tbody").close("table").close("div").newline();
  }

  /**
   * The KPIs, grain and buckets of the table, such as {@code KpiTable[ctr, cpc; week 2025-W49..
   * 2025-W52]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KpiTable["
        + String.join(", ", kpis())
        + "; "
        + grain.label()
        + (buckets.isEmpty()
            ? " no bucket"
            : " " + buckets.get(0) + ".." + buckets.get(buckets.size() - 1))
        + (totalsOnly ? "; totals only" : "")
        + "]";
  }
}
