package org.zhengwen.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.zhengwen.PageHints;

/**
 * The command line's WARC reading, open to other drivers (the Spark job in {@code spark/}): which records
 * are pages, their bytes and hints, what is skipped and why, and resynchronisation after damage are the
 * same code as {@code zhengwen --warc}, so every driver classifies records alike.
 *
 * <p>Needs {@code org.netpreserve:jwarc} on the class path (an optional dependency of the library).
 */
public final class WarcScan {
  /** Every {@link Listener#skipped} kind: {@code REQUEST}, {@code METADATA}, {@code NON_HTML}, {@code OTHER}. */
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
  public record SkippedRecord(String kind, Optional<String> recordId, Optional<String> targetUri, long offset) {
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
  public record FoundPage(byte[] bytes, PageHints hints, Optional<String> recordId, Optional<String> targetUri,
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
  public record Problem(String reason, String message, Optional<String> recordId, Optional<String> targetUri,
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

  /**
   * Reads every record of a local WARC or WARC.gz file, record by record, resynchronising after damage.
   *
   * @param maxPageBytes payloads over this size become a {@code TOO_LARGE} problem instead of a page
   * @throws IOException when the file cannot be opened or read at all
   */
  public static void read(Path file, long maxPageBytes, Listener listener) throws IOException {
    new WarcPages(file, file.toString(), maxPageBytes, new Adapter(listener), new InputProgress(0)).read();
  }

  /** Turns the command line's package-private records into the public ones. */
  private record Adapter(Listener listener) implements PageSink {
    @Override
    public void page(Page page) {
      Map<String, Object> p = page.provenance();
      listener.page(new FoundPage(page.bytes(), page.hints(), text(p, "warc_record_id"), text(p, "target_uri"),
          (Long) p.get("offset")));
    }

    @Override
    public void unreadable(Unreadable failure) {
      Map<String, Object> p = failure.provenance();
      Object offset = p.get("offset");
      listener.problem(new Problem(failure.reason(), failure.message(), text(p, "warc_record_id"),
          text(p, "target_uri"), offset == null ? OptionalLong.empty() : OptionalLong.of((Long) offset)));
    }

    @Override
    public void skipped(Skip why) {
      throw new IllegalStateException("WARC records are skipped with their provenance");
    }

    @Override
    public void skipped(Skip why, Map<String, Object> p) {
      listener.skipped(new SkippedRecord(why.name(), text(p, "warc_record_id"), text(p, "target_uri"),
          (Long) p.get("offset")));
    }

    private static Optional<String> text(Map<String, Object> provenance, String key) {
      return Optional.ofNullable((String) provenance.get(key));
    }
  }
}
