package io.github.kpikit.objective;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A business goal and the objectives that serve it, such as "grow the Instagram community"
 * (awareness) with a follower objective and a reach objective.
 *
 * <pre>{@code
 * Goal community = Goal.of("Grow the community", GoalCategory.AWARENESS,
 *     followersObjective, reachObjective);
 * community.kpiIds(); // [followers, reach]
 * }</pre>
 *
 * <p>The references recommend 3 to 4 KPIs per goal; the SMART check warns beyond {@value
 * #MAX_RECOMMENDED_KPIS}.
 *
 * <p>Instances are immutable, thread-safe and value-based.
 *
 * @param name the goal's name, not blank
 * @param category the category
 * @param objectives the objectives, in order, no duplicates
 */
public record Goal(String name, GoalCategory category, List<Objective> objectives) {

  /** The most KPIs a goal should track before the SMART check warns: {@value}. */
  public static final int MAX_RECOMMENDED_KPIS = 4;

  /**
   * Creates a goal.
   *
   * @param name the name, not null nor blank
   * @param category the category, not null
   * @param objectives the objectives, not null, no element null, no duplicate
   * @throws NullPointerException if an argument or an objective is null
   * @throws IllegalArgumentException if the name is blank or an objective is listed twice
   */
  public Goal {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(objectives, "objectives must not be null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: '" + name + "' is blank, expected a goal name");
    }
    objectives = List.copyOf(objectives);
    if (Set.copyOf(objectives).size() != objectives.size()) {
      throw new IllegalArgumentException(
          "objectives: goal '" + name + "' lists an objective twice, expected distinct ones");
    }
  }

  /**
   * Creates a goal.
   *
   * @param name the name, not null nor blank
   * @param category the category, not null
   * @param objectives the objectives, not null, no element null, no duplicate
   * @return the goal, never null
   * @throws NullPointerException if an argument or an objective is null
   * @throws IllegalArgumentException if the name is blank or an objective is listed twice
   */
  public static Goal of(String name, GoalCategory category, Objective... objectives) {
    return new Goal(name, category, List.of(objectives));
  }

  /**
   * This goal with one more objective.
   *
   * @param objective the objective, not null, not already in the goal
   * @return the new goal, never null
   * @throws NullPointerException if {@code objective} is null
   * @throws IllegalArgumentException if the objective is already in the goal
   */
  public Goal with(Objective objective) {
    Objects.requireNonNull(objective, "objective must not be null");
    List<Objective> all = new java.util.ArrayList<>(objectives);
    all.add(objective);
    return new Goal(name, category, all);
  }

  /**
   * The distinct ids of the KPIs of the objectives, in order of first use.
   *
   * @return the ids, never null, unmodifiable
   */
  public Set<String> kpiIds() {
    Set<String> ids = new LinkedHashSet<>();
    for (Objective o : objectives) {
      ids.add(o.kpi().id());
    }
    return java.util.Collections.unmodifiableSet(ids);
  }
}
