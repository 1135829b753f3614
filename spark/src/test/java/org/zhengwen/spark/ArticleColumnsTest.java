package org.zhengwen.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.zhengwen.json.ArticleJson;

/** The job's and the UDF's article columns hold every field the library's JSON writes. */
class ArticleColumnsTest {
  @Test
  void everyJsonFieldIsAColumn() {
    Set<String> columns =
        ArticleColumns.FIELDS.stream().map(StructField::name).collect(Collectors.toSet());
    for (String field : ArticleJson.ARTICLE_FIELDS) {
      assertTrue(columns.contains(field), "no column for the article field " + field);
    }
  }
}
