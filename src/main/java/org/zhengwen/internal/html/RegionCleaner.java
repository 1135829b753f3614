package org.zhengwen.internal.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;
import org.zhengwen.RemovedBlock;
import org.zhengwen.internal.text.TitleKeys;

/**
 * Decides, block by block, what of the chosen region is kept: drops chrome nested inside the region
 * (boxes named related/share/comment…, link-dominated lists and lines), adds the headline and the
 * date/byline lines just above the region, and gives every other block a removal reason.
 */
final class RegionCleaner {
  /** A block or list with at least this share of link text is navigation, not prose. */
  private static final double LINK_CLUSTER_DENSITY = 0.5;

  /** A single line inside the body with this share of link text is a pointer elsewhere. */
  private static final double LINK_LINE_DENSITY = 0.7;

  /**
   * A paragraph inside a cluster of links stays when under this share of it is links and it is
   * prose: {@link #PROSE_IN_CLUSTER_PUNCT} sentence marks outside links and {@link
   * #PROSE_IN_CLUSTER_LENGTH} weighted length, more than a teaser's one-sentence summary.
   */
  private static final double PROSE_IN_CLUSTER_LINKS = 0.1;

  private static final int PROSE_IN_CLUSTER_PUNCT = 2;
  private static final int PROSE_IN_CLUSTER_LENGTH = 150;

  /** How far above the region the headline is looked for, in blocks. */
  private static final int TITLE_LOOKBACK = 15;

  /** Weighted length from which an h1 that shows no declared title is still the headline. */
  private static final int MIN_H1_HEADLINE = 10;

  /** Lines between headline and body longer than this are not date/byline lines. */
  private static final int MAX_HEAD_LINE = 300;

  /** How many negative ancestors are looked through for a non-header one. */
  private static final int MAX_NEGATIVE_HOPS = 6;

  /**
   * Share of the region's text above which a chrome-named element is taken as a loosely named
   * wrapper.
   */
  private static final double PROSE_SHARE = 0.3;

  private final List<RawBlock> blocks;
  private final @Nullable ElementInfo[] rootOf;
  private final RemovedBlock[] removed;
  private final List<String> titles;
  private final Map<ElementInfo, Map<String, int[]>> sameNamedByRoot = new HashMap<>();

  /** Whether figures' captions and credits are asked for ({@code Extractor.Builder.figures}). */
  private final boolean figures;

  private RegionCleaner(
      List<RawBlock> blocks, @Nullable ElementInfo[] rootOf, List<String> titles, boolean figures) {
    this.blocks = blocks;
    this.rootOf = rootOf;
    this.removed = new RemovedBlock[blocks.size()];
    this.titles = titles;
    this.figures = figures;
  }

  /**
   * Returns, per block, null when it is kept or the reason it was removed.
   *
   * @param rootOf region root per block from {@link RegionChooser}; null entries are outside the
   *     region
   * @param figures whether the captions and credits of figures inside the region are kept
   */
  static @Nullable RemovedBlock[] clean(
      List<RawBlock> blocks,
      List<ElementInfo> infos,
      @Nullable ElementInfo[] rootOf,
      @Nullable ElementInfo top,
      List<String> titles,
      boolean figures) {
    RegionCleaner c = new RegionCleaner(blocks, rootOf, titles, figures);
    if (top == null) {
      c.keepAllButChrome();
    }
    c.dropNestedChrome();
    c.dropLinkClusters(infos);
    c.addHeadline();
    c.explainOutside();
    return c.removed;
  }

  /**
   * Nothing scored as prose (a stub or error page): keep whatever is not chrome, it is short
   * anyway.
   */
  private void keepAllButChrome() {
    for (int i = 0; i < blocks.size(); i++) {
      RawBlock b = blocks.get(i);
      if (b.owner.negativeAncestor == null && b.linkDensity() < LINK_CLUSTER_DENSITY) {
        rootOf[i] = root(b.owner);
      }
    }
  }

  private static ElementInfo root(ElementInfo e) {
    ElementInfo r = e;
    while (r.parent != null) {
      r = r.parent;
    }
    return r;
  }

  /** Blocks inside a chrome-named element nested in the region, and link-dominated lines. */
  private void dropNestedChrome() {
    for (int i = 0; i < blocks.size(); i++) {
      ElementInfo root = rootOf[i];
      if (root == null) {
        continue;
      }
      RawBlock b = blocks.get(i);
      ElementInfo neg = nestedNegative(b.owner, root);
      if (neg != null) {
        removed[i] = removedAsChrome(neg, b);
      } else if (b.linkDensity() >= LINK_LINE_DENSITY && b.chars > 1) {
        removed[i] = new RemovedBlock(ChromeKind.RELATED, linkDetail(b.linkDensity()), b.text);
      }
    }
  }

