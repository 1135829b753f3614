package org.zhengwen.bench;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bag-of-tokens precision / recall / F1 of an extracted body against a reference body.
 *
 * <p>A token is either one CJK character (script Han, Hiragana, Katakana or Hangul) or a maximal run
 * of other letters and digits ({@link Character#isLetterOrDigit(int)}), where combining marks (general
 * categories Mn and Mc) continue a run so that Thai, Devanagari or Myanmar words are not split at
 * their vowel signs. Tokens are lower-cased with {@link Locale#ROOT}. Everything else (punctuation,
 * symbols, spaces) separates tokens and is not a token itself. A combining mark with no run to
 * continue (after a space, a CJK character or punctuation) is dropped.
 *
 * <p>Bags are multisets: overlap = Σ min(count in extracted, count in reference). P = overlap /
 * |extracted|, R = overlap / |reference|. Both empty: P = R = F1 = 1. Exactly one empty: P = R =
 * F1 = 0.
 */
public final class Scoring {
  private Scoring() {}

  /** Precision, recall and F1 of one page, each in [0, 1]. */
  public record Score(double precision, double recall, double f1) {
    /** The score of an extraction that matched nothing. */
    public static final Score ZERO = new Score(0, 0, 0);
  }

  /** The tokens of {@code text}, in order. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isCjk(cp)) {
        flush(run, out);
        out.add(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
      } else if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(cp);
      } else if (isCombiningMark(cp)) {
        if (run.length() > 0) {
          run.appendCodePoint(cp);
        }
      } else {
        flush(run, out);
      }
    }
    flush(run, out);
    return out;
  }

  /** The multiset of tokens of {@code text}: token to count. */
  public static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    for (String t : tokens(text)) {
      bag.merge(t, 1, Integer::sum);
    }
    return bag;
  }

  /** Scores {@code extracted} against the reference {@code truth}. Null counts as empty. */
  public static Score score(String extracted, String truth) {
    return score(bag(extracted == null ? "" : extracted), bag(truth == null ? "" : truth));
  }

  /** Scores two bags (as made by {@link #bag(String)}). */
  public static Score score(Map<String, Integer> extracted, Map<String, Integer> truth) {
    long nExtracted = size(extracted);
    long nTruth = size(truth);
    if (nExtracted == 0 && nTruth == 0) {
      return new Score(1, 1, 1);
    }
    if (nExtracted == 0 || nTruth == 0) {
      return Score.ZERO;
    }
    Map<String, Integer> small = extracted.size() <= truth.size() ? extracted : truth;
    Map<String, Integer> large = small == extracted ? truth : extracted;
    long overlap = 0;
    for (Map.Entry<String, Integer> e : small.entrySet()) {
      Integer other = large.get(e.getKey());
      if (other != null) {
        overlap += Math.min(e.getValue(), other);
      }
    }
    double p = (double) overlap / nExtracted;
    double r = (double) overlap / nTruth;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new Score(p, r, f1);
  }

  private static long size(Map<String, Integer> bag) {
    long n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (run.length() > 0) {
      out.add(run.toString().toLowerCase(Locale.ROOT));
      run.setLength(0);
    }
  }

  static boolean isCjk(int cp) {
    UnicodeScript s = UnicodeScript.of(cp);
    return s == UnicodeScript.HAN || s == UnicodeScript.HIRAGANA || s == UnicodeScript.KATAKANA
        || s == UnicodeScript.HANGUL;
  }

  private static boolean isCombiningMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}
