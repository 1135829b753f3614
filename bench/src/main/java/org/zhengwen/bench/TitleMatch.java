package org.zhengwen.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an extracted title matches a reference title: exactly, or by the site-name rule.
 *
 * <p>Both titles are compared after trimming and collapsing whitespace ({@link #normalize}). They match <em>exactly</em>
 * when then equal. They match by the <em>site-name rule</em> when they are equal or when the longer
 * one is the shorter one plus one site-name segment, split off by a separator, at its end ({@code
 * 标题_新浪网}, {@code Headline | Site}) or at its start ({@code Site - Headline}). The rule works in
 * either direction: the reference may carry the site name the extractor dropped, or the extractor may
 * keep a site name the reference (often another extractor's output) dropped.
 *
 * <p>A separator is a run of {@code | - – — _ · :} or their full-width forms ({@code ｜ － ＿ ・ ･ ：})
 * with any whitespace around it ({@code ——} and {@code --} are runs). A bare {@code -}, {@code _} or
 * {@code :} between two ASCII letters or digits ({@code COVID-19}, {@code 10:30}) is part of a word,
 * not a separator. The site segment must be non-blank, hold no separator itself (one segment only),
 * and be no longer than the headline left beside it: a site name is shorter than a headline, so a
 * reference cut down to its first words does not count.
 */
public final class TitleMatch {
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[|｜\\-－–—_＿·・･:：]+\\s*");

  private TitleMatch() {}

  /** How an extracted title relates to the reference. */
  public enum Kind {
    /** No title, or neither rule holds. */
    NONE,
    /** Equal after collapsing whitespace. */
    EXACT,
    /** Equal but for one site-name segment on one side. */
    SITE_SEGMENT;

    /** Whether this counts as a match under the site-name rule (exact matches included). */
    public boolean bySiteRule() {
      return this != NONE;
    }
  }

  /** Compares an extracted title (may be null) with the reference title. */
  public static Kind match(String extracted, String reference) {
    if (extracted == null || reference == null) {
      return Kind.NONE;
    }
    String a = normalize(extracted);
    String b = normalize(reference);
    if (a.equals(b)) {
      return Kind.EXACT;
    }
    String longer = a.length() > b.length() ? a : b;
    String shorter = longer == a ? b : a;
    if (shorter.isEmpty()) {
      return Kind.NONE;
    }
    boolean site = longer.startsWith(shorter) && siteTail(longer, shorter.length())
        || longer.endsWith(shorter) && siteHead(longer, longer.length() - shorter.length());
    return site ? Kind.SITE_SEGMENT : Kind.NONE;
  }

  /**
   * Trims and collapses whitespace (Unicode spaces included); zero-width spaces and joiners, which
   * some sites leave at the end of a headline, count as whitespace since no reader sees them.
   */
  public static String normalize(String title) {
    return title.replaceAll("[\\s\\p{Z}\\u200B-\\u200D\\u2060\\uFEFF]+", " ").strip();
  }

  /** {@code longer} from {@code cut} on is a separator and then one site-name segment. */
  private static boolean siteTail(String longer, int cut) {
    List<int[]> seps = separators(longer);
    for (int[] s : seps) {
      if (s[0] == cut) {
        String segment = longer.substring(s[1]);
        boolean alone = seps.stream().noneMatch(o -> o[0] >= s[1]);
        return alone && plausibleSite(segment, cut);
      }
    }
    return false;
  }

  /** {@code longer} up to {@code cut} is one site-name segment and then a separator. */
  private static boolean siteHead(String longer, int cut) {
    List<int[]> seps = separators(longer);
    for (int[] s : seps) {
      if (s[1] == cut) {
        String segment = longer.substring(0, s[0]);
        boolean alone = seps.stream().noneMatch(o -> o[1] <= s[0]);
        return alone && plausibleSite(segment, longer.length() - cut);
      }
    }
    return false;
  }

  private static boolean plausibleSite(String segment, int headlineChars) {
    return !segment.isBlank() && segment.length() <= headlineChars;
  }

  /** Start and end of every separator in {@code s}, leaving out in-word hyphens, underscores and colons. */
  static List<int[]> separators(String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = SEPARATOR.matcher(s);
    while (m.find()) {
      if (!inWord(s, m.start(), m.end())) {
        out.add(new int[] {m.start(), m.end()});
      }
    }
    return out;
  }

  private static boolean inWord(String s, int start, int end) {
    String sep = s.substring(start, end);
    if (!sep.equals("-") && !sep.equals("_") && !sep.equals(":")) {
      return false;
    }
    return start > 0 && end < s.length() && asciiAlnum(s.charAt(start - 1)) && asciiAlnum(s.charAt(end));
  }

  private static boolean asciiAlnum(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }
}