  /**
   * The innermost chrome-named ancestor strictly inside {@code root}, skipping in-article headers
   * and, when figures are asked for, the captions of figures.
   */
  private @Nullable ElementInfo nestedNegative(ElementInfo owner, ElementInfo root) {
    ElementInfo neg = owner.negativeAncestor;
    for (int hops = 0; neg != null && neg.depth > root.depth && hops < MAX_NEGATIVE_HOPS; hops++) {
      if (neg.match.negative() != ChromeKind.HEADER
          && !holdsTheProse(neg, root)
          && !isAskedForCaption(neg)) {
        return neg;
      }
      neg = neg.parent == null ? null : neg.parent.negativeAncestor;
    }
    return null;
  }

  /**
   * The one place where a caption stops being chrome. By default a {@code <figcaption>} and
   * elements named caption or credit are {@link ChromeKind#CAPTION} chrome (the class vocabulary),
   * since readers' idea of an article's text leaves captions out. When figures are asked for, those
   * inside a {@code <figure>} that shows an image are the figure's text: kept here, inside the
   * region only, they become a Figure block ({@link BlockShapes}). Chrome around the figure (a
   * share box holding it) still removes it, and so does the region's edge: figures outside it stay
   * out.
   */
  private boolean isAskedForCaption(ElementInfo neg) {
    if (!figures || neg.match.negative() != ChromeKind.CAPTION) {
      return false;
    }
    ElementInfo figure = BlockShapes.figureOf(neg);
    return figure != null && BlockShapes.showsImage(figure);
  }

  /**
   * A chrome-named element that holds a large share of the region's text with few links is a
   * wrapper named loosely ({@code elementor-widget-container}), not chrome; comment sections are
   * never let through.
   */
  private boolean holdsTheProse(ElementInfo neg, ElementInfo root) {
    if (neg.match.negative() == ChromeKind.COMMENT) {
      return false;
    }
    if (neg.chars >= PROSE_SHARE * root.chars && neg.linkDensity() < 0.25) {
      return true;
    }
    // The article split over several slots of one page grid, each named like chrome: together they
    // hold it.
    int[] same = sameNamed(root).get(nameKey(neg));
    return same != null && same[0] >= PROSE_SHARE * root.chars && same[1] < 0.25 * same[0];
  }

  /**
   * Text and link totals per chrome-named element name (tag and class) inside {@code root},
   * counting each outermost element of a name once; built once per region root.
   */
  private Map<String, int[]> sameNamed(ElementInfo root) {
    return sameNamedByRoot.computeIfAbsent(
        root,
        r -> {
          Map<String, int[]> totals = new HashMap<>();
          collectNamed(r, totals, Set.of());
          return totals;
        });
  }

  private static void collectNamed(ElementInfo e, Map<String, int[]> totals, Set<String> open) {
    Set<String> inside = open;
    if (e.negativeAncestor == e) {
      String key = nameKey(e);
      if (!open.contains(key)) {
        int[] t = totals.computeIfAbsent(key, k -> new int[2]);
        t[0] += e.chars;
        t[1] += e.linkChars;
        inside = new HashSet<>(open);
        inside.add(key);
      }
    }
    for (ElementInfo c : e.children) {
      collectNamed(c, totals, inside);
    }
  }

  private static String nameKey(ElementInfo e) {
    return e.tag + "." + e.element.className();
  }

  private static boolean isProseParagraph(RawBlock b) {
    return b.linkDensity() < PROSE_IN_CLUSTER_LINKS
        && b.punct >= PROSE_IN_CLUSTER_PUNCT
        && b.proseLength() >= PROSE_IN_CLUSTER_LENGTH;
  }

  /** Lists and boxes of links nested in the region: related-article lists, tag clouds, menus. */
  private void dropLinkClusters(List<ElementInfo> infos) {
    int coveredUntil = 0;
    for (ElementInfo e : infos) {
      int n = e.endBlock - e.firstBlock;
      if (n < 2 || e.firstBlock < coveredUntil || e.linkDensity() < LINK_CLUSTER_DENSITY) {
        continue;
      }
      ElementInfo root = rootOf[e.firstBlock];
      if (root == null || e.depth <= root.depth) {
        continue;
      }
      ChromeKind kind = e.weightedLength() / n > 30 ? ChromeKind.RELATED : ChromeKind.NAVIGATION;
      for (int i = e.firstBlock; i < e.endBlock; i++) {
        // A story's paragraph that shares its box with a widget of links (a jobs carousel) is not
        // one of the links.
        if (removed[i] == null && rootOf[i] != null && !isProseParagraph(blocks.get(i))) {
          removed[i] =
              new RemovedBlock(kind, linkDetail(e.linkDensity()) + " in " + e, blocks.get(i).text);
        }
      }
      coveredUntil = e.endBlock;
    }
  }

