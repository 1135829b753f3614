package org.zhengwen.internal.dump;

import java.util.Arrays;
import java.util.List;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.blocks.Block;
import org.zhengwen.internal.text.Texts;

/**
 * Finds the article in a dump's line profile, the way text-density methods (CETR, BTE) find it in
 * HTML: every line weighs for or against being in the article — article-like lines by their
 * letters, short lines and chrome against — and the region is the stretch of lines with the
 * greatest sum. Chrome that ends articles (related lists, comments, pagers, footers) weighs like a
 * wall, so only a substantial body of text on its far side is worth crossing it for. The region is
 * then widened to take in the title and metadata lines above it and a short sign-off below it.
 */
final class DumpRegionFinder {
  /** What a chrome line that ends articles costs: two or three short paragraphs. */
  private static final int WALL = 300;

  private static final int CHROME_MIN_COST = 10;

  /** A gap between article lines this costly closes the article (a teaser list of 20 headlines). */
  private static final int GAP = 400;

  private static final double CLOSED = -1e9;

  /** Short lines cost half their letters: a sub-heading barely, a run of teaser titles a lot. */
  private static final double SHORT_FACTOR = 0.5;

  private static final int SHORT_BASE_COST = 4;
  private static final int SHORT_MAX_COST = 25;

  /**
   * A segment under a metadata line wins when it scores at least this share of the best segment.
   */
  private static final double ANCHORED_SHARE = 0.5;

  /**
   * A segment under a related card wins over an article anchored above the list only when that
   * article scores less than this share of it: a teaser that runs to a whole story is still a
   * teaser.
   */
  private static final double CARD_SHARE = 0.1;

  /** How far above a card's line the anchor of the article it follows may stand. */
  private static final int CARD_LOOKBACK = 12;

  /** Longest (weighted letters) line taken for a card's outlet-and-time line. */
  private static final int CARD_LINE_LETTERS = 30;

  /** Lines (the other story's headline) that may stand between a card's line and its teaser. */
  private static final int CARD_HEAD_LINES = 1;

  /** How many lines under a metadata line the article may start. */
  private static final int ANCHOR_REACH = 10;

  /** How far above the region metadata lines and the title are looked for. */
  private static final int HEAD_LOOKBACK = 10;

  private static final int TITLE_LOOKBACK = 4;

  /**
   * Chrome and metadata lines skipped on the way count too, so a run of them cannot make it
   * quadratic.
   */
  private static final int TITLE_MAX_STEPS = 12;

  private static final int TITLE_MAX = 100;

  /**
   * At most this many short lines after the region, ending in a date or editor line, are its
   * sign-off.
   */
  private static final int SIGN_OFF_LINES = 3;

  private static final int SIGN_OFF_LETTERS = 40;

  /** Post headers that make a dump a thread. */
  private static final int MIN_THREAD_POSTS = 3;

  /** The most lines the last post of a thread may run to after its header. */
  private static final int MAX_POST_LINES = 30;

  private DumpRegionFinder() {}

  /**
   * The article region of a profiled dump; an empty region at 0 when nothing reads as article text.
   */
  static DumpRegion find(LineProfile p, List<Block> blocks) {
    return spanThread(p, blocks, findArticle(p, blocks));
  }

