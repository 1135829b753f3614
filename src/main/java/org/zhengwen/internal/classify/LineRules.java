package org.zhengwen.internal.classify;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.text.ScriptFold;
import org.zhengwen.internal.text.Scripts;
import org.zhengwen.internal.text.Texts;

/**
 * Context-free rules: is this line (or block text) chrome by its own words and shape, wherever it
 * stands? Marker words come from {@link MarkerVocabulary}; shapes (breadcrumbs, lines of short menu
 * items, HTTP error lines) are recognised here. Stateless and thread-safe.
 */
public final class LineRules {
  /** Lines longer than this are body text whatever marker they contain (disclaimers excepted). */
  private static final int SHORT_LINE = 200;

  private static final int DISCLAIMER_LINE = 600;
  private static final int HEADING_KEY_MAX = 30;

  /** A number alone on its line ({@code 60}, {@code 1.2k}): a vote or like count, never text. */
  private static final Pattern LONE_NUMBER = Pattern.compile("[+-]?\\d[\\d,.]*[kKmMwW万]?");

  private static final int LONE_COUNT = 8;

  /** Counter bars ({@code 59 Shares · 12 Comments}) are short. */
  private static final int COUNTER_LINE = 60;

  private static final Pattern HTTP_ERROR =
      Pattern.compile(
          "(?:HTTP/\\d(?:\\.\\d)?\\s+)?[45]\\d\\d\\s*[-:]?\\s*[A-Za-z][A-Za-z .'-]{2,40}");
  private static final Pattern SERVER_LINE =
      Pattern.compile(
          "(?i)(?:nginx|openresty|tengine|apache|microsoft-iis|cloudflare|litespeed)(?:/[\\d.]{1,12})?(?:\\s*\\([^)]{0,40}\\))?");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:>>|->|»|›|＞|>|→|＞＞)\\s*");

  /** Characters that decorate a heading: brackets, arrows, bullets, colons, dashes. */
  private static final String DECORATION_CHARS = "【】[]()（）<>《》「」『』»·•|｜:：_—-";

  /** A length in minutes and seconds at the end of a line (input is lower-cased). */
  private static final Pattern TRAILING_DURATION =
      Pattern.compile(
          "(?:\\s*\\d+\\s*(?:min|mins|minutes|minuten|minute|sec|secs|seconds|分钟|分|秒|분|초)\\.?)+$");

  /** Counting words after a number in a heading's count (7条, 12則, 3篇, 5个, 9件). */
  private static final String COUNT_UNITS = "条條則则篇个個件";

  /** "More" links glued to a heading; input is lower-cased. */
  private static final String[] MORE_SUFFIXES = {"更多", "more", ">>", "+"};

  private static final Pattern MENU_SPLIT = Pattern.compile("[\\s\\u00a0\\u3000|｜]+");

  private static final MarkerVocabulary VOCABULARY = MarkerVocabulary.standard();

  private LineRules() {}

  /** A verdict if the text is chrome by its own words or shape; empty if it may be content. */
  public static Optional<Verdict> chrome(String text) {
    String t = Texts.trimPad(text);
    if (t.isEmpty() || t.length() > DISCLAIMER_LINE) {
      return Optional.empty();
    }
    // Folded to simplified script: one vocabulary serves both (相關閱讀 is 相关阅读).
    String lower = ScriptFold.toHans(t.toLowerCase(Locale.ROOT));
    Optional<Verdict> v = byVocabulary(t, lower);
    if (v.isPresent()) {
      return v;
    }
    if (t.length() <= SHORT_LINE) {
      return byShape(t);
    }
    return Optional.empty();
  }

  /** The heading form of a line: decoration, "更多"/"more" and spaces stripped, lower-cased. */
  static String headingKey(String lower) {
    String k = stripDecoration(lower);
    boolean stripped = true;
    while (stripped && !k.isEmpty()) {
      stripped = false;
      for (String suffix : MORE_SUFFIXES) {
        if (k.endsWith(suffix)) {
          k = k.substring(0, k.length() - suffix.length());
          stripped = true;
        }
      }
    }
    return stripDecoration(withoutCount(stripDecoration(withoutDuration(k))));
  }

  /**
   * The heading without a trailing duration: "listen to this article · 4 min" and "听这篇文章 ·4 分 20 秒"
   * are the prompt of an audio player, whatever the story's length.
   */
  private static String withoutDuration(String k) {
    if (k.isEmpty() || !Character.isLetter(k.charAt(k.length() - 1))) {
      return k;
    }
    Matcher m = TRAILING_DURATION.matcher(k);
    return m.find() && m.start() > 0 ? k.substring(0, m.start()) : k;
  }

  /**
   * The heading without a trailing count: "热门评论 7条", "网友评论(12)" and "Comments 34" are the headings
   * 热门评论, 网友评论 and comments; the count is the page's, the word is the marker.
   */
  private static String withoutCount(String k) {
    int end = k.length();
    if (end > 0 && COUNT_UNITS.indexOf(k.charAt(end - 1)) >= 0) {
      end--;
    }
    int digitsEnd = end;
    while (end > 0 && (Character.isDigit(k.charAt(end - 1)) || k.charAt(end - 1) == ',')) {
      end--;
    }
    // Only a count after a word: a line of digits alone, or a unit with no digits, stays.
    if (end == digitsEnd || end == 0) {
      return k;
    }
    return k.substring(0, end);
  }

  /**
   * Strips bracket, arrow, bullet, colon and dash decoration from both ends (a loop, not a regex:
   * hot path).
   */
  private static String stripDecoration(String s) {
    return Texts.trim(s, LineRules::isDecoration);
  }

  private static boolean isDecoration(char c) {
    return Texts.isPad(c) || DECORATION_CHARS.indexOf(c) >= 0;
  }

  private static Optional<Verdict> byVocabulary(String t, String lower) {
    // A heading marker plus decoration is short; longer lines skip the three regex passes of
    // headingKey.
    if (t.length() <= HEADING_KEY_MAX + 12) {
      String key = headingKey(lower);
      if (!key.isEmpty() && key.length() <= HEADING_KEY_MAX) {
        Optional<MarkerVocabulary.Marker> m = VOCABULARY.heading(key);
        if (m.isPresent()) {
          return Optional.of(new Verdict(m.get().kind(), "heading '" + m.get().phrase() + "'"));
        }
        m = VOCABULARY.ending(key);
        if (m.isPresent()) {
          return Optional.of(
              new Verdict(m.get().kind(), "heading ending in '" + m.get().phrase() + "'"));
        }
      }
    }
    Optional<MarkerVocabulary.Marker> p = VOCABULARY.prefix(lower);
    if (p.isPresent() && fits(p.get().kind(), t)) {
      return Optional.of(new Verdict(p.get().kind(), "starts with '" + p.get().phrase() + "'"));
    }
    Optional<MarkerVocabulary.Marker> c = VOCABULARY.contained(lower);
    if (c.isPresent() && fits(c.get().kind(), t)) {
      return Optional.of(new Verdict(c.get().kind(), "contains '" + c.get().phrase() + "'"));
    }
    return Optional.empty();
  }

  /** Disclaimers are long sentences; other markers only count in short lines. */
  private static boolean fits(ChromeKind kind, String t) {
    return kind == ChromeKind.DISCLAIMER ? t.length() <= DISCLAIMER_LINE : t.length() <= SHORT_LINE;
  }

  private static Optional<Verdict> byShape(String t) {
    if (t.length() <= 60 && (HTTP_ERROR.matcher(t).matches() || SERVER_LINE.matcher(t).matches())) {
      return Optional.of(new Verdict(ChromeKind.ERROR_STUB, "HTTP error page line"));
    }
    if (isBreadcrumb(t)) {
      return Optional.of(new Verdict(ChromeKind.BREADCRUMB, "path of short items joined by '>'"));
    }
    if (t.length() <= LONE_COUNT && LONE_NUMBER.matcher(t).matches()) {
      return Optional.of(new Verdict(ChromeKind.SHARE, "a count alone (votes, likes)"));
    }
    if (t.length() <= COUNTER_LINE && DatelineWords.isCounterLine(t)) {
      return Optional.of(new Verdict(ChromeKind.SHARE, "counters (shares, views, likes) only"));
    }
    if (isMenuLine(t)) {
      return Optional.of(new Verdict(ChromeKind.NAVIGATION, "line of short menu items"));
    }
    return Optional.empty();
  }

  /** {@code 地方网 > 四川 > 阿坝州 > 正文}: two or more separators between short segments. */
  static boolean isBreadcrumb(String t) {
    if (t.length() > 120 || !hasCrumbSeparator(t)) {
      return false;
    }
    String[] parts = CRUMB_SEPARATOR.split(t, -1);
    if (parts.length < 3) {
      return false;
    }
    for (String p : parts) {
      String s = Texts.trimPad(p);
      if (s.length() > 20 || Texts.sentencePunctCount(s) > 1) {
        return false;
      }
    }
    return true;
  }

  /** Cheap test before splitting: does the line hold any breadcrumb separator character? */
  private static boolean hasCrumbSeparator(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '>' || c == '»' || c == '›' || c == '＞' || c == '→') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code 今日阿坝 今日马尔康 今日金川 …}: four or more short items, no sentence punctuation. Latin-script
   * lines need five items, mostly capitalised, since a short English sentence also has four short
   * words.
   */
  static boolean isMenuLine(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Texts.isSentencePunct(c) || c == '“' || c == '"' || c == '（' || c == '(') {
        return false;
      }
    }
    // A line may start or end with a separator ("| 首页 | 新闻 |"): empty items are not items.
    String[] items =
        Arrays.stream(MENU_SPLIT.split(Texts.trimPad(t)))
            .filter(i -> !i.isEmpty())
            .toArray(String[]::new);
    if (items.length < 4) {
      return false;
    }
    int latin = 0;
    int capital = 0;
    for (String item : items) {
      if (item.length() > 10) {
        return false;
      }
      if (Character.isDigit(item.charAt(0))) {
        return false; // dates and times: a metadata line, not a menu
      }
      if (Scripts.isBelowEastAsian(item.charAt(0))) {
        latin++;
        if (Character.isUpperCase(item.charAt(0))) {
          capital++;
        }
      }
    }
    if (latin * 2 > items.length) {
      return items.length >= 5 && capital * 5 >= items.length * 4;
    }
    return true;
  }
}