  /**
   * The headline usually sits just above the body container, with the date/source/byline lines
   * between; the assembler needs them, so they join the region when the region does not start with
   * a headline.
   */
  private void addHeadline() {
    int start = firstKept();
    if (start < 0 || regionStartsWithHeadline(start)) {
      return;
    }
    for (int j = start - 1; j >= 0 && j >= start - TITLE_LOOKBACK; j--) {
      if (isHeadline(blocks.get(j))) {
        ElementInfo root = rootOf[start];
        rootOf[j] = root;
        for (int k = j + 1; k < start; k++) {
          if (isHeadMetadataLine(blocks.get(k))) {
            rootOf[k] = root;
          }
        }
        return;
      }
    }
  }

  private int firstKept() {
    for (int i = 0; i < blocks.size(); i++) {
      if (rootOf[i] != null && removed[i] == null) {
        return i;
      }
    }
    return -1;
  }

  private boolean regionStartsWithHeadline(int start) {
    int seen = 0;
    for (int i = start; i < blocks.size() && seen < 4; i++) {
      if (rootOf[i] != null && removed[i] == null) {
        if (isHeadline(blocks.get(i))) {
          return true;
        }
        seen++;
      }
    }
    return false;
  }

  /**
   * Whether the block is the headline: not links nor chrome (a header aside), and showing one of
   * the page's declared titles ({@link TitleKeys#beginsTitle}) or, failing that, a long enough h1.
   */
  private boolean isHeadline(RawBlock b) {
    if (b.linkDensity() > LINK_CLUSTER_DENSITY || inChromeOtherThanHeader(b)) {
      return false;
    }
    String key = TitleKeys.key(b.text);
    for (String title : titles) {
      if (TitleKeys.beginsTitle(key, TitleKeys.key(title))) {
        return true;
      }
    }
    return b.headingLevel == 1 && b.weightedLength() >= MIN_H1_HEADLINE;
  }

  /**
   * Whether a block between the headline and the region may be one of the article's date, source or
   * byline lines: short, not links, and not inside chrome other than a header.
   */
  private static boolean isHeadMetadataLine(RawBlock b) {
    return b.weightedLength() <= MAX_HEAD_LINE
        && b.linkDensity() < LINK_CLUSTER_DENSITY
        && !inChromeOtherThanHeader(b);
  }

  /** Inside chrome other than a page header, which may hold the headline and its lines. */
  private static boolean inChromeOtherThanHeader(RawBlock b) {
    return b.owner.negativeAncestor != null
        && b.owner.negativeAncestor.match.negative() != ChromeKind.HEADER;
  }

  /** Every block outside the region gets the most specific reason its context gives. */
  private void explainOutside() {
    for (int i = 0; i < blocks.size(); i++) {
      if (rootOf[i] != null || removed[i] != null) {
        continue;
      }
      RawBlock b = blocks.get(i);
      ElementInfo neg = b.owner.negativeAncestor;
      if (neg != null) {
        removed[i] = removedAsChrome(neg, b);
      } else if (b.linkDensity() >= LINK_CLUSTER_DENSITY) {
        removed[i] = new RemovedBlock(ChromeKind.NAVIGATION, linkDetail(b.linkDensity()), b.text);
      } else {
        removed[i] = new RemovedBlock(ChromeKind.BOILERPLATE, "outside article region", b.text);
      }
    }
  }

  /** The removal of a block inside a chrome-named element: that element's kind and name. */
  private static RemovedBlock removedAsChrome(ElementInfo chrome, RawBlock b) {
    return new RemovedBlock(
        Objects.requireNonNull(chrome.match.negative()), chrome.match.describe(), b.text);
  }

  private static String linkDetail(double density) {
    // Not String.format: this runs for every removed block of every page.
    long hundredths = Math.round(Math.max(0, Math.min(1, density)) * 100);
    return "link density "
        + hundredths / 100
        + "."
        + (hundredths % 100 < 10 ? "0" : "")
        + hundredths % 100;
  }
}
