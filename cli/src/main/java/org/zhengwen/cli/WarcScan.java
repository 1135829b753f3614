package org.zhengwen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.zhengwen.PageHints;

/**
 * The command line's WARC reading, open to other drivers (the Spark job in {@code spark/}, the Beam
 * pipeline in {@code beam/}): which records are pages, their bytes and hints, what is skipped and
 * why, and resynchronisation after damage are the same code as the command line's WARC ingestion,
 * so every driver classifies records alike.
 *
 * <p>Needs {@code org.netpreserve:jwarc} on the class path (an optional dependency of the library).
 */
public final class WarcScan {
  /**
   * Every {@link Listener#skipped} kind: {@code REQUEST}, {@code METADATA}, {@code NON_HTML},
   * {@code OTHER}.
   */
  public static final List<String> SKIP_KINDS =
      List.of(Skip.REQUEST.name(), Skip.METADATA.name(), Skip.NON_HTML.name(), Skip.OTHER.name());

  /** Every {@link Problem#reason()}: {@code CORRUPT_INPUT}, {@code IO_ERROR}, {@code TOO_LARGE}. */
  public static final List<String> PROBLEM_REASONS = Unreadable.REASONS;

  private WarcScan() {}

  /** Receives what a scan finds, in file order, on the thread that called {@link #read}. */
  public interface Listener {
    /** A page to extract. */
    void page(FoundPage page);

    /** A page that could not be read, or a damaged stretch of the file. */
    void problem(Problem problem);

    /** A record that is not a page. */
    void skipped(SkippedRecord record);
  }

  /**
   * A record that is not a page.
   *
   * @param kind why: one of {@link #SKIP_KINDS}
   * @param recordId the {@code WARC-Record-ID} without angle brackets
   * @param targetUri the {@code WARC-Target-URI}
   * @param offset where the record starts in the file
   */
  public record SkippedRecord(
      String kind, Optional<String> recordId, Optional<String> targetUri, long offset) {
    /** Checks that no component is null. */
    public SkippedRecord {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(targetUri, "targetUri");
    }
  }

  /**
   * A page record.
   *
   * @param bytes the payload as served (HTTP body decoded)
   * @param hints the HTTP {@code Content-Type} and the target URI
   * @param recordId the {@code WARC-Record-ID} without angle brackets
   * @param targetUri the {@code WARC-Target-URI}
   * @param offset where the record starts in the file (compressed offset for WARC.gz)
   */
  public record FoundPage(
      byte[] bytes,
      PageHints hints,
      Optional<String> recordId,
      Optional<String> targetUri,
      long offset) {
    /** Checks that no component is null. */
    public FoundPage {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(hints, "hints");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(targetUri, "targetUri");
    }
  }

  /**
   * A page or stretch that could not be read.
   *
   * @param reason one of {@link #PROBLEM_REASONS}
   * @param message a sentence for people
   * @param recordId the record id, when the record's header could be read
   * @param targetUri the target URI, when the record's header could be read
   * @param offset where the record starts, when known (damage between records has none)
   */
  public record Problem(
      String reason,
      String message,
      Optional<String> recordId,
      Optional<String> targetUri,
      OptionalLong offset) {
    /** Checks that no component is null. */
    public Problem {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(recordId, "recordId");
      Objects.requireNonNull(targetUri, "targetUri");
      Objects.requireNonNull(offset, "offset");
    }
  }

  /** What one record is, by the rules every driver shares. */
  public sealed interface Classified permits PagePayload, NotAPage, TooLarge {}

  /**
   * A page: its payload as served (HTTP body decoded) and hints (the HTTP {@code Content-Type}, the
   * target URI).
   *
   * @param bytes the payload
   * @param hints what the record says about the page
   */
  public record PagePayload(byte[] bytes, PageHints hints) implements Classified {
    /** Checks that no component is null. */
    public PagePayload {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(hints, "hints");
    }
  }

  /**
   * Not a page.
   *
   * @param kind why: one of {@link #SKIP_KINDS}
   */
  public record NotAPage(String kind) implements Classified {
    /** Checks that the kind is one of {@link #SKIP_KINDS}. */
    public NotAPage {
      if (!SKIP_KINDS.contains(kind)) {
        throw new IllegalArgumentException("not a skip kind: " + kind);
      }
    }
  }

