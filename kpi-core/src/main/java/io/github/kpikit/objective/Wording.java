package io.github.kpikit.objective;

import io.github.kpikit.registry.Direction;
import io.github.kpikit.registry.DisplayFormat;
import io.github.kpikit.text.Formats;
import io.github.kpikit.text.Messages;
import io.github.kpikit.time.TimeGrain;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Puts an objective's facts into words: the one place of this package where text is built, from the
 * message catalogue, with values in the KPI's display format.
 */
final class Wording {

  private final Objective objective;
  private final Locale locale;
  private final Messages messages;
  private final Formats formats;
  private final DisplayFormat format;

  Wording(Objective objective, Locale locale) {
    this.objective = objective;
    this.locale = locale;
    this.messages = Messages.in(locale);
    this.formats = Formats.in(locale);
    this.format = objective.kpi().format();
  }

  // ---------------------------------------------------------------------------------------------
  // Figures

  /** A value of the KPI, such as {@code 4.25%} or {@code 1 h 30 min}. */
  String value(double value) {
    return format.format(value, locale);
  }

  /** A signed change of the KPI, such as {@code +0.50 pp}. */
  String change(double change) {
    return format.formatChange(change, locale);
  }

  /** A progress or share, such as {@code 35%}. */
  String percent(double fraction) {
    return formats.percent(fraction, 0);
  }

  String count(long n) {
    return formats.number(n, 0);
  }

  String target(Target target) {
    return target.describe(format, locale);
  }

  String projection(Projection p) {
    return messages.format(
        "objective.projection",
        Map.of("value", value(p.value()), "lower", value(p.lower()), "upper", value(p.upper())));
  }

  /** The grain's noun, singular for 1, plural otherwise: {@code week}, {@code weeks}. */
  String grain(TimeGrain grain, long count) {
    return messages.get(
        "grain." + grain.name().toLowerCase(Locale.ROOT) + (count == 1 ? ".one" : ".other"));
  }

  // ---------------------------------------------------------------------------------------------
  // Evaluations

  String reason(ObjectiveEvaluation e) {
    StatusReason reason = e.reason();
    Map<String, String> args = new HashMap<>();
    String key;
    if (reason instanceof StatusReason.NotStarted r) {
      key = "objective.reason.not_started";
      args.put("start", r.start().toString());
    } else if (reason instanceof StatusReason.NoCompletePeriod r) {
      key = "objective.reason.no_complete_period";
      args.put("start", r.start().toString());
    } else if (reason instanceof StatusReason.NoValue r) {
      key = "objective.reason.no_value";
      args.put("periods", count(r.completePeriods()));
    } else if (reason instanceof StatusReason.DeadlineMet r) {
      key = "objective.reason.deadline_met";
      args.put("deadline", r.deadline().toString());
      args.put("value", value(r.value()));
      args.put("target", target(r.target()));
    } else if (reason instanceof StatusReason.DeadlineMissed r) {
      key =
          r.value().isPresent()
              ? "objective.reason.deadline_missed"
              : "objective.reason.deadline_missed_no_value";
      args.put("deadline", r.deadline().toString());
      r.value().ifPresent(v -> args.put("value", value(v)));
      args.put("target", target(r.target()));
    } else if (reason instanceof StatusReason.ReachedEarly r) {
      key = "objective.reason.reached_early";
      args.put("target", target(r.target()));
      args.put("first", r.firstMet().toString());
      args.put("value", value(r.value()));
    } else if (reason instanceof StatusReason.Maintained r) {
      key = r.maintain() ? "objective.reason.maintained" : "objective.reason.within_range";
      args.put("value", value(r.value()));
      args.put("target", target(r.target()));
    } else if (reason instanceof StatusReason.ProjectedToLeave r) {
      key = "objective.reason.projected_to_leave";
      args.put("value", value(r.value()));
      args.put("target", target(r.target()));
      args.put("projection", projection(r.projection()));
    } else if (reason instanceof StatusReason.LeftTarget r) {
      key = "objective.reason.left_target";
      args.put("value", value(r.value()));
      args.put("target", target(r.target()));
      args.put("position", r.position().label(locale));
    } else if (reason instanceof StatusReason.PastTarget r) {
      key = "objective.reason.past_target";
      args.put("value", value(r.value()));
      args.put("target", target(r.target()));
      args.put("position", r.position().label(locale));
    } else if (reason instanceof StatusReason.OutsideRange r) {
      key =
          e.status() == Status.AT_RISK
              ? "objective.reason.outside_range.at_risk"
              : "objective.reason.outside_range.off_track";
      args.put("value", value(r.value()));
      args.put("target", target(r.target()));
      args.put("position", r.position().label(locale));
      args.put("pace", pace(r.progress(), r.expected(), r.completePeriods(), r.periods()));
    } else if (reason instanceof StatusReason.Pace r) {
      key = "objective.reason.pace." + e.status().name().toLowerCase(Locale.ROOT);
      args.put("pace", pace(r.progress(), r.expected(), r.completePeriods(), r.periods()));
      args.put("on_track_share", formats.percent(Status.ON_TRACK_SHARE, 0));
      args.put("at_risk_share", formats.percent(Status.AT_RISK_SHARE, 0));
    } else if (reason instanceof StatusReason.ProjectedToMeet r) {
      key = "objective.reason.projected_to_meet";
      args.put("pace", pace(r.progress(), r.expected(), r.completePeriods(), r.periods()));
      args.put("projection", projection(r.projection()));
      args.put("target", target(r.target()));
    } else {
      StatusReason.TrendAway r = (StatusReason.TrendAway) reason;
      key = "objective.reason.trend_away";
      args.put("pace", pace(r.progress(), r.expected(), r.completePeriods(), r.periods()));
      args.put("projection", projection(r.projection()));
      args.put("value", value(r.value()));
    }
    return messages.format(key, args);
  }

