package org.zhengwen.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.zhengwen.cli.TestWarcs;
import org.zhengwen.cli.TestPages;

/** zhengwen_extract from SQL: an article, a rejection, and a page whose charset only the content type gives. */
class ZhengwenUdfTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("local[2]");
    ZhengwenUdf.register(spark);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void extractsFromSql() {
    StructType schema = new StructType()
        .add("id", DataTypes.IntegerType)
        .add("body", DataTypes.BinaryType)
        .add("ctype", DataTypes.StringType)
        .add("url", DataTypes.StringType);
    String gbkPage = TestPages.article("市政府发布新规", "本报讯 市政府今天发布了关于城市交通管理的新规定，自下月起施行。", null);
    Dataset<Row> pages = spark.createDataFrame(List.of(
        RowFactory.create(1, TestPages.numbered(1).getBytes(StandardCharsets.UTF_8), null, "http://example.com/1"),
        RowFactory.create(2, gbkPage.getBytes(TestWarcs.GBK), "text/html; charset=gbk", null),
        RowFactory.create(3, TestWarcs.pdf(), "application/pdf", null),
        RowFactory.create(4, null, null, null)), schema);
    pages.createOrReplaceTempView("pages");

    List<Row> rows = spark.sql("SELECT id, r.status, r.reason, r.title, r.encoding, r.url, size(r.paragraphs) AS n "
        + "FROM (SELECT id, zhengwen_extract(body, ctype, url) AS r FROM pages) ORDER BY id").collectAsList();

    assertEquals(4, rows.size());
    assertEquals(List.of("ok", "第1号新闻标题", "UTF-8", "http://example.com/1"),
        List.of(rows.get(0).getString(1), rows.get(0).getString(3), rows.get(0).getString(4), rows.get(0).getString(5)));
    assertEquals(2, rows.get(0).getInt(6));
    assertEquals("市政府发布新规", rows.get(1).getString(3));
    assertEquals("GB18030", rows.get(1).getString(4));
    assertEquals("error", rows.get(2).getString(1));
    assertEquals("BINARY", rows.get(2).getString(2));
    assertNull(rows.get(3).get(1), "null bytes give a null struct");
  }
}
