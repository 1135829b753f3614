package org.zhengwen;

/** Why an input yielded no article. */
public enum RejectionReason {
  /** No bytes, or only whitespace. */
  EMPTY,
  /** The bytes are not text: an image, PDF, archive or other binary data. */
  BINARY,
  /** The input is larger than the extractor's configured limit. */
  TOO_LARGE,
  /** The page is only an HTTP error page (404, 403, 500 …). */
  ERROR_PAGE,
  /** The page has text, but nothing that reads as an article body. */
  NO_ARTICLE,
  /**
   * The page is a list or index of other pages (headlines with teasers, dates and links), not one
   * article or thread.
   */
  LIST_PAGE,
  /** Extraction took longer than the extractor's time budget. */
  TIMEOUT,
  /** An unexpected failure inside the library (a bug): reported instead of thrown. */
  INTERNAL_ERROR
}
