package org.zhengwen.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.zhengwen.PageHints;
import org.zhengwen.decode.ContentSniffer;

/**
 * Which WARC records are pages, and their bytes and hints: {@code response} and {@code resource} records
 * whose payload is HTML or text by its HTTP {@code Content-Type}, or by sniffing when none is given.
 * The same rules as the command line's batch ingestion, for a stream that cannot seek.
 */
final class WarcRecordPages implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
  /** Servers send this when they do not know the type, so it settles nothing. */
  private static final String UNKNOWN = "application/octet-stream";

  /** A page found in a record. */
  record Page(byte[] bytes, PageHints hints) {}

  private final long maxPageBytes;

  WarcRecordPages(long maxPageBytes) {
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * The record's page, or empty when the record is not a page (request, metadata, PDF, image, …).
   *
   * @throws IOException when the record is damaged or its payload is over the size limit
   */
  Optional<Page> page(WarcRecord record) throws IOException {
    if (!record.type().equals("response") && !record.type().equals("resource")) {
      return Optional.empty();
    }
    Optional<String> type = record.headers().first("Content-Type");
    MessageBody body = record.body();
    if (record instanceof WarcResponse response && baseType(type).equals("application/http")) {
      HttpResponse http = response.http();
      type = http.headers().first("Content-Type");
      if (declaredNonPage(type)) {
        return Optional.empty();
      }
      body = http.bodyDecoded();
    }
    if (declaredNonPage(type)) {
      return Optional.empty();
    }
    byte[] bytes = read(body);
    return isPage(type, bytes) ? Optional.of(new Page(bytes, hints(record, type))) : Optional.empty();
  }

  private byte[] read(MessageBody body) throws IOException {
    try (InputStream in = body.stream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
      if (bytes.length > maxPageBytes) {
        throw new PayloadTooLarge("the payload is over the limit of " + maxPageBytes + " bytes");
      }
      return bytes;
    }
  }

  private static PageHints hints(WarcRecord record, Optional<String> type) {
    PageHints hints = type.map(PageHints.none()::withContentType).orElse(PageHints.none());
    Optional<String> target = target(record);
    return target.isPresent() ? hints.withUrl(target.get()) : hints;
  }

  /** The target URI, without the angle brackets some WARC 1.0 writers put around it. */
  static Optional<String> target(WarcRecord record) {
    return record.headers().first("WARC-Target-URI").map(WarcRecordPages::unbracket).filter(t -> !t.isEmpty());
  }

  /** The record id as written, without angle brackets. */
  static Optional<String> id(WarcRecord record) {
    return record.headers().first("WARC-Record-ID").map(WarcRecordPages::unbracket);
  }

  private static String unbracket(String value) {
    String v = value.trim();
    return v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v;
  }

  private static boolean isPage(Optional<String> type, byte[] bytes) {
    Optional<String> declared = declared(type);
    return declared.isPresent() ? PAGE_TYPES.contains(declared.get()) : ContentSniffer.binaryKind(bytes).isEmpty();
  }

  private static boolean declaredNonPage(Optional<String> type) {
    return declared(type).filter(t -> !PAGE_TYPES.contains(t)).isPresent();
  }

  private static Optional<String> declared(Optional<String> type) {
    return Optional.of(baseType(type)).filter(t -> !t.isEmpty() && !t.equals(UNKNOWN));
  }

  private static String baseType(Optional<String> type) {
    String t = type.orElse("");
    int semi = t.indexOf(';');
    return (semi < 0 ? t : t.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  /** A payload over the size limit: a dead letter with reason {@code TOO_LARGE}, not a damaged file. */
  static final class PayloadTooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    PayloadTooLarge(String message) {
      super(message);
    }
  }
}
