package org.zhengwen.bench;

import java.util.ArrayList;
import java.util.List;

/** A small text table, printed either column-aligned for a terminal or as a Markdown table. */
final class Table {
  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /** Headers; a header starting with {@code >} is right-aligned (the marker is not printed). */
  Table(String... headers) {
    this.headers = new ArrayList<>();
    this.right = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      right[i] = headers[i].startsWith(">");
      this.headers.add(right[i] ? headers[i].substring(1) : headers[i]);
    }
  }

  Table row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  /** The number of rows. */
  int size() {
    return rows.size();
  }

  String render(boolean markdown) {
    return markdown ? markdown() : plain();
  }

  private String markdown() {
    StringBuilder sb = new StringBuilder();
    line(sb, headers, true);
    sb.append('|');
    for (boolean r : right) {
      sb.append(r ? "---:|" : "---|");
    }
    sb.append('\n');
    for (List<String> row : rows) {
      line(sb, row, true);
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, List<String> cells, boolean md) {
    sb.append('|');
    for (String c : cells) {
      sb.append(' ').append(c.replace("|", "\\|")).append(" |");
    }
    sb.append('\n');
  }

  private String plain() {
    int[] w = new int[headers.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(headers.get(i));
      for (List<String> row : rows) {
        w[i] = Math.max(w[i], width(row.get(i)));
      }
    }
    StringBuilder sb = new StringBuilder();
    plainLine(sb, headers, w);
    int total = 0;
    for (int x : w) {
      total += x + 2;
    }
    sb.append("-".repeat(Math.max(0, total - 2))).append('\n');
    for (List<String> row : rows) {
      plainLine(sb, row, w);
    }
    return sb.toString();
  }

  private void plainLine(StringBuilder sb, List<String> cells, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      line.append(right[i] ? pad + c : c + (i == cells.size() - 1 ? "" : pad));
      if (i < cells.size() - 1) {
        line.append("  ");
      }
    }
    sb.append(line.toString().stripTrailing()).append('\n');
  }

  /** Terminal columns: East Asian wide characters count two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += wide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean wide(int cp) {
    return Scoring.isCjk(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
