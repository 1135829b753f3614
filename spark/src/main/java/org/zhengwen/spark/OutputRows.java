package org.zhengwen.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Rejected;
import org.zhengwen.cli.WarcScan;

/**
 * The job's output rows: one per record of every WARC file. {@code set} says where a row is written
 * ({@code articles} or {@code dead_letters}), {@code status} what it is ({@code ok}, {@code error},
 * {@code skipped}), {@code reason} and {@code message} why it is not an article; then where it came from
 * ({@code file}, {@code offset}, {@code warc_record_id}, {@code target_uri}) and the article columns.
 */
final class OutputRows {
  /** The value of {@code set} for articles. */
  static final String ARTICLES = "articles";
  /** The value of {@code set} for rejected pages, damaged records and skipped records. */
  static final String DEAD_LETTERS = "dead_letters";

  /** The schema of every row. */
  static final StructType SCHEMA = schema();

  private OutputRows() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("set", DataTypes.StringType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        ArticleColumns.nullableString("reason"),
        ArticleColumns.nullableString("message"),
        DataTypes.createStructField("file", DataTypes.StringType, false),
        DataTypes.createStructField("offset", DataTypes.LongType, true),
        ArticleColumns.nullableString("warc_record_id"),
        ArticleColumns.nullableString("target_uri")));
    fields.addAll(ArticleColumns.FIELDS);
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** A page's row: an article, or a rejection with the extractor's reason. */
  static Row page(String file, WarcScan.FoundPage page, ExtractionResult result) {
    Object[] head = result instanceof Rejected r
        ? head(DEAD_LETTERS, "error", r.reason().name(), r.message())
        : head(ARTICLES, "ok", null, null);
    return row(head, file, OptionalLong.of(page.offset()), page.recordId(), page.targetUri(),
        ArticleColumns.values(result));
  }

  /** A page that could not be read, or a damaged stretch of the file. */
  static Row problem(String file, WarcScan.Problem problem) {
    return row(head(DEAD_LETTERS, "error", problem.reason(), problem.message()), file, problem.offset(),
        problem.recordId(), problem.targetUri(), ArticleColumns.none());
  }

  /** A record that is not a page; the reason is its kind ({@code REQUEST}, {@code METADATA}, …). */
  static Row skipped(String file, WarcScan.SkippedRecord record) {
    return row(head(DEAD_LETTERS, "skipped", record.kind(), null), file, OptionalLong.of(record.offset()),
        record.recordId(), record.targetUri(), ArticleColumns.none());
  }

  private static Object[] head(String set, String status, String reason, String message) {
    return new Object[] {set, status, reason, message};
  }

  private static Row row(Object[] head, String file, OptionalLong offset, Optional<String> id,
      Optional<String> target, Object[] article) {
    Object[] v = new Object[SCHEMA.size()];
    System.arraycopy(head, 0, v, 0, head.length);
    v[4] = file;
    v[5] = offset.isPresent() ? offset.getAsLong() : null;
    v[6] = id.orElse(null);
    v[7] = target.orElse(null);
    System.arraycopy(article, 0, v, 8, article.length);
    return RowFactory.create(v);
  }
}