  /**
   * A payload over the size limit: a page that cannot be read ({@code TOO_LARGE}), not damage.
   *
   * @param message a sentence for people
   */
  public record TooLarge(String message) implements Classified {
    /** Checks that the message is not null. */
    public TooLarge {
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * Classifies one record: {@code response} and {@code resource} records whose payload is HTML or
   * text (by the HTTP {@code Content-Type}, or by sniffing when none is declared) are pages;
   * requests, metadata, warcinfo, other record types and other payloads (PDF, images, …) are not.
   * Reads the record's body, so call it once per record, before the reader moves on. For readers
   * that cannot seek (a stream).
   *
   * @throws IOException when the record is damaged
   */
  public static Classified classify(WarcRecord record, long maxPageBytes) throws IOException {
    switch (record.type()) {
      case "response":
      case "resource":
        return payload(record, maxPageBytes);
      case "request":
        return new NotAPage(Skip.REQUEST.name());
      case "metadata":
      case "warcinfo":
        return new NotAPage(Skip.METADATA.name());
      default:
        return new NotAPage(Skip.OTHER.name());
    }
  }

  private static Classified payload(WarcRecord record, long maxPageBytes) throws IOException {
    Optional<String> type = record.headers().first("Content-Type");
    MessageBody body = record.body();
    if (record instanceof WarcResponse response
        && type.map(PayloadType::baseType).orElse("").equals("application/http")) {
      HttpResponse http = response.http();
      type = http.headers().first("Content-Type");
      if (PayloadType.declaredNonPage(type)) {
        return new NotAPage(Skip.NON_HTML.name());
      }
      body = http.bodyDecoded();
    } else if (PayloadType.declaredNonPage(type)) {
      return new NotAPage(Skip.NON_HTML.name());
    }
    return page(record, type, body, maxPageBytes);
  }

  private static Classified page(
      WarcRecord record, Optional<String> type, MessageBody body, long maxPageBytes)
      throws IOException {
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxPageBytes + 1));
    }
    if (bytes.length > maxPageBytes) {
      body.consume();
      return new TooLarge("the payload is over the limit of " + maxPageBytes + " bytes");
    }
    if (!PayloadType.isPage(type, bytes)) {
      return new NotAPage(Skip.NON_HTML.name());
    }
    return new PagePayload(bytes, hints(record, type));
  }

  private static PageHints hints(WarcRecord record, Optional<String> type) {
    PageHints hints = PageHints.none();
    if (type.isPresent()) {
      hints = hints.withContentType(type.get());
    }
    Optional<String> target = targetUri(record);
    return target.isPresent() ? hints.withUrl(target.get()) : hints;
  }

  /**
   * The {@code WARC-Target-URI}, without the angle brackets some WARC 1.0 writers put around it.
   */
  public static Optional<String> targetUri(WarcRecord record) {
    return record
        .headers()
        .first("WARC-Target-URI")
        .map(WarcScan::unbracket)
        .filter(t -> !t.isEmpty());
  }

  /** The {@code WARC-Record-ID} as written, without angle brackets. */
  public static Optional<String> recordId(WarcRecord record) {
    return record.headers().first("WARC-Record-ID").map(WarcScan::unbracket);
  }

  private static String unbracket(String value) {
    String v = value.trim();
    return v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v;
  }

  /**
   * Reads every record of a local WARC or WARC.gz file, record by record, resynchronising after
   * damage.
   *
   * @param maxPageBytes payloads over this size become a {@code TOO_LARGE} problem instead of a
   *     page
   * @throws IOException when the file cannot be opened or read at all
   */
  public static void read(Path file, long maxPageBytes, Listener listener) throws IOException {
    new WarcPages(file, file.toString(), maxPageBytes, new Adapter(listener), new InputProgress(0))
        .read();
  }

  /** Turns the command line's package-private records into the public ones. */
  private record Adapter(Listener listener) implements PageSink {
    @Override
    public void page(Page page) {
      Map<String, Object> p = page.provenance();
      listener.page(
          new FoundPage(
              page.bytes(),
              page.hints(),
              text(p, "warc_record_id"),
              text(p, "target_uri"),
              offset(p)));
    }

    @Override
    public void unreadable(Unreadable failure) {
      Map<String, Object> p = failure.provenance();
      Object offset = p.get("offset");
      listener.problem(
          new Problem(
              failure.reason(),
              failure.message(),
              text(p, "warc_record_id"),
              text(p, "target_uri"),
              offset == null ? OptionalLong.empty() : OptionalLong.of((Long) offset)));
    }

    @Override
    public void skipped(Skip why) {
      throw new IllegalStateException("WARC records are skipped with their provenance");
    }

    @Override
    public void skipped(Skip why, Map<String, Object> p) {
      listener.skipped(
          new SkippedRecord(
              why.name(), text(p, "warc_record_id"), text(p, "target_uri"), offset(p)));
    }

    /** A page or a skipped record always comes with its offset in the file. */
    private static long offset(Map<String, Object> provenance) {
      return Objects.requireNonNull(
          (Long) provenance.get("offset"), "a WARC record's provenance has its offset");
    }

    private static Optional<String> text(Map<String, Object> provenance, String key) {
      return Optional.ofNullable((String) provenance.get(key));
    }
  }
}
