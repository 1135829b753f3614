package org.zhengwen.internal.classify;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.zhengwen.internal.text.DataFiles;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.RelativeTimes;
import org.zhengwen.internal.text.ScriptFold;

/**
 * The line that heads a forum post: the poster's floor number ({@code #3}, {@code 3楼}) or a
 * "posted" word ({@code 发表于}, {@code 沙发}, {@code posted}) with a time, on a short line ({@code
 * gazeldx #3 1 月前}, {@code January 4, 2020 at 4:00 am #301342}, {@code 发表于 6 天前 | 只看该作者}). Per-post
 * chrome on a thread, and in a text dump the sign that the dump is a thread. Stateless and
 * thread-safe.
 */
public final class PostHeaders {
  /** A date with a clock time: posts, comments and teasers carry one on every item. */
  public static final Pattern STAMP =
      Pattern.compile("(?<!\\d)(?:\\d{4}[-/.年])?\\d{1,2}[-/.月]\\d{1,2}日?\\s*\\d{1,2}:\\d{2}");

  /** A post header has no more letters than this: a name, a floor, a time, a place. */
  public static final int MAX_LETTERS = 40;

  /** Floor names (沙发) and "posted" labels (data, not code), folded to simplified script. */
  private static final List<String> WORDS =
      DataFiles.words(PostHeaders.class, "post-header-words.txt").stream()
          .map(ScriptFold::toHans)
          .toList();

  /** A floor number or post number: {@code #3}, {@code # 888393}, {@code 3楼}, {@code 3 樓}. */
  private static final Pattern FLOOR =
      Pattern.compile("(?<![\\w#&])#\\s?\\d{1,7}(?!\\w)|(?<![\\d.])\\d{1,5}\\s?[楼樓](?![主])");

  /** A line that is a floor number alone; its time stands on the line above or below. */
  private static final Pattern FLOOR_ALONE =
      Pattern.compile("\\s*(?:#\\s?\\d{1,7}|\\d{1,5}\\s?[楼樓])\\s*");

  private PostHeaders() {}

  /**
   * Whether the line heads a post: at most {@link #MAX_LETTERS} letters ({@code letters}, as the
   * caller counts them), a floor number or a word of {@code post-header-words.txt}, and a time.
   */
  public static boolean isHeader(String t, int letters) {
    if (letters > MAX_LETTERS || t.length() > MAX_LETTERS * 3) {
      return false;
    }
    String lower = ScriptFold.toHans(t.toLowerCase(Locale.ROOT));
    boolean marked = FLOOR.matcher(t).find() || WORDS.stream().anyMatch(lower::contains);
    return marked && hasTime(t);
  }

  /**
   * Whether the line is a floor number or floor name alone ({@code #2}, {@code 2楼}, {@code 沙发}).
   */
  public static boolean isFloorAlone(String t) {
    return FLOOR_ALONE.matcher(t).matches() || WORDS.contains(ScriptFold.toHans(t.strip()));
  }

  /** Whether the text holds a time: a date with a clock time, a relative time, or a date. */
  public static boolean hasTime(String t) {
    return STAMP.matcher(t).find() || RelativeTimes.in(t) || DateTimes.find(t).isPresent();
  }
}
