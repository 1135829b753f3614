/**
 * Golden tests for your own pages: keep pages and the Article JSON you expect from them side by
 * side, and check in CI that zhengwen still extracts them the same way.
 *
 * <p>{@link org.zhengwen.golden.GoldenCheck} pairs each page with its expected file ({@code <page
 * file name>.json}, beside the page or in a separate folder) and returns a {@link
 * org.zhengwen.golden.GoldenReport} with a field-level diff for every page that differs; {@link
 * org.zhengwen.golden.GoldenAssertions} turns a failed report into an {@link AssertionError} for
 * any test framework. The command line has the same as {@code zhengwen golden check|update}.
 *
 * <p>Needs Jackson ({@code com.fasterxml.jackson.core:jackson-databind}) and java-diff-utils
 * ({@code io.github.java-diff-utils:java-diff-utils}) on the class path, like {@code
 * org.zhengwen.json}: both are optional dependencies of zhengwen, so add them yourself (test scope
 * is enough) to use this package. Run a test with {@code -Dgolden.update=true} to write the
 * expected files (see {@link org.zhengwen.golden.GoldenAssertions}).
 */
@NullMarked
package org.zhengwen.golden;

import org.jspecify.annotations.NullMarked;
