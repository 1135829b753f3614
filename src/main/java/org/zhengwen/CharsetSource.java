package org.zhengwen;

/** How the decoder chose the charset of a page. */
public enum CharsetSource {
  /** A byte-order mark at the start of the bytes. */
  BOM,
  /** The caller's hint, normally the HTTP {@code Content-Type} header. */
  HEADER,
  /** A {@code <meta charset>} or {@code http-equiv="Content-Type"} declaration in the page. */
  META,
  /** A {@code <text … encoding="…">} wrapper line (CleanEval-style corpora) before the HTML. */
  WRAPPER,
  /** Statistical detection (juniversalchardet), or strict validation overruling a declaration. */
  SNIFFED,
  /** Nothing settled it; the decoder fell back to its default (UTF-8, lenient). */
  FALLBACK,
  /** The caller passed text that was already decoded. */
  CALLER
}
