package org.zhengwen.internal.assemble;

/**
 * How sure an extraction is, from what the pipeline knows when it has chosen the text: how much of
 * the page's prose the kept text holds, how long the kept text is, and whether the headline was
 * found in the page. Each factor is in [0, 1]; their product, lifted off zero, is the confidence.
 */
final class Confidence {
  /** Share of the page's prose at or above which the choice is not in doubt on that count. */
  static final double FULL_SHARE = 0.8;

  /** Share of the page's prose at or below which the share factor is zero. */
  static final double NO_SHARE = 0.1;

  /** Letters of body text at or above which length raises no doubt. */
  static final int FULL_LENGTH = 500;

  /** Factor when no block of the page was taken as the headline. */
  static final double NO_TITLE_IN_PAGE = 0.8;

  /**
   * Factor for a thread: which posts belong to it is a harder call than an article's extent, and
   * the dev corpora show threads three times as often among the pages extracted badly as among the
   * others.
   */
  static final double THREAD = 0.85;

  /** Share of short paragraphs (labels, user names, buttons) above which doubt grows... */
  static final double SHORT_SHARE_FREE = 0.3;

  /** ...by up to this much when every paragraph is short. */
  static final double SHORT_SHARE_WEIGHT = 0.4;

  /** A paragraph with fewer letters than this is short. */
  static final int SHORT_PARAGRAPH = 40;

  /** Lowest confidence of a page that gave an article at all. */
  static final double FLOOR = 0.05;

  private Confidence() {}

  /**
   * The confidence, rounded to two decimals.
   *
   * @param share share of the page's prose the kept text holds, in [0, 1]
   * @param letters letters and digits (CJK characters count one each) in the kept text
   * @param titleInPage whether a block of the page was taken as the headline
   * @param thread whether the page was read as a thread
   * @param shortShare share of the kept paragraphs shorter than {@link #SHORT_PARAGRAPH} letters
   */
  static double of(
      double share, int letters, boolean titleInPage, boolean thread, double shortShare) {
    double s = clamp((share - NO_SHARE) / (FULL_SHARE - NO_SHARE));
    double l = Math.sqrt(clamp((double) letters / FULL_LENGTH));
    double t = titleInPage ? 1 : NO_TITLE_IN_PAGE;
    double p = thread ? THREAD : 1;
    double shortness =
        1 - SHORT_SHARE_WEIGHT * clamp((shortShare - SHORT_SHARE_FREE) / (1 - SHORT_SHARE_FREE));
    double c = FLOOR + (1 - FLOOR) * Math.sqrt(s) * l * t * p * shortness;
    return Math.round(c * 100) / 100.0;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