  private String pace(double progress, double expected, int complete, int periods) {
    return messages.format(
        "objective.pace",
        Map.of(
            "progress", percent(progress),
            "expected", percent(expected),
            "complete", count(complete),
            "periods", count(periods)));
  }

  // ---------------------------------------------------------------------------------------------
  // SMART check

  String criterion(CriterionResult result) {
    return messages.format(
        "smart.line",
        Map.of(
            "criterion", result.criterion().label(locale),
            "outcome", result.outcome().label(locale),
            "reason", criterionReason(result)));
  }

  private String criterionReason(CriterionResult result) {
    CriterionReason reason = result.reason();
    Map<String, String> args = new HashMap<>();
    args.put("kpi", objective.kpi().name().in(locale));
    args.put("kpi_id", objective.kpi().id());
    String key;
    if (reason instanceof CriterionReason.NoTarget) {
      key = "smart.specific.no_target";
    } else if (reason instanceof CriterionReason.NoScope r) {
      key = "smart.specific.no_scope";
      args.put("target", target(r.target()));
    } else if (reason instanceof CriterionReason.AgainstDirection r) {
      key =
          r.direction() == Direction.LOWER_IS_BETTER
              ? "smart.specific.against_direction.lower"
              : "smart.specific.against_direction.higher";
      args.put("target", target(r.target()));
    } else if (reason instanceof CriterionReason.Named r) {
      key = "smart.specific.named";
      args.put("target", target(r.target()));
      args.put("scope", objective.scopeText(locale));
    } else if (reason instanceof CriterionReason.NoMetricNamed) {
      key = "smart.measurable.no_metric";
    } else if (reason instanceof CriterionReason.MissingMetrics r) {
      key = "smart.measurable.missing";
      args.put("metrics", String.join(", ", r.missing()));
    } else if (reason instanceof CriterionReason.ComputedFrom r) {
      key = "smart.measurable.computed_from";
      args.put("metrics", String.join(", ", r.metrics()));
    } else if (reason instanceof CriterionReason.CannotJudge) {
      key = "smart.achievable.cannot_judge";
    } else if (reason instanceof CriterionReason.NoBaselineValue r) {
      key = "smart.achievable.no_baseline_value";
      args.put("from", r.from().toString());
      args.put("to", r.to().toString());
    } else if (reason instanceof CriterionReason.AlreadyMet r) {
      key = "smart.achievable.already_met";
      args.put("baseline", value(r.baseline()));
      args.put("target", target(r.target()));
    } else if (reason instanceof CriterionReason.CumulativeCeiling) {
      key = "smart.achievable.cumulative_ceiling";
    } else if (reason instanceof CriterionReason.Requirement r) {
      key = requirement(r, result.outcome(), args);
    } else if (reason instanceof CriterionReason.NoGoal) {
      key = "smart.relevant.no_goal";
    } else if (reason instanceof CriterionReason.GoalKpis r) {
      key =
          result.outcome() == CheckOutcome.PASS
              ? "smart.relevant.serves"
              : "smart.relevant.too_many";
      args.put("goal", r.goal());
      args.put("category", r.category().label(locale));
      args.put("kpis", count(r.kpis()));
      args.put("kpi_word", messages.get(r.kpis() == 1 ? "smart.kpi.one" : "smart.kpi.other"));
      args.put("max", count(Goal.MAX_RECOMMENDED_KPIS));
    } else if (reason instanceof CriterionReason.NoDeadline r) {
      key = "smart.time_bound.no_deadline";
      args.put("start", r.start().toString());
    } else {
      CriterionReason.Deadline r = (CriterionReason.Deadline) reason;
      key = "smart.time_bound.deadline";
      args.put("start", r.start().toString());
      args.put("deadline", r.deadline().toString());
      args.put("periods", count(r.periods()));
      args.put("grains", grain(r.grain(), r.periods()));
    }
    return messages.format(key, args);
  }

  private String requirement(
      CriterionReason.Requirement r, CheckOutcome outcome, Map<String, String> args) {
    TimeGrain grain = objective.grain();
    boolean up = r.goal() > r.baseline();
    args.put(
        "requires",
        messages.format(
            "smart.achievable.requires",
            Map.of(
                "change", r.cumulative() ? value(r.perPeriod()) : change(r.perPeriod()),
                "grain", grain(grain, 1),
                "periods", count(r.periods()),
                "grains", grain(grain, r.periods()),
                "baseline", value(r.baseline()),
                "goal", value(r.goal()))));
    args.put("start", objective.start().toString());
    args.put("history", count(r.historyPeriods()));
    args.put("history_grains", grain(grain, r.historyPeriods()));
    if (r.best().isEmpty()) {
      return "smart.achievable.no_history";
    }
    if (r.ratio().isEmpty()) {
      return "smart.achievable.never_moved";
    }
    double best = r.best().getAsDouble();
    args.put(
        "best_kind",
        messages.format(
            r.cumulative()
                ? "smart.achievable.best.largest"
                : up ? "smart.achievable.best.rise" : "smart.achievable.best.fall",
            Map.of("grain", grain(grain, 1))));
    args.put("best", r.cumulative() ? value(best) : change(up ? best : -best));
    args.put("ratio", formats.number(r.ratio().getAsDouble(), 2));
    args.put("factor", formats.number(SmartReport.FAIL_FACTOR, 0));
    return "smart.achievable.compared." + outcome.name().toLowerCase(Locale.ROOT);
  }
}
