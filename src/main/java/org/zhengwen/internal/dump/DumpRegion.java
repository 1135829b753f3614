package org.zhengwen.internal.dump;

/**
 * Where the article stands in a dump's lines, and how sure the finder is.
 *
 * @param start first line of the region (inclusive), including the title and metadata head
 * @param end line after the last line of the region (exclusive)
 * @param score the profile's sum over the region: letters of article-like lines minus the cost of
 *     chrome and short lines inside it
 * @param share the region's share of all article-like letters of the dump, in [0, 1]: near 1 when
 *     the dump has one body of text, lower when other long text (comments, teasers) stands outside
 * @param anchored whether a metadata line (date, 来源, 作者) sits at the head of the region
 * @param title the line taken for the title (the region's first line), or -1 when none was found
 * @param thread whether the region is a thread's posts, found by their headers (poster, floor,
 *     time)
 */
public record DumpRegion(
    int start, int end, double score, double share, boolean anchored, int title, boolean thread) {

  /** A region of an article (not a thread). */
  public DumpRegion(int start, int end, double score, double share, boolean anchored, int title) {
    this(start, end, score, share, anchored, title, false);
  }

  /**
   * How sure the finder is that the region is the article, in [0, 1]: its share of the article-like
   * text, a little higher when a metadata line anchors it. Internal; to be wired to the public
   * confidence when the API has one.
   */
  public double confidence() {
    return Math.min(1.0, share * (anchored ? 1.0 : 0.85) + (anchored ? 0.1 : 0.0));
  }

  /** Whether the region holds no line. */
  public boolean isEmpty() {
    return end <= start;
  }
}
