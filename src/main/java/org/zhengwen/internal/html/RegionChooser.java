package org.zhengwen.internal.html;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.zhengwen.ChromeKind;
import org.zhengwen.internal.text.Texts;

/**
 * Chooses the article region: a readability-style score per container element, fed by the prose
 * blocks below it (length, sentence punctuation) and weighted by class/id vocabulary and link
 * density; then the best container plus those of its siblings that also look like article text,
 * because bodies are sometimes split.
 *
 * <p>The result maps every block to the region root that holds it, or to null when it is outside.
 */
final class RegionChooser {
  /**
   * Elements that group paragraphs and so receive scores. Everything else passes scores through.
   */
  private static final Set<String> CONTAINERS =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "td",
          "th",
          "body",
          "html",
          "center",
          "header",
          "footer",
          "nav",
          "aside",
          "form",
          "fieldset",
          "figure",
          "details",
          "marquee",
          "noframes");

  /**
   * Blocks shorter than this (weighted length) are too short to say anything about their container.
   */
  private static final int MIN_SCORING_LENGTH = 25;

  /** Scores reach this many container levels up. */
  private static final int LEVELS = 4;

  /** Below this weighted length a block needs sentence punctuation to count as prose. */
  private static final int UNPUNCTUATED_PROSE = 100;

  private static final double CLASS_WEIGHT = 25;

  /**
   * Score factors for candidates inside a comment section and inside other chrome-named elements.
   */
  private static final double INSIDE_COMMENTS = 0.3;

  private static final double INSIDE_CHROME = 0.7;

  /**
   * Score factor for candidates inside a cookie or consent dialog: long legal prose, never the
   * article.
   */
  private static final double INSIDE_DIALOG = 0.05;

  /** An earlier repeated post must score at least this, and this share of the best post's score. */
  private static final double REPEATED_MIN_SCORE = 20;

  private static final double REPEATED_MIN_SHARE = 0.1;

  /**
   * A post of a thread is mostly its own text: a unit that is mostly links is a list of other
   * threads.
   */
  private static final double MAX_POST_LINK_DENSITY = 0.5;

  private final List<RawBlock> blocks;
  private final boolean thread;

  /** Blocks that give their containers no score: a region already judged to be something else. */
  private final BitSet unscored;

  private RegionChooser(List<RawBlock> blocks, boolean thread, BitSet unscored) {
    this.blocks = blocks;
    this.thread = thread;
    this.unscored = unscored;
  }

  /**
   * Region roots per block (null = outside the region), the top candidate (null when nothing
   * scored), and how many repeated post units the region spans (1 when the structure does not
   * repeat).
   */
  record Region(@Nullable ElementInfo[] rootOf, @Nullable ElementInfo top, int posts) {}

  /**
   * Scores the page's containers and returns the chosen region.
   *
   * @param thread whether the page is taken as a discussion thread: then every post of a repeated
   *     post structure is in the region, not only the first
   */
  static Region choose(List<RawBlock> blocks, List<ElementInfo> infos, boolean thread) {
    return choose(blocks, infos, thread, new BitSet());
  }

  /**
   * As {@link #choose(List, List, boolean)}, with the blocks in {@code unscored} giving no score.
   */
  static Region choose(
      List<RawBlock> blocks, List<ElementInfo> infos, boolean thread, BitSet unscored) {
    return new RegionChooser(blocks, thread, unscored).run(infos);
  }

  private Region run(List<ElementInfo> infos) {
    for (ElementInfo e : infos) {
      // A second reading of the same page starts from clean scores.
      e.candidate = false;
      e.score = 0;
    }
    List<ElementInfo> candidates = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (unscored.get(i)) {
        continue;
      }
      RawBlock b = blocks.get(i);
      scoreBlock(b, candidates);
    }
    ElementInfo top = null;
    double best = Double.NEGATIVE_INFINITY;
    for (ElementInfo c : candidates) {
      if (finalScore(c) > best) {
        best = finalScore(c);
        top = c;
      }
    }
    ElementInfo[] rootOf = new ElementInfo[blocks.size()];
    if (top == null) {
      return new Region(rootOf, null, 0);
    }
    if (thread) {
      List<ElementInfo> posts = postsLike(top, infos);
      if (posts.size() > 1) {
        ElementInfo all = commonAncestor(top, posts);
        mark(all, rootOf);
        return new Region(rootOf, all, posts.size());
      }
    }
    top = climb(firstOfRepeated(top, candidates));
    includeWithSiblings(top, rootOf);
    return new Region(rootOf, top, 1);
  }

  /**
   * On a thread: every element built like {@code top} (same tag, depth and class names, under a
   * parent built like top's) that holds text with few links, scored or not, in page order: a
   * one-line reply is as much a post as a long one, and a post marked {@code highlighted} or {@code
   * avoid-tab} is still a post.
   */
  private static List<ElementInfo> postsLike(ElementInfo top, List<ElementInfo> infos) {
    // The top post's and its parent's class names are read once, not once per element of the page.
    Shape post = Shape.of(top);
    Shape parent = top.parent == null ? null : Shape.of(top.parent);
    List<ElementInfo> same = new ArrayList<>();
    for (ElementInfo c : infos) {
      if (c == top
          || c.chars > 0
              && !c.inDialog
              && c.linkDensity() < MAX_POST_LINK_DENSITY
              && post.fits(c)
              && parent != null
              && parent.fits(c.parent)) {
        same.add(c);
      }
    }
    return same;
  }

  /** Tag, depth and class names of one unit of a repeated structure. */
  private record Shape(String tag, int depth, Set<String> names) {
    static Shape of(ElementInfo e) {
      return new Shape(e.tag, e.depth, e.element.classNames());
    }

    /**
     * Same tag and (mostly) the same class names, at the same depth; or deeper when the shape has
     * class names, because replies to a reply nest below it.
     */
    boolean fits(@Nullable ElementInfo e) {
      return e != null
          && (e.depth == depth || !names.isEmpty() && e.depth > depth)
          && e.tag.equals(tag)
          && similarNames(names, e.element.classNames());
    }
  }

  /**
   * Class lists that share most of their names: a post marked {@code highlighted} is still a post.
   */
  static boolean similarNames(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty();
    }
    int shared = 0;
    for (String n : a) {
      shared += b.contains(n) ? 1 : 0;
    }
    return 2 * shared >= Math.max(a.size(), b.size());
  }

  /** The nearest ancestor-or-self of {@code top} whose blocks span all of {@code posts}. */
  private static ElementInfo commonAncestor(ElementInfo top, List<ElementInfo> posts) {
    int first = posts.get(0).firstBlock;
    int end = posts.get(posts.size() - 1).endBlock;
    ElementInfo a = top;
    while (a.parent != null && (a.firstBlock > first || a.endBlock < end)) {
      a = a.parent;
    }
    return a;
  }

  /**
   * Adds a prose block's score to its container and a few containers above, decreasing with
   * distance.
   */
  private void scoreBlock(RawBlock b, List<ElementInfo> candidates) {
    int len = b.proseLength();
    // Short lines without a single sentence mark are labels, list entries and timestamps, not
    // prose.
    if (len < MIN_SCORING_LENGTH
        || b.linkDensity() > 0.5
        || b.punct == 0 && len < UNPUNCTUATED_PROSE) {
      return;
    }
    double score = 1 + b.punct + Math.min(3, len / 100.0);
    ElementInfo c = containerOf(isParagraphLike(b.owner) ? b.owner.parent : b.owner);
    for (int level = 0; c != null && level < LEVELS; level++) {
      if (!c.candidate) {
        c.candidate = true;
        c.score = baseScore(c);
        candidates.add(c);
      }
      c.score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
      c = containerOf(c.parent);
    }
  }

  /**
   * A container element holding nothing but one run of inline text is a paragraph in all but name
   * ({@code <div class="paragraph">}): its parent is what groups the article's paragraphs.
   */
  private static boolean isParagraphLike(ElementInfo owner) {
    return owner.children.isEmpty()
        && owner.endBlock - owner.firstBlock == 1
        && !owner.tag.equals("td");
  }

  /** The nearest ancestor-or-self that groups paragraphs. */
  static @Nullable ElementInfo containerOf(@Nullable ElementInfo e) {
    while (e != null && !CONTAINERS.contains(e.tag)) {
      e = e.parent;
    }
    return e;
  }

  private static double baseScore(ElementInfo c) {
    double s =
        switch (c.tag) {
          case "div", "section", "article", "main" -> 5;
          case "td" -> 3;
          case "th", "form" -> -3;
          default -> 0;
        };
    return s + classWeight(c);
  }

  /** +25 for article vocabulary, −25 for chrome vocabulary in the element's own names. */
  static double classWeight(ElementInfo c) {
    double w = 0;
    if (c.match.positive()) {
      w += CLASS_WEIGHT;
    }
    if (c.match.negative() != null) {
      w -= CLASS_WEIGHT;
    }
    return w;
  }

  /**
   * The score after the link-density penalty, lowered inside chrome-named ancestors: text inside a
   * comment section or a related box is rarely the article, however well it reads.
   */
  static double finalScore(ElementInfo c) {
    double s = c.score * (1 - c.linkDensity()) * (c.inDialog ? INSIDE_DIALOG : 1);
    // A comment section is never the article, even when its many short posts outscore it.
    ElementInfo neg =
        c.negativeAncestor == c && c.match.negative() == ChromeKind.COMMENT
            ? c
            : c.parent == null ? null : c.parent.negativeAncestor;
    if (neg == null || s <= 0) {
      return s;
    }
    return s * (neg.match.negative() == ChromeKind.COMMENT ? INSIDE_COMMENTS : INSIDE_CHROME);
  }

  /**
   * Forum threads and blog pages repeat one post structure (same tag, class and depth) under
   * different parents; the first post is the article and the later ones are replies or older posts,
   * even when longer.
   */
  private static ElementInfo firstOfRepeated(ElementInfo top, List<ElementInfo> candidates) {
    String cls = top.element.className();
    if (cls.isEmpty()) {
      return top;
    }
    double min = Math.max(REPEATED_MIN_SCORE, finalScore(top) * REPEATED_MIN_SHARE);
    ElementInfo first = top;
    for (ElementInfo c : candidates) {
      if (c.firstBlock < first.firstBlock
          && c.depth == top.depth
          && c.parent != top.parent
          && c.tag.equals(top.tag)
          && c.element.className().equals(cls)
          && finalScore(c) >= min) {
        first = c;
      }
    }
    return first;
  }

  /**
   * Moves up from the top candidate while that loses nothing: through parents holding no other
   * text, and to a parent whose own score is higher (the article's paragraphs were split over
   * several children).
   */
  private ElementInfo climb(ElementInfo top) {
    ElementInfo t = top;
    while (t.parent != null && t.parent.parent != null && t.parent.chars == t.chars) {
      t = t.parent;
    }
    double last = finalScore(top);
    double threshold = last / 3;
    for (ElementInfo p = t.parent; p != null && p.parent != null; p = p.parent) {
      if (!p.candidate) {
        continue;
      }
      double s = finalScore(p);
      if (s < threshold) {
        break;
      }
      if (s > last) {
        t = p;
      }
      last = s;
    }
    return t;
  }

  /**
   * Puts the top container and its article-like siblings (and prose directly in the parent) in the
   * region.
   */
  private void includeWithSiblings(ElementInfo top, ElementInfo[] rootOf) {
    ElementInfo parent = top.parent;
    if (parent == null) {
      mark(top, rootOf);
      return;
    }
    double threshold = Math.max(10, finalScore(top) * 0.2);
    for (ElementInfo s : parent.children) {
      if (s == top || siblingLooksLikeArticle(s, top, threshold)) {
        mark(s, rootOf);
      }
    }
    for (int i = parent.firstBlock; i < parent.endBlock; i++) {
      RawBlock b = blocks.get(i);
      if (b.owner == parent && rootOf[i] == null && looksLikeProse(b)) {
        rootOf[i] = parent;
      }
    }
  }

  private boolean siblingLooksLikeArticle(ElementInfo s, ElementInfo top, double threshold) {
    if (s.negativeAncestor == s || s.firstBlock == s.endBlock) {
      return false;
    }
    double bonus =
        !top.element.className().isEmpty() && top.element.className().equals(s.element.className())
            ? finalScore(top) * 0.2
            : 0;
    if (s.candidate && finalScore(s) + bonus >= threshold) {
      return true;
    }
    if (s.endBlock - s.firstBlock == 1) {
      return looksLikeProse(blocks.get(s.firstBlock));
    }
    return false;
  }

  /** A paragraph that reads as article text: long with few links, or a short complete sentence. */
  static boolean looksLikeProse(RawBlock b) {
    int len = b.weightedLength();
    double ld = b.linkDensity();
    return (len > 80 && ld < 0.25) || (ld == 0 && Texts.endsSentence(b.text) && len > 10);
  }

  private static void mark(ElementInfo root, ElementInfo[] rootOf) {
    for (int i = root.firstBlock; i < root.endBlock; i++) {
      rootOf[i] = root;
    }
  }
}