  /**
   * A thread's posts: when the dump holds {@link #MIN_THREAD_POSTS} post headers or more, the
   * region reaches from the first header (or its own start, if earlier) to the end of the last
   * post. Replies are often a line or two, which the profile weighs as short lines and a region of
   * paragraphs leaves out; the headers say they are posts.
   */
  private static DumpRegion spanThread(LineProfile p, List<Block> blocks, DumpRegion r) {
    int first = -1;
    int last = -1;
    int count = 0;
    for (int i = 0; i < p.size(); i++) {
      if (p.postHeader[i]) {
        count++;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (count < MIN_THREAD_POSTS || r.isEmpty()) {
      return r;
    }
    int start = Math.min(r.start(), first);
    int end = Math.max(r.end(), endOfPost(p, last));
    int title = start < r.start() ? titleAbove(p, blocks, start) : r.title();
    return new DumpRegion(
        Math.min(start, title < 0 ? start : title),
        end,
        r.score(),
        r.share(),
        r.anchored(),
        title < start ? title : r.title(),
        true);
  }

  /**
   * The line after the post headed at {@code header}: its lines run to the next header or the first
   * chrome line the line rules found (a reply form, a footer), at most {@link #MAX_POST_LINES}.
   */
  private static int endOfPost(LineProfile p, int header) {
    int i = header + 1;
    while (i < p.size()
        && i - header <= MAX_POST_LINES
        && !p.postHeader[i]
        && (p.chrome[i] == null || p.dumpOnly[i])) {
      i++;
    }
    return i;
  }

  private static DumpRegion findArticle(LineProfile p, List<Block> blocks) {
    double[] w = new double[p.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weight(p, i);
    }
    closeLongGaps(w);
    int[] seg = chooseSegment(p, w);
    double score = score(w, seg);
    if (seg[1] <= seg[0] || score <= 0) {
      return new DumpRegion(0, 0, 0, 0, false, -1);
    }
    if (opensWithHeadline(p, blocks, seg[0])) {
      // The segment opens with its own headline over a dated head line (a long headline reads as
      // text):
      // the head is known, and loose metadata lines further up (a column name) are not it.
      int end = signOffBelow(p, nextArticleHead(p, blocks, seg[0] + 1, seg[1]));
      return new DumpRegion(seg[0], end, score, articleShare(p, seg), true, seg[0]);
    }
    int anchor = anchorAbove(p, seg[0]);
    int head = anchor >= 0 ? anchor : seg[0];
    int start = titleAbove(p, blocks, head);
    int end = signOffBelow(p, nextArticleHead(p, blocks, head, seg[1]));
    return new DumpRegion(
        start, end, score, articleShare(p, seg), anchor >= 0, start < head ? start : -1);
  }

  /**
   * The best segment, or the best one opening under a metadata line when it scores half as well;
   * when that is a teaser under a related card's line, an article anchored just above the list; and
   * when that lies after a notice that closes articles (reprint notice, copyright), the best one
   * before the notice when it scores half as well: the article is what the notice closes.
   */
  private static int[] chooseSegment(LineProfile p, double[] w) {
    int[] seg = bestSegment(w, 0, w.length);
    int[] anchored = bestAnchoredSegment(p, w, 0);
    seg = anchored != null && score(w, anchored) >= score(w, seg) * ANCHORED_SHARE ? anchored : seg;
    int card = cardLineAbove(p, seg[0]);
    if (card > 0) {
      // The segment is a teaser under a related card's line ("Outlet · 8 hours ago", then the
      // other story's headline): an article under its own date above the list is the page's.
      int[] above = bestAnchoredSegment(p, Arrays.copyOf(w, card), card - CARD_LOOKBACK);
      if (above != null && score(w, above) >= score(w, seg) * CARD_SHARE) {
        return above;
      }
    }
    int notice = closingNoticeBefore(p, seg[0]);
    if (notice > 0) {
      int[] before = bestSegment(Arrays.copyOf(w, notice), 0, notice);
      if (before[1] > before[0] && score(w, before) >= score(w, seg) * ANCHORED_SHARE) {
        return before;
      }
    }
    return seg;
  }

  /**
   * The related line right above line {@code i} that opens a teaser card, or -1: at most {@link
   * #CARD_HEAD_LINES} lines that are not article text (the other story's headline) stand between.
   */
  private static int cardLineAbove(LineProfile p, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 1 - CARD_HEAD_LINES; j--) {
      if (p.chrome[j] != null && p.chrome[j].kind() == ChromeKind.RELATED) {
        return j;
      }
      if (p.articleLike[j] || p.chrome[j] != null || p.isAnchor(j)) {
        return -1;
      }
    }
    return -1;
  }

  /** The last reprint notice or copyright line before line {@code i}, or -1. */
  private static int closingNoticeBefore(LineProfile p, int i) {
    for (int j = i - 1; j >= 0; j--) {
      ChromeKind k = p.chrome[j] == null ? null : p.chrome[j].kind();
      if (k == ChromeKind.DISCLAIMER || k == ChromeKind.COPYRIGHT) {
        return j;
      }
    }
    return -1;
  }

  /** The segment's share of the dump's article-like letters. */
  private static double articleShare(LineProfile p, int[] seg) {
    double inside = 0;
    double total = 0;
    for (int i = 0; i < p.size(); i++) {
      double letters = p.articleLike[i] ? p.letters[i] : 0;
      total += letters;
      inside += i >= seg[0] && i < seg[1] ? letters : 0;
    }
    return total == 0 ? 0 : inside / total;
  }

  private static boolean isHeadingMarker(LineProfile p, int i) {
    ChromeKind k = p.chrome[i].kind();
    return k == ChromeKind.RELATED || k == ChromeKind.PAGER;
  }

  /**
   * Makes every long gap a wall no text beyond can pay for: a run of lines that are not article
   * text and cost at least {@link #GAP} in all ends the article, whatever follows it (teasers,
   * comments).
   */
  private static void closeLongGaps(double[] w) {
    int i = 0;
    while (i < w.length) {
      if (w[i] > 0) {
        i++;
        continue;
      }
      int j = i;
      double cost = 0;
      while (j < w.length && w[j] <= 0) {
        cost -= w[j];
        j++;
      }
      if (cost >= GAP) {
        w[i] = CLOSED;
      }
      i = j;
    }
  }

  /**
   * The maximum-sum segment {start, end} of {@code w} among segments starting in [from, to)
   * (Kadane).
   */
  private static int[] bestSegment(double[] w, int from, int to) {
    double best = 0;
    int[] seg = {0, 0};
    double run = 0;
    int runStart = from;
    for (int i = from; i < w.length; i++) {
      if (run <= 0) {
        if (i >= to) {
          break;
        }
        run = 0;
        runStart = i;
      }
      run += w[i];
      if (run > best) {
        best = run;
        seg = new int[] {runStart, i + 1};
      }
    }
    return seg;
  }

  /**
   * The best segment that starts just under a metadata line (date, 来源, byline): articles open under
   * their head, so a shorter stretch there beats a longer one elsewhere (teasers, comments). Only
   * anchors from line {@code firstAnchor} on count.
   */
  private static int[] bestAnchoredSegment(LineProfile p, double[] w, int firstAnchor) {
    int n = w.length;
    // Prefix sums and, for each position, where the greatest prefix sum at or after it stands: the
    // best segment from any start is then one lookup, so many anchors cost no more than one.
    double[] prefix = new double[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + w[i];
    }
    int[] bestEnd = new int[n + 1];
    bestEnd[n] = n;
    for (int j = n - 1; j >= 0; j--) {
      bestEnd[j] = prefix[j] >= prefix[bestEnd[j + 1]] ? j : bestEnd[j + 1];
    }
    int[] best = null;
    double bestScore = 0;
    for (int a = Math.max(0, firstAnchor); a < n; a++) {
      if (!p.isAnchor(a)) {
        continue;
      }
      // Under one anchor a later start wins a tie (lines weighing nothing stay out, as in Kadane's
      // scan); between anchors the earlier one keeps it.
      int[] local = null;
      double localScore = 0;
      for (int start = a + 1; start < Math.min(n, a + 1 + ANCHOR_REACH); start++) {
        int end = bestEnd[start + 1];
        double score = prefix[end] - prefix[start];
        if (score > 0 && score >= localScore) {
          localScore = score;
          local = new int[] {start, end};
        }
      }
      if (local != null && localScore > bestScore) {
        bestScore = localScore;
        best = local;
      }
    }
    return best;
  }

  private static double score(double[] w, int[] seg) {
    double s = 0;
    for (int i = seg[0]; i < seg[1]; i++) {
      s += w[i];
    }
    return s;
  }

  private static double weight(LineProfile p, int i) {
    int letters = p.letters[i];
    if (p.articleLike[i]) {
      return letters;
    }
    if (p.isTailChrome(i) && !(isHeadingMarker(p, i) && i + 1 < p.size() && p.articleLike[i + 1])) {
      // What closes an article is the shape of what follows a related heading or a pager: items,
      // not
      // a paragraph. Reprint notices, copyright lines and comment boxes close it whatever follows.
      return -Math.max(WALL, letters);
    }

    if (p.chrome[i] != null) {
      return -Math.max(CHROME_MIN_COST, letters);
    }
    if (p.meta[i] != null) {
      return 0;
    }
    return -Math.min(SHORT_MAX_COST, SHORT_BASE_COST + letters * SHORT_FACTOR);
  }

  /**
   * The earliest metadata line in the few lines above {@code start}, with no wall between; or -1.
   */
  private static int anchorAbove(LineProfile p, int start) {
    int found = -1;
    for (int i = start - 1; i >= 0 && i >= start - HEAD_LOOKBACK; i--) {
      if (p.isTailChrome(i) || p.articleLike[i]) {
        break;
      }
      if (p.isAnchor(i)) {
        found = i;
      }
    }
    if (found < 0 && start < p.size() && p.isAnchor(start)) {
      return start;
    }
    return found;
  }

  /**
   * The title line just above {@code from} (skipping chrome and metadata), or {@code from} itself.
   */
  private static int titleAbove(LineProfile p, List<Block> blocks, int from) {
    for (int i = from - 1, seen = 0;
        i >= 0 && seen < TITLE_LOOKBACK && i >= from - TITLE_MAX_STEPS;
        i--) {
      if (p.isTailChrome(i)) {
        return from;
      }
      if (p.chrome[i] != null || p.meta[i] != null) {
        continue;
      }
      seen++;
      String t = blocks.get(i).text();
      if (t.length() <= TITLE_MAX && p.letters[i] >= 4 && !Texts.endsLikeClause(t)) {
        return i;
      }
      if (p.articleLike[i]) {
        return from;
      }
    }
    return from;
  }

  /** Whether line {@code i} reads as a headline and a date or source line stands right under it. */
  private static boolean opensWithHeadline(LineProfile p, List<Block> blocks, int i) {
    if (i + 1 >= p.size() || !p.isAnchor(i + 1) || p.chrome[i] != null || p.meta[i] != null) {
      return false;
    }
    String t = blocks.get(i).text();
    return t.length() <= TITLE_MAX && p.letters[i] >= 4 && !Texts.endsLikeClause(t);
  }

  /**
   * Where a second article begins inside the region (a blog's front page, a next-article preview):
   * a headline over a dated head line (with a time, or labelled 来源/作者), article text under it. The
   * region ends before that headline; {@code end} when there is none.
   */
  private static int nextArticleHead(LineProfile p, List<Block> blocks, int head, int end) {
    boolean textSeen = false;
    for (int i = head + 1; i < end; i++) {
      textSeen |= p.articleLike[i];
      if (textSeen && isCardHead(p, blocks, i, end)) {
        int cut = lastTextBefore(p, i);
        if (cut > head) {
          return cut;
        }
      }
      if (!textSeen || !isDatedHead(p, i)) {
        continue;
      }
      int title = titleAbove(p, blocks, i);
      // A head with no article text between it and the region's own head is that article's head (a
      // loose metadata line such as a column name stood above the real headline), not a second one.
      int cut =
          title < i && title > head && hasTextBelow(p, i, end) ? lastTextBefore(p, title) : -1;
      if (cut > head) {
        return cut;
      }
    }
    return end;
  }

  /**
   * A teaser card of another story: a short line stamped with a relative time ("Outlet · 2 days
   * ago") that is no post header, the other story's headline under it, and its text under that. An
   * article's own lines carry dates, not ages.
   */
  private static boolean isCardHead(LineProfile p, List<Block> blocks, int i, int end) {
    if (i + 2 >= end
        || !p.aged[i]
        || p.postHeader[i]
        || p.articleLike[i]
        || p.letters[i] > CARD_LINE_LETTERS) {
      return false;
    }
    int headline = i + 1;
    return p.chrome[headline] == null
        && p.meta[headline] == null
        && !p.articleLike[headline]
        && blocks.get(headline).text().length() <= TITLE_MAX
        && p.articleLike[i + 2];
  }

  private static boolean isDatedHead(LineProfile p, int i) {
    var m = p.meta[i];
    return m != null && m.date().isPresent() && (m.labelled() || m.date().get().time().isPresent());
  }

  private static boolean hasTextBelow(LineProfile p, int i, int end) {
    for (int j = i + 1; j < end && j <= i + ANCHOR_REACH; j++) {
      if (p.articleLike[j]) {
        return true;
      }
    }
    return false;
  }

  /** The line after the last article-like line before {@code i}. */
  private static int lastTextBefore(LineProfile p, int i) {
    int j = i;
    while (j > 0 && !p.articleLike[j - 1]) {
      j--;
    }
    return j;
  }

  /**
   * The region's end widened over a short sign-off that closes with a date or editor line (an
   * organisation and the letter's date, 责任编辑), which chrome or the dump's end follows.
   */
  private static int signOffBelow(LineProfile p, int end) {
    int n = p.size();
    int letters = 0;
    int last = end;
    for (int i = end; i < n && i < end + SIGN_OFF_LINES; i++) {
      if (p.chrome[i] != null || p.articleLike[i]) {
        break;
      }
      letters += p.letters[i];
      if (letters > SIGN_OFF_LETTERS) {
        break;
      }
      if (p.meta[i] != null) {
        last = i + 1;
      }
    }
    return last;
  }
}
