/**
 * Words and numbers for people: the library's one message catalogue ({@link
 * io.github.kpikit.text.Messages}) and its one formatter of numbers, percentages, amounts of money
 * and durations ({@link io.github.kpikit.text.Formats}), such as a status in French, {@code
 * Messages.in(Locale.FRENCH).get("status.on_track")} ({@code "en bonne voie"}), or a rate, {@code
 * Formats.in(Locale.FRENCH).percent(0.0423, 1)} ({@code "4,2 %"}).
 *
 * <p>Computation elsewhere in the library returns facts (values, statuses, reasons as records
 * holding their figures); text is made last, from these two classes, in a {@link java.util.Locale}.
 *
 * <h2>Languages</h2>
 *
 * <p>English and French are shipped: {@code io/github/kpikit/text/messages.properties} (English,
 * the root bundle) and {@code messages_fr.properties}. A locale whose language has no bundle gets
 * English, never the JVM's default locale. Numbers always follow the locale's own data (a German
 * locale without a German bundle gets English words and German numbers, {@code at least 10.000}).
 *
 * <h2>Adding a language without code</h2>
 *
 * <p>Copy {@code messages.properties} from the kpi-core jar, translate the values (UTF-8; keep the
 * {@code {placeholders}}), and save it as {@code io/github/kpikit/text/messages_de.properties} in a
 * directory or jar on the <b>class path</b>. Keys left out fall back to English. This works:
 *
 * <ul>
 *   <li>when kpi-core is on the class path: the bundle sits in the same package as the shipped
 *       ones, found through the class loader;
 *   <li>when kpi-core is on the module path as the named module {@code io.github.kpikit.core}: the
 *       module's own bundles are found in the module, and a bundle for another language, which the
 *       module does not hold, is looked up by the class loader on the class path. Put the bundle on
 *       the class path, not on the module path: a jar on the module path would be a second module
 *       with the package {@code io.github.kpikit.text}, which the module system refuses (split
 *       package).
 * </ul>
 *
 * <p>Both ways are tested: {@code AddedLanguageTest} loads kpi-core with a class loader that adds a
 * {@code _de} bundle, and starts a JVM with kpi-core on the module path and the bundle on the class
 * path.
 *
 * <p>Null policy: no method of this package accepts {@code null} (a {@link NullPointerException}
 * names the parameter) and none returns {@code null}. Every type is immutable and thread-safe.
 */
package io.github.kpikit.text;
