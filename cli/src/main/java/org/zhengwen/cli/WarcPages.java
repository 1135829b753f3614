package org.zhengwen.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the pages of one WARC or WARC.gz file with jwarc, record by record (never the whole file),
 * and hands them to a {@link PageSink}: {@code response} and {@code resource} records with an HTML
 * or text payload become pages, other records are skipped.
 *
 * <p>Damage does not end the file: a record that cannot be read yields one error line, then reading
 * resumes at the next place that looks like a record start (a gzip member header in a WARC.gz, a
 * {@code WARC/1.} line in a plain WARC). When no such place is left, the one error line covers the
 * rest.
 */
final class WarcPages {
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = "WARC/1.".getBytes(StandardCharsets.US_ASCII);

  private final Path file;
  private final String input;
  private final long maxPageBytes;
  private final PageSink sink;
  private final InputProgress progress;

  /**
   * As detected at the start of the file; null until then. Decides what a record start looks like.
   */
  private @Nullable WarcCompression compression;

  /** True after an error line, until a record reads cleanly: one damaged stretch gives one line. */
  private boolean reported;

  WarcPages(Path file, String input, long maxPageBytes, PageSink sink, InputProgress progress) {
    this.file = file;
    this.input = input;
    this.maxPageBytes = maxPageBytes;
    this.sink = sink;
    this.progress = progress;
  }

  /** Reads every record of the file, resynchronising after damage. */
  void read() throws IOException {
    long start = 0;
    while (start >= 0) {
      long lastRecord = readRegion(start);
      start = lastRecord < 0 ? -1 : resyncPoint(lastRecord + 1);
    }
  }

  /** Reads from {@code start} until the end (-1) or damage (the offset to resynchronise after). */
  private long readRegion(long start) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      channel.position(start);
      WarcReader reader;
      try {
        reader = new WarcReader(channel);
      } catch (IOException | RuntimeException e) {
        report(
            Map.of("offset", start),
            e); // jwarc reads the first bytes to detect compression: damage too
        return start;
      }
      try (reader) {
        compression = compression == null ? reader.compression() : compression;
        return readUntilDamage(reader, start);
      }
    }
  }

  /**
   * Reads records until the end (returns -1) or until the reader cannot go on; then returns the
   * offset of the last record that started cleanly, from which to look for the next record start.
   */
  private long readUntilDamage(WarcReader reader, long regionStart) {
    long lastRecord = regionStart;
    boolean readOne = false;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        report(damageStart(readOne, lastRecord), e);
        return lastRecord;
      }
      if (next.isEmpty()) {
        return -1;
      }
      readOne = true;
      lastRecord = reader.position();
      progress.at(lastRecord);
      handle(next.get(), lastRecord);
    }
  }

  private void handle(WarcRecord record, long offset) {
    Map<String, Object> provenance = provenance(record, offset);
    try {
      WarcScan.Classified what = WarcScan.classify(record, maxPageBytes);
      if (what instanceof WarcScan.PagePayload page) {
        sink.page(new Page(input, page.bytes(), page.hints(), provenance));
      } else if (what instanceof WarcScan.NotAPage skip) {
        sink.skipped(Skip.valueOf(skip.kind()), provenance);
      } else {
        sink.unreadable(
            new Unreadable(
                input, provenance, Unreadable.TOO_LARGE, ((WarcScan.TooLarge) what).message()));
      }
      reported = false;
    } catch (IOException | RuntimeException e) {
      report(provenance, e);
    }
  }

  private static Map<String, Object> provenance(WarcRecord record, long offset) {
    Map<String, Object> p = new LinkedHashMap<>();
    WarcScan.recordId(record).ifPresent(id -> p.put("warc_record_id", id));
    WarcScan.targetUri(record).ifPresent(t -> p.put("target_uri", t));
    p.put("offset", offset);
    return p;
  }

  private void report(Map<String, Object> provenance, Exception e) {
    if (!reported) {
      sink.unreadable(
          new Unreadable(input, provenance, Unreadable.CORRUPT_INPUT, "damaged WARC record: " + e));
    }
    reported = true;
  }

  /**
   * Provenance for damage met between records: where the damaged record seems to start, which is
   * the region start when no record was read yet, else the next record start after the last good
   * one (found the way resynchronisation finds it). Empty when no such place is found.
   */
  private Map<String, Object> damageStart(boolean afterARecord, long lastRecord) {
    if (reported) {
      return Map.of(); // no line will be written, so no need to scan
    }
    try {
      long at = afterARecord ? resyncPoint(lastRecord + 1) : lastRecord;
      return at < 0 ? Map.of() : Map.of("offset", at);
    } catch (IOException e) {
      return Map.of();
    }
  }

  /**
   * Where the next record seems to start: a gzip member (each WARC.gz record is one) or a {@code
   * WARC/1.} line.
   */
  private long resyncPoint(long from) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      return compression == WarcCompression.GZIP
          ? RecordScanner.find(channel, from, GZIP_MEMBER, false)
          : RecordScanner.find(channel, from, WARC_LINE, true);
    }
  }
}
