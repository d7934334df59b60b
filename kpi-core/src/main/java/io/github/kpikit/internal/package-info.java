/**
 * Helpers shared by several kpikit packages, such as the fast local-time conversion of the
 * aggregation core. Not exported by the module: not API, may change in any release.
 *
 * <p>Null policy: no method of this package accepts {@code null} unless its documentation says so,
 * and none returns {@code null}.
 */
package io.github.kpikit.internal;
