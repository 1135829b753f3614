/**
 * Article JSON, the one shape shared by golden files and the command line. Needs Jackson ({@code
 * com.fasterxml.jackson.core:jackson-databind}) on the class path, and {@link
 * org.zhengwen.json.FieldDiff} also java-diff-utils ({@code
 * io.github.java-diff-utils:java-diff-utils}): both are optional dependencies of zhengwen, so add
 * them yourself to use this package.
 */
@NullMarked
package org.zhengwen.json;

import org.jspecify.annotations.NullMarked;
