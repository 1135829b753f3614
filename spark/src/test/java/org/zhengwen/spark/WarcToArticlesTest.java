package org.zhengwen.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on local[2] over a generated crawl: every record once, counts, charsets, Parquet and JSON output. */
class WarcToArticlesTest {
  @TempDir static Path dir;
  private static SparkSession spark;
  private static TestCrawl crawl;
  private static WarcToArticles.Result result;
  private static Path out;

  @BeforeAll
  static void runJob() throws IOException {
    crawl = TestCrawl.write(Files.createDirectories(dir.resolve("crawl")));
    spark = LocalSpark.start("local[2]");
    out = dir.resolve("out");
    result = WarcToArticles.run(spark, options(List.of(dir.resolve("crawl") + "/*.warc*"), null, out, "parquet"));
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  static WarcToArticles.Options options(List<String> inputs, String list, Path output, String format) {
    return new WarcToArticles.Options(inputs, list, output.toString(), format);
  }

  @Test
  void everyRecordIsOneRowInArticlesOrDeadLetters() {
    assertEquals(3, result.files().size(), result.files().toString());
    List<Row> rows = spark.read().parquet(out.toString()).collectAsList();
    OutputCheck.everyRecordOnce(crawl, rows);
    assertEquals(crawl.count("ok"), spark.read().parquet(out.resolve("set=articles").toString()).count());
  }

  @Test
  void countsAddUp() {
    OutputCheck.countsAddUp(crawl, result.counts());
  }

  @Test
  void theSummaryNamesEveryNonZeroCounter() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    WarcToArticles.print(result, options(List.of(), null, out, "parquet"), print);
    String summary = bytes.toString(StandardCharsets.UTF_8);
    System.out.print(summary);
    assertTrue(summary.startsWith("files: 3\npages: " + result.counts().get("pages") + "\nok: " + crawl.count("ok") + "\n"), summary);
    assertTrue(summary.contains("error.CORRUPT_INPUT: 3\n"), summary);
    assertTrue(summary.contains("skipped.REQUEST: 4\n"), summary);
    assertFalse(summary.contains(": 0\n"), summary);
  }

  @Test
  void charsetsFromTheHttpHeaderAndTheMetaTagAreUsed() {
    Map<String, String> encodingByUrl = new HashMap<>();
    for (Row row : spark.read().parquet(out.resolve("set=articles").toString()).collectAsList()) {
      encodingByUrl.put(row.getAs("target_uri"), row.getAs("encoding"));
    }
    assertEquals("GB18030", encodingByUrl.get("http://example.cn/gbk"));
    assertTrue(encodingByUrl.get("http://example.tw/big5").startsWith("Big5"), encodingByUrl.toString()); // or its superset Big5-HKSCS
    assertEquals("UTF-8", encodingByUrl.get("http://example.com/1"));
  }

  @Test
  void articleRowsCarryEveryArticleFieldAndProvenance() {
    Row row = spark.read().parquet(out.resolve("set=articles").toString())
        .where("target_uri = 'http://example.com/1'").collectAsList().get(0);
    assertEquals("第1号新闻标题", row.getAs("title"));
    assertEquals("2024-03-05T10:00", row.getAs("published"));
    assertEquals("某某日报", row.getAs("source"));
    assertEquals("http://example.com/1", row.getAs("url"));
    assertEquals("article", row.getAs("page_type"));
    assertTrue(row.<String>getAs("warc_record_id").startsWith("urn:uuid:"));
    assertFalse(row.getList(row.fieldIndex("paragraphs")).isEmpty());
    double confidence = row.getAs("confidence");
    assertTrue(confidence > 0 && confidence <= 1, "confidence " + confidence);
    for (String field : List.of("subtitle", "authors", "editor", "language", "comments")) {
      row.fieldIndex(field); // present in the schema, even when this page has no value
    }
  }

  @Test
  void aPlainParquetReaderReadsTheSameRows() throws IOException {
    List<String> titles = new ArrayList<>();
    long rows = 0;
    for (Path part : parts(out)) {
      try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(),
          new org.apache.hadoop.fs.Path(part.toUri())).withConf(new Configuration()).build()) {
        for (Group g = reader.read(); g != null; g = reader.read()) {
          rows++;
          if (g.getFieldRepetitionCount("title") > 0) {
            titles.add(g.getString("title", 0));
          }
        }
      }
    }
    assertEquals(crawl.records.size(), rows);
    Set<String> expected = new HashSet<>();
    crawl.records.values().stream().filter(e -> e.title() != null).forEach(e -> expected.add(e.title()));
    assertEquals(expected, new HashSet<>(titles));
  }

  @Test
  void jsonLinesOnRequestAndARerunReplacesTheOutput() throws IOException {
    Path json = dir.resolve("json");
    WarcToArticles.Options options = options(List.of(), writeList(), json, "json");
    WarcToArticles.run(spark, options);
    WarcToArticles.Result again = WarcToArticles.run(spark, options);
    assertEquals(result.counts(), again.counts());
    OutputCheck.everyRecordOnce(crawl, spark.read().json(json.toString()).collectAsList());
    long lines = 0;
    try (Stream<Path> files = Files.walk(json)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
        lines += Files.readAllLines(f).size();
      }
    }
    assertEquals(crawl.records.size(), lines, "one JSON line per record, none left from the first run");
  }

  /** A list file naming the crawl's files, with a comment and a blank line. */
  private static String writeList() throws IOException {
    List<String> lines = new ArrayList<>(List.of("# the test crawl", ""));
    crawl.files.forEach(f -> lines.add(f.toString()));
    Path list = dir.resolve("inputs.txt");
    Files.write(list, lines);
    return list.toString();
  }

  private static List<Path> parts(Path output) throws IOException {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
    }
  }
}
