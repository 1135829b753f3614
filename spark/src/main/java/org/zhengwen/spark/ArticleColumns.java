package org.zhengwen.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhengwen.Article;
import org.zhengwen.Comment;
import org.zhengwen.Encoding;
import org.zhengwen.Extracted;
import org.zhengwen.ExtractionResult;
import org.zhengwen.PublishedDate;

/**
 * The columns an extraction result fills, shared by the job's rows and the UDF's struct: every
 * {@link Article} field (names as in the command line's JSON) plus {@code confidence}. Dates are ISO-8601
 * local strings at the page's precision, as in the JSON.
 */
final class ArticleColumns {
  private static final StructType COMMENT = new StructType(new StructField[] {
      nullableString("author"), nullableString("published"), nullableString("text")});

  /** The article columns, in order. */
  static final List<StructField> FIELDS = List.of(
      nullableString("title"),
      nullableString("subtitle"),
      nullableString("published"),
      nullableString("source"),
      DataTypes.createStructField("authors", DataTypes.createArrayType(DataTypes.StringType, false), true),
      nullableString("editor"),
      nullableString("url"),
      nullableString("language"),
      nullableString("encoding"),
      nullableString("page_type"),
      DataTypes.createStructField("paragraphs", DataTypes.createArrayType(DataTypes.StringType, false), true),
      DataTypes.createStructField("comments", DataTypes.createArrayType(COMMENT, false), true),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, true));

  private ArticleColumns() {}

  static StructField nullableString(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, true);
  }

  /**
   * The values of {@link #FIELDS} for a result: all of them for an article; for a rejection only the
   * encoding (when decoding got that far), the rest null.
   */
  static Object[] values(ExtractionResult result) {
    Object[] v = new Object[FIELDS.size()];
    v[8] = result.encoding().map(Encoding::name).orElse(null);
    if (result instanceof Extracted e) {
      fill(v, e.article());
      v[12] = e.confidence();
    }
    return v;
  }

  /** All nulls: the article columns of a row that is not a page's result (a skip, a damaged record). */
  static Object[] none() {
    return new Object[FIELDS.size()];
  }

  private static void fill(Object[] v, Article a) {
    v[0] = a.title().orElse(null);
    v[1] = a.subtitle().orElse(null);
    v[2] = a.published().map(PublishedDate::toString).orElse(null);
    v[3] = a.source().orElse(null);
    v[4] = a.authors().toArray(String[]::new);
    v[5] = a.editor().orElse(null);
    v[6] = a.url().orElse(null);
    v[7] = a.language().orElse(null);
    v[9] = a.pageType().name().toLowerCase(java.util.Locale.ROOT);
    v[10] = a.paragraphs().toArray(String[]::new);
    v[11] = a.comments().stream().map(ArticleColumns::comment).toArray(Row[]::new);
  }

  private static Row comment(Comment c) {
    return RowFactory.create(c.author().orElse(null), c.published().map(PublishedDate::toString).orElse(null), c.text());
  }
}
