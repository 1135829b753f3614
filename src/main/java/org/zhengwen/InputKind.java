package org.zhengwen;

/** What kind of input the bytes or text hold. */
public enum InputKind {
  /** Let the extractor decide from the content (markup present or not). */
  AUTO,
  /** An HTML document, as served. */
  HTML,
  /** A page-text dump: the visible text of a page, portal chrome included, one block per line. */
  TEXT
}
