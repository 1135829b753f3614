package org.zhengwen.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** Checks a job's output rows against the crawl they came from. */
final class OutputCheck {
  private OutputCheck() {}

  /** Every record of the crawl is exactly one row, with the expected status, reason and title. */
  static void everyRecordOnce(TestCrawl crawl, List<Row> rows) {
    Map<String, Row> byKey = new HashMap<>();
    for (Row row : rows) {
      String key = TestCrawl.key(row.getAs("file"), row.<Long>getAs("offset"));
      Row before = byKey.put(key, row);
      assertNull(before, () -> "two rows for " + key);
    }
    assertEquals(crawl.records.keySet(), byKey.keySet(), "one row per record, keyed by file and offset");
    crawl.records.forEach((key, expected) -> {
      Row row = byKey.get(key);
      assertEquals(expected.status(), row.getAs("status"), key);
      assertEquals(expected.status().equals("ok") ? OutputRows.ARTICLES : OutputRows.DEAD_LETTERS, row.getAs("set"), key);
      if (expected.reason() != null) {
        assertEquals(expected.reason(), row.getAs("reason"), key);
      }
      if (expected.title() != null) {
        assertEquals(expected.title(), row.getAs("title"), key);
      }
    });
  }

  /** The counters agree with the crawl and with each other. */
  static void countsAddUp(TestCrawl crawl, Map<String, Long> counts) {
    long errors = counts.entrySet().stream().filter(e -> e.getKey().startsWith("error.")).mapToLong(Map.Entry::getValue).sum();
    long skipped = counts.entrySet().stream().filter(e -> e.getKey().startsWith("skipped.")).mapToLong(Map.Entry::getValue).sum();
    assertEquals(crawl.count("ok"), counts.get("ok"), counts.toString());
    assertEquals(crawl.count("error"), errors, counts.toString());
    assertEquals(crawl.count("skipped"), skipped, counts.toString());
    assertEquals(counts.get("ok") + errors, counts.get("pages"), "pages = ok + errors");
    assertEquals(3, counts.get("error.CORRUPT_INPUT"), "the truncated member, the cut record, the damaged member");
    assertEquals(4, counts.get("skipped.REQUEST"));
    assertEquals(2, counts.get("skipped.METADATA"), "a warcinfo and a metadata record");
    assertEquals(1, counts.get("skipped.NON_HTML"), "the PDF");
  }
}
