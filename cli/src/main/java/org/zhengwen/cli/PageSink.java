package org.zhengwen.cli;

/**
 * Where input readers deliver what they find, in input order. Every page and every unreadable
 * stretch becomes exactly one output line; skips are only counted.
 */
interface PageSink {
  /** A page to extract. */
  void page(Page page);

  /** A page, or a damaged stretch of input, that could not be read. */
  void unreadable(Unreadable failure);

  /** A record that is not a page. */
  void skipped(Skip why);

  /**
   * A WARC record that is not a page, with where it was (see {@link Page#provenance()}); the CLI
   * only counts it.
   */
  default void skipped(Skip why, java.util.Map<String, Object> provenance) {
    skipped(why);
  }
}
