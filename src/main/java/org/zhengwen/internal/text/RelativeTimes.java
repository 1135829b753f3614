package org.zhengwen.internal.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Relative time stamps as listing widgets and comment threads print them under every item ({@code 2
 * 天前}, {@code 23 小時前}, {@code 5 hours ago}). The units are data ({@code relative-time-units.txt});
 * both the HTML road's teaser runs and the text-dump road read them here. Thread-safe.
 */
public final class RelativeTimes {
  private static final Pattern STAMP = compile(units());

  private RelativeTimes() {}

  /** Whether the text holds a relative time stamp. */
  public static boolean in(String text) {
    return STAMP.matcher(text).find();
  }

  private static Pattern compile(List<String> units) {
    String alternatives =
        units.stream().map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    return Pattern.compile("(?i)(?<!\\d)\\d{1,3}\\s*(?:" + alternatives + ")\\s*(?:前|以前|ago)");
  }

  private static List<String> units() {
    return DataFiles.words(RelativeTimes.class, "relative-time-units.txt");
  }
}
