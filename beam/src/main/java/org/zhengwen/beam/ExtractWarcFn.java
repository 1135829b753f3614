package org.zhengwen.beam;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.ReadableByteChannel;
import java.util.Optional;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.cli.WarcScan;
import org.zhengwen.json.ArticleJson;

/**
 * One WARC file in, one JSON line per page out: articles to the main output, and to the dead-letter
 * output every page that was rejected and every record that could not be read, each with its reason.
 * The lines have the command line's shape ({@code input}, {@code status}, article fields or
 * {@code reason}/{@code error}) plus {@code warc_record_id}, {@code target_uri} and {@code offset}.
 *
 * <p>The file is streamed record by record, never held whole. A damaged record ends the file with one
 * dead letter: a remote file is read as a stream, so there is no seeking to the next record.
 */
final class ExtractWarcFn extends DoFn<FileIO.ReadableFile, String> {
  private static final long serialVersionUID = 1L;

  private final Counter articles = Metrics.counter(ExtractWarcFn.class, "articles");
  private final Counter rejected = Metrics.counter(ExtractWarcFn.class, "rejected");
  private final Counter damaged = Metrics.counter(ExtractWarcFn.class, "damaged");
  private final Counter skipped = Metrics.counter(ExtractWarcFn.class, "skipped");

  /** Reads every record of one file. */
  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) throws IOException {
    String input = file.getMetadata().resourceId().toString();
    try (ReadableByteChannel channel = file.open()) {
      WarcReader reader = new WarcReader(channel);
      readRecords(reader, input, out);
    }
  }

  private void readRecords(WarcReader reader, String input, MultiOutputReceiver out) {
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException | RuntimeException e) {
        deadLetter(out, ArticleJson.errorNode(input, "CORRUPT_INPUT", "damaged WARC data, rest of file unread: " + e));
        return;
      }
      if (next.isEmpty()) {
        return;
      }
      if (!record(next.get(), reader.position(), input, out)) {
        return;
      }
    }
  }

  /**
   * Emits the record's line, if it is a page; false when the file cannot be read further. Which records
   * are pages is decided by the command line's own rules ({@link WarcScan#classify}).
   */
  private boolean record(WarcRecord record, long offset, String input, MultiOutputReceiver out) {
    WarcScan.Classified what;
    try {
      what = WarcScan.classify(record, Extractor.DEFAULT_MAX_INPUT_BYTES);
    } catch (IOException | RuntimeException e) {
      deadLetter(out, provenance(ArticleJson.errorNode(input, "CORRUPT_INPUT", "damaged WARC record: " + e), record, offset));
      return false;
    }
    if (what instanceof WarcScan.TooLarge tooLarge) {
      deadLetter(out, provenance(ArticleJson.errorNode(input, "TOO_LARGE", tooLarge.message()), record, offset));
      return true;
    }
    if (!(what instanceof WarcScan.PagePayload page)) {
      skipped.inc();
      return true;
    }
    ExtractionResult result = Extractor.standard().extract(page.bytes(), page.hints());
    String line = ArticleJson.toLine(provenance(ArticleJson.toNode(input, result, false), record, offset));
    if (result.isArticle()) {
      articles.inc();
      out.get(WarcToArticles.ARTICLES).output(line);
    } else {
      rejected.inc();
      out.get(WarcToArticles.DEAD_LETTERS).output(line);
    }
    return true;
  }

  private void deadLetter(MultiOutputReceiver out, ObjectNode node) {
    damaged.inc();
    out.get(WarcToArticles.DEAD_LETTERS).output(ArticleJson.toLine(node));
  }

  private static ObjectNode provenance(ObjectNode node, WarcRecord record, long offset) {
    WarcScan.recordId(record).ifPresent(id -> node.put("warc_record_id", id));
    WarcScan.targetUri(record).ifPresent(t -> node.put("target_uri", t));
    node.put("offset", offset);
    return node;
  }
}
