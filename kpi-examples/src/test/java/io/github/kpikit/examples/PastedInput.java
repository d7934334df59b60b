package io.github.kpikit.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Feeds text to JShell the way the jshell tool reads pasted input or a script file: line by line,
 * evaluating the input gathered so far as soon as it is a complete snippet. A chained call whose
 * continuation starts the next line ({@code var b = Foo.builder()} then {@code .add(...)}) is
 * therefore evaluated on its own first line, as a person pasting it would see, and the next line
 * fails; a chained call must end its lines with the dot.
 */
final class PastedInput {

  private PastedInput() {}

  /**
   * Evaluates text line by line, passing each event to {@code events}.
   *
   * @return the snippets' sources in the order they were evaluated
   * @throws AssertionError if input is left incomplete at the end
   */
  static List<String> run(JShell shell, String text, Consumer<SnippetEvent> events) {
    List<String> evaluated = new ArrayList<>();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    StringBuilder pending = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      pending.append(line).append('\n');
      while (true) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending.toString());
        Completeness completeness = info.completeness();
        if (completeness == Completeness.EMPTY) {
          pending.setLength(0);
          break;
        }
        if (!completeness.isComplete()) {
          break; // the tool reads another line
        }
        evaluated.add(info.source());
        shell.eval(info.source()).forEach(events);
        pending.setLength(0);
        pending.append(info.remaining());
        if (info.remaining().isBlank()) {
          pending.setLength(0);
          break;
        }
      }
    }
    if (!pending.toString().isBlank()) {
      throw new AssertionError("input left incomplete at the end:\n" + pending);
    }
    return evaluated;
  }
}
