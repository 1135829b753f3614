/**
 * Article JSON, the one shape shared by golden files and the command line. Needs Jackson
 * ({@code com.fasterxml.jackson.core:jackson-databind}) on the class path: it is an optional
 * dependency of zhengwen, so add it yourself to use this package.
 */
@NullMarked
package org.zhengwen.json;

import org.jspecify.annotations.NullMarked;
