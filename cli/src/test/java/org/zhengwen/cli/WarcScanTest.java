package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.zhengwen.Extractor;

/** The public face of the WARC reading: the same pages, skips and damage the command line sees. */
class WarcScanTest {
  @TempDir Path dir;

  @Test
  void reportsPagesSkipsAndTheCutRecordWithProvenance() throws IOException {
    List<WarcRecord> records =
        List.of(
            TestWarcs.request("http://example.com/a"),
            TestWarcs.html("http://example.com/a", TestPages.numbered(1)),
            TestWarcs.response("http://example.com/doc.pdf", "application/pdf", TestWarcs.pdf()),
            TestWarcs.resource(
                "http://example.com/res",
                "text/html",
                TestPages.numbered(2).getBytes(StandardCharsets.UTF_8)),
            TestWarcs.html("http://example.com/cut", TestPages.numbered(3)));
    TestWarcs.Written w =
        TestWarcs.write(dir.resolve("scan.warc.gz"), WarcCompression.GZIP, records);
    w.truncate(40);

    List<WarcScan.FoundPage> pages = new ArrayList<>();
    List<WarcScan.Problem> problems = new ArrayList<>();
    List<String> skips = new ArrayList<>();
    WarcScan.read(
        w.path(),
        Extractor.DEFAULT_MAX_INPUT_BYTES,
        new WarcScan.Listener() {
          @Override
          public void page(WarcScan.FoundPage page) {
            pages.add(page);
          }

          @Override
          public void problem(WarcScan.Problem problem) {
            problems.add(problem);
          }

          @Override
          public void skipped(WarcScan.SkippedRecord record) {
            skips.add(record.kind());
            assertEquals(w.offsets().get(skips.size() == 1 ? 0 : 2), record.offset());
            assertEquals(
                TestWarcs.id(records.get(skips.size() == 1 ? 0 : 2)),
                record.recordId().orElseThrow());
          }
        });

    assertEquals(2, pages.size());
    assertEquals(TestWarcs.id(records.get(1)), pages.get(0).recordId().orElseThrow());
    assertEquals("http://example.com/a", pages.get(0).targetUri().orElseThrow());
    assertEquals((long) w.offsets().get(1), pages.get(0).offset());
    assertEquals("http://example.com/res", pages.get(1).hints().url().orElseThrow());
    assertEquals(List.of("REQUEST", "NON_HTML"), skips);
    assertTrue(WarcScan.SKIP_KINDS.containsAll(skips));
    assertEquals(1, problems.size());
    assertEquals("CORRUPT_INPUT", problems.get(0).reason());
    assertEquals(
        (long) w.offsets().get(4),
        problems.get(0).offset().orElseThrow(),
        "the cut member's own offset");
  }

  @Test
  void classifyGivesStreamingReadersTheSameRules() throws IOException {
    List<WarcRecord> records =
        List.of(
            TestWarcs.request("http://example.com/a"),
            TestWarcs.html("http://example.com/a", TestPages.numbered(1)),
            TestWarcs.response("http://example.com/doc.pdf", "application/pdf", TestWarcs.pdf()),
            TestWarcs.resource(
                "http://example.com/res",
                "text/html",
                TestPages.numbered(2).getBytes(StandardCharsets.UTF_8)));
    TestWarcs.Written w =
        TestWarcs.write(dir.resolve("classify.warc"), WarcCompression.NONE, records);

    List<String> seen = new ArrayList<>();
    try (WarcReader reader = new WarcReader(w.path())) {
      for (WarcRecord record : reader) {
        WarcScan.Classified what = WarcScan.classify(record, 200);
        seen.add(what instanceof WarcScan.NotAPage n ? n.kind() : what.getClass().getSimpleName());
      }
    }
    assertEquals(List.of("REQUEST", "TooLarge", "NON_HTML", "TooLarge"), seen, "a 200-byte limit");

    try (WarcReader reader = new WarcReader(w.path())) {
      reader.next();
      WarcScan.Classified page =
          WarcScan.classify(reader.next().orElseThrow(), Extractor.DEFAULT_MAX_INPUT_BYTES);
      WarcScan.PagePayload payload = assertInstanceOf(WarcScan.PagePayload.class, page);
      assertEquals("http://example.com/a", payload.hints().url().orElseThrow());
      assertEquals(
          "text/html;charset=utf-8",
          payload.hints().contentType().orElseThrow()); // as jwarc writes it
      assertEquals(TestPages.numbered(1), new String(payload.bytes(), StandardCharsets.UTF_8));
    }
  }
}
