package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The CLI over WARC files: which records are pages, what each line carries, damage, and the
 * summary.
 */
class WarcIngestTest {
  @TempDir Path dir;

  /**
   * request, UTF-8 page, GBK page (charset only in the HTTP header), PDF, resource page, then a cut
   * record.
   */
  private TestWarcs.Written mixed(WarcCompression compression) throws IOException {
    String gbkPage = TestPages.article("市政府发布新规", "本报讯 市政府今天发布了关于城市交通管理的新规定，自下月起施行。", null);
    List<WarcRecord> records =
        List.of(
            TestWarcs.request("http://example.com/a"),
            TestWarcs.html("http://example.com/a", TestPages.numbered(1)),
            TestWarcs.response(
                "http://example.cn/gbk", "text/html; charset=gbk", gbkPage.getBytes(TestWarcs.GBK)),
            TestWarcs.response("http://example.com/doc.pdf", "application/pdf", TestWarcs.pdf()),
            TestWarcs.resource(
                "http://example.com/res",
                "text/html",
                TestPages.numbered(3).getBytes(StandardCharsets.UTF_8)),
            TestWarcs.html("http://example.com/cut", TestPages.numbered(4)));
    String name = compression == WarcCompression.GZIP ? "mixed.warc.gz" : "mixed.warc";
    TestWarcs.Written w = TestWarcs.write(dir.resolve(name), compression, records);
    w.truncate(40);
    return w;
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void pagesComeOutInOrderWithProvenanceAndTheCutRecordIsAnError(WarcCompression compression)
      throws IOException {
    TestWarcs.Written w = mixed(compression);
    Cli.Run r = Cli.run(w.path().toString());

    assertEquals(4, r.lines().size(), r.rawLines().toString());
    assertPage(r.lines().get(0), w, 1, "第1号新闻标题");
    assertPage(r.lines().get(1), w, 2, "市政府发布新规");
    assertEquals("GB18030", r.lines().get(1).get("encoding").asText());
    assertTrue(r.lines().get(1).get("paragraphs").get(0).asText().startsWith("本报讯 市政府今天发布"));
    assertPage(r.lines().get(2), w, 4, "第3号新闻标题");

    JsonNode cut = r.lines().get(3);
    assertEquals("error", cut.get("status").asText());
    assertEquals("CORRUPT_INPUT", cut.get("reason").asText());
    assertEquals(w.path().toString(), cut.get("input").asText());
    assertEquals(
        (long) w.offsets().get(5), cut.get("offset").asLong(), "where the cut record starts");
    if (compression == WarcCompression.NONE) {
      // The header of the cut record is whole, so its line says which record it was.
      assertEquals(TestWarcs.id(w.records().get(5)), cut.get("warc_record_id").asText());
      assertEquals("http://example.com/cut", cut.get("target_uri").asText());
    }

    assertEquals(1, r.status());
    assertEquals(4, r.count("pages"));
    assertEquals(3, r.count("ok"));
    assertEquals(1, r.count("error"));
    assertEquals(2, r.count("skipped"));
    assertEquals(1, r.count("requests"));
    assertEquals(1, r.count("non-html"));
    assertEquals(r.count("pages"), r.count("ok") + r.count("error"));
  }

  private static void assertPage(JsonNode line, TestWarcs.Written w, int record, String title) {
    WarcRecord rec = w.records().get(record);
    assertEquals("ok", line.get("status").asText(), line.toString());
    assertEquals(title, line.get("title").asText());
    assertEquals(w.path().toString(), line.get("input").asText());
    assertEquals(TestWarcs.id(rec), line.get("warc_record_id").asText());
    String target = rec.headers().first("WARC-Target-URI").orElseThrow();
    assertEquals(target, line.get("target_uri").asText());
    assertEquals(
        target, line.get("url").asText(), "the target URI is the url when the page names none");
    assertEquals((long) w.offsets().get(record), line.get("offset").asLong());
    assertFalse(line.get("paragraphs").isEmpty());
  }

  @ParameterizedTest
  @EnumSource(WarcCompression.class)
  void readingResumesAfterADamagedRecord(WarcCompression compression) throws IOException {
    List<WarcRecord> records =
        List.of(
            TestWarcs.html("http://example.com/1", TestPages.numbered(1)),
            TestWarcs.html("http://example.com/2", TestPages.numbered(2)),
            TestWarcs.html("http://example.com/3", TestPages.numbered(3)));
    TestWarcs.Written w = TestWarcs.write(dir.resolve("damaged.warc"), compression, records);
    if (compression == WarcCompression.GZIP) {
      w.damage(1); // garbage in the deflate data of the second member
    } else {
      damageHeader(w, 1);
    }

    Cli.Run r = Cli.run(w.path().toString());

    List<String> statuses = r.lines().stream().map(l -> l.get("status").asText()).toList();
    assertEquals(List.of("ok", "error", "ok"), statuses, r.rawLines().toString());
    assertEquals("第1号新闻标题", r.lines().get(0).get("title").asText());
    assertEquals("CORRUPT_INPUT", r.lines().get(1).get("reason").asText());
    assertEquals(
        (long) w.offsets().get(1),
        r.lines().get(1).get("offset").asLong(),
        "where the damaged record starts");
    assertEquals("第3号新闻标题", r.lines().get(2).get("title").asText());
    assertEquals((long) w.offsets().get(2), r.lines().get(2).get("offset").asLong());
    assertEquals(3, r.count("pages"));
    assertEquals(1, r.count("error"));
  }

  /**
   * Breaks the Content-Length line of record {@code i}, so the reader loses the record boundary.
   */
  private static void damageHeader(TestWarcs.Written w, int i) throws IOException {
    byte[] all = java.nio.file.Files.readAllBytes(w.path());
    String text = new String(all, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Content-Length: ", w.offsets().get(i).intValue());
    all[at + "Content-Length: ".length()] = 'x';
    java.nio.file.Files.write(w.path(), all);
  }

  @Test
  void warcIsRecognisedByContentNotName() throws IOException {
    TestWarcs.Written w =
        TestWarcs.write(
            dir.resolve("crawl.bin"),
            WarcCompression.GZIP,
            List.of(TestWarcs.html("http://example.com/1", TestPages.numbered(1))));
    Cli.Run r = Cli.run(w.path().toString());
    assertEquals(0, r.status());
    assertEquals(1, r.lines().size());
    assertEquals("第1号新闻标题", r.lines().get(0).get("title").asText());
    assertEquals("http://example.com/1", r.lines().get(0).get("target_uri").asText());
  }
}
