package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;

/**
 * What {@link WarcPages} hands the extractor: the HTTP Content-Type (with its charset) and the
 * target URI.
 */
class WarcPagesTest {
  @TempDir Path dir;

  /** Collects what a reader delivers. */
  private static final class Collect implements PageSink {
    final List<Page> pages = new ArrayList<>();
    final List<Unreadable> failures = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();

    @Override
    public void page(Page page) {
      pages.add(page);
    }

    @Override
    public void unreadable(Unreadable failure) {
      failures.add(failure);
    }

    @Override
    public void skipped(Skip why) {
      skips.add(why);
    }
  }

  @Test
  void headerCharsetAndTargetBecomeHints() throws IOException {
    byte[] gbk = TestPages.article("新闻", "正文内容", null).getBytes(TestWarcs.GBK);
    TestWarcs.Written w =
        TestWarcs.write(
            dir.resolve("a.warc.gz"),
            WarcCompression.GZIP,
            List.of(
                TestWarcs.response("http://example.cn/gbk", "text/html; charset=gbk", gbk),
                TestWarcs.response(
                    "http://example.cn/logo.png",
                    "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                TestWarcs.response(
                    "http://example.cn/untyped",
                    "application/octet-stream",
                    "<html><p>hi</p></html>".getBytes(StandardCharsets.US_ASCII)),
                TestWarcs.response(
                    "http://example.cn/untyped.pdf", "application/octet-stream", TestWarcs.pdf())));
    Collect c = new Collect();
    new WarcPages(w.path(), "a.warc.gz", 1 << 20, c, new InputProgress(1)).read();

    assertEquals(2, c.pages.size());
    Page page = c.pages.get(0);
    // jwarc writes the header as text/html;charset=gbk; it reaches the extractor as written.
    assertEquals(
        "text/html;charset=gbk", page.hints().contentType().orElseThrow().replace(" ", ""));
    assertEquals("http://example.cn/gbk", page.hints().url().orElseThrow());
    assertEquals(gbk.length, page.bytes().length);
    assertEquals("http://example.cn/untyped", c.pages.get(1).hints().url().orElseThrow());
    assertEquals(List.of(Skip.NON_HTML, Skip.NON_HTML), c.skips);
    assertEquals(List.of(), c.failures);
  }

  @Test
  void oversizedPayloadIsAnErrorNotAPage() throws IOException {
    TestWarcs.Written w =
        TestWarcs.write(
            dir.resolve("big.warc"),
            WarcCompression.NONE,
            List.of(
                TestWarcs.html("http://example.com/big", "<p>" + "长".repeat(1000) + "</p>"),
                TestWarcs.html("http://example.com/small", "<p>ok</p>")));
    Collect c = new Collect();
    new WarcPages(w.path(), "big.warc", 1000, c, new InputProgress(1)).read();
    assertEquals(1, c.failures.size());
    assertEquals(Unreadable.TOO_LARGE, c.failures.get(0).reason());
    assertEquals("http://example.com/big", c.failures.get(0).provenance().get("target_uri"));
    assertEquals(1, c.pages.size());
  }
}
