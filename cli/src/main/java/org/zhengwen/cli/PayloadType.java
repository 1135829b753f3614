package org.zhengwen.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.zhengwen.decode.ContentSniffer;

/**
 * Decides whether a WARC payload is a page: HTML or text by its declared type, or by sniffing when
 * none is declared.
 */
final class PayloadType {
  private static final Set<String> PAGE_TYPES =
      Set.of("text/html", "application/xhtml+xml", "text/plain");

  /** Servers send this when they do not know the type, so it settles nothing. */
  private static final String UNKNOWN = "application/octet-stream";

  private PayloadType() {}

  /**
   * True when the declared type is HTML or text, or when none is declared and the bytes do not look
   * binary.
   */
  static boolean isPage(Optional<String> contentType, byte[] bytes) {
    Optional<String> declared = declared(contentType);
    return declared.isPresent()
        ? PAGE_TYPES.contains(declared.get())
        : ContentSniffer.binaryKind(bytes).isEmpty();
  }

  /**
   * True when the declared type alone says the payload is not a page, so its body need not be read.
   */
  static boolean declaredNonPage(Optional<String> contentType) {
    return declared(contentType).filter(t -> !PAGE_TYPES.contains(t)).isPresent();
  }

  private static Optional<String> declared(Optional<String> contentType) {
    return contentType.map(PayloadType::baseType).filter(t -> !t.isEmpty() && !t.equals(UNKNOWN));
  }

  /** {@code Text/HTML; charset=GBK} → {@code text/html}. */
  static String baseType(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }
}
