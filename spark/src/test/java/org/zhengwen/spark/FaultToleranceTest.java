package org.zhengwen.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task that fails once, after it has already produced rows, is retried; the output holds each record once. */
class FaultToleranceTest {
  @TempDir Path dir;

  @Test
  void aRetriedTaskDoesNotDuplicateRowsOrCounts() throws IOException {
    TestCrawl crawl = TestCrawl.write(Files.createDirectories(dir.resolve("crawl")));
    Path out = dir.resolve("out");
    int before = FileRows.INJECTED_FAILURES.get();
    // local[2,2]: two threads, and a task may fail once before the job does.
    SparkSession spark = LocalSpark.start("local[2,2]");
    System.setProperty(FileRows.FAIL_FIRST_ATTEMPT_AFTER, "2");
    WarcToArticles.Result result;
    try {
      result = WarcToArticles.run(spark, new WarcToArticles.Options(
          List.of(dir.resolve("crawl") + "/*.warc*"), null, out.toString(), "parquet"));
      assertEquals(crawl.files.size(), FileRows.INJECTED_FAILURES.get() - before, "every file's first attempt failed");
      OutputCheck.everyRecordOnce(crawl, spark.read().parquet(out.toString()).collectAsList());
      OutputCheck.countsAddUp(crawl, result.counts());
    } finally {
      System.clearProperty(FileRows.FAIL_FIRST_ATTEMPT_AFTER);
      spark.stop();
    }
  }
}
