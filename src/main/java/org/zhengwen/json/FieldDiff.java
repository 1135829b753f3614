package org.zhengwen.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwen.internal.text.Scripts;

/**
 * Compares two article JSON objects field by field, for golden-file checks, and says what differs
 * in lines a person can read. Thread-safe.
 *
 * <p>Lists ({@code paragraphs}, {@code authors}) are aligned, not compared by position: a deleted
 * item is one {@code - [i]} line (its index in the expected list), an inserted one a {@code + [j]}
 * line (its index in the actual list), and an item that changed is one {@code ~ [i]} line with the
 * changed words marked as {@code [-old-]{+new+}}. Words are runs of letters or digits; each Han,
 * kana or Hangul character is a word of its own, since those scripts do not separate words with
 * spaces.
 */
public final class FieldDiff {
  /**
   * One word per CJK character, runs of letters/digits, runs of spaces, or any other single
   * character.
   */
  private static final String CJK = Scripts.CJK_CLASS;

  private static final Pattern WORD =
      Pattern.compile("[" + CJK + "]|[\\p{L}\\p{N}\\p{M}&&[^" + CJK + "]]+|\\s+|.", Pattern.DOTALL);

  /**
   * Below this share of words in common, a changed item reads better as one deleted and one
   * inserted.
   */
  private static final double SAME_ITEM = 0.4;

  private FieldDiff() {}

  /**
   * The differences between an expected and an actual article node, one readable entry per field
   * (with one line per deleted, inserted or changed item for lists); empty when they agree on every
   * article field.
   *
   * @param expected the expected article node
   * @param actual the extracted article node
   * @return one entry per differing field, in {@link ArticleJson#ARTICLE_FIELDS} order
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
        out.add(
            field
                + " (expected "
                + e.size()
                + " items, got "
                + a.size()
                + "):"
                + listDiff(texts(e), texts(a)));
      } else {
        out.add(field + ":\n    expected: " + e + "\n    actual:   " + a);
      }
    }
    return out;
  }

  /**
   * The aligned diff of two lists of strings, one line per deleted, inserted or changed item, each
   * starting with a line break and indented by four spaces.
   *
   * @param expected the expected items
   * @param actual the actual items
   * @return the lines; empty when the lists are equal
   */
  public static String listDiff(List<String> expected, List<String> actual) {
    StringBuilder b = new StringBuilder();
    for (AbstractDelta<String> d : DiffUtils.diff(expected, actual).getDeltas()) {
      List<String> gone = d.getSource().getLines();
      List<String> added = d.getTarget().getLines();
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      int paired = d.getType() == DeltaType.CHANGE ? Math.min(gone.size(), added.size()) : 0;
      for (int k = 0; k < paired; k++) {
        changed(b, from + k, to + k, gone.get(k), added.get(k));
      }
      for (int k = paired; k < gone.size(); k++) {
        line(b, "- [" + (from + k) + "] ", gone.get(k));
      }
      for (int k = paired; k < added.size(); k++) {
        line(b, "+ [" + (to + k) + "] ", added.get(k));
      }
    }
    return b.toString();
  }

  /**
   * One item's text with the changed words marked: {@code 今天[-下雨-]{+晴天+}了}.
   *
   * @param expected the expected text
   * @param actual the actual text
   * @return the actual text with deletions as {@code [-…-]} and insertions as {@code {+…+}}
   */
  public static String markWords(String expected, String actual) {
    List<String> e = words(expected);
    StringBuilder b = new StringBuilder();
    int at = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(e, words(actual)).getDeltas()) {
      e.subList(at, d.getSource().getPosition()).forEach(b::append);
      if (!d.getSource().getLines().isEmpty()) {
        b.append("[-").append(String.join("", d.getSource().getLines())).append("-]");
      }
      if (!d.getTarget().getLines().isEmpty()) {
        b.append("{+").append(String.join("", d.getTarget().getLines())).append("+}");
      }
      at = d.getSource().getPosition() + d.getSource().size();
    }
    e.subList(at, e.size()).forEach(b::append);
    return b.toString();
  }

  private static void changed(StringBuilder b, int from, int to, String gone, String added) {
    if (similarity(gone, added) < SAME_ITEM) {
      line(b, "- [" + from + "] ", gone);
      line(b, "+ [" + to + "] ", added);
    } else {
      line(b, "~ [" + from + (from == to ? "" : "->" + to) + "] ", markWords(gone, added));
    }
  }

  /** Share of words the two texts have in common, in order (0 to 1). */
  private static double similarity(String x, String y) {
    List<String> a = words(x);
    List<String> b = words(y);
    int changed = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
      changed += Math.max(d.getSource().size(), d.getTarget().size());
    }
    int longer = Math.max(a.size(), b.size());
    return longer == 0 ? 1 : 1 - (double) changed / longer;
  }

  private static void line(StringBuilder b, String head, String text) {
    b.append("\n    ").append(head).append(text.replace("\n", "\\n"));
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** Array items as text: strings as they are, anything else as JSON. */
  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
    return out;
  }
}
