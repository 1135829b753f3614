package org.zhengwen.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * {@link Article} field of the JSON ({@code ArticleJson.ARTICLE_FIELDS}, names as there), the comments, plus {@code confidence}. Dates are ISO-8601
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
      nullableString("modified"),
      nullableString("source"),
      DataTypes.createStructField("authors", DataTypes.createArrayType(DataTypes.StringType, false), true),
      nullableString("editor"),
      nullableString("url"),
      nullableString("canonical_url"),
      nullableString("hostname"),
      nullableString("site_name"),
      nullableString("description"),
      nullableString("image"),
      DataTypes.createStructField("tags", DataTypes.createArrayType(DataTypes.StringType, false), true),
      nullableString("section"),
      nullableString("language"),
      nullableString("encoding"),
      nullableString("page_type"),
      DataTypes.createStructField("paragraphs", DataTypes.createArrayType(DataTypes.StringType, false), true),
      DataTypes.createStructField("comments", DataTypes.createArrayType(COMMENT, false), true),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, true));

  private static final Map<String, Integer> INDEX = index();

  private ArticleColumns() {}

  private static Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < FIELDS.size(); i++) {
      index.put(FIELDS.get(i).name(), i);
    }
    return Map.copyOf(index);
  }

  static StructField nullableString(String name) {
    return DataTypes.createStructField(name, DataTypes.StringType, true);
  }

  /**
   * The values of {@link #FIELDS} for a result: all of them for an article; for a rejection only the
   * encoding (when decoding got that far), the rest null.
   */
  static Object[] values(ExtractionResult result) {
    Object[] v = none();
    put(v, "encoding", result.encoding().map(Encoding::name).orElse(null));
    if (result instanceof Extracted e) {
      fill(v, e.article());
      put(v, "confidence", e.confidence());
    }
    return v;
  }

  /** All nulls: the article columns of a row that is not a page's result (a skip, a damaged record). */
  static Object[] none() {
    return new Object[FIELDS.size()];
  }

  private static void fill(Object[] v, Article a) {
    put(v, "title", a.title().orElse(null));
    put(v, "subtitle", a.subtitle().orElse(null));
    put(v, "published", a.published().map(PublishedDate::toString).orElse(null));
    put(v, "modified", a.modified().map(PublishedDate::toString).orElse(null));
    put(v, "source", a.source().orElse(null));
    put(v, "authors", a.authors().toArray(String[]::new));
    put(v, "editor", a.editor().orElse(null));
    put(v, "url", a.url().orElse(null));
    put(v, "canonical_url", a.canonicalUrl().orElse(null));
    put(v, "hostname", a.hostname().orElse(null));
    put(v, "site_name", a.siteName().orElse(null));
    put(v, "description", a.description().orElse(null));
    put(v, "image", a.image().orElse(null));
    put(v, "tags", a.tags().toArray(String[]::new));
    put(v, "section", a.section().orElse(null));
    put(v, "language", a.language().orElse(null));
    put(v, "page_type", a.pageType().name().toLowerCase(Locale.ROOT));
    put(v, "paragraphs", a.paragraphs().toArray(String[]::new));
    put(v, "comments", a.comments().stream().map(ArticleColumns::comment).toArray(Row[]::new));
  }

  /** Sets a column by name, so that the values cannot drift from {@link #FIELDS}' order. */
  private static void put(Object[] values, String column, Object value) {
    Integer at = INDEX.get(column);
    if (at == null) {
      throw new IllegalArgumentException("no article column " + column);
    }
    values[at] = value;
  }

  private static Row comment(Comment c) {
    return RowFactory.create(c.author().orElse(null), c.published().map(PublishedDate::toString).orElse(null), c.text());
  }
}
