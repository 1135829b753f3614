package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.blocks.BlockType;

/**
 * What the walk learned about one block-level element: text totals of its subtree (accumulated
 * bottom-up, so no ancestor's text is ever rebuilt), the range of blocks it holds, and what its
 * class/id vocabulary said.
 */
final class ElementInfo {
  final Element element;
  final @Nullable ElementInfo parent;
  final int depth;
  final String tag;
  final ClassVocabulary.Match match;

  /** Nearest ancestor-or-self whose names matched a chrome token, or null. */
  @Nullable ElementInfo negativeAncestor;

  /** Inside a consent or alert dialog: never the article. */
  final boolean inDialog;

  /**
   * The block type its text takes (inherited from the nearest heading, list item, quote or pre).
   */
  final BlockType type;

  /** Heading level 1–6 when {@link #type} is a heading, else 0. */
  final int headingLevel;

  final boolean inPre;
  final List<ElementInfo> children = new ArrayList<>(2);

  /** A page wrapper named like chrome has fewer links than this share of its text. */
  static final double WRAPPER_LINK_DENSITY = 0.35;

  int chars;
  int cjkChars;
  int linkChars;
  int punct;
  int firstBlock;
  int endBlock;

  /** Readability-style content score accumulated from the blocks below. */
  double score;

  boolean candidate;

  ElementInfo(
      Element element,
      @Nullable ElementInfo parent,
      ClassVocabulary.Match match,
      BlockType type,
      int headingLevel,
      boolean inPre,
      int firstBlock) {
    this.element = element;
    this.parent = parent;
    this.depth = parent == null ? 0 : parent.depth + 1;
    this.tag = element.normalName();
    this.match = match;
    this.negativeAncestor =
        isChrome(match, true) ? this : parent == null ? null : parent.negativeAncestor;
    this.inDialog = isDialog(match, tag) || parent != null && parent.inDialog;
    this.type = type;
    this.headingLevel = headingLevel;
    this.inPre = inPre;
    this.firstBlock = firstBlock;
    this.endBlock = firstBlock;
  }

  /**
   * Whether the element's own names make it a dialog. Classes on {@code <body>} and {@code <html>}
   * describe the page's state ({@code modal-open}), and an element also named like an article
   * ({@code box article modal-enabled}) is the article saying it can open one.
   */
  private static boolean isDialog(ClassVocabulary.Match match, String tag) {
    return match.dialog() && !match.positive() && !tag.equals("body") && !tag.equals("html");
  }

  /**
   * Whether the element's own names make it chrome. A name that pairs a layout word with an article
   * word ({@code sidebar-grid__content article__content}, {@code widget-content}) names a slot of
   * the page grid that holds the article, not a sidebar: only comment, related, navigation and
   * other chrome kinds with a specific meaning win over an article word.
   */
  private static boolean isChrome(ClassVocabulary.Match match, boolean commentsAreChrome) {
    ChromeKind k = match.negative();
    return k != null
        && !(match.positive() && k == ChromeKind.BOILERPLATE)
        && (commentsAreChrome || k != ChromeKind.COMMENT);
  }

  /**
   * Recomputes every element's chrome ancestor for the page as a whole: an element named like
   * chrome that holds at least {@code wrapperShare} of the page's text with few links is a wrapper
   * of the page ({@code StandardNavigation}, {@code layout-position-…}), not chrome, whatever its
   * name says; comment, related and dialog names stay chrome. On a discussion thread ({@code
   * commentsAreChrome} false) the posts are the text, and they are often named like comments.
   * {@code infos} in document order.
   */
  static void recomputeChrome(
      List<ElementInfo> infos, boolean commentsAreChrome, double wrapperShare) {
    int pageChars = infos.isEmpty() ? 0 : infos.get(0).chars;
    for (ElementInfo e : infos) {
      // The page itself is never chrome: classes on <body> and <html> describe the page's state.
      boolean chrome =
          isChrome(e.match, commentsAreChrome)
              && !e.wrapsThePage(pageChars, wrapperShare)
              && !e.tag.equals("body")
              && !e.tag.equals("html");
      e.negativeAncestor = chrome ? e : e.parent == null ? null : e.parent.negativeAncestor;
    }
  }

  private boolean wrapsThePage(int pageChars, double share) {
    ChromeKind k = match.negative();
    // An element also named like an article ({@code id=article class=comments-enabled}) is the
    // article's wrapper saying that comments are open, not the comment box.
    return (k != ChromeKind.COMMENT || match.positive())
        && k != ChromeKind.RELATED
        && !match.dialog()
        && pageChars > 0
        && chars >= share * pageChars
        && linkDensity() < WRAPPER_LINK_DENSITY;
  }

  /** Share of the subtree's characters inside links. */
  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  /** Subtree length with CJK characters weighted as several Latin letters. */
  int weightedLength() {
    return TextChars.weightedLength(chars, cjkChars);
  }

  /** Adds a child's subtree totals into this element's. */
  void absorb(ElementInfo child) {
    chars += child.chars;
    cjkChars += child.cjkChars;
    linkChars += child.linkChars;
    punct += child.punct;
  }

  @Override
  public String toString() {
    String id = element.id();
    String cls = element.className();
    return tag
        + (id.isEmpty() ? "" : "#" + id)
        + (cls.isEmpty() ? "" : "." + cls.trim().replace(' ', '.'));
  }
}
