package org.zhengwen.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.zhengwen.json.ArticleJson;

/** Runs the pipeline on the DirectRunner over WARC files written here, and reads what it wrote. */
class WarcToArticlesTest {
  @TempDir Path dir;

  private static String page(int i) {
    return "<html><head><title>第" + i + "号新闻标题 - 某某新闻网</title></head><body>\n"
        + "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div>\n"
        + "<div class=\"article\"><h1>第" + i + "号新闻标题</h1>\n<p>2024-03-05 10:00 来源：某某日报</p>\n"
        + "<p>本报讯 这是第" + i + "篇报道的正文，市政府今天发布了关于城市交通管理的新规定，自下月起施行。</p>\n"
        + "<p>据介绍，新规定共有二十条，涉及停车管理、道路施工和公交优先等多个方面，市民可以通过官方网站查询全文。</p>\n"
        + "</div></body></html>\n";
  }

  private static WarcResponse response(String uri, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(uri)).body(http).build();
  }

  private static void write(Path file, WarcCompression compression, WarcRecord... records) throws IOException {
    try (WarcWriter w = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        compression)) {
      for (WarcRecord r : records) {
        w.write(r);
      }
    }
  }

  @Test
  void articlesAndDeadLettersLandInTheirOwnFiles() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    write(in.resolve("a.warc.gz"), WarcCompression.GZIP,
        new WarcRequest.Builder(URI.create("http://example.com/1"))
            .body(new HttpRequest.Builder("GET", "/1").addHeader("Host", "example.com").build()).build(),
        response("http://example.com/1", "text/html; charset=utf-8", page(1).getBytes(StandardCharsets.UTF_8)),
        response("http://example.cn/2", "text/html; charset=gbk", page(2).getBytes(Charset.forName("GBK"))),
        response("http://example.com/empty", "text/html", new byte[0]),
        response("http://example.com/x.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    Path cut = in.resolve("b.warc");
    write(cut, WarcCompression.NONE,
        response("http://example.com/3", "text/html", page(3).getBytes(StandardCharsets.UTF_8)),
        response("http://example.com/4", "text/html", page(4).getBytes(StandardCharsets.UTF_8)));
    byte[] all = Files.readAllBytes(cut);
    Files.write(cut, Arrays.copyOf(all, all.length - 50));

    WarcToArticles.Options options = PipelineOptionsFactory.fromArgs("--runner=DirectRunner").as(WarcToArticles.Options.class);
    options.setInput(in + "/*");
    options.setOutput(dir.resolve("out/articles").toString());
    options.setDeadLetters(dir.resolve("out/dead").toString());
    assertEquals(PipelineResult.State.DONE, WarcToArticles.run(options));

    List<JsonNode> articles = read("articles");
    List<String> titles = articles.stream().map(a -> a.get("title").asText()).sorted().toList();
    assertEquals(List.of("第1号新闻标题", "第2号新闻标题", "第3号新闻标题"), titles);
    for (JsonNode a : articles) {
      assertEquals("ok", a.get("status").asText());
      assertEquals(a.get("target_uri").asText(), a.get("url").asText());
      assertTrue(a.get("warc_record_id").asText().startsWith("urn:uuid:"), a.toString());
      assertTrue(a.get("paragraphs").size() >= 2, a.toString());
    }

    List<JsonNode> dead = read("dead");
    List<String> reasons = dead.stream().map(d -> d.get("reason").asText()).sorted().toList();
    assertEquals(List.of("CORRUPT_INPUT", "EMPTY"), reasons, dead.toString());
    JsonNode corrupt = dead.stream().filter(d -> d.get("reason").asText().equals("CORRUPT_INPUT")).findFirst().orElseThrow();
    assertEquals("http://example.com/4", corrupt.get("target_uri").asText());
    assertTrue(corrupt.get("input").asText().endsWith("b.warc"));
  }

  /** Every line of every shard written under {@code out/<prefix>}. */
  private List<JsonNode> read(String prefix) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith(prefix))
          .sorted(Comparator.naturalOrder()).toList()) {
        Files.readAllLines(f, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).map(ArticleJson::parse)
            .forEach(lines::add);
      }
    }
    return lines;
  }
}
