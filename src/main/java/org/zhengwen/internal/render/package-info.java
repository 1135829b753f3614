/**
 * Internal implementation of zhengwen: writes an {@link org.zhengwen.Article} as Markdown, HTML or
 * plain text from its typed body. Not API: anything here may change in any release. Don't depend on
 * it; call {@link org.zhengwen.Article#toMarkdown()} and its siblings.
 */
@NullMarked
package org.zhengwen.internal.render;

import org.jspecify.annotations.NullMarked;
