package org.zhengwen.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two article JSON objects field by field, for golden-file checks, and says what differs in
 * lines a person can read. Thread-safe.
 */
public final class FieldDiff {
  private FieldDiff() {}

  /**
   * The differences between an expected and an actual article node, one readable entry per field
   * (and per paragraph for {@code paragraphs}); empty when they agree on every article field.
   */
  public static List<String> diff(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    for (String field : ArticleJson.ARTICLE_FIELDS) {
      JsonNode e = expected.path(field);
      JsonNode a = actual.path(field);
      if (e.equals(a)) {
        continue;
      }
      if (e.isArray() && a.isArray()) {
        diffArray(field, e, a, out);
      } else {
        out.add(field + ":\n    expected: " + e + "\n    actual:   " + a);
      }
    }
    return out;
  }

  private static void diffArray(String field, JsonNode e, JsonNode a, List<String> out) {
    int n = Math.max(e.size(), a.size());
    StringBuilder b = new StringBuilder(field + " (expected " + e.size() + " items, got " + a.size() + "):");
    for (int i = 0; i < n; i++) {
      JsonNode ei = e.path(i);
      JsonNode ai = a.path(i);
      if (!ei.equals(ai)) {
        b.append("\n    [").append(i).append("] expected: ").append(ei.isMissingNode() ? "(none)" : ei)
            .append("\n    [").append(i).append("] actual:   ").append(ai.isMissingNode() ? "(none)" : ai);
      }
    }
    out.add(b.toString());
  }
}
