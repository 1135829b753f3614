package org.zhengwen.spark;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.zhengwen.cli.TestWarcs;
import org.zhengwen.cli.TestPages;

/**
 * A small crawl of three WARC files, and what the job must make of every record in it: HTML in UTF-8,
 * GBK (charset only in the HTTP header) and Big5 (charset only in a meta tag), requests, metadata and
 * warcinfo records, a PDF, a page without an article, a truncated WARC.gz member, a WARC.gz member with
 * garbage in it and a cut record in a plain WARC.
 */
final class TestCrawl {
  /** What one record must become: {@code status} and {@code reason} of its one output row. */
  record Expected(String status, String reason, String title) {}

  /** Every record, keyed by file name and offset: each must appear exactly once in the output. */
  final Map<String, Expected> records = new LinkedHashMap<>();
  final List<Path> files = new ArrayList<>();

  private TestCrawl() {}

  static TestCrawl write(Path dir) throws IOException {
    TestCrawl crawl = new TestCrawl();
    crawl.mixed(dir.resolve("a-mixed.warc.gz"));
    crawl.plain(dir.resolve("b-plain.warc"));
    crawl.damaged(dir.resolve("c-damaged.warc.gz"));
    return crawl;
  }

  /** The key of a row: the file's name and the record's offset. */
  static String key(String file, long offset) {
    return file.substring(file.lastIndexOf('/') + 1) + "@" + offset;
  }

  long count(String status) {
    return records.values().stream().filter(e -> e.status().equals(status)).count();
  }

  private void mixed(Path path) throws IOException {
    List<WarcRecord> r = new ArrayList<>();
    List<Expected> e = new ArrayList<>();
    add(r, e, TestWarcs.warcinfo(), skipped("METADATA"));
    add(r, e, TestWarcs.request("http://example.com/1"), skipped("REQUEST"));
    add(r, e, TestWarcs.html("http://example.com/1", TestPages.numbered(1)), ok("第1号新闻标题"));
    add(r, e, TestWarcs.metadata("http://example.com/1"), skipped("METADATA"));
    String gbk = TestPages.article("市政府发布新规", "本报讯 市政府今天发布了关于城市交通管理的新规定，自下月起施行。", null);
    add(r, e, TestWarcs.response("http://example.cn/gbk", "text/html; charset=gbk", gbk.getBytes(TestWarcs.GBK)),
        ok("市政府发布新规"));
    add(r, e, TestWarcs.response("http://example.tw/big5", "text/html", TestPages.traditional().getBytes(Charset.forName("Big5"))),
        ok(TestPages.TRADITIONAL_TITLE));
    add(r, e, TestWarcs.response("http://example.com/doc.pdf", "application/pdf", TestWarcs.pdf()), skipped("NON_HTML"));
    add(r, e, TestWarcs.html("http://example.com/empty", "<html><body> </body></html>"), error(null));
    add(r, e, TestWarcs.resource("http://example.com/res", "text/html",
        TestPages.numbered(2).getBytes(StandardCharsets.UTF_8)), ok("第2号新闻标题"));
    add(r, e, TestWarcs.html("http://example.com/cut", TestPages.numbered(3)), error("CORRUPT_INPUT"));
    TestWarcs.Written w = TestWarcs.write(path, WarcCompression.GZIP, r);
    w.truncate(40); // the last member loses its end
    remember(w, e);
  }

  private void plain(Path path) throws IOException {
    List<WarcRecord> r = new ArrayList<>();
    List<Expected> e = new ArrayList<>();
    for (int i = 4; i <= 6; i++) {
      add(r, e, TestWarcs.request("http://example.com/" + i), skipped("REQUEST"));
      add(r, e, TestWarcs.html("http://example.com/" + i, TestPages.numbered(i)), ok("第" + i + "号新闻标题"));
    }
    add(r, e, TestWarcs.html("http://example.com/cut-plain", TestPages.numbered(7)), error("CORRUPT_INPUT"));
    TestWarcs.Written w = TestWarcs.write(path, WarcCompression.NONE, r);
    w.truncate(100); // the last record is cut in its body
    remember(w, e);
  }

  private void damaged(Path path) throws IOException {
    List<WarcRecord> r = new ArrayList<>();
    List<Expected> e = new ArrayList<>();
    add(r, e, TestWarcs.html("http://example.com/8", TestPages.numbered(8)), ok("第8号新闻标题"));
    add(r, e, TestWarcs.html("http://example.com/9", TestPages.numbered(9)), error("CORRUPT_INPUT"));
    add(r, e, TestWarcs.html("http://example.com/10", TestPages.numbered(10)), ok("第10号新闻标题"));
    TestWarcs.Written w = TestWarcs.write(path, WarcCompression.GZIP, r);
    w.damage(1); // garbage in the middle member: reading resumes at the next one
    remember(w, e);
  }

  private static void add(List<WarcRecord> records, List<Expected> expected, WarcRecord record, Expected e) {
    records.add(record);
    expected.add(e);
  }

  private void remember(TestWarcs.Written w, List<Expected> expected) {
    files.add(w.path());
    for (int i = 0; i < expected.size(); i++) {
      records.put(key(w.path().toString(), w.offsets().get(i)), expected.get(i));
    }
  }

  private static Expected ok(String title) {
    return new Expected("ok", null, title);
  }

  private static Expected error(String reason) {
    return new Expected("error", reason, null);
  }

  private static Expected skipped(String kind) {
    return new Expected("skipped", kind, null);
  }
}
