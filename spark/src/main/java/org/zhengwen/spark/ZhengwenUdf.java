package org.zhengwen.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhengwen.ExtractionResult;
import org.zhengwen.Extractor;
import org.zhengwen.PageHints;
import org.zhengwen.Rejected;

/**
 * The extractor as a Spark SQL function: {@code zhengwen_extract(bytes, content_type, url)} returns a
 * struct with {@code status} ({@code ok} or {@code error}), {@code reason} and {@code message} for a
 * rejection, and the article columns ({@code title}, {@code paragraphs}, …). {@code content_type} and
 * {@code url} may be null; null bytes give a null struct.
 *
 * <pre>{@code
 * ZhengwenUdf.register(spark);
 * spark.sql("SELECT r.title, r.paragraphs FROM (SELECT zhengwen_extract(body, ctype, url) AS r FROM pages)");
 * }</pre>
 */
public final class ZhengwenUdf {
  /** The name it is registered under. */
  public static final String NAME = "zhengwen_extract";
  /** The struct it returns. */
  public static final StructType RESULT = result();

  private ZhengwenUdf() {}

  /** Registers {@value #NAME} with the session, for SQL and {@code functions.callUDF}. */
  public static void register(SparkSession spark) {
    spark.udf().register(NAME, (UDF3<byte[], String, String, Row>) ZhengwenUdf::extract, RESULT);
  }

  /** Extracts one page; the struct's values in {@link #RESULT} order. */
  static Row extract(byte[] bytes, String contentType, String url) {
    if (bytes == null) {
      return null;
    }
    PageHints hints = PageHints.none();
    if (contentType != null) {
      hints = hints.withContentType(contentType);
    }
    if (url != null) {
      hints = hints.withUrl(url);
    }
    ExtractionResult result = Extractor.standard().extract(bytes, hints);
    List<Object> values = new ArrayList<>();
    if (result instanceof Rejected r) {
      values.addAll(List.of("error", r.reason().name(), r.message()));
    } else {
      values.add("ok");
      values.add(null);
      values.add(null);
    }
    values.addAll(Arrays.asList(ArticleColumns.values(result)));
    return RowFactory.create(values.toArray());
  }

  private static StructType result() {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField("status", DataTypes.StringType, false),
        ArticleColumns.nullableString("reason"),
        ArticleColumns.nullableString("message")));
    fields.addAll(ArticleColumns.FIELDS);
    return new StructType(fields.toArray(StructField[]::new));
  }
}
