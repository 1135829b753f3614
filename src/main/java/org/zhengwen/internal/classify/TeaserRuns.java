package org.zhengwen.internal.classify;

import java.util.List;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.blocks.BlockType;
import org.zhengwen.internal.text.DateTimes;
import org.zhengwen.internal.text.RelativeTimes;
import org.zhengwen.internal.text.Texts;

/**
 * Finds where a list of other stories begins after an article's body, in the same container: a run
 * of teasers, each opened by a short line that is a linked headline or an outlet-and-time line
 * ({@code 法新社·2 天前}, {@code Reuters · 3 hours ago}, {@code 2024-05-20 10:00}) and followed by its
 * summary. Recognised by the shape of the run, not by any heading word, so it carries over to
 * widgets whose heading is new ({@code 其他人也在看}, "More for you") or absent.
 */
public final class TeaserRuns {
  /** Opening lines longer than this (in letters) are text, not a teaser's byline or headline. */
  static final int MAX_OPENER_LETTERS = 40;

  /** A linked headline is a block at least this much inside links. */
  static final double LINKED_HEADLINE = 0.8;

  /** Teasers needed in a run before it is taken as a list of other stories. */
  static final int MIN_TEASERS = 3;

  /**
   * Blocks a teaser may span (opener, summary, perhaps a label) before the next opener must come.
   */
  static final int MAX_TEASER_BLOCKS = 4;

  /** Letters a teaser's summary has at least. */
  static final int MIN_SUMMARY_LETTERS = 20;

  /**
   * Blocks looked at from one start: bounds the work on hostile pages of endless short dated lines,
   * where every line would otherwise scan the rest of the page; a run this long is a list whatever
   * follows it.
   */
  static final int MAX_SCAN = 400;

  /** Share of the blocks from the run's start to the end that must belong to teasers. */
  static final double MIN_RUN_SHARE = 0.6;

  /** A short label just before the run ("其他人也在看", "More stories") goes with it. */
  static final int MAX_LABEL_LETTERS = 30;

  private TeaserRuns() {}

  /**
   * The index of the first block of a teaser run that starts at or after {@code from} and, with the
   * blocks in it, makes up the rest of the page; {@code blocks.size()} when there is none.
   */
  public static int start(List<Block> blocks, int from) {
    int n = blocks.size();
    int first = Math.max(0, from);
    if (first >= n) {
      return n;
    }
    // Each block is judged once: a page of endless dated lines would otherwise run the date
    // patterns
    // once per start and per line looked at.
    boolean[] opener = new boolean[n];
    boolean[] summary = new boolean[n];
    for (int i = first; i < n; i++) {
      opener[i] = isOpener(blocks.get(i));
      summary[i] =
          !opener[i]
              && Texts.letterCount(blocks.get(i).text(), MIN_SUMMARY_LETTERS)
                  >= MIN_SUMMARY_LETTERS;
    }
    for (int i = first; i < n; i++) {
      if (opener[i] && isRunFrom(opener, summary, i)) {
        return withLabel(blocks, i, from);
      }
    }
    return n;
  }

  private static boolean isRunFrom(boolean[] opener, boolean[] summary, int start) {
    int n = opener.length;
    int teasers = 0;
    int last = start;
    int end = Math.min(n, start + MAX_SCAN);
    for (int i = start; i < end; i++) {
      if (!opener[i]) {
        continue;
      }
      if (i - last > MAX_TEASER_BLOCKS) {
        break;
      }
      teasers += hasSummary(opener, summary, i) ? 1 : 0;
      last = i;
    }
    int inRun = Math.min(n, last + 2) - start; // the last teaser's summary belongs to it
    boolean cut =
        end < n && last + MAX_TEASER_BLOCKS >= end; // still running where the scan stopped
    return teasers >= MIN_TEASERS && (cut || inRun >= MIN_RUN_SHARE * (n - start));
  }

  /**
   * Whether the teaser opened at {@code at} has a summary: a block of some length before the next
   * opener. A schedule (a date, a time, a price) has none, and is not a list of stories.
   */
  private static boolean hasSummary(boolean[] opener, boolean[] summary, int at) {
    for (int j = at + 1; j < opener.length && j <= at + MAX_TEASER_BLOCKS; j++) {
      if (opener[j]) {
        return false;
      }
      if (summary[j]) {
        return true;
      }
    }
    return false;
  }

  /**
   * A teaser's first line: a short linked headline, or a short line holding a date or a relative
   * time.
   */
  public static boolean isOpener(Block b) {
    String t = b.text();
    int letters = Texts.letterCount(t, MAX_OPENER_LETTERS + 1);
    if (letters == 0 || letters > MAX_OPENER_LETTERS) {
      return false;
    }
    if (b.linkDensity() >= LINKED_HEADLINE && (b.type() == BlockType.HEADING || letters >= 8)) {
      return true;
    }
    if (!Texts.hasDigit(t)) {
      return false; // every relative time and date has one; most lines have none, and skip the
      // regexes
    }
    return RelativeTimes.in(t) || letters <= 24 && DateTimes.find(t).isPresent();
  }

  private static int withLabel(List<Block> blocks, int start, int from) {
    if (start - 1 >= from) {
      String label = blocks.get(start - 1).text();
      if (Texts.letterCount(label, MAX_LABEL_LETTERS + 1) <= MAX_LABEL_LETTERS
          && Texts.sentencePunctCount(label) == 0) {
        return start - 1;
      }
    }
    return start;
  }
}
