package org.zhengwen.internal;

/**
 * What the caller asked the extractor to read beyond the body's text, as {@link
 * org.zhengwen.Extractor.Builder} sets it; carried down the pipeline as one value rather than a row
 * of positional booleans.
 *
 * @param comments whether to read the comments removed from an article page
 * @param links whether paragraphs carry their links
 * @param figures whether the captions and credits of a figure that shows an image, inside the
 *     article, are kept as the figure's text instead of being removed as caption chrome
 */
public record ReadOptions(boolean comments, boolean links, boolean figures) {
  /** Nothing beyond the body's text: the extractor's defaults. */
  public static final ReadOptions DEFAULTS = new ReadOptions(false, false, false);
}
