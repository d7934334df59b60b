package io.github.kpikit.objective;

import io.github.kpikit.registry.KpiDefinition;
import io.github.kpikit.series.TimeSeries;
import io.github.kpikit.text.Messages;
import io.github.kpikit.time.TimeBucket;
import io.github.kpikit.time.TimeGrain;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A SMART objective: a KPI, a target, a scope, a measurement mode, a baseline, a start and a
 * deadline, such as "increase Instagram post likes by 20% over the next quarter".
 *
 * <pre>{@code
 * KpiDefinition postLikes = KpiRegistry.standard().require("engagements");
 * Objective likes = Objective.builder(postLikes)
 *     .scope("channel", "instagram")
 *     .target(Target.changeBy(0.20))            // +20% over the baseline
 *     .grain(TimeGrain.WEEK)
 *     .mode(MeasurementMode.LATEST_PERIOD)      // likes of the latest complete week
 *     .baseline(Baseline.window(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 28)))
 *     .start(LocalDate.of(2025, 12, 29))
 *     .deadline(LocalDate.of(2026, 3, 29))
 *     .owner("Camille")
 *     .build();
 * ObjectiveEvaluation e = likes.evaluate(weeklyLikes, LocalDate.of(2026, 2, 15));
 * e.status(); // ON_TRACK (see ObjectiveEvaluation for the figures)
 * }</pre>
 *
 * <h2>Periods</h2>
 *
 * <p>The objective's periods are the buckets of its {@linkplain #grain() grain} from the one
 * holding the start to the one holding the deadline, both included. As of a date, a period is
 * complete when it ends at or before the end of that date.
 *
 * <h2>What the builder accepts</h2>
 *
 * <p>The KPI and the start are required, and the deadline, when given, must be after the start. The
 * target and the deadline may be left out, so that the {@linkplain SmartReport SMART check} can say
 * what is missing; such an objective cannot be {@linkplain #evaluate evaluated}. The grain defaults
 * to {@code MONTH}, the mode to {@code LATEST_PERIOD}, and the baseline to the mean of the period
 * before the start ({@code 0} on the start date in {@code CUMULATIVE} mode).
 *
 * <p>Instances are immutable, thread-safe and value-based.
 */
public final class Objective {

  private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]*");

  private final KpiDefinition kpi;
  private final Target target;
  private final SortedMap<String, String> scope;
  private final TimeGrain grain;
  private final MeasurementMode mode;
  private final Baseline baseline;
  private final LocalDate start;
  private final LocalDate deadline;
  private final String owner;
  private final String description;

  private Objective(Builder b) {
    this.kpi = b.kpi;
    this.target = b.target;
    this.scope = Collections.unmodifiableSortedMap(new TreeMap<>(b.scope));
    this.grain = b.grain;
    this.mode = b.mode;
    this.start = b.start;
    this.deadline = b.deadline;
    this.owner = b.owner;
    this.description = b.description;
    if (b.baseline != null) {
      this.baseline = b.baseline;
    } else if (b.mode == MeasurementMode.CUMULATIVE) {
      this.baseline = Baseline.of(0, b.start);
    } else {
      TimeBucket before = TimeBucket.of(b.grain, b.start).previous();
      this.baseline =
          Baseline.window(before.startDate(), before.endDateTime().toLocalDate().minusDays(1));
    }
  }

  /**
   * Starts a builder for an objective on a KPI: its definition gives the objective's texts their
   * names, unit and display format, and its direction serves the SMART check.
   *
   * @param kpi the KPI's definition, such as {@code KpiRegistry.standard().require("ctr")}, not
   *     null
   * @return a new builder, never null
   * @throws NullPointerException if {@code kpi} is null
   */
  public static Builder builder(KpiDefinition kpi) {
    return new Builder(kpi);
  }

  /**
   * A builder with every field of this objective, to make a changed copy.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(kpi);
    b.target = target;
    b.scope.putAll(scope);
    b.grain = grain;
    b.mode = mode;
    b.baseline = baseline;
    b.start = start;
    b.deadline = deadline;
    b.owner = owner;
    b.description = description;
    return b;
  }

  /**
   * The KPI's definition.
   *
   * @return the definition, never null
   */
  public KpiDefinition kpi() {
    return kpi;
  }

  /**
   * The target.
   *
   * @return the target, empty when not set (the objective is then not specific)
   */
  public Optional<Target> target() {
    return Optional.ofNullable(target);
  }

  /**
   * The scope: dimension filters such as {@code channel=instagram}, sorted by dimension.
   *
   * @return the filters, never null, unmodifiable, empty for the whole data set
   */
  public SortedMap<String, String> scope() {
    return scope;
  }

  /**
   * The grain of the objective's periods.
   *
   * @return the grain, never null
   */
  public TimeGrain grain() {
    return grain;
  }

  /**
   * The measurement mode.
   *
   * @return the mode, never null
   */
  public MeasurementMode mode() {
    return mode;
  }

  /**
   * The baseline.
   *
   * @return the baseline, never null
   */
  public Baseline baseline() {
    return baseline;
  }

  /**
   * The first day of the objective.
   *
   * @return the start, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day of the objective, after the start.
   *
   * @return the deadline, empty when not set (the objective is then not time-bound)
   */
  public Optional<LocalDate> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Who is accountable for the objective.
   *
   * @return the owner, empty when not set
   */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /**
   * A free description.
   *
   * @return the description, empty when not set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * The scope as text, such as {@code channel=instagram, campaign=spring}, or {@code all} (in
   * French {@code tout}, from the message catalogue) when empty.
   *
   * @param locale the locale, not null (English when the catalogue has not its language)
   * @return the scope text, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String scopeText(Locale locale) {
    if (scope.isEmpty()) {
      return Messages.in(locale).get("objective.scope.all");
    }
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, String> e : scope.entrySet()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(e.getKey()).append('=').append(e.getValue());
    }
    return s.toString();
  }

  /**
   * A title: the description when set, otherwise the KPI's name (in French for a French locale, in
   * English otherwise) and the scope.
   *
   * @param locale the locale, not null
   * @return the title, never null
   * @throws NullPointerException if {@code locale} is null
   */
  public String title(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    if (description != null) {
      return description;
    }
    return kpi.name().in(locale) + (scope.isEmpty() ? "" : " (" + scopeText(locale) + ")");
  }

  /** The number of periods from the start's bucket to the deadline's, both included. */
  int periods() {
    return (int) (TimeBucket.of(grain, start).until(TimeBucket.of(grain, requireDeadline())) + 1);
  }

  LocalDate requireDeadline() {
    if (deadline == null) {
      throw new IllegalStateException(
          "deadline: not set for objective '"
              + title(Locale.ENGLISH)
              + "', expected a deadline"
              + " to evaluate it (the objective is not time-bound)");
    }
    return deadline;
  }

  Target requireTarget() {
    if (target == null) {
      throw new IllegalStateException(
          "target: not set for objective '"
              + title(Locale.ENGLISH)
              + "', expected a target"
              + " to evaluate it (the objective is not specific)");
    }
    return target;
  }

  /**
   * Evaluates this objective on the KPI's series as of the end of {@code asOf}: current value,
   * progress, pacing, projection and status, as {@link ObjectiveEvaluation} describes.
   *
   * @param kpiSeries the KPI's values over the objective's scope at its grain, not null; its
   *     buckets before the start serve a computed baseline
   * @param asOf the date of the evaluation (its end), not null
   * @return the evaluation, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the series is of another grain, the baseline is computed
   *     and the series has no value in its window, or a cumulated measurement or the progress
   *     overflows the range of {@code double}
   * @throws IllegalStateException if the objective has no target or no deadline
   */
  public ObjectiveEvaluation evaluate(TimeSeries kpiSeries, LocalDate asOf) {
    Objects.requireNonNull(kpiSeries, "kpiSeries must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    requireTarget();
    requireDeadline();
    requireGrain(kpiSeries);
    return ObjectiveEvaluation.compute(this, kpiSeries, asOf, baselineValue(kpiSeries));
  }

  void requireGrain(TimeSeries series) {
    if (series.grain() != grain) {
      throw new IllegalArgumentException(
          "kpiSeries: grain "
              + series.grain()
              + " differs from the objective's, expected a "
              + grain
              + " series");
    }
  }

  double baselineValue(TimeSeries series) {
    OptionalDouble value = baseline.valueIn(series);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "kpiSeries: no value in the baseline window "
              + baseline.from()
              + ".."
              + baseline.to()
              + ", expected at least one to compute the baseline");
    }
    return value.getAsDouble();
  }

  /**
   * Tells whether {@code o} is an objective with the same fields.
   *
   * @param o the object to compare with, may be null
   * @return true when equal
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Objective)) {
      return false;
    }
    Objective other = (Objective) o;
    return kpi.equals(other.kpi)
        && Objects.equals(target, other.target)
        && scope.equals(other.scope)
        && grain == other.grain
        && mode == other.mode
        && baseline.equals(other.baseline)
        && start.equals(other.start)
        && Objects.equals(deadline, other.deadline)
        && Objects.equals(owner, other.owner)
        && Objects.equals(description, other.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kpi, target, scope, grain, mode, baseline, start, deadline, owner, description);
  }

  /**
   * A one-line summary, such as {@code likes [channel=instagram] at least 1200 (LATEST_PERIOD per
   * WEEK) 2025-12-29..2026-03-29}.
   *
   * @return the summary, never null
   */
  @Override
  public String toString() {
    return kpi.id()
        + " ["
        + scopeText(Locale.ENGLISH)
        + "] "
        + (target == null ? "no target" : target.toString())
        + " ("
        + mode
        + " per "
        + grain
        + ") "
        + start
        + ".."
        + (deadline == null ? "no deadline" : deadline.toString());
  }

  /**
   * Builds an {@link Objective}; not thread-safe.
   *
   * <pre>{@code
   * Objective.builder(registry.require("follower_count")).scope("channel", "twitter")
   *     .target(Target.atLeast(10_000))
   *     .start(LocalDate.of(2026, 1, 1)).deadline(LocalDate.of(2026, 6, 30)).build();
   * }</pre>
   */
  public static final class Builder {
    private final KpiDefinition kpi;
    private Target target;
    private final SortedMap<String, String> scope = new TreeMap<>();
    private TimeGrain grain = TimeGrain.MONTH;
    private MeasurementMode mode = MeasurementMode.LATEST_PERIOD;
    private Baseline baseline;
    private LocalDate start;
    private LocalDate deadline;
    private String owner;
    private String description;

    private Builder(KpiDefinition kpi) {
      this.kpi = Objects.requireNonNull(kpi, "kpi must not be null");
    }

    /**
     * Sets the target.
     *
     * @param target the target, not null
     * @return this builder
     * @throws NullPointerException if {@code target} is null
     */
    public Builder target(Target target) {
      this.target = Objects.requireNonNull(target, "target must not be null");
      return this;
    }

    /**
     * Adds a dimension filter to the scope, replacing any filter on the same dimension.
     *
     * @param dimension the dimension, an identifier ({@code [a-z][a-z0-9_]*}), not null
     * @param value the value, not null nor blank
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code dimension} is not an identifier or {@code value}
     *     is blank
     */
    public Builder scope(String dimension, String value) {
      Objects.requireNonNull(dimension, "dimension must not be null");
      Objects.requireNonNull(value, "value must not be null");
      if (!IDENTIFIER.matcher(dimension).matches()) {
        throw new IllegalArgumentException(
            "dimension: '"
                + dimension
                + "' is not a dimension name, expected an identifier"
                + " [a-z][a-z0-9_]*");
      }
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            "value: '" + value + "' of dimension " + dimension + " is blank, expected a value");
      }
      scope.put(dimension, value);
      return this;
    }

    /**
     * Sets the grain of the periods (default {@code MONTH}).
     *
     * @param grain the grain, not null
     * @return this builder
     * @throws NullPointerException if {@code grain} is null
     */
    public Builder grain(TimeGrain grain) {
      this.grain = Objects.requireNonNull(grain, "grain must not be null");
      return this;
    }

    /**
     * Sets the measurement mode (default {@code LATEST_PERIOD}).
     *
     * @param mode the mode, not null
     * @return this builder
     * @throws NullPointerException if {@code mode} is null
     */
    public Builder mode(MeasurementMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode must not be null");
      return this;
    }

    /**
     * Sets the baseline (default: the mean of the period before the start, or 0 in {@code
     * CUMULATIVE} mode).
     *
     * @param baseline the baseline, not null
     * @return this builder
     * @throws NullPointerException if {@code baseline} is null
     */
    public Builder baseline(Baseline baseline) {
      this.baseline = Objects.requireNonNull(baseline, "baseline must not be null");
      return this;
    }

    /**
     * Sets the first day (required).
     *
     * @param start the start, not null
     * @return this builder
     * @throws NullPointerException if {@code start} is null
     */
    public Builder start(LocalDate start) {
      this.start = Objects.requireNonNull(start, "start must not be null");
      return this;
    }

    /**
     * Sets the last day, which must be after the start.
     *
     * @param deadline the deadline, not null
     * @return this builder
     * @throws NullPointerException if {@code deadline} is null
     */
    public Builder deadline(LocalDate deadline) {
      this.deadline = Objects.requireNonNull(deadline, "deadline must not be null");
      return this;
    }

    /**
     * Sets the owner.
     *
     * @param owner the owner, not null nor blank
     * @return this builder
     * @throws NullPointerException if {@code owner} is null
     * @throws IllegalArgumentException if {@code owner} is blank
     */
    public Builder owner(String owner) {
      this.owner = nonBlank("owner", owner);
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, not null nor blank
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     * @throws IllegalArgumentException if {@code description} is blank
     */
    public Builder description(String description) {
      this.description = nonBlank("description", description);
      return this;
    }

    private static String nonBlank(String name, String value) {
      Objects.requireNonNull(value, () -> name + " must not be null");
      if (value.isBlank()) {
        throw new IllegalArgumentException(name + ": '" + value + "' is blank, expected text");
      }
      return value;
    }

    /**
     * Builds the objective.
     *
     * @return the objective, never null
     * @throws IllegalStateException if the start is not set
     * @throws IllegalArgumentException if the deadline is not after the start
     */
    public Objective build() {
      if (start == null) {
        throw new IllegalStateException(
            "start: not set, expected the first day of the objective (builder.start(date))");
      }
      if (deadline != null && !deadline.isAfter(start)) {
        throw new IllegalArgumentException(
            "deadline: "
                + deadline
                + " is not after the start ("
                + start
                + "), expected a later"
                + " date");
      }
      return new Objective(this);
    }
  }
}
