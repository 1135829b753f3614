package org.zhengwen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI over gzip files that hold one page: whole, in several members, and damaged. */
class GzipIngestTest {
  @TempDir Path dir;

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(buf)) {
      gz.write(data);
    }
    return buf.toByteArray();
  }

  @Test
  void gzipPageIsGunzipped() throws IOException {
    Path file =
        Files.write(
            dir.resolve("page.html.gz"),
            gzip(TestPages.numbered(7).getBytes(StandardCharsets.UTF_8)));
    Cli.Run r = Cli.run(file.toString());
    assertEquals(0, r.status());
    assertEquals(1, r.lines().size());
    assertEquals("ok", r.lines().get(0).get("status").asText());
    assertEquals("第7号新闻标题", r.lines().get(0).get("title").asText());
    assertEquals(file.toString(), r.lines().get(0).get("input").asText());
  }

  @Test
  void multiMemberGzipIsOnePage() throws IOException {
    byte[] page = TestPages.numbered(8).getBytes(StandardCharsets.UTF_8);
    int half = page.length / 2;
    ByteArrayOutputStream both = new ByteArrayOutputStream();
    both.write(gzip(Arrays.copyOfRange(page, 0, half)));
    both.write(gzip(Arrays.copyOfRange(page, half, page.length)));
    Path file = Files.write(dir.resolve("page.gz"), both.toByteArray());
    Cli.Run r = Cli.run(file.toString());
    assertEquals(1, r.lines().size());
    assertEquals("第8号新闻标题", r.lines().get(0).get("title").asText());
    assertTrue(
        r.lines().get(0).get("paragraphs").toString().contains("据介绍"),
        "the second member's text is there");
  }

  @Test
  void corruptGzipIsOneErrorLineAndTheRunGoesOn() throws IOException {
    byte[] gz = gzip(TestPages.numbered(1).getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("a-cut.html.gz"), Arrays.copyOf(gz, gz.length / 2));
    byte[] garbled = gz.clone();
    for (int i = 20; i < 40; i++) {
      garbled[i] = (byte) 0xFF;
    }
    Files.write(dir.resolve("b-garbled.html.gz"), garbled);
    Files.writeString(dir.resolve("c-ok.html"), TestPages.numbered(3), StandardCharsets.UTF_8);

    Cli.Run r = Cli.run(dir.toString());

    assertEquals(1, r.status());
    assertEquals(3, r.lines().size(), r.rawLines().toString());
    for (int i = 0; i < 2; i++) {
      assertEquals("error", r.lines().get(i).get("status").asText());
      assertEquals("CORRUPT_INPUT", r.lines().get(i).get("reason").asText());
    }
    assertEquals("第3号新闻标题", r.lines().get(2).get("title").asText());
    assertEquals(3, r.count("pages"));
    assertEquals(1, r.count("ok"));
    assertEquals(2, r.count("error"));
  }
}
