package org.zhengwen.internal.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * Joins hard-wrapped lines back into the paragraphs they were cut from. A dump is hard-wrapped when
 * many of its lines fill the same display width (CJK characters counting two columns, as terminals
 * and text renderers lay them out); a line that fills it, followed by another non-blank line, was
 * cut there. Dumps without such a width come back unchanged.
 */
final class HardWraps {
  /** Lines at least this wide (columns) are candidates for a wrap width. */
  private static final int MIN_WIDTH = 40;

  /**
   * Lines this close to the wrap width (columns) are full: a wide character may not fit the last
   * column.
   */
  private static final int SLACK = 2;

  /**
   * Latin text wraps at word boundaries: a line within this share of the width, ending
   * mid-sentence, is full.
   */
  private static final double WORD_WRAP_SHARE = 0.8;

  private static final int MIN_FULL_LINES = 5;

  /** How many times the lines of any shorter width the lines at the wrap width must number. */
  private static final int SPIKE = 2;

  private HardWraps() {}

  /** The logical lines of {@code lines} ({@code null} stands for a blank line and is kept). */
  static List<String> join(List<String> input) {
    // A dump with a blank line after every line (one per <br>) says nothing with them.
    List<String> lines =
        blankAfterEveryLine(input) ? input.stream().filter(l -> l != null).toList() : input;
    // Renderers wrap at a display width; simpler tools cut every N characters.
    boolean columns = true;
    int width = wrapWidth(lines, true);
    if (width < 0) {
      columns = false;
      width = wrapWidth(lines, false);
    }
    if (width < 0) {
      return input;
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line == null) {
        flush(cur, out);
        cur = null;
        out.add(null);
        continue;
      }
      if (cur == null) {
        cur = new StringBuilder(line);
      } else {
        appendWrapped(cur, line);
      }
      if (!isFull(line, width, columns)) {
        flush(cur, out);
        cur = null;
      }
    }
    flush(cur, out);
    return out;
  }

  /** Whether (nearly) every pair of neighbouring lines has a blank line between them. */
  private static boolean blankAfterEveryLine(List<String> lines) {
    int adjacent = 0;
    int separated = 0;
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i) != null) {
        if (lines.get(i - 1) != null) {
          adjacent++;
        } else {
          separated++;
        }
      }
    }
    return separated > 0 && adjacent * 10 < separated;
  }

  private static void flush(@Nullable StringBuilder cur, List<String> out) {
    if (cur != null) {
      out.add(cur.toString());
    }
  }

  /** Latin words were split at a space that the wrap ate; CJK text has no spaces to restore. */
  private static void appendWrapped(StringBuilder cur, String next) {
    char last = cur.charAt(cur.length() - 1);
    char first = next.charAt(0);
    if (Scripts.isBelowEastAsian(last) && Scripts.isBelowEastAsian(first) && !Texts.isPad(last)) {
      cur.append(' ');
    }
    cur.append(next);
  }

  /** The width most long lines stop at, when enough do; -1 when the dump is not hard-wrapped. */
  static int wrapWidth(List<String> lines, boolean columns) {
    Map<Integer, Integer> counts = new HashMap<>();
    int longLines = 0;
    int max = 0;
    for (String l : lines) {
      int w = l == null ? 0 : measure(l, columns);
      if (w >= (columns ? MIN_WIDTH : MIN_WIDTH / 2)) {
        longLines++;
        counts.merge(w, 1, Integer::sum);
        max = Math.max(max, w);
      }
    }
    if (longLines < MIN_FULL_LINES) {
      return -1;
    }
    // The wrap width is the widest width that a good share of long lines reach (within the slack),
    // or, for a cut every N characters, a spike: many lines end exactly there and none go past it,
    // while menus and teasers of every shorter length make up the rest. (A renderer's display width
    // is no such hard edge: it wraps at words, and Latin text under it leaves most lines short.)
    int atMax = 0;
    int mostAtOtherWidth = 0;
    int slack = columns ? SLACK : 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (e.getKey() >= max - slack) {
        atMax += e.getValue();
      } else {
        mostAtOtherWidth = Math.max(mostAtOtherWidth, e.getValue());
      }
    }
    boolean share = atMax * 4 >= longLines;
    boolean spike = !columns && atMax >= SPIKE * mostAtOtherWidth;
    return atMax >= MIN_FULL_LINES && (share || spike) ? max : -1;
  }

  private static boolean isFull(String line, int width, boolean columns) {
    char end = line.charAt(line.length() - 1);
    if (Texts.isCjkSentenceStop(end)) {
      // A full line that ends a sentence may end its paragraph; splitting there loses nothing.
      return false;
    }
    int w = measure(line, columns);
    if (w >= width - (columns ? SLACK : 0)) {
      return true;
    }
    char last = line.charAt(line.length() - 1);
    return Scripts.isBelowEastAsian(last)
        && Character.isLetterOrDigit(last)
        && w >= width * WORD_WRAP_SHARE;
  }

  private static int measure(String s, boolean columns) {
    return columns ? width(s) : s.length();
  }

  /** Display width in columns: East Asian wide characters count two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w +=
          c >= 0x1100
                  && (c <= 0x115f
                      || c >= 0x2e80 && c <= 0xa4cf
                      || c >= 0xac00 && c <= 0xd7a3
                      || c >= 0xf900 && c <= 0xfaff
                      || c >= 0xfe30 && c <= 0xfe4f
                      || c >= 0xff00 && c <= 0xff60
                      || c >= 0xffe0 && c <= 0xffe6)
              ? 2
              : 1;
    }
    return w;
  }
}
