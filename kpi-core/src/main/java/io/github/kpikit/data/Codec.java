package io.github.kpikit.data;

import io.github.kpikit.metric.AggregationKind;
import io.github.kpikit.metric.MetricCatalog;
import io.github.kpikit.metric.MetricDefinition;
import io.github.kpikit.metric.Unit;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The byte form of accumulators and aggregated tables, version {@value #VERSION}; the format is
 * documented on {@link AggregatedTable#toBytes()} and {@link Accumulator#toBytes()}.
 */
final class Codec {

  /** The format version written, and the only one read. */
  static final int VERSION = 1;

  private static final byte[] TABLE_MAGIC = {'K', 'P', 'T'};
  private static final byte[] ACCUMULATOR_MAGIC = {'K', 'P', 'A'};

  static final int COUNTER = 1;
  static final int GAUGE = 2;
  static final int DISTRIBUTION = 3;
  static final int NON_ADDITIVE = 4;
  static final int DISTINCT = 5;
  static final int SKETCH = 6;

  private Codec() {}

  // ---- writing

  /** A growable byte buffer with varints, and strings either inline or by index. */
  private static final class Out {
    private byte[] bytes = new byte[256];
    private int size;
    private final Map<String, Integer> strings; // null: strings inline

    Out(Map<String, Integer> strings) {
      this.strings = strings;
    }

    void raw(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }

    void u8(int v) {
      ensure(1);
      bytes[size++] = (byte) v;
    }

    void varint(long v) {
      ensure(10);
      while ((v & ~0x7FL) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    void zigzag(long v) {
      varint((v << 1) ^ (v >> 63));
    }

    void i64(long v) {
      ensure(8);
      for (int i = 7; i >= 0; i--) {
        bytes[size++] = (byte) (v >>> (8 * i));
      }
    }

    void f64(double v) {
      i64(Double.doubleToRawLongBits(v));
    }

    void utf8(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varint(b.length);
      raw(b);
    }

    void string(String s) {
      if (strings == null) {
        utf8(s);
      } else {
        Integer index = strings.get(s);
        if (index == null) {
          index = strings.size();
          strings.put(s, index);
        }
        varint(index);
      }
    }

    void key(DimensionKey key) {
      varint(key.size());
      for (String name : key.names()) {
        string(name);
        string(key.get(name).orElseThrow());
      }
    }

    private void ensure(int n) {
      if (size + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
      }
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
    }

    /** The bytes followed by their CRC-32C, big-endian. */
    byte[] sealed() {
      int crc = checksum(bytes, size);
      ensure(4);
      for (int i = 0; i < 4; i++) {
        bytes[size++] = (byte) (crc >>> (24 - 8 * i));
      }
      return toArray();
    }
  }

  /** The CRC-32C of the first {@code length} bytes. */
  static int checksum(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return (int) crc.getValue();
  }

  /** Replaces the last 4 bytes by the CRC-32C of the others: for tests that craft bytes. */
  static byte[] seal(byte[] bytes) {
    byte[] b = bytes.clone();
    int crc = checksum(b, b.length - 4);
    for (int i = 0; i < 4; i++) {
      b[b.length - 4 + i] = (byte) (crc >>> (24 - 8 * i));
    }
    return b;
  }

  static byte[] write(Accumulator accumulator) {
    Out out = new Out(null);
    out.raw(ACCUMULATOR_MAGIC);
    out.u8(VERSION);
    writeBody(out, accumulator);
    return out.sealed();
  }

  private static void writeBody(Out out, Accumulator accumulator) {
    if (accumulator instanceof CounterAccumulator c) {
      out.u8(COUNTER);
      out.varint(c.count());
      out.f64(c.sum());
      out.f64(c.compensation());
    } else if (accumulator instanceof GaugeAccumulator g) {
      out.u8(GAUGE);
      out.varint(g.count());
      out.varint(g.members().size());
      g.members()
          .forEach(
              (member, reading) -> {
                out.key(member);
                out.zigzag(reading.epochMilli());
                out.f64(reading.value());
              });
    } else if (accumulator instanceof DistributionAccumulator d) {
      out.u8(DISTRIBUTION);
      double[] values = d.values();
      out.varint(values.length);
      for (double v : values) {
        out.f64(v);
      }
    } else if (accumulator instanceof SketchAccumulator sketch) {
      out.u8(SKETCH);
      out.string(sketch.family());
      byte[] state = sketch.state();
      out.varint(state.length);
      out.raw(state);
    } else if (accumulator instanceof DistinctAccumulator d) {
      out.u8(DISTINCT);
      out.varint(d.count());
      long[] hashes = d.hashes();
      out.varint(hashes.length);
      for (int i = 0; i < hashes.length; i++) {
        if (i == 0) {
          out.i64(hashes[0]);
        } else {
          out.varint(hashes[i] - hashes[i - 1]); // unsigned: at least 1
        }
      }
    } else {
      NonAdditiveAccumulator n = (NonAdditiveAccumulator) accumulator;
      out.u8(NON_ADDITIVE);
      out.varint(n.count());
      if (n.count() > 0) {
        out.key(n.member().orElseThrow());
        out.zigzag(n.instant().orElseThrow().toEpochMilli());
        out.f64(n.value().getAsDouble());
      }
    }
  }

  static byte[] write(AggregatedTable table) {
    // The cells first, collecting the strings they use; then the header and the string table.
    Map<String, Integer> strings = new LinkedHashMap<>();
    Out cells = new Out(strings);
    List<MetricDefinition> definitions = table.catalog().definitions();
    Map<String, Integer> metricIndex = new HashMap<>();
    for (int i = 0; i < definitions.size(); i++) {
      metricIndex.put(definitions.get(i).id(), i);
    }
    Map<DimensionKey, Integer> keyIndex = new LinkedHashMap<>();
    Out keys = new Out(strings);
    List<AggregatedTable.Cell> all = table.cells();
    cells.varint(all.size());
    long previousBucket = 0;
    for (AggregatedTable.Cell c : all) {
      cells.zigzag(c.bucket().index() - previousBucket);
      previousBucket = c.bucket().index();
      Integer k = keyIndex.get(c.key());
      if (k == null) {
        k = keyIndex.size();
        keyIndex.put(c.key(), k);
        keys.key(c.key());
      }
      cells.varint(k);
      cells.varint(metricIndex.get(c.metric()));
      writeBody(cells, c.accumulator());
    }
    Out header = new Out(strings);
    header.u8(table.grain().ordinal());
    header.string(table.zone().getId());
    header.varint(table.groupBy().size());
    for (String d : table.groupBy()) {
      header.string(d);
    }
    header.varint(definitions.size());
    for (MetricDefinition m : definitions) {
      header.string(m.id());
      header.u8(m.kind().ordinal());
      header.string(m.unit().toString());
      header.u8(m.reportedGrain().map(g -> g.ordinal() + 1).orElse(0));
      header.u8(m.signed() ? 1 : 0);
      header.string(m.description());
    }
    Coverage coverage = table.coverage();
    header.varint(coverage.spans().size());
    for (Coverage.Span s : coverage.spans()) {
      instant(header, s.start());
      instant(header, s.end());
    }
    header.varint(coverage.members().size());
    coverage
        .members()
        .forEach(
            (d, members) -> {
              header.string(d);
              header.varint(members.size());
              members.forEach(header::string);
            });
    Out out = new Out(null);
    out.raw(TABLE_MAGIC);
    out.u8(VERSION);
    out.varint(strings.size());
    for (String s : strings.keySet()) {
      out.utf8(s);
    }
    out.raw(header.toArray());
    out.varint(keyIndex.size());
    out.raw(keys.toArray());
    out.raw(cells.toArray());
    return out.sealed();
  }

  private static void instant(Out out, Instant instant) {
    out.zigzag(instant.getEpochSecond());
    out.varint(instant.getNano());
  }

  // ---- reading

  /** A reader that names the offset and what it expected in every error. */
  private static final class In {
    private final byte[] bytes;
    private final int length; // without the checksum
    private int at;
    private String[] strings; // null: strings inline

    In(byte[] bytes) {
      this.bytes = bytes;
      this.length = Math.max(0, bytes.length - 4);
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException("bytes: at offset " + at + ", " + message);
    }

    private void need(int n, String what) {
      if (n < 0 || length - at < n) {
        throw error(
            "truncated: "
                + what
                + " needs "
                + n
                + " bytes, "
                + (length - at)
                + " left, expected the whole byte form");
      }
    }

    void magic(byte[] magic, String what) {
      need(magic.length + 1, "the header");
      for (byte b : magic) {
        if (bytes[at] != b) {
          throw error(
              "not the byte form of "
                  + what
                  + ", expected it to start with '"
                  + new String(magic, StandardCharsets.US_ASCII)
                  + "'");
        }
        at++;
      }
      int version = bytes[at] & 0xFF;
      if (version != VERSION) {
        throw error("format version " + version + ", expected version " + VERSION);
      }
      at++;
      if (bytes.length < at + 4) {
        throw error("truncated: no checksum, expected the whole byte form");
      }
      int stored = 0;
      for (int i = bytes.length - 4; i < bytes.length; i++) {
        stored = (stored << 8) | (bytes[i] & 0xFF);
      }
      int actual = checksum(bytes, length);
      if (stored != actual) {
        throw error(
            String.format(
                "checksum %08x does not match the bytes' %08x, expected the bytes as written"
                    + " (truncated or corrupted)",
                stored, actual));
      }
    }

    int u8(String what) {
      need(1, what);
      return bytes[at++] & 0xFF;
    }

    long varint(String what) {
      long v = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        need(1, what);
        byte b = bytes[at++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
      }
      throw error(what + " is not a valid varint, expected at most 10 bytes");
    }

    /** A non-negative int, at most {@code max}. */
    int count(String what, long max) {
      long v = varint(what);
      if (v < 0 || v > max) {
        throw error(what + ": " + v + ", expected 0 to " + max);
      }
      return (int) v;
    }

    long zigzag(String what) {
      long v = varint(what);
      return (v >>> 1) ^ -(v & 1);
    }

    long i64(String what) {
      need(8, what);
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (bytes[at++] & 0xFF);
      }
      return v;
    }

    double f64(String what) {
      return Double.longBitsToDouble(i64(what));
    }

    String utf8(String what) {
      int n = count(what + " length", length - at);
      String s = new String(bytes, at, n, StandardCharsets.UTF_8);
      at += n;
      return s;
    }

    String string(String what) {
      if (strings == null) {
        return utf8(what);
      }
      int i = count(what + " string index", strings.length - 1L);
      return strings[i];
    }

    DimensionKey key(String what) {
      int n = count(what + " dimension count", length - at);
      String[] pairs = new String[2 * n];
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] = string(what);
      }
      try {
        return DimensionKey.of(pairs);
      } catch (IllegalArgumentException e) {
        throw error(what + ": " + e.getMessage());
      }
    }

    void end() {
      if (at != length) {
        throw error((length - at) + " bytes left over, expected the end of the byte form");
      }
    }
  }

  static Accumulator readAccumulator(byte[] bytes) {
    In in = new In(bytes);
    in.magic(ACCUMULATOR_MAGIC, "an accumulator");
    Accumulator a = readBody(in);
    in.end();
    return a;
  }

  private static Accumulator readBody(In in) {
    int start = in.at;
    int kind = in.u8("the accumulator kind");
    try {
      switch (kind) {
        case COUNTER:
          {
            long count = in.varint("a counter's count");
            double sum = in.f64("a counter's sum");
            double compensation = in.f64("a counter's compensation");
            return new CounterAccumulator(count, sum, compensation);
          }
        case GAUGE:
          {
            long count = in.varint("a gauge's count");
            int members = in.count("a gauge's members", in.length - in.at);
            TreeMap<DimensionKey, GaugeAccumulator.Reading> map = new TreeMap<>();
            for (int i = 0; i < members; i++) {
              DimensionKey member = in.key("a gauge's member");
              long time = in.zigzag("a reading's instant");
              double value = in.f64("a reading's value");
              if (map.put(member, new GaugeAccumulator.Reading(time, value)) != null) {
                throw in.error("gauge member " + member + " appears twice, expected each once");
              }
            }
            return GaugeAccumulator.of(map, count);
          }
        case DISTRIBUTION:
          {
            int n = in.count("a distribution's value count", (in.length - in.at) / 8);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
              values[i] = in.f64("a distribution's value");
            }
            for (int i = 1; i < n; i++) {
              if (!(values[i - 1] <= values[i])) {
                throw in.error(
                    "distribution values "
                        + values[i - 1]
                        + " and "
                        + values[i]
                        + " are out of order, expected ascending values");
              }
            }
            return DistributionAccumulator.of(values);
          }
        case NON_ADDITIVE:
          {
            long count = in.varint("a non-additive count");
            if (count == 0) {
              return NonAdditiveAccumulator.empty();
            }
            DimensionKey member = in.key("a non-additive member");
            long time = in.zigzag("a non-additive instant");
            double value = in.f64("a non-additive value");
            if (count < 0) {
              throw in.error("non-additive count: " + count + ", expected >= 0");
            }
            return NonAdditiveAccumulator.of(
                member, new GaugeAccumulator.Reading(time, value), count);
          }
        case DISTINCT:
          {
            long count = in.varint("a distinct count's observations");
            // Every hash after the first takes at least one byte: no array larger than the bytes.
            int n = in.count("a distinct count's hashes", in.length - in.at);
            long[] hashes = new long[n];
            for (int i = 0; i < n; i++) {
              if (i == 0) {
                hashes[0] = in.i64("a distinct count's first hash");
              } else {
                int at = in.at;
                long delta = in.varint("a distinct count's hash difference");
                long next = hashes[i - 1] + delta;
                if (delta == 0 || next <= hashes[i - 1]) {
                  in.at = at;
                  throw in.error(
                      "distinct hash difference "
                          + Long.toUnsignedString(delta)
                          + " after "
                          + hashes[i - 1]
                          + ", expected strictly ascending hashes");
                }
                hashes[i] = next;
              }
            }
            if (count < 0) {
              throw in.error("distinct count's observations: " + count + ", expected >= 0");
            }
            return DistinctAccumulator.ofState(count, hashes);
          }
        case SKETCH:
          {
            String family = in.string("a sketch's family");
            int n = in.count("a sketch's state length", in.length - in.at);
            byte[] state = Arrays.copyOfRange(in.bytes, in.at, in.at + n);
            SketchFactory factory = Sketches.factory(family);
            if (factory == null) {
              throw in.error(
                  "sketch family '"
                      + family
                      + "' has no provider, expected a SketchFactory of that family on the class"
                      + " or module path (such as kpi-sketches)");
            }
            SketchAccumulator sketch = factory.read(state);
            in.at += n;
            return sketch;
          }
        default:
          in.at = start;
          throw in.error("accumulator kind " + kind + ", expected 1 (counter) to 6 (sketch)");
      }
    } catch (IllegalArgumentException | ArithmeticException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("bytes: ")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "bytes: at offset " + start + ", invalid accumulator: " + e.getMessage(), e);
    }
  }

  static AggregatedTable readTable(byte[] bytes) {
    In in = new In(bytes);
    in.magic(TABLE_MAGIC, "an aggregated table");
    int stringCount = in.count("the string count", in.length - in.at);
    String[] strings = new String[stringCount];
    for (int i = 0; i < stringCount; i++) {
      strings[i] = in.utf8("a string");
    }
    in.strings = strings;
    TimeGrain[] grains = TimeGrain.values();
    int g = in.u8("the grain");
    if (g >= grains.length) {
      throw in.error("grain " + g + ", expected 0 (HOUR) to " + (grains.length - 1) + " (YEAR)");
    }
    TimeGrain grain = grains[g];
    String zoneId = in.string("the zone");
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneId);
    } catch (DateTimeException e) {
      throw in.error("zone '" + zoneId + "' is not a zone id, expected one such as Europe/Paris");
    }
    int dims = in.count("the group-by count", in.length - in.at);
    List<String> groupBy = new ArrayList<>();
    for (int i = 0; i < dims; i++) {
      groupBy.add(in.string("a group-by dimension"));
    }
    if (new HashSet<>(groupBy).size() != groupBy.size()) {
      throw in.error("group-by dimensions " + groupBy + " repeat a name, expected each once");
    }
    int metricCount = in.count("the metric count", in.length - in.at);
    List<MetricDefinition> definitions = new ArrayList<>();
    AggregationKind[] kinds = AggregationKind.values();
    for (int i = 0; i < metricCount; i++) {
      String id = in.string("a metric id");
      int k = in.u8("a metric kind");
      String unit = in.string("a metric unit");
      int reported = in.u8("a metric's reported grain");
      int signed = in.u8("a metric's signed flag");
      String description = in.string("a metric description");
      try {
        if (k >= kinds.length) {
          throw new IllegalArgumentException("kind " + k + ", expected 0 to " + (kinds.length - 1));
        }
        if (signed > 1 || reported > grains.length) {
          throw new IllegalArgumentException("flags " + signed + ", " + reported + " out of range");
        }
        MetricDefinition d =
            kinds[k] == AggregationKind.NON_ADDITIVE
                ? MetricDefinition.nonAdditive(
                    id, Unit.parse(unit), reported == 0 ? null : grains[reported - 1])
                : MetricDefinition.of(id, kinds[k], Unit.parse(unit));
        definitions.add(d.withSigned(signed == 1).withDescription(description));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw in.error("metric '" + id + "': " + e.getMessage());
      }
    }
    MetricCatalog catalog;
    try {
      catalog = MetricCatalog.empty().with(definitions);
    } catch (IllegalArgumentException e) {
      throw in.error(e.getMessage());
    }
    int spanCount = in.count("the span count", in.length - in.at);
    List<Coverage.Span> spans = new ArrayList<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    try {
      for (int i = 0; i < spanCount; i++) {
        Instant start = readInstant(in);
        Instant end = readInstant(in);
        spans.add(new Coverage.Span(start, end));
      }
      int memberDims = in.count("the covered dimension count", in.length - in.at);
      for (int i = 0; i < memberDims; i++) {
        String d = in.string("a covered dimension");
        int n = in.count("a covered member count", in.length - in.at);
        List<String> list = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          list.add(in.string("a covered member"));
        }
        members.put(d, list);
      }
    } catch (DateTimeException | ArithmeticException e) {
      throw in.error("coverage: " + e.getMessage());
    }
    Coverage coverage;
    try {
      coverage = Coverage.of(spans, members);
    } catch (IllegalArgumentException e) {
      throw in.error(e.getMessage());
    }
    int keyCount = in.count("the key count", in.length - in.at);
    DimensionKey[] keys = new DimensionKey[keyCount];
    for (int i = 0; i < keyCount; i++) {
      keys[i] = in.key("a cell key");
      for (String name : keys[i].names()) {
        if (!groupBy.contains(name)) {
          throw in.error(
              "cell key "
                  + keys[i]
                  + " has dimension '"
                  + name
                  + "', expected only the group-by dimensions "
                  + groupBy);
        }
      }
    }
    int cellCount = in.count("the cell count", in.length - in.at);
    AggregatedTable.Builder table =
        new AggregatedTable.Builder(grain, zone, groupBy, catalog, "reading bytes");
    Set<String> seen = new HashSet<>();
    long bucketIndex = 0;
    for (int i = 0; i < cellCount; i++) {
      bucketIndex += in.zigzag("a cell's bucket");
      TimeBucket bucket;
      try {
        bucket = TimeBucket.ofIndex(grain, bucketIndex);
      } catch (IllegalArgumentException e) {
        throw in.error(e.getMessage());
      }
      DimensionKey key = keys[in.count("a cell's key index", keyCount - 1L)];
      MetricDefinition metric = definitions.get(in.count("a cell's metric", metricCount - 1L));
      int at = in.at;
      Accumulator accumulator = readBody(in);
      if (!fits(metric.kind(), accumulator.kind())) {
        in.at = at;
        throw in.error(
            "a "
                + accumulator.kind().label()
                + " accumulator for "
                + metric
                + ", expected the accumulator of its kind");
      }
      if (!seen.add(bucketIndex + " " + key + " " + metric.id())) {
        throw in.error(
            "cell " + bucket + " " + key + " " + metric.id() + " appears twice, expected once");
      }
      table.add(bucket, key, metric.id(), accumulator);
    }
    in.end();
    table.coverage = coverage;
    return table.build();
  }

  private static boolean fits(AggregationKind metric, AggregationKind accumulator) {
    return metric == AggregationKind.PERIOD_AMOUNT
        ? accumulator == AggregationKind.COUNTER
        : metric == accumulator;
  }

  private static Instant readInstant(In in) {
    long seconds = in.zigzag("a coverage instant");
    long nanos = in.varint("a coverage instant's nanoseconds");
    if (nanos < 0 || nanos > 999_999_999) {
      throw in.error("nanoseconds " + nanos + ", expected 0 to 999999999");
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }
}
