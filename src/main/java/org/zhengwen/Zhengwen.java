package org.zhengwen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The entry point for one-off calls, using {@link Extractor#standard()}.
 *
 * <pre>{@code
 * ExtractionResult result = Zhengwen.extract(Files.readAllBytes(page));
 * if (result instanceof Extracted e) {
 *   Article a = e.article();
 *   System.out.println(a.title().orElse("") + " " + a.published().map(Object::toString).orElse(""));
 *   a.paragraphs().forEach(System.out::println);
 * } else if (result instanceof Rejected r) {
 *   System.err.println(r.reason() + ": " + r.message());
 * }
 * }</pre>
 */
public final class Zhengwen {
  private Zhengwen() {}

  /** Extracts the article from raw page bytes, detecting encoding and input kind. */
  public static ExtractionResult extract(byte[] page) {
    return Extractor.standard().extract(page, PageHints.none());
  }

  /** Extracts the article from raw page bytes with the caller's hints. */
  public static ExtractionResult extract(byte[] page, PageHints hints) {
    return Extractor.standard().extract(page, hints);
  }

  /**
   * Reads a file and extracts its article. Its content, whatever it is, gives a result; only a file
   * that cannot be read (missing, a folder, no permission) throws: see {@link
   * Extractor#extract(Path, PageHints)}.
   *
   * @throws IOException if the file cannot be read
   */
  public static ExtractionResult extract(Path file) throws IOException {
    return Extractor.standard().extract(file, PageHints.none());
  }

  /** Extracts the article from already-decoded text (HTML source or a page-text dump). */
  public static ExtractionResult extractText(String text) {
    return Extractor.standard().extractText(text, PageHints.none());
  }
}
