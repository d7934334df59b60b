package io.github.kpikit.text.probe;

import io.github.kpikit.objective.Status;
import io.github.kpikit.text.Formats;
import io.github.kpikit.text.Messages;
import java.util.Locale;

/**
 * The program {@code AddedLanguageTest} runs in a fresh JVM with kpi-core on the module path. It
 * lives in a package of its own so that the class path can hold it while kpi-core's packages belong
 * to the named module.
 */
public final class NamedModuleProbe {

  private NamedModuleProbe() {}

  /**
   * Prints kpi-core's module and a few texts in German, one a line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println(Messages.class.getModule());
    System.out.println(Status.ON_TRACK.label(Locale.GERMAN));
    System.out.println(Messages.in(Locale.GERMAN).get("status.at_risk"));
    System.out.println(Formats.in(Locale.GERMANY).duration(5400));
    System.out.println(Status.ON_TRACK.label(Locale.FRENCH));
  }
}
