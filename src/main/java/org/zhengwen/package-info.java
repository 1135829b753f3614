/**
 * zhengwen (正文, "the main text"): turns a raw news page into a clean {@link org.zhengwen.Article}.
 *
 * <p>Start with {@link org.zhengwen.Zhengwen} for one-off calls, or build a reusable, thread-safe
 * {@link org.zhengwen.Extractor}. Every call returns an {@link org.zhengwen.ExtractionResult}:
 * either {@link org.zhengwen.Extracted} (an article, plus the blocks removed as chrome and why) or
 * {@link org.zhengwen.Rejected} (a typed reason the input holds no article). Bad input never
 * throws; only reading a file that cannot be read does ({@link java.io.IOException}).
 *
 * <p>The pipeline is visible in the package tree: {@code decode} (bytes to text, public), then the
 * internal {@code blocks}, {@code classify} and {@code assemble} stages. Packages under {@code
 * org.zhengwen.internal} are not API: don't depend on them.
 */
@NullMarked
package org.zhengwen;

import org.jspecify.annotations.NullMarked;
