package org.zhengwen.internal.assemble;

/**
 * How sure an extraction is, from what the pipeline knows when it has chosen the text: how much of the
 * page's prose the kept text holds, how long the kept text is, and whether the headline was found in the
 * page. Each factor is in [0, 1]; their product, lifted off zero, is the confidence.
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
  /** Lowest confidence of a page that gave an article at all. */
  static final double FLOOR = 0.05;

  private Confidence() {}

  /**
   * The confidence, rounded to two decimals.
   *
   * @param share share of the page's prose the kept text holds, in [0, 1]
   * @param letters letters and digits (CJK characters count one each) in the kept text
   * @param titleInPage whether a block of the page was taken as the headline
   */
  static double of(double share, int letters, boolean titleInPage) {
    double s = clamp((share - NO_SHARE) / (FULL_SHARE - NO_SHARE));
    double l = Math.sqrt(clamp((double) letters / FULL_LENGTH));
    double t = titleInPage ? 1 : NO_TITLE_IN_PAGE;
    double c = FLOOR + (1 - FLOOR) * Math.sqrt(s) * l * t;
    return Math.round(c * 100) / 100.0;
  }

  private static double clamp(double v) {
    return Math.max(0, Math.min(1, v));
  }
}
