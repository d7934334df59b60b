package io.github.kpikit.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The simplified and ordered Shapley values on examples worked out by hand. */
class ShapleyModelTest {

  private static final double EXACT = 1e-12;

  @Test
  void brylExampleSplitsTheOnlyConversionInThirds() {
    // only C1 > C2 > C3 converts: v(S) = 1 when S holds C1, C2 and C3, else 0, so each gets 1/3
    ConversionPaths paths =
        ConversionPaths.of(
            Paths.converted(90, "C1", "C2", "C3"), Paths.lost("C1"), Paths.lost("C2", "C3"));
    Attribution a = AttributionModel.shapley().attribute(paths);
    for (String c : List.of("C1", "C2", "C3")) {
      assertEquals(1.0 / 3, a.credit(c).conversions(), EXACT);
      assertEquals(30.0, a.credit(c).value(), EXACT);
    }
  }

  @Test
  void eachConversionIsSplitAmongTheDistinctChannelsOfItsPath() {
    // the five journeys of AttributionModelTest: J1 {facebook, email, search} 1/3 each;
    // J2 {email, search} 1/2 each; J3 facebook 1; J5 {email, facebook, direct} 1/3 each.
    // facebook 5/3 and 100/3 + 30 + 20/3 = 70; email 7/6 and 100/3 + 20 + 20/3 = 60;
    // search 5/6 and 160/3; direct 1/3 and 20/3
    AttributionModelTest.credits(
        AttributionModel.shapley().attribute(AttributionModelTest.PATHS),
        new double[][] {{1.0 / 3, 20.0 / 3}, {7.0 / 6, 60}, {5.0 / 3, 70}, {5.0 / 6, 160.0 / 3}});
  }

  @Test
  void orderedShapleyCreditsEachPosition() {
    // J5 = email, facebook, email, direct: email's 1/3 is split between positions 1 and 3
    // direct 4: 1/3 (J5)                      email 1: 1/2 (J2) + 1/6 (J5), value 20 + 10/3
    // email 2: 1/3 (J1)                       email 3: 1/6 (J5)
    // facebook 1: 1/3 (J1) + 1 (J3)           facebook 2: 1/3 (J5)
    // search 2: 1/2 (J2)                      search 3: 1/3 (J1)
    List<PositionCredit> expected =
        List.of(
            new PositionCredit("direct", 4, 1.0 / 3, 20.0 / 3),
            new PositionCredit("email", 1, 2.0 / 3, 70.0 / 3),
            new PositionCredit("email", 2, 1.0 / 3, 100.0 / 3),
            new PositionCredit("email", 3, 1.0 / 6, 10.0 / 3),
            new PositionCredit("facebook", 1, 4.0 / 3, 190.0 / 3),
            new PositionCredit("facebook", 2, 1.0 / 3, 20.0 / 3),
            new PositionCredit("search", 2, 0.5, 20),
            new PositionCredit("search", 3, 1.0 / 3, 100.0 / 3));
    List<PositionCredit> actual = AttributionModel.shapley().byPosition(AttributionModelTest.PATHS);
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      PositionCredit e = expected.get(i);
      PositionCredit a = actual.get(i);
      assertEquals(e.channel(), a.channel());
      assertEquals(e.position(), a.position());
      assertEquals(e.conversions(), a.conversions(), EXACT, e.toString());
      assertEquals(e.value(), a.value(), EXACT, e.toString());
    }
  }

  @Test
  void theModelIsNamedShapley() {
    assertEquals("shapley", AttributionModel.shapley().name());
    assertEquals("shapley", AttributionModel.shapley().attribute(ConversionPaths.empty()).model());
  }
}
